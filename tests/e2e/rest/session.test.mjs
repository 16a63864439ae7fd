// REST pass only: a session that expires mid-task, and creates the idempotency layer says are
// still in progress. She signs in again and carries on with nothing retyped; a 409 backs off
// and retries by itself with the same Idempotency-Key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, noErrors } from '../fixture.mjs';
import { audit } from '../a11y.mjs';

const app = useApp();
// These tests answer the app's API requests themselves (page.route), which a service worker
// in between can hide from the route; nothing here needs one (see open() in fixture.mjs).
const PHONE = { viewport: { width: 375, height: 667 }, serviceWorkers: 'block' };
const EXPECTED = [/Failed to load resource|status of (401|409)/];
const UNAUTHORIZED = { status: 401, contentType: 'application/problem+json', body: '{"type":"about:blank","title":"Unauthorized","status":401,"detail":"Sign in again."}' };

/**
 * From `expire()` on, every API call answers 401 until she signs in (POST /api/v1/session
 * goes to the real backend, which checks the code).
 */
async function expiringSession(page) {
  const state = { expired: false, refused: 0 };
  await page.route((url) => url.href.startsWith(app.proxy.url), (route) => {
    const req = route.request();
    const signingIn = req.method() === 'POST' && new URL(req.url()).pathname === '/api/v1/session';
    if (signingIn) {
      state.expired = false;
      return route.fallback();
    }
    if (state.expired && req.method() !== 'OPTIONS') {
      state.refused++;
      return route.fulfill(UNAUTHORIZED);
    }
    return route.fallback();
  });
  state.expire = () => { state.expired = true; };
  return state;
}

/** The card's page has fetched all it asks for (the cards beside its thread come last). */
async function cardsArrived(page) {
  await page.locator('#comment-hint').waitFor({ state: 'attached' });
}

async function backendGet(path, token = 'demo-worker') {
  const res = await fetch(`${app.backend.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return res.json();
}

test('401 in the middle of onboarding: sign in again, and the answers she typed are saved', async () => {
  const { page, errors, context } = await open(app, '/onboarding', PHONE);
  const session = await expiringSession(page);
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await page.getByLabel('表示名').fill('ゆう');
  await page.getByText('保存しました').waitFor();

  session.expire();
  await page.getByLabel('表示名').fill('ゆうこ');
  const dialog = page.getByRole('dialog', { name: 'もう一度ログインしてください' });
  await dialog.waitFor();
  assert.ok(session.refused > 0);
  // The page behind the modal keeps what she typed.
  assert.equal(await page.getByLabel('表示名').inputValue(), 'ゆうこ');
  // Focus is inside the dialog, on the code field.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'sign-in-code');
  // The dialog passes the axe gate, and so does its error.
  assert.deepEqual(await audit(page, 'sign-in dialog'), []);

  await dialog.getByLabel('ログイン用のコード').fill('wrong-code');
  await dialog.getByRole('button', { name: 'ログインして続ける' }).click();
  await dialog.getByText('コードが違うようです').waitFor();
  assert.deepEqual(await audit(page, 'sign-in dialog, wrong code'), []);
  await dialog.getByLabel('ログイン用のコード').fill('demo-worker');
  await dialog.getByRole('button', { name: 'ログインして続ける' }).click();
  await dialog.waitFor({ state: 'hidden' });

  // The save that got the 401 went again by itself.
  await page.getByText('保存しました').waitFor();
  await assert.doesNotReject(async () => {
    for (let i = 0; i < 50; i++) {
      const draft = await backendGet('/api/v1/workers/w-you/onboarding');
      if (draft.fields?.display_name === 'ゆうこ') return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the draft on the backend never got the new name');
  });
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await page.getByRole('heading', { name: /いつ働けますか|働ける時間/ }).waitFor();
  noErrors(errors, EXPECTED);
  await context.close();
});

test('401 while sending a comment: after signing in it is sent once, nothing retyped', async () => {
  const { page, errors, context } = await open(app, '/board/ch101', { ...PHONE, role: 'coordinator' });
  await cardsArrived(page);
  const session = await expiringSession(page);
  const before = (await backendGet('/api/v1/challenges/ch101', 'demo-coordinator')).comments.length;

  await page.getByLabel('コメント').fill('来週の火曜に少し話しましょう');
  session.expire();
  await page.getByRole('button', { name: '送信' }).click();
  const dialog = page.getByRole('dialog', { name: 'もう一度ログインしてください' });
  await dialog.waitFor();
  await dialog.getByLabel('ログイン用のコード').fill('demo-coordinator');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });

  await page.locator('.comment', { hasText: '来週の火曜に少し話しましょう' }).waitFor();
  const after = (await backendGet('/api/v1/challenges/ch101', 'demo-coordinator')).comments;
  assert.equal(after.length, before + 1);
  assert.equal(after.filter((c) => c.text === '来週の火曜に少し話しましょう').length, 1);
  noErrors(errors, EXPECTED);
  await context.close();
});

test('choosing Later keeps the comment typed, with a kind message and a retry', async () => {
  const { page, errors, context } = await open(app, '/board/ch101', { ...PHONE, role: 'coordinator' });
  await cardsArrived(page);
  const session = await expiringSession(page);
  await page.getByLabel('コメント').fill('あとで送ります');
  session.expire();
  await page.getByRole('button', { name: '送信' }).click();
  const dialog = page.getByRole('dialog', { name: 'もう一度ログインしてください' });
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('ログインの期限が切れました').first().waitFor();
  assert.equal(await page.getByLabel('コメント').inputValue(), 'あとで送ります');
  noErrors(errors, EXPECTED);
  await context.close();
});

test('409 from the idempotency layer: the app backs off and retries with the same key', async () => {
  const { page, errors, context } = await open(app, '/board/ch101', { ...PHONE, role: 'coordinator' });
  await cardsArrived(page);
  const keys = [];
  await page.route((url) => url.href.startsWith(app.proxy.url) && url.pathname.endsWith('/comments'), (route) => {
    const req = route.request();
    if (req.method() !== 'POST') return route.fallback();
    keys.push(req.headers()['idempotency-key']);
    if (keys.length <= 2) {
      return route.fulfill({ status: 409, contentType: 'application/problem+json', body: '{"type":"about:blank","title":"Conflict","status":409}' });
    }
    return route.fallback();
  });
  await page.getByLabel('コメント').fill('順番に処理されますように');
  await page.getByRole('button', { name: '送信' }).click();
  const shown = page.locator('.comment', { hasText: '順番に処理されますように' });
  await shown.waitFor();
  // Failed once in a fresh-clone run with no try seen here, not reproduced in 13 runs since;
  // most likely the route miss open() in fixture.mjs describes, which this file now avoids
  // by blocking the service worker. Say how the comment was shown, should it happen again.
  assert.equal(keys.length, 3, `tries seen: ${keys.length}; the comment shown as class="${await shown.first().getAttribute('class')}"`);
  assert.equal(new Set(keys).size, 1, 'every try carries the same Idempotency-Key');
  assert.equal(await page.getByText('前の送信を処理しています').count(), 0);
  const comments = (await backendGet('/api/v1/challenges/ch101', 'demo-coordinator')).comments;
  assert.equal(comments.filter((c) => c.text === '順番に処理されますように').length, 1);
  noErrors(errors, EXPECTED);
  await context.close();
});

test('her queued comment is never sent as the coordinator who signs in on her device', async () => {
  const { page, errors, context } = await open(app, '/', PHONE);
  const created = await fetch(`${app.backend.url}/api/v1/challenges`, {
    method: 'POST',
    headers: { authorization: 'Bearer demo-worker', 'content-type': 'application/json', 'idempotency-key': 'k-owner-setup' },
    body: JSON.stringify({ title: 'データ入力の検算', skill: 'data_entry', why: '', support: '' }),
  });
  const mine = await created.json();
  const session = await expiringSession(page);
  // The backend is down for her comment: it waits in the outbox.
  let down = true;
  const posted = [];
  await page.route((url) => url.href.startsWith(app.proxy.url) && url.pathname.endsWith('/comments'), (route) => {
    const req = route.request();
    if (req.method() !== 'POST') return route.fallback();
    posted.push(req.headers().authorization);
    return down ? route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{"type":"about:blank","title":"Service Unavailable","status":503}' }) : route.fallback();
  });
  await page.goto(app.url + `board/${mine.id}`);
  await page.waitForSelector('#boot', { state: 'detached' });
  await page.getByLabel('コメント').fill('検算の手順を確認させてください');
  await page.getByRole('button', { name: '送信' }).click();
  await page.getByRole('button', { name: '送信待ち 1件' }).waitFor();

  // The backend is back but her session has expired: the retry meets a 401, and the
  // coordinator's code is typed into the dialog on her device.
  down = false;
  session.expire();
  const dialog = page.getByRole('dialog', { name: 'もう一度ログインしてください' });
  await dialog.waitFor({ timeout: 30000 });
  const coordinatorSession = page.waitForResponse(async (r) => r.url().endsWith('/api/v1/session')
    && r.request().method() === 'GET' && r.status() === 200 && (await r.json()).role === 'coordinator');
  await dialog.getByLabel('ログイン用のコード').fill('demo-coordinator');
  const triedBefore = posted.length;
  await dialog.getByRole('button', { name: 'ログインして続ける' }).click();
  await dialog.waitFor({ state: 'hidden' });
  // The app is the coordinator's now (its session asked and answered) ...
  await coordinatorSession;
  // ... her comment is not shown to him as his waiting write ...
  await page.getByRole('button', { name: /送信待ち/ }).waitFor({ state: 'detached' });
  // ... and was not sent again under his sign-in.
  assert.equal(posted.length, triedBefore, `sent again as: ${posted.slice(triedBefore).join(', ')}`);
  const detail = await backendGet(`/api/v1/challenges/${mine.id}`);
  assert.equal(detail.comments.filter((c) => c.text === '検算の手順を確認させてください').length, 0);

  // She is back on her device: her comment goes, once, under her name.
  app.token = 'demo-worker';
  await page.reload();
  await page.waitForSelector('#boot', { state: 'detached' });
  await page.locator('.comment:not(.pending)', { hasText: '検算の手順を確認させてください' }).waitFor({ timeout: 30000 });
  const after = (await backendGet(`/api/v1/challenges/${mine.id}`)).comments.filter((c) => c.text === '検算の手順を確認させてください');
  assert.equal(after.length, 1);
  assert.equal(after[0].author_id, 'w-you');
  noErrors(errors, [...EXPECTED, /status of 503/]);
  await context.close();
});
