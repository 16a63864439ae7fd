// Okaeri performance benchmark (not a test): `make bench` builds the release bundle and runs
// this. Every figure is a median of several runs; the app and its static yardstick are measured
// side by side in each round, so the ratios hold on a shared, noisy machine.
//   node tests/bench/run.mjs [dist] [runs] [floor dist]   (BENCH_LIGHTHOUSE_RUNS, default 3)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { bundleSizes, kb } from '../../build/size.mjs';
import { boardBench } from './board.mjs';
import { coldStart, warmStart } from './start.mjs';
import { memoryBench } from './memory.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { writeStaticPage } from './static-page.mjs';
import { CONDITIONS } from './throttle.mjs';
import { median } from './stats.mjs';

const dist = process.argv[2] || 'dist';
const runs = Number(process.argv[3] || 5);
const floorDist = process.argv[4] || 'target/dist-floor';
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 3);
const log = (...a) => console.error('·', ...a);

const rows = [];
const row = (figure, value, budget = '', pass = null) => rows.push({ figure, value, budget, pass });
const ms = (n) => `${Math.round(n)} ms`;
const x = (n) => `${n.toFixed(2)}×`;

// 1. What a first visit downloads: on the embedded default (what is measured below) the app,
// its first screen and the embedded backend's chunks; against a company's backend the same but
// the REST transport's chunk instead of the backend's. The other chunks are fetched after the
// first screen is drawn.
const sizes = bundleSizes(dist);
const onFirstVisit = (r) => r.firstLoad || r.backend;
for (const kind of ['html', 'js', 'wasm', 'css']) {
  const files = sizes.filter((r) => onFirstVisit(r) && r.name.endsWith(`.${kind}`));
  const sum = (k) => files.reduce((a, r) => a + r[k], 0);
  row(`first load: ${kind} (raw / gzip / brotli)`, `${kb(sum('raw'))} / ${kb(sum('gzip'))} / ${kb(sum('brotli'))} KB`);
}
const firstLoad = sizes.filter(onFirstVisit).reduce((a, r) => a + r.brotli, 0);
row('first load, total brotli (embedded default)', `${kb(firstLoad)} KB`, '≤ 200 KB', firstLoad <= 200 * 1024);
const onFirstVisitRest = (r) => r.firstLoad || r.rest;
const firstLoadRest = sizes.filter(onFirstVisitRest).reduce((a, r) => a + r.brotli, 0);
row('first load, total brotli (a company backend: the REST transport, no embedded backend)', `${kb(firstLoadRest)} KB`, '≤ 200 KB', firstLoadRest <= 200 * 1024);
const afterStart = sizes.filter((r) => !onFirstVisit(r) && r.afterStart).reduce((a, r) => a + r.brotli, 0);
row('settings with the outbox\'s sending code and the sign-in dialog, brotli', `${kb(afterStart)} KB, fetched on every visit 1.5 s after the app has started (after the first screen)`);
row('first load and that part together (company backend / embedded default), brotli',
  `${kb(firstLoadRest + afterStart)} / ${kb(firstLoad + afterStart)} KB`);
const later = sizes.filter((r) => !onFirstVisit(r) && !r.rest && !r.afterStart && !r.inPack && r.name.endsWith('.wasm')).reduce((a, r) => a + r.brotli, 0);
row('the other chunks (board and the outbox list, profile and the coordinator\'s list, onboarding, the embedded backend\'s stored data and writes), brotli',
  `${kb(later)} KB, fetched when she opens a page or once the app has settled`);
// The framework floor (tests/bench/floor): two routes, a text field and a JSON list in the same
// stack, built the same way. What any app in this stack downloads before its own code.
const floorSizes = bundleSizes(floorDist);
const floorLoad = floorSizes.filter((r) => r.firstLoad).reduce((a, r) => a + r.brotli, 0);
row('framework floor (two-route Leptos 0.8 app, same build): first load, total brotli',
  `${kb(floorLoad)} KB (${Math.round((100 * floorLoad) / (200 * 1024))} % of the budget)`);

// The build and its static yardsticks, served compressed like any real host.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'okaeri-bench-'));
fs.cpSync(dist, root, { recursive: true });
fs.cpSync(floorDist, path.join(root, 'floor'), { recursive: true });
const server = await serve({ root, compress: true });
const browser = await launch();
try {
  const screens = [['/', '', 'static-home.html'], ['/board', 'board', 'static-board.html']];
  for (const [, route, file] of screens) await writeStaticPage(browser, server.url, route, root, file);
  // Fills the server's compression cache for the floor too, as loading the app did above.
  await coldStart(browser, `${server.url}floor/`, { isApp: true, complete: false });

  // 2. Cold start, app and static page alternating within each round.
  const cold = Object.fromEntries(screens.map(([name]) => [name, { app: [], page: [] }]));
  const floorCold = [];
  for (let i = 0; i < runs; i++) {
    log(`cold start, round ${i + 1} of ${runs}`);
    for (const [name, route, file] of screens) {
      cold[name].app.push(await coldStart(browser, server.url + route, { isApp: true }));
      cold[name].page.push(await coldStart(browser, server.url + file, { isApp: false }));
    }
    floorCold.push(await coldStart(browser, `${server.url}floor/`, { isApp: true, complete: false }));
  }
  const conditions = `${CONDITIONS.cpu}× CPU, ${CONDITIONS.downKbps / 1024} Mbps, ${CONDITIONS.rttMs} ms RTT`;
  for (const [name] of screens) {
    const pick = (list, k) => median(list.map((t) => t[k]));
    const { app, page } = cold[name];
    const fcp = pick(app, 'fcp') / pick(page, 'fcp');
    const ready = pick(app, 'interactive') / pick(page, 'interactive');
    row(`cold start ${name}: first contentful paint (${conditions})`, `${ms(pick(app, 'fcp'))}, static page ${ms(pick(page, 'fcp'))} = ${x(fcp)}`, '≤ 1.2× static', fcp <= 1.2);
    row(`cold start ${name}: interactive`, `${ms(pick(app, 'interactive'))}, static page ${ms(pick(page, 'interactive'))} = ${x(ready)}`, '≤ 2.5× static', ready <= 2.5);
    row(`cold start ${name}: first screen complete (its chunk and data arrived, nothing loading)`,
      `${ms(pick(app, 'complete'))} = ${x(pick(app, 'complete') / pick(page, 'interactive'))} the static page`);
  }
  const homeStatic = median(cold['/'].page.map((t) => t.interactive));
  const floorReady = median(floorCold.map((t) => t.interactive));
  row('cold start, framework floor: interactive',
    `${ms(floorReady)} = ${x(floorReady / homeStatic)} the static page of /`);

  // 3. Warm start from the service worker's cache.
  const warm = [];
  for (let i = 0; i < runs; i++) {
    log(`warm start, round ${i + 1} of ${runs}`);
    warm.push(await warmStart(browser, server.url));
  }
  if (!warm.every((w) => w.controlled)) throw new Error('the warm start was not served by the service worker');
  row('warm start /: interactive (service worker cache, same conditions)', ms(median(warm.map((w) => w.interactive))));

  // 4. The board, unthrottled.
  log('board with 100 and 1,000 cards');
  const board = await boardBench(browser, server.url, runs);
  row('board, 100 cards: first render', ms(board[100].first));
  const keys = (b) => `${ms(b.keystroke)} (worst of five ${ms(b.worst)})`;
  row('board, 100 cards: filter keystroke, input to laid out', keys(board[100]));
  row('board, 1,000 cards: first render', ms(board[1000].first), '≤ 100 ms', board[1000].first <= 100);
  row('board, 1,000 cards: filter keystroke, input to laid out', keys(board[1000]), '≤ 16 ms', board[1000].keystroke <= 16);
  row('board, 1,000 cards: filter keystroke, input to next paint', `${ms(board[1000].painted)} (a keystroke that does nothing: ${ms(board[1000].floor)})`);

  // 5. Memory over 50 rounds of every route.
  for (const role of ['worker', 'coordinator']) {
    log(`memory, 50 rounds of every route (${role})`);
    const mem = await memoryBench(browser, server.url, role, 50);
    for (const [k, label] of [['js', 'JS heap'], ['wasm', 'WebAssembly memory']]) {
      const growth = mem.last[k] / mem.first[k] - 1;
      row(`memory, ${role} (${mem.routes} routes): ${label}, round 1 → round 50`,
        `${kb(mem.first[k])} → ${kb(mem.last[k])} KB (${(growth * 100).toFixed(1)} %)`, '≤ 10 % growth', growth <= 0.1);
    }
  }
} finally {
  await browser.close();
}

// 6. Lighthouse, mobile preset, on the same server.
log(`lighthouse, ${lighthouseRuns} runs`);
const lh = await lighthouseScores(server.url, lighthouseRuns);
const lhFloor = await lighthouseScores(`${server.url}floor/`, lighthouseRuns);
await server.close();
fs.rmSync(root, { recursive: true, force: true });
row('Lighthouse / performance (mobile)', String(Math.round(lh.scores.performance)), '≥ 95', lh.scores.performance >= 95);
row('Lighthouse / performance (mobile), framework floor',
  `${Math.round(lhFloor.scores.performance)} (LCP ${ms(lhFloor.metrics['largest-contentful-paint'])}, TBT ${ms(lhFloor.metrics['total-blocking-time'])})`);
row('Lighthouse / accessibility', String(Math.round(lh.scores.accessibility)));
row('Lighthouse / best practices', String(Math.round(lh.scores['best-practices'])));
row('Lighthouse / metrics (FCP, LCP, TBT, SI, TTI)',
  ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'interactive']
    .map((m) => ms(lh.metrics[m])).join(', '));

// The table, in Markdown, ready for README.
const verdict = (p) => (p === null ? '' : p ? 'pass' : '**miss**');
console.log(`\nOkaeri benchmark, ${new Date().toISOString().slice(0, 10)}, medians of ${runs} runs (Lighthouse: ${lighthouseRuns}), ${os.cpus().length} CPUs\n`);
console.log('| figure | measured | budget | |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.figure} | ${r.value} | ${r.budget} | ${verdict(r.pass)} |`);
if (lh.failing.length) console.log(`\nLighthouse audits below 0.9: ${lh.failing.join(', ')}`);
const missed = rows.filter((r) => r.pass === false).length;
console.log(missed ? `\n${missed} budget(s) missed.` : '\nEvery budget met.');
