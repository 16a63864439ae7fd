// Memory over a long session: every route visited 50 times by in-app navigation, JS heap
// (after a forced garbage collection) and WebAssembly linear memory, against after the first
// round. Linear memory never shrinks, so its growth is the high-water mark of the Rust heap.
// The rounds begin once the app has warmed up (every page's chunk readied and the board
// rehearsed in the background, `warm_up` in src/app/chunks.rs): that happens once, and
// measured from before it, its memory counted as growth of the session.
import { goInApp } from '../e2e/browser.mjs';
import { openAsRole } from './demo-page.mjs';

// Every route, as the role that may see it (the demo's role is chosen in localStorage).
export const ROUTES = {
  worker: ['', 'onboarding', 'profile', 'board', 'board/new', 'board/ch101', 'settings'],
  coordinator: ['', 'workers/w-kei', 'workers/w-kei/card', 'board', 'board/ch101', 'settings'],
};

async function sample(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__okaeriWasm?.memory?.buffer?.byteLength ?? 0);
  return { js: usedSize, wasm };
}

export async function memoryBench(browser, url, role, rounds = 50) {
  const routes = ROUTES[role];
  const { page, context, errors } = await openAsRole(browser, url, role);
  await page.waitForFunction(() => performance.getEntriesByName('okaeri-warmed-up').length > 0, null, { timeout: 60000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const base = new URL(url).pathname;
  const round = async () => { for (const route of routes) await goInApp(page, base + route, { timeout: 10000 }); };
  await round();
  const first = await sample(page, cdp);
  for (let i = 1; i < rounds; i++) await round();
  const last = await sample(page, cdp);
  await context.close();
  if (!first.wasm) throw new Error('could not read the WebAssembly memory');
  return { first, last, rounds, routes: routes.length, errors };
}
