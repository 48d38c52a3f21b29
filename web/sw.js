// Offline app shell, one cache per build. File names are not content-hashed, so a page must never load
// some files of one build and some of another: each worker serves the shell only from its own build's
// cache (stamped with the content hash below), and a new build's worker installs beside the running one
// and waits until web/sw_update.js lets it take over at a start or when the user asks — then the page
// reloads once (no automatic skipWaiting, which would hand a running page the new files).
'use strict';
const BUILD = '@KHIW_BUILD_ID@';
const SHELL_CACHE = 'khiw-shell-' + BUILD;
// Unversioned: the reference data stays available offline across an update.
const API_CACHE = 'khiw-api';
// Everything the app needs to open (index.html carries the page's scripts); districts.json: the map is
// drawn from this file alone (no tiles).
const SHELL = ['./', 'index.html', 'khiw.js', 'khiw.wasm', 'districts.json', 'manifest.webmanifest',
  'icons/icon-192.png', 'icons/icon-512.png', 'icons/maskable-512.png'];
// Counter mode's and the board's files: fetched only by the pages that use them, then kept with this
// build's shell, so a counter reloaded while the connection is down still opens.
const OFFICE = ['khiw-office.js', 'khiw-office.wasm', 'khiw-scanner.js', 'khiw-scanner.wasm', 'scanner.js',
  'announcer.js'];
// Only public reference data is kept offline (the same for everyone); nothing personal (bookings,
// availability lookups by code, staff) is ever cached.
const CACHEABLE_API = ['/api/offices', '/api/catalog', '/api/holidays', '/api/rules'];

self.addEventListener('install', (event) => {
  // 'no-cache': revalidate, so a stale HTTP-cached file of the previous build cannot slip into this one.
  const shell = caches.open(SHELL_CACHE)
    .then((cache) => cache.addAll(SHELL.map((path) => new Request(path, { cache: 'no-cache' }))));
  // The first visit's own API calls ran before this worker: fetch the reference data too, so the app
  // works offline after one visit. Optional: the shell alone still installs.
  const data = caches.open(API_CACHE).then((cache) => cache.addAll(CACHEABLE_API)).catch(() => {});
  event.waitUntil(Promise.all([shell, data, shellRoutes(event)]));
});

// Static routes (Chromium 123+): the browser answers the shell's files from this build's cache itself,
// without starting this worker, so a start does not wait for it (a miss goes to the network, as the
// fetch handler's would). Each build routes to its own cache: no mix of builds. Exact URLs only: a
// navigation with a query string still reaches the fetch handler, which ignores the query.
function shellRoutes(event) {
  if (!event.addRoutes) return undefined;
  const scope = self.registration.scope;
  const routes = SHELL.map((path) => ({
    condition: { urlPattern: new URLPattern({ pathname: new URL(path, scope).pathname, search: '', baseURL: scope }) },
    source: { cacheName: SHELL_CACHE },
  }));
  return event.addRoutes(routes).catch(() => { /* the fetch handler serves the same */ });
}

// sw_update.js, when no old-build page can be hurt by the switch: at a start, or on the user's tap.
self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  // Earlier builds' shells go; claim() makes a first visit's page controlled, so it works offline next.
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== SHELL_CACHE && k !== API_CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) {
    if (CACHEABLE_API.includes(url.pathname)) event.respondWith(networkFirst(event));
    return;  // personal or live answers: the network alone
  }
  // Cache first from this build's cache only (never another build's, never the API cache); a navigation
  // with a query string is still the app. The network answers what the shell does not hold.
  const office = OFFICE.includes(url.pathname.slice(1));
  event.respondWith(caches.open(SHELL_CACHE).then((cache) => cache
    .match(request, { ignoreSearch: request.mode === 'navigate' })
    .then((hit) => hit || (office ? fetchAndKeep(event, cache) : fetch(request)))));
});

function fetchAndKeep(event, cache) {
  return fetch(event.request).then((response) => {
    if (response.ok) event.waitUntil(cache.put(event.request, response.clone()));
    return response;
  });
}

function networkFirst(event) {
  return fetch(event.request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      event.waitUntil(caches.open(API_CACHE).then((cache) => cache.put(event.request, copy)));
    }
    return response;
  }).catch(() => caches.open(API_CACHE).then((cache) => cache.match(event.request))
    .then((hit) => hit || Response.error()));
}
