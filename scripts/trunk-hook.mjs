// Trunk's post_build hook (Trunk.toml): the same build as scripts/build, in Trunk's staging
// directory, so that `trunk build --release` writes the same dist/ as scripts/build and
// `trunk serve` serves the demo page with live reload.
//   - release profile: scripts/build as it is (wasm-opt, the full LZMA preset);
//   - debug profile (`trunk serve`, `trunk build`): NLC_FAST=1, a quicker build that must not
//     ship (no wasm-opt, a light LZMA preset).
// Under `trunk serve`, Trunk adds its live-reload script to its own page (web/trunk/index.html);
// the hook moves it into the demo page, and leaves out the service worker there (it would keep
// serving the previous build) and unregisters one left from an earlier visit.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What Trunk put in its page: only scripts (the live reload under `trunk serve`). */
export const injected = (trunkPage) => trunkPage.match(/<script\b[\s\S]*?<\/script>/g) ?? [];

/** The demo page under `trunk serve`: Trunk's scripts added, no service worker (and one left
 *  from an earlier visit unregistered). */
export function devPage(html, trunkPage) {
  return html
    .replace(/\s*<script src="register-sw.js" defer><\/script>/, '')
    .replace(
      '</body>',
      `${injected(trunkPage).join('\n')}\n<script>navigator.serviceWorker?.getRegistrations().then((all) => all.forEach((r) => r.unregister()));</script>\n</body>`,
    );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) throw new Error('scripts/trunk-hook.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
  const release = process.env.TRUNK_PROFILE === 'release';
  const out = join(ROOT, 'target', 'trunk-dist');

  const build = spawnSync('bash', [join(ROOT, 'scripts/build')], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NLC_DIST: out, NLC_FAST: release ? '' : '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const trunkPage = readFileSync(join(staging, 'index.html'), 'utf8');

  rmSync(join(staging, 'index.html'));
  cpSync(out, staging, { recursive: true });
  if (injected(trunkPage).length > 0) {
    const page = join(staging, 'index.html');
    writeFileSync(page, devPage(readFileSync(page, 'utf8'), trunkPage));
    console.log('trunk-hook: the demo page live-reloads (no service worker under trunk serve)');
  }
}
