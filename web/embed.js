// The iframe embed (embed.html?lang=en&region=uk&theme=auto&start=…): for hosts that cannot
// allow WebAssembly on their own pages. It creates the element from the query string (the
// element itself checks each value and falls back to the default) and tells the parent page
// its height, so the frame never scrolls. Messages have one fixed shape:
//   { type: 'nlc-resize', height: <whole number of CSS pixels> }
(() => {
  const params = new URLSearchParams(location.search);
  const el = document.createElement('night-leg-cramps');
  for (const name of ['lang', 'region', 'theme', 'start']) {
    const value = params.get(name);
    if (value !== null && /^[A-Za-z0-9-]{1,40}$/.test(value)) el.setAttribute(name, value);
  }
  const fallback = document.createElement('p');
  fallback.textContent = 'If you are worried about leg pain, contact your doctor. In an emergency, call your local emergency number.';
  el.append(fallback);
  document.body.append(el);
  if (window.parent === window) return;
  // Only the origin the host names (?origin=https://host.example) receives the height;
  // without it the height (a number, nothing else) goes to any parent.
  const origin = params.get('origin');
  const target = origin && /^https?:\/\/[^/]+$/.test(origin) ? origin : '*';
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'nlc-resize', height }, target);
    }
  }).observe(document.documentElement);
})();
