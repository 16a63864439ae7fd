// Inside a company intranet: a host page on another origin embeds the app in an iframe. The
// app posts its content height only to origins listed in config.json, and takes a theme only
// from those exact origins, ignoring anything malformed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';
import { DIST, noErrors } from './fixture.mjs';
import { hostPage } from './intranet-host.mjs';
import AxeBuilder from '@axe-core/playwright';
import { TAGS } from './a11y.mjs';

let browser;
let app;
let host;
let hostPort;

// The intranet: one server, reachable as http://localhost:P (listed) and http://127.0.0.1:P
// (not listed) — two different origins.

before(async () => {
  browser = await launch();
  const handler = async (req, res) => {
    if (!req.url.endsWith('/config.json')) return false;
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ api_base: '', allowed_origins: [`http://localhost:${hostPort}`] }));
    return true;
  };
  app = await serve({ root: DIST, handler });
  host = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage(app.url + 'board'));
  });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  hostPort = host.address().port;
});

after(async () => {
  await browser?.close();
  await app?.close();
  host?.closeAllConnections();
  await new Promise((r) => host?.close(r));
});

/** Counts, in every frame, the window's `message` listeners: the app's theme listener is one. */
function countMessageListeners() {
  window.__messageListeners = 0;
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, ...rest) {
    if (type === 'message' && this === window) window.__messageListeners++;
    return add.call(this, type, ...rest);
  };
}

async function embedded(hostOrigin) {
  const opened = await openPage(browser, { viewport: { width: 800, height: 900 } });
  await opened.context.addInitScript(countMessageListeners);
  await opened.page.goto(`${hostOrigin}/`);
  const frame = opened.page.frameLocator('#okaeri');
  await frame.locator('main h1').waitFor();
  return { ...opened, frame, appFrame: opened.page.frames().find((f) => f.url().startsWith(app.url)) };
}

const primary = (appFrame) => appFrame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ok-color-primary').trim());

test('a listed host gets height messages and can theme the app', async () => {
  const { page, errors, context, appFrame } = await embedded(`http://localhost:${hostPort}`);
  await page.waitForFunction(() => window.messages.some((m) => m.data?.type === 'okaeri:height'));
  const messages = await page.evaluate(() => window.messages);
  const appOrigin = new URL(app.url).origin;
  for (const m of messages) {
    assert.equal(m.origin, appOrigin);
    assert.deepEqual(Object.keys(m.data).sort(), ['height', 'type'], 'nothing but the height');
    assert.ok(Number.isInteger(m.data.height) && m.data.height > 300, `height ${m.data.height}`);
  }
  const before = await primary(appFrame);
  // Malformed or unknown messages change nothing and break nothing.
  await page.evaluate(() => {
    const w = document.getElementById('okaeri').contentWindow;
    const target = new URL(document.getElementById('okaeri').src).origin;
    w.postMessage('okaeri:theme', target);
    w.postMessage({ type: 'okaeri:theme', tokens: { '--ok-color-primary': 'red; background:url(https://evil.example)' } }, target);
    w.postMessage({ type: 'okaeri:theme', tokens: { 'color': '#000000' } }, target);
    w.postMessage({ type: 'okaeri:theme' }, target);
  });
  // The listener is live (it took no theme yet): a valid message sent after the bad ones is
  // handled after them, so once it has taken effect the bad ones were read and refused.
  await appFrame.waitForFunction(() => window.__messageListeners > 0);
  assert.equal(await primary(appFrame), before);
  await page.evaluate(() => {
    const frame = document.getElementById('okaeri');
    frame.contentWindow.postMessage({ type: 'okaeri:theme', tokens: { '--ok-color-primary': '#0b5394' } }, new URL(frame.src).origin);
  });
  await appFrame.waitForFunction(() => getComputedStyle(document.documentElement).getPropertyValue('--ok-color-primary').trim() === '#0b5394');
  noErrors(errors);
  await context.close();
});

test('a host that is not listed gets no messages and cannot theme the app', async () => {
  const { page, errors, context, appFrame } = await embedded(`http://127.0.0.1:${hostPort}`);
  // The app in the frame is shown and its theme listener is in place (the height report
  // follows it from the same chunk): whatever it would do, it does by now.
  await appFrame.waitForSelector('#boot', { state: 'detached' });
  await appFrame.waitForFunction(() => window.__messageListeners > 0);
  const before = await primary(appFrame);
  await page.evaluate(() => {
    const frame = document.getElementById('okaeri');
    frame.contentWindow.postMessage({ type: 'okaeri:theme', tokens: { '--ok-color-primary': '#0b5394' } }, new URL(frame.src).origin);
  });
  // Bounds the negative checks below, now that the listener is known to be live.
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => window.messages), []);
  assert.equal(await primary(appFrame), before);
  noErrors(errors);
  await context.close();
});

test('inside the intranet frame, the host page and the app in it pass the axe gate', async () => {
  const { page, errors, context, appFrame } = await embedded(`http://localhost:${hostPort}`);
  await appFrame.waitForSelector('#boot', { state: 'detached' });
  await appFrame.locator('main .loading').waitFor({ state: 'detached' });
  // Not the gate's legacy mode, which skips frames from another origin: axe runs in the frame
  // too, and its findings are merged with the host page's.
  const result = await new AxeBuilder({ page }).withTags(TAGS).options({ rules: { 'target-size': { enabled: true } } }).analyze();
  const problems = result.violations.map((v) => `${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(problems, []);
  // The audit did look inside the frame: the app's own landmarks are among what it checked.
  const checked = [...result.passes, ...result.incomplete].flatMap((r) => r.nodes.map((n) => n.target.join(' ')));
  assert.ok(checked.some((t) => t.startsWith('#okaeri ')), `nothing inside the frame was checked: ${checked.slice(0, 5)}`);
  noErrors(errors);
  await context.close();
});
