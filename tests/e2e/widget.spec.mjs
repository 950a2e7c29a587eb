// The built widget in a real browser: keyboard-only paths, focus, axe on each state, and the
// single file working on a host page of another origin.
import { test, expect } from '@playwright/test';
import { HOSTS } from '../../playwright.config.mjs';
import { widget, ready, focused, expectNoAxeViolations, tabTo, answerByKeyboard, answerAll, pageIds, currentPage } from './helpers.mjs';

test('keyboard only: start, error summary, answers, emergency outcome; axe clean on each state', async ({ page }) => {
  await page.goto('/index.html');
  await ready(page);
  await expectNoAxeViolations(page, 'start');

  await tabTo(page, widget(page).getByRole('button', { name: 'Start now' }));
  await page.keyboard.press('Enter');
  const h1 = widget(page).getByRole('heading', { level: 1 });
  await expect(h1).toContainText('any of these right now');
  expect((await focused(page)).tag).toBe('h1');
  await expectNoAxeViolations(page, 'first question');

  // Continue with nothing chosen: the error summary appears and takes focus.
  await tabTo(page, widget(page).getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await expect(widget(page).getByRole('alert')).toContainText('There is a problem');
  expect((await focused(page)).cls).toContain('nlc-error-summary');
  await expectNoAxeViolations(page, 'error state');

  await answerByKeyboard(page, '#nlc-emergency-choice-lung-clot');
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
  for (let i = 0; i < 3; i++) await answerByKeyboard(page, 'No, none of these'); // red-flag checklists
  await answerByKeyboard(page, 'A sudden, painful tightening of a muscle');
  await answerByKeyboard(page, 'A few seconds to a few minutes'); // the rest of the page is optional
  await answerByKeyboard(page, await pageIds(page)); // symptoms and medicines
  await answerByKeyboard(page, await pageIds(page)); // health and pregnancy
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
  await widget(page).locator('#nlc-emergency-choice-lung-clot').check();
  await widget(page).getByRole('button', { name: 'Continue' }).click();
  await expect(widget(page).locator('.nlc-care-card--emergency')).toBeVisible();
  await expect(widget(page).locator('a[href="tel:999"]').first()).toBeVisible();
  await expectNoAxeViolations(page, 'host page outcome');
  // Only the page and the single file were requested.
  expect(requests.filter((u) => !u.endsWith('/plain.html') && !u.endsWith('/night-leg-cramps.js'))).toEqual([]);
});

// Keyboard only, every care level: focus lands on the new heading after every step; "Change
// my answers" on every outcome goes back (to check your answers, or to the red flag that
// ended the questionnaire) and the outcome is worked out again.
for (const [level, answers, early] of [
  ['emergency', { emergency: ['blocked-artery'] }, 'emergency'],
  ['urgent', { 'leg-signs': ['severe-cramp'] }, 'leg-signs'],
  ['urgent', { emergency: ['not-sure'] }, 'emergency'],
  ['routine', { 'other-symptoms': ['numbness', 'both-legs-swollen'] }, null],
  ['self-care', {}, null],
]) {
  test(`keyboard only reaches ${level} (${JSON.stringify(answers)}), focus on each new heading, and undo`, async ({ page }) => {
    await page.goto('/index.html');
    await ready(page);
    await tabTo(page, widget(page).getByRole('button', { name: 'Start now' }));
    await page.keyboard.press('Enter');
    let screens = 1;
    for (let i = 0; i < 20; i++) {
      const f = await focused(page);
      expect(f.tag, 'focus is on the heading').toMatch(/^h1$/);
      if (!(await currentPage(page))) break;
      screens++;
      await answerByKeyboard(page, await pageIds(page, answers));
      await expect.poll(async () => (await focused(page)).text).not.toBe(f.text);
    }
    if (!early) {
      await expect(widget(page).getByRole('heading', { level: 1 })).toHaveText('Check your answers');
      screens++;
      await tabTo(page, widget(page).getByRole('button', { name: 'See my result' }));
      await page.keyboard.press('Enter');
    }
    screens++;
    expect(screens, 'screens counting the start and the outcome').toBeLessThanOrEqual(10);
    await expect(widget(page).locator(`.nlc-care-card--${level}`)).toBeVisible();
    expect((await focused(page)).tag).toBe('h1');
    // Undo.
    await tabTo(page, widget(page).getByRole('button', { name: 'Change my answers' }));
    await page.keyboard.press('Enter');
    if (early) {
      expect(await currentPage(page)).toBe(early);
      for (const c of answers[early]) await expect(widget(page).locator(`#nlc-${early}-choice-${c}`)).toBeChecked();
      // Correct the mistaken answer: the questionnaire goes on instead.
      await widget(page).locator(`#nlc-${early}-choice-none`).check();
      await widget(page).getByRole('button', { name: 'Continue' }).click();
      await expect(widget(page).locator(`.nlc-care-card--${level}`)).toHaveCount(0);
      expect(await currentPage(page)).not.toBe(early);
    } else {
      await expect(widget(page).getByRole('heading', { level: 1 })).toHaveText('Check your answers');
      await widget(page).getByRole('button', { name: 'See my result' }).click();
      await expect(widget(page).locator(`.nlc-care-card--${level}`)).toBeVisible();
    }
  });
}

test('a double click on Continue acts once', async ({ page }) => {
  await page.goto('/index.html');
  await ready(page);
  await widget(page).getByRole('button', { name: 'Start now' }).click();
  await widget(page).locator('#nlc-emergency-choice-none').check();
  await widget(page).getByRole('button', { name: 'Continue' }).dblclick();
  expect(await currentPage(page)).toBe('leg-signs');
  await expect(widget(page).locator('.nlc-error-summary')).toHaveCount(0);
});

test('panels keep the questionnaire answers and return to the same question', async ({ page }) => {
  await page.goto('/index.html');
  await ready(page);
  await widget(page).getByRole('button', { name: 'Start now' }).click();
  await widget(page).locator('#nlc-emergency-choice-none').check();
  await widget(page).getByRole('button', { name: 'Continue' }).click();
  await widget(page).locator('#nlc-leg-signs-choice-not-sure').check();
  await widget(page).locator('.nlc-info-nav').getByRole('button', { name: 'Quinine' }).click();
  await expect(widget(page).getByRole('heading', { level: 1 })).toHaveText('Quinine');
  await widget(page).getByRole('button', { name: 'Back to the questions' }).click();
  await expect(widget(page).getByRole('heading', { level: 1 })).toContainText('legs or feet');
  await widget(page).getByRole('button', { name: 'Back' }).click();
  await expect(widget(page).locator('#nlc-emergency-choice-none')).toBeChecked();
});

test('the outcome prints on at most two A4 pages with the summary a clinician needs', async ({ page }) => {
  await page.goto('/index.html');
  await ready(page);
  const w = widget(page);
  await w.getByRole('button', { name: 'Start now' }).click();
  await answerAll(page, { 'other-symptoms': ['sleep', 'numbness'], medicines: ['quinine', 'statin'], 'new-medicine': 'no',
    conditions: ['kidney', 'diabetes-2', 'thyroid-under'], where: ['calf'], side: 'one', 'how-often': 'weekly', since: 'months',
    trend: 'worse', tried: ['stretching'], helped: 'a-little', pregnant: 'recent-birth' });
  await w.getByRole('button', { name: 'See my result' }).click();
  await expect(w.locator('.nlc-care-card--routine')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const summary = w.locator('.nlc-print-answers');
  await expect(summary).toBeVisible();
  for (const text of ['Summary for your doctor', 'Completed on', 'Name', 'Age', 'Result', 'Book an appointment with your doctor',
    'not a diagnosis', 'Calf', 'One leg, always the same one', 'Once or twice a week', '1 to 12 months ago', 'Getting worse',
    'Stretching', 'A little', 'Quinine', 'Kidney disease or kidney failure', 'Type 2 diabetes', 'An underactive thyroid',
    'Cramps started after a new medicine or dose', 'I had a baby in the last 6 weeks',
    'Names and doses of my medicines, how long I have taken them, and any new medicine or dose change']) {
    await expect(summary, text).toContainText(text);
  }
  // The date and the time it was completed; lines to write the name and age on.
  await expect(summary.locator('.nlc-print-note, p').filter({ hasText: 'Completed on' })).toHaveText(/\d{1,2}:\d{2}/);
  const keys = await summary.locator('dt').allInnerTexts();
  expect(keys).toEqual(expect.arrayContaining(['Name', 'Age']));
  // Black-and-white paper: the level is in words, not only in colour.
  await expect(w.locator('.nlc-care-card__heading')).toContainText('Non-urgent:');
  expect(await w.locator('.nlc-care-card__heading .nlc-visually-hidden').evaluate((el) => getComputedStyle(el).position)).toBe('static');
  expect(await w.locator('.nlc-care-card').evaluate((el) => parseFloat(getComputedStyle(el).borderTopWidth))).toBeGreaterThan(1);
  await expect(w.locator('.nlc-info-nav')).toBeHidden();
  await expect(w.getByRole('button', { name: 'Start again' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBeLessThanOrEqual(2);
});

test('ticks made before Continue survive reading a panel and going back', async ({ page }) => {
  await page.goto('/index.html');
  await ready(page);
  const w = widget(page);
  await w.getByRole('button', { name: 'Start now' }).click();
  await w.locator('#nlc-emergency-choice-none').check();
  await w.locator('.nlc-info-nav').getByRole('button', { name: 'When to get help', exact: true }).click();
  await w.getByRole('button', { name: 'Back to the questions' }).click();
  await expect(w.locator('#nlc-emergency-choice-none')).toBeChecked();
  // The next page too, after going back a page and returning.
  await w.getByRole('button', { name: 'Continue' }).click();
  await w.locator('#nlc-leg-signs-choice-wound').check();
  await w.locator('#nlc-leg-signs-choice-dvt').check();
  await w.getByRole('button', { name: 'Back' }).click();
  await expect(w.locator('#nlc-emergency-choice-none')).toBeChecked();
  await w.getByRole('button', { name: 'Continue' }).click();
  await expect(w.locator('#nlc-leg-signs-choice-wound')).toBeChecked();
  await expect(w.locator('#nlc-leg-signs-choice-dvt')).toBeChecked();
});

test('the "Call" links sit with the worried line: level with it on a wide screen, just under it on a narrow one', async ({ page }) => {
  // Its own margin (0) must win over the general paragraph margin, or the text floats up and
  // away from the number to call.
  const gaps = () => widget(page).evaluate((host) => {
    const text = host.shadowRoot.querySelector('.nlc-worried__text').getBoundingClientRect();
    const em = parseFloat(getComputedStyle(host.shadowRoot.querySelector('.nlc-worried')).fontSize);
    return [...host.shadowRoot.querySelectorAll('.nlc-worried__call')].map((a) => {
      const r = a.getBoundingClientRect();
      const beside = r.left >= text.right - 1;
      return { beside, em, offset: beside ? Math.abs((r.top + r.bottom) / 2 - (text.top + text.bottom) / 2) : r.top - text.bottom };
    });
  });
  for (const [width, region] of [[1280, 'us'], [320, 'us'], [320, 'uk']]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/index.html');
    await ready(page);
    await page.evaluate((r) => document.querySelector('night-leg-cramps').setAttribute('region', r), region);
    await expect(widget(page).locator('.nlc-worried__call')).toHaveCount(region === 'uk' ? 2 : 1);
    const links = await gaps();
    if (width === 1280) {
      expect(links[0].beside, 'one line on a wide screen').toBe(true);
      expect.soft(links[0].offset, 'the link is level with the text (px between their middles)').toBeLessThanOrEqual(2);
    } else {
      expect(links[0].beside, 'the link wraps under the text at 320 px').toBe(false);
      expect.soft(links[0].offset, 'px between the text and the link under it').toBeGreaterThanOrEqual(0);
      expect.soft(links[0].offset, 'px between the text and the link under it').toBeLessThanOrEqual(0.5 * links[0].em);
    }
  }
});

test('forced colours (Windows High Contrast): the browser draws the controls, the care card and buttons keep their borders, axe is clean', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/index.html');
  await ready(page);
  await widget(page).getByRole('button', { name: 'Start now' }).click();
  const box = widget(page).locator('#nlc-emergency-choice-lung-clot');
  // The engine's own checkbox, in system colours, not the widget's drawn one.
  expect(await box.evaluate((el) => getComputedStyle(el).appearance)).toBe('auto');
  const border = (el) => { const s = getComputedStyle(el); return `${s.borderTopStyle} ${s.borderTopWidth}`; };
  expect(await widget(page).getByRole('button', { name: 'Continue' }).evaluate(border)).toBe('solid 2px');
  await expectNoAxeViolations(page, 'forced colours, first question');
  await box.check();
  await widget(page).getByRole('button', { name: 'Continue' }).click();
  const card = widget(page).locator('.nlc-care-card--emergency');
  await expect(card).toBeVisible();
  expect(await card.evaluate(border)).toBe('solid 4px');
  await expectNoAxeViolations(page, 'forced colours, emergency outcome');
});
