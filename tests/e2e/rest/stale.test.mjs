// REST pass only: a 412 on every kind of update the app makes (the onboarding draft has its
// own test in conflict.test.mjs). Someone changes the record on the backend first; the app
// never overwrites silently, shows what changed and gives a way forward that works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, noErrors, onboardQuickly } from '../fixture.mjs';

const app = useApp();
const PHONE = { viewport: { width: 375, height: 667 } };
const STALE = [/status of 412/];

/** Another device or person, straight at the backend. */
async function api(method, path, { token = 'demo-worker', body, etag, key } = {}) {
  const headers = { authorization: `Bearer ${token}` };
  if (body) headers['content-type'] = 'application/json';
  if (etag) headers['if-match'] = etag;
  if (key) headers['idempotency-key'] = key;
  const res = await fetch(`${app.backend.url}${path}`, { method, headers, body: body && JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, etag: res.headers.get('etag'), json: text ? JSON.parse(text) : null };
}

async function ownRequest(title, key) {
  const created = await api('POST', '/api/v1/challenges', {
    body: { title, skill: 'bookkeeping', why: 'いつか経理を手伝いたい', support: '' },
    key,
  });
  assert.equal(created.status, 201);
  return created.json;
}

/** Changes her request elsewhere, with the ETag the backend has now. */
async function editElsewhere(id, change) {
  const now = await api('GET', `/api/v1/challenges/${id}`);
  const { title, skill, why, hours_per_week, wished_start, support } = now.json;
  const body = { title, skill, why, hours_per_week, wished_start, support, ...change };
  const put = await api('PUT', `/api/v1/challenges/${id}`, { body, etag: now.etag });
  assert.equal(put.status, 200, JSON.stringify(put.json));
}

test('412 on a profile edit: both versions, nothing overwritten until she chooses', async () => {
  const { page, errors, context } = await open(app, '/', PHONE);
  await onboardQuickly(page, app.url, 'みお');
  await page.goto(app.url + 'profile');
  const statement = page.getByLabel('わたしの強み（ひとこと）');
  await statement.fill('電話対応が得意です');
  await page.locator('.save-status', { hasText: '保存しました' }).waitFor();

  const now = await api('GET', '/api/v1/workers/w-you');
  const { id, onboarded, level_history, updated_at, ...fields } = now.json;
  assert.equal((await api('PUT', '/api/v1/workers/w-you', { body: { ...fields, strength_statement: '事務全般が得意です（PCから）' }, etag: now.etag })).status, 200);

  await statement.fill('電話対応とデータ入力が得意です');
  await page.getByRole('heading', { name: '別の場所で変更されています' }).waitFor();
  assert.ok((await page.locator('.conflict').textContent()).includes('事務全般が得意です（PCから）'));
  assert.equal((await api('GET', '/api/v1/workers/w-you')).json.strength_statement, '事務全般が得意です（PCから）', 'nothing overwritten yet');
  await page.getByRole('button', { name: 'この端末の内容を使う' }).click();
  await page.getByRole('heading', { name: '別の場所で変更されています' }).waitFor({ state: 'detached' });
  for (let i = 0; i < 50 && (await api('GET', '/api/v1/workers/w-you')).json.strength_statement !== '電話対応とデータ入力が得意です'; i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal((await api('GET', '/api/v1/workers/w-you')).json.strength_statement, '電話対応とデータ入力が得意です');
  noErrors(errors, STALE);
  await context.close();
});

test('412 on an answer once frozen after onboarding (where she lives): both versions, then hers is kept', async () => {
  const { page, errors, context } = await open(app, '/', PHONE);
  await onboardQuickly(page, app.url, 'みお');
  await page.goto(app.url + 'profile');
  await page.locator('details.answer-group', { hasText: 'わたしについて' }).locator(':scope > summary').click();
  const area = page.getByLabel('お住まいの地域');
  await area.fill('京都府');
  await page.locator('.save-status', { hasText: '保存しました' }).waitFor();

  const now = await api('GET', '/api/v1/workers/w-you');
  const { id, onboarded, level_history, updated_at, ...fields } = now.json;
  const elsewhere = { ...fields, area: '大阪府', work_style: { ...fields.work_style, channel: 'phone' } };
  assert.equal((await api('PUT', '/api/v1/workers/w-you', { body: elsewhere, etag: now.etag })).status, 200);

  await area.fill('京都府 宇治市');
  await page.getByRole('heading', { name: '別の場所で変更されています' }).waitFor();
  assert.ok((await page.locator('.conflict').textContent()).includes('大阪府'));
  assert.equal((await api('GET', '/api/v1/workers/w-you')).json.area, '大阪府', 'nothing overwritten yet');
  await page.getByRole('button', { name: 'この端末の内容を使う' }).click();
  await page.getByRole('heading', { name: '別の場所で変更されています' }).waitFor({ state: 'detached' });
  for (let i = 0; i < 50 && (await api('GET', '/api/v1/workers/w-you')).json.area !== '京都府 宇治市'; i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal((await api('GET', '/api/v1/workers/w-you')).json.area, '京都府 宇治市');
  noErrors(errors, STALE);
  await context.close();
});

test('412 on editing her request: their version is shown beside her typing; she chooses, then saves', async () => {
  const mine = await ownRequest('経理の入門', 'k-edit');
  const { page, errors, context } = await open(app, `/board/${mine.id}`, PHONE);
  await page.getByRole('button', { name: '相談の内容を直す' }).click();
  await page.locator('#edit-title').fill('経理の入門（月次決算）');
  await editElsewhere(mine.id, { why: '来年から月次を担当したい' });
  await page.getByRole('button', { name: '直した内容で保存する' }).click();
  await page.getByText('ほかの人（または別の端末）が先に変更しました').waitFor();
  await page.locator('.conflict', { hasText: '来年から月次を担当したい' }).waitFor();
  // Her typing is still in the form.
  assert.equal(await page.locator('#edit-title').inputValue(), '経理の入門（月次決算）');
  await page.getByRole('button', { name: 'もう一方の内容を使う' }).click();
  assert.equal(await page.locator('#edit-why').inputValue(), '来年から月次を担当したい');
  assert.equal(await page.locator('#edit-title').inputValue(), '経理の入門');
  await page.locator('#edit-title').fill('経理の入門（月次決算）');
  await page.getByRole('button', { name: '直した内容で保存する' }).click();
  await page.getByRole('heading', { name: '経理の入門（月次決算）', level: 1 }).waitFor();
  const saved = (await api('GET', `/api/v1/challenges/${mine.id}`)).json;
  assert.deepEqual([saved.title, saved.why], ['経理の入門（月次決算）', '来年から月次を担当したい']);
  noErrors(errors, STALE);
  await context.close();
});

test('412 on withdrawing: the latest version is shown first, then withdrawing works', async () => {
  const mine = await ownRequest('名刺の整理', 'k-withdraw');
  const { page, errors, context } = await open(app, `/board/${mine.id}`, PHONE);
  await editElsewhere(mine.id, { title: '名刺と住所録の整理' });
  await page.getByRole('button', { name: 'この相談を取り下げる' }).click();
  await page.getByRole('button', { name: '取り下げる', exact: true }).click();
  await page.getByText('最新の内容を読み込みました').waitFor();
  await page.getByRole('heading', { name: '名刺と住所録の整理', level: 1 }).waitFor();
  assert.equal((await api('GET', `/api/v1/challenges/${mine.id}`)).status, 200, 'nothing withdrawn on a stale ETag');
  await page.getByRole('button', { name: 'この相談を取り下げる' }).click();
  await page.getByRole('button', { name: '取り下げる', exact: true }).click();
  await page.getByRole('heading', { name: 'チャレンジボード', level: 1 }).waitFor();
  assert.equal((await api('GET', `/api/v1/challenges/${mine.id}`)).status, 404);
  noErrors(errors, STALE);
  await context.close();
});

test('412 on moving a card: the latest status is loaded, and choosing again works', async () => {
  const coordinator = { token: 'demo-coordinator' };
  const list = await api('GET', '/api/v1/challenges', coordinator);
  const card = list.json.find((c) => c.status === 'requested');
  assert.ok(card, 'the seed has a card in 相談したい');
  const { page, errors, context } = await open(app, `/board/${card.id}`, { ...PHONE, role: 'coordinator' });
  const now = await api('GET', `/api/v1/challenges/${card.id}`, coordinator);
  const moved = await api('POST', `/api/v1/challenges/${card.id}/moves`, { ...coordinator, body: { to: 'discussing', reason: '' }, etag: now.etag });
  assert.equal(moved.status, 200);

  const select = page.getByLabel(/を移動$/);
  await select.selectOption({ label: '相談中' });
  await page.getByText('ほかの人が先に変更しました。最新の内容を読み込みました').first().waitFor();
  assert.equal((await api('GET', `/api/v1/challenges/${card.id}`, coordinator)).json.status, 'discussing', 'nothing moved on a stale ETag');
  await page.locator('.status-tag', { hasText: '相談中' }).waitFor();
  await page.getByLabel(/を移動$/).selectOption({ label: '挑戦中' });
  await page.locator('.status-tag', { hasText: '挑戦中' }).waitFor();
  assert.equal((await api('GET', `/api/v1/challenges/${card.id}`, coordinator)).json.status, 'in_progress');
  noErrors(errors, STALE);
  await context.close();
});
