// The widget keeps its space: starting it does not push the host page's content down
// (Cumulative Layout Shift, measured with the Layout Instability API as Lighthouse does, shifts
// right after input excluded). The single file is held back for a moment, as on a slow
// network, so the page is painted first with only the host's fallback text.
import { test, expect } from '@playwright/test';
import { HOSTS } from '../../playwright.config.mjs';
import { ready } from './helpers.mjs';

const CLS_MAX = 0.05;

/** Loads `url` at `width` (the file delayed by `delayMs`) and returns the page's CLS once the
 *  widget has rendered its first screen. */
async function cls(page, url, width, lang, delayMs = 400) {
  await page.setViewportSize({ width, height: width < 600 ? 640 : 800 });
  if (lang) {
    // The same page with the element in another language (Spanish is about an eighth longer).
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('<night-leg-cramps lang="en"', `<night-leg-cramps lang="${lang}"`);
      await route.fulfill({ response, body });
    });
  }
  await page.route('**/night-leg-cramps.js', async (route) => {
    const response = await route.fetch();
    await new Promise((r) => setTimeout(r, delayMs));
    await route.fulfill({ response });
  });
  await page.addInitScript(() => {
    window.__cls = 0;
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__cls += e.value;
        window.__shifts.push({ value: e.value, sources: (e.sources || []).map((s) => `${s.node?.nodeName ?? '?'} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await ready(page);
  // Two frames, so a shift of the first render has been reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(200);
  return page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts }));
}

const PAGES = [
  ['the demo page', '/index.html'],
  ['a host page with content below the widget', `${HOSTS}/below.html`],
  ['a host page with content below the widget, in Spanish', `${HOSTS}/below.html`, 'es'],
];
for (const [name, url, lang] of PAGES) {
  for (const width of [320, 1280]) {
    test(`layout: starting the guide shifts ${name} by CLS ≤ ${CLS_MAX} at ${width} px`, async ({ page }) => {
      const { cls: score, shifts } = await cls(page, url, width, lang);
      console.log(`CLS ${name} @${width}px: ${score.toFixed(4)}`);
      expect(score, `layout shifts: ${JSON.stringify(shifts, null, 1)}`).toBeLessThanOrEqual(CLS_MAX);
    });
  }
}
