// Must NOT type-check: a theme the widget does not have.
import 'night-leg-cramps';

export const Neon = () => <night-leg-cramps theme="neon" />; // expected error
