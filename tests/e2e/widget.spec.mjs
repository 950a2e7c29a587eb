// The built widget in a real browser: keyboard-only paths, focus, axe on each state, and the
// single file working on a host page of another origin.
import { test, expect } from '@playwright/test';
import { HOSTS } from '../../playwright.config.mjs';
import { widget, ready, focused, expectNoAxeViolations, tabTo, answerByKeyboard, answerAll } from './helpers.mjs';

test('keyboard only: start, error summary, answers, emergency outcome; axe clean on each state', async ({ page }) => {
  await page.goto('/index.html');
  await ready(page);
  await expectNoAxeViolations(page, 'start');

  await tabTo(page, widget(page).getByRole('button', { name: 'Start now' }));
  await page.keyboard.press('Enter');
  const h1 = widget(page).getByRole('heading', { level: 1 });
  await expect(h1).toContainText('trouble breathing');
  expect((await focused(page)).tag).toBe('h1');
  await expectNoAxeViolations(page, 'first question');

  // Continue with nothing chosen: the error summary appears and takes focus.
  await tabTo(page, widget(page).getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await expect(widget(page).getByRole('alert')).toContainText('There is a problem');
  expect((await focused(page)).cls).toContain('nlc-error-summary');
  await expectNoAxeViolations(page, 'error state');

  await answerByKeyboard(page, 'Yes');
  const card = widget(page).locator('.nlc-care-card--emergency');
  await expect(card).toBeVisible();
  expect((await focused(page)).text).toMatch(/^Emergency: /);
  await expect(widget(page).locator('a[href="tel:911"]').first()).toBeVisible();
  await expectNoAxeViolations(page, 'emergency outcome');
});

test('keyboard only: a typical cramp reaches check your answers and self-care', async ({ page }) => {
  await page.goto('/index.html');
  await ready(page);
  await tabTo(page, widget(page).getByRole('button', { name: 'Start now' }));
  await page.keyboard.press('Enter');
  for (let i = 0; i < 6; i++) await answerByKeyboard(page, 'No');
  await answerByKeyboard(page, 'A sudden, painful tightening of a muscle');
  await answerByKeyboard(page, 'A few seconds to a few minutes');
  await answerByKeyboard(page, 'None of these'); // other symptoms
  await answerByKeyboard(page, 'None of these'); // medicines
  await answerByKeyboard(page, 'No'); // new medicine
  await answerByKeyboard(page, 'None of these'); // conditions
  await answerByKeyboard(page, 'None of these'); // recent things
  await answerByKeyboard(page, 'No'); // pregnant
  await expect(widget(page).getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  expect((await focused(page)).tag).toBe('h1');
  await expectNoAxeViolations(page, 'check your answers');
  await tabTo(page, widget(page).getByRole('button', { name: 'See my result' }));
  await page.keyboard.press('Enter');
  await expect(widget(page).locator('.nlc-care-card--self-care')).toBeVisible();
  await expect(widget(page).getByText('Your cramps sound typical')).toBeVisible();
  await expectNoAxeViolations(page, 'self-care outcome');
});

test('the single file works on a host page of another origin', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${HOSTS}/plain.html`);
  await ready(page);
  await widget(page).getByRole('button', { name: 'Start now' }).click();
  await widget(page).getByLabel('Yes', { exact: true }).check();
  await widget(page).getByRole('button', { name: 'Continue' }).click();
  await expect(widget(page).locator('.nlc-care-card--emergency')).toBeVisible();
  await expect(widget(page).locator('a[href="tel:999"]').first()).toBeVisible();
  await expectNoAxeViolations(page, 'host page outcome');
  // Only the page and the single file were requested.
  expect(requests.filter((u) => !u.endsWith('/plain.html') && !u.endsWith('/night-leg-cramps.js'))).toEqual([]);
});

// Keyboard only, every care level: focus lands on the new heading after every step.
const LABELS = {
  'lung-clot': 'No', 'cold-leg': 'No', 'one-leg-swollen': 'No', 'severe-cramp': 'No', toxin: 'No', wound: 'No',
  feeling: 'A sudden, painful tightening of a muscle', duration: 'A few seconds to a few minutes',
  'other-symptoms': 'None of these', medicines: 'None of these', 'new-medicine': 'No', conditions: 'None of these',
  factors: 'None of these', pregnant: 'No',
};
for (const [level, answers] of [
  ['emergency', { 'cold-leg': 'Yes' }],
  ['urgent', { 'severe-cramp': 'Yes' }],
  ['routine', { 'other-symptoms': ['Numbness in my legs or feet', 'Swelling in both legs'] }],
  ['self-care', {}],
]) {
  test(`keyboard only reaches ${level}, focus on each new heading`, async ({ page }) => {
    await page.goto('/index.html');
    await ready(page);
    await tabTo(page, widget(page).getByRole('button', { name: 'Start now' }));
    await page.keyboard.press('Enter');
    for (let i = 0; i < 20; i++) {
      const f = await focused(page);
      expect(f.tag, 'focus is on the heading').toMatch(/^h1$/);
      const input = widget(page).locator('input').first();
      if (!(await input.count())) break;
      const q = await input.getAttribute('name');
      await answerByKeyboard(page, answers[q] ?? LABELS[q]);
      await expect.poll(async () => (await focused(page)).text).not.toBe(f.text);
    }
    if (level === 'routine' || level === 'self-care') {
      await expect(widget(page).getByRole('heading', { level: 1 })).toHaveText('Check your answers');
      await tabTo(page, widget(page).getByRole('button', { name: 'See my result' }));
      await page.keyboard.press('Enter');
    }
    await expect(widget(page).locator(`.nlc-care-card--${level}`)).toBeVisible();
    expect((await focused(page)).tag).toBe('h1');
  });
}

test('panels keep the questionnaire answers and return to the same question', async ({ page }) => {
  await page.goto('/index.html');
  await ready(page);
  await widget(page).getByRole('button', { name: 'Start now' }).click();
  await widget(page).locator('#nlc-lung-clot-choice-no').check();
  await widget(page).getByRole('button', { name: 'Continue' }).click();
  await widget(page).locator('#nlc-cold-leg-choice-not-sure').check();
  await widget(page).locator('.nlc-info-nav').getByRole('button', { name: 'Quinine' }).click();
  await expect(widget(page).getByRole('heading', { level: 1 })).toHaveText('Quinine');
  await widget(page).getByRole('button', { name: 'Back to the questions' }).click();
  await expect(widget(page).getByRole('heading', { level: 1 })).toContainText('cold, pale or blue');
  await widget(page).getByRole('button', { name: 'Back' }).click();
  await expect(widget(page).locator('#nlc-lung-clot-choice-no')).toBeChecked();
});

test('the cramp-now shortcut opens the relief steps', async ({ page }) => {
  await page.goto('/index.html');
  await ready(page);
  await widget(page).getByRole('button', { name: 'Having a cramp right now? See what helps' }).click();
  await expect(widget(page).getByRole('heading', { level: 1 })).toHaveText('Easing a cramp');
  await expect(widget(page).getByText('Pull your foot up toward your head')).toBeVisible();
});

test('the outcome prints as one A4 page: level, reasons, advice, linked things and answers', async ({ page }) => {
  await page.goto('/index.html');
  await ready(page);
  const w = widget(page);
  await w.getByRole('button', { name: 'Start now' }).click();
  await answerAll(page, { 'other-symptoms': ['sleep', 'numbness'], medicines: ['quinine', 'statin'], conditions: ['kidney'] });
  await w.getByRole('button', { name: 'See my result' }).click();
  await expect(w.locator('.nlc-care-card--routine')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(w.locator('.nlc-print-answers')).toBeVisible();
  await expect(w.locator('.nlc-info-nav')).toBeHidden();
  await expect(w.getByRole('button', { name: 'Start again' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBe(1);
});
