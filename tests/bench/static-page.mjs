// The yardstick for start-up: the app's first screen saved as a plain HTML page (same markup,
// same stylesheet, no scripts), served by the same server. No app can paint or be ready sooner
// than this page does on the same connection.
import fs from 'node:fs';
import path from 'node:path';
import { openPage, ready, shown } from '../e2e/browser.mjs';
import { MOBILE } from './throttle.mjs';

/** Renders `route` in the app and writes what it shows to `dir/file`. */
export async function writeStaticPage(browser, url, route, dir, file) {
  const { page, context } = await openPage(browser, MOBILE);
  await page.goto(url + route);
  await ready(page);
  await shown(page);
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    doc.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"], link[rel="manifest"]')
      .forEach((el) => el.remove());
    return `<!doctype html>\n${doc.outerHTML}`;
  });
  await context.close();
  fs.writeFileSync(path.join(dir, file), html);
}
