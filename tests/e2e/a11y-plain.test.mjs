// The accessibility gate (a11y.mjs) in plain Japanese: furigana and the terms' buttons.
import { axeGate } from './a11y.mjs';

axeGate('plain');
