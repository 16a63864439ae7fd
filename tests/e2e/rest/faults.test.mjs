// REST pass only: a backend that misbehaves. Injected responses on the API, and the app
// stays calm: no panic, a kind sentence, a retry that works, nothing typed lost, one record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, noErrors, onboardQuickly } from '../fixture.mjs';

const app = useApp();
// These tests answer the app's API requests themselves (page.route), which a service worker
// in between can hide from the route; nothing here needs one (see open() in fixture.mjs).
const DESKTOP = { viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' };

/** Answers matching API calls with `reply` (a function of the route) instead of the backend. */
async function inject(page, pattern, reply) {
  await page.route((url) => url.href.startsWith(app.proxy.url) && pattern.test(url.pathname + url.search), reply);
}

/** Page errors that are expected when a request is refused on purpose. */
function unexpected(errors) {
  return errors.filter((e) => !/Failed to load resource|net::ERR_FAILED|status of (4|5)\d\d/.test(e));
}

test('broken bodies with status 200 never crash the board', async () => {
  const bodies = [
    ['an HTML page', 'text/html', '<!doctype html><html><body>メンテナンス中</body></html>'],
    ['an empty body', 'application/json', ''],
    ['malformed JSON', 'application/json', '[{"id":'],
    ['nulls and missing fields', 'application/json', '[{"id":null,"title":null},{"etag":"x"}]'],
    ['an empty list', 'application/json', '[]'],
  ];
  for (const [label, type, body] of bodies) {
    const { page, errors, context } = await open(app, '/', { ...DESKTOP, role: 'coordinator' });
    await inject(page, /\/api\/v1\/challenges$/, (route) => route.fulfill({ status: 200, contentType: type, body }));
    await page.goto(app.url + 'board');
    await page.waitForSelector('#boot', { state: 'detached' });
    await page.locator('main h1').waitFor();
    if (label === 'an empty list') {
      await page.locator('.column').first().waitFor();
    } else {
      await page.getByText('思わぬ応答がありました').waitFor();
      await page.getByRole('button', { name: 'もう一度試す' }).waitFor();
    }
    // The rest of the app still works.
    await page.getByRole('link', { name: 'ホーム' }).click();
    await page.getByRole('heading', { name: 'ワーカーのみなさん' }).waitFor();
    noErrors(unexpected(errors));
    await context.close();
  }
});

test('huge strings and 10,000 items render as a degraded but usable screen', async () => {
  const { page, errors, context } = await open(app, '/', { ...DESKTOP, role: 'coordinator' });
  const now = new Date().toISOString();
  const item = (i) => ({
    id: `x${i}`, worker_id: 'w-kei', worker_name: 'けい', title: i === 0 ? 'あ'.repeat(100_000) : `課題 ${i}`, skill: 'writing',
    status: 'requested', history: [], comments: [], created_at: now, updated_at: now, etag: '"v1"', unknown_field: { nested: true },
  });
  const list = Array.from({ length: 10_000 }, (_, i) => item(i));
  await inject(page, /\/api\/v1\/challenges$/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(list) }));
  await page.goto(app.url + 'board?status=requested&q=' + encodeURIComponent('課題 9999'));
  await page.waitForSelector('#boot', { state: 'detached' });
  await page.locator('.challenge-card', { hasText: '課題 9999' }).waitFor({ timeout: 60000 });
  noErrors(unexpected(errors));
  await context.close();
});

test('markup and script from the backend render as text', async () => {
  const { page, errors, context } = await open(app, '/', DESKTOP);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  await onboardQuickly(page, app.url, '<b>はな</b>\u202E\u200B');
  const title = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.goto(app.url + 'board/new');
  await page.getByLabel('やってみたいこと').fill(title);
  await page.getByLabel('分野').selectOption('writing');
  await page.getByRole('button', { name: 'この内容で相談する' }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(await page.locator('main script').count(), 0);
  await page.goto(app.url);
  await page.getByRole('heading', { name: /<b>はな<\/b>/ }).waitFor();
  assert.equal(dialogs, 0);
  noErrors(errors);
  await context.close();
});

test('a lost response to a create, retried with the same Idempotency-Key, makes one record', async () => {
  const { page, errors, context } = await open(app, '/', DESKTOP);
  await onboardQuickly(page, app.url, 'りな');
  let dropped = 0;
  await inject(page, /\/api\/v1\/challenges$/, async (route) => {
    if (route.request().method() === 'POST' && dropped === 0) {
      dropped += 1;
      await route.fetch(); // the backend creates it…
      return route.abort('connectionreset'); // …but the answer never arrives.
    }
    return route.fallback();
  });
  await page.goto(app.url + 'board/new');
  await page.getByLabel('やってみたいこと').fill('文章の校正に挑戦');
  await page.getByLabel('分野').selectOption('writing');
  await page.getByRole('button', { name: 'この内容で相談する' }).click();
  // The answer never came: the request waits in the outbox with its key, and goes again by itself.
  const badge = page.getByRole('button', { name: '送信待ち 1件' });
  await badge.waitFor();
  await badge.waitFor({ state: 'detached', timeout: 30000 });
  const list = await (await fetch(`${app.backend.url}/api/v1/challenges`, { headers: { authorization: 'Bearer demo-worker' } })).json();
  assert.equal(list.filter((c) => c.title === '文章の校正に挑戦').length, 1);
  noErrors(unexpected(errors));
  await context.close();
});

test('503 with Retry-After on a comment: it waits as 送信待ち and is sent again by itself, once', async () => {
  const { page, errors, context } = await open(app, '/board/ch101', { ...DESKTOP, role: 'coordinator' });
  let failures = 0;
  // Answered across origins as the backend would (without these the app could not read the
  // answer at all, and would take it for no network).
  const cors = { 'access-control-allow-origin': new URL(app.url).origin, 'access-control-allow-credentials': 'true', 'access-control-expose-headers': 'Retry-After' };
  await inject(page, /\/comments$/, (route) => {
    if (failures++ === 0) {
      return route.fulfill({ status: 503, headers: { ...cors, 'retry-after': '2', 'content-type': 'application/problem+json' }, body: '{"type":"about:blank","title":"Service Unavailable","status":503}' });
    }
    return route.fallback();
  });
  await page.getByLabel('コメント').fill('明日の10時からでいかがでしょう');
  await page.getByRole('button', { name: '送信' }).click();
  await page.locator('.comment.pending', { hasText: '明日の10時からでいかがでしょう' }).waitFor();
  await page.locator('.comment:not(.pending)', { hasText: '明日の10時からでいかがでしょう' }).waitFor({ timeout: 30000 });
  await page.reload();
  await page.waitForSelector('.comment');
  assert.equal(await page.locator('.comment', { hasText: '明日の10時からでいかがでしょう' }).count(), 1);
  noErrors(unexpected(errors));
  await context.close();
});

test('a request that hangs times out, waits as 送信待ち and is sent again by itself, once', async () => {
  app.timeoutMs = 5000; // half the app's own, so the test waits less for the timeout
  const { page, errors, context } = await open(app, '/board/ch101', { ...DESKTOP, role: 'coordinator' });
  // The first send and the outbox's first retry both hang. The outbox retries every 2 s, so
  // when its next round came just after the timeout (it did, most runs, once pages arrived as
  // chunks and so started later), 送信待ち was on screen for a moment too short to check.
  let hung = 0;
  await inject(page, /\/comments$/, (route) => (hung++ < 2 ? new Promise(() => {}) : route.fallback()));
  await page.getByLabel('コメント').fill('少し遅れます');
  await page.getByRole('button', { name: '送信' }).click();
  // Repeated taps while it hangs send nothing more: the button is disabled while the comment
  // is on its way, and a tap on it anyway (past Playwright's own wait for it to be enabled)
  // must not throw or send.
  await page.waitForFunction(() => document.querySelector('.comment-box button[type="submit"]')?.disabled);
  await page.getByRole('button', { name: '送信' }).click({ force: true });
  await page.locator('.comment.pending', { hasText: '少し遅れます' }).waitFor({ timeout: 15000 });
  await page.locator('.comment:not(.pending)', { hasText: '少し遅れます' }).waitFor({ timeout: 30000 });
  await page.reload();
  await page.waitForSelector('.comment');
  assert.equal(await page.locator('.comment', { hasText: '少し遅れます' }).count(), 1);
  noErrors(unexpected(errors));
  await context.close();
});

test('422 from the backend shows each message on its own field', async () => {
  const { page, errors, context } = await open(app, '/', DESKTOP);
  await onboardQuickly(page, app.url, 'えみ');
  await inject(page, /\/api\/v1\/challenges$/, (route) => route.request().method() === 'POST'
    ? route.fulfill({ status: 422, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Unprocessable Content', status: 422, errors: { title: 'error.too_long', hours_per_week: 'error.hours_range' } }) })
    : route.fallback());
  await page.goto(app.url + 'board/new');
  await page.getByLabel('やってみたいこと').fill('長いタイトル');
  await page.getByLabel('分野').selectOption('writing');
  await page.getByRole('button', { name: 'この内容で相談する' }).click();
  await page.locator('#title-error', { hasText: '少し長すぎます' }).waitFor();
  assert.equal((await page.locator('#title-error').textContent()).trim(), '少し長すぎます。短くしてください');
  assert.equal((await page.locator('#hours-error').textContent()).trim(), '1〜60の数字で入力してください');
  noErrors(unexpected(errors));
  await context.close();
});

test('when who she is cannot be learnt, the board says so and a retry brings the coordinator her controls', async () => {
  const { page, errors, context } = await open(app, '/', { ...DESKTOP, role: 'coordinator' });
  let failing = true;
  await inject(page, /\/api\/v1\/session$/, (route) => (failing
    ? route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{"title":"Service Unavailable","status":503}' })
    : route.continue()));
  await page.goto(app.url + 'board');
  await page.waitForSelector('#boot', { state: 'detached' });
  // Not a board without its controls, as if she were someone else: the reason and a way on.
  await page.getByText('サーバーで問題が起きています').waitFor();
  assert.equal(await page.locator('.challenge-card').count(), 0);
  failing = false;
  await page.getByRole('button', { name: 'もう一度試す' }).click();
  await page.locator('.challenge-card').first().getByRole('combobox', { name: /移動/ }).waitFor();
  noErrors(unexpected(errors));
  await context.close();
});

test('429 with Retry-After: the outbox waits as long as it is told, and never calls it refused', async () => {
  const { page, errors, context } = await open(app, '/board/ch101', { ...DESKTOP, role: 'coordinator' });
  const tries = [];
  // Answered here, across origins as the backend would: the app may read Retry-After.
  const cors = { 'access-control-allow-origin': new URL(app.url).origin, 'access-control-allow-credentials': 'true', 'access-control-expose-headers': 'Retry-After' };
  const busy = { status: 429, contentType: 'application/problem+json', headers: { ...cors, 'retry-after': '6' }, body: '{"type":"about:blank","title":"Too Many Requests","status":429}' };
  const down = { status: 503, contentType: 'application/problem+json', headers: cors, body: '{"type":"about:blank","title":"Service Unavailable","status":503}' };
  // Its first try meets a 503 (it waits in the outbox), the outbox's first retry a 429.
  await inject(page, /\/comments$/, (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    tries.push(Date.now());
    if (tries.length === 1) return route.fulfill(down);
    if (tries.length === 2) return route.fulfill(busy);
    return route.fallback();
  });
  await page.getByLabel('コメント').fill('混んでいても届きますように');
  await page.getByRole('button', { name: '送信' }).click();
  await page.locator('.comment.pending', { hasText: '混んでいても届きますように' }).waitFor();
  await page.locator('.comment:not(.pending)', { hasText: '混んでいても届きますように' }).waitFor({ timeout: 30000 });
  assert.equal(tries.length, 3, 'a try, the retry that met the 429, and one after the wait');
  assert.ok(tries[2] - tries[1] >= 6000, `sent again ${tries[2] - tries[1]} ms after the 429 (Retry-After: 6)`);
  assert.equal(await page.getByText('送れませんでした').count(), 0, 'a 429 is never a refusal');
  await page.reload();
  await page.waitForSelector('.comment');
  assert.equal(await page.locator('.comment', { hasText: '混んでいても届きますように' }).count(), 1);
  noErrors(unexpected(errors));
  await context.close();
});
