// The chunk loader wasm-split writes (`__wasm_split.js`), read and rewritten: its runtime kept,
// its hundreds of generated loaders replaced by one table of which files each split needs
// (`tableLoaders`; `chunkFiles` reads it, also for build/size.mjs), each split's files merged
// into one module, its pack (build/merged-pack.mjs), with the loader's fetches routed through the
// packs (`packAndRouteFetches`), and a failed load left to the app to tell
// (`leaveFailuresToTheApp`). Written for the loader of wasm_split_cli_support 0.2.4
// (build/versions.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { assume } from './versions.mjs';
import { mergedPack } from './merged-pack.mjs';
import { twoAtATime } from './two-at-a-time.mjs';

/** The pack of a split: its own file and every shared chunk it waits for, in one. */
export const packOf = (split) => `pack_${split}.wasm`;
// The embedded backend's pack, which index.html fetches ahead on the embedded default.
export const PACK = packOf('embedded_backend');

/**
 * Each split's files as one module, its pack (`packOf`), and the loader's fetches routed through
 * the packs. wasm-split cuts a page's code into dozens of small files (the board's: 128), shared
 * between pages; fetched one by one, each is compressed alone, pays its own request, and is
 * compiled and instantiated on its own (about 90 ms for the board's at 4× CPU). A pack is one
 * request and one module; each of its files is written into memory and the table by the pack's
 * `init:FILE`, once, whichever pack or file brings it first.
 *
 * - The embedded backend's pack: on the embedded default index.html fetches it once the main
 *   file has arrived, and the loader takes each of those files from it.
 * - Any other split's pack serves a first visit (no service worker yet: once one controls the
 *   page, each file comes from its cache). The loader asks for a split's files together (the
 *   shared ones first, then its own): the files asked for in one go are collected, and a split
 *   among them whose pack is mostly what was asked for (`MOSTLY`, by files; files already
 *   loaded with another page would come twice) is fetched as its pack. The rest, one by one.
 * - A pack that cannot be fetched or compiled leaves each of its files to be fetched on its own.
 *
 * The loader is written anew around wasm-split's runtime: the table of each split's shared
 * chunks the packs need also makes its loaders (`tableLoaders`).
 *
 * Every file fetched on its own is fetched in a task of its own (a pack is asked for at once:
 * one request). A part asks for its dozens of files at once, and each `fetch()` call (once the
 * service worker controls the page) or each file handed to WebAssembly's compiler costs the
 * main thread a little: done together, they made one long task, most of Lighthouse's blocking
 * time.
 */
export async function packAndRouteFetches(dir, { features, names = false }) {
  assume('wasm-split-cli', 'build/split-loader.mjs');
  const loaderFile = path.join(dir, '__wasm_split.js');
  if (!fs.existsSync(loaderFile)) return;
  const loader = fs.readFileSync(loaderFile, 'utf8');
  const { runtime, loaders } = parts(loader);
  // Each split's shared chunks by number (its own file is `split_<split>.wasm`; '' for none):
  // the loader ships with every first screen, so the list stays short; each file's part of a
  // pack is the pack's export `init:FILE`.
  const shared = {};
  const packs = [];
  for (const split of splits(loader)) {
    const files = generatedFiles(loader, split);
    shared[split] = files.slice(0, -1).map((f) => Number(/^chunk_(\d+)\.wasm$/.exec(f)[1])).join(',');
    if (files.length >= 2) packs.push([split, files]);
  }
  // Largest first.
  packs.sort((a, b) => b[1].length - a[1].length);
  await twoAtATime(packs, async ([split, files]) => {
    const pack = await mergedPack(files.map((f) => [f, fs.readFileSync(path.join(dir, f))]), { features, names });
    fs.writeFileSync(path.join(dir, packOf(split)), pack);
  });
  fs.writeFileSync(loaderFile, `${leaveFailuresToTheApp(runtime)}\n${routeFetches(shared)}\n${tableLoaders(shared)}`);
}

/**
 * wasm-split's loader in its two parts: its runtime (the main module's shared imports,
 * `wrapAsyncCb`, `makeLoad`), kept as it is, and its generated loaders (`const __chunk_N =
 * makeLoad(…)` for each shared chunk, `export const __wasm_split_load_NAME = wrapAsyncCb(…)`
 * for each split), which `tableLoaders` replaces: written out one by one they were 56 KB of
 * the 70 KB the first screen downloads (2.5 of its 4.9 KB compressed).
 */
function parts(loader) {
  const revisit = 'revisit parts() and tableLoaders() in build/split-loader.mjs';
  const at = loader.search(/^(\/\*[^\n]*\*\/\n)?(const __chunk_\d+ = makeLoad\(|export const __wasm_split_load_)/m);
  if (at < 0) throw new Error(`__wasm_split.js: no generated loaders found; ${revisit}`);
  const runtime = loader.slice(0, at);
  const loaders = loader.slice(at);
  for (const name of ['getSharedImports', 'wrapAsyncCb', 'makeLoad']) {
    if (!new RegExp(`function ${name}\\(`).test(runtime)) throw new Error(`__wasm_split.js: its runtime has no ${name}; ${revisit}`);
  }
  // Every split exported has a file of its own, and nothing else is defined.
  const exported = [...loaders.matchAll(/export const __wasm_split_load_(\w+) = /g)].map((m) => m[1]).sort();
  const withFiles = splits(loaders).sort();
  if (exported.join() !== withFiles.join()) throw new Error(`__wasm_split.js: splits ${exported} but files for ${withFiles}; ${revisit}`);
  const chunks = (loaders.match(/const __chunk_\d+ = makeLoad\(/g) ?? []).length;
  const wrapped = (loaders.match(/export const __wasm_split_load_\w+ = wrapAsyncCb\(makeLoad\(/g) ?? []).length;
  // Each file fetched and compiled as `tableLoaders` does it.
  if (!/\bfetch\(new URL\(/.test(loaders) || !/WebAssembly\.instantiateStreaming\(src, imports\)/.test(loaders)) {
    throw new Error(`__wasm_split.js: no chunk fetched and compiled as expected; ${revisit}`);
  }
  if (wrapped !== exported.length || (loaders.match(/makeLoad\(/g) ?? []).length !== chunks + wrapped) {
    throw new Error(`__wasm_split.js: loaders of another shape; ${revisit}`);
  }
  return { runtime, loaders };
}

/**
 * The loaders, from the table of each split's shared chunks (`SHARED`, which `routeFetches`
 * writes): one `makeLoad` per file, made as wasm-split makes them, a shared chunk's once for
 * every split that needs it, and the same `__wasm_split_load_NAME` exports.
 */
export function tableLoaders(shared) {
  const exports = Object.keys(shared).map((split) => `export const __wasm_split_load_${split} = splitLoad(${JSON.stringify(split)});`);
  return `${TABLE_LOADERS}\n${exports.join('\n')}`;
}

const TABLE_LOADERS = `/**
 * A file's load: fetched (through the packs) once asked for, compiled with the shared imports;
 * from a pack, the pack's one instance writes the file's data and table entries.
 */
const fileLoad = (file, deps) => makeLoad(() => {
  const src = fetchPart(new URL("./" + file, import.meta.url));
  src.catch(() => {});
  return async (imports) => {
    const part = await src;
    if (part instanceof Response) return WebAssembly.instantiateStreaming(part, imports);
    return (await part.instance(imports)).exports["init:" + file]();
  };
}, deps);
const chunkLoads = new Map();
const chunkLoad = (n) => {
  if (!chunkLoads.has(n)) chunkLoads.set(n, fileLoad("chunk_" + n + ".wasm", []));
  return chunkLoads.get(n);
};
const splitLoad = (split) => wrapAsyncCb(fileLoad("split_" + split + ".wasm", SHARED[split] ? SHARED[split].split(",").map(chunkLoad) : []));`;

/** The loader's `fetchPart` and what it needs, for `shared` (split → its shared chunks' numbers, '' for none). */
export const routeFetches = (shared) => `const SHARED = ${JSON.stringify(shared)};\n${ROUTE_FETCHES}`;

/** The names of the splits wasm-split's loader loads (`"./split_NAME.wasm"`). */
export const splits = (loaderJs) => [...new Set([...loaderJs.matchAll(/"\.\/split_(\w+)\.wasm"/g)].map((m) => m[1]))];

// How much of a pack (by files) must be wanted for the pack to be fetched instead of its files.
const MOSTLY = 0.75;

// The loader's side of `packAndRouteFetches`, run in the page (`routeFetches` puts `SHARED` first).
const ROUTE_FETCHES = `const MOSTLY = ${MOSTLY};
/** A split's files, as its pack holds them. */
const filesOf = (split) => new Set([...SHARED[split].split(",").map((n) => "chunk_" + n + ".wasm"), "split_" + split + ".wasm"]);
/** Packs on their way: split → its files, its module once compiled, and its one instance. */
const started = new Map();
/** The files asked for in the current go, waiting for packs to be chosen. */
let asked = null;
const nameOf = (url) => url.pathname.slice(url.pathname.lastIndexOf("/") + 1);
const packFor = (file) => [...started.values()].find((p) => p.files.has(file));
/** Starts compiling a split's pack from its answer (a promise), as it arrives. */
function start(split, answer) {
  const module = Promise.resolve(answer).then((r) => WebAssembly.compileStreaming(r));
  let instance;
  const instantiate = (imports) => {
    if (!instance) {
      // Nothing is written at instantiation (each file's \`init:\` writes it), so a failed one may be tried again.
      instance = module.then((m) => WebAssembly.instantiate(m, imports));
      instance.catch(() => { instance = undefined; });
    }
    return instance;
  };
  const pack = { files: filesOf(split), module, instance: instantiate };
  module.catch(() => started.delete(split));
  started.set(split, pack);
}
/** A chunk: from a pack on its way, or collected with the others asked for now (build/split-loader.mjs). */
function fetchPart(url) {
  if (globalThis.okaeriPack && !started.has("embedded_backend") && SHARED.embedded_backend) start("embedded_backend", globalThis.okaeriPack);
  const file = nameOf(url);
  const pack = packFor(file);
  if (pack) return fromPack(pack, url);
  if (globalThis.navigator?.serviceWorker?.controller) return fetchAlone(url);
  if (!asked) {
    asked = new Map();
    queueMicrotask(choosePacks);
  }
  return new Promise((resolve) => asked.set(file, { url, resolve }));
}
/** Fetches the pack of each split asked for whose pack is mostly wanted now; the rest alone. */
function choosePacks() {
  const now = asked;
  asked = null;
  for (const file of now.keys()) {
    const split = /^split_(\\w+)\\.wasm$/.exec(file)?.[1];
    if (!split || !SHARED[split] || started.has(split)) continue;
    const files = filesOf(split);
    const wanted = [...now.keys()].filter((f) => files.has(f) && !packFor(f));
    if (wanted.length < MOSTLY * files.size) continue;
    // At once, not in a task of its own: one request, and a deep link's page asks for its code
    // before the app is built (src/app/pages.rs, fetch_ahead), which is a long task to wait for.
    start(split, fetch(new URL("./pack_" + split + ".wasm", import.meta.url))
      .then((r) => (r.ok ? r : Promise.reject(new Error(String(r.status))))));
  }
  for (const [file, { url, resolve }] of now) {
    const pack = packFor(file);
    resolve(pack ? fromPack(pack, url) : fetchAlone(url));
  }
}
/** One file out of a pack, once the pack has compiled; on its own if the pack cannot be had. */
function fromPack(pack, url) {
  return pack.module.then(() => pack, () => fetchAlone(url));
}
/** One file, fetched in a task of its own (see build/split-loader.mjs). */
const fetchAlone = (url) => inNextTask(() => fetch(url));
/** What \`make\` makes, in the next task (a message, which background tabs do not slow down as they do timers). */
function inNextTask(make) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(make());
    };
    channel.port2.postMessage(null);
  });
}`;

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

/** The files a split needs, read from the built loader's table: its shared chunks, then its own. */
export function chunkFiles(loaderJs, split) {
  // `SHARED` as terser writes it: `{board:"21,22",…}` (a key quoted only where it must be).
  const entry = new RegExp(`[{,]"?${split}"?:"([\\d,]*)"`).exec(loaderJs);
  if (!entry) return [];
  return [...(entry[1] ? entry[1].split(',').map((n) => `chunk_${n}.wasm`) : []), `split_${split}.wasm`];
}

/**
 * The files a split needs as wasm-split's loader has them: its own and the shared chunks it
 * loads with it. Read from the code, not its comments: each loader is `NAME = makeLoad(() => {
 * const src = fetch(new URL("./FILE" ...`, and a split's own ends with the list of the shared
 * loaders it waits for.
 */
function generatedFiles(loaderJs, split) {
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
