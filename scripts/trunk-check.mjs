// Checks that `trunk build --release` (Trunk.toml, its hook scripts/trunk-hook.mjs) writes the
// same dist/ as scripts/build: the same files, byte for byte; and that under `trunk serve` the
// hook gives the demo page Trunk's live-reload script and no service worker. Run after scripts/build (the
// test command does); exits 1 with the differences.
//   node scripts/trunk-check.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devPage } from './trunk-hook.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(ROOT, 'dist');
const copy = join(ROOT, 'target', 'dist-scripts-build');
if (!existsSync(join(dist, 'night-leg-cramps.js'))) {
  console.error('scripts/trunk-check.mjs: no dist/ to compare with: run scripts/build first');
  process.exit(1);
}
// Under `trunk serve`: the demo page gets Trunk's live-reload script and no service worker.
const dev = devPage(readFileSync(join(dist, 'index.html'), 'utf8'), '<html><body><script>/* reload */</script></body></html>');
if (!dev.includes('<script>/* reload */</script>') || dev.includes('register-sw.js')) {
  console.error('scripts/trunk-hook.mjs: under trunk serve the demo page must live-reload and register no service worker');
  process.exit(1);
}

rmSync(copy, { recursive: true, force: true });
cpSync(dist, copy, { recursive: true });

const trunk = spawnSync('trunk', ['build', '--release'], { cwd: ROOT, stdio: 'inherit' });
if (trunk.status !== 0) process.exit(trunk.status ?? 1);

const files = (dir) => readdirSync(dir, { recursive: true })
  .map((f) => join(dir, f))
  .filter((f) => statSync(f).isFile())
  .map((f) => relative(dir, f))
  .sort();
const a = files(copy);
const b = files(dist);
const problems = [
  ...a.filter((f) => !b.includes(f)).map((f) => `only from scripts/build: ${f}`),
  ...b.filter((f) => !a.includes(f)).map((f) => `only from trunk: ${f}`),
  ...a.filter((f) => b.includes(f) && !readFileSync(join(copy, f)).equals(readFileSync(join(dist, f)))).map((f) => `differs: ${f}`),
];
if (problems.length) {
  console.error(`trunk build --release and scripts/build differ:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`trunk build --release wrote the same dist/ as scripts/build (${a.length} files)`);
