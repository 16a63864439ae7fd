// The start itself: a company install never quietly becomes the demo when config.json cannot
// be read, and an app whose own code cannot arrive says so with a way to try again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, noErrors, controlled } from './fixture.mjs';
import { openPage, ready } from './browser.mjs';

const app = useApp();
const EXPECTED = [/Failed to load resource|status of (404|503)|WebAssembly|wasm/i];

/** What an element shows, its furigana left out (the boot shell's words carry them). */
function shownText(locator) {
  return locator.evaluate((el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll('rt').forEach((rt) => rt.remove());
    return copy.textContent;
  });
}

/** The kind start-failure message: shown, in both languages, with a retry that reloads. */
async function startFailed(page, id) {
  await page.locator(`#boot-failed-${id}`).waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), `boot-failed-${id}`, 'her focus is on what happened');
  const panel = page.locator('#boot-failed');
  assert.equal(await page.getByRole('alert').count(), 1);
  assert.match(await shownText(panel), /もう一度試す[\s\S]*Try again/);
  assert.equal(await page.locator('.loading').isVisible(), false, '「読み込んでいます…」 is gone');
  return panel;
}

/** Nothing of the demo started: no demo role, no embedded backend data. */
async function notTheDemo(page) {
  assert.equal(await page.getByLabel('デモの立場').count(), 0);
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('okaeri.embedded')));
  assert.deepEqual(keys, []);
}

const BAD_ANSWERS = {
  'a server error': { status: 503, type: 'application/problem+json', body: '{"status":503}' },
  'a sign-in page': { status: 200, type: 'text/html', body: '<!doctype html><title>ログイン</title><form>…</form>' },
  'a redirect to a sign-in page': { status: 302, headers: { location: '/login.html' } },
};

for (const [what, answer] of Object.entries(BAD_ANSWERS)) {
  test(`config.json answering ${what} stops the start with a kind message, never the demo`, async () => {
    app.configAnswer = answer;
    const { page, errors, context } = await openPage(app.browser, { serviceWorkers: 'block' });
    await page.goto(app.url);
    const panel = await startFailed(page, 'config');
    assert.match(await shownText(panel), /会社のサーバーにつながりません/);
    assert.ok(!(await page.locator('#boot-failed-load').isVisible()));
    await notTheDemo(page);
    // Once the file answers again, her tap on 「もう一度試す」 starts the app.
    app.configAnswer = null;
    await Promise.all([page.waitForEvent('load'), panel.getByRole('button').click()]);
    await ready(page);
    noErrors(errors, EXPECTED);
    await context.close();
  });
}

test('config.json unreachable (no network) stops the start too', async () => {
  const { page, errors, context } = await openPage(app.browser, { serviceWorkers: 'block' });
  await page.route('**/config.json', (route) => route.abort('internetdisconnected'));
  await page.goto(app.url);
  await startFailed(page, 'config');
  await notTheDemo(page);
  noErrors(errors, [...EXPECTED, /config\.json|ERR_INTERNET_DISCONNECTED/]);
  await context.close();
});

for (const [what, fault] of [
  ['answers 404', (route) => route.fulfill({ status: 404, body: 'not found' })],
  ['arrives corrupted', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('\0asm\x01\0\0\0 this is not WebAssembly') })],
]) {
  test(`the app's own WebAssembly ${what}: a message in both languages and a retry that works`, async () => {
    const { page, errors, context } = await openPage(app.browser, { serviceWorkers: 'block' });
    let broken = true;
    await page.route(/okaeri_bg\.wasm$/, (route) => (broken ? fault(route) : route.fallback()));
    const started = Date.now();
    await page.goto(app.url);
    const panel = await startFailed(page, 'load');
    assert.ok(Date.now() - started < 10000, 'the message comes within a few seconds');
    assert.match(await shownText(panel), /アプリを読み込めませんでした[\s\S]*Okaeri could not load/);
    broken = false;
    await Promise.all([page.waitForEvent('load'), panel.getByRole('button').click()]);
    await ready(page);
    noErrors(errors, EXPECTED);
    await context.close();
  });
}

if (app.rest) {
  test('a device that ran against its company backend keeps that config when config.json answers badly', async () => {
    // The first visit reads the company config; the service worker installs.
    const { page, errors, context } = await open(app, '/');
    await controlled(page);
    for (const [what, answer] of Object.entries({ ...BAD_ANSWERS, 'a missing file': { status: 404 } })) {
      app.configAnswer = answer;
      await page.reload();
      await ready(page);
      await notTheDemo(page);
      assert.equal(await page.locator('#boot-failed').count(), 0, what);
    }
    // Without the service worker, the app's own memory of the last good config does the same.
    // (Kept from registering again as outbox.test.mjs does: Chromium fetches sw.js outside
    // the page's interception.)
    await context.addInitScript(() => {
      navigator.serviceWorker.register = () => new Promise(() => {});
    });
    await page.evaluate(async () => {
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
    });
    // A sign-in page first (which must not replace what the app remembers), then a 503.
    for (const what of ['a sign-in page', 'a server error']) {
      app.configAnswer = BAD_ANSWERS[what];
      await page.reload();
      await ready(page);
      await notTheDemo(page);
      assert.equal(await page.locator('#boot-failed').count(), 0, `without a service worker: ${what}`);
    }
    noErrors(errors, [...EXPECTED, /sw\.js|ServiceWorker|service worker/i]);
    await context.close();
  });
}
