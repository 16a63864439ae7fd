// The app arrives in pieces (src/platform/split.rs): a first visit fetches the shell and the first
// screen's code, each part of the product arrives when she opens it, and a piece that cannot be
// fetched is said kindly, with a retry that works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, shown, cachedUrls, noteComplete } from './browser.mjs';
import { useApp, noErrors, heading, open } from './fixture.mjs';

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
  assert.ok(wasmFiles(requests).includes('split_board.wasm'), `the board's code: ${wasmFiles(requests)}`);
}

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
    assert.ok(!first.includes(`split_${part}.wasm`), `${part} is not part of the first visit: ${first}`);
  }
  // The embedded backend's code comes only when there is no backend to talk to: its files in
  // one pack, fetched ahead by index.html the moment the main file has arrived, none of them
  // on its own (build/wasm.mjs).
  const packs = requests.filter((u) => u.endsWith('/embedded_backend_pack.wasm'));
  assert.equal(packs.length, ctx.rest ? 0 : 1, `the embedded backend's pack: ${packs}`);
  if (!ctx.rest) {
    assert.ok(!first.some((f) => /^(chunk_\d+|split_embedded_backend)\.wasm$/.test(f)), `fetched from the pack: ${first}`);
  } else {
    assert.ok(!first.includes('split_embedded_backend.wasm'), `no embedded backend: ${first}`);
  }
  // And the REST transport's code only when there is a backend to talk to (src/api/rest.rs).
  assert.equal(first.includes('split_rest.wasm'), Boolean(ctx.rest), `the REST transport: ${first}`);

  await boardArrives(page, () => page.getByRole('link', { name: 'チャレンジ', exact: true }).click());
  noErrors(errors);
  await context.close();
});

test('a deep link opens its page on a first visit, its part fetched on the way', async () => {
  const { context, page, errors } = await barePage();
  await boardArrives(page, () => page.goto(ctx.url + 'board'));
  noErrors(errors);
  await context.close();
});

test("a coordinator's list of workers comes with the worker pages, fetched for her first screen", async () => {
  const { context, page, errors } = await open(ctx, '', { role: 'coordinator', serviceWorkers: 'block' });
  await page.getByRole('heading', { level: 1, name: 'ワーカーのみなさん' }).waitFor();
  await shown(page);
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()));
  assert.ok(fetched.includes('split_profile.wasm'), `the list's part: ${fetched}`);
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
  for (let i = 0; i < 100 && !PARTS.every((p) => wasmFiles(requests).includes(`split_${p}.wasm`)); i++) {
    await page.waitForTimeout(100);
  }
  for (const part of PARTS) {
    assert.ok(wasmFiles(requests).includes(`split_${part}.wasm`), `${part} readied: ${wasmFiles(requests)}`);
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
  await context.route(/split_settings\.wasm$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
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
  assert.equal(cached.includes('embedded_backend_pack.wasm'), !ctx.rest, `the pack, cached: ${cached}`);
  assert.equal(cached.includes('split_rest.wasm'), Boolean(ctx.rest), `the REST transport, cached: ${cached}`);
  noErrors(errors);
  await context.close();
});
