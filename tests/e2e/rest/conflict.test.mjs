// REST pass only: onboarding on two devices against the reference backend. A stale write
// gets 412; both versions are shown and nothing is overwritten until she chooses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, noErrors } from '../fixture.mjs';
import { audit } from '../a11y.mjs';

const app = useApp();
const PHONE = { viewport: { width: 375, height: 667 } };

/** Waits until the backend's copy of the draft satisfies `check`. */
async function backendHas(check) {
  for (let i = 0; i < 100; i++) {
    const res = await fetch(`${app.backend.url}/api/v1/workers/w-you/onboarding`, { headers: { authorization: 'Bearer demo-worker' } });
    if (check((await res.json()).fields)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the backend never received the change');
}

test('a 412 from the backend shows both versions and lets her choose', async () => {
  assert.ok(app.rest, 'this file runs on the REST pass (OKAERI_BACKEND=rest)');
  const phone = await open(app, '/onboarding', PHONE);
  await phone.page.getByRole('button', { name: '次へ', exact: true }).click();
  await phone.page.getByLabel('表示名').fill('ともこ');
  await backendHas((f) => f.display_name === 'ともこ');

  // The same person on another device (its own storage) changes the area.
  const laptop = await open(app, '/onboarding', PHONE);
  await laptop.page.getByText('ステップ 2 / 7').waitFor();
  assert.equal(await laptop.page.getByLabel('表示名').inputValue(), 'ともこ');
  await laptop.page.getByLabel('お住まいの地域').fill('大阪府');
  await backendHas((f) => f.area === '大阪府');

  // Back on the phone, a further edit is based on the old version: 412.
  await phone.page.getByLabel('ふりがな').fill('ともこ');
  await phone.page.getByRole('heading', { name: '別の場所で変更されています' }).waitFor();
  const conflict = await phone.page.locator('.conflict').textContent();
  assert.ok(conflict.includes('大阪府'), 'the other version is shown');
  assert.deepEqual(await audit(phone.page, 'conflict choice'), []);
  await phone.page.getByRole('button', { name: 'もう一方の内容を使う' }).click();
  await phone.page.getByRole('heading', { name: '別の場所で変更されています' }).waitFor({ state: 'detached' });
  assert.equal(await phone.page.getByLabel('お住まいの地域').inputValue(), '大阪府');
  // Her typing goes on from the version she chose, and saves.
  await phone.page.getByLabel('ふりがな').fill('ともこ');
  await backendHas((f) => f.furigana === 'ともこ' && f.area === '大阪府');
  await laptop.page.reload();
  await laptop.page.waitForSelector('#boot', { state: 'detached' });
  await laptop.page.getByText('ステップ 2 / 7').waitFor();
  assert.equal(await laptop.page.getByLabel('ふりがな').inputValue(), 'ともこ');
  assert.equal(await laptop.page.getByLabel('お住まいの地域').inputValue(), '大阪府');
  noErrors(phone.errors, [/status of 412/]);
  noErrors(laptop.errors);
  await phone.context.close();
  await laptop.context.close();
});

test('a conflict shows what differs in words, and her hours and the others can be combined', async () => {
  const phone = await open(app, '/onboarding', PHONE);
  const { page } = phone;
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await page.getByLabel('表示名').fill('みさき');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await page.getByText('ステップ 3 / 7').waitFor();
  await backendHas((f) => f.display_name === 'みさき');

  // Meanwhile her laptop saved Saturday mornings.
  const url = `${app.backend.url}/api/v1/workers/w-you/onboarding`;
  const auth = { authorization: 'Bearer demo-worker' };
  const current = await fetch(url, { headers: auth });
  const draft = await current.json();
  draft.fields.availability = { ...draft.fields.availability, windows: [{ day: 'Sat', start: '10:00:00', end: '12:00:00' }] };
  const saved = await fetch(url, { method: 'PUT', headers: { ...auth, 'content-type': 'application/json', 'if-match': current.headers.get('etag') }, body: JSON.stringify(draft) });
  assert.equal(saved.status, 200);

  // The phone adds weekday hours on the old version: 412, and the choice names the hours.
  await page.getByRole('button', { name: 'この時間を追加' }).click();
  await page.getByRole('heading', { name: '別の場所で変更されています' }).waitFor();
  const part = page.locator('.conflict-part', { has: page.getByRole('heading', { name: '働ける時間' }) });
  await part.waitFor();
  const text = await part.textContent();
  assert.match(text, /平日 9:30–14:30/, `hers in words: ${text}`);
  assert.match(text, /土 10:00–12:00/, `the other in words: ${text}`);
  assert.equal(await page.locator('.conflict-part').count(), 1, 'only the part that differs');

  await page.getByRole('button', { name: '両方を合わせる' }).click();
  await page.getByRole('heading', { name: '別の場所で変更されています' }).waitFor({ state: 'detached' });
  await backendHas((f) => {
    const days = (f.availability?.windows ?? []).map((w) => w.day);
    return days.includes('Sat') && days.includes('Mon') && days.includes('Fri');
  });
  noErrors(phone.errors, [/status of 412/]);
  await phone.context.close();
});
