// Writes screenshots of the main states of the built widget (dist/) to screenshots/, at phone
// and desktop widths, in light and dark: start, a question, an error, check your answers, one
// outcome per care level, a panel, and the print view.
//   node scripts/screenshots.mjs        (after scripts/build)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = 4175;
const server = spawn('node', ['scripts/serve.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 400));
mkdirSync('screenshots', { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const CLEAR = { 'lung-clot': 'no', 'cold-leg': 'no', 'one-leg-swollen': 'no', 'severe-cramp': 'no', toxin: 'no', wound: 'no',
  feeling: 'cramp', duration: 'minutes', 'other-symptoms': 'none', medicines: 'none', 'new-medicine': 'no', conditions: 'none', factors: 'none', pregnant: 'no' };

async function answer(page, answers) {
  const w = page.locator('night-leg-cramps');
  for (let i = 0; i < 20; i++) {
    const input = w.locator('input').first();
    if (!(await input.count())) return;
    const q = (await input.getAttribute('name'));
    const a = answers[q] ?? CLEAR[q];
    for (const c of [].concat(a)) await w.locator(`#nlc-${q}-choice-${c}`).check();
    await w.getByRole('button', { name: 'Continue' }).click();
  }
}

const shots = [
  ['start', async () => {}],
  ['question', async (p, w) => { await w.getByRole('button', { name: 'Start now' }).click(); }],
  ['error', async (p, w) => { await w.getByRole('button', { name: 'Start now' }).click(); await w.getByRole('button', { name: 'Continue' }).click(); }],
  ['checkbox-question', async (p, w) => { await w.getByRole('button', { name: 'Start now' }).click(); await answer(p, { 'other-symptoms': undefined }); }],
  ['check-answers', async (p, w) => { await w.getByRole('button', { name: 'Start now' }).click(); await answer(p, {}); }],
  ['outcome-emergency', async (p, w) => { await w.getByRole('button', { name: 'Start now' }).click(); await answer(p, { 'lung-clot': 'yes' }); }],
  ['outcome-urgent', async (p, w) => { await w.getByRole('button', { name: 'Start now' }).click(); await answer(p, { 'one-leg-swollen': 'yes' }); }],
  ['outcome-routine', async (p, w) => { await w.getByRole('button', { name: 'Start now' }).click(); await answer(p, { 'other-symptoms': ['sleep'], medicines: ['quinine', 'statin'] }); await w.getByRole('button', { name: 'See my result' }).click(); }],
  ['outcome-self-care', async (p, w) => { await w.getByRole('button', { name: 'Start now' }).click(); await answer(p, { pregnant: 'yes' }); await w.getByRole('button', { name: 'See my result' }).click(); }],
  ['panel', async (p, w) => { await w.getByRole('button', { name: 'Causes and linked conditions' }).click(); }],
];
// The checkbox question shot stops at other-symptoms: answer() with an unset answer there.
const stopAt = { 'checkbox-question': 'other-symptoms' };

for (const [width, label] of [[360, 'phone'], [1280, 'desktop']]) {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
    for (const [name, act] of shots) {
      await page.goto(`http://127.0.0.1:${PORT}/index.html`);
      const w = page.locator('night-leg-cramps');
      await w.locator('.nlc').waitFor();
      if (stopAt[name]) {
        await w.getByRole('button', { name: 'Start now' }).click();
        for (let i = 0; i < 20; i++) {
          const q = await w.locator('input').first().getAttribute('name');
          if (q === stopAt[name]) break;
          await w.locator(`#nlc-${q}-choice-${CLEAR[q]}`).check();
          await w.getByRole('button', { name: 'Continue' }).click();
        }
      } else {
        await act(page, w);
      }
      await page.waitForTimeout(100);
      await page.screenshot({ path: `screenshots/${label}-${scheme}-${name}.png`, fullPage: true });
      if (name === 'outcome-routine' && scheme === 'light') {
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: `screenshots/${label}-print-outcome-routine.png`, fullPage: true });
        await page.emulateMedia({ media: 'screen' });
      }
    }
    await page.close();
  }
}
await browser.close();
server.kill();
console.log('screenshots written to screenshots/');
