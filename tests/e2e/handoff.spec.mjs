// Hand-off of the answers: the outcome after the questionnaire offers them as a FHIR
// QuestionnaireResponse file to save, and, only when the host named itself with `send-to`,
// a button that sends them to the host page as one `nlc-answers` event. Nothing is sent
// before the person presses it.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { widget, answerAll, openIn, WORDS, expectNoAxeViolations } from './helpers.mjs';

const SAVE = { en: 'Save my answers for my doctor (FHIR file)', es: 'Guardar mis respuestas para mi médico (archivo FHIR)' };

/** Answers as a person with quinine (a routine outcome), returning the question ids asked. */
async function routine(page, lang) {
  const w = widget(page);
  const asked = new Set();
  await w.getByRole('button', { name: WORDS[lang].start }).click();
  await answerAll(page, { medicines: ['quinine'] }, async (key) => key.split('+').forEach((q) => asked.add(q)));
  await w.getByRole('button', { name: WORDS[lang].confirm }).click();
  await expect(w.locator('.nlc-care-card--routine')).toBeVisible();
  return asked;
}

/** The response answers only questions asked, each with a coding of this questionnaire. */
function checkResponse(r, asked, lang) {
  expect(r.resourceType).toBe('QuestionnaireResponse');
  expect(r.status).toBe('completed');
  expect(r.language).toBe(lang);
  expect(r.questionnaire).toMatch(/^urn:night-leg-cramps:questionnaire\|/);
  expect(Date.parse(r.authored)).not.toBeNaN();
  const ids = r.item.map((i) => i.linkId);
  expect(ids.length).toBeGreaterThan(5);
  for (const id of ids) expect(asked.has(id), id).toBe(true);
  const medicines = r.item.find((i) => i.linkId === 'medicines');
  expect(medicines.answer).toEqual([
    { valueCoding: { system: 'urn:night-leg-cramps:choice', code: 'quinine', display: expect.any(String) } },
  ]);
  return medicines.answer[0].valueCoding.display;
}

for (const lang of ['en', 'es']) {
  test(`${lang}: the routine outcome saves the answers as a FHIR file`, async ({ page }) => {
    await openIn(page, lang);
    const asked = await routine(page, lang);
    const w = widget(page);
    const save = w.getByRole('button', { name: SAVE[lang] });
    await expect(save).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
    expect(download.suggestedFilename()).toBe('night-leg-cramps-answers.json');
    const r = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const display = checkResponse(r, asked, lang);
    if (lang === 'es') expect(display).not.toBe('Quinine');
    // No send button without `send-to`.
    await expect(w.locator('.nlc-send-answers')).toHaveCount(0);
  });
}

test('send-to: one nlc-answers event per press, none before; accessible, large targets', async ({ page }) => {
  await page.addInitScript(() => {
    window.__answers = [];
    document.addEventListener('nlc-answers', (e) => window.__answers.push(e.detail));
  });
  await openIn(page, 'en');
  await page.evaluate(() => document.querySelector('night-leg-cramps').setAttribute('send-to', 'Portal'));
  const asked = await routine(page, 'en');
  const w = widget(page);
  const send = w.getByRole('button', { name: 'Send my answers to Portal' });
  await expect(send).toBeVisible();
  expect(await page.evaluate(() => window.__answers.length)).toBe(0);
  await send.click();
  await expect.poll(() => page.evaluate(() => window.__answers.length)).toBe(1);
  const [detail] = await page.evaluate(() => window.__answers);
  checkResponse(detail.questionnaireResponse, asked, 'en');
  for (const b of [send, w.getByRole('button', { name: SAVE.en })]) {
    const box = await b.boundingBox();
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
  await expectNoAxeViolations(page, 'outcome with the hand-off buttons');
  // Hidden on paper.
  await page.emulateMedia({ media: 'print' });
  await expect(send).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  expect(await page.evaluate(() => window.__answers.length)).toBe(1);
});
