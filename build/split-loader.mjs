// The chunk loader wasm-split writes (`__wasm_split.js`), read and patched: which files each
// split needs (`chunkFiles`, also for build/size.mjs), the embedded backend's files packed
// into one with the loader's fetches routed through it (`packAndRouteFetches`), and a failed
// load left to the app to tell (`leaveFailuresToTheApp`). Written for the loader of
// wasm_split_cli_support 0.2.4 (build/versions.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { assume } from './versions.mjs';
import { leb, name as wasmName } from './wasm-boundary.mjs';

// The embedded backend's files in one (see `packAndRouteFetches`).
export const PACK = 'embedded_backend_pack.wasm';

/**
 * A WebAssembly module with no code whose custom sections are `files`, in order: a file that is
 * what its name says (`application/wasm`, which every host that compresses by content type
 * compresses; a host leaves `application/octet-stream` as it is). Returns the module and each
 * file's [offset, length] in it.
 */
export function customSections(files) {
  const parts = [Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00])];
  const index = {};
  let at = parts[0].length;
  for (const [name, bytes] of files) {
    const head = wasmName(name);
    const section = Buffer.concat([Buffer.from([0]), leb(head.length + bytes.length), head]);
    at += section.length;
    index[name] = [at, bytes.length];
    parts.push(section, bytes);
    at += bytes.length;
  }
  return { module: Buffer.concat(parts), index };
}

/**
 * The embedded backend's files as one, `PACK`: on the embedded default index.html fetches it
 * once the main file has arrived, and the chunk loader takes each of those files from it. One
 * request instead of one per file: on a slow phone line its twenty small files took several
 * round trips. Elsewhere (a company
 * backend, whose pages share some of these files), or if the pack fails, the loader fetches
 * each file on its own, as before.
 *
 * Every other chunk file is fetched in a task of its own. A part asks for its dozen files at
 * once, and once the service worker controls the page each `fetch()` call costs the main
 * thread a few milliseconds: asked for together, they made one long task, most of
 * Lighthouse's blocking time. Each call waits for the next task (a message, which background
 * tabs do not slow down as they do timers).
 */
export function packAndRouteFetches(dir) {
  assume('wasm-split-cli', 'build/split-loader.mjs');
  const loaderFile = path.join(dir, '__wasm_split.js');
  if (!fs.existsSync(loaderFile)) return;
  const loader = fs.readFileSync(loaderFile, 'utf8');
  const files = chunkFiles(loader, 'embedded_backend');
  const { module, index } = customSections(files.map((f) => [f, fs.readFileSync(path.join(dir, f))]));
  if (files.length > 0) fs.writeFileSync(path.join(dir, PACK), module);
  const patched = loader.replace(/\bfetch\(new URL\(/g, 'fetchPart(new URL(');
  if (patched === loader) throw new Error('__wasm_split.js: no chunk fetch to route through the pack');
  const fetchPart = `const PACKED = ${JSON.stringify(index)};
/** A chunk: from the embedded backend's pack when index.html has fetched it (build/split-loader.mjs). */
function fetchPart(url) {
  const at = PACKED[url.pathname.slice(url.pathname.lastIndexOf("/") + 1)];
  const pack = globalThis.okaeriPack;
  if (!at || !pack) return fetchAlone(url);
  return pack.then(
    (b) => new Response(b.slice(at[0], at[0] + at[1]), { headers: { "content-type": "application/wasm" } }),
    () => fetchAlone(url));
}
/** One file, fetched in a task of its own (see build/split-loader.mjs). */
function fetchAlone(url) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(fetch(url));
    };
    channel.port2.postMessage(null);
  });
}
`;
  fs.writeFileSync(loaderFile, fetchPart + leaveFailuresToTheApp(patched));
}

/**
 * The loader logs every failed load with `console.error` before it tells the app, which then
 * shows her a kind sentence and a retry (src/app/chunks.rs) or, for a background warm-up,
 * tries again when the page is opened. So the log only ever reported loads cut short by a
 * reload or a lost connection, as errors: in Firefox about half the reloads during the
 * warm-up. The failure still reaches the app; only the log goes.
 */
export function leaveFailuresToTheApp(loader) {
  const logged = /(catch\s*\(\s*(\w+)\s*\)\s*\{)\s*console\.error\(\2\);/g;
  if ((loader.match(logged) ?? []).length !== 1) {
    throw new Error('__wasm_split.js: expected one console.error in its load callback; revisit leaveFailuresToTheApp in build/split-loader.mjs');
  }
  return loader.replace(logged, '$1');
}

/**
 * The files a split needs: its own and the shared chunks `__wasm_split.js` loads with it. Read
 * from the code, not its comments, so the minified loader reads the same: each loader is
 * `NAME = makeLoad(() => { const src = fetch(new URL("./FILE" ...` (names shortened when
 * minified), and a split's own ends with the list of the shared loaders it waits for.
 */
export function chunkFiles(loaderJs, split) {
  const fileOf = new Map();
  for (const m of loaderJs.matchAll(/([\w$]+)\s*=\s*[\w$]+\(\(\)\s*=>\s*\{\s*const\s+[\w$]+\s*=\s*[\w$]+\(new URL\("\.\/(chunk_\d+\.wasm)"/g)) {
    fileOf.set(m[1], m[2]);
  }
  const own = `split_${split}.wasm`;
  const at = loaderJs.indexOf(`"./${own}"`);
  if (at < 0) return [];
  const deps = /\}\s*,\s*\[([\w$\s,]*)\]/.exec(loaderJs.slice(at));
  const shared = (deps ? deps[1].split(',') : []).map((d) => d.trim()).filter(Boolean);
  const files = shared.map((d) => fileOf.get(d));
  if (files.some((f) => !f)) throw new Error(`__wasm_split.js: cannot read the chunks of ${split}`);
  return [...files, own];
}
