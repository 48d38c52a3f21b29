// Offline support: the app shell and the last catalog answers are kept, and used when the network fails.
// Network first, because file names are not content-hashed: an online user always gets the current build.
'use strict';
const CACHE = 'khiw-@KHIW_BUILD_ID@';
// districts.json: the map is drawn from this file alone (no tiles), so it works offline too.
const SHELL = ['./', 'index.html', 'text_bridge.js', 'loader.js', 'khiw.js', 'khiw.wasm', 'manifest.webmanifest',
  'icon.svg', 'districts.json'];
// Only public reference data is kept offline (the same for everyone); nothing personal (bookings,
// availability lookups by code, staff) is ever cached.
const CACHEABLE_API = ['/api/offices', '/api/catalog', '/api/holidays', '/api/rules'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const isApi = url.pathname.startsWith('/api/');
  if (isApi && !CACHEABLE_API.includes(url.pathname)) return;
  event.respondWith(fetch(event.request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((c) => c.put(event.request, copy));
    }
    return response;
  }).catch(() => caches.match(event.request).then((hit) => hit || Response.error())));
});
