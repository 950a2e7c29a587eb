// The npm package of the widget, assembled after scripts/build into dist/package/ (nothing is
// published; `npm pack` makes the tarball):
//   node scripts/package.mjs [--pack] [--manifest custom-elements.json]
//
//   night-leg-cramps.js         the single file (main export; `import "night-leg-cramps"`
//                               defines the element)
//   night-leg-cramps.js.sha384  its Subresource Integrity hash (also in package.json "sri")
//   custom-elements.json        the Custom Elements Manifest, printed by the review command
//                               from the Rust attribute checks and events
//   night-leg-cramps.d.ts       TypeScript declarations generated from the manifest
//   README.md, LICENSE-MIT, LICENSE-APACHE
//
// --pack also writes dist/night-leg-cramps-<version>.tgz and prints its path.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSnippets, ROOT } from './snippets.mjs';
import { typesFromManifest } from './types.mjs';

const FILE = 'night-leg-cramps.js';
const OUT = join(ROOT, 'dist/package');

/** The workspace version (Cargo.toml), as scripts/build stamps it into the file. */
export function cargoVersion() {
  const meta = JSON.parse(execFileSync('cargo', ['metadata', '--no-deps', '--format-version', '1'], { cwd: ROOT, encoding: 'utf8' }));
  return meta.packages.find((p) => p.name === 'night-leg-cramps').version;
}

/** The manifest, from the review command (built if needed). */
export function manifestFromRust() {
  const out = execFileSync('nice', ['-n', '10', 'cargo', 'run', '--quiet', '--features', 'review', '--bin', 'review', '--', 'manifest'],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 << 20 });
  return JSON.parse(out);
}

const table = (header, rows) => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.map((c) => String(c).replaceAll('|', '\\|').replaceAll('\n', ' ')).join(' | ')} |`)].join('\n');

/** package/README.md with its placeholders filled from the manifest. */
function readme(template, manifest, version, sri) {
  const el = manifest.modules[0].declarations[0];
  const code = (s) => `\`${s}\``;
  const values = (t) => t.split(' | ').map((v) => code(v.replace(/^"(.*)"$/, '$1'))).join(', ');
  return template
    .replaceAll('{{version}}', version)
    .replaceAll('{{sri}}', sri)
    .replace('{{attributes}}', table(['attribute', 'values', 'default'],
      el.attributes.map((a) => [code(a.name), values(a.type.text), a.default ? code(a.default) : '(see below)'])))
    .replace('{{events}}', table(['event', 'when'], el.events.map((e) => [code(e.name), e.description.split(' Bubbles')[0]])))
    .replace('{{cssProperties}}', table(['property', 'default', 'what'],
      el.cssProperties.map((p) => [code(p.name), code(p.default), p.description])));
}

export function buildPackage({ manifest } = {}) {
  const file = join(ROOT, 'dist', FILE);
  if (!existsSync(file)) throw new Error('dist/night-leg-cramps.js is missing: run scripts/build first');
  const version = cargoVersion();
  const js = readFileSync(file, 'utf8');
  if (!js.includes(JSON.stringify(version))) {
    throw new Error(`dist/${FILE} does not carry version ${version}: run scripts/build again`);
  }
  const sri = readFileSync(`${file}.sha384`, 'utf8').trim();
  manifest ??= manifestFromRust();
  const problems = checkSnippets(join(ROOT, 'package/README.md'));
  if (problems.length) throw new Error(problems.join('\n'));

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  copyFileSync(file, join(OUT, FILE));
  copyFileSync(`${file}.sha384`, join(OUT, `${FILE}.sha384`));
  for (const f of ['LICENSE-MIT', 'LICENSE-APACHE']) copyFileSync(join(ROOT, f), join(OUT, f));
  writeFileSync(join(OUT, 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(OUT, 'night-leg-cramps.d.ts'), typesFromManifest(manifest, { version }));
  writeFileSync(join(OUT, 'README.md'), readme(readFileSync(join(ROOT, 'package/README.md'), 'utf8'), manifest, version, sri));
  const entry = { types: './night-leg-cramps.d.ts', default: `./${FILE}` };
  const pkg = {
    name: 'night-leg-cramps',
    version,
    description: 'A night leg cramps triage guide for patients as one web component, <night-leg-cramps>: red flags first, then how soon to get care. Runs entirely in the browser (WebAssembly); sends nothing anywhere.',
    license: 'MIT OR Apache-2.0',
    keywords: ['web-component', 'custom-element', 'webassembly', 'triage', 'leg-cramps', 'health'],
    main: FILE,
    types: 'night-leg-cramps.d.ts',
    exports: { '.': entry, [`./${FILE}`]: entry, './custom-elements.json': './custom-elements.json', './package.json': './package.json' },
    files: [FILE, `${FILE}.sha384`, 'night-leg-cramps.d.ts', 'custom-elements.json', 'LICENSE-MIT', 'LICENSE-APACHE'],
    sideEffects: [`./${FILE}`],
    customElements: 'custom-elements.json',
    unpkg: FILE,
    jsdelivr: FILE,
    sri: { [FILE]: sri },
  };
  writeFileSync(join(OUT, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  return { dir: OUT, version };
}

/** Runs `npm pack` on dist/package/; returns the tarball's path. */
export function pack() {
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', '..'],
    { cwd: OUT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  return join(ROOT, 'dist', info.filename);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const m = args.indexOf('--manifest');
  const manifest = m >= 0 ? JSON.parse(readFileSync(args[m + 1], 'utf8')) : undefined;
  const { dir, version } = buildPackage({ manifest });
  console.log(`night-leg-cramps ${version}: ${dir}`);
  if (args.includes('--pack')) console.log(pack());
}
