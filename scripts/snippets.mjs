// The framework snippets in the READMEs are the files under examples/, which the kit test
// type-checks and runs. A snippet is a fenced block right after a marker line:
//   <!-- example: examples/react/LegCrampsGuide.tsx -->
// This checks that every such block equals its file (and, with --fix, rewrites it):
//   node scripts/snippets.mjs [--fix] README.md package/README.md
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MARKER = /<!-- example: (\S+) -->\n```(\w*)\n([\s\S]*?)```\n/g;

/** The snippets of a Markdown text: [{ path, lang, code }]. */
export function snippets(text) {
  return [...text.matchAll(MARKER)].map((m) => ({ path: m[1], lang: m[2], code: m[3] }));
}

/** Problems with the snippets of a README (empty: all equal their files); `fix` rewrites it. */
export function checkSnippets(readme, { fix = false } = {}) {
  const text = readFileSync(readme, 'utf8');
  const problems = [];
  let count = 0;
  const fixed = text.replace(MARKER, (whole, path, lang, code) => {
    count++;
    let file;
    try {
      file = readFileSync(join(ROOT, path), 'utf8');
    } catch {
      problems.push(`${readme}: the snippet names ${path}, which does not exist`);
      return whole;
    }
    if (file !== code) problems.push(`${readme}: the snippet of ${path} differs from the file`);
    return `<!-- example: ${path} -->\n\`\`\`${lang}\n${file}\`\`\`\n`;
  });
  if (count === 0) problems.push(`${readme}: no <!-- example: … --> snippet found`);
  if (fix && fixed !== text) writeFileSync(readme, fixed);
  return fix ? problems.filter((p) => !p.endsWith('differs from the file')) : problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fix = process.argv.includes('--fix');
  const files = process.argv.slice(2).filter((a) => a !== '--fix');
  const problems = files.flatMap((f) => checkSnippets(f, { fix }));
  for (const p of problems) console.error(p);
  if (problems.length) {
    console.error('(node scripts/snippets.mjs --fix FILE copies the files into the README)');
    process.exit(1);
  }
}
