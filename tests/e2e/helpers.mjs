// Shared helpers for the end-to-end tests.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const widget = (page) => page.locator('night-leg-cramps').first();

/** Waits until the widget has started (the element fires nlc-ready; the slot is gone). */
export async function ready(page) {
  await expect(widget(page).locator('.nlc')).toBeVisible();
}

/** The focused element inside the widget's shadow root, as tag#id.class text. */
export async function focused(page) {
  return page.evaluate(() => {
    const host = document.activeElement;
    const el = host?.shadowRoot?.activeElement ?? host;
    return el ? { tag: el.tagName.toLowerCase(), id: el.id, cls: el.className, text: (el.textContent || '').trim().slice(0, 200) } : null;
  });
}

/** Zero axe violations (WCAG 2.0/2.1/2.2 A and AA) on the current state. */
export async function expectNoAxeViolations(page, state) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${state}`).toEqual([]);
}

/** Presses Tab until `locator` has focus (at most `max` presses). */
export async function tabTo(page, locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el.getRootNode().activeElement === el)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${locator} with Tab`);
}

/** The #ids to tick on the page shown, from `answers` then CLEAR (optional ones left out). */
export async function pageIds(page, answers = {}) {
  const key = await currentPage(page);
  return key.split('+').flatMap((q) => [].concat(answers[q] ?? CLEAR[q] ?? []).map((c) => `#nlc-${q}-choice-${c}`));
}

/** Answers the current question by keyboard only, as a person would: radios are one Tab
 *  stop (arrow keys move and select), checkboxes are a Tab stop each (Space toggles); then
 *  Tab to Continue and Enter. */
export async function answerByKeyboard(page, labels) {
  for (const label of [].concat(labels)) {
    // A label, or an input's #id where a label repeats on a page of several questions.
    const input = label.startsWith('#') ? widget(page).locator(label) : widget(page).getByLabel(label, { exact: true });
    if ((await input.getAttribute('type')) === 'radio') {
      const name = await input.getAttribute('name');
      const group = widget(page).locator(`input[type=radio][name="${name}"]`);
      const count = await group.count();
      let reached = false;
      for (let i = 0; i < count && !reached; i++) {
        try { await tabTo(page, group.nth(i), 40); reached = true; } catch { /* not this one */ }
      }
      if (!reached) throw new Error(`could not Tab into the ${name} radios`);
      for (let i = 0; i < count && !(await input.isChecked()); i++) {
        if (await input.evaluate((el) => el.getRootNode().activeElement === el)) await page.keyboard.press('Space');
        else await page.keyboard.press('ArrowDown');
      }
    } else {
      await tabTo(page, input);
      if (!(await input.isChecked())) await page.keyboard.press('Space');
    }
    await expect(input).toBeChecked();
  }
  await tabTo(page, widget(page).getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
}

/** The words a person clicks, per language (as content/<lang>.toml writes them). */
export const WORDS = {
  en: {
    start: 'Start now', continue: 'Continue', backToStart: 'Back to the start', check: 'Check your answers',
    confirm: 'See my result', restart: 'Start again', crampNow: 'Having a cramp right now? See what helps',
    muscles: ['Calf', 'Foot', 'Front of the thigh', 'Back of the thigh'], notEasing: 'It is not easing',
    eased: 'It has eased', backToStretches: 'Back to the stretches',
  },
  es: {
    start: 'Empezar', continue: 'Continuar', backToStart: 'Volver al inicio', check: 'Revise sus respuestas',
    confirm: 'Ver mi resultado', restart: 'Volver a empezar', crampNow: '¿Tiene un calambre ahora mismo? Vea qué ayuda',
    muscles: ['Pantorrilla', 'Pie', 'Parte delantera del muslo', 'Parte trasera del muslo'], notEasing: 'No se alivia',
    eased: 'Ya se ha aliviado', backToStretches: 'Volver a los estiramientos',
  },
};
WORDS['en-GB'] = WORDS.en;

/** Opens the demo page with the widget in `lang` (the host sets the attribute). */
export async function openIn(page, lang = 'en') {
  await page.goto('/index.html');
  await ready(page);
  if (lang !== 'en') {
    await page.evaluate((l) => document.querySelector('night-leg-cramps').setAttribute('lang', l), lang);
    await expect(widget(page).locator('.nlc')).toHaveAttribute('lang', lang);
  }
}

/** A person with typical cramps and nothing else (optional questions left out: skipped). */
export const CLEAR = {
  emergency: 'none', 'leg-signs': 'none', 'other-signs': 'none',
  feeling: 'cramp', duration: 'minutes', 'other-symptoms': 'none', medicines: 'none', 'new-medicine': 'no',
  conditions: 'none', factors: 'none', pregnant: 'no',
};

/** The id of the first question shown, or null. */
export async function currentQuestion(page) {
  const input = widget(page).locator('input').first();
  return (await input.count()) ? input.getAttribute('name') : null;
}

/** The ids of the questions on the page shown, joined with '+' ('' when none). */
export async function currentPage(page) {
  // Questions' inputs only: "Keep my answers" (no name) is not a question.
  const names = await widget(page).locator('input').evaluateAll((els) => els.map((e) => e.name).filter(Boolean));
  return [...new Set(names)].join('+');
}

/** Answers pages (by clicking) until none is shown, using `answers` then CLEAR; questions
 *  in neither are optional and left out. `onPage(key)` runs first on each page. */
export async function answerAll(page, answers = {}, onPage = async () => {}) {
  for (let i = 0; i < 30; i++) {
    const key = await currentPage(page);
    if (!key) return;
    await onPage(key);
    for (const q of key.split('+')) {
      for (const c of [].concat(answers[q] ?? CLEAR[q] ?? [])) await widget(page).locator(`#nlc-${q}-choice-${c}`).check();
    }
    // The page's submit button, whatever the language.
    await widget(page).locator('button[type=submit]').click();
    await expect.poll(() => currentPage(page)).not.toBe(key);
  }
  throw new Error('too many pages');
}


/** Reaches the emergency outcome in widget `w` (a locator of the element) without naming
 *  question ids or answer labels: Start now, then tick the first choice whose label begins
 *  with a breathing or chest sign (or, on a yes/no question about those signs, "Yes"), then
 *  Continue. */
export async function emergencyPath(w) {
  await w.getByRole('button', { name: 'Start now' }).click();
  const inputs = w.locator('input[type=checkbox], input[type=radio]');
  await expect(inputs.first()).toBeAttached();
  const labels = await inputs.evaluateAll((els) => els.map((e) => (e.labels?.[0]?.textContent ?? '').trim()));
  const sign = /^(sudden(ly)?\s+)?(breathing that|trouble breathing|difficulty breathing|shortness of breath|short of breath|breathless|chest pain|pain in (the|your) chest|cough(ing)? up blood)/i;
  let i = labels.findIndex((t) => sign.test(t));
  if (i < 0 && /breath|chest/i.test(await w.locator('h1').first().textContent())) {
    i = labels.findIndex((t) => /^yes\b/i.test(t));
  }
  if (i < 0) throw new Error(`no breathing or chest sign among: ${labels.join(' | ')}`);
  await inputs.nth(i).check();
  await w.getByRole('button', { name: 'Continue' }).click();
  await expect(w.locator('.nlc-care-card--emergency')).toBeVisible();
}
