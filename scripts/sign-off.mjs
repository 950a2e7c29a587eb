// Release check of the clinical safety case's sign-off (run by scripts/build): the report may
// say "Not signed" (a draft), or "Signed" with every field filled in, a real date and the
// content version being built. Anything else (a report edited by hand to say signed, a
// signature for older content) stops the build.
//   node scripts/sign-off.mjs [docs/safety/safety-case.md]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = process.argv[2] ? resolve(process.argv[2]) : 'docs/safety/safety-case.md';
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const fail = (why) => {
  console.error(`sign-off: ${file}: ${why}`);
  process.exit(1);
};

let md;
try {
  md = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read it (${e.message}); run: cargo run --features review --bin review -- docs`);
}
// The rows of the table that starts with "| Sign-off |".
const start = md.indexOf('| Sign-off |');
if (start < 0) fail('no sign-off table');
const rows = {};
for (const line of md.slice(start).split('\n').slice(2)) {
  const m = line.match(/^\|\s*([^|]+?)\s*\|\s*(.*?)\s*\|$/);
  if (!m) break;
  rows[m[1]] = m[2];
}
const fields = ['Status', 'Name', 'Role', 'Professional registration', 'Organisation', 'Date', 'Content version reviewed'];
for (const f of fields) if (!(f in rows)) fail(`the sign-off table has no "${f}" row`);

if (rows.Status === 'Not signed') {
  console.log('sign-off: not signed (a draft for the clinical safety officer)');
  process.exit(0);
}
if (rows.Status !== 'Signed') fail(`status "${rows.Status}": expected "Signed" or "Not signed"`);
const placeholder = (v) => !v.trim() || /to be completed|tbd|todo|…|\.\.\.|[<>]|^(-|\?|n\/a|name|none)$/i.test(v.trim());
for (const f of fields.slice(1)) {
  if (placeholder(rows[f])) fail(`says signed, but "${f}" is empty or a placeholder: "${rows[f]}"`);
}
if (!/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(rows.Date)) fail(`date "${rows.Date}" is not YYYY-MM-DD`);
const version = readFileSync('content/questionnaire.toml', 'utf8').match(/^version\s*=\s*"([^"]+)"/m)?.[1];
if (rows['Content version reviewed'] !== version) {
  fail(`signed for content version ${rows['Content version reviewed']}, but the content is ${version}: it needs a new review`);
}
console.log(`sign-off: signed by ${rows.Name} on ${rows.Date} for content version ${version}`);
