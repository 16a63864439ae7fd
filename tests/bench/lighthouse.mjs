// Lighthouse scores for one URL, mobile preset (its default), in Debian's Chromium.
// Lighthouse lives in tests/bench/node_modules so the test install stays small.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM } from '../e2e/browser.mjs';
import { median } from './stats.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'interactive'];

/** `flags`: more Chromium flags (the benchmark's host's certificate). */
export async function lighthouseScores(url, runs, flags = []) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', ...flags],
  });
  const all = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
      all.push(lhr);
    }
  } finally {
    await chrome.kill();
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(all.map((l) => l.categories[c].score * 100))]));
  const metrics = Object.fromEntries(METRICS.map((m) => [m, median(all.map((l) => l.audits[m].numericValue))]));
  const failing = [...new Set(all.flatMap((l) => CATEGORIES.flatMap((c) => l.categories[c].auditRefs
    .filter((r) => r.weight > 0 && l.audits[r.id].score !== null && l.audits[r.id].score < 0.9)
    .map((r) => `${c}: ${r.id}`))))];
  return { scores, metrics, failing };
}
