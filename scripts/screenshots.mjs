// Writes screenshots of the main states of the built widget (dist/) to screenshots/<lang>/, at
// phone and desktop widths, in light and dark: start, the first checklist, its error, a page of
// several questions, check your answers, one outcome per care level, a panel, the relief mode,
// the language switch, and the print view. Everything is reached by ids and by the buttons'
// roles, so the same script shows every language.
//   node scripts/screenshots.mjs [lang ...]     (after scripts/build; default: en es en-GB)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = 4175;
const LANGS = process.argv.slice(2).length ? process.argv.slice(2) : ['en', 'es', 'en-GB'];
const server = spawn('node', ['scripts/serve.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 400));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

// A person with typical cramps and nothing else (optional questions left out).
const CLEAR = {
  emergency: 'none', 'leg-signs': 'none', 'other-signs': 'none', feeling: 'cramp', duration: 'minutes',
  'other-symptoms': 'none', medicines: 'none', 'new-medicine': 'no', conditions: 'none', factors: 'none', pregnant: 'no',
};

const pageKey = (w) => w.locator('input').evaluateAll((els) => [...new Set(els.map((e) => e.name))].join('+'));

/** Answers pages until `stop` (a page key) or none is left. */
async function answer(w, answers = {}, stop = null) {
  for (let i = 0; i < 20; i++) {
    const key = await pageKey(w);
    if (!key || key === stop) return;
    for (const q of key.split('+')) {
      for (const c of [].concat(answers[q] ?? CLEAR[q] ?? [])) await w.locator(`#nlc-${q}-choice-${c}`).check();
    }
    await w.locator('button[type=submit]').click();
    await w.page().waitForFunction((k) => {
      const host = document.querySelector('night-leg-cramps');
      const names = [...new Set([...host.shadowRoot.querySelectorAll('input')].map((e) => e.name))].join('+');
      return names !== k;
    }, key);
  }
}

const start = (w) => w.locator('.nlc-button--start').click();
const confirm = (w) => w.locator('.nlc-check > .nlc-button').click();

const shots = [
  ['start', async () => {}],
  ['question', async (w) => { await start(w); }],
  ['error', async (w) => { await start(w); await w.locator('button[type=submit]').click(); }],
  ['details-page', async (w) => { await start(w); await answer(w, {}, 'where+side+how-often+since+trend+tried+helped'); }],
  ['check-answers', async (w) => { await start(w); await answer(w); }],
  ['outcome-emergency', async (w) => { await start(w); await answer(w, { emergency: ['lung-clot'] }); }],
  ['outcome-urgent', async (w) => { await start(w); await answer(w, { 'leg-signs': ['dvt'] }); }],
  ['outcome-routine', async (w) => {
    await start(w);
    await answer(w, { 'other-symptoms': ['sleep'], medicines: ['quinine', 'statin'], conditions: ['kidney', 'diabetes-2'] });
    await confirm(w);
  }],
  ['outcome-self-care', async (w) => { await start(w); await answer(w, { pregnant: 'pregnant-middle' }); await confirm(w); }],
  ['panel', async (w) => { await w.locator('.nlc-info-nav button').nth(1).click(); }],
  ['relief', async (w) => {
    await w.locator('.nlc-cramp-now__link').click();
    await w.locator('.nlc-muscle').first().click();
  }],
  ['language-switch', async (w) => {
    await w.evaluate((el) => el.setAttribute('languages', 'en es'));
    await start(w);
  }],
];

for (const lang of LANGS) {
  mkdirSync(`screenshots/${lang}`, { recursive: true });
  for (const [width, label] of [[360, 'phone'], [1280, 'desktop']]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
      for (const [name, act] of shots) {
        await page.goto(`http://127.0.0.1:${PORT}/index.html`);
        const w = page.locator('night-leg-cramps');
        await w.locator('.nlc').waitFor();
        await w.evaluate((el, l) => el.setAttribute('lang', l), lang);
        await w.locator(`.nlc[lang="${lang}"]`).waitFor();
        await act(w);
        await page.waitForTimeout(150);
        await page.screenshot({ path: `screenshots/${lang}/${label}-${scheme}-${name}.png`, fullPage: true });
        if (name === 'outcome-routine' && scheme === 'light') {
          await page.emulateMedia({ media: 'print' });
          await page.screenshot({ path: `screenshots/${lang}/${label}-print-outcome-routine.png`, fullPage: true });
          await page.emulateMedia({ media: 'screen' });
        }
      }
      await page.close();
    }
  }
}
await browser.close();
server.kill();
console.log(`screenshots written to screenshots/{${LANGS.join(',')}}/`);
