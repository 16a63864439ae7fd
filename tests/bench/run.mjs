// Okaeri performance benchmark (not a test): `make bench` builds the release bundle and runs
// this. The build is served as real hosts serve it (tests/bench/host.mjs: HTTP/2 with TLS,
// compressed by content type). Every figure is a median of several runs; the app, its static
// yardstick and the framework floor are measured side by side in each round, and a ratio is the
// median of the rounds' own, so it holds on a shared, noisy machine. Each budget is printed as
// pass or miss beside its figure.
//   node tests/bench/run.mjs [dist] [runs] [floor dist]   (BENCH_LIGHTHOUSE_RUNS, default 3;
//   BENCH_ROUNDS_FILE=path writes each round's cold starts there as JSON)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch } from '../e2e/browser.mjs';
import { startBackend } from '../e2e/backend.mjs';
import { kb } from '../../build/size.mjs';
import { boardBench } from './board.mjs';
import { companyBackend } from './company.mjs';
import { host, makeCertificate, trustArgs } from './host.mjs';
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
const pick = (list, k) => median(list.map((t) => (typeof k === 'function' ? k(t) : t[k])));

// The build, its framework floor (tests/bench/floor) under /floor/, and the static yardsticks.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'okaeri-bench-'));
fs.cpSync(dist, root, { recursive: true });
fs.cpSync(floorDist, path.join(root, 'floor'), { recursive: true });
const tls = makeCertificate();
const served = await host({ root, tls });
// The same build against a company's backend: the reference backend behind the same host.
const backend = await startBackend();
const company = await host({ root, tls, handler: companyBackend(backend.url) });
const url = served.http2.url;
const browser = await launch({ args: trustArgs(tls) });
let lighthouse;
try {
  const screens = [['/', '', 'static-home.html'], ['/board', 'board', 'static-board.html']];
  for (const [, route, file] of screens) await writeStaticPage(browser, url, route, root, file);
  // Fills the host's compression cache (as a host that precompresses has it), for every page.
  for (const u of [url, `${url}board`, `${url}floor/`, company.http2.url, served.http1.url]) {
    await coldStart(browser, u, { isApp: true, complete: !u.endsWith('floor/') });
  }

  // 1. Cold start, everything measured alternating within each round.
  const cold = Object.fromEntries(screens.map(([name]) => [name, { app: [], page: [] }]));
  const floor = [];
  const companyHome = [];
  const http1 = [];
  for (let i = 0; i < runs; i++) {
    log(`cold start, round ${i + 1} of ${runs}`);
    for (const [name, route, file] of screens) {
      cold[name].app.push(await coldStart(browser, url + route, { isApp: true }));
      cold[name].page.push(await coldStart(browser, url + file, { isApp: false }));
    }
    floor.push(await coldStart(browser, `${url}floor/`, { isApp: true, complete: false }));
    companyHome.push(await coldStart(browser, company.http2.url, { isApp: true }));
    http1.push(await coldStart(browser, served.http1.url, { isApp: true }));
  }
  // Each round's cold starts, for a closer look (BENCH_ROUNDS_FILE=path).
  if (process.env.BENCH_ROUNDS_FILE) {
    const times = (list) => list.map(({ fcp, interactive, complete }) => ({ fcp, interactive, complete }));
    fs.writeFileSync(process.env.BENCH_ROUNDS_FILE, JSON.stringify({
      floor: times(floor),
      ...Object.fromEntries(screens.flatMap(([name]) => [[`app ${name}`, times(cold[name].app)], [`static ${name}`, times(cold[name].page)]])),
    }, null, 1));
  }
  for (const [label, list, want] of [['HTTP/2', [...cold['/'].app, ...cold['/board'].app, ...floor, ...companyHome], 'h2'], ['HTTP/1.1', http1, 'http/1.1']]) {
    const seen = [...new Set(list.flatMap((t) => t.transfer.protocols))];
    if (seen.length !== 1 || seen[0] !== want) throw new Error(`the ${label} rows were served over ${seen.join(', ')}`);
  }
  const conditions = `${CONDITIONS.cpu}× CPU, ${CONDITIONS.downKbps / 1024} Mbps, ${CONDITIONS.rttMs} ms RTT, HTTP/2`;
  const bytes = (list) => pick(list, (t) => t.transfer.bytes);
  const requests = (list) => pick(list, (t) => t.transfer.requests);
  const firstScreen = bytes(cold['/'].app);
  row('first screen of / transferred, embedded default (network log, encoded bytes)',
    `${kb(firstScreen)} KB in ${requests(cold['/'].app)} requests`, '≤ 200 KB', firstScreen <= 200 * 1024);
  const companyScreen = bytes(companyHome);
  row('first screen of / transferred, a company backend',
    `${kb(companyScreen)} KB in ${requests(companyHome)} requests`, '≤ 200 KB', companyScreen <= 200 * 1024);
  row('first screen of /board transferred, embedded default', `${kb(bytes(cold['/board'].app))} KB in ${requests(cold['/board'].app)} requests`);
  row('framework floor (two-route Leptos 0.8 app, same build): transferred until interactive', `${kb(bytes(floor))} KB`);

  // A ratio is the median of each round's own (the app against what was measured beside it in
  // that round), so a slow spell of the shared machine weighs on both sides of each ratio.
  const paired = (list, k, against, k2) => {
    const each = list.map((t, i) => t[k] / against[i][k2]);
    return { ratio: median(each), range: `${x(Math.min(...each))}–${x(Math.max(...each))}` };
  };
  const floorReady = pick(floor, 'interactive');
  for (const [name] of screens) {
    const { app, page } = cold[name];
    const staticReady = pick(page, 'interactive');
    const fcp = paired(app, 'fcp', page, 'fcp');
    row(`cold start ${name}: first contentful paint (${conditions})`,
      `${ms(pick(app, 'fcp'))}, static page ${ms(pick(page, 'fcp'))} = ${x(fcp.ratio)}`);
    const ready = paired(app, 'interactive', floor, 'interactive');
    const readyStatic = paired(app, 'interactive', page, 'interactive');
    row(`cold start ${name}: interactive`,
      `${ms(pick(app, 'interactive'))} = ${x(ready.ratio)} the framework floor (${ms(floorReady)}; rounds ${ready.range}), ${x(readyStatic.ratio)} the static page (${ms(staticReady)})`,
      '≤ 1.1× floor', ready.ratio <= 1.1);
    const complete = paired(app, 'complete', page, 'interactive');
    row(`cold start ${name}: first screen complete (its chunk and data arrived, nothing loading)`,
      `${ms(pick(app, 'complete'))} = ${x(complete.ratio)} the static page (rounds ${complete.range})`,
      name === '/board' ? '≤ 3.0× static' : '', name === '/board' ? complete.ratio <= 3 : null);
  }
  row('cold start / against a company backend: interactive, complete',
    `${ms(pick(companyHome, 'interactive'))}, ${ms(pick(companyHome, 'complete'))}`);
  row('cold start / over HTTP/1.1 (TLS), for comparison: interactive, complete, transferred',
    `${ms(pick(http1, 'interactive'))}, ${ms(pick(http1, 'complete'))}, ${kb(bytes(http1))} KB`);

  // 2. Warm start from the service worker's cache.
  const warm = [];
  for (let i = 0; i < runs; i++) {
    log(`warm start, round ${i + 1} of ${runs}`);
    warm.push(await warmStart(browser, url));
  }
  if (!warm.every((w) => w.controlled)) throw new Error('the warm start was not served by the service worker');
  row('warm start /: interactive (service worker cache, same conditions)', ms(median(warm.map((w) => w.interactive))));

  // 3. The board, unthrottled.
  log('board with 100 and 1,000 cards');
  const board = await boardBench(browser, url, runs);
  row('board, 100 cards: first render', ms(board[100].first));
  const keys = (b) => `${ms(b.keystroke)} (worst of five ${ms(b.worst)})`;
  row('board, 100 cards: filter keystroke, input to laid out', keys(board[100]));
  row('board, 1,000 cards: first render', ms(board[1000].first), '≤ 50 ms', board[1000].first <= 50);
  row('board, 1,000 cards: filter keystroke, input to laid out', keys(board[1000]), '≤ 8 ms', board[1000].keystroke <= 8);
  row('board, 1,000 cards: filter keystroke, input to next paint', `${ms(board[1000].painted)} (a keystroke that does nothing: ${ms(board[1000].floor)})`);

  // 4. Memory over 50 rounds of every route.
  for (const role of ['worker', 'coordinator']) {
    log(`memory, 50 rounds of every route (${role})`);
    const mem = await memoryBench(browser, url, role, 50);
    for (const [k, label] of [['js', 'JS heap'], ['wasm', 'WebAssembly memory']]) {
      const growth = mem.last[k] / mem.first[k] - 1;
      row(`memory, ${role} (${mem.routes} routes): ${label}, round 1 → round 50`,
        `${kb(mem.first[k])} → ${kb(mem.last[k])} KB (${(growth * 100).toFixed(1)} %)`, '≤ 5 % growth', growth <= 0.05);
    }
  }

  // 5. Lighthouse, mobile preset, on the same host.
  log(`lighthouse, ${lighthouseRuns} runs of each page`);
  lighthouse = {
    home: await lighthouseScores(url, lighthouseRuns, trustArgs(tls)),
    board: await lighthouseScores(`${url}board`, lighthouseRuns, trustArgs(tls)),
    floor: await lighthouseScores(`${url}floor/`, lighthouseRuns, trustArgs(tls)),
  };
} finally {
  await browser.close();
  await Promise.all([served.close(), company.close(), backend.stop()]);
  fs.rmSync(root, { recursive: true, force: true });
}

const lhRow = (name, lh, budget, pass) => row(`Lighthouse ${name} performance (mobile)`,
  `${Math.round(lh.scores.performance)} (FCP, LCP, TBT, SI: ${['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index']
    .map((m) => ms(lh.metrics[m])).join(', ')})`, budget, pass);
lhRow('/', lighthouse.home, '100', Math.round(lighthouse.home.scores.performance) >= 100);
lhRow('/board', lighthouse.board, '≥ 98', Math.round(lighthouse.board.scores.performance) >= 98);
lhRow('framework floor', lighthouse.floor);
row('Lighthouse / accessibility, best practices',
  `${Math.round(lighthouse.home.scores.accessibility)}, ${Math.round(lighthouse.home.scores['best-practices'])}`);

// The table, in Markdown, ready for README.
const verdict = (p) => (p === null ? '' : p ? 'pass' : '**miss**');
console.log(`\nOkaeri benchmark, ${new Date().toISOString().slice(0, 10)}: \`make bench\`, medians of ${runs} runs (Lighthouse: ${lighthouseRuns}), ${os.cpus().length} CPUs\n`);
console.log('| figure | measured | budget | |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.figure} | ${r.value} | ${r.budget} | ${verdict(r.pass)} |`);
const failing = Object.entries(lighthouse).flatMap(([page, l]) => l.failing.map((f) => `${page}: ${f}`));
if (failing.length) console.log(`\nLighthouse audits below 0.9: ${failing.join(', ')}`);
const missed = rows.filter((r) => r.pass === false).length;
console.log(missed ? `\n${missed} budget(s) missed.` : '\nEvery budget met.');
