// Six Rounds' service worker: after the first visit every file of the build is cached, so a
// workshop room that loses its network can still reload the app and open every round.
// scripts/offline.mjs writes the build's file list and version in place of the two markers.
const VERSION = "SIX_ROUNDS_VERSION";
const FILES = SIX_ROUNDS_FILES;
const CACHE = `six-rounds-${VERSION}`;

self.addEventListener("install", (event) => {
  // A new build takes over at once; the page says it opens at the next load.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(keys.filter((key) => key.startsWith("six-rounds-") && key !== CACHE).map((key) => caches.delete(key))),
    ),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  // The page itself, whatever its address: the cached index (routes live in the fragment).
  const key = request.mode === "navigate" ? "./" : request;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(key, { ignoreSearch: request.mode === "navigate" }).then((hit) => hit ?? fetch(request)),
    ),
  );
});
