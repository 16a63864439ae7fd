// A device that refuses to store (quota exceeded, private browsing, storage disabled): she is
// never told "saved" when nothing was kept, her draft stays until the write is safely stored,
// and what the device could not keep is still sent, once, while the page is open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, noErrors, onboardQuickly, controlled } from './fixture.mjs';
import { openPage, ready } from './browser.mjs';

const app = useApp();
const PHONE = { viewport: { width: 375, height: 667 } };
const NETWORK = [/Failed to load resource|ERR_INTERNET_DISCONNECTED|status of 507/];

/** Every text the save line and the live region said, in order (window.__said). */
function recordWhatIsSaid() {
  window.__said = [];
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('.save-status, [role="status"]')) {
      const text = el.textContent.trim();
      if (text && window.__said[window.__said.length - 1] !== text) window.__said.push(text);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

function refuseLocalStorage() {
  Storage.prototype.setItem = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

/** Counts the app's requests for persistent storage (window.__persistAsked). */
function countPersistRequests() {
  window.__persistAsked = 0;
  const persist = StorageManager.prototype.persist;
  StorageManager.prototype.persist = function () {
    window.__persistAsked++;
    return persist.call(this);
  };
}

function refuseIndexedDbWrites() {
  IDBObjectStore.prototype.put = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

async function openRefusing(path, ...refusals) {
  const opened = await openPage(app.browser, PHONE);
  await opened.context.addInitScript(recordWhatIsSaid);
  for (const refuse of refusals) await opened.context.addInitScript(refuse);
  await opened.page.goto(app.url + path);
  await ready(opened.page);
  if (app.rest) await controlled(opened.page);
  return opened;
}

async function backend(path) {
  const res = await fetch(`${app.backend.url}${path}`, { headers: { authorization: 'Bearer demo-worker' } });
  return res.json();
}

test('localStorage refusing every write: onboarding never says 「保存しました」 for what was not kept', async () => {
  const { page, errors, context } = await openRefusing('onboarding', refuseLocalStorage);
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  if (app.rest) await context.setOffline(true);
  await page.getByLabel('表示名').fill('ゆき');
  const status = page.locator('.save-status');
  await status.filter({ hasText: 'この端末に保存できませんでした' }).waitFor();
  const said = await page.evaluate(() => window.__said);
  assert.ok(said.some((t) => /この端末に保存できませんでした。このページを閉じないでください/.test(t)), said.join(' | '));
  assert.ok(!said.some((t) => /オフラインで保存しました|^保存しました/.test(t)), `claimed saved: ${said.join(' | ')}`);
  if (app.rest) {
    // Kept only by the open page, it is still sent once the network is back.
    await context.setOffline(false);
    await status.filter({ hasText: '保存しました' }).waitFor({ timeout: 30000 });
    assert.equal((await backend('/api/v1/workers/w-you/onboarding')).fields.display_name, 'ゆき');
  }
  assert.equal(await page.getByLabel('表示名').inputValue(), 'ゆき');
  noErrors(errors, NETWORK);
  await context.close();
});

if (app.rest) {
  test('the outbox refused by the device: the comment stays in the box, is sent once the network is back', async () => {
    const { page, errors, context } = await openRefusing('', refuseIndexedDbWrites, countPersistRequests);
    await onboardQuickly(page, app.url, 'あおい');
    const res = await fetch(`${app.backend.url}/api/v1/challenges`, {
      method: 'POST',
      headers: { authorization: 'Bearer demo-worker', 'content-type': 'application/json', 'idempotency-key': 'k-storage-setup' },
      body: JSON.stringify({ title: '議事録づくり', skill: 'writing', why: '', support: '' }),
    });
    const mine = await res.json();
    await page.goto(app.url + `board/${mine.id}`);
    await ready(page);

    await context.setOffline(true);
    await page.getByLabel('コメント').fill('保存できない端末から');
    await page.getByRole('button', { name: '送信' }).click();
    await page.getByText('この端末に保存できませんでした（空き容量').first().waitFor();
    assert.equal(await page.getByLabel('コメント').inputValue(), '保存できない端末から', 'her text stays');
    await page.locator('.comment.pending', { hasText: 'この端末には保存できていません' }).waitFor();
    // With work unsent, the app asked the browser once to keep its storage.
    assert.equal(await page.evaluate(() => window.__persistAsked), 1);
    const said = await page.evaluate(() => window.__said);
    assert.ok(!said.some((t) => t.includes('送信待ちに入れました')), `claimed queued: ${said.join(' | ')}`);

    await context.setOffline(false);
    await page.locator('.comment:not(.pending)', { hasText: '保存できない端末から' }).waitFor({ timeout: 30000 });
    await page.waitForFunction(() => document.querySelector('#comment-text').value === '');
    const detail = await backend(`/api/v1/challenges/${mine.id}`);
    assert.equal(detail.comments.filter((c) => c.text === '保存できない端末から').length, 1);
    noErrors(errors, NETWORK);
    await context.close();
  });

  test('the outbox refused by the device: the request form keeps her draft until it is sent, once', async () => {
    const { page, errors, context } = await openRefusing('', refuseIndexedDbWrites);
    await onboardQuickly(page, app.url, 'かえで');
    await page.goto(app.url + 'board/new');
    await ready(page);
    await context.setOffline(true);
    await page.getByLabel('やってみたいこと').fill('請求書の確認');
    await page.getByLabel('分野').selectOption('bookkeeping');
    await page.getByRole('button', { name: 'この内容で相談する' }).click();
    await page.getByText('この端末に保存できませんでした（空き容量').first().waitFor();
    assert.equal(await page.getByLabel('やってみたいこと').inputValue(), '請求書の確認', 'the draft stays');
    const said = await page.evaluate(() => window.__said);
    assert.ok(!said.some((t) => t.includes('送信待ちに入れました')), `claimed queued: ${said.join(' | ')}`);

    await context.setOffline(false);
    await page.getByRole('heading', { name: 'チャレンジボード', level: 1 }).waitFor({ timeout: 30000 });
    const all = await backend('/api/v1/challenges');
    assert.equal(all.filter((c) => c.title === '請求書の確認').length, 1);
    noErrors(errors, NETWORK);
    await context.close();
  });
}
