// Must NOT type-check: a misspelt event name gives a plain Event, which has no detail.
import 'night-leg-cramps';

const el = document.querySelector('night-leg-cramps');
el?.addEventListener('nlc-outcomes', (event) => console.log(event.detail.level)); // expected error
