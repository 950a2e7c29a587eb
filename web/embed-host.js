// Host side of the iframe embed: resizes the frame to the guide's height. Copy this file (or
// its body) to the host page. It accepts a message only from the window of an
// iframe[data-nlc-embed] on this page and from that frame's origin, and only of the exact shape
// { type: 'nlc-resize', height: 1..20000 }. The frame is looked up when a message arrives, so
// frames added later (single-page apps) and frames whose src changes work too.
(() => {
  window.addEventListener('message', (e) => {
    const d = e.data;
    if (!d || typeof d !== 'object' || d.type !== 'nlc-resize' || Object.keys(d).length !== 2) return;
    if (!Number.isInteger(d.height) || d.height < 1 || d.height > 20000) return;
    for (const frame of document.querySelectorAll('iframe[data-nlc-embed]')) {
      if (e.source !== frame.contentWindow) continue;
      let origin = null;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch (_) {
        /* no usable src */
      }
      if (e.origin === origin) frame.style.height = `${d.height}px`;
      return;
    }
  });
})();
