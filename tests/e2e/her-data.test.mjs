// Her data in her hands: her 職務経歴書 prints on A4 without her family notes, the whole of her
// record downloads as JSON that reads back, and deleting her account leaves no trace of her.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { useApp, open, noErrors, onboardQuickly } from './fixture.mjs';

const app = useApp();
const PICK_UP = 'お迎えのため';

/** She registers, names a skill with its years, an away time with a family note and a request. */
async function herRecord(page, name) {
  await onboardQuickly(page, app.url, name);
  await page.goto(app.url + 'profile');
  await page.waitForSelector('#boot', { state: 'detached' });
  await page.getByLabel('わたしの強み（ひとこと）').fill('数字の確認を丁寧にできます');
  const time = page.locator('details.answer-group', { has: page.locator('.group-title', { hasText: '働ける時間' }) });
  if (!(await time.evaluate((d) => d.open))) await time.locator(':scope > summary').click();
  await time.locator('#away-note').fill(PICK_UP);
  await time.getByRole('button', { name: '連絡できない時間を追加' }).click();
  await time.getByText(PICK_UP).first().waitFor();
  const experience = page.locator('details.answer-group', { has: page.locator('.group-title', { hasText: 'これまでの経験' }) });
  if (!(await experience.evaluate((d) => d.open))) await experience.locator(':scope > summary').click();
  await experience.getByRole('group', { name: 'データ入力' }).getByRole('radio', { name: '得意' }).check();
  await experience.locator('#years-data_entry').fill('4');
  await page.waitForFunction(() => !JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('okaeri.profile.')))).unsent);
  await page.locator('.save-status', { hasText: '保存しました' }).first().waitFor();
}

test('her 職務経歴書 prints on A4 without family notes, and her record downloads as JSON that reads back', async () => {
  const { page, errors, context } = await open(app, '/', { viewport: { width: 1280, height: 900 } });
  await herRecord(page, 'ちさと');
  await page.goto(app.url + 'settings');
  await page.getByRole('link', { name: '職務経歴書を見る・印刷する' }).click();
  await page.getByRole('heading', { name: '職務経歴書', level: 1 }).waitFor();
  await page.getByText('数字の確認を丁寧にできます').waitFor();
  await page.getByText('ちさと').first().waitFor();
  const skills = page.getByRole('table');
  assert.match(await skills.getByRole('row', { name: /データ入力/ }).textContent(), /得意.*4年/);

  // Printed: A4, only the résumé (no navigation, no button), and no family note.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: /印刷する/ }).isVisible(), false);
  assert.equal(await page.getByRole('navigation').first().isVisible(), false);
  assert.doesNotMatch(await page.locator('body').innerText(), new RegExp(PICK_UP));
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  assert.ok(box, 'the PDF has a page size');
  assert.deepEqual([Math.round(+box[1]), Math.round(+box[2])], [595, 842], 'A4 portrait');
  await page.emulateMedia({ media: 'screen' });

  // The whole record as a file.
  await page.goto(app.url + 'settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'すべてのデータをダウンロード（JSON）' }).click(),
  ]);
  await page.getByRole('status').filter({ hasText: 'データのファイルを保存しました' }).waitFor();
  assert.match(download.suggestedFilename(), /^okaeri-\d{4}-\d{2}-\d{2}\.json$/);
  const record = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(record.format, 'okaeri.her-record/1');
  assert.equal(record.profile.display_name, 'ちさと');
  assert.equal(record.profile.strength_statement, '数字の確認を丁寧にできます');
  assert.ok(Array.isArray(record.challenges) && Array.isArray(record.endorsements));
  noErrors(errors);
  await context.close();
});

test('deleting her account, after a clear confirmation, leaves no trace of her', async () => {
  const { page, errors, context } = await open(app, '/');
  await herRecord(page, 'のぞみ');
  await page.goto(app.url + 'board/new');
  await page.getByLabel('やってみたいこと').fill('のぞみの請求書チェック');
  await page.getByLabel('分野').selectOption('bookkeeping');
  await page.getByRole('button', { name: 'この内容で相談する' }).click();
  await page.getByRole('heading', { name: 'のぞみの請求書チェック', level: 1 }).waitFor();

  await page.goto(app.url + 'settings');
  await page.getByRole('button', { name: 'アカウントを削除する' }).click();
  await page.getByRole('alert').filter({ hasText: '元に戻せません' }).waitFor();
  await page.getByRole("button", { name: "やめる" }).click();
  await page.getByRole('button', { name: 'アカウントを削除する' }).click();
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'すべて削除する' }).click(),
  ]);
  await page.waitForSelector('#boot', { state: 'detached' });

  if (app.rest) {
    // The reference backend kept nothing of hers: not her worker, card, comment or notice.
    const get = async (path, token) => {
      const res = await fetch(`${app.backend.url}/api/v1/${path}`, { headers: { authorization: `Bearer ${token}` } });
      return { status: res.status, text: await res.text() };
    };
    for (const path of ['workers', 'challenges', 'notifications']) {
      const { status, text } = await get(path, 'demo-coordinator');
      assert.equal(status, 200);
      assert.doesNotMatch(text, /のぞみ|w-you/, path);
    }
    // Her long-lived token signs nobody in any more.
    assert.equal((await get('session', 'demo-worker')).status, 401);
  } else {
    // The device forgot her: the demo starts again, with nothing of hers in any store.
    const stored = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
    assert.doesNotMatch(stored, /のぞみ/);
    await page.goto(app.url + 'board');
    await page.waitForSelector('#boot', { state: 'detached' });
    assert.equal(await page.getByText('のぞみの請求書チェック').count(), 0);
  }
  noErrors(errors, [/401/]);
  await context.close();
});
