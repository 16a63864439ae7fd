// What each page leaves on the Rust heap (a diagnosis, not a test): `make leaks`.
// Builds the app with `--features heap-count` (a counting allocator, function names kept) into
// target/heap-count, serves it beside the release build's other files, and for each route, as
// each demo role, goes back and forth N times between it and an address that matches no route:
// the live heap left per round trip. `nowhere-a ⇄ nowhere-b` shows what the switch between
// pages itself leaves (src/app/pages.rs): nothing. With `--stacks ROUTE` it also lists where the
// blocks still alive after those round trips were allocated, grouped by call stack.
//   node tests/bench/leaks.mjs [--stacks board/ch101] [--role coordinator]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { goInApp, launch } from '../e2e/browser.mjs';
import { openAsRole } from './demo-page.mjs';
import { serve } from '../e2e/server.mjs';
import { ROUTES } from './memory.mjs';

const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const stacksFor = arg('--stacks');
const onlyRole = arg('--role');
const ROUNDS = Number(process.env.LEAK_ROUNDS || 30);
const target = 'target/heap-count';
const out = path.join(target, 'dist');

function build() {
  // Its own target dir: other profile settings would rebuild the shared one's dependencies.
  execFileSync('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'okaeri', '--features', 'heap-count', '--target-dir', target],
    { stdio: 'inherit', env: { ...process.env, CARGO_PROFILE_RELEASE_STRIP: 'false' } });
  fs.rmSync(out, { recursive: true, force: true });
  fs.cpSync('dist', out, { recursive: true });
  // The counting build is not split: its module replaces the app's in the build's folder
  // (build/wasm.mjs), and the chunks it never asks for stay unused.
  const folder = fs.readdirSync(out).find((f) => f.startsWith('app-'));
  if (!folder) throw new Error('run `make build` first: dist/ has no app-* folder');
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', path.join(out, folder), '--out-name', 'okaeri',
    path.join(target, 'wasm32-unknown-unknown/release/okaeri.wasm')], { stdio: 'inherit' });
  // The release build's integrity hashes name the other files.
  const index = path.join(out, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace(/ integrity=("[^"]*"|[^ >]*)/g, ''));
}

// Every block handed out while tracking, with the call stack that asked for it.
function recordBlocks() {
  Error.stackTraceLimit = 60;
  window.__okaeriBlocks = new Map();
  globalThis.okaeriHeapAlloc = (at, size) => { window.__okaeriBlocks.set(at, [size, new Error().stack]); };
  globalThis.okaeriHeapFree = (at) => { window.__okaeriBlocks.delete(at); };
}

const heap = (page) => page.evaluate(() => ({ bytes: window.__okaeriWasm.okaeri_heap_bytes(), blocks: window.__okaeriWasm.okaeri_heap_blocks() }));

async function roundTrips(page, base, pair, n) {
  for (let i = 0; i < n; i++) for (const r of pair) await goInApp(page, base + r, { timeout: 20000 });
}

async function perRound(page, base, pair) {
  await roundTrips(page, base, pair, 5); // caches, lazily built tables, first-time growth
  const before = await heap(page);
  await roundTrips(page, base, pair, ROUNDS);
  const after = await heap(page);
  return { bytes: (after.bytes - before.bytes) / ROUNDS, blocks: (after.blocks - before.blocks) / ROUNDS };
}

// Call stacks of the blocks allocated during the round trips and still alive at the end.
async function stacks(page, base, pair) {
  await roundTrips(page, base, pair, 5);
  await page.evaluate(() => { window.__okaeriBlocks.clear(); window.__okaeriWasm.okaeri_heap_track(1); });
  const n = 8;
  await roundTrips(page, base, pair, n);
  return page.evaluate((n) => {
    window.__okaeriWasm.okaeri_heap_track(0);
    const noise = /heap_count|okaeriHeap|Arc<T>::new|__rust_alloc|__rdl|alloc::alloc|raw_vec|Error|dlmalloc|alloc::boxed|realloc|finish_grow|grow_one|reserve|::new_in|with_capacity|js_sys::futures|wasm_bindgen::convert|Pin<P>|with_observer|Owner::with\b|with_cleanup|untrack|IntoIter|Map<I,F>|extend_trusted|from_iter|call_once|alloc_impl|box_new/;
    const groups = new Map();
    for (const [size, stack] of window.__okaeriBlocks.values()) {
      const frames = stack.split('\n').slice(1).map((l) => l.trim().replace(/^at /, '').replace(/ \(.*$/, '').replace(/^.*\.wasm\./, '').replace(/::h[0-9a-f]{16}/g, ''))
        .filter((f) => !noise.test(f)).slice(0, 10);
      const key = frames.join('\n    < ');
      const g = groups.get(key) || { blocks: 0, bytes: 0 };
      g.blocks += 1; g.bytes += size;
      groups.set(key, g);
    }
    return [...groups].filter(([, g]) => g.blocks >= n).sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 12)
      .map(([key, g]) => `${(g.bytes / n).toFixed(0)} B in ${(g.blocks / n).toFixed(1)} blocks per round trip\n    ${key}`);
  }, n);
}

build();
const { url, close } = await serve({ root: out });
const base = new URL(url).pathname;
const browser = await launch();
try {
  console.log(`Rust heap left behind per round trip (${ROUNDS} rounds after 5 to warm up)\n`);
  console.log('| role | round trip | bytes | blocks |\n|---|---|---|---|');
  for (const role of onlyRole ? [onlyRole] : Object.keys(ROUTES)) {
    const { page, context } = await openAsRole(browser, url, role, recordBlocks);
    // What the app does once in the background (chunks readied, the board rehearsed) is not a
    // page's to answer for.
    await page.waitForFunction(() => performance.getEntriesByName('okaeri-warmed-up').length > 0, null, { timeout: 60000 });
    const floor = await perRound(page, base, ['nowhere-a', 'nowhere-b']);
    console.log(`| ${role} | nowhere-a ⇄ nowhere-b (the router's floor) | ${floor.bytes.toFixed(0)} | ${floor.blocks.toFixed(1)} |`);
    for (const route of stacksFor ? [stacksFor] : ROUTES[role]) {
      const r = await perRound(page, base, [route, 'nowhere']);
      console.log(`| ${role} | /${route} ⇄ nowhere | ${r.bytes.toFixed(0)} | ${r.blocks.toFixed(1)} |`);
    }
    if (stacksFor) {
      console.log(`\nStill alive after ${stacksFor} ⇄ nowhere, by where it was allocated:\n`);
      for (const s of await stacks(page, base, [stacksFor, 'nowhere'])) console.log(s + '\n');
    }
    await context.close();
  }
} finally {
  await browser.close();
  await close();
}
