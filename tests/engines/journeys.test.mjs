// The journeys her devices must carry, the same file in every engine (OKAERI_ENGINE=firefox,
// webkit or chromium): the shell in both languages, onboarding resumed after a reload, her
// answers changed on her profile, a day off taken and undone, a coordinator's matching view, her
// own skill found and endorsed, a request and a comment, a request's notice reaching the
// coordinator and followed in her other tab, a worker's card beside her thread, a path to employment and a résumé, her weekly
// look back, the board again at once as she left it, her account deleted, a write kept while the backend is away, a second visit with no network, logout
// wiping her data, the intranet embedding, and (after every test) zero CSP violations. Nothing here depends on one
// engine's features: where WebKit has no Background Sync, the app's own retry at start is what
// sends the waiting write, in every engine alike.
import assert from 'node:assert/strict';
import { useEngine, journey, open, reload, shown, heading, headingIs, sees, button, click, fill, choose, value, controlled } from './fixture.mjs';
import { framesAfterBoardTap } from '../e2e/board-frames.mjs';

const ctx = useEngine();

journey('the shell in Japanese, then in English after a reload', async () => {
  const b = ctx.browser;
  await open(ctx, '/');
  assert.equal(await heading(b), 'ようこそ、おかえりへ');
  const landmarks = () => b.execute(() => ({
    lang: document.documentElement.lang,
    banner: !!document.querySelector('header'),
    nav: document.querySelector('nav')?.getAttribute('aria-label'),
    main: !!document.querySelector('main'),
  }));
  assert.deepEqual(await landmarks(), { lang: 'ja', banner: true, nav: 'メインメニュー', main: true });

  await click(b, 'English');
  await headingIs(b, 'Welcome to Okaeri');
  await (await b.$('nav').$('a*=Challenges')).click();
  await headingIs(b, 'Challenge board');
  await reload(b);
  assert.equal(await heading(b), 'Challenge board');
  assert.deepEqual(await landmarks(), { lang: 'en', banner: true, nav: 'Main menu', main: true });

  await click(b, '日本語');
  await headingIs(b, 'チャレンジボード');
  assert.equal((await landmarks()).lang, 'ja');
});

journey('onboarding interrupted at step 4 resumes there after a reload, with nothing lost', async () => {
  const b = ctx.browser;
  await open(ctx, '/onboarding');
  await sees(b, 'ステップ 1 / 7');
  await click(b, '次へ');
  await fill(b, 'display-name', 'ゆうこ');
  await fill(b, 'area', '神奈川県');
  await click(b, '次へ');
  await sees(b, 'ステップ 3 / 7');
  await click(b, 'この時間を追加');
  await click(b, '次へ');
  await sees(b, 'ステップ 4 / 7');
  await fill(b, 'past-work', '地域の情報誌で記事を書いていました');
  await sees(b, '保存しました');

  await reload(b);
  await sees(b, 'ステップ 4 / 7');
  await sees(b, 'おかえりなさい');
  assert.equal(await value(b, 'past-work'), '地域の情報誌で記事を書いていました');
  await click(b, '戻る');
  await sees(b, 'ステップ 3 / 7');
  await click(b, '戻る');
  await sees(b, 'ステップ 2 / 7');
  assert.equal(await value(b, 'display-name'), 'ゆうこ');
  assert.equal(await value(b, 'area'), '神奈川県');
});

/** Registers with a name only, as the quickest way through onboarding. */
async function registerQuickly(b, name) {
  await open(ctx, '/onboarding');
  await click(b, '次へ');
  await fill(b, 'display-name', name);
  await click(b, '次へ');
  for (let i = 0; i < 4; i++) await click(b, 'あとで');
  await click(b, 'この内容で登録する');
  await headingIs(b, '登録できました！');
}

/** Opens the group of her answers on わたしの強み whose title starts with `title`. */
async function openGroup(b, title) {
  const summary = await b.$(`summary*=${title}`);
  await summary.scrollIntoView({ block: 'center' });
  await summary.click();
  await b.waitUntil(() => summary.parentElement().getAttribute('open').then((open) => open !== null));
}

journey('her answers from onboarding changed on わたしの強み, still there after a reload', async () => {
  const b = ctx.browser;
  await registerQuickly(b, 'ちひろ');
  await open(ctx, '/profile');
  await headingIs(b, 'わたしの強み');
  await openGroup(b, 'わたしについて');
  await fill(b, 'area', '静岡県');
  await openGroup(b, 'やってみたいこと');
  await fill(b, 'horizon', '3年以内');
  await openGroup(b, 'やりとりのしかた');
  await choose(b, 'reply-window', 'same_day');
  await sees(b, '保存しました');
  await b.waitUntil(() => b.execute(() => Object.keys(localStorage).filter((k) => k.startsWith('okaeri.profile.')).every((k) => !JSON.parse(localStorage.getItem(k)).unsent)));

  await reload(b);
  await headingIs(b, 'わたしの強み');
  await sees(b, 'ちひろ · 静岡県');
  await sees(b, '3年以内');
  await sees(b, 'その日のうち');
  await openGroup(b, 'わたしについて');
  assert.equal(await value(b, 'area'), '静岡県');
});

journey('今日は休みます on home, still there after a reload, then undone', async () => {
  const b = ctx.browser;
  await registerQuickly(b, 'ともみ');
  await open(ctx, '/');
  await fill(b, 'day-off-note', '子どもの発熱');
  await click(b, '今日は休みます');
  await sees(b, '今日はお休みにしました');
  await reload(b);
  await sees(b, '今日はお休みにしました');
  await sees(b, '子どもの発熱');
  await click(b, '取り消す（今日も働けます）');
  await button(b, '今日は休みます');
});

journey('a coordinator asks who can do 経理・記帳 at 得意 or above, and who would like to try it', async () => {
  const b = ctx.browser;
  await open(ctx, '/');
  await b.execute(() => localStorage.setItem('okaeri.demo.role', 'coordinator'));
  await open(ctx, '/?skill=bookkeeping&level=strong');
  const names = (id) => b.execute((i) => [...document.querySelectorAll(`[aria-labelledby="${i}"] .worker-name`)].map((a) => a.textContent), id);
  await b.waitUntil(async () => (await names('can-title')).length > 0, { timeoutMsg: 'no one found who can' });
  assert.deepEqual(await names('can-title'), ['あや']);
  assert.deepEqual(await names('wants-title'), ['けい']);
  await choose(b, 'worker-level', 'teach');
  await b.waitUntil(async () => (await names('can-title')).length === 0);
  assert.deepEqual(await names('wants-title'), ['けい']);
});

journey('her own skill: added on わたしの強み, found by a coordinator\'s filter, endorsed, still there after a reload', async () => {
  const b = ctx.browser;
  await registerQuickly(b, 'なお');
  await open(ctx, '/profile');
  await headingIs(b, 'わたしの強み');
  await openGroup(b, 'これまでの経験');
  await fill(b, 'own-skill-name', 'Canva');
  await choose(b, 'own-skill-level', 'strong');
  await click(b, 'スキルを追加');
  await sees(b, '保存しました');
  await b.waitUntil(() => b.execute(() => Object.keys(localStorage).filter((k) => k.startsWith('okaeri.profile.')).every((k) => !JSON.parse(localStorage.getItem(k)).unsent)));

  await b.execute(() => localStorage.setItem('okaeri.demo.role', 'coordinator'));
  await open(ctx, '/?skill=own%3ACanva');
  const names = () => b.execute(() => [...document.querySelectorAll('[aria-labelledby="can-title"] .worker-name')].map((a) => a.textContent));
  await b.waitUntil(async () => (await names()).includes('なお'), { timeoutMsg: 'なお not found by her own skill' });
  assert.equal(await value(b, 'worker-skill'), 'own:Canva');
  await (await b.$('[aria-labelledby="can-title"]').$('a=なお')).click();
  await headingIs(b, 'なお');
  await click(b, 'これを頼みたい');
  await choose(b, 'endorse-skill', 'own:Canva');
  await fill(b, 'endorse-message', 'チラシはなおさんに頼みたい');
  await click(b, 'この内容で伝える');
  await sees(b, 'チラシはなおさんに頼みたい');
  await reload(b);
  await headingIs(b, 'なお');
  await sees(b, '佐藤 みどりさんからCanvaで「チラシはなおさんに頼みたい」');
});

async function request(b, title) {
  await open(ctx, '/board/new');
  await fill(b, 'req-title', title);
  await choose(b, 'req-skill', 'spreadsheet');
  await fill(b, 'req-why', '集計を任せてもらえるようになりたい');
  await click(b, 'この内容で相談する');
}

journey('a request, then a comment on it, both still there after a reload', async () => {
  const b = ctx.browser;
  await request(b, '表計算の関数を覚えたい');
  await headingIs(b, '表計算の関数を覚えたい');
  await fill(b, 'comment-text', '来週から始めたいです');
  await click(b, '送信');
  await b.waitUntil(() => b.execute(() => [...document.querySelectorAll('.comment')].some((c) => c.textContent.includes('来週から始めたいです'))));
  assert.equal(await value(b, 'comment-text'), '', 'the box is free for the next one');
  await reload(b);
  assert.equal(await heading(b), '表計算の関数を覚えたい');
  await sees(b, '来週から始めたいです');
});

async function onboardQuickly(b, name) {
  await open(ctx, '/onboarding');
  await click(b, '次へ');
  await fill(b, 'display-name', name);
  await click(b, '次へ');
  for (let i = 0; i < 4; i++) await click(b, 'あとで');
  await (await b.$('button*=登録')).click();
  await headingIs(b, '登録できました！');
}

async function challengesTitled(title) {
  const res = await fetch(`${ctx.backend.url}/api/v1/challenges`, { headers: { authorization: 'Bearer demo-worker' } });
  assert.equal(res.status, 200);
  return (await res.json()).filter((c) => c.title === title).length;
}

journey('a request reaches the coordinator: the count on the navigation, the notice, the card', async () => {
  const b = ctx.browser;
  await registerQuickly(b, 'まい');
  await request(b, '請求書の突き合わせ');
  await sees(b, '請求書の突き合わせ');
  await b.execute(() => localStorage.setItem('okaeri.demo.role', 'coordinator'));
  await open(ctx, '/');
  const inbox = () => b.execute(() => [...document.querySelectorAll('nav a')].find((a) => a.textContent.includes('お知らせ'))?.textContent ?? '');
  await b.waitUntil(async () => (await inbox()).includes('未読 1件'), { timeoutMsg: 'no unread count on the navigation' });
  // The app open in another tab of the same browser too: it follows what she reads here.
  const here = await b.getWindowHandle();
  await b.newWindow(ctx.url, { type: 'tab' });
  await shown(b);
  const there = await b.getWindowHandle();
  await b.waitUntil(async () => (await inbox()).includes('未読 1件'), { timeoutMsg: 'no unread count in the other tab' });
  await b.switchToWindow(here);
  await (await b.$('nav').$('a*=お知らせ')).click();
  await headingIs(b, 'お知らせ');
  await (await b.$('.notice-list').$('a*=請求書の突き合わせ')).click();
  await headingIs(b, '請求書の突き合わせ');
  await b.waitUntil(async () => !(await inbox()).includes('未読'), { timeoutMsg: 'the count stayed after reading' });
  await b.switchToWindow(there);
  await b.waitUntil(async () => !(await inbox()).includes('未読'), { timeoutMsg: 'the other tab kept the count after she read it' });
});

journey('beside a まとめて worker\'s thread the coordinator sees how she works, and the comment box is told', async () => {
  const b = ctx.browser;
  await open(ctx, '/');
  await b.execute(() => localStorage.setItem('okaeri.demo.role', 'coordinator'));
  await open(ctx, '/board?status=discussing');
  await (await b.$('a*=経理の入門：請求書の処理')).click();
  await headingIs(b, '経理の入門：請求書の処理');
  await sees(b, 'けいさんとのやりとり');
  const hint = () => b.execute(() => {
    const box = document.getElementById('comment-text');
    return (box?.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  });
  await b.waitUntil(async () => (await hint()).includes('質問をまとめて受け取るのが好み'), { timeoutMsg: 'the comment box is not told she prefers questions gathered' });
  // The hints, then the card, below the box: arriving after it, they never move it.
  const below = await b.execute(() => {
    const [box, hints, cards] = ['#comment-text', '#comment-hint', '.contact-cards'].map((s) => document.querySelector(s).getBoundingClientRect());
    return hints.top >= box.bottom && cards.top >= hints.bottom;
  });
  assert.ok(below, 'the hints and the card are laid out below the comment box');
});

journey('けい\'s path to regular employment on her page, and her 職務経歴書 ready to print', async () => {
  const b = ctx.browser;
  await open(ctx, '/');
  await b.execute(() => localStorage.setItem('okaeri.demo.role', 'coordinator'));
  await open(ctx, '/workers/w-kei');
  await sees(b, '正社員への道');
  await sees(b, '営業事務');
  await sees(b, '文章作成：「できる」→「得意」');
  await open(ctx, '/workers/w-kei/card?as=resume');
  await headingIs(b, '職務経歴書');
  await sees(b, 'スキルと実績');
});

journey('her weekly look back: offered on the day she picked, a suggestion accepted, kept on her timeline', async () => {
  const b = ctx.browser;
  await registerQuickly(b, 'まい');
  // Today in Tokyo, as the app counts her days (1 = Monday … 7 = Sunday).
  const names = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const today = names.indexOf(new Date().toLocaleDateString('en-US', { weekday: 'long', timeZone: 'Asia/Tokyo' })) + 1;
  await open(ctx, '/settings');
  await choose(b, 'look-back-day', String(today));
  await sees(b, '曜日を保存しました。');
  await open(ctx, '/');
  await sees(b, '1分で、今週をふりかえってみませんか？');
  await open(ctx, '/look-back');
  await fill(b, 'went-well', '電話の取り次ぎに慣れた');
  await fill(b, 'more-of', '請求書の確認');
  await click(b, '次へ');
  await sees(b, '「請求書の確認」をチャレンジとして相談しますか？');
  await click(b, 'はい');
  await click(b, 'ふりかえりを残す');
  await sees(b, '今週のふりかえりを残しました。');
  await sees(b, '「請求書の確認」を相談する');
  await open(ctx, '/profile');
  await headingIs(b, 'わたしの強み');
  await sees(b, '今週のふりかえり：電話の取り次ぎに慣れた');
});

journey('やさしい日本語 chosen in settings: furigana on home and the board, a term explained by a tap, kept after a reload', async () => {
  const b = ctx.browser;
  await open(ctx, '/settings');
  await (await b.$('label*=やさしい にほんご')).click();
  const furigana = () => b.execute(() => [...document.querySelectorAll('main ruby')].map((r) => `${r.firstChild.textContent}:${r.querySelector('rt').textContent}`));
  await b.waitUntil(async () => (await furigana()).length > 0, { timeoutMsg: 'no furigana in settings' });
  await open(ctx, '/');
  await b.waitUntil(async () => (await furigana()).includes('分:ふん'), { timeoutMsg: 'no furigana on home' });
  await open(ctx, '/board');
  const term = await b.$('main h1 button.term-word');
  await term.waitForDisplayed();
  assert.equal(await term.getText(), 'チャレンジ');
  assert.equal(await term.getAttribute('aria-expanded'), 'false');
  await term.click();
  const note = await b.$(`#${await term.getAttribute('aria-controls')}`);
  await note.waitForDisplayed();
  assert.match(await note.getText(), /あたらしく やって みたい しごと/);
  assert.equal(await term.getAttribute('aria-expanded'), 'true');
  await reload(b);
  await b.waitUntil(async () => (await furigana()).includes('探:さが'), { timeoutMsg: 'plain Japanese was not kept over a reload' });
});

/** Moves a card with its 「移動」 control; the card may leave the view once the move is made. */
async function moveCard(b, selectId, status) {
  await b.waitUntil(() => b.execute((i, v) => {
    const select = document.getElementById(i);
    if (!select || select.disabled) return false;
    select.value = v;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  }, selectId, status), { timeoutMsg: `no 「移動」 control ${selectId}` });
}

journey('back on the board she sees it at once as she left it, then another coordinator\'s move; never her own move undone', async () => {
  const b = ctx.browser;
  await open(ctx, '/');
  await b.execute(() => localStorage.setItem('okaeri.demo.role', 'coordinator'));
  await open(ctx, '/board?status=requested');
  await b.waitUntil(() => b.execute(() => performance.getEntriesByName('okaeri-board-rehearsed').length > 0), { timeout: 30000, timeoutMsg: 'the board was never rehearsed' });
  const cards = () => b.execute(() => [...document.querySelectorAll('.challenge-card')].map((c) => ({
    title: c.querySelector('.card-title').textContent.trim(), move: c.querySelector('select')?.id,
  })));
  const [mine, theirs] = await cards();
  await moveCard(b, mine.move, 'discussing');
  await sees(b, `「${mine.title}」を相談中に移動しました`);
  await (await b.$('nav').$('a*=設定')).click();
  await headingIs(b, '設定');
  // Another coordinator moves a card meanwhile: here, from a second window.
  const here = await b.getWindowHandle();
  const { handle } = await b.createWindow('tab');
  await b.switchToWindow(handle);
  await open(ctx, '/board?status=requested');
  await moveCard(b, theirs.move, 'discussing');
  await sees(b, `「${theirs.title}」を相談中に移動しました`);
  await b.closeWindow();
  await b.switchToWindow(here);
  // Her tap on the board, and what each of the next frames shows.
  const frames = await b.execute(framesAfterBoardTap, mine.title);
  assert.ok(frames[0].cards > 0 && !frames[0].loading, `the board was drawn at once from what she saw: ${JSON.stringify(frames[0])}`);
  assert.ok(frames.every((f) => !f.undone), 'her own move was never shown undone');
  const inDiscussing = (title) => b.execute((t) => [...document.querySelectorAll('.column.status-discussing .card-title')].some((x) => x.textContent.trim() === t), title);
  await b.waitUntil(() => inDiscussing(theirs.title), { timeoutMsg: 'the other coordinator\'s move never arrived' });
  assert.ok(await inDiscussing(mine.title));
});

journey('her account deleted after a clear confirmation: the demo starts again with nothing of hers', async () => {
  const b = ctx.browser;
  await registerQuickly(b, 'さな');
  await request(b, 'さなの集計表');
  await headingIs(b, 'さなの集計表');
  await open(ctx, '/settings');
  await click(b, 'アカウントを削除する');
  await sees(b, '元に戻せません');
  await b.execute(() => { window.__beforeDelete = true; });
  await click(b, 'すべて削除する');
  await b.waitUntil(() => b.execute(() => !window.__beforeDelete).catch(() => false), { timeoutMsg: 'the app did not start again' });
  await shown(b);
  const stored = await b.execute(() => JSON.stringify(Object.entries(localStorage)));
  assert.doesNotMatch(stored, /さな/);
  await open(ctx, '/board');
  assert.equal(await b.execute(() => document.body.innerText.includes('さなの集計表')), false);
});

journey('reference backend: a request made while it is away waits, survives a reload and arrives once', async () => {
  const b = ctx.browser;
  ctx.rest = true;
  // The browser reports each refused connection as an error; that is the point here.
  ctx.allowedErrors = [/NetworkError|Failed to fetch|ERR_CONNECTION_REFUSED|Failed to load resource|CORS request did not succeed/i];
  await onboardQuickly(b, 'なつ');
  await open(ctx, '/board/new');
  await ctx.stopBackend();
  await fill(b, 'req-title', 'オンライン会議の進行');
  await choose(b, 'req-skill', 'customer_support');
  await click(b, 'この内容で相談する');
  await button(b, '送信待ち 1件');

  // She closes the app and opens it again, the backend still away: the request still waits.
  await reload(b);
  await button(b, '送信待ち 1件');

  // The backend is back: the app sends what waits when it starts, and it arrives once.
  await ctx.startBackend();
  await reload(b);
  await b.waitUntil(async () => (await challengesTitled('オンライン会議の進行')) > 0, { timeoutMsg: 'the waiting request was never sent' });
  await b.waitUntil(async () => !(await b.$('button*=送信待ち').isExisting()), { timeoutMsg: 'still shown as waiting' });
  assert.equal(await challengesTitled('オンライン会議の進行'), 1);
  // Nothing is left to send again at the next start: the outbox in IndexedDB is empty.
  const left = await b.execute(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('okaeri');
    req.onsuccess = () => {
      const all = req.result.transaction('outbox', 'readonly').objectStore('outbox').getAll();
      all.onsuccess = () => resolve(all.result.length);
    };
    req.onerror = () => reject(req.error);
  }));
  assert.equal(left, 0);
});

journey('the service worker installs, and a second visit works with no network', async () => {
  const b = ctx.browser;
  await open(ctx, '/');
  await controlled(b);
  // Her first visit already runs the newest version: nothing offers it to her as new.
  await sees(b, 'ようこそ、おかえりへ');
  assert.equal(await b.execute(() => !!document.querySelector('.update-prompt')), false, 'no update offered on a first visit');
  await ctx.stopApp();
  await reload(b);
  assert.equal(await heading(b), 'ようこそ、おかえりへ');
  // The board's code is a chunk of its own, loaded only now: from the service worker's cache.
  await (await b.$('nav').$('a*=チャレンジ')).click();
  await headingIs(b, 'チャレンジボード');
  // So is the form, and the demo's backend answers on the device.
  await (await b.$('main').$('a*=チャレンジを相談する')).click();
  await fill(b, 'req-title', '圏外でも相談したい');
  await choose(b, 'req-skill', 'writing');
  await click(b, 'この内容で相談する');
  await headingIs(b, '圏外でも相談したい');
  await b.url(ctx.url + 'settings');
  await shown(b);
  assert.equal(await heading(b), '設定');
  const failed = await b.execute(() => document.body.innerText.includes('読み込めませんでした'));
  assert.equal(failed, false, 'every page loaded from the cache');
});

/** Every text the app's origin keeps in local and session storage and IndexedDB. */
function everythingStored(b) {
  return b.execute(async () => {
    const texts = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of db.objectStoreNames) {
        const all = db.transaction(store, 'readonly').objectStore(store).getAll();
        texts.push(name, JSON.stringify(await new Promise((resolve) => { all.onsuccess = () => resolve(all.result); })));
      }
      db.close();
    }
    return { text: texts.join('\n'), caches: await caches.keys(), local: Object.keys(localStorage) };
  });
}

journey('logging out wipes what she entered from every store, and leaves other apps alone', async () => {
  const b = ctx.browser;
  await open(ctx, '/onboarding');
  await click(b, '次へ');
  await fill(b, 'display-name', 'ふゆみ');
  await sees(b, '保存しました');
  await open(ctx, '/board/new');
  await fill(b, 'req-title', '消えるはずの下書き');
  await b.waitUntil(async () => (await everythingStored(b)).text.includes('消えるはずの下書き'), { timeoutMsg: 'the draft was never kept' });
  // Another app on the same intranet origin keeps its own data.
  await b.execute(async () => {
    localStorage.setItem('intranet.portal.theme', 'dark');
    await (await caches.open('intranet-portal')).put('/portal.json', new Response('{}'));
    await new Promise((resolve, reject) => {
      const req = indexedDB.open('intranet-portal', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('news').put('お知らせ', 'n1');
      req.onsuccess = () => { req.result.close(); resolve(); };
      req.onerror = () => reject(req.error);
    });
  });
  const before = await everythingStored(b);
  assert.ok(before.text.includes('ふゆみ'), 'her name is kept before she logs out');

  await open(ctx, '/settings');
  await b.execute(() => { window.__beforeLogout = true; });
  await click(b, 'ログアウト');
  await click(b, '消してログアウトする');
  // The app starts again once the device is wiped.
  await b.waitUntil(() => b.execute(() => !window.__beforeLogout), { timeoutMsg: 'the app did not start again' });
  await shown(b);
  const left = await everythingStored(b);
  assert.ok(!left.text.includes('ふゆみ'), 'her name is gone');
  assert.ok(!left.text.includes('消えるはずの下書き'), 'her draft is gone');
  assert.ok(left.local.includes('intranet.portal.theme'), JSON.stringify(left.local));
  assert.ok(left.text.includes('お知らせ'), 'the other app keeps its IndexedDB');
  assert.ok(left.caches.includes('intranet-portal'), JSON.stringify(left.caches));
});

const primary = (b) => b.execute(() => getComputedStyle(document.documentElement).getPropertyValue('--ok-color-primary').trim());

journey('a listed intranet host frames the app, learns its height and themes it', async () => {
  const b = ctx.browser;
  await b.url(`${ctx.listedHost}/`);
  await b.waitUntil(() => b.execute(() => window.messages.some((m) => m.data?.type === 'okaeri:height')), { timeoutMsg: 'no height message' });
  const messages = await b.execute(() => window.messages);
  for (const m of messages) {
    assert.equal(m.origin, new URL(ctx.url).origin);
    assert.deepEqual(Object.keys(m.data).sort(), ['height', 'type'], 'nothing but the height');
  }
  await b.execute(() => {
    const frame = document.getElementById('okaeri');
    frame.contentWindow.postMessage({ type: 'okaeri:theme', tokens: { '--ok-color-primary': '#0b5394' } }, new URL(frame.src).origin);
  });
  await b.switchFrame(await b.$('#okaeri'));
  await b.waitUntil(async () => (await primary(b)) === '#0b5394', { timeoutMsg: 'the theme was not taken' });
  assert.equal(await heading(b), 'チャレンジボード');
  await b.switchFrame(null);
});

journey('a host that is not listed cannot frame the app at all', async () => {
  const b = ctx.browser;
  // The deployed policy's frame-ancestors refuses it: the one violation this test expects.
  const refused = (r) => r['violated-directive'] === 'frame-ancestors' || r['effective-directive'] === 'frame-ancestors';
  ctx.expected = [refused];
  ctx.allowedErrors = [/frame-ancestors/];
  await b.url(`${ctx.unlistedHost}/`);
  await ctx.report(refused);
  assert.deepEqual(await b.execute(() => window.messages), [], 'no message reaches it');
  await b.switchFrame(await b.$('#okaeri'));
  assert.equal(await b.execute(() => !!document.querySelector('main h1')), false, 'the app is not shown inside it');
  await b.switchFrame(null);
});
