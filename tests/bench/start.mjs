// Start-up under mobile conditions: first contentful paint and the moment the app is
// interactive (`performance.mark('okaeri-interactive')` when the app, built in stages, has
// replaced the boot shell: src/main.rs, src/app/start_stages.rs).
// For the static yardstick page "interactive" is when it is painted and parsed. For the app,
// "complete" is also recorded: its page shows its heading and nothing is loading any more (the
// page's own chunk and its data have arrived), which the static page is from its first paint.
// A cold start also counts what the browser transferred for the first screen: the encoded bytes
// (headers and compressed body, as the network log has them) of every request the page made
// before it was complete.
import { noteComplete } from '../e2e/browser.mjs';
import { MOBILE, throttle } from './throttle.mjs';

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
    const complete = watch ? await until(() => window.okaeriComplete) : interactive;
    return { fcp, interactive, complete };
  }, [isApp, complete]);
}

/** The network log of a page: each request's URL, protocol and encoded bytes once finished. */
function networkLog(cdp) {
  const requests = new Map();
  const entry = (id) => requests.get(id) ?? requests.set(id, { finished: false }).get(id);
  cdp.on('Network.requestWillBeSent', (e) => { entry(e.requestId).url = e.request.url; });
  cdp.on('Network.responseReceived', (e) => { entry(e.requestId).protocol = e.response.protocol; });
  cdp.on('Network.loadingFinished', (e) => Object.assign(entry(e.requestId), { finished: true, bytes: e.encodedDataLength }));
  cdp.on('Network.loadingFailed', (e) => Object.assign(entry(e.requestId), { finished: true, bytes: 0 }));
  return requests;
}

/**
 * What the page had transferred when it was complete: the requests its resource timing lists as
 * ended by then, and the page itself, summed from the network log (waiting for their entries).
 */
async function transferred(page, requests, complete) {
  const urls = await page.evaluate((until) => [location.href, ...performance.getEntriesByType('resource')
    .filter((r) => r.responseEnd > 0 && r.responseEnd <= until).map((r) => r.name)], complete);
  const wanted = new Set(urls);
  const logged = () => [...requests.values()].filter((r) => wanted.has(r.url));
  for (let tries = 0; logged().filter((r) => r.finished).length < wanted.size; tries++) {
    if (tries > 200) throw new Error(`the network log lacks some of ${urls.join(', ')}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const first = logged().filter((r) => r.finished);
  return {
    bytes: first.reduce((a, r) => a + r.bytes, 0),
    requests: first.length,
    protocols: [...new Set(first.map((r) => r.protocol))],
  };
}

/** A first visit: empty cache, no service worker yet. */
export async function coldStart(browser, url, { isApp, complete = isApp }) {
  const context = await browser.newContext(MOBILE);
  const page = await context.newPage();
  const cdp = await throttle(page);
  const requests = networkLog(cdp);
  if (complete) await page.addInitScript(noteComplete);
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  const result = await timings(page, isApp, complete);
  result.transfer = await transferred(page, requests, result.complete);
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
