// The challenge board and the loop: request → conversation → achievement → strength.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, noErrors, onboardQuickly, switchRole } from './fixture.mjs';
import { framesAfterBoardTap } from './board-frames.mjs';

const app = useApp();

function card(page, title) {
  return page.locator('.challenge-card', { hasText: title });
}

async function createChallenge(page, title) {
  await page.goto(app.url + 'board');
  await page.getByRole('link', { name: /チャレンジ.*相談/ }).first().click();
  await page.getByLabel('やってみたいこと').fill(title);
  await page.getByLabel('分野').selectOption('bookkeeping');
  await page.getByLabel('やってみたい理由').fill('正社員を目指して経理の基本を身につけたい');
  await page.getByLabel('1週間に使える時間').fill('3');
  await page.getByRole('button', { name: 'この内容で相談する' }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
}

/** The coordinator moves her request to 相談中 with 「移動」 and comments on it. */
async function discussWithComment(page, title) {
  await switchRole(page, 'coordinator', app, 'board?status=requested');
  await card(page, title).getByText('なつみ').waitFor();
  await card(page, title).getByRole('combobox', { name: /移動/ }).selectOption('discussing');
  await page.getByRole('status').filter({ hasText: `「${title}」を相談中に移動しました` }).waitFor();
  await page.goto(app.url + 'board?status=discussing');
  await card(page, title).getByRole('link', { name: title }).click();
  await page.getByLabel('コメント').fill('来週、請求書の入力からお願いできますか？');
  await page.getByRole('button', { name: '送信' }).click();
  await page.locator('.comment', { hasText: '来週、請求書の入力から' }).waitFor();
  await page.goto(app.url + 'board');
  await page.waitForSelector('.challenge-card');
}

/** Back to the board's 相談中 inside the app (a reload could cut short marking the card read). */
async function backToBoard(page, title) {
  await page.evaluate((path) => {
    history.pushState({}, '', path);
    window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
  }, new URL(app.url).pathname + 'board?status=discussing');
  await card(page, title).waitFor();
}

for (const [label, viewport] of [['phone', { width: 375, height: 667 }], ['desktop', { width: 1280, height: 900 }]]) {
  test(`${label}: the loop from request to conversation to achievement to strength`, async () => {
    const { page, errors, context } = await open(app, '/', { viewport });
    const title = `請求書の処理に挑戦 (${label})`;
    await onboardQuickly(page, app.url, 'なつみ');
    await createChallenge(page, title);
    await page.goto(app.url + 'board?status=requested');
    await card(page, title).waitFor();

    await discussWithComment(page, title);

    // She sees 相談中 and the comment, marked new.
    await switchRole(page, 'worker', app, 'board?status=discussing');
    await card(page, title).getByText('新着コメント1件').waitFor();
    await card(page, title).getByRole('link', { name: title }).click();
    await page.getByText('来週、請求書の入力からお願いできますか？').waitFor();
    assert.match(await page.locator('.status-line').textContent(), /相談中/);
    await backToBoard(page, title);
    await card(page, title).getByText('新着コメント').waitFor({ state: 'detached' });

    // The coordinator moves it on to できた! and endorses.
    await switchRole(page, 'coordinator', app, 'board?status=discussing');
    await card(page, title).getByRole('combobox', { name: /移動/ }).selectOption('in_progress');
    // Loading another page before the move has been answered would cancel it.
    await page.getByRole('status').filter({ hasText: `「${title}」を挑戦中に移動しました` }).waitFor();
    await page.goto(app.url + 'board?status=in_progress');
    await card(page, title).getByRole('combobox', { name: /移動/ }).selectOption('achieved');
    await page.getByRole('link', { name: /推薦する/ }).click();
    await page.getByLabel('どの分野で').waitFor();
    assert.equal(await page.getByLabel('どの分野で').inputValue(), 'bookkeeping');
    await page.getByLabel('ひとことメッセージ').fill('請求書の処理はなつみさんに頼みたい');
    await page.getByRole('button', { name: 'この内容で伝える' }).click();
    await page.getByText('請求書の処理はなつみさんに頼みたい').first().waitFor();

    // Her profile shows the achievement and the endorsement as evidence for bookkeeping.
    await switchRole(page, 'worker', app, 'profile');
    const evidence = page.locator('.skill-evidence', { hasText: '経理・記帳' });
    await evidence.locator('.evidence.achieved').getByText(title).waitFor();
    await evidence.getByText('請求書の処理はなつみさんに頼みたい').waitFor();
    assert.match(await page.locator('.timeline').textContent(), /ができた!/);
    // The endorsement shows the challenge it was given for, in the evidence and the timeline,
    // and leads to it.
    const endorsed = evidence.locator('.evidence.endorsed', { hasText: '請求書の処理はなつみさんに頼みたい' });
    await endorsed.getByRole('link', { name: title }).waitFor();
    await page.locator('.timeline li', { hasText: '請求書の処理はなつみさんに頼みたい' }).getByRole('link', { name: title }).waitFor();
    await endorsed.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    noErrors(errors);
    await context.close();
  });
}

test('a card she opened is no longer new on the board, even when marking it read was slow', async () => {
  // Blocked, so the page itself fetches the code that marks notices read, and the test holds it.
  const { page, errors } = await open(app, '/', { serviceWorkers: 'block' });
  const title = '請求書の処理に挑戦 (slow)';
  await onboardQuickly(page, app.url, 'なつみ');
  await createChallenge(page, title);
  await discussWithComment(page, title);
  await switchRole(page, 'worker', app, 'board?status=discussing');
  await card(page, title).getByText('新着コメント1件').waitFor();
  // A slow line: that code arrives only once she is back on the board, which asked before.
  let arrive;
  const arrived = new Promise((resolve) => { arrive = resolve; });
  await page.route(/(pack|split)_notices\.wasm/, async (route) => {
    await arrived;
    await route.continue();
  });
  await card(page, title).getByRole('link', { name: title }).click();
  await page.getByText('来週、請求書の入力からお願いできますか？').waitFor();
  await backToBoard(page, title);
  await card(page, title).getByText('新着コメント1件').waitFor();
  arrive();
  await card(page, title).getByText('新着コメント').waitFor({ state: 'detached' });
  noErrors(errors);
});

test('a double click on send makes one comment', async () => {
  const { page, errors, context } = await open(app, '/board/ch101', { role: 'coordinator' });
  const before = await page.locator('.comment').count();
  await page.getByLabel('コメント').fill('ダブルクリックのテスト');
  await page.getByRole('button', { name: '送信' }).dblclick();
  await page.locator('.comment', { hasText: 'ダブルクリックのテスト' }).waitFor();
  // Sent and answered: the box is emptied for the next one, so a second send would be a
  // blank comment now, and the first is kept.
  await page.locator('#announcer', { hasText: 'コメントを送りました' }).waitFor({ state: 'attached' });
  assert.equal(await page.getByLabel('コメント').inputValue(), '');
  await page.reload();
  await page.waitForSelector('.comment');
  assert.equal(await page.locator('.comment', { hasText: 'ダブルクリックのテスト' }).count(), 1);
  assert.equal(await page.locator('.comment').count(), before + 1);
  noErrors(errors);
  await context.close();
});

test('keyboard only: move a card with the 「移動」 control', async () => {
  const { page, errors, context } = await open(app, '/board?status=requested', { role: 'coordinator', viewport: { width: 1280, height: 900 } });
  const first = page.locator('.challenge-card').first();
  const title = (await first.locator('.card-title').textContent()).trim();
  const select = first.getByRole('combobox', { name: /移動/ });
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('status').filter({ hasText: `「${title}」を相談中に移動しました` }).waitFor();
  await page.goto(app.url + 'board?status=discussing');
  await card(page, title).waitFor();
  noErrors(errors);
  await context.close();
});

test('pausing needs a reason; either side reopens', async () => {
  const { page, errors, context } = await open(app, '/board?status=discussing', { role: 'coordinator', viewport: { width: 1280, height: 900 } });
  const first = page.locator('.challenge-card').first();
  const title = (await first.locator('.card-title').textContent()).trim();
  await first.getByRole('combobox', { name: /移動/ }).selectOption('paused');
  // The reason's field appears and takes focus, so she can type at once.
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('reason-'));
  await first.getByLabel('見送りの理由').fill('今月は繁忙期のため');
  await first.getByRole('button', { name: '見送りにする' }).click();
  // Each move is announced once the backend has it; leaving before that would cancel it.
  await page.getByRole('status').filter({ hasText: `「${title}」を見送りに移動しました` }).waitFor();
  await page.goto(app.url + 'board?status=paused');
  await card(page, title).getByText('今月は繁忙期のため').waitFor();
  await card(page, title).getByRole('combobox', { name: /移動/ }).selectOption('requested');
  await page.getByRole('status').filter({ hasText: `「${title}」を相談したいに移動しました` }).waitFor();
  await page.goto(app.url + 'board?status=requested');
  await card(page, title).waitFor();
  noErrors(errors);
  await context.close();
});

test('the cards follow a language switch at once: tags, counts and the move control', async () => {
  const { page, errors, context } = await open(app, '/board?skill=writing', { role: 'coordinator', viewport: { width: 1280, height: 900 } });
  const first = page.locator('.challenge-card', { has: page.getByRole('combobox') }).first();
  await first.getByRole('combobox', { name: /移動/ }).waitFor();
  assert.equal((await first.locator('.tag').textContent()).trim(), '文章作成');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await first.getByRole('combobox', { name: /^Move “/ }).waitFor();
  assert.equal((await first.locator('.tag').textContent()).trim(), 'Writing');
  assert.equal((await first.getByRole('combobox').locator('option').first().textContent()).trim(), 'Move to…');
  assert.equal(await page.locator('.challenge-card .tag', { hasText: '文章作成' }).count(), 0, 'no card is left in Japanese');
  noErrors(errors);
  await context.close();
});

test('filters live in the URL and a search narrows the cards, whatever the kana or width typed', async () => {
  const { page, errors, context } = await open(app, '/board', { role: 'coordinator', viewport: { width: 1280, height: 900 } });
  await page.getByLabel('分野').selectOption('writing');
  await page.waitForURL(/skill=writing/);
  await page.getByLabel('ことばで探す').fill('校正');
  await page.waitForURL(/q=/);
  await page.waitForFunction(() => document.querySelectorAll('.challenge-card').length === 1);
  const shared = page.url();
  const other = await context.newPage();
  await other.goto(shared);
  await other.waitForSelector('.challenge-card');
  assert.equal(await other.locator('.challenge-card').count(), 1);
  assert.match(await other.locator('.challenge-card').textContent(), /ブログ記事の校正/);
  assert.equal(await other.getByLabel('ことばで探す').inputValue(), '校正');
  // Typed in hiragana, as a phone's keyboard offers it first: ブログ is found.
  await other.getByLabel('ことばで探す').fill('ぶろぐ');
  await other.locator('.challenge-card', { hasText: 'ブログ記事の校正' }).waitFor();
  noErrors(errors);
  await context.close();
});

// The embedded default's own storage (src/api/embedded/mod.rs); the reference backend keeps its data in SQLite.
if (!app.rest) test('on the embedded default a second tab reads the same demo, which is written out only once she changes something', async () => {
  const { page, errors, context } = await open(app, '/board', { role: 'coordinator', viewport: { width: 1280, height: 900 } });
  await page.waitForSelector('.challenge-card');
  const stored = () => page.evaluate(() => ({
    seeded: localStorage.getItem('okaeri.embedded.seeded'),
    db: localStorage.getItem('okaeri.embedded.db'),
  }));
  const before = await stored();
  assert.ok(before.seeded, 'the moment the demo was made is kept');
  assert.equal(before.db, null, 'nothing she changed, nothing written out');
  const cards = (p) => p.locator('.challenge-card a').evaluateAll((links) => links.map((a) => `${a.getAttribute('href')} ${a.textContent}`));
  const other = await context.newPage();
  await other.goto(app.url + 'board');
  await other.waitForSelector('.challenge-card');
  assert.deepEqual(await cards(other), await cards(page), 'the same cards in both tabs');
  // The first change writes the whole data, and the first tab reads it from then on.
  await other.goto(app.url + 'board/ch101');
  await other.getByLabel('コメント').fill('二つ目のタブから');
  await other.getByRole('button', { name: '送信' }).click();
  await other.locator('.comment', { hasText: '二つ目のタブから' }).waitFor();
  // Written out before the answer came; another tab's view of localStorage follows a moment
  // later (Chromium hands it between processes). Waited for by its comment: opening the card
  // marked its notices read, an earlier write, which may reach this tab first.
  await page.waitForFunction(() => (localStorage.getItem('okaeri.embedded.db') ?? '').includes('二つ目のタブから'));
  await page.goto(app.url + 'board/ch101');
  await page.locator('.comment', { hasText: '二つ目のタブから' }).waitFor();
  noErrors(errors);
  await context.close();
});

test('the search narrows at once and writes the address when she pauses, never over the next page', async () => {
  const { page, errors, context } = await open(app, '/board', { role: 'coordinator', viewport: { width: 1280, height: 900 } });
  await page.waitForSelector('.challenge-card');
  const search = page.getByLabel('ことばで探す');
  await search.fill('校正');
  await page.waitForFunction(() => document.querySelectorAll('.challenge-card').length === 1);
  await page.waitForURL(/q=%E6%A0%A1%E6%AD%A3/);
  // Typing, then leaving at once (in one go in the page: on a busy machine the pause could
  // pass between two steps driven from here): the address she has not paused on is never written.
  await search.evaluate((el) => {
    el.value = '経理';
    el.dispatchEvent(new Event('input', { bubbles: true }));
    [...document.querySelectorAll('nav a')].find((a) => a.textContent.includes('設定')).click();
  });
  await page.waitForURL(/\/settings$/);
  await page.waitForTimeout(800);
  assert.match(page.url(), /\/settings$/, 'the board did not write its search over the settings page');
  // Back on the board, the address holds the last search she paused on.
  await page.goBack();
  await page.waitForSelector('.challenge-card');
  assert.equal(await search.inputValue(), '校正');
  noErrors(errors);
  await context.close();
});

test('IME: the search narrows when a conversion is confirmed, not at every kana on the way', async () => {
  const { page, errors, context } = await open(app, '/board', { role: 'coordinator', viewport: { width: 1280, height: 900 } });
  await page.waitForSelector('.challenge-card');
  const all = await page.locator('.challenge-card').count();
  const search = page.getByLabel('ことばで探す');
  await search.evaluate((el) => {
    el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
    el.value = 'こうせ';
    el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, inputType: 'insertCompositionText', data: 'こうせ' }));
  });
  await page.waitForTimeout(400);
  assert.doesNotMatch(page.url(), /q=/, 'nothing is searched while the conversion is open');
  assert.equal(await page.locator('.challenge-card').count(), all);
  await search.evaluate((el) => {
    el.value = '校正';
    el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '校正' }));
  });
  await page.waitForURL(/q=/);
  await page.waitForFunction(() => document.querySelectorAll('.challenge-card').length === 1);
  assert.match(await page.locator('.challenge-card').textContent(), /ブログ記事の校正/);
  noErrors(errors);
  await context.close();
});

test('phones show one status at a time, with every count visible', async () => {
  const { page, errors, context } = await open(app, '/board', { role: 'coordinator', viewport: { width: 375, height: 667 } });
  await page.waitForSelector('.column');
  assert.equal(await page.locator('.column').count(), 1);
  for (const status of ['相談したい', '相談中', '挑戦中', 'できた!', '見送り']) {
    assert.match(await page.getByRole('button', { name: new RegExp(`^${status}`) }).textContent(), /\d/);
  }
  await page.getByRole('button', { name: /^挑戦中/ }).click();
  await page.getByRole('heading', { name: /^挑戦中/ }).waitFor();
  assert.equal(await page.locator('.column').count(), 1);
  noErrors(errors);
  await context.close();
});

test('she edits her own request while it is 相談したい, then withdraws it', async () => {
  const { page, errors, context } = await open(app, '/', { viewport: { width: 375, height: 667 } });
  await onboardQuickly(page, app.url, 'さき');
  await createChallenge(page, '表計算の関数に挑戦');
  await page.getByRole('button', { name: '相談の内容を直す' }).click();
  await page.locator('#edit-title').fill('表計算のピボットに挑戦');
  await page.getByRole('button', { name: '直した内容で保存する' }).click();
  await page.getByRole('heading', { name: '表計算のピボットに挑戦', level: 1 }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: '表計算のピボットに挑戦', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'この相談を取り下げる' }).click();
  await page.getByRole('button', { name: '取り下げる', exact: true }).click();
  await page.getByRole('heading', { name: 'チャレンジボード', level: 1 }).waitFor();
  assert.equal(await card(page, '表計算のピボットに挑戦').count(), 0);
  noErrors(errors);
  await context.close();
});

test('back on the board, she sees it at once as she left it, then what changed meanwhile; never her own move undone', async () => {
  const { page, errors, context } = await open(app, '/board?status=requested', { role: 'coordinator', viewport: { width: 1280, height: 900 } });
  await page.waitForFunction(() => performance.getEntriesByName('okaeri-board-rehearsed').length > 0, null, { timeout: 30000 });
  const titles = (await page.locator('.challenge-card .card-title').allTextContents()).map((t) => t.trim());
  const [mine, theirs] = titles;
  // She moves one card herself, then goes to her settings.
  await card(page, mine).getByRole('combobox', { name: /移動/ }).selectOption('discussing');
  await page.getByRole('status').filter({ hasText: `「${mine}」を相談中に移動しました` }).waitFor();
  await page.getByRole('navigation').getByRole('link', { name: '設定' }).click();
  await page.getByRole('heading', { name: '設定', level: 1 }).waitFor();
  // Meanwhile another coordinator's change, here from a second tab.
  const other = await context.newPage();
  await other.goto(app.url + 'board?status=requested');
  await card(other, theirs).getByRole('combobox', { name: /移動/ }).selectOption('discussing');
  await other.getByRole('status').filter({ hasText: `「${theirs}」を相談中に移動しました` }).waitFor();
  // On the embedded default that change is on the device: it reaches her tab a moment later
  // (Chromium hands localStorage between processes), as it would before she came back.
  const written = await other.evaluate(() => localStorage.getItem('okaeri.embedded.generation'));
  if (!app.rest) await page.waitForFunction((g) => localStorage.getItem('okaeri.embedded.generation') === g, written);
  await other.close();
  // Her tap on the board, and what each of the next frames shows.
  const frames = await page.evaluate(framesAfterBoardTap, mine);
  assert.ok(frames[0].cards > 0 && !frames[0].loading, `the board was drawn at once from what she saw: ${JSON.stringify(frames[0])}`);
  assert.ok(frames.every((f) => !f.undone), 'her own move was never shown undone');
  // The fresh copy brings the other coordinator's move.
  await page.locator('.column.status-discussing .challenge-card', { hasText: theirs }).waitFor();
  await page.locator('.column.status-discussing .challenge-card', { hasText: mine }).waitFor();
  noErrors(errors);
  await context.close();
});
