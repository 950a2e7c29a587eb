// Size budget for what ships to a patient's phone: fails (exit 1) with the numbers when the
// single file grows past its gzip budget. Lower the budget when the file shrinks.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGETS = [
  // [file, max gzip bytes]  measured 2026-11-28: 142,628 B gzip with three locales inside
  // (en, en-GB, es; wasm LZMA-compressed inside).
  // History: 131,898 B (gzip inside) -> 110,059 B (LZMA) -> 120,621 B (GP review, fallback
  // hardening) -> 126,168 B (relief mode: +8.3 KB, less 2.8 KB won back from the interface
  // words as a list and wasm-opt's memory flags) -> 127,039 B (the `events` attribute, +0.7 KB)
  // -> 132,066 B: Spanish +12.7 KB (its ~41 KB of text is ~10 KB of LZMA on its own),
  // British English +0.7 KB (it inherits English), the language switch +1.5 KB, the answers
  // hand-off (FHIR QuestionnaireResponse) +1.9 KB; the redesign won back 13.6 KB
  // (plain-function pages, focus in one place, lol_alloc, no sorts, wasm-opt --converge)
  // -> 123,817 B: size work won back 8.3 KB (BENCHMARKS.md, "Size steps"): short import and
  // export names (-4.0 KB), wasm-opt tuned for the LZMA size (-1.3 KB), no BTreeMap, no
  // Classes, no str::replace (-2.9 KB together). Budget: the measure + ~400 B.
  // What is left is mostly Yew itself, the page render bodies and the text of three locales.
  // -> 146,281 B: continuity on the device +22.2 KB (kept answers with the offer to
  // continue, the cramp diary's form, chart, table, list, retention and CSV, the `storage`
  // attribute, 65 interface texts in two languages; the wasm's code grew ~60 KB raw, two
  // thirds of it Yew markup of the new screens: the Widget render alone +23 KB raw) and the
  // space reserved while the guide starts +0.2 KB. The budget was raised for them: this is
  // over the 124,200 B in force before and is issue #13's open point (win the bytes back:
  // the diary's markup first).
  // -> 143,320 B: -3.0 KB won back: the diary's classes without Yew's `Classes` (-2.8 KB),
  // the CSV and the diary record written in place (-0.3 KB); the outcome page as a plain
  // function (-0.9 KB) and the bundle out of the reducer (-0.5 KB), less typed attributes and
  // one action callback per screen (+0.3 KB). Budget: the measure + ~400 B.
  // -> 142,628 B: typed content ids (lookups index the bundle; -1.0 KB), less the question
  // page keeping ids for Continue (+0.2 KB) and the faster LZMA decoder (+36 B). Budget: the
  // measure + ~400 B.
  ['dist/night-leg-cramps.js', 143_100],
];

let ok = true;
for (const [file, max] of BUDGETS) {
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  const pass = gz <= max;
  ok &&= pass;
  console.log(`${pass ? 'ok  ' : 'OVER'} ${file}: ${raw.length} B raw, ${gz} B gzip (budget ${max} B gzip)`);
}
process.exit(ok ? 0 : 1);
