// Every reachable state of the widget (start, each panel, each question, each question's
// error, check your answers, every outcome) in every language, at 320 px and 1280 px, light
// and dark: zero axe violations, no horizontal scroll, every interactive target at least
// 24 x 24 CSS px.
import { test, expect } from '@playwright/test';
import { widget, expectNoAxeViolations, answerAll, openIn, WORDS } from './helpers.mjs';

async function checkLayout(page, state) {
  const width = page.viewportSize().width;
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scroll, `horizontal scroll on ${state}`).toBeLessThanOrEqual(width);
  const small = await widget(page).evaluate((host) => {
    const out = [];
    for (const el of host.shadowRoot.querySelectorAll('a, button, input, select, summary, [tabindex]:not([tabindex="-1"])')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not rendered (e.g. print-only)
      if (r.width < 24 || r.height < 24) out.push(`${el.tagName} "${el.textContent.trim().slice(0, 40)}" ${r.width.toFixed(1)}x${r.height.toFixed(1)}`);
    }
    return out;
  });
  expect(small, `targets under 24x24 on ${state}`).toEqual([]);
}

async function visit(page, state) {
  await checkLayout(page, state);
  await expectNoAxeViolations(page, state);
}

for (const [lang, t] of Object.entries(WORDS)) for (const width of [320, 1280]) {
  for (const scheme of ['light', 'dark']) {
    test.describe(`${lang} ${width}px ${scheme}`, () => {
      test.use({ viewport: { width, height: 800 }, colorScheme: scheme });

      test('start and every panel', async ({ page }) => {
        await openIn(page, lang);
        await visit(page, 'start');
        const panels = await widget(page).locator('.nlc-info-nav button').allTextContents();
        expect(panels.length).toBe(8);
        for (const name of panels) {
          await widget(page).locator('.nlc-info-nav').getByRole('button', { name, exact: true }).click();
          await expect(widget(page).getByRole('heading', { level: 1 })).toHaveText(name);
          await visit(page, `panel ${name}`);
          await widget(page).getByRole('button', { name: t.backToStart }).click();
        }
      });

      test('a cramp now: each muscle, keep going, eased, and the outcome at 10 minutes', async ({ page }) => {
        await page.clock.install();
        await openIn(page, lang);
        const w = widget(page);
        await w.getByRole('button', { name: t.crampNow }).click();
        await visit(page, 'relief, no muscle picked');
        for (const muscle of t.muscles) {
          await w.getByRole('button', { name: muscle, exact: true }).click();
          await visit(page, `relief, ${muscle}`);
        }
        await w.getByRole('button', { name: t.notEasing }).click();
        await expect(w.locator('.nlc-relief__keep-going')).not.toBeEmpty();
        await visit(page, 'relief, keep going');
        await page.clock.runFor(10 * 60_000);
        await expect(w.locator('.nlc-care-card--urgent')).toBeVisible();
        await visit(page, 'relief, urgent outcome');
        await w.getByRole('button', { name: t.backToStretches }).click();
        await w.getByRole('button', { name: t.eased }).click();
        await visit(page, 'relief, eased');
      });

      test('every question, its error, check your answers and every outcome', async ({ page }) => {
        test.slow(); // about 30 axe runs

        await openIn(page, lang);
        await widget(page).getByRole('button', { name: t.start }).click();
        const seen = [];
        await answerAll(page, {}, async (q) => {
          seen.push(q);
          await visit(page, `question ${q}`);
          await widget(page).getByRole('button', { name: t.continue }).click();
          await expect(widget(page).locator('.nlc-error-summary')).toBeVisible();
          await visit(page, `error ${q}`);
        });
        expect(seen.length).toBe(7); // pages, not questions: at most 10 screens in all
        await expect(widget(page).getByRole('heading', { level: 1 })).toHaveText(t.check);
        await visit(page, 'check your answers');
        await widget(page).getByRole('button', { name: t.confirm }).click();
        await expect(widget(page).locator('.nlc-care-card--self-care')).toBeVisible();
        await visit(page, 'self-care outcome');

        for (const [level, answers, confirm] of [
          ['emergency', { emergency: ['blocked-artery'] }, false],
          ['urgent', { 'leg-signs': ['wound'] }, false],
          ['urgent', { emergency: ['not-sure'] }, false],
          ['routine', { feeling: 'urge-to-move', medicines: ['quinine', 'diuretic'], conditions: ['kidney'] }, true],
        ]) {
          await widget(page).getByRole('button', { name: t.restart }).click();
          await widget(page).getByRole('button', { name: t.start }).click();
          await answerAll(page, answers);
          if (confirm) await widget(page).getByRole('button', { name: t.confirm }).click();
          await expect(widget(page).locator(`.nlc-care-card--${level}`)).toBeVisible();
          await visit(page, `${level} outcome`);
        }
      });
    });
  }
}
