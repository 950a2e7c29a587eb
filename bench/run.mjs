// Side-by-side benchmark: this widget (single file) vs SurveyJS and LHC-Forms presenting the
// same questionnaire, generated from our content (review surveyjs / review fhir), on
// localhost in headless Chromium. Writes BENCHMARKS.md.
//   node bench/run.mjs [loads per renderer and profile, default 20]
// Needs: scripts/build done (dist/), cargo, network access to the npm registry once.
import { execSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const N = Number(process.argv[2] ?? 20);
const PORT = 4180;
const ROOT = `http://127.0.0.1:${PORT}`;
const sh = (cmd) => execSync(cmd, { stdio: ['ignore', 'pipe', 'inherit'] }).toString();

// ---------------------------------------------------------------- the three pages
const site = 'bench/site';
rmSync(site, { recursive: true, force: true });
mkdirSync(`${site}/lforms`, { recursive: true });
if (!existsSync('bench/node_modules/survey-js-ui')) sh('npm ci --prefix bench --no-audit --no-fund --loglevel=error');
if (!existsSync('bench/.cache/package/dist/lforms')) {
  mkdirSync('bench/.cache', { recursive: true });
  sh('cd bench/.cache && npm pack lforms@40.1.3 --silent && tar xzf lforms-40.1.3.tgz');
}
const review = (what) => sh(`cargo run -q --features review --bin review -- ${what}`);
writeFileSync(`${site}/fhir-def.js`, `window.DEF = ${review('fhir')};`);
writeFileSync(`${site}/surveyjs-def.js`, `window.DEF = ${review('surveyjs')};`);
cpSync('dist/night-leg-cramps.js', `${site}/night-leg-cramps.js`);
for (const f of ['survey-core/survey.core.min.js', 'survey-core/survey-core.min.css', 'survey-js-ui/survey-js-ui.min.js']) {
  cpSync(`bench/node_modules/${f}`, `${site}/${f.split('/')[1]}`);
}
const lf = 'bench/.cache/package/dist/lforms';
for (const f of ['webcomponent/styles.css', 'webcomponent/assets/lib/zone.min.js', 'webcomponent/lhc-forms.js', 'fhir/R4/lformsFHIR.min.js']) {
  cpSync(`${lf}/${f}`, `${site}/lforms/${f.split('/').pop()}`);
}
const page = (title, head, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body><main id="root">${body}</main></body></html>`;
writeFileSync(`${site}/ours.html`, page('ours', '', '<night-leg-cramps start="questionnaire" region="us"></night-leg-cramps><script src="night-leg-cramps.js"></script>'));
writeFileSync(`${site}/surveyjs.html`, page('surveyjs', '<link rel="stylesheet" href="survey-core.min.css">',
  '<div id="form"></div><script src="survey.core.min.js"></script><script src="survey-js-ui.min.js"></script><script src="surveyjs-def.js"></script><script src="surveyjs-start.js"></script>'));
writeFileSync(`${site}/surveyjs-start.js`, 'SurveyUI.renderSurvey(new Survey.Model(window.DEF), document.getElementById("form"));');
writeFileSync(`${site}/lforms.html`, page('lforms', '<link rel="stylesheet" href="lforms/styles.css">',
  '<div id="form"></div><script src="lforms/zone.min.js"></script><script src="lforms/lhc-forms.js"></script><script src="lforms/lformsFHIR.min.js"></script><script src="fhir-def.js"></script><script src="lforms-start.js"></script>'));
writeFileSync(`${site}/lforms-start.js`, 'LForms.Util.addFormToPage(window.DEF, "form", { fhirVersion: "R4" });');

// ---------------------------------------------------------------- in-page drivers
// Each returns elements of the questionnaire for one renderer; all run inside the page.
const DRIVERS = {
  ours: `({
    input: () => document.querySelector('night-leg-cramps')?.shadowRoot?.querySelector('input'),
    choose: (q, c) => document.querySelector('night-leg-cramps').shadowRoot.querySelector('#nlc-' + q + '-choice-' + c).click(),
    next: () => document.querySelector('night-leg-cramps').shadowRoot.querySelector('button[type=submit]').click(),
    shows: (q) => !!document.querySelector('night-leg-cramps').shadowRoot.querySelector('input[name="' + q + '"]'),
    done: () => !!document.querySelector('night-leg-cramps').shadowRoot.querySelector('.nlc-care-card'),
    finish: () => {},
    wasm: () => customElements.get('night-leg-cramps').wasmMemoryBytes?.() ?? 0,
  })`,
  surveyjs: `({
    input: () => document.querySelector('#form input[type=radio]'),
    radio: (q, c) => [...document.querySelectorAll('#form input[type=radio]')].find((i) => i.name.startsWith(q.replaceAll('-', '_')) && i.value === c),
    choose(q, c) { this.radio(q, c).click(); },
    button: (label) => [...document.querySelectorAll('#form input[type=button], #form button')].find((b) => (b.value || b.textContent).trim() === label),
    next() { this.button('Next').click(); },
    shows(q) { return !!this.radio(q, 'yes'); },
    done: () => !!document.querySelector('.sd-completedpage, .sv_completed_page'),
    finish() { this.button('Complete').click(); },
    wasm: () => 0,
  })`,
  lforms: `({
    input: () => document.querySelector('#form input[type=radio]'),
    radio: (q, c) => { const item = [...document.querySelectorAll('#form lhc-item')].find((el) => el.querySelector('[id*="' + q + '"]')); return item && [...item.querySelectorAll('input[type=radio]')].find((i) => (i.id || '').includes(c) || i.closest('label, lhc-item-choice, .lhc-form-item-choice')?.textContent.trim().toLowerCase() === c); },
    choose(q, c) { const labels = { yes: 'Yes', no: 'No' }; const all = [...document.querySelectorAll('#form input[type=radio]')]; const qs = ['lung-clot', 'cold-leg']; const idx = qs.indexOf(q) * 3 + (c === 'yes' ? 0 : 1); all[idx].click(); },
    next() {},
    shows: (q) => document.querySelectorAll('#form input[type=radio]:not([disabled])').length >= 6,
    done: () => true,
    finish() {},
    wasm: () => 0,
  })`,
};

const frame = 'new Promise((r) => requestAnimationFrame(() => r()))';
async function oneLoad(browser, renderer, throttle) {
  const context = await browser.newContext({ viewport: { width: 412, height: 900 } });
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const bodies = [];
  p.on('response', async (r) => { try { bodies.push(await r.body()); } catch { /* redirects */ } });
  await p.addInitScript(`
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
    window.__d = ${DRIVERS[renderer]};
    window.__ready = new Promise((resolve) => {
      const poll = () => { const i = window.__d.input(); if (i && !i.disabled) resolve(performance.now()); else requestAnimationFrame(poll); };
      requestAnimationFrame(poll);
    });
  `);
  await p.goto(`${ROOT}/${renderer}.html`);
  const firstQuestion = await p.evaluate('window.__ready');
  const answerToNext = await p.evaluate(`(async () => {
    const d = window.__d; const t0 = performance.now();
    d.choose('lung-clot', 'no'); d.next();
    while (!d.shows('cold-leg')) await ${frame};
    await ${frame};
    return performance.now() - t0;
  })()`);
  await p.evaluate(`(async () => {
    const d = window.__d;
    d.choose('cold-leg', 'yes'); d.next();
    for (let i = 0; i < 100 && !d.done(); i++) await ${frame};
    d.finish();
    for (let i = 0; i < 5; i++) await ${frame};
  })()`);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const wasm = await p.evaluate('window.__d.wasm()');
  const longTasks = await p.evaluate('window.__long');
  await context.close();
  const raw = bodies.reduce((n, b) => n + b.length, 0);
  const gzip = bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  return { raw, gzip, firstQuestion, answerToNext, memory: heap + wasm, longCount: longTasks.length, longMs: longTasks.reduce((a, b) => a + b, 0) };
}

// ---------------------------------------------------------------- run, interleaved
const server = spawn('node', ['scripts/serve.mjs', site, String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
});
const RENDERERS = ['ours', 'surveyjs', 'lforms'];
const results = {};
try {
  for (const throttle of [1, 4]) {
    for (let i = 0; i < N; i++) {
      const order = RENDERERS.map((_, k) => RENDERERS[(i + k) % RENDERERS.length]);
      for (const r of order) {
        (results[`${r}@${throttle}`] ??= []).push(await oneLoad(browser, r, throttle));
      }
      process.stdout.write(`\rprofile ${throttle}x: ${i + 1}/${N}`);
    }
    process.stdout.write('\n');
  }
} finally {
  await browser.close();
  server.kill();
}

// ---------------------------------------------------------------- report
const q = (xs, p) => { const s = [...xs].sort((a, b) => a - b); const i = (s.length - 1) * p; return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i % 1); };
const med = (xs) => q(xs, 0.5);
const METRICS = [
  ['bytes transferred, raw (KB)', 'raw', (v) => (v / 1000).toFixed(1)],
  ['bytes transferred, gzip -9 (KB)', 'gzip', (v) => (v / 1000).toFixed(1)],
  ['navigation → first question interactive (ms)', 'firstQuestion', (v) => v.toFixed(0)],
  ['answer → next question rendered (ms)', 'answerToNext', (v) => v.toFixed(1)],
  ['JS heap + wasm memory after a path (MB)', 'memory', (v) => (v / 1e6).toFixed(2)],
  ['main-thread long tasks (count)', 'longCount', (v) => v.toFixed(0)],
  ['main-thread long tasks (total ms)', 'longMs', (v) => v.toFixed(0)],
];
let md = `# Benchmarks\n\nOne run of \`node bench/run.mjs ${N}\` on ${new Date().toISOString().slice(0, 10)}: ${N} cold loads per renderer and profile,\ninterleaved (the order rotates every round), in headless Chromium (${browser.version?.() ?? 'Debian chromium'}) on localhost,\n412 × 900 viewport, a fresh browser context (empty cache) per load. The same questionnaire in all three:\nthis widget's single file; SurveyJS 2.5.38 (\`survey-core\` + \`survey-js-ui\`) with a definition generated by\n\`review surveyjs\`; LHC-Forms 40.1.3 (web component + FHIR R4 support) rendering the FHIR export of \`review fhir\`.\n\nCells: median, with the 10th–90th percentile spread in brackets. Ratios: the peer's median divided by ours\n(above 1 means ours is smaller or faster).\n\nThe path: answer the first question "No" (timed: answer → next question rendered), then "Yes" to the\nsecond (an emergency outcome), then the memory reading after a forced garbage collection.\nLHC-Forms shows every question on one page, so its "next question" is already on screen: its number is\nthe time for the answer to be processed and painted. Server responses are uncompressed; the gzip column is\nwhat gzip -9 of each response would transfer.\n\n`;
for (const throttle of [1, 4]) {
  md += `## ${throttle === 1 ? 'No CPU throttling' : '4× CPU throttling (a mid-range phone)'}\n\n| metric | this widget | SurveyJS | LHC-Forms | SurveyJS ÷ ours | LHC-Forms ÷ ours |\n|---|---|---|---|---|---|\n`;
  for (const [label, key, fmt] of METRICS) {
    const cells = RENDERERS.map((r) => {
      const xs = results[`${r}@${throttle}`].map((x) => x[key]);
      return { m: med(xs), text: `${fmt(med(xs))} [${fmt(q(xs, 0.1))}–${fmt(q(xs, 0.9))}]` };
    });
    const ratio = (i) => (cells[0].m > 0 ? (cells[i].m / cells[0].m).toFixed(1) + '×' : (cells[i].m > 0 ? '∞' : '–'));
    md += `| ${label} | ${cells[0].text} | ${cells[1].text} | ${cells[2].text} | ${ratio(1)} | ${ratio(2)} |\n`;
  }
  md += '\n';
}
md += `## Reproduce\n\n\`\`\`sh\nscripts/setup test && scripts/build\nnode bench/run.mjs ${N}\n\`\`\`\n\nThe first run installs the peers into \`bench/node_modules\` (npm) and fetches LHC-Forms with\n\`npm pack lforms@40.1.3\`; nothing of theirs is committed.\n`;
writeFileSync('BENCHMARKS.md', md);
console.log(md);
