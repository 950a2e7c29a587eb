// A cramp happening now (CLINICAL.md §4 rule 10): the start screen's shortcut opens the relief
// mode. Every muscle, "It has eased", "It is not easing" before and after 10 minutes, the
// timer driven by Playwright's fake clock (no real waiting), the screen wake lock, the polite
// live region that speaks once a minute, and reduced motion.
import { test, expect } from '@playwright/test';
import { widget, ready, focused } from './helpers.mjs';

const MUSCLES = {
  Calf: 'Straighten your leg.',
  Foot: 'Pull your foot and toes up toward your head',
  'Front of the thigh': 'pull your heel toward your bottom',
  'Back of the thigh': 'Lean gently forward',
};

// Records wake lock requests and releases (the headless browser has no screen to keep on).
const FAKE_WAKE_LOCK = () => {
  window.wakeLog = [];
  Object.defineProperty(navigator, 'wakeLock', {
    configurable: true,
    value: {
      request: async (type) => {
        window.wakeLog.push(`request ${type}`);
        return { release: async () => { window.wakeLog.push('release'); } };
      },
    },
  });
};

async function openRelief(page) {
  await page.goto('/index.html');
  await ready(page);
  await widget(page).getByRole('button', { name: 'Having a cramp right now? See what helps' }).click();
  await expect(widget(page).getByRole('heading', { level: 1 })).toHaveText('Easing a cramp now');
}

const ago = (page) => widget(page).locator('.nlc-relief__ago');
const clock = (page) => widget(page).locator('.nlc-relief__clock');

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('each muscle shows its own stretch; the picked one is pressed', async ({ page }) => {
  await openRelief(page);
  expect((await focused(page)).tag).toBe('h1');
  const w = widget(page);
  for (const [muscle, step] of Object.entries(MUSCLES)) {
    await w.getByRole('button', { name: muscle, exact: true }).click();
    await expect(w.getByRole('button', { name: muscle, exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(w.locator('.nlc-relief__steps h2')).toHaveText(muscle);
    await expect(w.locator('.nlc-relief__steps')).toContainText(step);
    for (const other of Object.keys(MUSCLES).filter((m) => m !== muscle)) {
      await expect(w.getByRole('button', { name: other, exact: true })).toHaveAttribute('aria-pressed', 'false');
    }
  }
  // Whatever the muscle: the steps that help any cramp, and the injury warning.
  await expect(w.getByRole('heading', { name: 'These may help too' })).toBeVisible();
  await expect(w.getByText('stop stretching it. Call 911 now.')).toBeVisible();
  // The relief mode's own panels are not among the information panels.
  await expect(w.locator('.nlc-info-nav')).not.toContainText('Back of the thigh');
});

test('the timer counts from the start and speaks once a minute, never every second', async ({ page }) => {
  await openRelief(page);
  await expect(clock(page)).toHaveText('0:00');
  await expect(clock(page)).toHaveAttribute('aria-hidden', 'true');
  await expect(ago(page)).toHaveAttribute('aria-live', 'polite');
  await expect(ago(page)).toHaveText('Just now');
  // Record every change of the live region's text while 3 minutes pass.
  await widget(page).evaluate((host) => {
    window.spoken = [];
    const region = host.shadowRoot.querySelector('.nlc-relief__ago');
    new MutationObserver(() => window.spoken.push(region.textContent)).observe(region, { subtree: true, characterData: true, childList: true });
  });
  for (let s = 0; s < 185; s += 5) await page.clock.runFor(5_000);
  await expect(clock(page)).toHaveText('3:05');
  await expect(ago(page)).toHaveText('About 3 minutes ago');
  const spoken = [...new Set(await page.evaluate(() => window.spoken))];
  expect(spoken).toEqual(['About 1 minute ago', 'About 2 minutes ago', 'About 3 minutes ago']);
});

test('"It has eased" ends with prevention and an offer to answer the questions', async ({ page }) => {
  await openRelief(page);
  const w = widget(page);
  await w.getByRole('button', { name: 'Calf', exact: true }).click();
  await page.clock.runFor(90_000);
  await w.getByRole('button', { name: 'It has eased' }).click();
  await expect(w.getByRole('heading', { level: 1 })).toHaveText('Good, the cramp has eased');
  expect((await focused(page)).tag).toBe('h1');
  await expect(w.getByRole('heading', { name: 'Preventing cramps' })).toBeVisible();
  await expect(w.getByText('so your pee is pale yellow')).toBeVisible();
  // Nothing ticks on after it eased: 20 minutes later, no urgent outcome.
  await page.clock.runFor(20 * 60_000);
  await expect(w.locator('.nlc-care-card')).toHaveCount(0);
  await w.getByRole('button', { name: 'Answer the questions' }).click();
  await expect(w.getByRole('heading', { level: 1 })).toContainText('any of these right now');
});

test('at 10 minutes without easing: the urgent outcome, its reason and safety-netting', async ({ page }) => {
  await openRelief(page);
  const w = widget(page);
  await page.clock.runFor(9 * 60_000 + 55_000);
  await expect(w.getByRole('heading', { level: 1 })).toHaveText('Easing a cramp now');
  await page.clock.runFor(6_000);
  const card = w.locator('.nlc-care-card--urgent');
  await expect(card).toBeVisible();
  expect((await focused(page)).text).toMatch(/^Urgent: Get medical help today/);
  await expect(w.locator('.nlc-reasons')).toHaveText('A cramp that lasts more than 10 minutes and does not ease with stretching needs checking today.');
  await expect(w.locator('.nlc-watch-for')).toContainText('Call 911 now if a leg or foot suddenly turns cold, pale or blue');
  await expect(w.locator('.nlc-sources')).toContainText('NHS: Leg cramps');
  // Undo: back to the stretches; the timer keeps counting and does not jump back by itself.
  await w.getByRole('button', { name: 'Back to the stretches' }).click();
  await expect(clock(page)).toHaveText(/^10:0\d$/);
  await page.clock.runFor(60_000);
  await expect(w.getByRole('heading', { level: 1 })).toHaveText('Easing a cramp now');
  await w.getByRole('button', { name: 'It is not easing' }).click();
  await expect(card).toBeVisible();
});

test('"It is not easing" before 10 minutes says keep going; after 10 it gets help', async ({ page }) => {
  await openRelief(page);
  const w = widget(page);
  const status = w.locator('.nlc-relief__keep-going');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveText('');
  await page.clock.runFor(4 * 60_000);
  await w.getByRole('button', { name: 'It is not easing' }).click();
  await expect(status).toContainText('If it has not eased 10 minutes after it started');
  await expect(w.locator('.nlc-care-card')).toHaveCount(0);
});

test('"it started about 10 minutes ago" gets help at once; 6 minutes ago counts on from 6', async ({ page }) => {
  await openRelief(page);
  const w = widget(page);
  const when = w.getByLabel('When did the cramp start?');
  await when.selectOption({ label: 'About 6 minutes ago' });
  await expect(clock(page)).toHaveText(/^6:0\d$/);
  await expect(ago(page)).toHaveText('About 6 minutes ago');
  await page.clock.runFor(4 * 60_000 + 1_000);
  await expect(w.locator('.nlc-care-card--urgent')).toBeVisible();
  await w.getByRole('button', { name: 'Back to the stretches' }).click();
  await w.getByRole('button', { name: 'Back to the start' }).click();
  await w.getByRole('button', { name: 'Having a cramp right now? See what helps' }).click();
  await w.getByLabel('When did the cramp start?').selectOption({ label: 'About 10 minutes ago' });
  await expect(w.locator('.nlc-care-card--urgent')).toBeVisible();
});

test('the screen is kept on while stretching, and let go after', async ({ page }) => {
  await page.addInitScript(FAKE_WAKE_LOCK);
  await openRelief(page);
  await expect.poll(() => page.evaluate(() => window.wakeLog)).toEqual(['request screen']);
  await widget(page).getByRole('button', { name: 'It has eased' }).click();
  await expect.poll(() => page.evaluate(() => window.wakeLog)).toEqual(['request screen', 'release']);
});

test('the screen lock is asked for again when the page is shown after being hidden', async ({ page }) => {
  await page.addInitScript(FAKE_WAKE_LOCK);
  await openRelief(page);
  await expect.poll(() => page.evaluate(() => window.wakeLog)).toEqual(['request screen']);
  // Another app in front (the browser lets go of the lock), then back: the guide asks again.
  const show = (hidden) => page.evaluate((h) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
  }, hidden);
  await show(true);
  await page.clock.runFor(3_000);
  expect(await page.evaluate(() => window.wakeLog)).toEqual(['request screen']);
  await show(false);
  await page.clock.runFor(2_000);
  await expect.poll(() => page.evaluate(() => window.wakeLog)).toEqual(['request screen', 'request screen', 'release']);
  await widget(page).getByRole('button', { name: 'It has eased' }).click();
  await expect.poll(() => page.evaluate(() => window.wakeLog)).toEqual(['request screen', 'request screen', 'release', 'release']);
});

test('without the Wake Lock API, or when it refuses, the relief mode works and logs nothing', async ({ page }) => {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => { Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: undefined }); });
  await openRelief(page);
  await page.clock.runFor(61_000);
  await expect(ago(page)).toHaveText('About 1 minute ago');
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } });
  });
  await openRelief(page);
  await page.clock.runFor(61_000);
  await widget(page).getByRole('button', { name: 'It has eased' }).click();
  await expect(widget(page).getByRole('heading', { level: 1 })).toHaveText('Good, the cramp has eased');
  expect(errors).toEqual([]);
});

test('with reduced motion the seconds do not tick by; the minutes are still shown', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openRelief(page);
  await page.clock.runFor(125_000);
  await expect(clock(page)).toBeHidden();
  await expect(ago(page)).toBeVisible();
  await expect(ago(page)).toHaveText('About 2 minutes ago');
});

test('a host can open the relief mode directly with start="cramp-now"', async ({ page }) => {
  await page.goto('/index.html');
  await ready(page);
  await widget(page).evaluate((el) => el.setAttribute('start', 'cramp-now'));
  await expect(widget(page).getByRole('heading', { level: 1 })).toHaveText('Easing a cramp now');
  await page.clock.runFor(10 * 60_000 + 1_000);
  await expect(widget(page).locator('.nlc-care-card--urgent')).toBeVisible();
});
