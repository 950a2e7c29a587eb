// Languages: Spanish reaches every care level in Spanish, British English speaks British
// spelling, a host-offered switch changes the words and keeps the answers and the screen,
// and the advice shown when the widget cannot run is in the host's language.
import { test, expect } from '@playwright/test';
import { HOSTS } from '../../playwright.config.mjs';
import { widget, answerAll, openIn, focused, WORDS, expectNoAxeViolations } from './helpers.mjs';

const es = WORDS.es;

test('Spanish: a path to every care level, every screen in Spanish', async ({ page }) => {
  await openIn(page, 'es');
  const w = widget(page);
  await expect(w.locator('.nlc-worried')).toContainText('911'); // the demo's region is us
  for (const [level, title, answers, confirm] of [
    ['emergency', 'Busque ayuda de emergencia ahora', { emergency: ['lung-clot'] }, false],
    ['urgent', 'Busque ayuda médica hoy', { 'leg-signs': ['dvt'] }, false],
    ['routine', 'Pida una cita con su médico', { medicines: ['quinine'] }, true],
    ['self-care', 'Puede cuidarse en casa', {}, true],
  ]) {
    await w.getByRole('button', { name: es.start }).click();
    await answerAll(page, answers, async () => {
      await expect(w.getByRole('button', { name: es.continue })).toBeVisible();
    });
    if (confirm) {
      await expect(w.getByRole('heading', { level: 1 })).toHaveText(es.check);
      await w.getByRole('button', { name: es.confirm }).click();
    }
    await expect(w.locator(`.nlc-care-card--${level}`)).toBeVisible();
    await expect(w.locator('.nlc-care-card__heading')).toContainText(title);
    await expect(w.locator('.nlc')).not.toContainText('Start again');
    await w.getByRole('button', { name: es.restart }).click();
  }
});

test('British English: British spelling, the same questions', async ({ page }) => {
  await openIn(page, 'en-GB');
  const w = widget(page);
  await w.getByRole('button', { name: WORDS['en-GB'].start }).click();
  await answerAll(page, {}, async (key) => {
    if (key.includes('conditions')) {
      await expect(w.locator('label[for="nlc-conditions-choice-anemia"]')).toHaveText('Anaemia');
      await expect(w.locator('label[for="nlc-factors-choice-diarrhea"]')).toContainText('Diarrhoea');
    }
  });
  await expect(w.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
});

test('switching language mid-questionnaire keeps the answers, the ticks and the screen', async ({ page }) => {
  await openIn(page, 'en');
  await page.evaluate(() => document.querySelector('night-leg-cramps').setAttribute('languages', 'en es'));
  const w = widget(page);
  const nav = w.getByRole('navigation', { name: 'Language' });
  await expect(nav.getByRole('button', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  await expect(nav.getByRole('button', { name: 'Español' })).toHaveAttribute('lang', 'es');
  await w.getByRole('button', { name: 'Start now' }).click();
  await w.locator('#nlc-emergency-choice-none').check();
  await w.getByRole('button', { name: 'Continue' }).click();
  // On the legs page, a tick not yet sent with Continue.
  await w.locator('#nlc-leg-signs-choice-wound').check();
  await nav.getByRole('button', { name: 'Español' }).click();
  await expect(w.locator('.nlc')).toHaveAttribute('lang', 'es');
  await expect(w.getByRole('heading', { level: 1 })).toHaveText('¿Tiene alguna de estas cosas en las piernas o los pies?');
  await expect(w.locator('#nlc-leg-signs-choice-wound')).toBeChecked();
  expect((await focused(page)).text).toBe('Español'); // focus stays where the person pressed
  await expect(w.getByRole('navigation', { name: 'Idioma' }).getByRole('button', { name: 'Español' })).toHaveAttribute('aria-current', 'true');
  await expectNoAxeViolations(page, 'switched to Spanish');
  // Back: the earlier answer is still there; then on to the urgent outcome in Spanish.
  await w.getByRole('button', { name: es.continue }).click();
  await expect(w.locator('.nlc-care-card--urgent')).toBeVisible();
  await w.getByRole('navigation', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
  await expect(w.locator('.nlc-care-card__heading')).toContainText('Get medical help today');
  await w.getByRole('button', { name: 'Change my answers' }).click();
  await expect(w.locator('#nlc-leg-signs-choice-wound')).toBeChecked();
  // The host setting lang again wins over the person's pick.
  await page.evaluate(() => document.querySelector('night-leg-cramps').setAttribute('lang', 'es'));
  await expect(w.locator('.nlc')).toHaveAttribute('lang', 'es');
});

test('the advice shown when the widget cannot run is in the host\'s language', async ({ page }) => {
  await page.goto(`${HOSTS}/no-wasm-es.html`);
  const box = page.locator('night-leg-cramps').locator('.nlc-fallback');
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute('lang', 'es');
  await expect(box).toContainText('no pudo abrirse');
  await expect(box).toContainText('tose sangre');
  await expect(box).not.toContainText('emergency');
  await expectNoAxeViolations(page, 'Spanish fallback');
});

test('review dates are written the way each language writes dates', async ({ page }) => {
  for (const [lang, pattern] of [['en', /November \d{1,2}, 20\d\d/], ['en-GB', /\d{1,2} November 20\d\d/], ['es', /\d{1,2} de noviembre de 20\d\d/]]) {
    await openIn(page, lang);
    const w = widget(page);
    await w.locator('.nlc-info-nav button').first().click();
    await expect(w.locator('.nlc-meta').first()).toHaveText(pattern);
  }
});
