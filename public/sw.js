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
  return PRECACHE.filter((f) => (company ? !f.endsWith('/pack_embedded_backend.wasm') : !f.endsWith('/split_rest.wasm')));
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

// System notifications. The app gives the words (its language, the kinds she allows, each
// kind's sentence, where a tap leads: src/features/notices/push_words.rs) whenever she or her
// language changes; they are kept here for when the app is closed. A push's data is the
// contract's Notice JSON.
const WORDS = 'okaeri-push';

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'okaeri:push-words') {
    event.waitUntil(caches.open(WORDS).then((cache) => cache.put('words', new Response(JSON.stringify(event.data.words)))));
  }
});

async function pushWords() {
  try {
    const kept = await (await caches.open(WORDS)).match('words');
    return kept ? await kept.json() : null;
  } catch (e) {
    return null;
  }
}

// Which sentence a notice is written in: the same choice as src/features/notices/sentence.rs.
function sentenceOf(n) {
  switch (n.kind) {
    case 'request': return n.change === 'edited' ? 'request_edited' : n.change === 'withdrawn' ? 'request_withdrawn' : 'request_new';
    case 'move': return n.to === 'paused' && n.text ? 'paused' : 'moved';
    case 'comment': return 'commented';
    case 'endorsement': return 'endorsed';
    case 'look_back': return 'look_back';
    default: return n.text ? 'day_off_note' : 'day_off';
  }
}

// Where a tap leads: the same places as src/features/notices/target.rs.
function targetOf(n, paths) {
  const on = (template, id) => template.replace('{id}', encodeURIComponent(id));
  const card = n.challenge_id;
  if (n.kind === 'request' && n.change === 'withdrawn') return paths.board;
  if (n.kind === 'comment' && card) return on(paths.challenge, card) + (n.comment_id ? `#comment-${n.comment_id}` : '');
  if ((n.kind === 'request' || n.kind === 'move') && card) return on(paths.challenge, card);
  if (n.kind === 'endorsement') return paths.profile;
  if (n.kind === 'look_back') return paths.look_back;
  if (n.kind === 'day_off') return n.worker_id ? on(paths.worker, n.worker_id) : paths.home;
  return paths.board;
}

function describe(notice, words) {
  if (!words) return { title: 'Okaeri', body: 'お知らせがあります', lang: 'ja', url: './' };
  const base = { title: words.title, lang: words.lang };
  if (!notice || !notice.kind) return { ...base, body: words.fallback, url: words.paths.inbox };
  const values = {
    actor: notice.actor_name || '',
    title: notice.title || '',
    status: words.statuses[notice.to] || '',
    text: notice.text || '',
    skill: notice.own_skill || words.skills[notice.skill] || '',
  };
  const template = words.sentences[sentenceOf(notice)] || words.fallback;
  const body = template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));
  return { ...base, body, url: targetOf(notice, words.paths) };
}

self.addEventListener('push', (event) => {
  event.waitUntil((async () => {
    let notice = null;
    try {
      notice = event.data ? event.data.json() : null;
    } catch (e) {
      // Not a notice: shown as "a new notice", which the inbox explains.
    }
    const words = await pushWords();
    if (notice && words && notice.kind && !words.allowed.includes(notice.kind)) return;
    const shown = describe(notice, words);
    await self.registration.showNotification(shown.title, {
      body: shown.body,
      lang: shown.lang,
      dir: 'ltr',
      tag: notice && notice.id ? notice.id : undefined,
      icon: 'icon-192.png',
      data: { url: new URL(shown.url, self.registration.scope).href },
    });
  })());
});

// A tap opens the page the notice is about: in the app's open window if there is one (told to
// go there, then focused), else in a new one.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || self.registration.scope;
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const open = windows.find((w) => w.url.startsWith(self.registration.scope));
    if (open) {
      open.postMessage({ type: 'okaeri:open', url });
      try {
        await open.focus();
      } catch (e) {
        // Focus is the browser's to give; the page has moved either way.
      }
      return;
    }
    await self.clients.openWindow(url);
  })());
});
