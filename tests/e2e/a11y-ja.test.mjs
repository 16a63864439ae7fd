// The accessibility gate (a11y.mjs) in Japanese.
import { axeGate } from './a11y.mjs';

axeGate('ja');
