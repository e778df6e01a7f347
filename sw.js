// Selo's service worker: keeps the site usable offline after the first visit.
//
// - On install, precache every file of this build, the workers included (the
//   list and the version are written in by scripts/post_build.mjs).
// - Pages (navigations): network first, so a new version is picked up on the
//   next visit; the cached page when offline.
// - Everything else from this origin: cache first, then the network. Every
//   file of the site but index.html and this one is named by its content
//   (by Trunk, or by scripts/post_build.mjs: the page modules, the workers
//   and their loaders, the Portuguese words), so a cached file is never
//   stale; and the page refuses a worker of another build all the same
//   (the version check of crates/selo-boundary).
// - On activate, delete the caches of older builds.
// Paths are relative to this file, so the site works under any sub-path.

const VERSION = '__SELO_VERSION__';
const ASSETS = '__SELO_ASSETS__';
const CACHE = `selo-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('selo-') && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put('./', copy));
          }
          return response;
        })
        .catch(() =>
          caches
            .match(request, { ignoreSearch: true })
            .then((hit) => hit || caches.match('./'))
            .then((hit) => hit || Response.error()),
        ),
    );
    return;
  }
  event.respondWith(
    caches.match(request).then(
      (hit) =>
        hit ||
        fetch(request).then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});
