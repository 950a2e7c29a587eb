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
// Each page has host content below the questionnaire, so that Cumulative Layout Shift counts
// what the renderer pushes down as it starts.
const BELOW = '<section><h2>More about cramps</h2><p>Stretching the calf before bed may help. Drink enough during the day.</p><p>This text should not move when the questionnaire starts.</p></section>';
const page = (title, head, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body><main id="root">${body}</main>${BELOW}</body></html>`;
writeFileSync(`${site}/ours.html`, page('ours', '', '<night-leg-cramps start="questionnaire" region="us"></night-leg-cramps><script src="night-leg-cramps.js"></script>'));
writeFileSync(`${site}/surveyjs.html`, page('surveyjs', '<link rel="stylesheet" href="survey-core.min.css">',
  '<div id="form"></div><script src="survey.core.min.js"></script><script src="survey-js-ui.min.js"></script><script src="surveyjs-def.js"></script><script src="surveyjs-start.js"></script>'));
writeFileSync(`${site}/surveyjs-start.js`, 'SurveyUI.renderSurvey(new Survey.Model(window.DEF), document.getElementById("form"));');
writeFileSync(`${site}/lforms.html`, page('lforms', '<link rel="stylesheet" href="lforms/styles.css">',
  '<div id="form"></div><script src="lforms/zone.min.js"></script><script src="lforms/lhc-forms.js"></script><script src="lforms/lformsFHIR.min.js"></script><script src="fhir-def.js"></script><script src="lforms-start.js"></script>'));
writeFileSync(`${site}/lforms-start.js`, 'LForms.Util.addFormToPage(window.DEF, "form", { fhirVersion: "R4" });');

// ---------------------------------------------------------------- in-page drivers
// Each returns elements of the questionnaire for one renderer; all run inside the page.
// The path, the same in all three: "No, none of these" on the emergency checklist, Next (timed:
// the next checklist, leg-signs, appears), then "One leg is swollen…" (dvt) on it, Next (an
// urgent outcome in this widget; SurveyJS, whose later pages that answer hides, offers
// Complete there instead, which is pressed). LHC-Forms shows every
// question on one page and has no Next: its clicks are the two ticks.
const DRIVERS = {
  ours: `({
    input: () => document.querySelector('night-leg-cramps')?.shadowRoot?.querySelector('input'),
    choice: (q, c) => document.querySelector('night-leg-cramps').shadowRoot.querySelector('label[for="nlc-' + q + '-choice-' + c + '"]'),
    nextButton: () => document.querySelector('night-leg-cramps').shadowRoot.querySelector('button[type=submit]'),
    shows: (q) => !!document.querySelector('night-leg-cramps').shadowRoot.querySelector('input[name="' + q + '"]'),
    done: () => !!document.querySelector('night-leg-cramps').shadowRoot.querySelector('.nlc-care-card'),
    root: () => document.querySelector('night-leg-cramps').shadowRoot,
    wasm: () => customElements.get('night-leg-cramps').wasmMemoryBytes?.() ?? 0,
  })`,
  surveyjs: `({
    input: () => document.querySelector('#form input[type=checkbox]'),
    box: (q, c) => document.querySelector('#form input[type=checkbox][name="' + q.replaceAll('-', '_') + c + '"]'),
    choice(q, c) { const i = this.box(q, c); return i && (i.closest('label') || i); },
    nextButton: () => [...document.querySelectorAll('#form input[type=button], #form button')].find((b) => ['Next', 'Complete'].includes((b.value || b.textContent).trim())),
    shows(q) { return !!this.box(q, 'none'); },
    done() { return !this.box('leg-signs', 'dvt') || !!document.querySelector('.sd-completedpage, .sv_completed_page'); },
    root: () => document.body,
    wasm: () => 0,
  })`,
  lforms: `({
    input: () => document.querySelector('#form input[type=checkbox]'),
    // The label with the choice's words; a repeated label (None of these) by its question's place.
    choice(q, c) {
      const items = window.DEF.item;
      const words = (it, code) => it.answerOption.find((o) => o.valueCoding.code === code)?.valueCoding.display;
      const at = items.findIndex((it) => it.linkId === q);
      const text = words(items[at], c);
      const nth = items.slice(0, at).filter((it) => (it.answerOption || []).some((o) => o.valueCoding.display === text)).length;
      const labels = [...document.querySelectorAll('#form label')].filter((l) => l.textContent.trim() === text && l.querySelector('input, .ant-checkbox, span'));
      return labels[nth] || null;
    },
    nextButton: () => null,
    shows: () => true,
    done: () => true,
    root: () => document.body,
    wasm: () => 0,
  })`,
};

const frame = 'new Promise((r) => requestAnimationFrame(() => r()))';

/** Clicks what `expr` (run in the page) returns with real input (a trusted click, as a
 *  person's: Event Timing reports only those); nothing when it returns null. */
async function press(p, expr) {
  const handle = await p.evaluateHandle(expr);
  const el = handle.asElement();
  if (!el) return false;
  await el.scrollIntoViewIfNeeded();
  const box = await el.boundingBox();
  await p.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return true;
}

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
    // Layout Instability API, as Lighthouse counts it (shifts right after input excluded).
    window.__cls = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
    // Event Timing API: each interaction's duration (input to the next paint), as INP takes it.
    window.__inp = new Map();
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (e.interactionId) window.__inp.set(e.interactionId, Math.max(window.__inp.get(e.interactionId) ?? 0, e.duration));
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    window.__d = ${DRIVERS[renderer]};
    window.__ready = new Promise((resolve) => {
      const poll = () => { const i = window.__d.input(); if (i && !i.disabled) resolve(performance.now()); else requestAnimationFrame(poll); };
      requestAnimationFrame(poll);
    });
    // Handler to DOM: from the dispatch of the click that moves on (caught first, at the
    // window in the capture phase) to the mutation after which the next question is in the
    // DOM. No animation frame is waited for.
    window.__armDom = (next) => new Promise((resolve) => {
      let t0 = null;
      setTimeout(() => resolve(null), 10000);
      const onClick = () => { t0 ??= performance.now(); };
      window.addEventListener('click', onClick, true);
      const mo = new MutationObserver(() => {
        if (t0 !== null && window.__d.shows(next)) {
          const t1 = performance.now();
          mo.disconnect();
          window.removeEventListener('click', onClick, true);
          resolve(t1 - t0);
        }
      });
      mo.observe(window.__d.root(), { subtree: true, childList: true, attributes: true, characterData: true });
    });
  `);
  await p.goto(`${ROOT}/${renderer}.html`);
  const firstQuestion = await p.evaluate('window.__ready');
  await p.evaluate(`(async () => { for (let i = 0; i < 2; i++) await ${frame}; })()`);
  const cls = await p.evaluate('window.__cls');
  // The path (see DRIVERS), with real clicks. LHC-Forms has no Next: the first answer is the
  // click that moves on, and its "next question" is on screen already (its handler-to-DOM is
  // the time to the first DOM change after the answer).
  let domTime;
  if (await p.evaluate('!!window.__d.nextButton()')) {
    await press(p, `window.__d.choice('emergency', 'none')`);
    domTime = p.evaluate(`window.__armDom('leg-signs')`);
    await press(p, 'window.__d.nextButton()');
  } else {
    domTime = p.evaluate(`window.__armDom('leg-signs')`);
    await press(p, `window.__d.choice('emergency', 'none')`);
  }
  const handlerToDom = await domTime;
  await p.waitForFunction(`window.__d.shows('leg-signs')`);
  await press(p, `window.__d.choice('leg-signs', 'dvt')`);
  await press(p, 'window.__d.nextButton()');
  await p.waitForFunction('window.__d.done()', null, { timeout: 10_000 });
  // Event Timing entries arrive after the next paint.
  await p.evaluate(`(async () => { for (let i = 0; i < 5; i++) await ${frame}; await new Promise((r) => setTimeout(r, 100)); })()`);
  const inp = await p.evaluate('Math.max(0, ...window.__inp.values())');
  const interactions = await p.evaluate('window.__inp.size');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const wasm = await p.evaluate('window.__d.wasm()');
  const longTasks = await p.evaluate('window.__long');
  await context.close();
  const raw = bodies.reduce((n, b) => n + b.length, 0);
  const gzip = bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  return { raw, gzip, firstQuestion, cls, inp, interactions, handlerToDom, memory: heap + wasm, longCount: longTasks.length, longMs: longTasks.reduce((a, b) => a + b, 0) };
}

// ---------------------------------------------------------------- run, interleaved
const server = spawn('node', ['scripts/serve.mjs', site, String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
});
const RENDERERS = (process.env.BENCH_ONLY ?? 'ours surveyjs lforms').split(' ');
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
const med = (xs) => (xs.length ? q(xs, 0.5) : NaN);
const METRICS = [
  ['bytes transferred, raw (KB)', 'raw', (v) => (v / 1000).toFixed(1)],
  ['bytes transferred, gzip -9 (KB)', 'gzip', (v) => (v / 1000).toFixed(1)],
  ['navigation → first question interactive (ms)', 'firstQuestion', (v) => v.toFixed(0)],
  ['Interaction to Next Paint over the path (ms; 0: no interaction took 16 ms)', 'inp', (v) => v.toFixed(0)],
  ['click on Next → next question in the DOM (ms, no frame waited for)', 'handlerToDom', (v) => v.toFixed(1)],
  ['Cumulative Layout Shift while loading, content below', 'cls', (v) => v.toFixed(3)],
  ['JS heap + wasm memory after a path (MB)', 'memory', (v) => (v / 1e6).toFixed(2)],
  ['main-thread long tasks (count)', 'longCount', (v) => v.toFixed(0)],
  ['main-thread long tasks (total ms)', 'longMs', (v) => v.toFixed(0)],
];
let md = `# Benchmarks\n\n${process.env.BENCH_NOTE ? process.env.BENCH_NOTE + '\n\n' : ''}One run of \`node bench/run.mjs ${N}\` on ${new Date().toISOString().slice(0, 10)}: ${N} cold loads per renderer and profile,\ninterleaved (the order rotates every round), in headless Chromium (${browser.version?.() ?? 'Debian chromium'}) on localhost,\n412 × 900 viewport, a fresh browser context (empty cache) per load. The same questionnaire in all three:\nthis widget's single file; SurveyJS 2.5.38 (\`survey-core\` + \`survey-js-ui\`) with a definition generated by\n\`review surveyjs\`; LHC-Forms 40.1.3 (web component + FHIR R4 support) rendering the FHIR export of \`review fhir\`.\n\nCells: median, with the 10th–90th percentile spread in brackets. Ratios: the peer's median divided by ours\n(above 1 means ours is smaller or faster).\n\nThe path, with real (trusted) clicks as a person's: "No, none of these" on the emergency checklist, Next;\n"One leg is swollen…" on the next checklist (leg-signs), Next (SurveyJS: Complete), which reaches an urgent\noutcome; then the memory reading after a forced garbage collection. LHC-Forms shows every question on one\npage and has no Next: its clicks are the two ticks.\n\n- **Interaction to Next Paint**: the Event Timing API (\`PerformanceObserver\` type \`event\`,\n  \`durationThreshold\` 16), the longest interaction of the path, from the input to the next paint (0: none\n  took 16 ms).\n- **click on Next → next question in the DOM**: from the dispatch of the click that moves on (a capture\n  listener on the window) to the DOM mutation after which the next checklist is in the DOM (a\n  \`MutationObserver\`, no animation frame waited for); for LHC-Forms, from the click on the first answer to\n  its first DOM change, since its next question is on screen already.\n- **Cumulative Layout Shift**: the Layout Instability API (\`layout-shift\` entries without\n  \`hadRecentInput\`), from navigation to the first question, on pages with host content below the form. This\n  widget opens with \`start="questionnaire"\` here, for which it reserves no space (the README asks the host\n  for its own \`min-height\` then): the same footing as the peers. Its start screen, with the README's rule,\n  is held to CLS ≤ 0.05 by \`tests/e2e/layout.spec.mjs\`.\n- **first question interactive**: from navigation to the first checkbox present and enabled (polled each\n  animation frame).\n\nServer responses are uncompressed; the gzip column is\nwhat gzip -9 of each response would transfer.\n\n`;
for (const throttle of [1, 4]) {
  md += `## ${throttle === 1 ? 'No CPU throttling' : '4× CPU throttling (a mid-range phone)'}\n\n| metric | this widget | SurveyJS | LHC-Forms | SurveyJS ÷ ours | LHC-Forms ÷ ours |\n|---|---|---|---|---|---|\n`;
  for (const [label, key, fmt] of METRICS) {
    const cells = RENDERERS.map((r) => {
      const xs = results[`${r}@${throttle}`].map((x) => x[key]).filter((v) => typeof v === "number" && Number.isFinite(v));
      return { m: med(xs), text: `${fmt(med(xs))} [${fmt(q(xs, 0.1))}–${fmt(q(xs, 0.9))}]` };
    });
    const ratio = (i) => (cells[0].m > 0 ? (cells[i].m / cells[0].m).toFixed(1) + '×' : (cells[i].m > 0 ? '∞' : '–'));
    md += `| ${label} | ${cells[0].text} | ${cells[1].text} | ${cells[2].text} | ${ratio(1)} | ${ratio(2)} |\n`;
  }
  md += '\n';
}
// The Lighthouse runs and the size history are written by hand (each size step's commit adds
// its row): carry them over.
const before = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : '';
for (const title of ['Lighthouse', 'Size steps']) {
  const kept = before.match(new RegExp(`## ${title}\\n[\\s\\S]*?(?=\\n## )`));
  if (kept) md += `${kept[0]}\n`;
}
md += `## Reproduce\n\n\`\`\`sh\nscripts/setup test && scripts/build\nnode bench/run.mjs ${N}\n\`\`\`\n\nThe first run installs the peers into \`bench/node_modules\` (npm) and fetches LHC-Forms with\n\`npm pack lforms@40.1.3\`; nothing of theirs is committed.\n`;
writeFileSync('BENCHMARKS.md', md);
console.log(md);
