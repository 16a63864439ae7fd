// The strengths profile: a coordinator reads a worker at a glance, endorses her, and she
// sees it; she edits her statement in place; the work-with-me card prints on one page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, noErrors, onboardQuickly, switchRole } from './fixture.mjs';

const app = useApp();
const DESKTOP = { viewport: { width: 1280, height: 900 } };

test('a coordinator opens a demo worker and sees levels, chart, availability and card', async () => {
  const { page, errors, context } = await open(app, '/', { ...DESKTOP, role: 'coordinator' });
  await page.getByRole('link', { name: 'けい', exact: true }).click();
  await page.getByRole('heading', { name: 'けい', level: 1 }).waitFor();
  const main = page.locator('main');
  const text = await main.textContent();
  for (const expected of ['教えられる', '得意', '平日 9:30–14:30 · 15:00以降は不在', '子どものお迎え', 'わたしとの仕事のしかた', 'まとめて', 'SNSの企画はまずけいさんに頼みたい', '成長の記録']) {
    assert.ok(text.includes(expected), `profile shows ${expected}`);
  }
  // Where she is heading, as she answered at onboarding.
  const direction = await main.getByRole('region', { name: 'これからの働き方' }).textContent();
  for (const expected of ['正社員を目指したい', 'いつごろまでに', '2年以内']) {
    assert.ok(direction.includes(expected), `where she is heading shows ${expected}: ${direction}`);
  }
  assert.match(text, /いま連絡OK|次は/);
  const chart = main.locator('svg[role="img"][aria-labelledby="chart-title"]');
  assert.equal(await chart.count(), 1);
  assert.equal(await main.locator('.chart-table tbody tr').count(), 4);
  // Filtering the list by skill and by "reachable now".
  await page.goto(app.url);
  await page.getByLabel('得意な分野').selectOption('bookkeeping');
  await page.getByRole('link', { name: 'あや', exact: true }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'けい', exact: true }).count(), 0);
  noErrors(errors);
  await context.close();
});

test('a coordinator endorses a worker; it survives a reload and she sees it on her profile', async () => {
  const { page, errors, context } = await open(app, '/', DESKTOP);
  await onboardQuickly(page, app.url, 'さくら');
  await switchRole(page, 'coordinator', app);
  await page.getByRole('link', { name: 'さくら', exact: true }).click();
  await page.getByRole('heading', { name: 'さくら', level: 1 }).waitFor();
  await page.getByRole('button', { name: /頼みたい/ }).click();
  await page.getByLabel('どの分野で').selectOption('writing');
  await page.getByLabel('ひとことメッセージ').fill('ブログ記事はさくらさんに頼みたい');
  await page.getByRole('button', { name: 'この内容で伝える' }).click();
  await page.getByText('ブログ記事はさくらさんに頼みたい').first().waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'さくら', level: 1 }).waitFor();
  const text = await page.locator('main').textContent();
  assert.ok(text.includes('ブログ記事はさくらさんに頼みたい'));
  assert.ok(text.includes('佐藤 みどりさんから文章作成で'), 'the timeline shows it');

  await switchRole(page, 'worker', app, 'profile');
  await page.getByRole('heading', { name: 'わたしの強み', level: 1 }).waitFor();
  await page.getByText('ブログ記事はさくらさんに頼みたい').first().waitFor();
  // Workers cannot endorse, not even themselves.
  assert.equal(await page.getByRole('button', { name: /頼みたい/ }).count(), 0);
  noErrors(errors);
  await context.close();
});

test('the worker edits her strength statement in place and it survives a reload', async () => {
  const { page, errors, context } = await open(app, '/', { viewport: { width: 375, height: 667 } });
  await onboardQuickly(page, app.url, 'みお');
  await page.goto(app.url + 'profile');
  const statement = page.getByLabel('わたしの強み（ひとこと）');
  await statement.fill('電話対応は私に頼んでください');
  await page.locator('.save-status', { hasText: '保存しました' }).waitFor();
  await page.reload();
  await page.waitForSelector('#boot', { state: 'detached' });
  await page.getByLabel('わたしの強み（ひとこと）').waitFor();
  assert.equal(await page.getByLabel('わたしの強み（ひとこと）').inputValue(), '電話対応は私に頼んでください');
  noErrors(errors);
  await context.close();
});

test('the work-with-me card prints on one A4 page', async () => {
  const { page, errors, context } = await open(app, '/workers/w-kei/card', { ...DESKTOP, role: 'coordinator' });
  await page.getByRole('heading', { name: 'けいさんとの仕事のしかた' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1, `the card prints on ${pages} pages`);
  // The card for a client's staff carries no family notes.
  assert.ok(!(await page.locator('main').textContent()).includes('子どものお迎え'));
  noErrors(errors);
  await context.close();
});
