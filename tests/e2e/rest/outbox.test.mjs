// REST pass only: writes made with no network wait in the outbox (IndexedDB) with their
// Idempotency-Key, survive closing the app, and reach the backend exactly once when the
// network returns. A write the backend refuses comes back to her as an editable draft.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, noErrors, onboardQuickly, controlled } from '../fixture.mjs';
import { ready } from '../browser.mjs';
import { audit } from '../a11y.mjs';

const app = useApp();
const PHONE = { viewport: { width: 375, height: 667 } };
const NETWORK = [/Failed to load resource|ERR_INTERNET_DISCONNECTED|status of 422/];

async function backend(path) {
  const res = await fetch(`${app.backend.url}${path}`, { headers: { authorization: 'Bearer demo-worker' } });
  return res.json();
}

async function ownRequest(title) {
  const res = await fetch(`${app.backend.url}/api/v1/challenges`, {
    method: 'POST',
    headers: { authorization: 'Bearer demo-worker', 'content-type': 'application/json', 'idempotency-key': 'k-outbox-setup' },
    body: JSON.stringify({ title, skill: 'spreadsheet', why: '', support: '' }),
  });
  assert.equal(res.status, 201);
  return res.json();
}

test('offline: a request and a comment wait, survive closing the app, and arrive once', async () => {
  const { page, errors, context } = await open(app, '/', PHONE);
  await onboardQuickly(page, app.url, 'なつ');
  const mine = await ownRequest('表計算の関数');
  await page.goto(app.url + `board/${mine.id}`);
  await ready(page);
  await controlled(page);

  await context.setOffline(true);
  await page.getByLabel('コメント').fill('電車の中から書いています');
  await page.getByRole('button', { name: '送信' }).click();
  await page.locator('.comment.pending', { hasText: '電車の中から書いています' }).waitFor();
  assert.equal(await page.getByLabel('コメント').inputValue(), '', 'the box is free for the next one');
  await page.getByRole('button', { name: '送信待ち 1件' }).waitFor();

  await page.getByRole('link', { name: 'チャレンジ', exact: true }).first().click();
  await page.getByRole('link', { name: 'チャレンジを相談する' }).first().click();
  await page.getByLabel('やってみたいこと').fill('オンライン会議の進行');
  await page.getByLabel('分野').selectOption('customer_support');
  await page.getByRole('button', { name: 'この内容で相談する' }).click();
  await page.getByRole('button', { name: '送信待ち 2件' }).waitFor();

  // She closes the app in the tunnel and opens it again, still offline.
  await page.close();
  const again = await context.newPage();
  again.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await again.goto(app.url + 'board');
  await again.waitForSelector('#boot', { state: 'detached' });
  const badge = again.getByRole('button', { name: '送信待ち 2件' });
  await badge.waitFor();
  await badge.click();
  await again.locator('#outbox-list', { hasText: 'オンライン会議の進行' }).waitFor();
  await again.locator('#outbox-list', { hasText: '電車の中から書いています' }).waitFor();
  assert.equal((await backend('/api/v1/challenges')).filter((c) => c.title === 'オンライン会議の進行').length, 0);

  // Out of the tunnel: both go by themselves, once.
  await context.setOffline(false);
  await again.getByRole('button', { name: /送信待ち/ }).waitFor({ state: 'detached', timeout: 30000 });
  const all = await backend('/api/v1/challenges');
  assert.equal(all.filter((c) => c.title === 'オンライン会議の進行').length, 1);
  const detail = await backend(`/api/v1/challenges/${mine.id}`);
  assert.equal(detail.comments.filter((c) => c.text === '電車の中から書いています').length, 1);
  // The outbox in IndexedDB is empty too.
  const left = await again.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open('okaeri');
    req.onsuccess = () => {
      const tx = req.result.transaction('outbox', 'readonly');
      const all = tx.objectStore('outbox').getAll();
      all.onsuccess = () => resolve(all.result);
    };
    req.onerror = () => resolve(-1);
  }));
  assert.deepEqual(left, []);
  noErrors(errors, NETWORK);
  await context.close();
});

test('a write the backend refuses on replay comes back as an editable draft', async () => {
  // The test answers the replay itself, so no service worker: a request passing through one is
  // sometimes not seen by page.route (see `open` in ../fixture.mjs).
  const { page, errors, context } = await open(app, '/', { ...PHONE, serviceWorkers: 'block' });
  await onboardQuickly(page, app.url, 'はる');
  await page.goto(app.url + 'board/new');
  await ready(page);
  await context.setOffline(true);
  await page.getByLabel('やってみたいこと').fill('請求書の作成');
  await page.getByLabel('分野').selectOption('bookkeeping');
  await page.getByRole('button', { name: 'この内容で相談する' }).click();
  await page.getByRole('button', { name: '送信待ち 1件' }).waitFor();

  // When it is replayed, the backend refuses it.
  await page.route((url) => url.href.startsWith(app.proxy.url) && url.pathname === '/api/v1/challenges', (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    return route.fulfill({ status: 422, contentType: 'application/problem+json', body: '{"type":"about:blank","title":"Unprocessable Content","status":422,"errors":{"skill":"error.skill_required"}}' });
  });
  await context.setOffline(false);
  const badge = page.getByRole('button', { name: /確認が必要 1件/ });
  await badge.waitFor({ timeout: 30000 });
  await badge.click();
  await page.locator('#outbox-list', { hasText: '送れませんでした' }).waitFor();
  assert.deepEqual(await audit(page, 'outbox list, a write refused'), []);
  await page.getByRole('button', { name: '直して送る' }).click();
  await page.getByRole('heading', { name: 'チャレンジを相談する', level: 1 }).waitFor();
  assert.equal(await page.getByLabel('やってみたいこと').inputValue(), '請求書の作成', 'her text is back in the form');
  await page.unrouteAll();
  await page.getByRole('button', { name: 'この内容で相談する' }).click();
  await page.getByRole('heading', { name: '請求書の作成', level: 1 }).waitFor();
  assert.equal((await backend('/api/v1/challenges')).filter((c) => c.title === '請求書の作成').length, 1);
  noErrors(errors, NETWORK);
  await context.close();
});

test('logging out asks first when writes are waiting, then wipes every store on the device', async () => {
  const { page, errors, context } = await open(app, '/', PHONE);
  await onboardQuickly(page, app.url, 'あき');
  await page.goto(app.url + 'board/new');
  await ready(page);
  await controlled(page);
  // With no network, the request waits in the outbox. (Offline rather than a page.route
  // refusing it: the service worker, whose cache the wipe must clear, controls this page, and
  // a request passing through it is sometimes not seen by page.route.)
  await context.setOffline(true);
  await page.getByLabel('やってみたいこと').fill('データ入力の検算');
  await page.getByLabel('分野').selectOption('data_entry');
  await page.getByRole('button', { name: 'この内容で相談する' }).click();
  await page.getByRole('button', { name: '送信待ち 1件' }).waitFor();

  await page.getByRole('link', { name: '設定', exact: true }).first().click();
  await page.getByRole('button', { name: 'ログアウト', exact: true }).click();
  await page.getByText('まだ送っていない内容が1件あります').waitFor();
  // Something she typed and kept on the device, like a comment draft.
  await page.evaluate(() => localStorage.setItem('okaeri.comment.draft.ch101', '書きかけ'));
  const before = await stores(page);
  assert.ok(before.local > 0 && before.idb.includes('okaeri') && before.caches > 0, JSON.stringify(before));
  // Keep the service worker from coming straight back, so what the wipe left can be seen: the
  // app reloads after the wipe and would register it again (its shell cache holds nothing of
  // hers, but it would hide whether the wipe removed the old one). Pages opened from here on
  // cannot register one. (Routing sw.js to a 404 does not do this: Chromium fetches a worker's
  // script outside the page's interception, and a fresh registration was seen installing.)
  await context.addInitScript(() => {
    navigator.serviceWorker.register = () => new Promise(() => {});
  });
  // Online again for the reload that follows the wipe (the waiting request may go out first:
  // either way nothing of hers may stay on the device).
  await context.setOffline(false);
  // The outbox's code comes with the settings chunk, fetched again after the reload (in its
  // pack, with no service worker: build/split-loader.mjs).
  const reloaded = new Promise((resolve) => page.once('load', resolve));
  const outboxCode = reloaded.then(() => page.waitForResponse((r) => /(split|pack)_settings\.wasm$/.test(r.url()), { timeout: 30000 }));
  await page.getByRole('button', { name: '消してログアウトする' }).click();
  await reloaded;
  await page.waitForSelector('#boot', { state: 'detached' });
  // Judged once the outbox has started and read what the device holds: nothing waits.
  await outboxCode;
  await page.waitForFunction(() => indexedDB.databases().then((list) => !list.some((d) => d.name === 'okaeri')));
  await page.waitForTimeout(500);
  assert.equal(await page.getByRole('button', { name: /送信待ち/ }).count(), 0);
  // The unregistered worker lets go once its last page is closed: open the app afresh.
  await page.close();
  const fresh = await context.newPage();
  await fresh.goto(app.url);
  await fresh.waitForSelector('#boot', { state: 'detached' });
  const after = await stores(fresh);
  // Nothing of hers. The company's config.json, which the fresh start read and remembers so
  // that a bad answer later never starts the demo (src/main.rs), is the deployment's.
  const hers = after.localKeys.filter((k) => k.startsWith('okaeri.') && k !== 'okaeri.config.company');
  assert.deepEqual(hers, [], JSON.stringify(after));
  assert.ok(!after.idb.includes('okaeri'), `IndexedDB left: ${after.idb}`);
  assert.equal(after.caches, 0, JSON.stringify(after));
  assert.equal(after.workers, 0, JSON.stringify(after));
  noErrors(errors, [...NETWORK, /sw\.js|ServiceWorker|service worker|fetching the script/i]);
  await context.close();
});

/** What the device holds for the app. */
function stores(page) {
  return page.evaluate(async () => {
    const localKeys = Object.keys(localStorage);
    const idb = (await indexedDB.databases()).map((d) => d.name);
    const cacheNames = await caches.keys();
    const registrations = await navigator.serviceWorker.getRegistrations();
    // Which caches and workers, so a failure says what came back.
    const workerStates = registrations.map((r) => [r.installing, r.waiting, r.active].map((w) => w && w.state).join('/'));
    return { local: localKeys.filter((k) => k.startsWith('okaeri.')).length, localKeys, idb, caches: cacheNames.length, cacheNames,
      workers: registrations.length, workerStates, controlled: !!navigator.serviceWorker.controller };
  });
}

test('onboarding answers typed offline count as 送信待ち and are saved when the network returns', async () => {
  const { page, errors, context } = await open(app, '/onboarding', PHONE);
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await page.getByLabel('表示名').fill('みなみ');
  await page.getByText('保存しました').waitFor();
  await context.setOffline(true);
  await page.getByLabel('お住まいの地域').fill('北海道');
  await page.getByText('オフラインで保存しました').waitFor();
  const badge = page.getByRole('button', { name: '送信待ち 1件' });
  await badge.click();
  await page.locator('#outbox-list', { hasText: 'はじめての登録の回答' }).waitFor();
  await context.setOffline(false);
  await badge.waitFor({ state: 'detached', timeout: 30000 });
  const draft = await backend('/api/v1/workers/w-you/onboarding');
  assert.equal(draft.fields.area, '北海道');
  assert.equal(await page.getByLabel('お住まいの地域').inputValue(), '北海道');
  noErrors(errors, NETWORK);
  await context.close();
});

for (const locks of ['Web Locks', 'no Web Locks (the lease in localStorage)']) {
test(`two tabs, one outbox, with ${locks}: one tab sends, a write queued in one shows in the other, each arrives once`, async () => {
  const { page, errors, context } = await open(app, '/', PHONE);
  if (!locks.startsWith('Web')) {
    // An engine without the API (older Safari): the app's fallback decides which tab sends.
    await context.addInitScript(() => { delete Navigator.prototype.locks; });
  }
  await onboardQuickly(page, app.url, 'ふたば');
  const mine = await ownRequest('二つの画面');
  await page.goto(app.url + `board/${mine.id}`);
  await ready(page);
  await controlled(page);
  assert.equal(await page.evaluate(() => 'locks' in navigator), locks.startsWith('Web'));
  await context.setOffline(true);
  await page.getByLabel('コメント').fill('一つめの画面から');
  await page.getByRole('button', { name: '送信' }).click();
  await page.getByRole('button', { name: '送信待ち 1件' }).waitFor();

  // A second tab (offline too, from the service worker's cache) finds it waiting ...
  const other = await context.newPage();
  other.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await other.goto(app.url + 'board');
  await ready(other);
  await other.getByRole('button', { name: '送信待ち 1件' }).waitFor();
  // ... and hears of the next one the first tab queues.
  await page.getByLabel('コメント').fill('もう一つ');
  await page.getByRole('button', { name: '送信', exact: true }).click();
  await page.getByRole('button', { name: '送信待ち 2件' }).waitFor();
  await other.getByRole('button', { name: '送信待ち 2件' }).waitFor();

  // Back online, both tabs would send: one does, each write once.
  const posts = [];
  for (const p of [page, other]) {
    p.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/comments')) posts.push(r.headers()['idempotency-key']);
    });
  }
  await context.setOffline(false);
  await page.getByRole('button', { name: /送信待ち/ }).waitFor({ state: 'detached', timeout: 30000 });
  await other.getByRole('button', { name: /送信待ち/ }).waitFor({ state: 'detached', timeout: 30000 });
  assert.equal(posts.length, 2, `sent: ${posts.join(', ')}`);
  assert.equal(new Set(posts).size, 2, 'no write was sent twice');
  const detail = await backend(`/api/v1/challenges/${mine.id}`);
  for (const text of ['一つめの画面から', 'もう一つ']) {
    assert.equal(detail.comments.filter((c) => c.text === text).length, 1, text);
  }
  noErrors(errors, NETWORK);
  await context.close();
});
}

test('a write queued longer ago than the idempotency window waits for her word before it goes', async () => {
  const { page, errors, context } = await open(app, '/', PHONE);
  await onboardQuickly(page, app.url, 'ちとせ');
  const mine = await ownRequest('古い送信待ち');
  await page.goto(app.url + `board/${mine.id}`);
  await ready(page);
  await controlled(page);
  await context.setOffline(true);
  for (const [text, n] of [['おとといの夜に書きました', 1], ['今日の分', 2]]) {
    await page.getByLabel('コメント').fill(text);
    await page.getByRole('button', { name: '送信', exact: true }).click();
    await page.getByRole('button', { name: `送信待ち ${n}件` }).waitFor();
  }
  // Two days pass with the phone in a drawer: the first row's time says so.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('okaeri');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const tx = req.result.transaction('outbox', 'readwrite');
      const cursor = tx.objectStore('outbox').openCursor();
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (!at) return;
        const row = JSON.parse(at.value);
        if (row.body.includes('おととい')) {
          row.queued_at = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString();
          at.update(JSON.stringify(row));
        }
        at.continue();
      };
      tx.oncomplete = () => { req.result.close(); resolve(); };
    };
  }));
  await context.setOffline(false);
  await page.reload();
  await ready(page);
  // The outbox sends today's by itself ...
  await page.locator('.comment:not(.pending)', { hasText: '今日の分' }).waitFor({ timeout: 30000 });
  const badge = page.getByRole('button', { name: /確認が必要 1件/ });
  await badge.waitFor();
  // ... while the old one waits for her, with why.
  let detail = await backend(`/api/v1/challenges/${mine.id}`);
  assert.equal(detail.comments.filter((c) => c.text === 'おとといの夜に書きました').length, 0);
  await badge.click();
  await page.locator('#outbox-list', { hasText: '1日以上前に書いたものです' }).waitFor();
  await page.getByRole('button', { name: 'このまま送る' }).click();
  await page.getByRole('button', { name: /確認が必要|送信待ち/ }).waitFor({ state: 'detached', timeout: 30000 });
  detail = await backend(`/api/v1/challenges/${mine.id}`);
  assert.equal(detail.comments.filter((c) => c.text === 'おとといの夜に書きました').length, 1);
  noErrors(errors, NETWORK);
  await context.close();
});

test('offline: 今日は休みます waits as 送信待ち and reaches the backend once', async () => {
  const { page, errors, context } = await open(app, '/', PHONE);
  await onboardQuickly(page, app.url, 'みく');
  await page.goto(app.url);
  await ready(page);
  await controlled(page);
  await page.getByRole('button', { name: '今日は休みます', exact: true }).waitFor();

  await context.setOffline(true);
  await page.getByLabel('ひとこと').fill('子どもの発熱');
  await page.getByRole('button', { name: '今日は休みます', exact: true }).click();
  await page.getByText('お休みは送信待ちです').first().waitFor();
  await page.getByRole('button', { name: '送信待ち 1件' }).click();
  await page.locator('#outbox-list', { hasText: '今日はお休み' }).waitFor();
  assert.deepEqual((await backend('/api/v1/workers/w-you')).days_off ?? [], []);

  await context.setOffline(false);
  await page.getByRole('button', { name: /送信待ち/ }).waitFor({ state: 'detached', timeout: 30000 });
  const days = (await backend('/api/v1/workers/w-you')).days_off;
  assert.equal(days.length, 1, JSON.stringify(days));
  assert.deepEqual([days[0].kind, days[0].note], ['today', '子どもの発熱']);
  await page.getByRole('button', { name: '取り消す（今日も働けます）' }).waitFor();
  noErrors(errors, NETWORK);
  await context.close();
});
