import { useState } from 'react';
import 'night-leg-cramps'; // defines <night-leg-cramps>, and types it for JSX

export function LegCrampsGuide() {
  const [level, setLevel] = useState('');
  return (
    <>
      <night-leg-cramps lang="en-GB" region="uk" events="outcome"
        onnlc-outcome={(event) => setLevel(event.detail.level)}>
        <p>If you are worried about leg pain, call NHS 111. In an emergency, call 999.</p>
      </night-leg-cramps>
      {level && <p role="status">The guide showed: {level}</p>}
    </>
  );
}
