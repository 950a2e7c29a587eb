// The kit for host developers in a real browser: the README's snippets (plain HTML, and the
// React, Vue and Angular examples as the kit test built them into target/kit/ from the installed npm
// package) run on a host page, and the Custom Elements Manifest of the package matches what
// the element really observes, dispatches and styles. Needs the kit step of scripts/test
// (node --test tests/kit/) to have run after scripts/build.
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { transformSync } from 'esbuild';
import { HOSTS } from '../../playwright.config.mjs';
import { ready, emergencyPath } from './helpers.mjs';

const PKG = 'dist/package';
const KIT = 'target/kit';
const missing = [`${PKG}/custom-elements.json`, ...['react', 'vue', 'angular'].map((f) => `${KIT}/${f}/index.html`)].filter((f) => !existsSync(f));
const manifest = () => JSON.parse(readFileSync(`${PKG}/custom-elements.json`, 'utf8'));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves `${HOSTS}/kit/<path>` from `dir`, and the single file from the npm package. */
async function serveKit(page, routes) {
  await page.route(`${HOSTS}/night-leg-cramps.js`, (r) => r.fulfill({ path: `${PKG}/night-leg-cramps.js`, contentType: 'text/javascript' }));
  for (const [prefix, dir] of Object.entries(routes)) {
    await page.route(`${HOSTS}/kit/${prefix}/**`, (r) => {
      const path = join(dir, new URL(r.request().url()).pathname.slice(`/kit/${prefix}/`.length));
      if (!existsSync(path)) return r.fulfill({ status: 404 });
      return r.fulfill({ path, contentType: types[extname(path)] ?? 'application/octet-stream' });
    });
  }
}

test.beforeEach(() => {
  expect(missing, 'run the kit step first: node --test tests/kit/ (after scripts/build)').toEqual([]);
});

test('README plain HTML snippet: the widget runs and the page hears the outcome', async ({ page }) => {
  const logs = [];
  page.on('console', (m) => logs.push(m.text()));
  await serveKit(page, { html: 'examples/html' });
  await page.goto(`${HOSTS}/kit/html/index.html`);
  await ready(page);
  await emergencyPath(page.locator('night-leg-cramps'));
  await expect.poll(() => logs).toContain('The guide showed: emergency');
});

for (const framework of ['react', 'vue', 'angular']) {
  test(`README ${framework} example, bundled from the installed package: renders and hears the outcome`, async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
    await serveKit(page, { [framework]: `${KIT}/${framework}` });
    await page.goto(`${HOSTS}/kit/${framework}/index.html`);
    await ready(page);
    const w = page.locator('night-leg-cramps');
    await expect(w).toHaveAttribute('region', 'uk');
    await expect(w.locator('a[href="tel:999"]').first()).toBeVisible();
    await emergencyPath(w);
    await expect(page.getByRole('status')).toHaveText('The guide showed: emergency');
    expect(errors).toEqual([]);
  });
}

test('the manifest matches the element: observed attributes, statics, events and their detail, custom properties', async ({ page }) => {
  const el = manifest().modules[0].declarations[0];
  const version = JSON.parse(readFileSync(`${PKG}/package.json`, 'utf8')).version;
  await page.addInitScript(() => {
    // Every event the element dispatches, whatever the host listens to.
    window.__dispatched = [];
    const dispatch = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (e) {
      if (this instanceof HTMLElement && this.localName === 'night-leg-cramps') window.__dispatched.push([e.type, e.detail]);
      return dispatch.call(this, e);
    };
  });
  await serveKit(page, {});
  await page.goto(`${HOSTS}/plain.html`);
  await ready(page);
  const real = await page.evaluate(() => {
    const C = customElements.get('night-leg-cramps');
    const style = getComputedStyle(document.querySelector('night-leg-cramps'));
    return {
      observed: C.observedAttributes,
      version: C.version,
      statics: Object.fromEntries(['liveCount', 'wasmMemoryBytes'].map((m) => [m, typeof C[m]()])),
      props: [...Array(style.length).keys()].map((i) => style[i]).filter((n) => n.startsWith('--nlc-'))
        .map((n) => [n, style.getPropertyValue(n).trim()]),
    };
  });
  expect(real.observed).toEqual(el.attributes.map((a) => a.name));
  expect(real.version).toBe(version);
  expect(el.members.find((m) => m.name === 'version').default).toBe(JSON.stringify(version));
  for (const m of el.members.filter((m) => m.kind === 'method')) expect(real.statics[m.name]).toBe(m.return.type.text);
  // The public custom properties and their defaults, as the browser computes them on the host
  // (the inner --nlc-* of the shadow tree are not part of the API).
  // The build minifies the CSS (0.9em -> .9em), and so the defaults are minified the same way.
  const minified = transformSync(`:host{${el.cssProperties.map((p) => `${p.name}:${p.default}`).join(';')}}`, { loader: 'css', minify: true }).code;
  const defaults = [...minified.matchAll(/(--[\w-]+):([^;}]*)/g)].map((m) => [m[1], m[2].trim()]);
  expect(defaults.map(([n]) => n)).toEqual(el.cssProperties.map((p) => p.name));
  const byName = (a, b) => a[0].localeCompare(b[0]);
  expect(real.props.sort(byName)).toEqual(defaults.sort(byName));

  // Every event, with every detail key the manifest gives and nothing more.
  const w = page.locator('night-leg-cramps');
  await page.evaluate(() => {
    document.querySelector('night-leg-cramps').setAttribute('events', 'steps');
    document.querySelector('night-leg-cramps').setAttribute('send-to', 'Portal');
  });
  await emergencyPath(w);
  // nlc-answers: only on the person's press.
  await w.getByRole('button', { name: 'Send my answers to Portal' }).click();
  await w.getByRole('button', { name: 'Start again' }).click();
  await page.evaluate(() => document.querySelector('night-leg-cramps').setAttribute('start', 'cramp-now'));
  await expect.poll(() => page.evaluate(() => window.__dispatched.some(([, d]) => d?.step === 'cramp-now'))).toBe(true);
  const dispatched = await page.evaluate(() => window.__dispatched);
  expect([...new Set(dispatched.map(([t]) => t))].sort()).toEqual(el.events.map((e) => e.name).sort());
  for (const e of el.events) {
    const detail = e.type.text.match(/^CustomEvent<(.*)>$/)[1];
    const keys = [...detail.matchAll(/(\w+): ((?:"[^"]*"(?: \| )?)+)/g)].map((m) => [m[1], m[2].split(' | ').map((v) => JSON.parse(v))]);
    for (const [type, d] of dispatched.filter(([t]) => t === e.name)) {
      if (detail === 'null') { expect(d, type).toBeNull(); continue; }
      if (e.name === 'nlc-answers') {
        // An object, not a union of literals: the answers themselves.
        expect(Object.keys(d), type).toEqual(['questionnaireResponse']);
        expect(d.questionnaireResponse.resourceType, type).toBe('QuestionnaireResponse');
        continue;
      }
      expect(Object.keys(d).sort(), type).toEqual(keys.map(([k]) => k).sort());
      for (const [k, values] of keys) expect(values, `${type} detail.${k}`).toContain(d[k]);
    }
  }
});
