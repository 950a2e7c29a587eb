// The kit for host developers, as they get it: the npm package (packed with `npm pack`), its
// Custom Elements Manifest and TypeScript types, installed into a small React 19 + TypeScript
// project, a Vue 3 + TypeScript project and an Angular project (tests/kit/react, tests/kit/vue,
// tests/kit/angular; their packages come from `scripts/setup test`). Runs after scripts/build:
//   node --test tests/kit/
// It also bundles the README's React, Vue and Angular examples into target/kit/ for the host-page
// tests (tests/e2e/kit.spec.mjs), which run them in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import Ajv from 'ajv';
import { build } from 'esbuild';
import { buildPackage, pack } from '../../scripts/package.mjs';
import { checkSnippets, ROOT } from '../../scripts/snippets.mjs';
import { typesFromManifest } from '../../scripts/types.mjs';

const run = promisify(execFile);
const KIT = join(ROOT, 'tests/kit');
const OUT = join(ROOT, 'target/kit'); // host-page bundles for tests/e2e/kit.spec.mjs
const read = (p) => readFileSync(p, 'utf8');

let tarball;
let manifest;

test('the npm package: files, exports, side effect, manifest, SRI hash, license', async () => {
  buildPackage();
  tarball = pack();
  const { stdout } = await run('tar', ['-tzf', tarball]);
  assert.deepEqual(stdout.trim().split('\n').sort(), [
    'LICENSE-APACHE', 'LICENSE-MIT', 'README.md', 'custom-elements.json', 'night-leg-cramps.d.ts',
    'night-leg-cramps.js', 'night-leg-cramps.js.sha384', 'package.json',
  ].map((f) => `package/${f}`));
  const dir = join(ROOT, 'dist/package');
  const pkg = JSON.parse(read(join(dir, 'package.json')));
  assert.equal(pkg.name, 'night-leg-cramps');
  assert.equal(pkg.license, 'MIT OR Apache-2.0');
  assert.equal(pkg.main, 'night-leg-cramps.js');
  assert.deepEqual(pkg.exports['.'], { types: './night-leg-cramps.d.ts', default: './night-leg-cramps.js' });
  assert.deepEqual(pkg.sideEffects, ['./night-leg-cramps.js']);
  assert.equal(pkg.customElements, 'custom-elements.json');
  const sri = read(join(ROOT, 'dist/night-leg-cramps.js.sha384')).trim();
  assert.equal(pkg.sri['night-leg-cramps.js'], sri);
  assert.ok(read(join(dir, 'README.md')).includes(sri), 'the package README gives the SRI hash');
  assert.ok(!/\{\{\w+\}\}/.test(read(join(dir, 'README.md'))), 'no placeholder left in the package README');
  // The root package.json (the dev tools) stays private.
  assert.equal(JSON.parse(read(join(ROOT, 'package.json'))).private, true);
  manifest = JSON.parse(read(join(dir, 'custom-elements.json')));
});

test('custom-elements.json validates against the Custom Elements Manifest schema', () => {
  const schema = JSON.parse(read(join(ROOT, 'node_modules/custom-elements-manifest/schema.json')));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(manifest), JSON.stringify(validate.errors, null, 2));
  assert.match(manifest.schemaVersion, /^2\./);
  const el = manifest.modules[0].declarations[0];
  assert.equal(el.tagName, 'night-leg-cramps');
  // The attributes web/entry.js observes (the Rust tests tie it to embed::ATTRIBUTES).
  const observed = read(join(ROOT, 'web/entry.js')).match(/const ATTRS = \[(.*)\];/)[1].split(', ').map((a) => a.slice(1, -1));
  assert.deepEqual(el.attributes.map((a) => a.name), observed);
});

test('night-leg-cramps.d.ts is generated from the manifest it ships with', () => {
  const dts = read(join(ROOT, 'dist/package/night-leg-cramps.d.ts'));
  const version = JSON.parse(read(join(ROOT, 'dist/package/package.json'))).version;
  assert.equal(dts, typesFromManifest(manifest, { version }));
});

test('the README snippets are the files under examples/ that these tests check and run', () => {
  const problems = ['README.md', 'package/README.md'].flatMap((f) => checkSnippets(join(ROOT, f)));
  assert.deepEqual(problems, []);
  for (const f of ['README.md', 'package/README.md']) {
    const text = read(join(ROOT, f));
    for (const ex of ['examples/html/index.html', 'examples/react/LegCrampsGuide.tsx', 'examples/vue/LegCrampsGuide.vue',
      'examples/vue/vite.config.ts', 'examples/angular/leg-cramps-guide.component.ts']) {
      assert.ok(text.includes(`<!-- example: ${ex} -->`), `${f} shows ${ex}`);
    }
  }
});

/** Installs the packed tarball into a fixture project (its own dependencies are already
 *  there from `scripts/setup test`), as a host developer would. */
async function install(fixture) {
  // Without the lockfile (npm would prune the fixture's own packages against it) and into a
  // clean place (npm would keep an earlier tarball of the same version).
  rmSync(join(fixture, 'node_modules/night-leg-cramps'), { recursive: true, force: true });
  // (--include=dev: Vite's build sets NODE_ENV=production in this process, which would make
  // npm drop the fixture's devDependencies.)
  const { NODE_ENV: _, ...env } = process.env;
  await run('npm', ['install', '--no-save', '--no-package-lock', '--include=dev', '--no-audit', '--no-fund', '--loglevel=error', tarball],
    { cwd: fixture, env });
  const own = Object.keys(JSON.parse(read(join(fixture, 'package.json'))).devDependencies);
  for (const dep of own) assert.ok(existsSync(join(fixture, 'node_modules', dep, 'package.json')), `${dep} is still installed`);
  const installed = JSON.parse(read(join(fixture, 'node_modules/night-leg-cramps/package.json')));
  assert.equal(installed.version, JSON.parse(read(join(ROOT, 'dist/package/package.json'))).version);
}

/** Runs a type checker; returns its errors as { file, line, text } (relative to the fixture). */
async function typeErrors(fixture, bin) {
  const r = await run(join(fixture, 'node_modules/.bin', bin), ['-p', '.', '--pretty', 'false'], { cwd: fixture })
    .then((x) => ({ ...x, code: 0 }), (e) => e);
  const errors = [...r.stdout.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/gm)]
    .map((m) => ({ file: m[1], line: Number(m[2]), text: m[3] }));
  assert.equal(r.code !== 0, errors.length > 0, `${bin} exit code ${r.code} with errors:\n${r.stdout}${r.stderr}`);
  return errors;
}

/** Correct usage has no error; each file under fail/ fails, on exactly its marked lines. */
function expectOnlyMarkedErrors(fixture, errors) {
  const show = (es) => es.map((e) => `${e.file}(${e.line}): ${e.text}`).join('\n');
  const elsewhere = errors.filter((e) => !e.file.startsWith('fail/'));
  assert.deepEqual(elsewhere, [], `errors in correct usage:\n${show(elsewhere)}`);
  const fails = readdirSync(join(fixture, 'fail'));
  assert.ok(fails.length >= 1);
  for (const f of fails) {
    const marked = read(join(fixture, 'fail', f)).split('\n')
      .flatMap((l, i) => (/expected error/.test(l) ? [i + 1] : []));
    assert.ok(marked.length > 0, `fail/${f} marks its expected error`);
    const lines = [...new Set(errors.filter((e) => e.file === `fail/${f}`).map((e) => e.line))];
    assert.deepEqual(lines.sort(), marked, `fail/${f} must fail on its marked line(s); errors:\n${show(errors)}`);
  }
}

test('React 19 + TypeScript: tsc passes for correct usage, fails for a wrong value or a misspelt event', async () => {
  const fixture = join(KIT, 'react');
  await install(fixture);
  rmSync(join(fixture, 'src/examples'), { recursive: true, force: true });
  mkdirSync(join(fixture, 'src/examples'));
  copyFileSync(join(ROOT, 'examples/react/LegCrampsGuide.tsx'), join(fixture, 'src/examples/LegCrampsGuide.tsx'));
  const errors = await typeErrors(fixture, 'tsc');
  expectOnlyMarkedErrors(fixture, errors);
  // The host page of the React example, bundled as an app would be.
  rmSync(join(OUT, 'react'), { recursive: true, force: true });
  await build({
    entryPoints: [join(fixture, 'src/main.tsx')], bundle: true, format: 'esm', minify: true, jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' }, outfile: join(OUT, 'react/app.js'), logLevel: 'warning',
  });
  writeFileSync(join(OUT, 'react/index.html'), '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>React host</title></head>\n<body><main id="root"></main><script type="module" src="app.js"></script></body></html>\n');
});

test('Vue 3 + TypeScript: vue-tsc passes for correct usage, fails for a wrong value or a misspelt event', async () => {
  const fixture = join(KIT, 'vue');
  await install(fixture);
  rmSync(join(fixture, 'src/examples'), { recursive: true, force: true });
  mkdirSync(join(fixture, 'src/examples'));
  copyFileSync(join(ROOT, 'examples/vue/LegCrampsGuide.vue'), join(fixture, 'src/examples/LegCrampsGuide.vue'));
  copyFileSync(join(ROOT, 'examples/vue/vite.config.ts'), join(fixture, 'vite.config.ts'));
  const errors = await typeErrors(fixture, 'vue-tsc');
  expectOnlyMarkedErrors(fixture, errors);
  // The host page of the Vue example, built by Vite with the README's vite.config.ts.
  const { build: viteBuild } = await import(join(fixture, 'node_modules/vite/dist/node/index.js'));
  await viteBuild({
    root: fixture, configFile: join(fixture, 'vite.config.ts'), base: './', logLevel: 'warn',
    build: { outDir: join(OUT, 'vue'), emptyOutDir: true, reportCompressedSize: false },
  });
  assert.ok(read(join(OUT, 'vue/index.html')).includes('<script type="module"'));
});

test('Angular + TypeScript: tsc passes for the example, fails for a misspelt event', async () => {
  const fixture = join(KIT, 'angular');
  await install(fixture);
  rmSync(join(fixture, 'src/examples'), { recursive: true, force: true });
  mkdirSync(join(fixture, 'src/examples'));
  copyFileSync(join(ROOT, 'examples/angular/leg-cramps-guide.component.ts'), join(fixture, 'src/examples/leg-cramps-guide.component.ts'));
  expectOnlyMarkedErrors(fixture, await typeErrors(fixture, 'tsc'));
  // The host page of the Angular example (compiled in the browser: JIT).
  rmSync(join(OUT, 'angular'), { recursive: true, force: true });
  await build({
    entryPoints: [join(fixture, 'src/main.ts')], bundle: true, format: 'esm', minify: true,
    tsconfig: join(fixture, 'tsconfig.json'), outfile: join(OUT, 'angular/app.js'), logLevel: 'warning',
  });
  writeFileSync(join(OUT, 'angular/index.html'), '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Angular host</title></head>\n<body><main><app-leg-cramps-guide></app-leg-cramps-guide></main><script type="module" src="app.js"></script></body></html>\n');
});

test('importing the package where there is no DOM (server-side rendering) throws nothing', async () => {
  const fixture = join(KIT, 'react');
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e',
    "await import('night-leg-cramps'); console.log(typeof customElements)"], { cwd: fixture });
  assert.equal(stdout.trim(), 'undefined');
  assert.ok(relative(ROOT, tarball).startsWith('dist'));
});
