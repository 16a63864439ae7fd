// The app arrives in pieces (src/platform/split.rs): a first visit fetches the shell and the first
// screen's code, each part of the product arrives when she opens it, and a piece that cannot be
// fetched is said kindly, with a retry that works.
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, shown, cachedUrls, noteComplete } from './browser.mjs';
import { chunkFiles } from '../../build/split-loader.mjs';
import { useApp, noErrors, heading, open, DIST } from './fixture.mjs';

const ctx = useApp();
const PARTS = ['board', 'profile', 'onboarding', 'settings'];
const wasmFiles = (requests) => requests.filter((u) => u.endsWith('.wasm')).map((u) => u.split('/').pop());

/** A page with no service worker: nothing is fetched but what the page asks for. */
const barePage = () => openPage(ctx.browser, { serviceWorkers: 'block' });

/** Runs `go`, which brings her to the board, and checks the board's chunk came on the way. */
async function boardArrives(page, go) {
  const requests = [];
  const record = (r) => requests.push(r.url());
  page.on('request', record);
  await go();
  await page.getByRole('heading', { level: 1, name: 'チャレンジボード' }).waitFor();
  await shown(page);
  page.off('request', record);
  const files = wasmFiles(requests);
  assert.ok(files.includes('split_board.wasm') || files.includes('pack_board.wasm'), `the board's code: ${files}`);
  return files;
}

/** Whether `part` was fetched: on its own, or in its pack (a first visit: build/split-loader.mjs). */
const fetchedPart = (files, part) => files.includes(`split_${part}.wasm`) || files.includes(`pack_${part}.wasm`);

test('a first visit fetches the first screen only; a part of the product arrives when she opens it', async () => {
  const { context, page, errors } = await barePage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(noteComplete);
  await page.goto(ctx.url);
  await shown(page);
  // What was asked for before the first screen was complete; the outbox's code (with settings)
  // follows at once, on purpose (src/platform/first_screen.rs).
  const first = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((r) => r.startTime <= window.okaeriComplete && r.name.endsWith('.wasm'))
    .map((r) => r.name.split('/').pop()));
  assert.ok(first.includes('okaeri_bg.wasm'), `the app itself: ${first}`);
  for (const part of PARTS) {
    assert.ok(!fetchedPart(first, part), `${part} is not part of the first visit: ${first}`);
  }
  // The embedded backend's code comes only when there is no backend to talk to: its files in
  // one pack, fetched ahead by index.html the moment the main file has arrived, none of them
  // on its own (build/wasm.mjs).
  const packs = requests.filter((u) => u.endsWith('/pack_embedded_backend.wasm'));
  assert.equal(packs.length, ctx.rest ? 0 : 1, `the embedded backend's pack: ${packs}`);
  if (!ctx.rest) {
    assert.ok(!first.some((f) => /^(chunk_\d+|split_embedded_backend)\.wasm$/.test(f)), `fetched from the pack: ${first}`);
  } else {
    assert.ok(!first.includes('split_embedded_backend.wasm'), `no embedded backend: ${first}`);
  }
  // And the REST transport's code only when there is a backend to talk to (src/api/rest.rs).
  assert.equal(fetchedPart(first, 'rest'), Boolean(ctx.rest), `the REST transport: ${first}`);

  await boardArrives(page, () => page.getByRole('link', { name: 'チャレンジ', exact: true }).click());
  noErrors(errors);
  await context.close();
});

test('a deep link opens its page on a first visit, its part fetched on the way in one pack', async () => {
  const { context, page, errors } = await barePage();
  const files = await boardArrives(page, () => page.goto(ctx.url + 'board'));
  // The board's dozens of files in one request (build/split-loader.mjs), none of them alone.
  assert.equal(files.filter((f) => f === 'pack_board.wasm').length, 1, `the board's pack, once: ${files}`);
  const app = fs.readdirSync(DIST).find((f) => f.startsWith('app-'));
  const board = chunkFiles(fs.readFileSync(path.join(DIST, app, '__wasm_split.js'), 'utf8'), 'board');
  assert.ok(board.length > 10, `the board's files: ${board}`);
  assert.deepEqual(files.filter((f) => board.includes(f)), [], 'none of the board\'s files alone');
  // Asked for as the app starts, before it is built (src/app/pages.rs, fetch_ahead), so it
  // downloads while the shell is drawn.
  const asked = await page.evaluate(() => ({
    pack: performance.getEntriesByType('resource').find((r) => r.name.endsWith('/pack_board.wasm'))?.startTime,
    interactive: performance.getEntriesByName('okaeri-interactive')[0]?.startTime,
  }));
  assert.ok(asked.pack < asked.interactive, `the board's pack was asked for before the app was built: ${JSON.stringify(asked)}`);
  noErrors(errors);
  await context.close();
});

test("a coordinator's list of workers comes with the worker pages, fetched for her first screen", async () => {
  const { context, page, errors } = await open(ctx, '', { role: 'coordinator', serviceWorkers: 'block' });
  await page.getByRole('heading', { level: 1, name: 'ワーカーのみなさん' }).waitFor();
  await shown(page);
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()));
  assert.ok(fetchedPart(fetched, 'profile'), `the list's part: ${fetched}`);
  assert.ok(await page.locator('.worker-item').count() > 0, 'her workers are listed');
  noErrors(errors);
  await context.close();
});

test('once the app has settled, every part is readied in the background', async () => {
  const { page, errors } = await openPage(ctx.browser);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(ctx.url);
  await shown(page);
  // The service worker is ready: the parts come from its cache, without her going anywhere.
  await page.waitForFunction(() => navigator.serviceWorker.ready.then(() => true));
  for (let i = 0; i < 100 && !PARTS.every((p) => fetchedPart(wasmFiles(requests), p)); i++) {
    await page.waitForTimeout(100);
  }
  for (const part of PARTS) {
    assert.ok(fetchedPart(wasmFiles(requests), part), `${part} readied: ${wasmFiles(requests)}`);
  }
  assert.equal(await heading(page), 'ようこそ、おかえりへ', 'she is still where she was');
  noErrors(errors);
});

test('the board is rehearsed off screen once settled: nothing shows, and no data of hers is requested for it', async () => {
  const { page, errors } = await openPage(ctx.browser);
  await page.goto(ctx.url);
  await shown(page);
  const api = [];
  // Her unread count is asked for once the app has settled too; that one is not the board's.
  page.on('request', (r) => { if (r.url().includes('/api/') && !r.url().includes('/notifications/count')) api.push(`${r.method()} ${r.url()}`); });
  const rehearsed = () => page.evaluate(() => performance.getEntriesByName('okaeri-board-rehearsed').length);
  for (let i = 0; i < 100 && !(await rehearsed()); i++) await page.waitForTimeout(100);
  assert.equal(await rehearsed(), 1, 'the board was rehearsed once');
  // Drawn into a detached element: no card, column or second heading reaches her page.
  assert.equal(await page.locator('.challenge-card, .column').count(), 0, 'nothing of the board is on her page');
  assert.equal(await heading(page), 'ようこそ、おかえりへ', 'she is still where she was');
  // Against a company backend the rehearsal makes its card up (the embedded default reads its
  // own list on the phone, which is no request).
  assert.deepEqual(api, [], 'no request for the rehearsal');
  noErrors(errors);
});

test('a page whose code cannot be fetched says so and comes with a retry', async () => {
  // No service worker: it would have cached every piece, which is the point of it.
  const { context, page, errors } = await barePage();
  // From the start: the outbox asks for the settings part as soon as the first screen is complete.
  let offline = true;
  // Its pack too: with no service worker the part is asked for in one (build/split-loader.mjs).
  await context.route(/(split|pack)_settings\.wasm$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(ctx.url);
  await shown(page);

  await page.getByRole('link', { name: '設定', exact: true }).click();
  const alert = page.locator('main [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /このページを読み込めませんでした/);
  // The shell still works: she can go elsewhere, or try again.
  assert.ok(await page.getByRole('link', { name: 'ホーム', exact: true }).isVisible());

  offline = false;
  await alert.getByRole('button', { name: 'もう一度試す' }).click();
  await page.getByRole('heading', { level: 1, name: '設定' }).waitFor();
  assert.equal(await heading(page), '設定');
  noErrors(errors, [/ERR_INTERNET_DISCONNECTED|Failed to load resource|failed to fetch|TypeError: Failed to fetch/i]);
  await context.close();
});

test("the service worker keeps the embedded backend's pack and the REST transport only where the app uses them", async () => {
  const { context, page, errors } = await open(ctx, '/');
  await shown(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  const cached = (await cachedUrls(page)).map((u) => u.split('/').pop());
  // Its files one by one, on either backend: what the chunk loader falls back to.
  assert.ok(cached.includes('split_embedded_backend.wasm'), `cached: ${cached}`);
  assert.equal(cached.includes('pack_embedded_backend.wasm'), !ctx.rest, `the pack, cached: ${cached}`);
  // A page's pack serves a first visit only: the worker keeps its files one by one.
  assert.ok(!cached.some((f) => f.startsWith('pack_') && f !== 'pack_embedded_backend.wasm'), `no page's pack cached: ${cached}`);
  assert.equal(cached.includes('split_rest.wasm'), Boolean(ctx.rest), `the REST transport, cached: ${cached}`);
  noErrors(errors);
  await context.close();
});
