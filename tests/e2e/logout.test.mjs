// Logging out means logged out everywhere: the backend ends the session, every open tab of the
// app starts again logged out, and only Okaeri's own stores are wiped (an intranet origin may
// host other apps).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, noErrors } from './fixture.mjs';
import { ready } from './browser.mjs';

const app = useApp();
const PHONE = { viewport: { width: 375, height: 667 } };

/** Data another app on the same origin keeps: it must survive her logout. */
async function keepOtherAppsData(page) {
  await page.evaluate(async () => {
    localStorage.setItem('intranet.portal.theme', 'dark');
    sessionStorage.setItem('intranet.portal.tab', 'news');
    sessionStorage.setItem('okaeri.session.note', 'hers');
    await (await caches.open('intranet-portal')).put('/portal.json', new Response('{}'));
    await new Promise((resolve, reject) => {
      const req = indexedDB.open('intranet-portal', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('news');
      req.onsuccess = () => { req.result.close(); resolve(); };
      req.onerror = () => reject(req.error);
    });
  });
}

/** Counts the app's BroadcastChannels as they are made: a tab listens once it has one. */
function countAppChannels() {
  window.__appChannels = 0;
  const Channel = window.BroadcastChannel;
  window.BroadcastChannel = class extends Channel {
    constructor(name) {
      super(name);
      if (String(name).startsWith('okaeri')) window.__appChannels++;
    }
  };
}

function whatIsLeft(page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    caches: await caches.keys(),
    idb: (await indexedDB.databases()).map((d) => d.name),
  }));
}

test('logging out in one tab ends the session, restarts every tab, and leaves other apps alone', async () => {
  const { page, errors, context } = await open(app, '/settings', PHONE);
  const other = await context.newPage();
  await other.addInitScript(countAppChannels);
  await other.goto(app.url + 'board');
  await ready(other);
  // The other tab listens for a logout (its background work has started).
  await other.waitForFunction(() => window.__appChannels > 0, null, { timeout: 30000 });
  await keepOtherAppsData(page);

  const ended = app.rest
    ? page.waitForRequest((r) => r.method() === 'DELETE' && r.url().endsWith('/api/v1/session'))
    : null;
  const otherRestarted = other.waitForEvent('load', { timeout: 30000 });
  await page.getByRole('button', { name: 'ログアウト', exact: true }).click();
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: '消してログアウトする' }).click(),
  ]);
  await otherRestarted;
  if (ended) assert.equal((await ended).headers().authorization, `Bearer ${app.token}`);
  await ready(page);
  await ready(other);

  const left = await whatIsLeft(page);
  assert.ok(left.local.includes('intranet.portal.theme'), JSON.stringify(left));
  assert.ok(left.session.includes('intranet.portal.tab'), JSON.stringify(left));
  assert.ok(!left.session.includes('okaeri.session.note'), JSON.stringify(left));
  assert.ok(left.caches.includes('intranet-portal'), JSON.stringify(left));
  assert.ok(left.idb.includes('intranet-portal'), JSON.stringify(left));
  noErrors(errors);
  await context.close();
});
