// Gives the wasm's imports and exports short names, in the wasm and in the wasm-bindgen glue
// together: usage `node scripts/short-names.mjs <module.wasm> <glue.js>` (both rewritten).
// wasm-bindgen names every import after its method plus a 16-digit hash
// (`__wbg_addEventListener_f2d27251d333a631`), and the glue repeats each name: about 130
// random hex strings that neither LZMA (the wasm) nor gzip (the glue) can shrink, and the
// import module name `./night_leg_cramps_web_bg.js` once per import.
// Only names the glue uses in the one way expected are renamed: an import as the key of the
// import object (exactly once), an export as `wasm.<name>`; anything else fails the build.
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, gluePath] = process.argv.slice(2);
const buf = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');

// Short, distinct identifiers: a..z, A..Z, then two letters. `$` and `_` prefixes never
// occur, so none can clash with a name the glue or esbuild uses.
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const shortName = (i) =>
  i < LETTERS.length ? LETTERS[i] : LETTERS[Math.floor(i / LETTERS.length) - 1] + LETTERS[i % LETTERS.length];

let p = 0;
const leb = () => {
  let r = 0, s = 0, x;
  do { x = buf[p++]; r |= (x & 0x7f) << s; s += 7; } while (x & 0x80);
  return r >>> 0;
};
const str = () => { const l = leb(); const s = buf.subarray(p, p + l).toString(); p += l; return s; };
const encLeb = (n) => { const out = []; do { let x = n & 0x7f; n >>>= 7; if (n) x |= 0x80; out.push(x); } while (n); return Buffer.from(out); };
const encStr = (s) => { const b = Buffer.from(s); return Buffer.concat([encLeb(b.length), b]); };
// Every place the glue writes `name` as a whole identifier (not part of a longer one).
const uses = (name) => [...glue.matchAll(new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'))];
const fail = (msg) => { console.error(`short-names: ${msg}`); process.exit(1); };

let module = null;
const renames = []; // [old, new, how the glue writes it]
const sections = [buf.subarray(0, 8)];
p = 8;
let next = 0;
while (p < buf.length) {
  const start = p;
  const id = buf[p++];
  const size = leb();
  const end = p + size;
  if (id === 2) {
    // Imports: (module, field, kind, description) each.
    const n = leb();
    const out = [encLeb(n)];
    for (let i = 0; i < n; i++) {
      const mod = str();
      const field = str();
      const descStart = p;
      const kind = buf[p++];
      if (kind === 0) leb();
      else if (kind === 1) { p++; const f = buf[p++]; leb(); if (f & 1) leb(); }
      else if (kind === 2) { const f = buf[p++]; leb(); if (f & 1) leb(); }
      else if (kind === 3) p += 2;
      else leb();
      if (module !== null && mod !== module) fail(`more than one import module (${module}, ${mod})`);
      module = mod;
      const short = shortName(next++);
      const found = uses(field);
      if (found.length !== 1 || !/^\s*:/.test(glue.slice(found[0].index + field.length))) {
        fail(`import ${field} is not written once as a key in the glue`);
      }
      renames.push([field, short, '']);
      out.push(encStr('a'), encStr(short), buf.subarray(descStart, p));
    }
    const body = Buffer.concat(out);
    sections.push(Buffer.from([2]), encLeb(body.length), body);
  } else if (id === 7) {
    // Exports: (name, kind, index) each. `memory` is read by name (web/entry.js).
    const n = leb();
    const out = [encLeb(n)];
    for (let i = 0; i < n; i++) {
      const name = str();
      const descStart = p;
      p++;
      leb();
      // Renamed where the glue only ever reads it as `wasm.<name>` (a wrapper function of the
      // same name is a different thing, and esbuild shortens it anyway).
      let renamed = name;
      const found = uses(name);
      const read = found.filter((m) => glue.slice(m.index - 5, m.index) === 'wasm.');
      const other = found.filter((m) => /[.'"[]/.test(glue[m.index - 1] ?? '') && glue.slice(m.index - 5, m.index) !== 'wasm.');
      if (name !== 'memory' && read.length > 0 && other.length === 0) {
        renamed = shortName(next++);
        renames.push([name, renamed, 'wasm.']);
      }
      out.push(encStr(renamed), buf.subarray(descStart, p));
    }
    const body = Buffer.concat(out);
    sections.push(Buffer.from([7]), encLeb(body.length), body);
  } else {
    sections.push(buf.subarray(start, end));
  }
  p = end;
}
if (module === null) fail('no imports found');

const moduleKey = JSON.stringify(module);
if (glue.split(moduleKey).length !== 2) fail(`the import module ${moduleKey} is not written once in the glue`);
glue = glue.replace(moduleKey, '"a"');
for (const [from, to, prefix] of renames) {
  const name = from.replace(/\$/g, '\\$');
  glue = glue.replace(new RegExp(`(?<![\\w$])${prefix.replace('.', '\\.')}${name}(?![\\w$])`, 'g'), prefix + to);
}
writeFileSync(wasmPath, Buffer.concat(sections));
writeFileSync(gluePath, glue);
console.log(`short-names: ${renames.length} imports and exports renamed`);
