// The iframe embed (embed.html?lang=en&region=uk&theme=auto&start=…): for hosts that cannot
// allow WebAssembly on their own pages. It creates the element from the query string (the
// element itself checks each value and falls back to the default) and tells the parent page
// its height, so the frame never scrolls. Messages have one fixed shape:
//   { type: 'nlc-resize', height: <whole number of CSS pixels> }, sent only to ?origin=.
(() => {
  const params = new URLSearchParams(location.search);
  const el = document.createElement('night-leg-cramps');
  for (const name of ['lang', 'region', 'theme', 'start']) {
    const value = params.get(name);
    if (value !== null && /^[A-Za-z0-9-]{1,40}$/.test(value)) el.setAttribute(name, value);
  }
  // The host's light-DOM advice, in the frame's language (scripts/build stamps in every
  // language's words from the content): the exact tag, then its language, then English.
  const words = __NLC_FALLBACK__;
  const want = (el.getAttribute('lang') || '').toLowerCase();
  const tag = Object.keys(words).find((k) => k.toLowerCase() === want)
    || Object.keys(words).find((k) => k.toLowerCase() === want.split('-')[0]) || 'en';
  const fallback = document.createElement('p');
  fallback.lang = tag;
  document.documentElement.lang = tag;
  fallback.textContent = words[tag].short;
  el.append(fallback);
  document.body.append(el);
  if (window.parent === window) return;
  // Only the origin the host names (?origin=https://host.example) receives the height. It is
  // read as a URL (any case, a trailing slash, a path or spaces are fine) and only its origin
  // is used. Without a usable origin nothing is sent (never '*'), and the console says why.
  const target = ((value) => {
    try {
      const url = new URL((value ?? '').trim());
      if (/^https?:$/.test(url.protocol)) return url.origin;
    } catch (_) {
      /* not a URL */
    }
    return null;
  })(params.get('origin'));
  if (!target) {
    try {
      console.warn('<night-leg-cramps> embed: add ?origin=<your page\'s origin, e.g. https://www.example.org> to the frame\'s address; without it the frame cannot tell your page its height.');
    } catch (_) {
      /* the console threw */
    }
    return;
  }
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'nlc-resize', height }, target);
    }
  }).observe(document.documentElement);
})();
