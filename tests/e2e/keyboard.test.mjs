// Keyboard only, on a phone-sized screen (where the header and the tab bar stick): the request
// form, commenting, endorsing, changing her answers on わたしの強み, a coordinator's search and
// opening a notice. Every Tab stop must be visible (not hidden under a sticky
// bar, WCAG 2.4.11) and the stops inside <main> must follow the reading order; results are
// announced through the live region. Onboarding and moving a card by keyboard are covered in
// onboarding.test.mjs and board.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, noErrors, onboardQuickly } from './fixture.mjs';

const app = useApp();
const PHONE = { viewport: { width: 375, height: 667 } };

/** What has focus, where it is, and whether it can be seen (its centre is not covered). */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const y = r.top + r.height / 2;
    const onScreen = y >= 0 && y < innerHeight;
    const top = onScreen ? document.elementFromPoint(x, y) : null;
    const labels = el.labels ? [...el.labels] : [];
    const visible = Boolean(top) && (top === el || el.contains(top) || top.contains(el) || labels.some((l) => l.contains(top)));
    const name = (el.getAttribute('aria-label') || labels.map((l) => l.textContent).join(' ') || el.textContent || '').trim();
    return {
      tag: el.tagName.toLowerCase(), id: el.id, name, visible,
      cover: visible ? '' : `${top?.tagName.toLowerCase()}.${top?.className}`,
      inMain: Boolean(el.closest('main')), docTop: r.top + scrollY, left: r.left,
    };
  });
}

/** Presses Tab until focus is on an element whose name matches; checks every stop on the way. */
async function tabTo(page, pattern, stops) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue;
    assert.ok(f.visible, `focus on <${f.tag}> 「${f.name.slice(0, 30)}」 is hidden under ${f.cover}`);
    stops.push(f);
    if (pattern.test(f.name)) return f;
  }
  throw new Error(`Tab never reached ${pattern}`);
}

/** Tab stops inside <main> go top to bottom (left to right within a row). */
function assertReadingOrder(stops) {
  const inMain = stops.filter((s) => s.inMain);
  for (let i = 1; i < inMain.length; i++) {
    const [a, b] = [inMain[i - 1], inMain[i]];
    const sameRow = Math.abs(a.docTop - b.docTop) < 8;
    assert.ok(b.docTop > a.docTop - 8 && (!sameRow || b.left >= a.left - 1),
      `「${b.name.slice(0, 20)}」 comes after 「${a.name.slice(0, 20)}」 but sits above or before it`);
  }
}

async function headingHasFocus(page) {
  await page.waitForFunction(() => document.activeElement?.id === 'page-title');
}

test('keyboard only: she asks for a new challenge', async () => {
  const { page, errors, context } = await open(app, '/board', PHONE);
  const stops = [];
  await tabTo(page, /チャレンジを相談する/, stops);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /チャレンジ/, level: 1 }).waitFor();
  await headingHasFocus(page);

  const form = [];
  await tabTo(page, /やってみたいこと/, form);
  await page.keyboard.type('議事録の要約に挑戦');
  await tabTo(page, /分野/, form);
  await page.keyboard.press('ArrowDown');
  assert.notEqual(await page.getByLabel('分野').inputValue(), '', 'a skill is chosen with the arrow key');
  await tabTo(page, /やってみたい理由/, form);
  await page.keyboard.type('会議の多いチームの役に立ちたい');
  // Enter in a text area is a new line, never a submit.
  await page.keyboard.press('Enter');
  await page.keyboard.type('二行目');
  await tabTo(page, /1週間に使える時間/, form);
  await page.keyboard.type('2');
  await tabTo(page, /この内容で相談する/, form);
  assertReadingOrder(form);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: '議事録の要約に挑戦', level: 1 }).waitFor();
  await page.locator('#announcer', { hasText: '相談を送りました' }).waitFor();
  await headingHasFocus(page);
  assert.match(await page.locator('main').textContent(), /会議の多いチームの役に立ちたい\s*二行目/);
  noErrors(errors);
  await context.close();
});

test('keyboard only: a coordinator comments on a challenge', async () => {
  const { page, errors, context } = await open(app, '/board/ch101', { role: 'coordinator', ...PHONE });
  await headingHasFocus(page);
  const stops = [];
  await tabTo(page, /^コメント$/, stops);
  await page.keyboard.type('来週の打ち合わせで');
  await page.keyboard.press('Enter');
  await page.keyboard.type('詳しく聞かせてください');
  assert.equal(await page.locator('.comment', { hasText: '来週の打ち合わせで' }).count(), 0, 'Enter did not send');
  await tabTo(page, /^送信$/, stops);
  assertReadingOrder(stops);
  await page.keyboard.press('Enter');
  await page.locator('.comment', { hasText: '詳しく聞かせてください' }).waitFor();
  await page.locator('#announcer', { hasText: 'コメントを送りました' }).waitFor();
  assert.equal(await page.getByLabel('コメント').inputValue(), '', 'the box is emptied for the next comment');
  noErrors(errors);
  await context.close();
});

test('keyboard only: a coordinator endorses a worker', async () => {
  const { page, errors, context } = await open(app, '/workers/w-kei', { role: 'coordinator', ...PHONE });
  await headingHasFocus(page);
  const stops = [];
  await tabTo(page, /これを頼みたい/, stops);
  await page.keyboard.press('Enter');
  // The form takes the button's place and its first field takes focus.
  await page.waitForFunction(() => document.activeElement?.id === 'endorse-skill');
  stops.push(await focused(page));
  await page.keyboard.press('ArrowDown');
  assert.notEqual(await page.getByLabel('どの分野で').inputValue(), '');
  await tabTo(page, /ひとことメッセージ/, stops);
  await page.keyboard.type('表計算の整理はけいさんに頼みたい');
  await tabTo(page, /この内容で伝える/, stops);
  assertReadingOrder(stops);
  await page.keyboard.press('Enter');
  await page.locator('#announcer', { hasText: '推薦を届けました' }).waitFor();
  await page.getByText('表計算の整理はけいさんに頼みたい').first().waitFor();
  noErrors(errors);
  await context.close();
});

test('keyboard only: she opens a group of her answers and changes where she lives and how to reach her', async () => {
  const { page, errors, context } = await open(app, '/', PHONE);
  await onboardQuickly(page, app.url, 'なぎさ');
  await page.goto(app.url + 'profile');
  await headingHasFocus(page);
  const stops = [];
  await tabTo(page, /^わたしについて/, stops);
  await page.keyboard.press('Enter');
  await tabTo(page, /お住まいの地域/, stops);
  await page.keyboard.type('福岡県');
  await tabTo(page, /^やりとりのしかた/, stops);
  await page.keyboard.press('Enter');
  await tabTo(page, /連絡方法/, stops);
  await page.keyboard.press('ArrowDown');
  assertReadingOrder(stops);
  assert.notEqual(await page.getByLabel('連絡方法').inputValue(), '', 'a channel is chosen with the arrow key');
  assert.equal(await page.getByLabel('お住まいの地域').inputValue(), '福岡県');
  await page.locator('.save-status', { hasText: '保存しました' }).waitFor();
  await page.locator('.profile-who', { hasText: '福岡県' }).waitFor();
  noErrors(errors);
  await context.close();
});

test('keyboard only: a coordinator asks who can do a skill and opens the first person found', async () => {
  const { page, errors, context } = await open(app, '/', { role: 'coordinator', ...PHONE });
  await headingHasFocus(page);
  const stops = [];
  await tabTo(page, /^得意な分野/, stops);
  await page.keyboard.press('ArrowDown');
  const region = page.getByRole('region', { name: /ができる人/ });
  await region.waitFor();
  const first = await region.getByRole('link').first().textContent();
  await tabTo(page, new RegExp(`^${first}$`), stops);
  assertReadingOrder(stops);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: first, level: 1 }).waitFor();
  await headingHasFocus(page);
  noErrors(errors);
  await context.close();
});

test('keyboard only: a coordinator opens a notice from the navigation and lands on its card', async () => {
  const { page, errors, context } = await open(app, '/board/new', PHONE);
  await page.getByLabel('やってみたいこと').fill('議事録の整理');
  await page.getByLabel('分野').selectOption('writing');
  await page.getByRole('button', { name: 'この内容で相談する' }).click();
  await page.getByRole('heading', { name: '議事録の整理', level: 1 }).waitFor();
  await page.evaluate(() => localStorage.setItem('okaeri.demo.role', 'coordinator'));
  await page.goto(app.url);
  await page.waitForSelector('#boot', { state: 'detached' });
  await page.getByRole('link', { name: /^お知らせ\s*（未読 1件）$/ }).waitFor();
  const stops = [];
  await tabTo(page, /お知らせ/, stops);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'お知らせ', level: 1 }).waitFor();
  await headingHasFocus(page);
  const inbox = [];
  await tabTo(page, /すべて既読にする/, inbox);
  await tabTo(page, /議事録の整理/, inbox);
  assertReadingOrder(inbox);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: '議事録の整理', level: 1 }).waitFor();
  await page.getByRole('link', { name: /^お知らせ$/ }).waitFor();
  noErrors(errors);
  await context.close();
});
