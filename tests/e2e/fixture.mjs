// Shared set-up for the end-to-end files: the release build served with SPA fallback, one
// Chromium per file, and a helper that fails a test on any page or console error.
import { before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch, openPage, ready } from './browser.mjs';
import { startBackend } from './backend.mjs';
import { startContractProxy } from './contract-proxy.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = path.resolve(here, '../../dist');

/** Which backend this pass runs on: the embedded default, or the reference backend. */
export const BACKEND = process.env.OKAERI_BACKEND === 'rest' ? 'rest' : 'embedded';
export const TOKENS = { worker: 'demo-worker', coordinator: 'demo-coordinator' };
/** The app's own request timeout (DEFAULT_TIMEOUT_MS in src/api/config.rs); a test may shorten it. */
export const REQUEST_TIMEOUT_MS = 10000;

/**
 * Registers hooks; returns an object whose fields fill in once they ran. On the REST pass
 * every test gets a fresh reference backend, and `config.json` points the app at it with
 * the token of the current role (`ctx.token`).
 */
export function useApp(options = {}) {
  const ctx = { url: '', browser: null, backend: null, token: TOKENS.worker, timeoutMs: REQUEST_TIMEOUT_MS, rest: BACKEND === 'rest', configAnswer: null };
  const handler = async (req, res) => {
    if (!req.url.endsWith('/config.json')) return false;
    // A test may make config.json answer badly: { status, type, body, headers }.
    if (ctx.configAnswer) {
      const { status, type = 'text/html', body = '', headers = {} } = ctx.configAnswer;
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
      return true;
    }
    if (!ctx.rest) return false;
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ api_base: ctx.proxy.url, token: ctx.token, timeout_ms: ctx.timeoutMs }));
    return true;
  };
  before(async () => {
    assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'build the app first: trunk build --release');
    ctx.server = await serve({ root: DIST, handler, ...options });
    ctx.url = ctx.server.url;
    ctx.browser = await launch();
    // The app reaches the backend only through the validating proxy.
    if (ctx.rest) ctx.proxy = await startContractProxy(() => ctx.backend?.url);
  });
  beforeEach(async () => {
    ctx.token = TOKENS.worker;
    ctx.timeoutMs = REQUEST_TIMEOUT_MS;
    ctx.configAnswer = null;
    if (ctx.rest) ctx.backend = await startBackend();
    // Whatever Prism logged between tests belongs to the last one's teardown.
    ctx.proxy?.violations();
  });
  afterEach(async () => {
    // A test that failed early leaves its pages open; their timers must not reach the next test.
    for (const c of ctx.browser?.contexts() ?? []) await c.close().catch(() => {});
    // Let calls already on their way finish against the live backend and Prism report on
    // them, then judge them: every violation belongs to the test that caused it.
    await ctx.proxy?.quiet();
    const violations = ctx.proxy?.violations() ?? [];
    await ctx.backend?.stop();
    ctx.backend = null;
    assert.deepEqual(violations, [], `requests or responses outside public/openapi.yaml:\n${violations.join('\n')}`);
  });
  after(async () => {
    await ctx.proxy?.stop();
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}

/** Opens a fresh browser context (empty storage) at `route`, waits for the app. */
export async function open(ctx, route = '', options = {}) {
  const opened = await openPage(ctx.browser, options);
  if (options.role && ctx.rest) {
    ctx.token = TOKENS[options.role];
  } else if (options.role) {
    await opened.page.goto(ctx.url);
    await opened.page.evaluate((role) => localStorage.setItem('okaeri.demo.role', role), options.role);
  }
  await opened.page.goto(ctx.url + route.replace(/^\//, ''));
  await ready(opened.page);
  // On the REST pass the service worker takes the page over before a test begins, not in
  // the middle of it (clients.claim). Tests that answer API requests themselves block it
  // instead (`serviceWorkers: 'block'`): a request that passes through a service worker is
  // sometimes not seen by page.route, as Playwright's documentation warns (measured: the
  // worker's fetch handler ran and the route never did; the 401 and 503 tests each failed so
  // in a full run, and the 401 test 1 run in 4 while the worker was installed later).
  if (ctx.rest && options.serviceWorkers !== 'block') await controlled(opened.page);
  return opened;
}

/** Waits until the service worker controls the page (reloading it if it did not claim it). */
export async function controlled(page) {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await ready(page);
  }
}

/**
 * Fails on any page or console error. `allowed` lists patterns of expected ones: Chromium
 * logs every 4xx/5xx response a test provoked on purpose as a console error.
 */
export function noErrors(errors, allowed = []) {
  const left = errors.filter((e) => !allowed.some((re) => re.test(e)));
  assert.deepEqual(left, [], `page errors:\n${left.join('\n')}`);
}

export async function heading(page) {
  return (await page.locator('main h1').first().textContent())?.trim();
}

/** The demo worker ("you") registers with a name only, through the real onboarding UI. */
export async function onboardQuickly(page, url, name) {
  await sendOnboardingQuickly(page, url, name);
  await page.getByRole('heading', { name: '登録できました！' }).waitFor();
}

/** Onboarding with only a name, up to the tap on 登録 (without waiting for its answer). */
export async function sendOnboardingQuickly(page, url, name) {
  await page.goto(url + 'onboarding');
  await page.waitForSelector('#boot', { state: 'detached' });
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await page.getByLabel('表示名').fill(name);
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'あとで', exact: true }).click();
  await page.getByRole('button', { name: /登録/ }).click();
}

/**
 * Becomes `role`, then opens `route` (home by default): the 「デモの立場」 select on the
 * embedded default, another token in config.json on the REST pass.
 */
export async function switchRole(page, role, ctx, route = '') {
  if (ctx.rest) {
    ctx.token = TOKENS[role];
  } else {
    await page.getByLabel('デモの立場').selectOption(role);
    await page.waitForFunction((r) => localStorage.getItem('okaeri.demo.role') === r, role);
  }
  await page.goto(ctx.url + route);
  await page.waitForSelector('#boot', { state: 'detached' });
}
