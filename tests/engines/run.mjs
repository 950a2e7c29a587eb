// Layer 5: the built widget (dist/) in the other browser engines, Firefox ESR and WebKitGTK
// (Safari's engine). Plain Node: Playwright's own browser builds cannot be installed here, so
// Firefox is driven by puppeteer-core over WebDriver BiDi and WebKitGTK's MiniBrowser by
// selenium-webdriver through WebKitWebDriver, on Xvfb with openbox (it has no headless mode).
//
// In each engine, through the UI (real clicks and keys): a path to every care level (the care
// card appears), no console error and no page error, one screenshot per level; and on the
// first question page, light and dark, the controls: an unchecked checkbox's border has at
// least 3:1 contrast with the background behind it (from getComputedStyle, and in the pixels
// drawn), a keyboard-focused checkbox shows the yellow focus halo and, ticked, its tick.
// WebKit runs twice: light, and with --dark-mode (prefers-color-scheme: dark).
//   node tests/engines/run.mjs [firefox] [webkit]     (after scripts/build; default: both)
// Screenshots go to test-results/engines/. Prints "N passed, N failed"; exits 1 on a failure.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { decodePng } from './png.mjs';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
if (!existsSync('dist/index.html')) {
  console.log('FAIL no dist/: run scripts/build first\n0 passed, 1 failed');
  process.exit(1);
}

const OUT = 'test-results/engines';
const SITE = `${OUT}/site`;
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const VIEWPORT = { width: 1024, height: 900 };
const STEP_TIMEOUT = 15_000;

// Answers that reach each level (as in tests/e2e/states.spec.mjs); questions not named get the
// answers of a person with typical cramps; optional questions are left out.
const CLEAR = {
  emergency: 'none', 'leg-signs': 'none', 'other-signs': 'none',
  feeling: 'cramp', duration: 'minutes', 'other-symptoms': 'none', medicines: 'none', 'new-medicine': 'no',
  conditions: 'none', factors: 'none', pregnant: 'no',
};
const LEVELS = [
  // "A leg or foot that suddenly turned cold, pale or blue…" on the first page.
  ['emergency', { emergency: 'blocked-artery' }],
  ['urgent', { 'leg-signs': 'wound' }],
  ['routine', { feeling: 'urge-to-move', medicines: ['quinine', 'diuretic'], conditions: ['kidney'] }],
  ['self-care', {}],
];
// On the first question page: the checkbox that is focused by keyboard and ticked, and the
// one left unchecked whose border is measured.
const FOCUSED = '#nlc-emergency-choice-blocked-artery';
const UNCHECKED = '#nlc-emergency-choice-tetanus';
const FOCUS_RGB = [0xff, 0xdd, 0x00]; // --nlc-focus

// ---------------------------------------------------------------- results
let passed = 0, failed = 0;
const t0 = Date.now();
async function check(name, fn) {
  const t = Date.now();
  try {
    const note = await fn();
    passed++;
    console.log(`ok   ${name} (${((Date.now() - t) / 1000).toFixed(1)}s)${note ? `: ${note}` : ''}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name} (${((Date.now() - t) / 1000).toFixed(1)}s)\n     ${String(e?.message ?? e).split('\n').join('\n     ')}`);
  }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- colours (WCAG 2)
function parseRgb(css) {
  const m = css.match(/rgba?\(([^)]+)\)/);
  if (!m) throw new Error(`cannot read colour ${css}`);
  const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return { rgb: [r, g, b], alpha: a };
}
function luminance([r, g, b]) {
  const f = (c) => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
const hex = (rgb) => '#' + rgb.map((c) => c.toString(16).padStart(2, '0')).join('');

// ---------------------------------------------------------------- functions run in the page
// (self-contained: they are serialised into the page by both drivers)

/** The widget's element matching a CSS selector, or the button/link with exactly that text. */
function findInWidget(q) {
  const root = document.querySelector('night-leg-cramps')?.shadowRoot;
  if (!root) return null;
  if (q.css) return root.querySelector(q.css);
  return [...root.querySelectorAll('button, a')].find((b) => b.textContent.trim() === q.text) ?? null;
}
/** The state of the widget: started, the question ids on the page, the care card shown. */
function widgetState() {
  const root = document.querySelector('night-leg-cramps')?.shadowRoot;
  const inputs = root ? [...root.querySelectorAll('input')] : [];
  const card = root?.querySelector('.nlc-care-card');
  return {
    ready: !!root?.querySelector('.nlc'),
    page: [...new Set(inputs.map((e) => e.name).filter(Boolean))].join('+'),
    card: card ? [...card.classList].find((c) => c.startsWith('nlc-care-card--')) ?? '' : '',
    active: root?.activeElement?.id ?? '',
  };
}
/** Computed colours of a control and of the first opaque background behind it (crossing
 *  the shadow boundary up to the page), its box in CSS px, and the theme in use. */
function controlStyle(sel) {
  const root = document.querySelector('night-leg-cramps').shadowRoot;
  const el = root.querySelector(sel);
  const s = getComputedStyle(el);
  let bg = 'rgb(255, 255, 255)';
  for (let p = el.parentElement ?? el.getRootNode().host; p; p = p.parentElement ?? p.getRootNode().host) {
    const c = getComputedStyle(p).backgroundColor;
    if (!/^rgba\(.*,\s*0\)$|^transparent$/.test(c)) { bg = c; break; }
  }
  const r = el.getBoundingClientRect();
  return {
    appearance: s.appearance || s.webkitAppearance, borderStyle: s.borderTopStyle, borderWidth: parseFloat(s.borderTopWidth),
    border: s.borderTopColor, fill: s.backgroundColor, bg, checked: el.checked,
    focusVisible: el.matches(':focus-visible'), outline: `${s.outlineStyle} ${s.outlineWidth}`, boxShadow: s.boxShadow,
    rect: { x: r.x, y: r.y, w: r.width, h: r.height }, innerWidth,
    dark: matchMedia('(prefers-color-scheme: dark)').matches, theme: root.querySelector('.nlc')?.dataset.theme,
  };
}

// ---------------------------------------------------------------- engines
// Each engine object: open(url), js(fn, ...args), click(query), key(name), mouseAway(),
// png() (a viewport screenshot), errors() (console and page errors since the last call),
// close().

async function firefox({ dark = false } = {}) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox', protocol: 'webDriverBiDi', executablePath: '/usr/bin/firefox-esr', headless: true,
    // Media emulation is CDP-only; over BiDi dark mode is a preference (0 = dark).
    extraPrefsFirefox: dark ? { 'layout.css.prefers-color-scheme.content-override': 0 } : {},
  });
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  let errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console.error: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`page error: ${e?.message ?? e}`));
  page.on('requestfailed', (r) => errors.push(`page error: failed to load ${r.url()}`));
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`page error: failed to load ${r.url()} (${r.status()})`); });
  return {
    name: `firefox ${(await browser.version()).replace(/^firefox\//, '')}`,
    page: 'index.html',
    open: (url) => page.goto(url),
    js: (fn, ...args) => page.evaluate(fn, ...args),
    async click(q) {
      const el = await page.evaluateHandle(findInWidget, q);
      if (!el.asElement()) throw new Error(`not found: ${JSON.stringify(q)}`);
      await el.asElement().click();
    },
    key: (name) => page.keyboard.press(name === 'Space' ? ' ' : name),
    mouseAway: () => page.mouse.move(1, 1),
    png: async () => Buffer.from(await page.screenshot()),
    errors: async () => { const e = errors; errors = []; return e; },
    close: () => browser.close(),
  };
}

// Every process this script starts, stopped on the way out whatever happens.
const children = new Set();
function launch(cmd, args, opts) {
  const p = spawn(cmd, args, opts);
  children.add(p);
  p.once('exit', () => children.delete(p));
  return p;
}
function stopAll() { for (const p of [...children].reverse()) if (p.exitCode === null) p.kill(); }

async function webkit({ dark = false } = {}) {
  const { Builder, Key } = await import('selenium-webdriver');
  const procs = [];
  const stop = () => { for (const p of procs.reverse()) if (p.exitCode === null) p.kill(); };
  try {
    // Xvfb picks a free display and writes its number to fd 3.
    const xvfb = launch('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    procs.push(xvfb);
    const display = await Promise.race([
      new Promise((res) => xvfb.stdio[3].once('data', (d) => res(`:${String(d).trim()}`))),
      new Promise((_, rej) => xvfb.once('exit', (c) => rej(new Error(`Xvfb exited (${c})`)))),
      sleep(10_000).then(() => { throw new Error('Xvfb did not start'); }),
    ]);
    const env = { ...process.env, DISPLAY: display };
    procs.push(launch('openbox', [], { env, stdio: 'ignore' })); // without a window manager the page never gets focus
    const port = await freePort();
    const wd = launch('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore' });
    procs.push(wd);
    const driver = await retry(() => new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...(dark ? ['--dark-mode'] : [])] },
    }).build());
    await driver.manage().window().setRect(VIEWPORT);
    const version = (await driver.getCapabilities()).get('browserVersion');
    return {
      name: `webkitgtk ${version}${dark ? ' --dark-mode' : ''}`,
      page: 'engines.html', // the test copy of index.html that records console and page errors
      open: (url) => driver.get(url),
      js: (fn, ...args) => driver.executeScript(fn, ...args),
      async click(q) {
        const el = await driver.executeScript(findInWidget, q);
        if (!el) throw new Error(`not found: ${JSON.stringify(q)}`);
        await el.click();
      },
      key: (name) => driver.actions().sendKeys(name === 'Space' ? Key.SPACE : Key[name.toUpperCase()]).perform(),
      mouseAway: () => driver.actions().move({ x: 1, y: 1 }).perform(),
      png: async () => Buffer.from(await driver.takeScreenshot(), 'base64'),
      async errors() {
        const e = await driver.executeScript(() => {
          const log = window.__nlcErrors;
          if (!Array.isArray(log)) return ['the error logger of engines.html is not installed'];
          return log.splice(0);
        });
        return e;
      },
      async close() { try { await driver.quit(); } finally { stop(); } },
    };
  } catch (e) {
    stop();
    throw e;
  }
}

async function retry(fn, tries = 20) {
  for (let i = 1; ; i++) {
    try { return await fn(); } catch (e) { if (i >= tries) throw e; await sleep(250); }
  }
}
function freePort() {
  return new Promise((res, rej) => {
    const s = createServer().once('error', rej).listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); });
  });
}

/** Waits until the engine has painted the last change (two frames, and a little more for
 *  WebKit, whose screenshot can lag a scroll by a frame). */
async function settle(b) {
  await b.js(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await sleep(100);
}

/** Scrolls the control `sel` to the middle of the viewport and takes a screenshot once the
 *  engine has painted it there: returns its
 *  computed style and the decoded screenshot with a pixel reader in CSS px. */
async function shoot(b, sel) {
  await b.js((q) => document.querySelector('night-leg-cramps').shadowRoot.querySelector(q).scrollIntoView({ block: 'center' }), sel);
  for (let i = 0; ; i++) {
    await settle(b);
    const style = await b.js(controlStyle, sel);
    const buf = await b.png();
    const after = await b.js(controlStyle, sel);
    if (i < 3 && JSON.stringify(after.rect) !== JSON.stringify(style.rect)) continue;
    const img = decodePng(buf);
    const scale = img.width / style.innerWidth;
    return { style, buf, px: (x, y) => img.pixel(Math.round(x * scale), Math.round(y * scale)), step: 1 / scale };
  }
}

// ---------------------------------------------------------------- steps
async function waitFor(b, what, pred, timeout = STEP_TIMEOUT) {
  const end = Date.now() + timeout;
  let state;
  while (Date.now() < end) {
    state = await b.js(widgetState);
    if (pred(state)) return state;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what} (page "${state?.page}", card "${state?.card}")`);
}

async function start(b, base) {
  await b.open(`${base}/${b.page}`);
  await waitFor(b, 'the widget to start', (s) => s.ready);
  await b.click({ text: 'Start now' });
  await waitFor(b, 'the first question', (s) => s.page === 'emergency');
}

async function reachLevel(b, base, level, answers) {
  await start(b, base);
  for (let i = 0; i < 30; i++) {
    const { page: key, card } = await b.js(widgetState);
    if (!key || card) break;
    for (const q of key.split('+')) {
      for (const c of [].concat(answers[q] ?? CLEAR[q] ?? [])) await b.click({ css: `#nlc-${q}-choice-${c}` });
    }
    await b.click({ text: 'Continue' });
    await waitFor(b, `the page after ${key}`, (s) => s.page !== key);
  }
  if (!(await b.js(widgetState)).card) {
    await b.click({ text: 'See my result' }); // check your answers
  }
  const s = await waitFor(b, `the ${level} care card`, (st) => !!st.card);
  if (s.card !== `nlc-care-card--${level}`) throw new Error(`expected nlc-care-card--${level}, got ${s.card}`);
  await b.js(() => document.querySelector('night-leg-cramps').shadowRoot.querySelector('.nlc-care-card').scrollIntoView({ block: 'start' }));
  await settle(b);
  writeFileSync(`${OUT}/${slug(b.name)}-${level}.png`, await b.png());
}

/** The first question page: the unchecked border's contrast (computed and drawn), then a
 *  checkbox focused by keyboard (Tab from the one before it) and ticked (Space): the yellow
 *  halo and the tick are drawn. Returns a note with the measurements. */
async function controls(b, base, label, { themeAttr } = {}) {
  await start(b, base);
  if (themeAttr) {
    await b.js((t) => document.querySelector('night-leg-cramps').setAttribute('theme', t), themeAttr);
    await sleep(100);
  }
  await b.mouseAway();
  const problems = [];
  const { style: u, px, step } = await shoot(b, UNCHECKED);
  if (themeAttr === 'dark' || label.includes('dark')) {
    const bgL = luminance(parseRgb(u.bg).rgb);
    if (bgL > 0.2) problems.push(`expected a dark theme, background is ${u.bg} (prefers dark: ${u.dark}, data-theme ${u.theme})`);
  }
  const bg = parseRgb(u.bg).rgb;
  // Computed: the border CSS draws. With the engine's own (native) look the CSS border is not
  // what is drawn (WebKit draws a light grey box whatever the theme).
  let computed = null;
  if (u.appearance !== 'none') problems.push(`appearance is ${u.appearance}: the engine draws its own control, whatever the theme`);
  if (u.borderStyle !== 'solid' || u.borderWidth < 1) problems.push(`no CSS border (${u.borderStyle} ${u.borderWidth}px)`);
  else {
    computed = contrast(parseRgb(u.border).rgb, bg);
    if (computed < 3) problems.push(`border ${u.border} on ${u.bg}: ${computed.toFixed(2)}:1 (3:1 needed)`);
    const fill = parseRgb(u.fill);
    if (fill.alpha === 1 && contrast(parseRgb(u.border).rgb, fill.rgb) < 3) problems.push(`border ${u.border} on its own fill ${u.fill}: under 3:1`);
  }
  // Drawn: the pixel of the left edge (middle row) that differs most from the background.
  const midY = u.rect.y + u.rect.h / 2;
  let drawn = 1, edge = bg;
  for (let x = u.rect.x - 1; x <= u.rect.x + 3; x += step) {
    const c = px(x, midY);
    const k = contrast(c, bg);
    if (k > drawn) { drawn = k; edge = c; }
  }
  const inside = px(u.rect.x + u.rect.w / 2, midY);
  if (drawn < 3) problems.push(`the border drawn is ${hex(edge)} on ${hex(bg)}: ${drawn.toFixed(2)}:1 (3:1 needed)`);
  let note = `unchecked border: computed ${computed ? `${u.border} ${computed.toFixed(2)}:1` : 'n/a'}, drawn ${hex(edge)} ${drawn.toFixed(2)}:1 on ${hex(bg)}, inside ${hex(inside)}`;

  // Keyboard focus and tick.
  await b.js((prev) => document.querySelector('night-leg-cramps').shadowRoot.querySelector(prev).focus(), '#nlc-emergency-choice-lung-clot');
  await b.key('Tab');
  await b.key('Space');
  const { style: f, px: fpx, buf: shot } = await shoot(b, FOCUSED);
  const s = await b.js(widgetState);
  if (`#${s.active}` !== FOCUSED) problems.push(`Tab did not focus ${FOCUSED} (focus on #${s.active})`);
  if (!f.checked) problems.push('Space did not tick the focused checkbox');
  if (!f.focusVisible) problems.push('the focused checkbox does not match :focus-visible');
  // The halo: focus-yellow pixels in a band up to 8 px around the box.
  let yellow = 0, ring = 0;
  for (let y = f.rect.y - 8; y < f.rect.y + f.rect.h + 8; y++) {
    for (let x = f.rect.x - 8; x < f.rect.x + f.rect.w + 8; x++) {
      if (x >= f.rect.x && x < f.rect.x + f.rect.w && y >= f.rect.y && y < f.rect.y + f.rect.h) continue;
      ring++;
      const c = fpx(x, y);
      if (c.every((v, i) => Math.abs(v - FOCUS_RGB[i]) <= 24)) yellow++;
    }
  }
  if (yellow < ring * 0.2) problems.push(`no focus halo: ${yellow} of ${ring} pixels around the focused checkbox are focus-yellow`);
  // The tick: the inside of a ticked box has two clearly different colours (tick and fill).
  const colours = [];
  for (let y = f.rect.y + f.rect.h * 0.25; y < f.rect.y + f.rect.h * 0.75; y++) {
    for (let x = f.rect.x + f.rect.w * 0.25; x < f.rect.x + f.rect.w * 0.75; x++) colours.push(fpx(x, y));
  }
  let tick = 1;
  for (const c of colours) tick = Math.max(tick, contrast(c, colours[0]));
  if (tick < 3) problems.push(`no tick to see: the inside of the ticked box varies by ${tick.toFixed(2)}:1 at most`);
  note += `; focused: halo ${Math.round((100 * yellow) / ring)}% of the ring, tick ${tick.toFixed(1)}:1 inside`;
  writeFileSync(`${OUT}/${slug(b.name)}-controls-${slug(label)}.png`, shot);
  if (problems.length) throw new Error(`${problems.join('\n')}\n(${note})`);
  return note;
}

const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

// ---------------------------------------------------------------- main
async function session(make, opts, base, plan) {
  let b;
  const label = `${make.name}${opts.dark ? ' (dark)' : ''}`;
  try { b = await make(opts); } catch (e) {
    await check(`${label}: starts`, () => { throw e; });
    return;
  }
  const errors = [];
  const collect = async (step) => { for (const e of await b.errors()) errors.push(`${step}: ${e}`); };
  try {
    for (const [name, fn] of plan) {
      await check(`${b.name}: ${name}`, () => fn(b));
      await collect(name).catch((e) => errors.push(`${name}: cannot read the errors (${e.message})`));
    }
    await check(`${b.name}: no console errors or page errors`, () => {
      if (errors.length) throw new Error(errors.join('\n'));
    });
  } finally {
    await b.close().catch(() => {});
  }
}

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ['firefox', 'webkit'];
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
// The site: a copy of dist/, plus engines.html, index.html with a first script that records
// console errors and page errors (WebKitWebDriver cannot read the console).
cpSync('dist', SITE, { recursive: true });
const logger = `<script>window.__nlcErrors=[];(function(){var e=console.error;console.error=function(){` +
  `window.__nlcErrors.push('console.error: '+[].map.call(arguments,String).join(' '));return e.apply(console,arguments)};` +
  `addEventListener('error',function(v){window.__nlcErrors.push('page error: '+(v.message||'failed to load '+(v.target&&(v.target.src||v.target.href))))},true);` +
  `addEventListener('unhandledrejection',function(v){window.__nlcErrors.push('unhandled rejection: '+v.reason)})})()</script>`;
writeFileSync(`${SITE}/engines.html`, readFileSync('dist/index.html', 'utf8').replace('<head>', `<head>\n${logger}`));

const port = await freePort();
const server = launch(process.execPath, ['scripts/serve.mjs', SITE, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((res, rej) => { server.stdout.once('data', res); server.once('exit', (c) => rej(new Error(`server exited (${c})`))); });
const base = `http://127.0.0.1:${port}`;
const watchdog = setTimeout(() => { console.log('FAIL the layer took over 5 minutes'); stopAll(); process.exit(1); }, 300_000);
for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => { stopAll(); process.exit(1); });

const levels = LEVELS.map(([level, answers]) => [`path to ${level}`, (b) => reachLevel(b, base, level, answers)]);
try {
  if (wanted.includes('firefox')) {
    await session(firefox, {}, base, [
      ...levels,
      ['controls, light', (b) => controls(b, base, 'light')],
      ['controls, theme="dark"', (b) => controls(b, base, 'theme-dark', { themeAttr: 'dark' })],
    ]);
  }
  if (wanted.includes('webkit')) {
    await session(webkit, {}, base, [
      ...levels,
      ['controls, light', (b) => controls(b, base, 'light')],
      ['controls, theme="dark"', (b) => controls(b, base, 'theme-dark', { themeAttr: 'dark' })],
    ]);
    await session(webkit, { dark: true }, base, [
      ['controls, dark (prefers-color-scheme)', (b) => controls(b, base, 'dark')],
      [`path to ${LEVELS[0][0]}`, (b) => reachLevel(b, base, ...LEVELS[0])],
    ]);
  }
} finally {
  clearTimeout(watchdog);
  stopAll();
}
console.log(`\nscreenshots in ${OUT}/ (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
