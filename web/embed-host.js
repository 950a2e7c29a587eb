// Host side of the iframe embed: resizes the frame to the guide's height. Copy this file (or
// its body) to the host page. It accepts a message only from the frame's own window and
// origin, and only of the exact shape { type: 'nlc-resize', height: 1..20000 }.
(() => {
  for (const frame of document.querySelectorAll('iframe[data-nlc-embed]')) {
    const origin = new URL(frame.src, location.href).origin;
    window.addEventListener('message', (e) => {
      if (e.source !== frame.contentWindow || e.origin !== origin) return;
      const d = e.data;
      if (!d || typeof d !== 'object' || d.type !== 'nlc-resize' || Object.keys(d).length !== 2) return;
      if (!Number.isInteger(d.height) || d.height < 1 || d.height > 20000) return;
      frame.style.height = `${d.height}px`;
    });
  }
})();
