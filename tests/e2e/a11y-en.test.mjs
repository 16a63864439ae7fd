// The accessibility gate (a11y.mjs) in English.
import { axeGate } from './a11y.mjs';

axeGate('en');
