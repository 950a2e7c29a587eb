// The page's LZMA decoder (web/unlzma.js): it must give back exactly what xz packed, for the
// widget's own wasm and for data that exercises each kind of packet (literals, matches near
// and far, repeated matches), and a corrupt input must end (an error or a wrong result of the
// right size, which WebAssembly then refuses), never hang or write past the output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { unlzma } from '../../web/unlzma.js';

/** Packs like scripts/build: xz's .lzma with the exact size written into the header. */
function pack(data, opts = 'preset=9e,lc=3,lp=0,pb=0,nice=273') {
  const packed = execFileSync('xz', ['--format=lzma', `--lzma1=${opts}`, '-c'], { input: data });
  packed.writeBigUInt64LE(BigInt(data.length), 5);
  return new Uint8Array(packed);
}

function random(n, seed) {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

test('the widget wasm the build packed comes back byte for byte', { skip: !fs.existsSync('target/wasm-bindgen/night_leg_cramps_web_bg.wasm.lzma') && 'no release build yet' }, () => {
  const packed = new Uint8Array(fs.readFileSync('target/wasm-bindgen/night_leg_cramps_web_bg.wasm.lzma'));
  const wasm = fs.readFileSync('target/wasm-bindgen/night_leg_cramps_web_bg.wasm');
  const out = unlzma(packed);
  assert.equal(out.length, wasm.length);
  assert.ok(Buffer.from(out).equals(wasm));
});

test('every kind of packet: text, noise, long runs, far and repeated matches', () => {
  const words = 'night leg cramps calf stretch doctor emergency swelling ';
  const text = new TextEncoder().encode(Array.from({ length: 4000 }, (_, i) => words.slice(i % 7, 20 + (i % 30))).join('|'));
  const noise = random(70_000, 0x9e3779b9);
  const parts = [text, noise, new Uint8Array(5000).fill(7), noise.subarray(100, 20_000), text.subarray(3, 900), new Uint8Array([0, 1, 2, 3]).map((x) => x)];
  const data = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { data.set(p, at); at += p.length; }
  for (const opts of ['preset=9e,lc=3,lp=0,pb=0,nice=273', 'preset=1,lc=3,lp=0,pb=0', 'preset=6,lc=0,lp=2,pb=2']) {
    const out = unlzma(pack(data, opts));
    assert.ok(Buffer.from(out).equals(Buffer.from(data)), opts);
  }
  assert.equal(unlzma(pack(new Uint8Array(0))).length, 0);
});

test('corrupt or cut input ends, with an error or a result of the size asked for', { timeout: 20_000 }, () => {
  const data = random(30_000, 12345).map((x, i) => (i % 3 ? x : 65));
  const packed = pack(data);
  for (let k = 0; k < 40; k++) {
    const bad = packed.slice(0, k % 2 ? packed.length : 20 + k * 50);
    if (k % 2) bad[20 + ((k * 7919) % (bad.length - 20))] ^= 0x5a;
    try {
      assert.equal(unlzma(bad).length, data.length);
    } catch (e) {
      assert.match(String(e.message), /corrupt/);
    }
  }
});
