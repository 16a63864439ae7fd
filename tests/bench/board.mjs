// The board with 100 and 1,000 cards in the embedded default, unthrottled: first render and a
// filter keystroke. "First render" runs from the tap on the board tab until every column shows
// its count and its first page of cards (20, `PAGE` in src/pages/board.rs; the rest behind 「もっと見る」). A keystroke runs
// from the input event until the narrowed list has been painted (two animation frames).
import { openPage, ready } from '../e2e/browser.mjs';
import { median } from './stats.mjs';

const SEEDED = 11; // cards in the demo data
const PAGE = 20; // cards a column shows before 「もっと見る」

async function measure(browser, url, cards) {
  const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  // Set the demo up on a page of the origin where the app does not run, so nothing races.
  await page.goto(url + 'bench-setup.txt');
  await page.evaluate((extra) => {
    localStorage.clear();
    localStorage.setItem('okaeri.demo.role', 'coordinator');
    localStorage.setItem('okaeri.embedded.extra_cards', String(extra));
  }, cards - SEEDED);
  await page.goto(url);
  await ready(page);
  // First render: from the tap on the board tab until every card is in the DOM.
  const first = await page.evaluate(async ([n, pageSize]) => {
    const link = [...document.querySelectorAll('nav a')].find((a) => a.getAttribute('href')?.endsWith('board'));
    const t0 = performance.now();
    link.click();
    await new Promise((resolve, reject) => {
      const give_up = t0 + 60000;
      // Every column's count is shown and its first page of cards is in the DOM.
      const done = () => {
        const columns = [...document.querySelectorAll('.column')];
        const counts = columns.map((c) => Number(c.querySelector('h2 .count')?.textContent || 0));
        const total = counts.reduce((a, b) => a + b, 0);
        const expected = counts.reduce((a, c) => a + Math.min(c, pageSize), 0);
        return total >= n && document.querySelectorAll('.challenge-card').length >= expected;
      };
      const check = () => {
        if (done()) resolve();
        else if (performance.now() > give_up) reject(new Error(`only ${document.querySelectorAll('.challenge-card').length} of ${n} cards`));
        else requestAnimationFrame(check);
      };
      check();
    });
    return performance.now() - t0;
  }, [cards, PAGE]);
  // A filter keystroke: from the input event until the narrowed list is painted.
  const keystrokes = [];
  for (const text of ['練', '練習', '練習課', 'x', '']) {
    keystrokes.push(await page.evaluate(async (value) => {
      const input = document.querySelector('#board-search');
      const before = document.querySelectorAll('.challenge-card').length;
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const after = document.querySelectorAll('.challenge-card').length;
      return { ms: performance.now() - t0, changed: before !== after || value === '練' };
    }, text));
  }
  await context.close();
  return { first, keystroke: median(keystrokes.map((k) => k.ms)) };
}

/** Medians over `runs` rounds, 100 and 1,000 cards measured side by side in each round. */
export async function boardBench(browser, url, runs) {
  const results = { 100: [], 1000: [] };
  for (let i = 0; i < runs; i++) {
    for (const n of [100, 1000]) results[n].push(await measure(browser, url, n));
  }
  const out = {};
  for (const n of [100, 1000]) {
    out[n] = {
      first: median(results[n].map((r) => r.first)),
      keystroke: median(results[n].map((r) => r.keystroke)),
    };
  }
  return out;
}
