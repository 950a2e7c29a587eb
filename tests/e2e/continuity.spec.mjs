// Continuity on the device: kept answers (only when the person ticks "Keep my answers"),
// their 24-hour expiry, broken, foreign and old records, the cramp diary (recording, from
// the relief mode, chart and table, retention, CSV, deleting), storage that is full or
// blocked, and storage="off". Clocks are Playwright's fake clock; storage is the real one.
import { test, expect } from '@playwright/test';
import { widget, ready, answerAll, CLEAR, expectNoAxeViolations, focused } from './helpers.mjs';

const ANSWERS = 'night-leg-cramps:answers';
const DIARY = 'night-leg-cramps:diary';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = new Date('2026-11-20T23:30:00Z').getTime();

const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);
const keep = (page) => widget(page).getByLabel('Keep my answers on this device for 24 hours, so I can come back to them');
const heading = (page) => widget(page).getByRole('heading', { level: 1 });

/** Answers every page with the clear answers and confirms: the self-care result. */
async function finish(page) {
  await answerAll(page);
  await widget(page).getByRole('button', { name: 'See my result' }).click();
  await expect(widget(page).locator('.nlc-care-card')).toBeVisible();
}

async function open(page) {
  await page.goto('/index.html');
  await ready(page);
}

/** Answers the first `n` pages with the clear answers. */
async function answerPages(page, n) {
  for (let i = 0; i < n; i++) {
    const key = await widget(page).locator('input[type=radio], input[type=checkbox]').evaluateAll((els) => [...new Set(els.map((e) => e.name))].filter((x) => x !== 'nlc-keep-answers' && x !== '').join('+'));
    for (const q of key.split('+')) for (const c of [].concat(CLEAR[q] ?? [])) await widget(page).locator(`#nlc-${q}-choice-${c}`).check();
    const before = await heading(page).textContent();
    await widget(page).locator('button[type=submit]').click();
    await expect(heading(page)).not.toHaveText(before);
  }
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: T0 });
});

test('answers are kept only after the person ticks the box, and come back after a reload', async ({ page }) => {
  await open(page);
  await widget(page).getByRole('button', { name: 'Start now' }).click();
  await answerPages(page, 1);
  expect(await stored(page, ANSWERS)).toBeNull();
  await keep(page).check();
  await expect.poll(() => stored(page, ANSWERS)).toContain('answer emergency none');
  await answerPages(page, 2);
  const shown = await heading(page).textContent();
  expect(await stored(page, ANSWERS)).toContain('answer other-signs none');

  await page.reload();
  await ready(page);
  const w = widget(page);
  await expect(w.getByRole('heading', { name: 'Continue where you left off?' })).toBeVisible();
  await expect(w.locator('.nlc-resume')).toContainText('Nov');
  // Loading never steals focus from the host page.
  expect((await focused(page))?.tag).not.toBe('button');
  await expectNoAxeViolations(page, 'the offer to continue');
  await w.getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(heading(page)).toHaveText(shown);
  await expect(keep(page)).toBeChecked();
  // The earlier answers are there when going back.
  await w.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(w.locator('#nlc-other-signs-choice-none')).toBeChecked();
});

test('a person who never ticks the box leaves nothing behind', async ({ page }) => {
  await open(page);
  await widget(page).getByRole('button', { name: 'Start now' }).click();
  await finish(page);
  await expect(widget(page).locator('.nlc-care-card')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await page.reload();
  await ready(page);
  await expect(widget(page).locator('.nlc-resume')).toHaveCount(0);
});

test('kept answers expire after 24 hours; Start again and "Delete my saved answers" delete them', async ({ page }) => {
  await open(page);
  await widget(page).getByRole('button', { name: 'Start now' }).click();
  await keep(page).check();
  await answerPages(page, 1);
  await expect.poll(() => stored(page, ANSWERS)).toContain('answer emergency');

  await page.clock.setSystemTime(T0 + 23 * HOUR);
  await page.reload();
  await ready(page);
  await expect(widget(page).locator('.nlc-resume')).toBeVisible();

  await page.clock.setSystemTime(T0 + 25 * HOUR);
  await page.reload();
  await ready(page);
  await expect(widget(page).locator('.nlc-resume')).toHaveCount(0);
  await expect(widget(page).locator('.nlc-notice')).toHaveText('Answers kept on this device were more than a day old, so they were deleted.');
  expect(await stored(page, ANSWERS)).toBeNull();

  // Delete my saved answers.
  await widget(page).getByRole('button', { name: 'Start now' }).click();
  await keep(page).check();
  await expect.poll(() => stored(page, ANSWERS)).not.toBeNull();
  await widget(page).getByRole('button', { name: 'Delete my saved answers' }).click();
  await expect(widget(page).locator('.nlc-notice')).toHaveText('Your saved answers were deleted.');
  expect((await focused(page)).cls).toContain('nlc-notice');
  await expect(keep(page)).not.toBeChecked();
  expect(await stored(page, ANSWERS)).toBeNull();

  // Start again, from the offer.
  await keep(page).check();
  await expect.poll(() => stored(page, ANSWERS)).not.toBeNull();
  await page.reload();
  await ready(page);
  await widget(page).locator('.nlc-resume').getByRole('button', { name: 'Start again' }).click();
  expect(await stored(page, ANSWERS)).toBeNull();
  await expect(widget(page).locator('.nlc-resume')).toHaveCount(0);
});

const DIARY_RECORD = `night-leg-cramps diary 1\nkeep 90\nentry 1 ${T0 - DAY} relief-calf 3 back-soon stretching\n`;

for (const [name, record, message] of [
  ['corrupt', 'night-leg-cramps answers 1\ncontent 2026.11.27\nsaved 17\u0000\u0000', 'could not be read'],
  ['foreign', JSON.stringify({ answers: { emergency: ['none'] }, user: 'someone else' }), 'could not be read'],
  ['cut short', `night-leg-cramps answers 1\ncontent 2026.11.27\nsaved ${T0}\nanswer emergency none\n`, 'could not be read'],
  ['from an older version with nothing that fits', `night-leg-cramps answers 1\ncontent 2020.01.01\nsaved ${T0}\nanswer old-question yes\nend\n`, 'no longer fit its questions'],
]) {
  test(`${name} kept answers are deleted with a plain message; the diary is untouched`, async ({ page }) => {
    await page.addInitScript(([a, d, r, dr]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(a, r);
        localStorage.setItem(d, dr);
        sessionStorage.setItem('seeded', '1');
      }
    }, [ANSWERS, DIARY, record, DIARY_RECORD]);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await open(page);
    const w = widget(page);
    await expect(w.locator('.nlc-notice')).toContainText(message);
    await expect(w.locator('.nlc-resume')).toHaveCount(0);
    expect(await stored(page, ANSWERS)).toBeNull();
    expect(await stored(page, DIARY)).toBe(DIARY_RECORD);
    await expectNoAxeViolations(page, `${name} record`);
    // The widget works as ever.
    await w.getByRole('button', { name: 'Start now' }).click();
    await finish(page);
    await expect(w.locator('.nlc-care-card--self-care')).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('answers kept by an older version are checked again before any result', async ({ page }) => {
  const answers = Object.entries({ emergency: 'none', 'leg-signs': 'none', 'other-signs': 'none', feeling: 'cramp' })
    .map(([q, c]) => `answer ${q} ${c}\n`).join('');
  await page.addInitScript(([k, r]) => localStorage.setItem(k, r),
    [ANSWERS, `night-leg-cramps answers 1\ncontent 2020.01.01\nsaved ${T0 - HOUR}\nresult\n${answers}end\n`]);
  await open(page);
  const w = widget(page);
  await w.getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(w.locator('.nlc-notice')).toHaveText('This guide has changed since your answers were kept. Please check your answers before you see your result.');
  // The four answers that still fit are kept: the next page is the first one not answered.
  await expect(w.locator('.nlc-care-card')).toHaveCount(0);
  await w.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(w.locator('#nlc-feeling-choice-cramp')).toBeChecked();
});

/** Opens the diary from the start screen and starts it. */
async function startDiary(page) {
  const w = widget(page);
  await w.getByRole('button', { name: 'My cramp diary' }).click();
  await expect(heading(page)).toHaveText('My cramp diary');
  await w.getByRole('button', { name: 'Start my diary' }).click();
  await expect(w.getByRole('button', { name: 'Record a cramp' })).toBeVisible();
}

test('a cramp is recorded in five steps; the chart, the table and the list agree', async ({ page }) => {
  await open(page);
  await startDiary(page);
  const w = widget(page);
  // Steps a person takes (each a tap or a typed number): record, muscle, minutes, sleep, save.
  let steps = 0;
  const step = async (fn) => { steps++; await fn(); };
  const t = Date.now();
  await step(() => w.getByRole('button', { name: 'Record a cramp' }).click());
  await expect(heading(page)).toHaveText('Record a cramp');
  await step(() => w.getByLabel('Calf', { exact: true }).check());
  await step(() => w.getByLabel('How many minutes did it last?').fill('4'));
  await step(() => w.getByLabel('I got back to sleep soon').check());
  await step(() => w.getByRole('button', { name: 'Save', exact: true }).click());
  await expect(w.locator('.nlc-notice')).toHaveText('Saved in your diary.');
  // At two seconds a step (a generous pace for a tired person on a phone) that is 10 s.
  expect(steps).toBeLessThanOrEqual(5);
  expect(steps * 2).toBeLessThan(15);
  expect(Date.now() - t).toBeLessThan(15_000);

  // Two more: one a week earlier (the time changed), one in the foot.
  for (const [muscle, minutes, when] of [['Foot', '2', '2026-11-13T22:00'], ['Calf', '10', '2026-11-20T01:00']]) {
    await w.getByRole('button', { name: 'Record a cramp' }).click();
    await w.getByLabel(muscle, { exact: true }).check();
    await w.getByLabel('How many minutes did it last?').fill(minutes);
    await w.getByLabel('I was awake a long time').check();
    await w.getByLabel('Stretching').check();
    await w.getByLabel('When did it start?').fill(when);
    await w.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(w.locator('.nlc-notice')).toHaveText('Saved in your diary.');
  }
  const values = (cls) => w.locator(`.${cls} .nlc-chart__value`).allTextContents();
  const column = (i) => w.locator('.nlc-diary-table tbody tr').evaluateAll((rows, i) => rows.map((r) => r.children[i].textContent), i);
  expect(await values('nlc-chart--count')).toEqual(await column(1));
  expect(await values('nlc-chart--minutes')).toEqual(await column(2));
  expect((await column(1)).slice(-2)).toEqual(['1', '2']);
  expect((await column(2)).slice(-2)).toEqual(['2', '7']);
  expect((await column(3)).slice(-2)).toEqual(['1', '1']);
  await expect(w.locator('.nlc-diary-entry')).toHaveCount(3);
  const record = await stored(page, DIARY);
  expect(record.split('\n').filter((l) => l.startsWith('entry '))).toHaveLength(3);
  await expectNoAxeViolations(page, 'the diary with entries');

  // Change an entry, then delete one.
  await w.locator('.nlc-diary-entry').first().getByRole('button', { name: /^Change/ }).click();
  await expect(heading(page)).toHaveText('Change this entry');
  await expect(w.getByLabel('How many minutes did it last?')).toHaveValue('4');
  await w.getByLabel('How many minutes did it last?').fill('6');
  await w.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(w.locator('.nlc-diary-entry').first()).toContainText('6 min');
  await w.locator('.nlc-diary-entry').first().getByRole('button', { name: /^Delete/ }).click();
  await expect(w.locator('.nlc-notice')).toHaveText('The entry was deleted.');
  expect((await focused(page)).cls).toContain('nlc-notice');
  await expect(w.locator('.nlc-diary-entry')).toHaveCount(2);
  expect((await stored(page, DIARY)).split('\n').filter((l) => l.startsWith('entry '))).toHaveLength(2);
});

test('Save with fields missing shows the errors; the CSV holds every entry in words', async ({ page }) => {
  await open(page);
  await startDiary(page);
  const w = widget(page);
  await w.getByRole('button', { name: 'Record a cramp' }).click();
  await w.getByLabel('How many minutes did it last?').fill('abc');
  await w.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(w.locator('.nlc-error-summary')).toContainText('Select which muscle cramped');
  await expect(w.locator('.nlc-error-summary')).toContainText('Enter the minutes as a number from 1 to 600');
  await expect(w.locator('.nlc-error-summary')).toContainText('Select how it affected your sleep');
  expect((await focused(page)).cls).toContain('nlc-error-summary');
  await expectNoAxeViolations(page, 'the diary form with errors');
  await w.getByLabel('Somewhere else').check();
  await w.getByLabel('How many minutes did it last?').fill('3');
  await w.getByLabel('It did not wake me').check();
  await w.getByLabel('Rubbing the muscle').check();
  await w.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(w.locator('.nlc-diary-entry')).toHaveCount(1);
  const download = page.waitForEvent('download');
  await w.getByRole('button', { name: 'Save my diary as a spreadsheet (CSV file)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('night-leg-cramps-diary.csv');
  const text = (await (await file.createReadStream()).toArray()).join('');
  const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('When,Muscle,Minutes,What helped,Sleep');
  expect(lines[1]).toMatch(/,Somewhere else,3,Rubbing the muscle,It did not wake me$/);
  expect(lines).toHaveLength(2);
});

test('from the relief mode, a cramp that eased is recorded with what the mode knows', async ({ page }) => {
  await open(page);
  const w = widget(page);
  await w.getByRole('button', { name: 'Having a cramp right now? See what helps' }).click();
  await w.getByRole('button', { name: 'Calf', exact: true }).click();
  await page.clock.fastForward('03:10');
  await w.getByRole('button', { name: 'It has eased' }).click();
  await w.getByRole('button', { name: 'Record this cramp in my diary' }).click();
  await expect(heading(page)).toHaveText('Record a cramp');
  await expect(w.getByLabel('Calf', { exact: true })).toBeChecked();
  await expect(w.getByLabel('How many minutes did it last?')).toHaveValue('3');
  await w.getByLabel('I got back to sleep soon').check();
  await w.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(w.locator('.nlc-diary-entry')).toHaveCount(1);
  await expect(w.locator('.nlc-diary-entry')).toContainText('Calf, 3 min.');
  expect(await stored(page, DIARY)).toMatch(/entry 1 \d+ relief-calf 3 back-soon -/);
});

test('entries older than the retention setting are deleted; "Delete my diary" asks first', async ({ page }) => {
  const old = (days, id) => `entry ${id} ${T0 - days * DAY} relief-foot 2 not-woken -\n`;
  await page.addInitScript(([k, r]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k, r); sessionStorage.setItem('seeded', '1'); } },
    [DIARY, `night-leg-cramps diary 1\nkeep 90\n${old(1, 4)}${old(40, 3)}${old(89, 2)}${old(95, 1)}`]);
  await open(page);
  const w = widget(page);
  // 95 days old: gone on opening.
  await expect.poll(async () => (await stored(page, DIARY)).split('\n').filter((l) => l.startsWith('entry ')).length).toBe(3);
  await w.getByRole('button', { name: 'My cramp diary' }).click();
  await expect(w.locator('.nlc-diary-entry')).toHaveCount(3);
  // A shorter time deletes the older ones at once.
  await w.getByLabel('Delete entries older than').selectOption('30');
  await expect(w.locator('.nlc-diary-entry')).toHaveCount(1);
  expect(await stored(page, DIARY)).toContain('keep 30');
  // Time passes (fake clock): 31 days on, the last one goes when the guide opens again.
  await page.clock.setSystemTime(T0 + 31 * DAY);
  await page.reload();
  await ready(page);
  expect((await stored(page, DIARY)).split('\n').filter((l) => l.startsWith('entry '))).toHaveLength(0);

  await w.getByRole('button', { name: 'My cramp diary' }).click();
  await w.getByRole('button', { name: 'Delete my diary' }).click();
  await expect(heading(page)).toHaveText('Delete my diary');
  await expectNoAxeViolations(page, 'delete my diary?');
  await w.getByRole('button', { name: 'No, keep it' }).click();
  expect(await stored(page, DIARY)).not.toBeNull();
  await w.getByRole('button', { name: 'Delete my diary' }).click();
  await w.getByRole('button', { name: 'Yes, delete my diary' }).click();
  await expect(w.locator('.nlc-notice')).toHaveText('Your diary was deleted.');
  expect(await stored(page, DIARY)).toBeNull();
  await expect(w.getByRole('button', { name: 'Start my diary' })).toBeVisible();
});

test('the printed summary for the doctor carries the diary of the last four weeks', async ({ page }) => {
  await page.addInitScript(([k, r]) => localStorage.setItem(k, r),
    [DIARY, `night-leg-cramps diary 1\nkeep 90\nentry 3 ${T0 - DAY} relief-calf 4 awake-long -\nentry 2 ${T0 - 3 * DAY} relief-calf 2 not-woken -\nentry 1 ${T0 - 40 * DAY} relief-calf 9 awake-long -\n`]);
  await open(page);
  await widget(page).getByRole('button', { name: 'Start now' }).click();
  await finish(page);
  await page.emulateMedia({ media: 'print' });
  const row = widget(page).locator('.nlc-summary-diary');
  await expect(row).toBeVisible();
  await expect(row).toContainText('My cramp diary');
  await expect(row).toContainText('Last 4 weeks: 2 cramps, 3 minutes long on average; 1 kept me awake a long time.');
});

test('full storage: a plain message, nothing is lost and the guide goes on', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await open(page);
  const w = widget(page);
  await w.getByRole('button', { name: 'Start now' }).click();
  await keep(page).click();
  await expect(w.locator('.nlc-notice')).toHaveText('There was no room to save on this device, so nothing was saved. Everything else works as usual.');
  await expect(keep(page)).not.toBeChecked();
  await expectNoAxeViolations(page, 'storage full');
  await finish(page);
  await expect(w.locator('.nlc-care-card--self-care')).toBeVisible();
  expect(errors).toEqual([]);
});

test('blocked storage (private mode, cookies off): the guide works and says why nothing is kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await open(page);
  const w = widget(page);
  await w.getByRole('button', { name: 'My cramp diary' }).click();
  await w.getByRole('button', { name: 'Start my diary' }).click();
  await expect(w.locator('.nlc-notice')).toContainText('This browser does not let the guide keep anything on this device');
  await expect(w.getByRole('button', { name: 'Start my diary' })).toBeVisible();
  await w.getByRole('button', { name: 'Back', exact: true }).click();
  await w.getByRole('button', { name: 'Start now' }).click();
  await keep(page).click();
  await expect(w.locator('.nlc-notice')).toContainText('private browsing');
  await expect(keep(page)).not.toBeChecked();
  await finish(page);
  await expect(w.locator('.nlc-care-card--self-care')).toBeVisible();
  expect(errors).toEqual([]);
});

test('storage="off": nothing is offered and the device storage is never touched', async ({ page }) => {
  await page.addInitScript(() => {
    window.storageCalls = 0;
    localStorage.setItem('night-leg-cramps:answers', 'untouched');
    for (const m of ['getItem', 'setItem', 'removeItem']) {
      const f = Storage.prototype[m];
      Storage.prototype[m] = function (...a) { if (String(a[0]).startsWith('night-leg-cramps')) window.storageCalls++; return f.apply(this, a); };
    }
    // As the host page's own markup would: the attribute is there before the guide starts.
    new MutationObserver(() => {
      const el = document.querySelector('night-leg-cramps');
      if (el && !el.hasAttribute('storage')) el.setAttribute('storage', 'off');
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/index.html');
  await ready(page);
  const w = widget(page);
  await expect(w.getByRole('button', { name: 'My cramp diary' })).toHaveCount(0);
  await w.getByRole('button', { name: 'Start now' }).click();
  await expect(keep(page)).toHaveCount(0);
  await finish(page);
  await expect(w.locator('.nlc-care-card')).toBeVisible();
  expect(await page.evaluate(() => window.storageCalls)).toBe(0);
  expect(await stored(page, ANSWERS)).toBe('untouched');
});

for (const width of [320, 1280]) {
  for (const theme of ['light', 'dark']) {
    test(`every new state is axe-clean at ${width} px, ${theme}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page);
      await page.evaluate((t) => document.querySelector('night-leg-cramps').setAttribute('theme', t), theme);
      const w = widget(page);
      await w.getByRole('button', { name: 'Start now' }).click();
      await keep(page).check();
      await expectNoAxeViolations(page, 'keep my answers ticked');
      await page.reload();
      await ready(page);
      await page.evaluate((t) => document.querySelector('night-leg-cramps').setAttribute('theme', t), theme);
      await expectNoAxeViolations(page, 'the offer to continue');
      await w.locator('.nlc-resume').getByRole('button', { name: 'Start again' }).click();
      await w.getByRole('button', { name: 'My cramp diary' }).click();
      await expectNoAxeViolations(page, 'the offer to start a diary');
      await w.getByRole('button', { name: 'Start my diary' }).click();
      await w.getByRole('button', { name: 'Record a cramp' }).click();
      await expectNoAxeViolations(page, 'the diary form');
      await w.getByRole('button', { name: 'Save', exact: true }).click();
      await expectNoAxeViolations(page, 'the diary form with errors');
      await w.getByLabel('Foot', { exact: true }).check();
      await w.getByLabel('How many minutes did it last?').fill('2');
      await w.getByLabel('It did not wake me').check();
      await w.getByRole('button', { name: 'Save', exact: true }).click();
      await expectNoAxeViolations(page, 'the diary with an entry');
      // Nothing wider than the screen.
      const overflow = await w.locator('.nlc').evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/continuity-${width}-${theme}.png`, fullPage: true });
    });
  }
}
