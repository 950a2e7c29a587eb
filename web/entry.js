// The single-file embed: defines <night-leg-cramps>, which renders the widget in an open
// shadow root. esbuild bundles this file with the wasm-bindgen glue, the wasm bytes and the
// CSS into dist/night-leg-cramps.js (see scripts/build).
//
// Why it is written this way:
// - Styles go in through a constructable stylesheet (adoptedStyleSheets), which a strict
//   `style-src` does not block; no <style> element, no style="" attribute, no innerHTML. One
//   sheet per document: an element adopted into another document (an iframe) gets that
//   document's sheet, since a sheet cannot be shared across documents.
// - The wasm is inlined LZMA-compressed and unpacked by a small decoder here (web/unlzma.js):
//   about a fifth smaller over the wire than gzip, and it needs no DecompressionStream
//   (missing before Safari 16.4 and Firefox 113). It is compiled asynchronously (never
//   initSync: Chromium refuses synchronous compiles of large modules on the main thread),
//   once per page.
// - Never a blank box. The host's light-DOM children stay visible through a <slot> until the
//   first render has really produced the page (the wasm says so: notify('rendered')); only
//   then is `nlc-ready` sent. If anything fails (no WebAssembly, a CSP without
//   'wasm-unsafe-eval', a panic, a throw anywhere here), static advice is shown. After a
//   panic the wasm instance is never called again: every element, present and future, shows
//   the static advice ("stopped" with the last care level shown, if it had started).
// - Moving the element (appendChild, insertBefore, moveBefore, adoptNode) keeps the person's
//   place: teardown waits for a microtask and is cancelled if the element is back by then.
// - A real removal frees the widget. Its Yew app is parked and reused by the next element
//   (see web/src/lib.rs: Yew never releases an app root's listeners, so a new app per
//   element would leak).
// - Nothing the host does to `console` can break it: every console call is guarded.
// - Two copies on one page (two versions of the file, or a bundled copy and a <script>) never
//   throw: the first one defines the element and wins; a different version says so once in
//   the console, naming both. Importing the file where there is no DOM (server-side
//   rendering) defines nothing and throws nothing.

import init, { mount, set_panic_handler } from '../target/wasm-bindgen/night_leg_cramps_web.js';
import wasmLzma from '../target/wasm-bindgen/night_leg_cramps_web_bg.wasm.lzma';
import css from '../target/widget.css';
import { unlzma } from './unlzma.js';

const TAG = 'night-leg-cramps';
// The package version (Cargo.toml's), stamped by scripts/build with esbuild --define.
const VERSION = typeof __NLC_VERSION__ === 'string' ? __NLC_VERSION__ : 'dev';
const ATTRS = ['lang', 'region', 'theme', 'start', 'events', 'languages', 'send-to', 'storage'];
// The static advice in every language: content/*.toml [fallback], written out by
// `review fallback` and stamped in by scripts/build (esbuild --define), so no advice is
// written here and every language has it.
const FALLBACK = __NLC_FALLBACK__;

/** The fallback words for a language tag: the exact tag, then its language, then English. */
function fallbackWords(tag) {
  const want = String(tag || '').trim().toLowerCase();
  const keys = Object.keys(FALLBACK);
  const exact = keys.find((k) => k.toLowerCase() === want);
  const primary = keys.find((k) => k.toLowerCase() === want.split(/[-_]/)[0]);
  return FALLBACK[exact || primary || 'en'] || FALLBACK.en;
}
const POOL_MAX = 8; // parked apps kept for reuse (more than this are destroyed)

const live = new Set(); // connected elements with a widget mounted or mounting
const pool = []; // parked { handle, root } from removed elements
let wasmMemory = null;
let ready = null;
let broken = false; // a panic happened: the wasm instance is never called again

const say = (kind, ...args) => {
  try {
    console[kind](...args);
  } catch (_) {
    /* the host's console threw: nothing to do */
  }
};

const start = () =>
  (ready ??= Promise.resolve()
    .then(() => init({ module_or_path: unlzma(wasmLzma) }))
    .then((exports) => {
      wasmMemory = exports.memory;
      set_panic_handler(() => {
        broken = true;
        pool.length = 0;
        for (const el of [...live]) el.fail(new Error('panic'));
      });
    }));

const sheets = new WeakMap(); // document -> its constructed stylesheet
function adoptStyles(shadow, doc) {
  try {
    let sheet = sheets.get(doc);
    if (!sheet) {
      sheet = new doc.defaultView.CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(doc, sheet);
    }
    if (shadow.adoptedStyleSheets[0] !== sheet) shadow.adoptedStyleSheets = [sheet];
  } catch (_) {
    /* very old browsers, or a document without a window: the widget still works, unstyled */
  }
}

// Shown when the widget cannot run. Built with DOM calls only (Trusted Types safe).
function fallback(el, stopped, lastTitle) {
  const doc = el.ownerDocument;
  const p = (text, cls) => {
    const node = doc.createElement('p');
    if (cls) node.className = cls;
    node.textContent = text;
    return node;
  };
  const root = doc.createElement('div');
  root.className = 'nlc-root';
  const box = doc.createElement('div');
  box.className = 'nlc nlc-fallback';
  box.setAttribute('role', 'alert');
  let words = FALLBACK.en;
  try {
    words = fallbackWords(el.getAttribute('lang'));
    box.setAttribute('lang', Object.keys(FALLBACK).find((k) => FALLBACK[k] === words) || 'en');
  } catch (_) {
    /* a host that broke getAttribute: English */
  }
  box.append(p(stopped ? words.stopped : words.failed, 'nlc-heading-s'));
  if (lastTitle) box.append(p(words.last.replace('{title}', lastTitle), 'nlc-fallback__last'));
  box.append(p(words.advice));
  root.append(box);
  // The host's own fallback content (light DOM) stays visible below ours.
  el.shadowRoot.replaceChildren(root, doc.createElement('slot'));
}

class NightLegCramps extends (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) {
  static get observedAttributes() {
    return ATTRS;
  }

  attrs() {
    return ATTRS.map((a) => this.getAttribute(a) ?? '');
  }

  connectedCallback() {
    this._removal = null; // a move, not a removal: cancel the pending teardown
    try {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      adoptStyles(shadow, this.ownerDocument);
      if (this._conn) return; // moved: the widget is already there
      const conn = (this._conn = {});
      if (broken) throw new Error('the guide stopped on this page');
      // The host's fallback content, in a box that keeps the start screen's height until
      // the first screen has rendered (styles/09-loading.css): no layout shift.
      const doc = this.ownerDocument;
      conn.loading = doc.createElement('div');
      conn.loading.className = 'nlc-loading';
      const space = doc.createElement('div');
      space.className = 'nlc-loading__space';
      conn.loading.append(space, doc.createElement('slot'));
      shadow.replaceChildren(conn.loading);
      start()
        .then(() => this.mountInto(conn))
        .catch((err) => {
          if (this._conn === conn) this.fail(err);
        });
    } catch (err) {
      this.fail(err);
    }
  }

  mountInto(conn) {
    // Removed (or failed) while the wasm was loading: that connection owns nothing.
    if (this._conn !== conn) return;
    if (broken) throw new Error('the guide stopped on this page');
    const notify = (kind, step, level, title, heard) => {
      if (this._conn !== conn) return;
      if (kind === 'rendered') {
        if (conn.ready) return;
        conn.ready = true;
        // In one step, so no frame shows both: the first screen takes the place of the
        // fallback box it was laid over (no layout shift).
        conn.root.className = 'nlc-root';
        conn.loading.remove();
        this.dispatchEvent(new CustomEvent('nlc-ready', { bubbles: true, composed: true }));
        return;
      }
      if (title) conn.lastTitle = title;
      if (!heard) return; // the host did not ask for it (the `events` attribute)
      // `answers`: the person pressed "Send my answers to …"; `step` is the FHIR
      // QuestionnaireResponse as JSON text.
      const detail =
        kind === 'answers' ? { questionnaireResponse: JSON.parse(step) } : level === undefined ? { step } : { step, level };
      this.dispatchEvent(new CustomEvent(`nlc-${kind}`, { detail, bubbles: true, composed: true }));
    };
    live.add(this); // before mounting: a panic in the first render must reach this element
    const parked = pool.pop();
    // Until its first screen has rendered, the app is laid hidden over the fallback box (the
    // first render and `rendered` can fall in different frames).
    const pending = 'nlc-root nlc-root--pending';
    if (parked) {
      conn.root = parked.root;
      conn.root.className = pending;
      this.shadowRoot.append(conn.root);
      conn.handle = parked.handle;
      conn.handle.reuse(...this.attrs(), notify);
    } else {
      conn.root = this.ownerDocument.createElement('div');
      conn.root.className = pending;
      this.shadowRoot.append(conn.root);
      conn.handle = mount(conn.root, ...this.attrs(), notify);
    }
  }

  /** Shows the static advice instead of the widget. */
  fail(err) {
    const conn = this._conn ?? {};
    say('error', `<${TAG}>: could not run`, err);
    live.delete(this);
    // The wasm is never called for this element again.
    this._conn = { failed: true, ready: conn.ready, lastTitle: conn.lastTitle };
    try {
      if (this.shadowRoot) fallback(this, !!conn.ready, conn.lastTitle);
    } catch (_) {
      /* nothing more we can do */
    }
  }

  disconnectedCallback() {
    const removal = (this._removal = {});
    queueMicrotask(() => {
      if (this._removal === removal && !this.isConnected) this.teardown();
    });
  }

  // moveBefore() keeps the element connected: nothing to do.
  connectedMoveCallback() {}

  teardown() {
    const conn = this._conn;
    this._conn = null;
    this._removal = null;
    live.delete(this);
    if (conn?.handle && !broken) {
      try {
        conn.handle.park();
        conn.root.remove();
        if (pool.length < POOL_MAX) pool.push({ handle: conn.handle, root: conn.root });
        else conn.handle.destroy();
      } catch (err) {
        say('error', `<${TAG}>: could not clean up`, err);
      }
    }
    if (this.shadowRoot) this.shadowRoot.replaceChildren();
  }

  attributeChangedCallback() {
    const conn = this._conn;
    if (!conn?.handle || broken) return;
    try {
      conn.handle.update(...this.attrs());
    } catch (err) {
      this.fail(err);
    }
  }
}

// For tests and hosts that want to check clean-up: how many widgets are mounted now.
NightLegCramps.liveCount = () => live.size;
// For the benchmark and tests: bytes of wasm linear memory (shared by every widget).
NightLegCramps.wasmMemoryBytes = () => (wasmMemory ? wasmMemory.buffer.byteLength : 0);

// Which file defined the element (the first one loaded wins).
NightLegCramps.version = VERSION;

try {
  const defined = typeof customElements === 'undefined' ? NightLegCramps : customElements.get(TAG);
  if (!defined) customElements.define(TAG, NightLegCramps);
  else if (defined.version !== VERSION) {
    say('warn', `<${TAG}>: version ${VERSION} was loaded too, but version ${defined.version ?? '(unknown)'} defined the element first and is the one in use. Load night-leg-cramps.js once.`);
  }
} catch (err) {
  say('error', `<${TAG}>: could not start`, err);
}
