// Every conversation knows how she works: beside a card's thread the coordinator sees the
// worker's card, with a hint to gather questions for a まとめて worker and, outside her hours, a
// note that she will answer from her next window; the worker sees her coordinator's card,
// which the coordinator sets in settings. And a push delivered to the service worker shows a
// notification in her words, only for kinds she allows, whose tap opens the card in the open
// window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, noErrors, onboardQuickly, switchRole, controlled } from './fixture.mjs';

const app = useApp();
const KEI_CARD = '経理の入門：請求書の処理';
// Tuesday 8 December 2026 in Tokyo: 20:00 is after everyone's hours, 10:00 inside them.
const EVENING = new Date('2026-12-08T11:00:00Z');
const MORNING = new Date('2026-12-08T01:00:00Z');

async function openKeiCard(page) {
  await page.goto(app.url + 'board');
  await page.waitForSelector('#boot', { state: 'detached' });
  await page.getByRole('link', { name: KEI_CARD }).first().click();
  await page.getByRole('heading', { name: KEI_CARD, level: 1 }).waitFor();
}

test('beside a まとめて worker\'s thread: her card, the hint to gather questions, and after her hours the note', async () => {
  const evening = await open(app, '/', { role: 'coordinator', fixedTime: EVENING, viewport: { width: 1280, height: 900 } });
  const page = evening.page;
  await openKeiCard(page);
  const card = page.getByRole('group', { name: 'やりとりの相手' }).getByRole('region', { name: 'けいさんとのやりとり' });
  await card.waitFor();
  assert.match(await card.textContent(), /質問のしかた\s*まとめて/);
  assert.match(await card.textContent(), /連絡のつく時間\s*平日/);
  await card.getByText('次は明日 9:30から').waitFor();
  const box = page.getByRole('textbox', { name: 'コメント' });
  // The hints describe the comment box, so a screen reader hears them where she writes.
  const described = await box.evaluate((el) => el.getAttribute('aria-describedby').split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
  assert.match(described, /けいさんは、質問をまとめて受け取るのが好みです/);
  assert.match(described, /いまはけいさんの時間外です（次は明日 9:30から）/);
  noErrors(evening.errors);
  await evening.context.close();

  // Inside her hours: the hint stays, the note does not.
  const morning = await open(app, '/', { role: 'coordinator', fixedTime: MORNING, viewport: { width: 1280, height: 900 } });
  await openKeiCard(morning.page);
  const hints = morning.page.locator('#comment-hint');
  await hints.getByText(/質問をまとめて受け取るのが好み/).waitFor();
  await morning.page.getByText(/いま連絡OK（14:30まで）/).waitFor();
  assert.doesNotMatch(await hints.textContent(), /時間外/);
  noErrors(morning.errors);
  await morning.context.close();
});

test('the comment box stays put when the contact card arrives, later, below it', async () => {
  // Held until the box is on screen, as on a slow line: the card comes with a chunk of its own.
  const { page, errors, context } = await open(app, '/', { role: 'coordinator', fixedTime: EVENING, serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\/(split|pack)_profile_thread_contacts\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(app.url + 'board/ch101');
  await page.getByRole('heading', { name: KEI_CARD, level: 1 }).waitFor();
  const box = page.getByRole('textbox', { name: 'コメント' });
  const send = page.getByRole('button', { name: '送信' });
  const top = (el) => el.evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
  await box.waitFor();
  const [boxBefore, sendBefore] = [await top(box), await top(send)];
  assert.equal(await page.locator('.contact-cards').count(), 0, 'the card was held back');
  release();
  await page.getByRole('region', { name: 'けいさんとのやりとり' }).waitFor();
  await page.locator('#comment-hint').getByText(/質問をまとめて受け取るのが好み/).waitFor();
  assert.equal(await top(box), boxBefore, 'the box she types in did not move');
  assert.equal(await top(send), sendBefore, 'nor did its button');
  noErrors(errors);
  await context.close();
});

test('she sees her coordinator\'s card beside her thread, as the coordinator set it in settings', async () => {
  const { page, errors, context } = await open(app, '/', { fixedTime: EVENING });
  const title = '請求書のダブルチェック';
  await onboardQuickly(page, app.url, 'なな');
  await page.goto(app.url + 'board/new');
  await page.getByLabel('やってみたいこと').fill(title);
  await page.getByLabel('分野').selectOption('bookkeeping');
  await page.getByRole('button', { name: 'この内容で相談する' }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  const theirs = page.getByRole('region', { name: '佐藤 みどりさん（コーディネーター）' });
  await theirs.waitFor();
  assert.match(await theirs.textContent(), /返信の目安\s*その日のうち/);
  await page.locator('#comment-hint').getByText('いまは佐藤 みどりさんの時間外です（次は明日 9:00から）。返事はそのころからになりそうです。').waitFor();
  const cardUrl = page.url();

  // The coordinator changes her card: hours and reply window.
  await page.goto(app.url + 'board');
  await switchRole(page, 'coordinator', app, 'settings');
  const mine = page.getByRole('region', { name: 'わたしの連絡カード' });
  await mine.getByLabel('開始').fill('10:00');
  await mine.getByLabel('終了').fill('16:00');
  await mine.getByLabel('返信の目安').selectOption('next_workday');
  await mine.getByRole('button', { name: '連絡カードを保存する' }).click();
  await mine.getByRole('status').filter({ hasText: '連絡カードを保存しました' }).waitFor();
  // A time that ends before it starts is hers to fix, not sent.
  await mine.getByLabel('終了').fill('09:00');
  await mine.getByRole('button', { name: '連絡カードを保存する' }).click();
  await mine.locator('#contact-hours-error').filter({ hasText: /./ }).waitFor();

  await switchRole(page, 'worker', app, cardUrl.slice(app.url.length));
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  const changed = page.getByRole('region', { name: '佐藤 みどりさん（コーディネーター）' });
  await changed.getByText('次の稼働日').waitFor();
  await page.locator('#comment-hint').getByText(/次は明日 10:00から/).waitFor();
  noErrors(errors);
  await context.close();
});

/** The app's service worker registration id, as the DevTools Protocol names it. */
async function registrationId(cdp, scope) {
  return new Promise((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find((r) => r.scopeURL === scope && !r.isDeleted);
      if (ours) resolve(ours.registrationId);
    });
    cdp.send('ServiceWorker.enable');
  });
}

/** The notifications shown, once one has a body containing `text` (polled inside the page). */
async function notificationWith(page, text) {
  return page.evaluate(async (text) => {
    const registration = await navigator.serviceWorker.ready;
    for (;;) {
      const shown = (await registration.getNotifications())
        .map((n) => ({ title: n.title, body: n.body, lang: n.lang, url: n.data && n.data.url }));
      if (shown.some((n) => n.body.includes(text))) return shown;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, text);
}

test('a push shows her notice in her words, only for kinds she allows, and a tap opens the card in this window', async () => {
  const { page, errors, context } = await open(app, '/');
  await context.grantPermissions(['notifications'], { origin: new URL(app.url).origin });
  const title = '請求書の入力';
  await onboardQuickly(page, app.url, 'りか');
  await page.goto(app.url + 'board/new');
  await page.getByLabel('やってみたいこと').fill(title);
  await page.getByLabel('分野').selectOption('bookkeeping');
  await page.getByRole('button', { name: 'この内容で相談する' }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  const cardId = new URL(page.url()).pathname.split('/').pop();
  await controlled(page);

  // Asked only on her tap; neither backend here sends pushes, and she is told so.
  await page.goto(app.url + 'settings');
  await page.getByRole('button', { name: 'この端末に通知する' }).click();
  await page.getByRole('status').filter({ hasText: 'この端末での通知を許可しました' }).waitFor();

  const cdp = await context.newCDPSession(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  const id = await registrationId(cdp, scope);
  const origin = new URL(app.url).origin;
  const push = (notice) => cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId: id, data: JSON.stringify(notice) });
  const base = { recipient_id: 'w-you', actor_id: 'c-sato', actor_name: '佐藤 みどり', at: '2026-12-08T01:00:00Z', read: false, challenge_id: cardId, title, worker_id: 'w-you' };
  await push({ ...base, id: 'n-push-1', kind: 'comment', comment_id: 'm9', text: '来週から始めましょう' });
  const [shown] = await notificationWith(page, '来週から');
  // The inbox's sentence for the same notice (tests/e2e/notices.test.mjs).
  assert.equal(shown.body, `佐藤 みどりさんが「${title}」にコメントしました：「来週から始めましょう」`);
  assert.equal(shown.title, 'お知らせ');
  assert.equal(shown.lang, 'ja');
  assert.ok(shown.url.endsWith(`/board/${cardId}#comment-m9`), shown.url);

  // Her tap: this window goes to the card; no second window opens.
  const [worker] = context.serviceWorkers();
  await worker.evaluate(async () => {
    const [n] = await self.registration.getNotifications();
    self.dispatchEvent(new NotificationEvent('notificationclick', { notification: n }));
  });
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  assert.equal(context.pages().length, 1);

  // She turns comments off: a comment's push shows nothing; a move's still does, in English
  // once she reads the app in English.
  await page.goto(app.url + 'settings');
  await page.getByLabel('コメント').selectOption('never');
  await page.getByRole('status').filter({ hasText: 'お知らせの設定を保存しました' }).waitFor();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  await page.evaluate(async () => {
    for (;;) {
      const kept = await (await caches.open('okaeri-push')).match('words');
      const w = kept && await kept.json();
      if (w && w.lang === 'en' && !w.allowed.includes('comment')) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await push({ ...base, id: 'n-push-2', kind: 'comment', comment_id: 'm10', text: 'もう一件' });
  await push({ ...base, id: 'n-push-3', kind: 'move', to: 'discussing' });
  const all = await notificationWith(page, 'moved');
  assert.deepEqual(all.map((n) => n.body).filter((b) => b.includes('もう一件')), []);
  const moved = all.find((n) => n.body.includes('moved'));
  assert.equal(moved.body, `佐藤 みどり moved “${title}” to Talking`);
  assert.equal(moved.lang, 'en');
  noErrors(errors);
  await context.close();
});
