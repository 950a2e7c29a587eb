// Correct usage that must type-check (tsc --noEmit): every attribute value the widget takes,
// the element and its events from the DOM, a ref, and the class from the registry.
import { useEffect, useRef } from 'react';
import 'night-leg-cramps';
import type { NightLegCrampsAttributes, NightLegCrampsElement, NightLegCrampsLevel, NightLegCrampsStep } from 'night-leg-cramps';

export function Everything() {
  const ref = useRef<NightLegCrampsElement>(null);
  useEffect(() => {
    const onStep = (event: CustomEvent<{ step: NightLegCrampsStep }>) => console.log(event.detail.step);
    ref.current?.addEventListener('nlc-step', onStep);
    return () => ref.current?.removeEventListener('nlc-step', onStep);
  }, []);
  return (
    <div>
      <night-leg-cramps ref={ref} id="guide" className="guide" hidden={false} aria-label="Leg cramps guide"
        lang="en" region="us" theme="dark" start="cramp-now" events="steps"
        onnlc-ready={(event) => console.log(event.type)}
        onnlc-started={(event) => console.log(event.detail.step)}
        onnlc-step={(event) => console.log(event.detail.step === 'question:emergency')}
        onnlc-outcome={(event) => console.log(event.detail.level === 'emergency')}
        onnlc-restarted={(event) => console.log(event.detail.step)} />
      <night-leg-cramps lang="en-US" region="au" theme="auto" start="quinine" events="none" />
      <night-leg-cramps theme="light" start="questionnaire" events="outcome" region="eu" />
      <night-leg-cramps />
      {/* A value known only at run time, cast as the README says. */}
      <night-leg-cramps lang={navigator.language as NightLegCrampsAttributes['lang']} />
    </div>
  );
}

const el = document.querySelector('night-leg-cramps');
el?.addEventListener('nlc-outcome', (event) => {
  const level: NightLegCrampsLevel = event.detail.level;
  console.log(level, event.detail.step);
});
document.addEventListener('nlc-restarted', (event) => console.log(event.detail.step));
const made: NightLegCrampsElement = document.createElement('night-leg-cramps');
made.setAttribute('theme', 'dark');
const NightLegCramps = customElements.get('night-leg-cramps');
console.log(NightLegCramps?.version, NightLegCramps?.liveCount(), NightLegCramps?.wasmMemoryBytes());
