// Start-up under mobile conditions: first contentful paint and the moment the app is
// interactive (`performance.mark('okaeri-interactive')` when the app, built in stages, has
// replaced the boot shell: src/main.rs, src/app/start_stages.rs).
// For the static yardstick page "interactive" is when it is painted and parsed. For the app,
// "complete" is also recorded: its page shows its heading and nothing is loading any more (the
// page's own chunk and its data have arrived), which the static page is from its first paint.
import { MOBILE, throttle } from './throttle.mjs';

function watchComplete() {
  new MutationObserver(() => {
    if (window.__okaeriComplete === undefined && !document.getElementById('boot')
      && document.querySelector('main h1') && !document.querySelector('main .loading')) {
      window.__okaeriComplete = performance.now();
    }
  }).observe(document, { subtree: true, childList: true });
}

async function timings(page, isApp, complete = isApp) {
  return page.evaluate(async ([app, watch]) => {
    const until = (read) => new Promise((resolve) => {
      const poll = () => { const v = read(); if (v !== undefined) resolve(v); else setTimeout(poll, 25); };
      poll();
    });
    const fcp = await until(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
    const interactive = app
      ? await until(() => performance.getEntriesByName('okaeri-interactive')[0]?.startTime)
      : Math.max(fcp, performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd);
    const complete = watch ? await until(() => window.__okaeriComplete) : interactive;
    return { fcp, interactive, complete };
  }, [isApp, complete]);
}

/** A first visit: empty cache, no service worker yet. */
export async function coldStart(browser, url, { isApp, complete = isApp }) {
  const context = await browser.newContext(MOBILE);
  const page = await context.newPage();
  await throttle(page);
  if (complete) await page.addInitScript(watchComplete);
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  const result = await timings(page, isApp, complete);
  await context.close();
  return result;
}

/** A later visit: the service worker installed on the first visit answers from its cache. */
export async function warmStart(browser, url) {
  const context = await browser.newContext(MOBILE);
  const first = await context.newPage();
  await first.goto(url, { waitUntil: 'load', timeout: 120000 });
  await timings(first, true, false);
  // `ready` resolves once the worker is active, i.e. after its install filled the cache.
  await first.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await first.close();
  const page = await context.newPage();
  await throttle(page);
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  const result = await timings(page, true, false);
  result.controlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
  await context.close();
  return result;
}
