// Must NOT type-check: a misspelt event prop types nothing, so its handler's parameter is an
// implicit any (and React would listen for an event that never comes).
import 'night-leg-cramps';

export const Typo = () => <night-leg-cramps onnlc-outcomes={(event) => console.log(event)} />; // expected error
