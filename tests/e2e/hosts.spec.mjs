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
  await answerAll(page, { 'one-leg-swollen': 'yes' });
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
