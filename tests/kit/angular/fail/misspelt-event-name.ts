// Must NOT type-check: an event the widget does not send.
import type { NightLegCrampsEventMap } from 'night-leg-cramps';

export const onOutcome = (event: NightLegCrampsEventMap['nlc-outcomes']) => event; // expected error
