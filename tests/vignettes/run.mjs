// Patient vignettes through the real widget: the release build (dist/) in Chromium, each
// vignette of tests/vignettes.toml answered by clicking the answer labels as the patient would,
// the level read from the care card of the outcome page. Writes the report
// docs/validation/vignettes.md: exact-match accuracy per level and overall, the safe rate,
// emergency sensitivity, each with a Wilson 95% confidence interval, beside published figures.
//
//   node tests/vignettes/run.mjs            runs them and writes docs/validation/vignettes.md
//   node tests/vignettes/run.mjs --check    runs them and fails if the committed report differs
//   --port N                                the port for dist/ (default 4190)
//
// Needs dist/ (scripts/build) and the review command (it checks the vignettes file and hands it
// over as JSON). Exits 1 if an emergency vignette gets less than the emergency outcome, if a
// vignette cannot be answered, or (--check) if the report is out of date.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { report } from './report.mjs';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
const args = process.argv.slice(2);
const CHECK = args.includes('--check');
const PORT = Number(args[args.indexOf('--port') + 1] || 4190) || 4190;
const REPORT = 'docs/validation/vignettes.md';
const STEP_TIMEOUT = 15_000;
const t0 = Date.now();

let failed = 0;
function check(name, ok, detail = '') {
  if (ok) console.log(`ok   ${name}`);
  else {
    failed++;
    console.log(`FAIL ${name}${detail ? `\n     ${detail.split('\n').join('\n     ')}` : ''}`);
  }
}

if (!existsSync('dist/index.html')) {
  console.log('FAIL no dist/: run scripts/build first');
  process.exit(1);
}
// The vignettes, checked by the review command (unknown ids, answers a question cannot take).
let data;
try {
  const json = execFileSync('cargo', ['run', '-q', '--features', 'review', '--bin', 'review', '--', 'vignettes', 'tests/vignettes.toml'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  data = JSON.parse(json);
} catch (e) {
  console.log(`FAIL the review command refused tests/vignettes.toml (${e.message.split('\n')[0]})`);
  process.exit(1);
}

// dist/ on its own port.
const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', String(PORT)], { stdio: ['ignore', 'pipe', 'pipe'] });
let serverErr = '';
server.stderr.on('data', (d) => { serverErr += d; });
await new Promise((res, rej) => {
  server.stdout.once('data', res);
  server.once('exit', (c) => rej(new Error(`the server for dist/ exited (${c}): port ${PORT} in use? ${serverErr.trim()}`)));
}).catch((e) => { console.log(`FAIL ${e.message}`); process.exit(1); });
const base = `http://127.0.0.1:${PORT}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const stop = async () => { await browser.close().catch(() => {}); server.kill(); };
for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => { stop().then(() => process.exit(1)); });

const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
const errors = [];
const requests = [];
page.on('request', (r) => requests.push(r.url()));
page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
page.on('console', (m) => { if (m.type() === 'error') errors.push(`console.error: ${m.text()}`); });
const w = page.locator('night-leg-cramps');

/** The screen shown: the question ids on the page, whether it is check-your-answers, the care
 *  card's level and heading. */
const screen = () => w.evaluate((host) => {
  const root = host.shadowRoot;
  const card = root.querySelector('.nlc-care-card');
  return {
    questions: [...new Set([...root.querySelectorAll('input')].map((e) => e.name))].join('+'),
    confirm: [...root.querySelectorAll('button')].some((b) => b.textContent.trim() === 'See my result'),
    level: card ? [...card.classList].find((c) => c.startsWith('nlc-care-card--'))?.slice('nlc-care-card--'.length) : '',
    title: card?.querySelector('h1, h2')?.textContent.trim() ?? '',
    reasons: [...root.querySelectorAll('.nlc-reasons li')].map((li) => li.textContent.trim()),
  };
});
async function waitFor(what, pred) {
  const end = Date.now() + STEP_TIMEOUT;
  let s;
  while (Date.now() < end) {
    s = await screen();
    if (pred(s)) return s;
    await page.waitForTimeout(25);
  }
  throw new Error(`timed out waiting for ${what} (on "${s?.questions}")`);
}

/** Answers one vignette as the patient would and returns what the outcome page shows. */
async function answer(v) {
  await page.goto(`${base}/index.html`);
  await w.locator('.nlc').waitFor();
  await w.getByRole('button', { name: 'Start now' }).click();
  let s = await waitFor('the first question', (x) => x.questions);
  const clicked = [];
  for (let n = 0; n < 20 && !s.level; n++) {
    if (s.confirm) {
      await w.getByRole('button', { name: 'See my result' }).click();
      s = await waitFor('the outcome', (x) => x.level);
      break;
    }
    for (const q of s.questions.split('+')) {
      for (const c of v.answers[q] ?? []) {
        const label = w.locator(`label[for="nlc-${q}-choice-${c}"]`);
        await label.click();
        if (!(await w.locator(`#nlc-${q}-choice-${c}`).isChecked())) throw new Error(`clicking "${await label.textContent()}" did not tick it`);
        clicked.push(`${q}.${c}`);
      }
    }
    const before = s.questions;
    await w.getByRole('button', { name: 'Continue' }).click();
    s = await waitFor(`the page after ${before}`, (x) => x.level || x.confirm || (x.questions && x.questions !== before));
  }
  if (!s.level) throw new Error('no outcome after 20 pages');
  return { level: s.level, title: s.title, reasons: s.reasons, clicked };
}

const widgetVersion = await (async () => {
  await page.goto(`${base}/index.html`);
  await w.locator('.nlc').waitFor();
  return page.evaluate(() => customElements.get('night-leg-cramps').version);
})();

const results = [];
for (const v of data.vignettes) {
  const t = Date.now();
  try {
    const got = await answer(v);
    results.push({ ...v, got: got.level, title: got.title, reasons: got.reasons });
    const mark = got.level === v.level ? 'ok  ' : 'DIFF';
    console.log(`${mark} ${v.id} expected ${v.level.padEnd(9)} got ${got.level.padEnd(9)} ${v.name} (${Date.now() - t} ms)`);
  } catch (e) {
    results.push({ ...v, got: '', error: e.message });
    check(`${v.id} ${v.name} can be answered`, false, e.message);
  }
}
// Privacy, in the real widget after every vignette: nothing stored, nothing sent elsewhere.
const stored = await page.evaluate(async () => ({
  cookie: document.cookie,
  localStorage: localStorage.length,
  sessionStorage: sessionStorage.length,
  indexedDB: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
}));
const cookies = await page.context().cookies();
check('nothing was stored: no cookie, localStorage, sessionStorage or IndexedDB',
  !stored.cookie && !stored.localStorage && !stored.sessionStorage && !stored.indexedDB.length && !cookies.length,
  JSON.stringify({ ...stored, cookies }));
const elsewhere = [...new Set(requests.filter((u) => !u.startsWith(`${base}/`)))];
check("no request left the page's own origin", elsewhere.length === 0, elsewhere.join('\n'));
const chromiumVersion = browser.version();
await stop();

const RANK = ['self-care', 'routine', 'urgent', 'emergency'];
const under = results.filter((r) => r.got && RANK.indexOf(r.got) < RANK.indexOf(r.level));
check('no emergency vignette is under-triaged', !under.some((r) => r.level === 'emergency'),
  under.filter((r) => r.level === 'emergency').map((r) => `${r.id} ${r.name}: got ${r.got}`).join('\n'));
check('no page error or console error', errors.length === 0, errors.join('\n'));

const md = report({ results, contentVersion: data.content_version, widgetVersion });
mkdirSync('docs/validation', { recursive: true });
if (CHECK) {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/vignettes.md', md);
  const committed = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '';
  check(`${REPORT} is up to date`, committed === md,
    'the results differ from the committed report (see test-results/vignettes.md): run node tests/vignettes/run.mjs (or scripts/docs) and commit it');
} else {
  writeFileSync(REPORT, md);
  console.log(`wrote ${REPORT}`);
}
const exact = results.filter((r) => r.got === r.level).length;
console.log(`\n${results.length} vignettes in Chromium ${chromiumVersion}, widget ${widgetVersion}: ${exact} exact, ${under.length} under-triaged (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
console.log(failed ? `${failed} failed` : 'all passed');
process.exit(failed ? 1 : 0);
