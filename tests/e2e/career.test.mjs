// A path to regular employment: on her profile, when that is the direction she chose, the
// company's next roles that fit her now and the close ones with what is missing; each missing
// piece opens a request prefilled for it. Coordinators see the same on her page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, noErrors, onboardQuickly } from './fixture.mjs';

const app = useApp();

async function openGroup(page, title) {
  const group = page.locator('details.answer-group', { has: page.locator('.group-title', { hasText: title }) });
  if (!(await group.evaluate((d) => d.open))) await group.locator(':scope > summary').click();
  return group;
}

test('a coordinator sees on けい\'s page the role that fits her and a close one with what is missing', async () => {
  const { page, errors, context } = await open(app, '/workers/w-kei', { role: 'coordinator', viewport: { width: 1280, height: 900 } });
  const paths = page.getByRole('region', { name: '正社員への道' });
  await paths.getByText('営業事務').waitFor();
  const close = paths.locator('.path-role', { hasText: 'SNSマーケティング担当' });
  await close.getByText('文章作成：「できる」→「得意」').waitFor();
  // Asking for a challenge is hers to do.
  assert.equal(await paths.getByRole('link', { name: 'チャレンジとして相談する' }).count(), 0);
  noErrors(errors);
  await context.close();
});

test('she sees where her strengths lead, and a missing piece opens a request prefilled for it', async () => {
  const { page, errors, context } = await open(app, '/', { viewport: { width: 1280, height: 900 } });
  await onboardQuickly(page, app.url, 'みお');
  await page.goto(app.url + 'profile');
  await page.waitForSelector('#boot', { state: 'detached' });
  const experience = await openGroup(page, 'これまでの経験');
  await experience.getByRole('group', { name: '営業アシスタント' }).getByRole('radio', { name: '得意' }).check();
  await experience.getByRole('group', { name: 'データ入力' }).getByRole('radio', { name: '得意' }).check();
  await experience.getByRole('group', { name: '文章作成' }).getByRole('radio', { name: 'できる' }).check();
  const wishes = await openGroup(page, 'やってみたいこと');
  await wishes.getByRole('radio', { name: '正社員を目指したい' }).check();
  await page.locator('.save-status', { hasText: '保存しました' }).first().waitFor();

  const paths = page.getByRole('region', { name: '正社員への道' });
  await paths.locator('li', { hasText: '営業事務' }).first().waitFor();
  const support = paths.locator('.path-role', { hasText: 'カスタマーサポート' });
  await support.getByText('お客さま対応：「得意」まで').waitFor();
  await support.getByRole('link', { name: 'チャレンジとして相談する' }).click();
  await page.getByRole('heading', { name: /チャレンジ/, level: 1 }).waitFor();
  assert.equal(await page.getByLabel('やってみたいこと').inputValue(), 'お客さま対応を「得意」にする');
  assert.equal(await page.getByLabel('分野').inputValue(), 'customer_support');
  assert.equal(await page.getByLabel('やってみたい理由').inputValue(), 'カスタマーサポートを目指すため');
  await page.getByRole('button', { name: 'この内容で相談する' }).click();
  await page.getByRole('heading', { name: 'お客さま対応を「得意」にする', level: 1 }).waitFor();
  noErrors(errors);
  await context.close();
});
