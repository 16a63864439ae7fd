// Shared set-up for the end-to-end files: the release build served with SPA fallback, one
// Chromium per file, and a helper that fails a test on any page or console error.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch, openPage, ready } from './browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = path.resolve(here, '../../dist');

/** Registers before/after hooks; returns an object whose fields fill in once they ran. */
export function useApp(options = {}) {
  const ctx = { url: '', browser: null };
  before(async () => {
    assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'build the app first: trunk build --release');
    ctx.server = await serve({ root: DIST, ...options });
    ctx.url = ctx.server.url;
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}

/** Opens a fresh browser context (empty storage) at `route`, waits for the app. */
export async function open(ctx, route = '', options = {}) {
  const opened = await openPage(ctx.browser, options);
  if (options.role) {
    await opened.page.goto(ctx.url);
    await opened.page.evaluate((role) => localStorage.setItem('okaeri.demo.role', role), options.role);
  }
  await opened.page.goto(ctx.url + route.replace(/^\//, ''));
  await ready(opened.page);
  return opened;
}

export function noErrors(errors) {
  assert.deepEqual(errors, [], `page errors:\n${errors.join('\n')}`);
}

export async function heading(page) {
  return (await page.locator('main h1').first().textContent())?.trim();
}

/** The demo worker ("you") registers with a name only, through the real onboarding UI. */
export async function onboardQuickly(page, url, name) {
  await page.goto(url + 'onboarding');
  await page.waitForSelector('#boot', { state: 'detached' });
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await page.getByLabel('表示名').fill(name);
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'あとで', exact: true }).click();
  await page.getByRole('button', { name: /登録/ }).click();
  await page.getByRole('heading', { name: '登録できました！' }).waitFor();
}

/** Switches 「デモの立場」, then opens `route` (home by default) as that role. */
export async function switchRole(page, role, url, route = '') {
  await page.getByLabel('デモの立場').selectOption(role);
  await page.waitForFunction((r) => localStorage.getItem('okaeri.demo.role') === r, role);
  await page.goto(url + route);
  await page.waitForSelector('#boot', { state: 'detached' });
}
