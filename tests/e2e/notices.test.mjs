// お知らせ: what one person does reaches the people it concerns, never the one who acted; the
// count on the navigation leads to the notice, the notice to the card; read on one device is
// read on the other; 知らせない stops a kind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, noErrors, onboardQuickly, switchRole } from './fixture.mjs';

const app = useApp();

async function request(page, title) {
  await page.goto(app.url + 'board/new');
  await page.getByLabel('やってみたいこと').fill(title);
  await page.getByLabel('分野').selectOption('spreadsheet');
  await page.getByLabel('やってみたい理由').fill('集計を任せてもらえるようになりたい');
  await page.getByRole('button', { name: 'この内容で相談する' }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
}

/** The navigation's link to お知らせ; its name carries the unread count. */
const inboxLink = (page) => page.getByRole('navigation').getByRole('link', { name: /^お知らせ/ });

async function unreadIs(page, n) {
  const name = n === 0 ? /^お知らせ$/ : new RegExp(`^お知らせ\\s*（未読 ${n}件）$`);
  await page.getByRole('navigation').getByRole('link', { name }).waitFor();
}

/** A second device of the same person: another browser on the REST pass, another tab here. */
async function otherDevice(context, role) {
  if (app.rest) return (await open(app, '/', { role })).page;
  const page = await context.newPage();
  await page.goto(app.url);
  await page.waitForSelector('#boot', { state: 'detached' });
  return page;
}

test('a request reaches the coordinators: the count, the notice, the card; read on one device, read on the other', async () => {
  const { page, errors, context } = await open(app, '/', { viewport: { width: 375, height: 667 } });
  const title = '月次の集計表をつくる';
  await onboardQuickly(page, app.url, 'みき');
  await request(page, title);
  // She acted: nothing for her.
  await page.goto(app.url);
  await page.waitForSelector('#boot', { state: 'detached' });
  await unreadIs(page, 0);

  await switchRole(page, 'coordinator', app);
  await unreadIs(page, 1);
  const pc = await otherDevice(context, 'coordinator');
  await unreadIs(pc, 1);

  await inboxLink(page).click();
  await page.getByRole('heading', { name: 'お知らせ', level: 1 }).waitFor();
  const notice = page.locator('.notice', { hasText: `みきさんが新しいチャレンジを相談したいそうです：「${title}」` });
  await notice.getByText('未読').waitFor({ state: 'attached' });
  await notice.getByRole('link').click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  await unreadIs(page, 0);

  if (app.rest) {
    // The other device counts again when she comes back to it.
    await pc.bringToFront();
    await pc.evaluate(() => window.dispatchEvent(new Event('focus')));
  }
  // Another tab of this device follows by itself, once the change has reached it (read at
  // once, it can still see the count from before).
  await unreadIs(pc, 0);
  noErrors(errors);
  await context.close();
});

test('a move and a comment reach her, not the coordinator who made them; 知らせない stops that kind', async () => {
  const { page, errors, context } = await open(app, '/', { viewport: { width: 1280, height: 900 } });
  const title = '売上データの入力チェック';
  await onboardQuickly(page, app.url, 'ゆい');
  await request(page, title);

  await switchRole(page, 'coordinator', app, 'board?status=requested');
  const card = page.locator('.challenge-card', { hasText: title });
  await card.getByRole('combobox', { name: /移動/ }).selectOption('discussing');
  await page.getByRole('status').filter({ hasText: `「${title}」を相談中に移動しました` }).waitFor();
  await page.goto(app.url + 'board?status=discussing');
  await card.getByRole('link', { name: title }).click();
  await page.getByLabel('コメント').fill('まず先月分から見てみましょう');
  await page.getByRole('button', { name: '送信' }).click();
  await page.locator('.comment', { hasText: 'まず先月分から' }).waitFor();
  // Only her request is news to the coordinator; what she did herself is not.
  await page.goto(app.url + 'notifications');
  await page.locator('.notice').first().waitFor();
  assert.equal(await page.locator('.notice').count(), 1);
  await page.locator('.notice', { hasText: 'ゆいさんが新しいチャレンジを相談したいそうです' }).waitFor();

  await switchRole(page, 'worker', app);
  await unreadIs(page, 2);
  await inboxLink(page).click();
  await page.locator('.notice', { hasText: `佐藤 みどりさんが「${title}」にコメントしました：「まず先月分から見てみましょう」` }).waitFor();
  await page.locator('.notice', { hasText: `佐藤 みどりさんが「${title}」を「相談中」に移しました` }).waitFor();
  await page.getByRole('button', { name: 'すべて既読にする' }).click();
  await unreadIs(page, 0);

  // She turns comments off. On a deep link her choices are asked for once, when she is known.
  const asked = [];
  const settingsAsked = (r) => r.method() === 'GET' && r.url().endsWith('/api/v1/notifications/settings') && asked.push(r.url());
  page.on('request', settingsAsked);
  await page.goto(app.url + 'settings');
  await page.getByLabel('コメント').selectOption('never');
  await page.getByRole('status').filter({ hasText: 'お知らせの設定を保存しました' }).waitFor();
  page.off('request', settingsAsked);
  if (app.rest) assert.equal(asked.length, 1, `her notice settings were asked for ${asked.length} times`);

  await switchRole(page, 'coordinator', app, 'board?status=discussing');
  await card.getByRole('link', { name: title }).click();
  await page.getByLabel('コメント').fill('資料を共有フォルダに置きました');
  await page.getByRole('button', { name: '送信' }).click();
  await page.locator('.comment', { hasText: '資料を共有フォルダに' }).waitFor();
  await page.getByRole('combobox', { name: /移動/ }).first().selectOption('in_progress');
  await page.getByRole('status').filter({ hasText: /挑戦中に移動しました/ }).waitFor();

  // The move reaches her; the comment, a kind she turned off, does not. (The demo's role is
  // switched away from her card: seen as hers, it would read its notices.)
  await page.goto(app.url + 'board');
  await switchRole(page, 'worker', app);
  await unreadIs(page, 1);
  await inboxLink(page).click();
  await page.locator('.notice.unread', { hasText: '「挑戦中」に移しました' }).waitFor();
  assert.equal(await page.locator('.notice', { hasText: '資料を共有フォルダに' }).count(), 0);
  noErrors(errors);
  await context.close();
});
