// The single-file embed: defines <night-leg-cramps>, which renders the widget in an open
// shadow root. esbuild bundles this file with the wasm-bindgen glue, the wasm bytes and the
// CSS into dist/night-leg-cramps.js (see scripts/build).
//
// Why it is written this way:
// - Styles go in through a constructable stylesheet (adoptedStyleSheets), which a strict
//   `style-src` does not block; no <style> element, no style="" attribute, no innerHTML.
// - The wasm is inlined gzip-compressed and unpacked with the browser's DecompressionStream:
//   the file is about a quarter smaller over the wire than with the raw bytes inlined, because
//   gzip cannot compress base64-encoded binary well. It is compiled asynchronously (never
//   initSync: Chromium refuses synchronous compiles of large modules on the main thread),
//   once per page.
// - Light-DOM children stay visible through a <slot> until the widget has started.
// - If anything fails (a CSP without 'wasm-unsafe-eval', a panic), static advice is shown.

import init, { mount, set_panic_handler } from '../target/wasm-bindgen/night_leg_cramps_web.js';
import wasmGzip from '../target/wasm-bindgen/night_leg_cramps_web_bg.wasm.gz';
import css from '../target/widget.css';

const TAG = 'night-leg-cramps';
const ATTRS = ['lang', 'region', 'theme', 'start'];

const live = new Set(); // connected elements with a mounted widget
let wasmMemory = null;
let ready = null;
const start = () =>
  (ready ??= new Response(new Blob([wasmGzip]).stream().pipeThrough(new DecompressionStream('gzip')))
    .arrayBuffer()
    .then((bytes) => init({ module_or_path: bytes }))
    .then((exports) => {
      wasmMemory = exports.memory;
    // After a panic the wasm instance cannot be trusted: every widget shows the fallback.
    set_panic_handler(() => {
      for (const el of [...live]) el.fail(new Error('panic'));
    });
  }));

let sheet = null;
const styles = () => {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
};

// Shown when the widget cannot run. Built with DOM calls only (Trusted Types safe).
function fallback(shadow) {
  const box = document.createElement('div');
  box.className = 'nlc nlc-fallback';
  box.setAttribute('role', 'alert');
  const h = document.createElement('p');
  h.className = 'nlc-heading-s';
  h.textContent = 'The leg cramps guide could not start on this page.';
  const p = document.createElement('p');
  p.textContent =
    'If you are worried about leg pain, contact your doctor. Call your local emergency number now if you suddenly have trouble breathing, chest pain or cough up blood, or a leg turns cold, pale or blue.';
  box.append(h, p);
  const root = document.createElement('div');
  root.className = 'nlc-root';
  root.append(box);
  // The host's own fallback content (light DOM) stays visible below ours.
  shadow.replaceChildren(root, document.createElement('slot'));
}

class NightLegCramps extends HTMLElement {
  static get observedAttributes() {
    return ATTRS;
  }

  attrs() {
    return ATTRS.map((a) => this.getAttribute(a) ?? '');
  }

  connectedCallback() {
    if (this._mountPoint) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    try {
      shadow.adoptedStyleSheets = [styles()];
    } catch (_) {
      /* very old browsers: the widget still works, unstyled */
    }
    const slot = document.createElement('slot');
    const mountPoint = document.createElement('div');
    mountPoint.className = 'nlc-root';
    shadow.replaceChildren(slot, mountPoint);
    this._mountPoint = mountPoint;
    start()
      .then(() => {
        // Removed (or re-added) while the wasm was loading: that connection owns nothing.
        if (this._mountPoint !== mountPoint || !this.isConnected) return;
        this._handle = mount(mountPoint, ...this.attrs(), (kind, step, level) => {
          const detail = level === undefined ? { step } : { step, level };
          this.dispatchEvent(new CustomEvent(`nlc-${kind}`, { detail, bubbles: true, composed: true }));
        });
        live.add(this);
        slot.remove();
        this.dispatchEvent(new CustomEvent('nlc-ready', { bubbles: true, composed: true }));
      })
      .catch((err) => {
        if (this._mountPoint === mountPoint) this.fail(err);
      });
  }

  /** Shows the static advice instead of the widget. */
  fail(err) {
    console.error(`<${TAG}>: could not run`, err);
    live.delete(this);
    this._handle = null; // the instance is unusable after a failure; never call into it again
    if (this.shadowRoot) fallback(this.shadowRoot);
  }

  disconnectedCallback() {
    live.delete(this);
    if (this._handle) {
      this._handle.destroy();
      this._handle.free();
      this._handle = null;
    }
    this._mountPoint = null;
    if (this.shadowRoot) this.shadowRoot.replaceChildren();
  }

  attributeChangedCallback() {
    if (this._handle) this._handle.update(...this.attrs());
  }
}

// For tests and hosts that want to check clean-up: how many widgets are mounted now.
NightLegCramps.liveCount = () => live.size;
// For the benchmark: bytes of wasm linear memory in use (shared by every widget on the page).
NightLegCramps.wasmMemoryBytes = () => (wasmMemory ? wasmMemory.buffer.byteLength : 0);

if (!customElements.get(TAG)) customElements.define(TAG, NightLegCramps);
