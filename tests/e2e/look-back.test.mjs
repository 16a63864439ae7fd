// 今週できたこと: on her day home offers a one-minute look back; an endorsement this week
// becomes a step up she accepts with one tap, which changes her profile and her timeline; what
// she would like to do more of becomes a prefilled request; her answers survive a reload; the
// week's one reminder (none in the week she registers) leads to it; skipping and another day keep home quiet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, noErrors, onboardQuickly, switchRole } from './fixture.mjs';
import { audit } from './a11y.mjs';

const app = useApp();
// Friday 4 December 2026, 10:00 in Tokyo: the default look back day.
const FRIDAY = new Date('2026-12-04T01:00:00Z');
const DAY = 24 * 3600 * 1000;
const DESKTOP = { fixedTime: FRIDAY, viewport: { width: 1280, height: 900 } };

async function home(page) {
  await page.goto(app.url);
  await page.waitForSelector('#boot', { state: 'detached' });
  await page.getByRole('heading', { name: /おかえりなさい/, level: 1 }).waitFor();
}

test('an endorsement this week becomes a step up she accepts; her profile, timeline and a prefilled request follow', async () => {
  const { page, errors, context } = await open(app, '/', DESKTOP);
  await onboardQuickly(page, app.url, 'さき');
  // The week she registers has no reminder; the next one has. Monday: an endorsement.
  await context.clock.setFixedTime(new Date(FRIDAY.getTime() + 3 * DAY));
  await switchRole(page, 'coordinator', app);
  await page.getByRole('link', { name: 'さき', exact: true }).click();
  await page.getByRole('heading', { name: 'さき', level: 1 }).waitFor();
  await page.getByRole('button', { name: /頼みたい/ }).click();
  await page.getByLabel('どの分野で').selectOption('spreadsheet');
  await page.getByLabel('ひとことメッセージ').fill('集計表がとても見やすかったです');
  await page.getByRole('button', { name: 'この内容で伝える' }).click();
  await page.getByText('集計表がとても見やすかったです').first().waitFor();

  // Friday: the week's one reminder is in her inbox and leads to the look back.
  await context.clock.setFixedTime(new Date(FRIDAY.getTime() + 7 * DAY));
  await switchRole(page, 'worker', app);
  await page.goto(app.url + 'notifications');
  const reminder = page.getByRole('link', { name: /今週のふりかえりの日です/ });
  await reminder.waitFor();
  await home(page);
  const offer = page.getByRole('region', { name: '今週できたこと' });
  await offer.waitFor();
  // Home with the offer passes the axe gate (the gate's own run sees it only on its days).
  assert.deepEqual(await audit(page, 'home, the look back offered'), []);
  await offer.getByRole('link', { name: 'ふりかえる' }).click();
  await page.getByRole('heading', { name: '今週できたこと', level: 1 }).waitFor();
  await page.getByLabel('うまくいったこと').fill('表の集計が早くなった');
  await page.getByLabel('もっとやってみたいこと').fill('請求書の確認');
  // What she typed is on the device: a reload loses none of it.
  await page.reload();
  await page.getByLabel('うまくいったこと').waitFor();
  assert.equal(await page.getByLabel('うまくいったこと').inputValue(), '表の集計が早くなった');
  assert.equal(await page.getByLabel('もっとやってみたいこと').inputValue(), '請求書の確認');
  await page.getByRole('button', { name: '次へ', exact: true }).click();

  const level = page.getByRole('group', { name: '表計算を「できる」にしますか？' });
  await level.getByRole('button', { name: 'はい' }).click();
  assert.equal(await level.getByRole('button', { name: 'はい' }).getAttribute('aria-pressed'), 'true');
  const ask = page.getByRole('group', { name: '「請求書の確認」をチャレンジとして相談しますか？' });
  await ask.getByRole('button', { name: 'はい' }).click();
  await page.getByRole('button', { name: 'ふりかえりを残す' }).click();
  await page.getByText('今週のふりかえりを残しました。').first().waitFor();
  await page.getByText('表計算を「できる」にしました。').waitFor();

  await page.getByRole('link', { name: '「請求書の確認」を相談する' }).click();
  await page.getByRole('heading', { name: /チャレンジ/, level: 1 }).waitFor();
  assert.equal(await page.getByLabel('やってみたいこと').inputValue(), '請求書の確認');
  assert.equal(await page.getByLabel('やってみたい理由').inputValue(), '今週のふりかえりで、もっとやってみたいと思いました。');

  await page.goto(app.url + 'profile');
  await page.getByRole('heading', { name: 'わたしの強み', level: 1 }).waitFor();
  const timeline = page.getByRole('region', { name: '成長の記録' });
  await timeline.getByText('今週のふりかえり：表の集計が早くなった').waitFor();
  await timeline.getByText('表計算が「できる」になりました').waitFor();
  // Settled for this week: home says nothing more about it, and the reminder is read.
  await home(page);
  assert.equal(await page.getByRole('region', { name: '今週できたこと' }).count(), 0);
  noErrors(errors);
  await context.close();
});

/**
 * Home with nothing left to load: the offer's chunk fetched (the network idle) and every part
 * drawn (no loading line), so an offer that is not there will not come.
 */
async function settledHome(page) {
  await home(page);
  await page.waitForLoadState('networkidle');
  await page.locator('main .loading').waitFor({ state: 'detached' });
  await page.getByRole('heading', { name: 'お休みの連絡' }).waitFor();
}

test('skipping the week from home, or a later day in settings, keeps home quiet until then', async () => {
  const { page, errors, context } = await open(app, '/', DESKTOP);
  await onboardQuickly(page, app.url, 'なお');
  await home(page);
  await page.getByRole('region', { name: '今週できたこと' }).getByRole('button', { name: '今週はやめておく' }).click();
  await page.getByText('今週のふりかえりはお休みにしました。また来週。').first().waitFor();
  await settledHome(page);
  assert.equal(await page.getByRole('region', { name: '今週できたこと' }).count(), 0);
  // The next Friday, the next week's.
  await context.clock.setFixedTime(new Date(FRIDAY.getTime() + 7 * DAY));
  await home(page);
  await page.getByRole('region', { name: '今週できたこと' }).waitFor();
  noErrors(errors);
  await context.close();

  const second = await open(app, '/', DESKTOP);
  await onboardQuickly(second.page, app.url, 'りん');
  await second.page.goto(app.url + 'settings');
  const day = second.page.getByLabel('ふりかえりの曜日');
  await day.waitFor();
  assert.equal(await day.inputValue(), '5');
  await day.selectOption('7');
  await second.page.getByText('曜日を保存しました。').waitFor();
  // Friday is before her Sunday: nothing yet; on Sunday, the offer.
  await settledHome(second.page);
  assert.equal(await second.page.getByRole('region', { name: '今週できたこと' }).count(), 0);
  await second.context.clock.setFixedTime(new Date(FRIDAY.getTime() + 2 * DAY));
  await home(second.page);
  await second.page.getByRole('region', { name: '今週できたこと' }).waitFor();
  noErrors(second.errors);
  await second.context.close();
});
