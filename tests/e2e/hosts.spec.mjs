// The single file on host pages we do not control: hostile CSS, a strict CSP with Trusted
// Types, a CSP that forbids WebAssembly, two instances, and removing and re-adding the element.
import { test, expect } from '@playwright/test';
import { HOSTS } from '../../playwright.config.mjs';
import { ready, expectNoAxeViolations, answerAll, emergencyPath } from './helpers.mjs';

/** Fraction of pixels that differ between two PNG screenshots (compared in the browser). */
async function pixelDiff(page, a, b) {
  return page.evaluate(async ([a, b]) => {
    const load = (src) => new Promise((ok) => { const i = new Image(); i.onload = () => ok(i); i.src = `data:image/png;base64,${src}`; });
    const [ia, ib] = await Promise.all([load(a), load(b)]);
    // Sub-pixel placement on the host page can round the element's box by a pixel.
    if (Math.abs(ia.width - ib.width) > 2 || Math.abs(ia.height - ib.height) > 2) return { size: [ia.width, ia.height, ib.width, ib.height], diff: 1 };
    const w = Math.min(ia.width, ib.width), h = Math.min(ia.height, ib.height);
    const data = (img) => { const c = new OffscreenCanvas(w, h); const x = c.getContext('2d'); x.drawImage(img, 0, 0); return x.getImageData(0, 0, w, h).data; };
    const [da, db] = [data(ia), data(ib)];
    // Best alignment within one pixel vertically (the rounding above).
    let best = 1;
    for (const dy of [-1, 0, 1]) {
      let n = 0;
      for (let y = 1; y < h - 1; y++) {
        for (let x = 0; x < w; x++) {
          const i = (y * w + x) * 4, j = ((y + dy) * w + x) * 4;
          if (Math.abs(da[i] - db[j]) + Math.abs(da[i + 1] - db[j + 1]) + Math.abs(da[i + 2] - db[j + 2]) > 30) n++;
        }
      }
      best = Math.min(best, n / (w * (h - 2)));
    }
    return { diff: best };
  }, [a.toString('base64'), b.toString('base64')]);
}

test('hostile CSS: the widget looks as on a plain page (size within 2 px, under 1% of pixels differ) and works', async ({ page }) => {
  const shot = async (url) => {
    await page.goto(url);
    await ready(page);
    return page.locator('night-leg-cramps .nlc').screenshot();
  };
  const plain = await shot(`${HOSTS}/plain.html`);
  const hostile = await shot(`${HOSTS}/hostile.html`);
  await page.screenshot({ path: 'test-results/hostile-page.png', fullPage: true });
  const { diff, size } = await pixelDiff(page, plain, hostile);
  expect(size, 'same size').toBeUndefined();
  expect(diff, 'fraction of pixels that differ').toBeLessThan(0.01);
  const w = page.locator('night-leg-cramps');
  await emergencyPath(w);
  await expectNoAxeViolations(page, 'hostile page outcome');
});

test('strict CSP with Trusted Types: works with no violation', async ({ page }) => {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy|TrustedHTML|Trusted Type/i.test(m.text())) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(`${HOSTS}/strict-csp.html`);
  expect(response.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
  await ready(page);
  const w = page.locator('night-leg-cramps');
  await w.getByRole('button', { name: 'Start now' }).click();
  await answerAll(page, { 'leg-signs': ['dvt'] });
  await expect(w.locator('.nlc-care-card--urgent')).toBeVisible();
  await expect(w.locator('.nlc-worried')).toContainText('112');
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(problems).toEqual([]);
});

test('a CSP that forbids WebAssembly shows the static fallback with emergency advice', async ({ page }) => {
  await page.goto(`${HOSTS}/no-wasm.html`);
  const w = page.locator('night-leg-cramps');
  await expect(w.locator('.nlc-fallback')).toBeVisible();
  await expect(w.locator('.nlc-fallback')).toContainText('emergency number');
  // The host's own light-DOM fallback stays visible too.
  await expect(page.locator('night-leg-cramps > p')).toBeVisible();
  await expectNoAxeViolations(page, 'fallback');
});

test('two instances with different languages and regions are independent', async ({ page }) => {
  await page.goto(`${HOSTS}/two.html`);
  const us = page.locator('#us');
  const uk = page.locator('#uk');
  await expect(us.locator('.nlc')).toBeVisible();
  await expect(uk.locator('.nlc')).toBeVisible();
  await expect(uk.locator('.nlc')).toHaveAttribute('data-theme', 'dark');
  await emergencyPath(us);
  await expect(us.locator('a[href="tel:911"]').first()).toBeVisible();
  // The other one has not moved, and has its own numbers.
  await expect(uk.getByRole('button', { name: 'Start now' })).toBeVisible();
  await expect(uk.locator('a[href="tel:999"]')).toBeVisible();
  await expect(uk.locator('a[href="tel:911"]')).toHaveCount(0);
  await emergencyPath(uk);
  await expectNoAxeViolations(page, 'two outcomes');
});

test('host events carry ids and levels only; unknown attribute values warn once and fall back', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.addInitScript(() => {
    window.__events = [];
    for (const kind of ['started', 'step', 'outcome', 'restarted']) {
      document.addEventListener(`nlc-${kind}`, (e) => window.__events.push([kind, e.detail]));
    }
  });
  await page.goto(`${HOSTS}/plain.html`);
  await ready(page);
  await page.evaluate(() => document.querySelector('night-leg-cramps').setAttribute('events', 'steps'));
  await page.evaluate(() => document.querySelector('night-leg-cramps').setAttribute('region', 'atlantis'));
  await page.evaluate(() => document.querySelector('night-leg-cramps').setAttribute('theme', 'neon'));
  const w = page.locator('night-leg-cramps');
  await expect(w.locator('.nlc-worried')).toContainText('local emergency number');
  await emergencyPath(w);
  await w.getByRole('button', { name: 'Start again' }).click();
  const events = await page.evaluate(() => window.__events);
  const kinds = events.map(([k]) => k);
  expect(kinds).toContain('started');
  expect(kinds).toContain('restarted');
  expect(events).toContainEqual(['outcome', { step: 'outcome:emergency', level: 'emergency' }]);
  expect(events.some(([k, d]) => k === 'step' && /^question:[a-z0-9-]+$/.test(d.step))).toBe(true);
  for (const [, detail] of events) {
    expect(Object.keys(detail).every((k) => k === 'step' || k === 'level')).toBe(true);
  }
  const regionWarnings = warnings.filter((t) => t.includes('region="atlantis"'));
  expect(regionWarnings).toHaveLength(1);
  expect(regionWarnings[0]).toContain('us, uk, eu, au');
  expect(warnings.filter((t) => t.includes('theme="neon"'))).toHaveLength(1);
  // The start attribute moves the widget to a panel.
  await page.evaluate(() => document.querySelector('night-leg-cramps').setAttribute('start', 'quinine'));
  await expect(w.getByRole('heading', { level: 1 })).toHaveText('Quinine');
  // A change made by the host does not pull focus into the widget.
  expect(await page.evaluate(() => document.querySelector('night-leg-cramps').shadowRoot.activeElement)).toBeNull();
});

test('events are private by default: a host hears steps or outcomes only when it asks', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.addInitScript(() => {
    window.__events = [];
    for (const kind of ['ready', 'started', 'step', 'outcome', 'restarted']) {
      document.addEventListener(`nlc-${kind}`, (e) => window.__events.push(kind));
    }
  });
  const run = async (events) => {
    await page.goto(`${HOSTS}/plain.html`);
    await ready(page);
    await page.evaluate((v) => {
      window.__events = [];
      if (v !== null) document.querySelector('night-leg-cramps').setAttribute('events', v);
    }, events);
    const w = page.locator('night-leg-cramps');
    await emergencyPath(w);
    await w.getByRole('button', { name: 'Start again' }).click();
    return [...new Set(await page.evaluate(() => window.__events))].sort();
  };
  // Nothing set, "none", or a value it does not know: nothing about the person's path.
  expect(await run(null)).toEqual([]);
  expect(await run('none')).toEqual([]);
  expect(await run('all')).toEqual([]);
  expect(warnings.filter((t) => t.includes('events="all"') && t.includes('none, outcome, steps'))).toHaveLength(1);
  // "outcome": started, the care level, restarted; never which questions were shown.
  expect(await run('outcome')).toEqual(['outcome', 'restarted', 'started']);
  expect(await run('steps')).toEqual(['outcome', 'restarted', 'started', 'step']);
});

test('hosts theme the brand through custom properties; urgency colours stay fixed', async ({ page }) => {
  await page.goto(`${HOSTS}/plain.html`);
  await ready(page);
  await page.addStyleTag({ content: 'night-leg-cramps { --nlc-brand: rgb(107, 44, 145); --nlc-radius: 0px; --nlc-font: serif; }' });
  const w = page.locator('night-leg-cramps');
  const start = w.getByRole('button', { name: 'Start now' });
  await expect(start).toHaveCSS('background-color', 'rgb(107, 44, 145)');
  await expect(start).toHaveCSS('border-radius', '0px');
  await page.addStyleTag({ content: 'night-leg-cramps { --nlc-card: rgb(0, 255, 0); }' });
  await emergencyPath(w);
  await expect(w.locator('.nlc-care-card__heading-container')).toHaveCSS('background-color', 'rgb(179, 38, 30)');
});

// ---------------------------------------------------------------- never a blank box

/** Makes DOM insertions inside any shadow root throw while `window.__breakWidget` is true,
 *  as a broken host script might: Yew cannot insert a node and panics. */
const breakInsertions = (on) => {
  window.__breakWidget = on;
  const insertBefore = Node.prototype.insertBefore;
  Node.prototype.insertBefore = function (...args) {
    if (window.__breakWidget && this.getRootNode() instanceof ShadowRoot) throw new Error('a host script broke the DOM');
    return insertBefore.apply(this, args);
  };
};

const countReady = () => {
  window.__ready = 0;
  document.addEventListener('nlc-ready', () => window.__ready++);
};

test('a panic during the first render: the host content stays, no nlc-ready, the static advice shows', async ({ page }) => {
  await page.addInitScript(breakInsertions, true);
  await page.addInitScript(countReady);
  await page.goto(`${HOSTS}/plain.html`);
  const w = page.locator('night-leg-cramps');
  await expect(w.locator('.nlc-fallback')).toBeVisible();
  await expect(w.locator('.nlc-fallback')).toContainText('could not start');
  await expect(page.locator('night-leg-cramps > p')).toBeVisible();
  expect(await page.evaluate(() => window.__ready)).toBe(0);
});

test('a panic midway: every widget, present and future, shows the static advice; it says the guide stopped and keeps the last result', async ({ page }) => {
  await page.addInitScript(breakInsertions, false);
  await page.addInitScript(countReady);
  await page.goto(`${HOSTS}/two.html`);
  const us = page.locator('#us');
  const uk = page.locator('#uk');
  await expect(uk.locator('.nlc')).toBeVisible();
  await emergencyPath(us);
  const heading = await us.locator('.nlc-care-card__heading').textContent();
  // The host script breaks the DOM; the next screen cannot render.
  await page.evaluate(() => { window.__breakWidget = true; });
  await us.getByRole('button', { name: 'Start again' }).click();
  for (const w of [us, uk]) {
    await expect(w.locator('.nlc-fallback')).toBeVisible();
    await expect(w.locator('.nlc-fallback')).toContainText('stopped');
    await expect(w.locator('.nlc-fallback')).toContainText('emergency number');
  }
  const last = (await us.locator('.nlc-fallback__last').textContent()).replace(/^Your last result was: /, '').replace(/\.$/, '');
  expect(last.length).toBeGreaterThan(5);
  expect(heading).toContain(last);
  await expect(uk.locator('.nlc-fallback__last')).toHaveCount(0);
  // A widget added later does not mount on the broken instance: static advice, host content kept.
  await page.evaluate(() => { window.__breakWidget = false; });
  const readyBefore = await page.evaluate(() => window.__ready);
  await page.evaluate(() => {
    const el = document.createElement('night-leg-cramps');
    el.id = 'later';
    const p = document.createElement('p');
    p.textContent = 'Host advice: call 999 in an emergency.';
    el.append(p);
    document.querySelector('main').append(el);
  });
  const later = page.locator('#later');
  await expect(later.locator('.nlc-fallback')).toBeVisible();
  await expect(later.locator('p', { hasText: 'Host advice' })).toBeVisible();
  expect((await later.boundingBox()).height).toBeGreaterThan(100);
  expect(await page.evaluate(() => window.__ready)).toBe(readyBefore);
  await expectNoAxeViolations(page, 'fallback after a panic');
});

test('without DecompressionStream (Safari < 16.4, Firefox < 113) the full widget runs; without WebAssembly, the static advice', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript('delete window.DecompressionStream');
  await page.goto(`${HOSTS}/plain.html`);
  await ready(page);
  await emergencyPath(page.locator('night-leg-cramps'));
  expect(errors).toEqual([]);

  const page2 = await page.context().newPage();
  page2.on('pageerror', (e) => errors.push(e.message));
  await page2.addInitScript('delete window.DecompressionStream; delete window.WebAssembly');
  await page2.goto(`${HOSTS}/plain.html`);
  await expect(page2.locator('night-leg-cramps .nlc-fallback')).toBeVisible();
  await expect(page2.locator('night-leg-cramps > p')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the host can hide the element: its CSS, an inline style, the hidden attribute, print rules; on the hostile page too', async ({ page }) => {
  for (const url of [`${HOSTS}/plain.html`, `${HOSTS}/hostile.html`]) {
    await page.goto(url);
    await ready(page);
    const w = page.locator('night-leg-cramps');
    const hidden = async (how) => {
      await expect(w, how).toBeHidden();
      expect(await w.boundingBox(), how).toBeNull();
    };
    await page.evaluate(() => { document.querySelector('night-leg-cramps').style.display = 'none'; });
    await hidden('inline style (jQuery .hide(), Vue v-show)');
    await page.evaluate(() => { document.querySelector('night-leg-cramps').style.display = ''; });
    await expect(w.locator('.nlc')).toBeVisible();
    await page.evaluate(() => { document.querySelector('night-leg-cramps').hidden = true; });
    await hidden('hidden attribute');
    await page.evaluate(() => { document.querySelector('night-leg-cramps').hidden = false; });
    await expect(w.locator('.nlc')).toBeVisible();
    const style = await page.addStyleTag({ content: '.hide-it { display: none; }' });
    await page.evaluate(() => document.querySelector('night-leg-cramps').classList.add('hide-it'));
    await hidden('host stylesheet');
    await page.evaluate(() => document.querySelector('night-leg-cramps').classList.remove('hide-it'));
    await style.evaluate((s) => s.remove());
    await expect(w.locator('.nlc')).toBeVisible();
    await page.addStyleTag({ content: '@media print { night-leg-cramps { display: none; } }' });
    await page.emulateMedia({ media: 'print' });
    await hidden('print rule');
    await page.emulateMedia({ media: 'screen' });
    await expect(w.locator('.nlc')).toBeVisible();
  }
});

test('moving the element (appendChild, insertBefore, moveBefore, another parent) keeps the person\'s place; a real removal frees it', async ({ page }) => {
  await page.goto(`${HOSTS}/plain.html`);
  await ready(page);
  const w = page.locator('night-leg-cramps');
  await w.getByRole('button', { name: 'Start now' }).click();
  const question = await w.locator('h1').textContent();
  const moves = {
    append: (el) => el.parentNode.appendChild(el),
    insertBefore: (el) => el.parentNode.insertBefore(el, el.parentNode.firstChild),
    anotherParent: (el) => { const s = document.createElement('section'); document.body.append(s); s.append(el); },
    moveBefore: (el) => (el.parentNode.moveBefore ? el.parentNode.moveBefore(el, null) : el.parentNode.append(el)),
  };
  for (const name of Object.keys(moves)) {
    await page.evaluate(async (name) => {
      const el = document.querySelector('night-leg-cramps');
      ({
        append: (el) => el.parentNode.appendChild(el),
        insertBefore: (el) => el.parentNode.insertBefore(el, el.parentNode.firstChild),
        anotherParent: (el) => { const s = document.createElement('section'); document.body.append(s); s.append(el); },
        moveBefore: (el) => (el.parentNode.moveBefore ? el.parentNode.moveBefore(el, null) : el.parentNode.append(el)),
      })[name](el);
      await new Promise((r) => setTimeout(r, 50));
    }, name);
    await expect(w.locator('h1'), name).toHaveText(question);
    await expect(w.getByRole('button', { name: 'Start now' }), name).toHaveCount(0);
  }
  expect(await page.evaluate(() => customElements.get('night-leg-cramps').liveCount())).toBe(1);
  const after = await page.evaluate(async () => {
    const el = document.querySelector('night-leg-cramps');
    el.remove();
    await new Promise((r) => setTimeout(r, 0));
    return { live: customElements.get('night-leg-cramps').liveCount(), children: el.shadowRoot.childNodes.length };
  });
  expect(after).toEqual({ live: 0, children: 0 });
});

test('2,000 mounts and real removals: DOM nodes, listeners and wasm memory come back to where they started', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(`${HOSTS}/plain.html`);
  await ready(page);
  const cdp = await page.context().newCDPSession(page);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    return {
      nodes,
      listeners: jsEventListeners,
      live: await page.evaluate(() => customElements.get('night-leg-cramps').liveCount()),
      wasm: await page.evaluate(() => customElements.get('night-leg-cramps').wasmMemoryBytes()),
    };
  };
  // Each cycle really removes the element (waits a task), and every other cycle uses a new
  // element, as single-page apps do. The widget is used a little in between.
  const cycle = (n) => page.evaluate(async (n) => {
    let el = document.querySelector('night-leg-cramps');
    const parent = el.parentNode;
    for (let i = 0; i < n; i++) {
      el.remove();
      await new Promise((r) => setTimeout(r, 0));
      if (i % 2) {
        const fresh = document.createElement('night-leg-cramps');
        for (const a of el.attributes) fresh.setAttribute(a.name, a.value);
        fresh.append(...el.childNodes);
        el = fresh;
      }
      const ready = new Promise((r) => el.addEventListener('nlc-ready', r, { once: true }));
      parent.appendChild(el);
      await ready;
      el.shadowRoot.querySelector('button.nlc-button')?.click();
    }
  }, n);
  await cycle(20);
  const before = await measure();
  await cycle(2000);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  const after = await measure();
  console.log('before', before, 'after 2,000 cycles', after);
  expect(after.live).toBe(1);
  expect(after.nodes).toBeLessThanOrEqual(before.nodes);
  expect(after.listeners).toBeLessThanOrEqual(before.listeners);
  expect(after.wasm - before.wasm).toBeLessThanOrEqual(128 * 1024);
  // Still works.
  await page.locator('night-leg-cramps').getByRole('button', { name: 'Start again' }).count();
  await page.evaluate(async () => {
    const el = document.querySelector('night-leg-cramps');
    el.remove();
    await new Promise((r) => setTimeout(r, 0));
    document.querySelector('main').append(el);
  });
  await ready(page);
  await emergencyPath(page.locator('night-leg-cramps'));
});

test('adopted into an iframe\'s document, the widget keeps its place and its styles', async ({ page }) => {
  await page.goto(`${HOSTS}/plain.html`);
  await ready(page);
  const w = page.locator('night-leg-cramps');
  await w.getByRole('button', { name: 'Start now' }).click();
  const question = await w.locator('h1').textContent();
  const styles = await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '600px';
    frame.style.height = '900px';
    document.body.append(frame);
    await new Promise((r) => setTimeout(r, 0));
    const doc = frame.contentDocument;
    doc.body.append(doc.adoptNode(document.querySelector('night-leg-cramps')));
    await new Promise((r) => setTimeout(r, 50));
    const el = doc.querySelector('night-leg-cramps');
    const button = el.shadowRoot.querySelector('.nlc-button');
    const cs = doc.defaultView.getComputedStyle(button);
    return { background: cs.backgroundColor, h1: el.shadowRoot.querySelector('h1').textContent, sheets: el.shadowRoot.adoptedStyleSheets.length };
  });
  expect(styles).toEqual({ background: 'rgb(0, 94, 184)', h1: question, sheets: 1 });
});

test('bad attribute values do not grow memory: 5,000 distinct unknown values', async ({ page }) => {
  await page.goto(`${HOSTS}/plain.html`);
  await ready(page);
  const grow = (round) => page.evaluate(async (round) => {
    const el = document.querySelector('night-leg-cramps');
    const before = customElements.get('night-leg-cramps').wasmMemoryBytes();
    for (let i = 0; i < 5000; i++) {
      el.setAttribute('region', `nowhere-${round}-${i}-${'x'.repeat(200)}`);
      if (i % 100 === 0) await new Promise((r) => setTimeout(r, 0));
    }
    await new Promise((r) => setTimeout(r, 50));
    return customElements.get('night-leg-cramps').wasmMemoryBytes() - before;
  }, round);
  await grow(1); // first use may grow the allocator's pools
  expect(await grow(2)).toBeLessThanOrEqual(64 * 1024);
  await page.evaluate(() => document.querySelector('night-leg-cramps').setAttribute('region', 'us'));
  await expect(page.locator('night-leg-cramps a[href="tel:911"]').first()).toBeVisible();
});

test('a host console that throws cannot break the widget', async ({ page }) => {
  await page.addInitScript(() => {
    for (const k of ['warn', 'error', 'log', 'info']) console[k] = () => { throw new Error(`host console.${k} broke`); };
  });
  await page.goto(`${HOSTS}/plain.html`);
  await ready(page);
  const w = page.locator('night-leg-cramps');
  await page.evaluate(() => document.querySelector('night-leg-cramps').setAttribute('region', 'atlantis'));
  await page.evaluate(() => document.querySelector('night-leg-cramps').setAttribute('region', 'us'));
  await expect(w.locator('a[href="tel:911"]').first()).toBeVisible();
  await emergencyPath(w);
});

/** Font sizes of the widget's text, for the person's default text size `standard`. */
async function fontSizes(page, url, standard) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard } });
  await page.goto(url);
  await ready(page);
  return page.evaluate(() => {
    const root = document.querySelector('night-leg-cramps').shadowRoot;
    const px = (sel) => parseFloat(getComputedStyle(root.querySelector(sel)).fontSize);
    return { base: px('.nlc'), heading: px('h1') };
  });
}

test('text follows the person\'s default text size, whatever the host page\'s root size', async ({ page }) => {
  const normal = await fontSizes(page, `${HOSTS}/plain.html`, 16);
  expect(normal.base).toBe(18);
  const large = await fontSizes(page, `${HOSTS}/plain.html`, 32);
  expect(large.base).toBe(36);
  expect(large.heading).toBeCloseTo(normal.heading * 2, 0);
  // The hostile page sets html { font-size: 40px }: it changes nothing.
  const hostile = await fontSizes(page, `${HOSTS}/hostile.html`, 16);
  expect(hostile).toEqual(normal);
});

test('nothing clips at 320 px wide, with --nlc-font-size: 24px or at 200% text size', async ({ context }) => {
  test.setTimeout(120_000);
  const clipped = (page) => page.evaluate(() => {
    const host = document.querySelector('night-leg-cramps');
    const right = host.getBoundingClientRect().right;
    const out = [];
    for (const el of host.shadowRoot.querySelectorAll('*')) {
      if (el.closest('.nlc-visually-hidden')) continue; // clipped on purpose (screen readers only)
      const r = el.getBoundingClientRect();
      if (r.width && r.right > right + 0.5) out.push(`${el.tagName}.${el.className} ends at ${r.right} > ${right}`);
      if (el.clientWidth && el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName}.${el.className} scrollWidth ${el.scrollWidth} > ${el.clientWidth}`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth}`);
    return out.slice(0, 10);
  });
  for (const [name, setup] of [
    ['--nlc-font-size: 24px', (page) => page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => document.querySelector('night-leg-cramps')?.style.setProperty('--nlc-font-size', '24px')))],
    ['200% text size', async (page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    }],
  ]) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await setup(page);
    for (const start of ['', 'questionnaire', 'get-help', 'causes', 'medicines', 'quinine', 'relief', 'prevention', 'rls', 'overview']) {
      await page.goto(`${HOSTS}/plain.html`);
      await ready(page);
      if (start) await page.locator('night-leg-cramps').evaluate((el, s) => el.setAttribute('start', s), start);
      await page.waitForTimeout(50);
      expect(await clipped(page), `${name}, start=${start || 'start screen'}`).toEqual([]);
    }
    await page.goto(`${HOSTS}/plain.html`);
    await ready(page);
    await emergencyPath(page.locator('night-leg-cramps'));
    expect(await clipped(page), `${name}, emergency outcome`).toEqual([]);
    await page.screenshot({ path: `test-results/320px-${name.replace(/[^a-z0-9]+/gi, '-')}.png`, fullPage: true });
    await page.close();
  }
});

test('two versions of the file on one page: no error, the first wins, one warning names both', async ({ page }) => {
  const { readFileSync } = await import('node:fs');
  // The stamp scripts/build puts in (Cargo.toml's version), replaced in a copy.
  const ours = JSON.parse(readFileSync('Cargo.toml', 'utf8').match(/\[workspace\.package\][^[]*?\nversion = ("[^"]+")/)[1]);
  const js = readFileSync('dist/night-leg-cramps.js', 'utf8');
  expect(js.split(JSON.stringify(ours)).length - 1, 'the version stamp appears once').toBe(1);
  const other = '9.9.9-other';
  await page.route('**/night-leg-cramps-other-version.js', (r) => r.fulfill({
    body: js.replaceAll(JSON.stringify(ours), JSON.stringify(other)),
    contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' },
  }));
  const messages = [];
  page.on('console', (m) => messages.push([m.type(), m.text()]));
  page.on('pageerror', (e) => messages.push(['pageerror', e.message]));
  await page.goto(`${HOSTS}/two-versions.html`);
  await ready(page);
  expect(await page.evaluate(() => customElements.get('night-leg-cramps').version)).toBe(ours);
  const w = page.locator('night-leg-cramps');
  await emergencyPath(w);
  await expect(w.locator('a[href="tel:999"]').first()).toBeVisible();
  const warnings = messages.filter(([t]) => t === 'warning');
  expect(warnings).toHaveLength(1);
  expect(warnings[0][1]).toContain(ours);
  expect(warnings[0][1]).toContain(other);
  expect(messages.filter(([t]) => t === 'error' || t === 'pageerror')).toEqual([]);
});
