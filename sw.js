// Service worker: the editor keeps working offline after the first visit.
// scripts/package.mjs writes dist/sw.js from this file with BUILD set to a
// hash of the precached files, so every build that changes them gets a new
// cache name; on activate the caches of older builds are deleted.
// Strategy: cache first, network when the file is not cached. FILES are
// what every visit fetches (precached on install); LATER (the tools module,
// for export, import and templates, and the full module, for 批量审阅) is
// cached when the page first fetches it, so a visit does not download it
// just for the cache. Export works offline once it has been used online.
const BUILD = 'dev';
const FILES = ['index.html', 'boot.js', 'shell.js', 'shell-show.js', 'modules.js', 'crash.js', 'support.js', 'page.css', 'union-plan.css', 'favicon.svg', 'pkg/union_plan_editor.js', 'pkg/union_plan_editor_bg.wasm', 'embed.html', 'embed.js'];
const LATER = ['pkg/union_plan_tools.js', 'pkg/union_plan_tools_bg.wasm', 'pkg/union_plan.js', 'pkg/union_plan_bg.wasm'];

const PREFIX = 'union-plan-';
const CACHE = PREFIX + BUILD;
const scope = new URL(self.registration.scope);

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // Revalidate with the server (a 304 costs no body): the files must be the
    // ones this build names, and what the page has just fetched is not sent
    // again. index.html is what the site's own address returned, so that
    // address is asked (the browser's cache knows it by that name).
    await Promise.all(FILES.map(async (f) => {
      const from = f === 'index.html' ? scope : new URL(f, scope);
      const res = await fetch(new Request(from, { cache: 'no-cache' }));
      if (!res.ok) throw new Error(`${f}: ${res.status}`);
      await cache.put(new URL(f, scope), res);
    }));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // A folder address serves its index.html.
    const key = url.pathname.endsWith('/') ? new URL('index.html', url).href : req;
    const hit = await cache.match(key, { ignoreSearch: req.mode === 'navigate' });
    if (hit) return hit;
    const res = await fetch(req);
    const later = LATER.some((f) => new URL(f, scope).pathname === url.pathname);
    if (later && res.ok) await cache.put(req, res.clone()).catch(() => {});
    return res;
  })());
});
