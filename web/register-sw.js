// Registers the service worker of the standalone page (offline use). A separate file, not an
// inline script, so the page works under a strict Content-Security-Policy.
//
// A new deployment installs beside the old one and waits: clinical content must not change
// under a person mid-questionnaire, and must not stay stale either. So when a newer version is
// ready, the page says so and offers to reload; only on that click does the new version take
// over (the person may also finish first: it takes over by itself once every tab is closed).
(() => {
  if (!('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  let offered = false;

  function offer(worker) {
    if (offered || !sw.controller) return; // a first install is not an update
    offered = true;
    const box = document.createElement('div');
    box.className = 'nlc-update';
    box.setAttribute('role', 'status');
    const text = document.createElement('p');
    text.textContent = 'A newer version of this guide is ready. Reloading starts the guide again, so your answers here will be cleared.';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Reload with the new version';
    button.addEventListener('click', () => {
      button.disabled = true;
      sw.addEventListener('controllerchange', () => location.reload(), { once: true });
      worker.postMessage({ type: 'nlc-activate' });
    });
    box.append(text, button);
    document.body.prepend(box);
  }

  function watch(reg) {
    if (reg.waiting) offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const worker = reg.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') offer(worker);
      });
    });
  }

  window.addEventListener('load', () => {
    sw.register('sw.js')
      .then(watch)
      .catch((err) => console.warn('offline mode unavailable', err));
  });
})();
