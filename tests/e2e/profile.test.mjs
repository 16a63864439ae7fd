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
  // Her endorsement for a challenge leads to it.
  const endorsed = main.locator('.evidence.endorsed', { hasText: 'SNSの企画はまずけいさんに頼みたい' });
  assert.equal(await endorsed.getByRole('link', { name: /^Instagram/ }).count(), 1);
  const chart = main.locator('svg[role="img"][aria-labelledby="chart-title"]');
  assert.equal(await chart.count(), 1);
  assert.equal(await main.locator('.chart-table tbody tr').count(), 4);
  noErrors(errors);
  await context.close();
});

test('a coordinator finds who can do 経理・記帳 at 得意 or above, and who wants to try it', async () => {
  const { page, errors, context } = await open(app, '/', { viewport: { width: 320, height: 640 }, role: 'coordinator' });
  // The list: each worker's skills with levels, wishes and today's status.
  const kei = page.locator('.worker-item', { has: page.getByRole('link', { name: 'けい', exact: true }) });
  assert.match(await kei.textContent(), /データ入力（得意）/);
  assert.match(await kei.textContent(), /やってみたい: 経理・記帳/);
  assert.match(await kei.locator('.reach').textContent(), /いま連絡OK|次は/);
  // Words find her name in katakana too, and a skill by its name.
  await page.getByLabel('ことばでさがす').fill('ケイ');
  await page.waitForFunction(() => document.querySelectorAll('.worker-item').length === 1);
  await page.getByLabel('ことばでさがす').fill('表計算');
  await page.getByRole('link', { name: 'あや', exact: true }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'けい', exact: true }).count(), 0);
  await page.getByLabel('ことばでさがす').fill('');
  // Wishes and order are folded away under 「ほかの条件」 on a phone.
  await page.getByText('ほかの条件').click();
  await page.getByLabel('やってみたい分野').selectOption('bookkeeping');
  await page.waitForFunction(() => [...document.querySelectorAll('.worker-name')].map((a) => a.textContent).join() === 'けい');
  await page.getByLabel('やってみたい分野').selectOption('');
  await page.getByLabel('並べ方').selectOption('next');
  await page.waitForFunction(() => location.search.includes('sort=next'));
  await page.reload();
  assert.equal(await page.getByLabel('並べ方').inputValue(), 'next', 'opened again from the address');
  await page.getByLabel('並べ方').selectOption('name');

  // The matching view: who can, soonest reachable first, and who would like to try.
  await page.getByLabel('得意な分野').selectOption('bookkeeping');
  await page.getByLabel('レベル').selectOption('strong');
  const can = page.getByRole('region', { name: '経理・記帳が得意以上の人（連絡がつく順）' });
  await can.getByRole('link', { name: 'あや', exact: true }).waitFor();
  assert.equal(await can.getByRole('link', { name: 'けい', exact: true }).count(), 0);
  assert.match(await can.locator('.why').first().textContent(), /^得意（4年） · (いま連絡OK|次は)/);
  const wants = page.getByRole('region', { name: '経理・記帳をやってみたい人' });
  await wants.getByRole('link', { name: 'けい', exact: true }).waitFor();
  assert.match(await wants.locator('.why').first().textContent(), /^やってみたい · 「/);
  // The question is in the address: a reload or a shared link asks it again.
  await page.waitForFunction(() => location.search.includes('skill=bookkeeping') && location.search.includes('level=strong'));
  await page.reload();
  await page.getByRole('region', { name: '経理・記帳をやってみたい人' }).getByRole('link', { name: 'けい', exact: true }).waitFor();
  assert.equal(await page.getByLabel('レベル').inputValue(), 'strong');
  // At 教えられる nobody can yet: said so, and the wish still shows.
  await page.getByLabel('レベル').selectOption('teach');
  await page.getByRole('region', { name: '経理・記帳が教えられる以上の人（連絡がつく順）' }).getByText('条件に合うワーカーはいません。').waitFor();
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

/** Opens one group of her answers on わたしの強み (a <details>), if it is closed. */
async function openGroup(page, title) {
  const group = page.locator('details.answer-group', { has: page.locator('.group-title', { hasText: title }) });
  if (!(await group.evaluate((d) => d.open))) await group.locator(':scope > summary').click();
  return group;
}

test('she changes every answer she gave at onboarding; her page and the coordinator see it after a reload', async () => {
  const { page, errors, context } = await open(app, '/', { viewport: { width: 320, height: 640 } });
  await onboardQuickly(page, app.url, 'ゆり');
  await page.goto(app.url + 'profile');
  await page.getByRole('heading', { name: 'わたしの強み', level: 1 }).waitFor();
  // Calm on a phone: every group starts closed, its summary saying what is there.
  assert.equal(await page.locator('details.answer-group[open]').count(), 0);
  assert.equal(await page.locator('details.answer-group').count(), 5);

  const about = await openGroup(page, 'わたしについて');
  await about.getByLabel('表示名').fill('');
  await about.getByText('表示名を入力してください').waitFor();
  await page.locator('.save-status', { hasText: '保存できませんでした' }).waitFor();
  await about.getByLabel('表示名').fill('ゆりこ');
  assert.equal(await about.locator('.field-error').textContent(), '');
  await about.getByLabel('ふりがな').fill('ゆりこ');
  await about.getByLabel('お住まいの地域').fill('神奈川県');

  const time = await openGroup(page, '働ける時間');
  await time.locator('#win-day').selectOption('weekdays');
  await time.locator('#win-start').selectOption('10:00');
  await time.locator('#win-end').selectOption('15:00');
  await time.getByRole('button', { name: 'この時間を追加' }).click();

  const experience = await openGroup(page, 'これまでの経験');
  await experience.getByRole('group', { name: 'データ入力' }).getByRole('radio', { name: '得意' }).check();
  await experience.locator('#years-data_entry').fill('4');
  await experience.getByLabel('これまでのお仕事').fill('経理事務を4年');

  const wishes = await openGroup(page, 'やってみたいこと');
  await wishes.getByRole('checkbox', { name: '経理・記帳' }).check();
  await wishes.getByRole('radio', { name: '正社員を目指したい' }).check();
  await wishes.getByLabel('いつごろまでに').fill('1年以内');

  const style = await openGroup(page, 'やりとりのしかた');
  await style.getByRole('radio', { name: 'その都度' }).check();
  await style.getByLabel('連絡方法').selectOption('email');
  await style.getByLabel('返信の目安').selectOption('same_day');
  await style.getByLabel('ひとこと').fill('午前中は返信が早いです');
  // Sent, not only kept on this device: the coordinator reads the backend.
  await page.waitForFunction(() => !JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('okaeri.profile.')))).unsent);
  await page.locator('.save-status', { hasText: '保存しました' }).waitFor();
  // The page below follows as she types.
  const direction = page.getByRole('region', { name: 'これからの働き方' });
  await direction.getByText('正社員を目指したい').waitFor();

  await page.reload();
  await page.getByRole('heading', { name: 'わたしの強み', level: 1 }).waitFor();
  assert.equal(await page.locator('.profile-who').textContent(), 'ゆりこ（ゆりこ） · 神奈川県');
  const summaries = await page.locator('details.answer-group > summary').allTextContents();
  for (const expected of ['神奈川県', '平日 10:00–15:00', 'データ入力（得意）', '経理事務を4年', '経理・記帳', '1年以内', 'その都度', 'メール', '午前中は返信が早いです']) {
    assert.ok(summaries.join(' ').includes(expected), `a closed group says ${expected}: ${summaries}`);
  }
  assert.equal(await (await openGroup(page, 'わたしについて')).getByLabel('お住まいの地域').inputValue(), '神奈川県');
  assert.equal(await (await openGroup(page, 'やってみたいこと')).getByLabel('いつごろまでに').inputValue(), '1年以内');

  await switchRole(page, 'coordinator', app);
  await page.getByRole('link', { name: 'ゆりこ', exact: true }).click();
  await page.getByRole('heading', { name: 'ゆりこ', level: 1 }).waitFor();
  const seen = await page.locator('main').textContent();
  for (const expected of ['（ゆりこ） · 神奈川県', '平日 10:00–15:00', '得意', '経理・記帳', '正社員を目指したい', '1年以内', 'その都度', 'メール', 'その日のうち', '午前中は返信が早いです']) {
    assert.ok(seen.includes(expected), `the coordinator sees ${expected}: ${seen}`);
  }
  noErrors(errors);
  await context.close();
});

// Days off are about her calendar: these run on a Tuesday at 10:00 in Tokyo, inside her hours.
const TUESDAY_10 = new Date('2026-11-24T10:00:00+09:00');

/** A registered worker with weekday hours 9:30–14:30, on her clock's Tuesday morning. */
async function workerWithHours(name) {
  const opened = await open(app, '/', { viewport: { width: 320, height: 640 } });
  await opened.context.clock.setFixedTime(TUESDAY_10);
  await onboardQuickly(opened.page, app.url, name);
  await opened.page.goto(app.url + 'profile');
  const time = await openGroup(opened.page, '働ける時間');
  await time.locator('#win-day').selectOption('weekdays');
  await time.locator('#win-start').selectOption('9:30');
  await time.locator('#win-end').selectOption('14:30');
  await time.getByRole('button', { name: 'この時間を追加' }).click();
  await opened.page.waitForFunction(() => !JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('okaeri.profile.')))).unsent);
  return opened;
}

/** The coordinator's list, 「いま連絡できる人だけ」 ticked: whether `name` is on it. */
async function reachableNow(page, name) {
  await switchRole(page, 'coordinator', app);
  await page.getByLabel('いま連絡できる人だけ').check();
  await page.getByRole('link', { name: 'けい', exact: true }).or(page.getByText('条件に合うワーカーはいません')).first().waitFor();
  return (await page.getByRole('link', { name, exact: true }).count()) === 1;
}

test('今日は休みます on home: coordinators see 今日はお休み, she is not reachable now, and undo restores it', async () => {
  const { page, errors, context } = await workerWithHours('まい');
  assert.ok(await reachableNow(page, 'まい'), 'reachable at 10:00 on a Tuesday');

  await switchRole(page, 'worker', app);
  await page.getByLabel('ひとこと').fill('子どもの発熱');
  await page.getByRole('button', { name: '今日は休みます', exact: true }).click();
  await page.locator('#announcer', { hasText: '今日はお休みにしました' }).waitFor();
  await page.getByRole('heading', { name: '今日はお休みにしました' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: '今日はお休みにしました' }).waitFor();
  await page.getByText('子どもの発熱').waitFor();

  assert.ok(!(await reachableNow(page, 'まい')), 'not reachable now on her day off');
  await page.getByLabel('いま連絡できる人だけ').uncheck();
  const item = page.locator('.worker-item', { has: page.getByRole('link', { name: 'まい', exact: true }) });
  assert.equal(await item.locator('.reach').textContent(), '今日はお休み · 次は明日 9:30から');
  await item.getByRole('link', { name: 'まい', exact: true }).click();
  await page.getByRole('heading', { name: 'まい', level: 1 }).waitFor();
  await page.locator('main .reach', { hasText: '今日はお休み' }).waitFor();
  await page.getByText('子どもの発熱').first().waitFor();

  await switchRole(page, 'worker', app);
  await page.getByRole('button', { name: '取り消す（今日も働けます）' }).click();
  await page.locator('#announcer', { hasText: 'お休みを取り消しました' }).waitFor();
  await page.getByRole('button', { name: '今日は休みます', exact: true }).waitFor();
  assert.ok(await reachableNow(page, 'まい'), 'reachable again once undone');
  noErrors(errors);
  await context.close();
});

test('planned days off hide her from "reachable now" inside the range only', async () => {
  const { page, errors, context } = await workerWithHours('さき');
  const time = await openGroup(page, '働ける時間');
  // From tomorrow: today she is still reachable.
  await time.getByLabel('最初の日').fill('2026-11-25');
  await time.getByLabel('最後の日').fill('2026-11-27');
  await time.locator('#dayoff-note').fill('学校の行事');
  await time.getByRole('button', { name: 'お休みを追加' }).click();
  await page.locator('#announcer', { hasText: 'お休みを追加しました' }).waitFor();
  await time.getByRole('button', { name: '2026年11月25日(水)–2026年11月27日(金) のお休みを削除' }).waitFor();
  assert.ok(await reachableNow(page, 'さき'), 'today is outside the range');

  // A range that holds today: not reachable, and next is the Monday after it.
  await switchRole(page, 'worker', app, 'profile');
  const again = await openGroup(page, '働ける時間');
  await again.getByRole('button', { name: '2026年11月25日(水)–2026年11月27日(金) のお休みを削除' }).click();
  await page.locator('#announcer', { hasText: 'お休みを削除しました' }).waitFor();
  await again.getByLabel('最初の日').fill('2026-11-23');
  await again.getByLabel('最後の日').fill('2026-11-27');
  await again.locator('#dayoff-note').fill('学校の行事');
  await again.getByRole('button', { name: 'お休みを追加' }).click();
  await page.locator('#announcer', { hasText: 'お休みを追加しました' }).waitFor();
  await page.locator('main .reach', { hasText: '次は月曜 9:30から' }).waitFor();
  assert.ok(!(await reachableNow(page, 'さき')), 'inside the range');
  await page.getByLabel('いま連絡できる人だけ').uncheck();
  await page.getByRole('link', { name: 'さき', exact: true }).click();
  await page.getByRole('heading', { name: 'さき', level: 1 }).waitFor();
  await page.getByText('2026年11月23日(月)–2026年11月27日(金) · 学校の行事').waitFor();

  // The last day before the first: she is told why, and nothing is added.
  await switchRole(page, 'worker', app, 'profile');
  const wrong = await openGroup(page, '働ける時間');
  await wrong.getByLabel('最初の日').fill('2026-12-10');
  await wrong.getByLabel('最後の日').fill('2026-12-01');
  await wrong.getByRole('button', { name: 'お休みを追加' }).click();
  await wrong.getByText('最後の日は、最初の日と同じか、それより後にしてください').waitFor();
  noErrors(errors);
  await context.close();
});

test('her own skill and a qualification: on her page; the coordinator finds her by them and endorses the skill', async () => {
  const { page, errors, context } = await open(app, '/', { viewport: { width: 320, height: 640 } });
  await onboardQuickly(page, app.url, 'りょう');
  await page.goto(app.url + 'profile');
  const experience = await openGroup(page, 'これまでの経験');
  await experience.getByLabel('スキルの名前').fill('Canva');
  await experience.getByLabel('レベル', { exact: true }).selectOption('strong');
  await experience.getByRole('button', { name: 'スキルを追加' }).click();
  await experience.getByLabel('Canvaのレベル').waitFor();
  // The same name again is refused, in words, and nothing is added.
  await experience.getByLabel('スキルの名前').fill('canva');
  await experience.getByRole('button', { name: 'スキルを追加' }).click();
  await experience.getByText('同じ名前がもう入っています').waitFor();
  assert.equal(await experience.getByLabel(/のレベル$/).count(), 1);
  await experience.getByLabel('資格の名前').fill('簿記3級');
  await experience.getByLabel('取得した年').fill('2019');
  await experience.getByRole('button', { name: '資格を追加' }).click();
  await experience.getByRole('button', { name: '簿記3級 を削除' }).waitFor();
  await page.waitForFunction(() => !JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('okaeri.profile.')))).unsent);

  await page.reload();
  await page.getByRole('region', { name: '資格' }).getByText('簿記3級（2019年）').waitFor();
  const canvaCard = (p) => p.locator('.skill-evidence', { has: p.getByRole('heading', { name: 'Canva', exact: true }) });
  await canvaCard(page).locator('.level-tag', { hasText: '得意' }).waitFor();

  await switchRole(page, 'coordinator', app);
  await page.getByLabel('ことばでさがす').fill('canva');
  const item = page.locator('.worker-item', { has: page.getByRole('link', { name: 'りょう', exact: true }) });
  await item.waitFor();
  assert.match(await item.textContent(), /Canva（得意）/);
  assert.equal(await page.locator('.worker-item').count(), 1);
  await page.getByLabel('ことばでさがす').fill('簿記3級');
  await item.waitFor();
  // The skill filter offers the skills workers named themselves; the matching view says why.
  await page.getByLabel('ことばでさがす').fill('');
  await page.getByLabel('得意な分野').selectOption({ label: 'Canva' });
  await page.waitForURL(/skill=own%3ACanva/);
  const can = page.getByRole('region', { name: 'Canvaができる人（連絡がつく順）' });
  await can.getByRole('link', { name: 'りょう', exact: true }).waitFor();
  assert.match(await can.locator('.worker-item', { hasText: 'りょう' }).textContent(), /得意/);
  // Endorsed for it from her page: the words stand under that skill, and in her timeline.
  await can.getByRole('link', { name: 'りょう', exact: true }).click();
  await page.getByRole('region', { name: '資格' }).getByText('簿記3級（2019年）').waitFor();
  await page.getByRole('button', { name: /頼みたい/ }).click();
  await page.getByLabel('どの分野で').selectOption({ label: 'Canva' });
  await page.getByLabel('ひとことメッセージ').fill('チラシはりょうさんに頼みたい');
  await page.getByRole('button', { name: 'この内容で伝える' }).click();
  await canvaCard(page).getByText('チラシはりょうさんに頼みたい').waitFor();
  await page.getByRole('list', { name: 'みんなが認めた強み' }).getByText('Canva').waitFor();

  await switchRole(page, 'worker', app, 'profile');
  await canvaCard(page).getByText('チラシはりょうさんに頼みたい').waitFor();
  await page.getByText('佐藤 みどりさんからCanvaで「チラシはりょうさんに頼みたい」').waitFor();
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
