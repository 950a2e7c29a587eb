// Offline and the iframe embed: the standalone page works with the network cut after one
// visit (service worker), and embed.html resizes its frame through validated messages.
import { test, expect } from '@playwright/test';
import { HOSTS } from '../../playwright.config.mjs';
import { ready, answerAll, expectNoAxeViolations, emergencyPath } from './helpers.mjs';

test('after one visit, the standalone page loads and completes a path offline', async ({ page, context }) => {
  await page.goto('/index.html');
  await ready(page);
  // Wait until the service worker has precached everything and controls the page.
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  const manifest = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

  await context.setOffline(true);
  await page.reload();
  await ready(page);
  const w = page.locator('night-leg-cramps');
  await w.getByRole('button', { name: 'Start now' }).click();
  await answerAll(page, { 'other-symptoms': ['walking-pain'] });
  await w.getByRole('button', { name: 'See my result' }).click();
  await expect(w.locator('.nlc-care-card--routine')).toBeVisible();
  await context.setOffline(false);
});

test('the service worker precaches every file of the build', async ({ request }) => {
  const sw = await (await request.get('/sw.js')).text();
  const files = JSON.parse(sw.match(/const FILES = (\[.*?\]);/)[1]);
  for (const f of ['./index.html', './night-leg-cramps.js', './manifest.webmanifest', './icon-192.png', './embed.html']) {
    expect(files).toContain(f);
  }
  expect(sw).toMatch(/const VERSION = '[0-9a-f]{16}'/);
  for (const f of files) expect((await request.get(f)).ok(), f).toBe(true);
});

test('the iframe embed resizes its frame and ignores forged or malformed messages', async ({ page }) => {
  await page.goto(`${HOSTS}/iframe.html`);
  const frame = page.locator('iframe[data-nlc-embed]');
  await expect.poll(async () => (await frame.boundingBox()).height).toBeGreaterThan(500);
  const w = page.frameLocator('iframe[data-nlc-embed]').locator('night-leg-cramps');
  await expect(w.locator('a[href="tel:000"]').first()).toBeVisible();
  await emergencyPath(w);
  const height = (await frame.boundingBox()).height;
  // A message from the host page itself, and malformed shapes, change nothing.
  await page.evaluate(() => {
    window.postMessage({ type: 'nlc-resize', height: 3 }, '*');
    window.postMessage({ type: 'nlc-resize', height: '9px' }, '*');
  });
  await page.waitForTimeout(200);
  expect((await frame.boundingBox()).height).toBe(height);
  await expectNoAxeViolations(page, 'iframe host');
});

test('the embed reads ?origin= as a URL: case, a trailing slash, a path and spaces still reach the host', async ({ page }) => {
  for (const origin of ['http://127.0.0.1:4174/', 'HTTP://127.0.0.1:4174', 'http://127.0.0.1:4174/health/cramps?x=1', ' http://127.0.0.1:4174 ']) {
    await page.goto(`${HOSTS}/iframe-origin.html?origin=${encodeURIComponent(origin)}`);
    const frame = page.locator('iframe[data-nlc-embed]');
    await expect.poll(async () => (await frame.boundingBox()).height, origin).toBeGreaterThan(500);
  }
});

test('the embed never sends its height to any origin: a wrong, invalid or missing ?origin= sends nothing and says why', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.addInitScript(() => {
    window.__messages = 0;
    window.addEventListener('message', (e) => { if (e.data?.type === 'nlc-resize') window.__messages++; });
  });
  // Another origin (localhost is not 127.0.0.1), not a URL, not http(s), and none at all.
  for (const origin of ['http://localhost:4174/', 'not a url', 'javascript:alert(1)', null]) {
    warnings.length = 0;
    await page.goto(`${HOSTS}/iframe-origin.html${origin === null ? '' : `?origin=${encodeURIComponent(origin)}`}`);
    const w = page.frameLocator('iframe[data-nlc-embed]').locator('night-leg-cramps');
    await expect(w.locator('.nlc')).toBeVisible();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__messages), String(origin)).toBe(0);
    expect((await page.locator('iframe[data-nlc-embed]').boundingBox()).height).toBeLessThan(200);
    if (origin !== 'http://localhost:4174/') expect(warnings.join('\n'), String(origin)).toContain('?origin=');
  }
});

test('embed-host.js also resizes frames added after it ran (single-page apps)', async ({ page }) => {
  await page.goto(`${HOSTS}/iframe-origin.html?origin=none`);
  await page.waitForFunction(() => document.readyState === 'complete');
  // The page's own frame is replaced by a new one, as a single-page app would.
  await page.evaluate(() => {
    document.querySelector('iframe[data-nlc-embed]').remove();
    const frame = document.createElement('iframe');
    frame.setAttribute('data-nlc-embed', '');
    frame.title = 'Night leg cramps guide';
    frame.height = '150';
    frame.src = 'http://127.0.0.1:4173/embed.html?lang=en&origin=http://127.0.0.1:4174';
    document.querySelector('main').append(frame);
  });
  const frame = page.locator('iframe[data-nlc-embed]');
  await expect.poll(async () => (await frame.boundingBox()).height).toBeGreaterThan(500);
});

test('a new deployment is offered, not forced: the page says a newer version is ready and reloads on consent', async ({ page, request }) => {
  // A deployment of our own: a copy of dist/ on its own port, so this test can deploy again.
  const { cpSync, mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { spawn } = await import('node:child_process');
  const dir = mkdtempSync(join(tmpdir(), 'nlc-deploy-'));
  cpSync('dist', dir, { recursive: true });
  const port = 4190 + test.info().workerIndex;
  const server = spawn(process.execPath, ['scripts/serve.mjs', dir, String(port)], { stdio: 'ignore' });
  try {
    const url = `http://127.0.0.1:${port}/index.html`;
    await expect.poll(async () => (await request.get(url).catch(() => null))?.ok() ?? false).toBe(true);
    await page.goto(url);
    await ready(page);
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const oldVersion = await page.evaluate(async () => (await caches.keys()).find((k) => k.startsWith('nlc-')));
    // The person is part-way through; nothing is offered yet.
    const w = page.locator('night-leg-cramps');
    await w.getByRole('button', { name: 'Start now' }).click();
    await expect(page.locator('.nlc-update')).toHaveCount(0);

    // Deploy a new version, as scripts/build would (a new version string in sw.js).
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8').replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = 'f00dfeedf00dfeed'");
    writeFileSync(join(dir, 'sw.js'), sw);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const offer = page.getByRole('status').filter({ hasText: 'A newer version of this guide is ready' });
    await expect(offer).toBeVisible();
    // Not forced: the old version keeps serving, the person's page is as it was.
    await expect(w.getByRole('heading', { level: 1 })).toContainText('any of these right now');
    expect(await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('nlc-')).length)).toBe(2);

    // The click reloads the page once the new version has taken over.
    const reloaded = page.waitForEvent('load');
    await offer.getByRole('button', { name: 'Reload with the new version' }).click();
    await reloaded;
    await ready(page);
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('nlc-')))).toEqual(['nlc-f00dfeedf00dfeed']);
    expect(oldVersion).not.toBe('nlc-f00dfeedf00dfeed');
    await expect(page.locator('.nlc-update')).toHaveCount(0);
  } finally {
    server.kill();
  }
});
