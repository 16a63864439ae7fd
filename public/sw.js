// Okaeri service worker. The build (build/service-worker.mjs) replaces the three lines
// marked below with the real list of hashed files, a version derived from their contents, and
// the rule that reads config.json (build/backend-rule.mjs).
const VERSION = 'dev'; // @build:version
const PRECACHE = ['./']; // @build:precache
const backendOf = () => null; // @build:backend-rule
const SHELL = `okaeri-shell-${VERSION}`;
const RUNTIME = 'okaeri-config';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(SHELL);
    await cache.addAll(await precacheList());
  })());
});

// Each backend's code serves one kind of deployment, so her phone need not download the other's.
// The embedded backend's pack (build/wasm.mjs) serves only the embedded default: against a
// company backend (config.json names an api_base, read by `backendOf`) the app
// never fetches it; its files stay cached one by one, which is also what the chunk loader falls
// back to. The REST transport's own file (src/api/rest.rs) serves only a company backend.
// The config read here is also the first good copy kept for a start with no network.
async function precacheList() {
  let backend = null;
  try {
    const response = await fetch('config.json', { cache: 'no-store' });
    backend = backendOf(response.status, await response.clone().text());
    if (response.ok && backend) await (await caches.open(RUNTIME)).put('config.json', response);
  } catch (e) {
    // No config: the embedded default's files.
  }
  const company = backend === 'company';
  return PRECACHE.filter((f) => (company ? !f.endsWith('.pack') : !f.endsWith('/split_rest.wasm')));
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('okaeri-shell-') && key !== SHELL) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

// The page asks for the new version to take over only when she accepts the prompt.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'okaeri:activate') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return; // API on another origin: never touched.
  const scope = new URL(self.registration.scope);
  if (!url.pathname.startsWith(scope.pathname)) return;
  if (url.pathname.includes('/api/')) return; // personal data is never cached
  if (url.pathname.endsWith('/config.json')) {
    // Network first, so a changed backend takes effect. The last good copy answers offline and
    // whenever the network answers badly (a server error, a sign-in page, a missing file):
    // a device that ran against its company's backend never starts as the demo.
    event.respondWith((async () => {
      const cache = await caches.open(RUNTIME);
      let fresh;
      try {
        fresh = await fetch(request, { cache: 'no-store' });
        if (fresh.ok && backendOf(fresh.status, await fresh.clone().text())) {
          await cache.put(request, fresh.clone());
          return fresh;
        }
      } catch (e) {
        // No network: the last good copy, if any.
      }
      return (await cache.match(request)) || fresh || Response.error();
    })());
    return;
  }
  if (request.mode === 'navigate') {
    // Any route of the app is the same shell: network first, the cached shell offline.
    event.respondWith((async () => {
      try {
        return await fetch(request);
      } catch (e) {
        const cache = await caches.open(SHELL);
        return (await cache.match(scope.pathname)) || (await cache.match('./')) || Response.error();
      }
    })());
    return;
  }
  event.respondWith((async () => (await caches.match(request)) || fetch(request))());
});
