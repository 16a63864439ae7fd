// REST pass only: a slow network, and she does not wait. A write that finishes after she has
// gone to another page is announced there, leaves her where she went, and leaves nothing
// behind that would send it twice (the draft she sent is forgotten).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, noErrors, onboardQuickly, sendOnboardingQuickly } from '../fixture.mjs';

const app = useApp();
// These tests answer the app's API requests themselves (page.route), which a service worker
// in between can hide from the route; nothing here needs one (see open() in fixture.mjs).
const PHONE = { viewport: { width: 375, height: 667 }, serviceWorkers: 'block' };

/** Holds matching API calls for `ms` before they go on to the backend. */
async function slow(page, method, pattern, ms) {
  await page.route((url) => url.href.startsWith(app.proxy.url) && pattern.test(url.pathname), async (route) => {
    if (route.request().method() === method) await new Promise((r) => setTimeout(r, ms));
    return route.fallback();
  });
}

/** She taps 設定 in the menu (an in-app navigation) and lands there. */
async function goToSettings(page) {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '設定' }).click();
  await page.getByRole('heading', { name: '設定', level: 1 }).waitFor();
}

/** Her worker record as the backend has it now. */
async function backendProfile() {
  const headers = { authorization: 'Bearer demo-worker' };
  const me = await (await fetch(`${app.backend.url}/api/v1/session`, { headers })).json();
  return JSON.stringify(await (await fetch(`${app.backend.url}/api/v1/workers/${me.id}`, { headers })).json());
}

/** Whether `check()` comes true within ten seconds, asked every quarter second. */
async function eventually(page, check) {
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    if (await check()) return true;
  }
  return false;
}

/** Once the announcement has come, she is still on 設定, a moment later too. */
async function stillOnSettings(page, announced) {
  await page.locator('#announcer', { hasText: announced }).waitFor({ state: 'attached', timeout: 15000 });
  await page.waitForTimeout(500);
  assert.equal(new URL(page.url()).pathname, '/settings');
  assert.equal(await page.locator('main h1').textContent(), '設定');
}

test('a request sent on a slow network, then she leaves: it is sent and she stays where she went', async () => {
  const { page, errors, context } = await open(app, '/', PHONE);
  await onboardQuickly(page, app.url, 'みほ');
  await slow(page, 'POST', /\/api\/v1\/challenges$/, 1500);
  await page.goto(app.url + 'board/new');
  await page.getByLabel('やってみたいこと').fill('請求書の発行を覚える');
  await page.getByLabel('分野').selectOption('bookkeeping');
  await page.getByRole('button', { name: 'この内容で相談する' }).click();
  await goToSettings(page);
  await stillOnSettings(page, '相談を送りました');
  // Sent once, the board has it, and the form is empty again: no draft offers it twice.
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'チャレンジ' }).click();
  await page.locator('.card', { hasText: '請求書の発行を覚える' }).waitFor();
  assert.equal(await page.locator('.card', { hasText: '請求書の発行を覚える' }).count(), 1);
  await page.goto(app.url + 'board/new');
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await page.getByLabel('やってみたいこと').inputValue(), '');
  noErrors(errors);
  await context.close();
});

test('a withdrawal on a slow network, then she leaves: it is done and she stays where she went', async () => {
  const { page, errors, context } = await open(app, '/', PHONE);
  await onboardQuickly(page, app.url, 'さき');
  await page.goto(app.url + 'board/new');
  await page.getByLabel('やってみたいこと').fill('表計算の関数を学ぶ');
  await page.getByLabel('分野').selectOption('bookkeeping');
  await page.getByRole('button', { name: 'この内容で相談する' }).click();
  await page.getByRole('heading', { name: '表計算の関数を学ぶ', level: 1 }).waitFor();
  await slow(page, 'DELETE', /\/api\/v1\/challenges\/[^/]+$/, 1500);
  await page.getByRole('button', { name: 'この相談を取り下げる' }).click();
  await page.getByRole('button', { name: '取り下げる', exact: true }).click();
  await goToSettings(page);
  await stillOnSettings(page, '相談を取り下げました');
  noErrors(errors);
  await context.close();
});

test('a comment on a slow network, then she leaves: it is sent once and the box is empty when she returns', async () => {
  const { page, errors, context } = await open(app, '/board/ch101', { ...PHONE, role: 'coordinator' });
  await slow(page, 'POST', /\/comments$/, 1500);
  await page.getByLabel('コメント').fill('来週の月曜にお話ししましょう');
  await page.getByRole('button', { name: '送信' }).click();
  await goToSettings(page);
  await stillOnSettings(page, 'コメントを送りました');
  await page.goto(app.url + 'board/ch101');
  await page.locator('.comment', { hasText: '来週の月曜にお話ししましょう' }).waitFor();
  assert.equal(await page.locator('.comment', { hasText: '来週の月曜にお話ししましょう' }).count(), 1);
  assert.equal(await page.getByLabel('コメント').inputValue(), '');
  noErrors(errors);
  await context.close();
});

test('a card moved on a slow network, then she leaves: the move is announced where she is, and made once', async () => {
  const { page, errors, context } = await open(app, '/board?status=requested', { ...PHONE, role: 'coordinator' });
  await slow(page, 'POST', /\/moves$/, 1500);
  const first = page.locator('.challenge-card').first();
  const title = (await first.locator('.card-title').textContent()).trim();
  const id = (await first.locator('.card-title').getAttribute('href')).split('/').pop();
  await first.getByRole('combobox', { name: /移動/ }).selectOption('discussing');
  await goToSettings(page);
  await stillOnSettings(page, `「${title}」を相談中に移動しました`);
  const now = await (await fetch(`${app.backend.url}/api/v1/challenges/${id}`, { headers: { authorization: 'Bearer demo-coordinator' } })).json();
  assert.equal(now.status, 'discussing');
  assert.equal(now.history.filter((h) => h.to === 'discussing').length, 1, 'moved once');
  noErrors(errors);
  await context.close();
});

test('onboarding finished on a slow network, then she leaves: it completes, and the app keeps working', async () => {
  const { page, errors, context } = await open(app, '/', PHONE);
  await slow(page, 'POST', /\/onboarding\/complete$/, 1500);
  await sendOnboardingQuickly(page, app.url, 'ちか');
  await goToSettings(page);
  assert.ok(await eventually(page, async () => (await backendProfile()).includes('ちか')),
    'her profile was made from the onboarding');
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'わたしの強み' }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  noErrors(errors);
  await context.close();
});

for (const [when, hold, wait] of [['within the half-second pause', 0, 0], ['while it is being saved', 1500, 700]]) {
  test(`her profile edited, then she leaves ${when}: the edit reaches the backend and the app keeps working`, async () => {
    const { page, errors, context } = await open(app, '/', PHONE);
    await onboardQuickly(page, app.url, 'みお');
    if (hold) await slow(page, 'PUT', /\/api\/v1\/workers\/[^/]+$/, hold);
    await page.goto(app.url + 'profile');
    await page.getByLabel('わたしの強み（ひとこと）').fill('電話対応は私に頼んでください');
    if (wait) await page.waitForTimeout(wait);
    await goToSettings(page);
    assert.ok(await eventually(page, async () => (await backendProfile()).includes('電話対応は私に頼んでください')),
      'the edit reached the backend');
    // Still alive: another page opens, and the edit shows when she returns.
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'わたしの強み' }).click();
    await page.getByLabel('わたしの強み（ひとこと）').waitFor();
    assert.equal(await page.getByLabel('わたしの強み（ひとこと）').inputValue(), '電話対応は私に頼んでください');
    await page.locator('.outbox-toggle').waitFor({ state: 'detached' });
    noErrors(errors);
    await context.close();
  });
}
