// PWA and intranet: installable, works offline on a second visit, runs under a sub-path
// with deep links, and boots under the documented strict Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { serve } from './server.mjs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { launch, openPage, ready, cachedUrls, CHROMIUM } from './browser.mjs';
import { DIST, noErrors } from './fixture.mjs';
import { csp } from '../../build/csp.mjs';

const SUBPATH_DIST = path.resolve(DIST, '../target/dist-subpath');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function controlled(page) {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await ready(page);
  }
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the page is controlled by the service worker');
}

/** Runs `body` with a server, always closing it (an open server would keep the run alive). */
async function withServer(options, body) {
  const server = await serve(options);
  try {
    await body(server);
  } finally {
    await server.close();
  }
}

test('installable: Chromium reports no installability errors', () => withServer({ root: DIST }, async (server) => {
  // A persistent profile: incognito contexts are never installable.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'okaeri-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = context.pages()[0] || (await context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(server.url);
  await ready(page);
  await controlled(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, [], JSON.stringify(installabilityErrors));
  const manifest = await (await fetch(server.url + 'manifest.webmanifest')).json();
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './');
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
  noErrors(errors);
  await context.close();
}));

test('a second visit works with no network; API responses are never cached', () => withServer({ root: DIST }, async (server) => {
  const { page, errors, context } = await openPage(browser);
  await page.goto(server.url + 'board');
  await ready(page);
  await controlled(page);
  await context.setOffline(true);
  await page.goto(server.url + 'settings');
  await ready(page);
  assert.equal((await page.locator('main h1').textContent()).trim(), '設定');
  await page.goto(server.url + 'board/ch101');
  await ready(page);
  const cached = await cachedUrls(page);
  assert.ok(cached.some((u) => u.endsWith('.wasm')), 'the wasm is precached');
  assert.ok(!cached.some((u) => u.includes('/api/')), 'no API response is cached');
  noErrors(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)));
  await context.close();
}));

test('a sub-path build: deep links reload, assets and config resolve, the worker stays in scope', async () => {
  assert.ok(fs.existsSync(path.join(SUBPATH_DIST, 'index.html')), 'build it: make build-subpath');
  await withServer({ root: SUBPATH_DIST, base: '/apps/okaeri/' }, async (server) => {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(server.url + 'board/new');
  await ready(page);
  await page.reload();
  await ready(page);
  assert.ok(requests.includes('/apps/okaeri/config.json'), 'config.json under the sub-path');
  assert.ok(requests.every((p) => p.startsWith('/apps/okaeri/')), `every request stays under the sub-path: ${requests.filter((p) => !p.startsWith('/apps/okaeri/'))}`);
  await page.getByRole('link', { name: 'ホーム', exact: true }).click();
  // The router writes the mount point without its trailing slash; both are the app's home.
  await page.waitForFunction(() => /^\/apps\/okaeri\/?$/.test(location.pathname));
  await page.getByRole('heading', { name: 'ようこそ、おかえりへ' }).waitFor();
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(new URL(scope).pathname, '/apps/okaeri/');
  noErrors(errors);
  await context.close();
  });
});

test('boots with zero CSP violations under the documented strict policy', async () => {
  const policy = csp(DIST);
  await withServer({ root: DIST, headers: { 'content-security-policy': policy } }, async (server) => {
  const { page, errors, context } = await openPage(browser);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(server.url);
  await ready(page);
  await page.goto(server.url + 'board');
  await ready(page);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  noErrors(errors);
  await context.close();
  });
});

test('a new version is offered quietly and never reloads while she is typing', async () => {
  // A copy of the build whose service worker can be "released" again mid-test.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'okaeri-dist-'));
  fs.cpSync(DIST, root, { recursive: true });
  await withServer({ root }, async (server) => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(server.url + 'board/new');
    await ready(page);
    await controlled(page);
    await page.evaluate(() => { window.sameDocument = true; });

    const sw = path.join(root, 'sw.js');
    fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const VERSION = '([^']*)'/, "const VERSION = '$1-next'"));
    await page.getByLabel('やってみたいこと').fill('書きかけの相談');
    await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration()).update(); });
    const prompt = page.getByRole('status').filter({ hasText: '新しいバージョンがあります' });
    await prompt.waitFor();
    // It sits in the page's flow above <main>: it covers none of her buttons.
    const [box, main] = [await prompt.boundingBox(), await page.locator('main').boundingBox()];
    assert.ok(box.y + box.height <= main.y + 1, `the prompt (${JSON.stringify(box)}) lies above main (${JSON.stringify(main)})`);
    // Nothing reloads by itself: the page and her text are as they were.
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => window.sameDocument), true);
    assert.equal(await page.getByLabel('やってみたいこと').inputValue(), '書きかけの相談');
    // 「あとで」 hides it and keeps her where she is.
    await prompt.getByRole('button', { name: 'あとで' }).click();
    await prompt.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => window.sameDocument), true);
    // Accepting takes the new version (one reload); her draft is still on the device.
    await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration()).update(); });
    await page.evaluate(() => window.dispatchEvent(new Event('okaeri:update-ready')));
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('status').filter({ hasText: '新しいバージョンがあります' }).getByRole('button', { name: '更新する' }).click(),
    ]);
    await ready(page);
    assert.equal(await page.evaluate(() => window.sameDocument), undefined);
    assert.equal(await page.getByLabel('やってみたいこと').inputValue(), '書きかけの相談');
    const version = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('okaeri-shell-')));
    assert.ok(version.every((k) => k.endsWith('-next')), `old shell caches removed: ${version}`);
    noErrors(errors);
    await context.close();
  });
  fs.rmSync(root, { recursive: true, force: true });
});
