/*
 * Working Together Navigator offline support. Written to /sw.js by the build with two values
 * filled in: PRECACHE (the site's pages and search files to keep for offline use) and VERSION.
 * After a first visit it saves every chapter and the search index in the background; other pages
 * are saved when visited. Pages load from the network when online (so they stay current) and
 * from the saved copy when not. Nothing is sent anywhere: it only fetches this site's own files.
 */
const VERSION = '__VERSION__';
const PRECACHE = []; // __PRECACHE__
const OFFLINE_PAGE = '__OFFLINE__';
const CACHE = `wtn-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    for (let i = 0; i < PRECACHE.length; i += 40) await cache.addAll(PRECACHE.slice(i, i + 40));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('wtn-') && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
    for (const client of await self.clients.matchAll()) client.postMessage({ type: 'wtn-offline-ready' });
  })());
});

self.addEventListener('message', async (event) => {
  if (event.data === 'wtn-offline-status') {
    const ready = (await caches.keys()).includes(CACHE);
    event.source?.postMessage({ type: ready ? 'wtn-offline-ready' : 'wtn-offline-pending' });
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Pagefind adds a cache-busting query to some files: match them without it. Module scripts are
  // requested with an Origin header, so a saved response that varies on it must still match.
  const options = { ignoreSearch: url.pathname.includes('/pagefind/'), ignoreVary: true };
  if (request.mode === 'navigate') {
    event.respondWith((async () => {
      try {
        const fresh = await fetch(request);
        const cache = await caches.open(CACHE);
        if (fresh.ok) cache.put(request, fresh.clone());
        return fresh;
      } catch {
        return (await caches.match(request, options)) ?? (await caches.match(OFFLINE_PAGE, options)) ?? Response.error();
      }
    })());
    return;
  }
  event.respondWith((async () => {
    const saved = await caches.match(request, options);
    if (saved) return saved;
    const fresh = await fetch(request);
    if (fresh.ok) (await caches.open(CACHE)).put(request, fresh.clone());
    return fresh;
  })());
});
