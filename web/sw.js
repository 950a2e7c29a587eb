// Service worker of the standalone page: precaches every file of the build so the guide works
// offline after one visit. scripts/build fills in the version and the file list from the real
// output. A new deployment has a new version: it installs into a new cache while the old one
// keeps serving, and deletes the old cache only once it takes over: when every tab of the
// old version has closed, or when the person accepts the page's offer to reload now
// (register-sw.js sends `nlc-activate`).
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `nlc-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))));
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'nlc-activate') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('nlc-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // The page itself: ignore the query string (embed.html?lang=…).
      const hit = await cache.match(req, { ignoreSearch: req.mode === 'navigate' });
      return hit ?? fetch(req);
    }),
  );
});
