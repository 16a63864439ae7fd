// Launching Debian's Chromium through playwright-core, and collecting every page and console
// error so that a test can assert there were none.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** `args`: more Chromium flags (the benchmark's host's certificate). */
export async function launch({ args = [] } = {}) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', ...args],
  });
}

/**
 * A fresh context (empty storage) and page; `errors` collects page errors and console errors.
 * `serviceWorkers: 'block'` for a page that fetches only what it asks for itself; `fixedTime` for
 * a page that must see one moment (inside or outside someone's hours).
 */
export async function openPage(browser, { viewport = { width: 375, height: 667 }, locale = 'ja-JP', timezoneId = 'Asia/Tokyo', colorScheme = 'light', serviceWorkers = 'allow', fixedTime = null } = {}) {
  const context = await browser.newContext({ viewport, locale, timezoneId, colorScheme, serviceWorkers });
  // The page's clock (Date) reads `fixedTime`; timers still run as they do.
  if (fixedTime) await context.clock.setFixedTime(fixedTime);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

/** Waits until the app has mounted (the boot shell is gone and a heading is shown). */
export async function ready(page) {
  await page.waitForSelector('#boot', { state: 'detached', timeout: 30000 });
  await page.waitForSelector('main h1', { timeout: 30000 });
}

/** Every URL in the page's Cache Storage, whichever cache holds it. */
export async function cachedUrls(page) {
  return page.evaluate(async () => {
    const urls = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) urls.push(request.url);
    }
    return urls;
  });
}

/**
 * An init script (`page.addInitScript(noteComplete)`): notes in `window.okaeriComplete` the
 * moment the first screen is complete, as the app reads it (src/platform/first_screen.rs): the
 * app shown, a heading in <main>, nothing there loading.
 */
export function noteComplete() {
  new MutationObserver(() => {
    if (window.okaeriComplete === undefined && !document.getElementById('boot')
      && document.querySelector('main h1') && !document.querySelector('main .loading')) {
      window.okaeriComplete = performance.now();
    }
  }).observe(document, { subtree: true, childList: true });
}

/** Waits until the page in <main> shows its heading and has nothing left loading. */
export async function shown(page, { timeout = 30000 } = {}) {
  await page.waitForFunction(() => document.querySelector('main h1') && !document.querySelector('main .loading'), null, { timeout });
}

/**
 * Goes to `path` the way an in-app link does (history + popstate, no reload), then waits until
 * that page is shown; a page that never shows its heading fails with what <main> says instead.
 */
export async function goInApp(page, path, options) {
  await page.evaluate((p) => {
    history.pushState({}, '', p);
    window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
  }, path);
  await shown(page, options).catch(async () => {
    throw new Error(`${path} did not show its heading: ${await page.locator('main').innerText().catch(() => '?')}`);
  });
}
