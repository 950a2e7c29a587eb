// Registers the service worker of the standalone page (offline use). A separate file, not an
// inline script, so the page works under a strict Content-Security-Policy.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('sw.js').catch((err) => console.warn('offline mode unavailable', err));
  });
}
