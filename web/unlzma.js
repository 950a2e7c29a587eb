// A small LZMA decoder (the .lzma "alone" format of `xz --format=lzma`), written from the
// reference decoder's description (LzmaSpec in the LZMA SDK, public domain). It unpacks the
// wasm inlined in the single file: LZMA makes that file about a fifth smaller over the wire
// than gzip does, and needs nothing from the browser (DecompressionStream is missing before
// Safari 16.4 and Firefox 113). The build writes the exact unpacked size into the header, so
// decoding stops there and never reads the end marker. Most of the page's time to the first
// question is spent here, so the range coder keeps `range` and `code` in a Uint32Array (see
// below): in Chromium that takes about 40% off the time at 4x CPU throttling.
export function unlzma(src) {
  const props = src[0];
  const lc = props % 9;
  const lp = ((props / 9) | 0) % 5;
  const pb = (props / 45) | 0;
  let size = 0;
  for (let i = 12; i >= 5; i--) size = size * 256 + src[i];
  const out = new Uint8Array(size);

  const probs = (n) => new Uint16Array(n).fill(1024);
  const literal = probs(0x300 << (lc + lp));
  const isMatch = probs(192);
  const isRep = probs(12);
  const isRepG0 = probs(12);
  const isRepG1 = probs(12);
  const isRepG2 = probs(12);
  const isRep0Long = probs(192);
  const posSlot = probs(256);
  const posDecoders = probs(115);
  const align = probs(16);
  const matchLen = probs(514);
  const repLen = probs(514);

  // Range decoder. `range` and `code` live in a Uint32Array: as closure variables, values
  // above 2^30 would be boxed on every write (V8's small integers are 31-bit).
  let pos = 14; // byte 13 is the coder's leading zero
  const rc = new Uint32Array(2); // [range, code]
  rc[0] = 0xffffffff;
  for (let i = 0; i < 4; i++) rc[1] = rc[1] * 256 + src[pos++];
  const bit = (p, i) => {
    const v = p[i];
    let range = rc[0];
    let code = rc[1];
    const bound = (range >>> 11) * v;
    let b = 0;
    if (code < bound) {
      range = bound;
      p[i] = v + ((2048 - v) >> 5);
    } else {
      range -= bound;
      code -= bound;
      p[i] = v - (v >> 5);
      b = 1;
    }
    if (range < 0x1000000) {
      range *= 256;
      code = code * 256 + src[pos++];
    }
    rc[0] = range;
    rc[1] = code;
    return b;
  };
  const tree = (p, base, n) => {
    let m = 1;
    for (let i = 0; i < n; i++) m = m * 2 + bit(p, base + m);
    return m - (1 << n);
  };
  const reverse = (p, base, n) => {
    let m = 1;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const b = bit(p, base + m);
      m = m * 2 + b;
      s |= b << i;
    }
    return s;
  };
  const direct = (n) => {
    let range = rc[0];
    let code = rc[1];
    let r = 0;
    for (let i = 0; i < n; i++) {
      range >>>= 1;
      let b = 0;
      if (code >= range) {
        code -= range;
        b = 1;
      }
      r = r * 2 + b;
      if (range < 0x1000000) {
        range *= 256;
        code = code * 256 + src[pos++];
      }
    }
    rc[0] = range;
    rc[1] = code;
    return r;
  };
  const length = (p, posState) => {
    if (!bit(p, 0)) return tree(p, 2 + posState * 8, 3);
    if (!bit(p, 1)) return 8 + tree(p, 130 + posState * 8, 3);
    return 16 + tree(p, 258, 8);
  };

  let state = 0;
  let rep0 = 0;
  let rep1 = 0;
  let rep2 = 0;
  let rep3 = 0;
  let n = 0; // bytes written
  const pbMask = (1 << pb) - 1;
  const lpMask = (1 << lp) - 1;
  while (n < size) {
    const posState = n & pbMask;
    if (!bit(isMatch, state * 16 + posState)) {
      const prev = n > 0 ? out[n - 1] : 0;
      const base = 0x300 * (((n & lpMask) << lc) + (prev >> (8 - lc)));
      let symbol = 1;
      if (state >= 7) {
        let matchByte = out[n - rep0 - 1];
        while (symbol < 0x100) {
          const matchBit = (matchByte >> 7) & 1;
          matchByte <<= 1;
          const b = bit(literal, base + ((1 + matchBit) << 8) + symbol);
          symbol = symbol * 2 + b;
          if (matchBit !== b) break;
        }
      }
      while (symbol < 0x100) symbol = symbol * 2 + bit(literal, base + symbol);
      out[n++] = symbol - 0x100;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let len;
    if (bit(isRep, state)) {
      if (!bit(isRepG0, state)) {
        if (!bit(isRep0Long, state * 16 + posState)) {
          state = state < 7 ? 9 : 11;
          out[n] = out[n - rep0 - 1];
          n++;
          continue;
        }
      } else {
        let dist;
        if (!bit(isRepG1, state)) {
          dist = rep1;
        } else {
          if (!bit(isRepG2, state)) {
            dist = rep2;
          } else {
            dist = rep3;
            rep3 = rep2;
          }
          rep2 = rep1;
        }
        rep1 = rep0;
        rep0 = dist;
      }
      len = length(repLen, posState);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2;
      rep2 = rep1;
      rep1 = rep0;
      len = length(matchLen, posState);
      state = state < 7 ? 7 : 10;
      const slot = tree(posSlot, (len < 3 ? len : 3) * 64, 6);
      if (slot < 4) {
        rep0 = slot;
      } else {
        const bits = (slot >> 1) - 1;
        rep0 = (2 + (slot & 1)) * 2 ** bits;
        if (slot < 14) rep0 += reverse(posDecoders, rep0 - slot, bits);
        else rep0 += direct(bits - 4) * 16 + reverse(align, 0, 4);
      }
      if (rep0 >= n) throw new Error('corrupt LZMA data');
    }
    for (len += 2; len > 0 && n < size; len--, n++) out[n] = out[n - rep0 - 1];
  }
  return out;
}
