// REST pass only: writes made with no network wait in the outbox (IndexedDB) with their
// Idempotency-Key, survive closing the app, and reach the backend exactly once when the
// network returns. A write the backend refuses comes back to her as an editable draft.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, noErrors, onboardQuickly } from '../fixture.mjs';
import { ready } from '../browser.mjs';

const app = useApp();
const PHONE = { viewport: { width: 375, height: 667 } };
const NETWORK = [/Failed to load resource|ERR_INTERNET_DISCONNECTED|status of 422/];

async function controlled(page) {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await ready(page);
  }
}

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
  await badge.waitFor({ state: 'detached', timeout: 30000 });
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
      all.onsuccess = () => resolve(all.result.length);
    };
    req.onerror = () => resolve(-1);
  }));
  assert.equal(left, 0);
  noErrors(errors, NETWORK);
  await context.close();
});

test('a write the backend refuses on replay comes back as an editable draft', async () => {
  const { page, errors, context } = await open(app, '/', PHONE);
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
