// Must NOT type-check: a start panel that does not exist.
import 'night-leg-cramps';

export const Nowhere = () => <night-leg-cramps start="relief-calf" />; // expected error
