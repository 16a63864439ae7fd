// `node --test build/`: the rewrite of wasm-split's loader loads each split's files as its own
// loaders did, keeps the failure and drops its log, and takes a page's files from its pack (one
// module: build/merged-pack.mjs) on a first visit only, writing each file into memory and the
// table once, whichever pack or file brings it. Run on small modules made for the test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkFiles, leaveFailuresToTheApp, packAndRouteFetches } from './split-loader.mjs';
import { wat } from './wasm-test-modules.mjs';

// The callback wrapper of wasm_split_cli_support 0.2.4 (src/snippets/split_wasm.js).
const WRAPPER = `function wrapAsyncCb(callee) {
    return async (callbackIndex, callbackData) => {
        let success;
        try {
            await callee();
            success = true;
        } catch (e) {
            console.error(e);
            success = false;
        } finally {
            const sharedImports = getSharedImports();
            sharedImports.__wasm_split.__indirect_function_table.get(callbackIndex)(callbackData, success);
        }
    }
}`;

test('a failed load is still told to the app, without a console error', () => {
  const patched = leaveFailuresToTheApp(WRAPPER);
  assert.ok(!patched.includes('console.error'));
  assert.match(patched, /catch \(e\) \{\s*success = false;/);
});

test('a loader of another shape stops the build, naming the step', () => {
  assert.throws(() => leaveFailuresToTheApp(WRAPPER.replace('console.error(e);', '')), /leaveFailuresToTheApp/);
});

// wasm-split's loader as wasm_split_cli_support 0.2.4 writes it (src/js.rs) for two splits that
// share a chunk, and the main module's stand-in.
const MAKE_LOAD = `function makeLoad(fetcher, deps) {
    const loader = async () => {
        const parallelStuff = deps.map(d => d());
        const instantiate = fetcher();
        await Promise.all(parallelStuff);
        const imports = getSharedImports();
        return instantiate(imports);
    };
    let loadingModule = undefined;
    return () => {
        if (loadingModule === undefined) {
            const thisLoad = loader();
            thisLoad.catch(() => {
                if (loadingModule === thisLoad) loadingModule = undefined;
            });
            loadingModule = thisLoad;
        }
        return loadingModule;
    }
}`;
const fetcher = (file) => `() => {
    const src = fetch(new URL("./${file}", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
`;
const GENERATED = `import { initSync } from "./okaeri.js";

let sharedImports = undefined;
function getSharedImports() {
    if (sharedImports === undefined) {
        sharedImports = { __wasm_split: {  } };
        const { __indirect_function_table, __wasm_split_shared0, memory,  } = initSync(undefined, undefined);
        Object.assign(sharedImports.__wasm_split, { __indirect_function_table, __wasm_split_shared0, memory,  });
    }
    return sharedImports;
}
${WRAPPER}
${MAKE_LOAD}
/* board, outbox */
const __chunk_1 = makeLoad(${fetcher('chunk_1.wasm')}, []);
/* board */
const __chunk_2 = makeLoad(${fetcher('chunk_2.wasm')}, []);
export const __wasm_split_load_outbox = wrapAsyncCb(makeLoad(${fetcher('split_outbox.wasm')}, [__chunk_1]));
export const __wasm_split_load_board = wrapAsyncCb(makeLoad(${fetcher('split_board.wasm')}, [__chunk_1, __chunk_2]));
/* notes */
const __chunk_3 = makeLoad(${fetcher('chunk_3.wasm')}, []);
/* notes */
const __chunk_4 = makeLoad(${fetcher('chunk_4.wasm')}, []);
export const __wasm_split_load_notes = wrapAsyncCb(makeLoad(${fetcher('split_notes.wasm')}, [__chunk_1, __chunk_3, __chunk_4]));
`;

/** The main module's stand-in: its memory, table and stack pointer; a callback at 100 and up tells the test. */
const MAIN = `const memory = new WebAssembly.Memory({ initial: 1 });
const table = new WebAssembly.Table({ initial: 16, element: 'anyfunc' });
const get = table.get.bind(table);
table.get = (i) => (i >= 100 ? (data, ok) => globalThis.told.push([i, data, ok]) : get(i));
const __wasm_split_shared0 = new WebAssembly.Global({ value: 'i32', mutable: true }, 0);
export const initSync = () => ({ memory, __indirect_function_table: table, __wasm_split_shared0 });
`;

/**
 * A build's folder as the loader finds it (two splits sharing chunk_1), rewritten by
 * `packAndRouteFetches`, and the loader imported with fetch and the service worker as
 * stand-ins that record what was asked for.
 */
let rewritten;
async function built({ controlled = false, answer = null } = {}) {
  // Built once (binaryen's tools take a while to start); each test imports its own copy.
  rewritten ??= (async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okaeri-loader-'));
    for (const [file, bytes] of Object.entries(wat())) fs.writeFileSync(path.join(dir, file), bytes);
    fs.writeFileSync(path.join(dir, '__wasm_split.js'), GENERATED);
    fs.writeFileSync(path.join(dir, 'okaeri.js'), MAIN);
    await packAndRouteFetches(dir, { features: ['--enable-bulk-memory', '--enable-reference-types', '--enable-mutable-globals'] });
    return dir;
  })();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okaeri-loader-'));
  fs.cpSync(await rewritten, dir, { recursive: true });
  const asked = [];
  globalThis.told = [];
  globalThis.navigator = { serviceWorker: { controller: controlled ? {} : null } };
  globalThis.fetch = async (url) => {
    const name = String(url).split('/').pop();
    asked.push(name);
    const special = answer?.(name);
    if (special) return special;
    return new Response(fs.readFileSync(path.join(dir, name)), { headers: { 'content-type': 'application/wasm' } });
  };
  const loader = await import(pathToFileURL(path.join(dir, '__wasm_split.js')).href);
  const { initSync } = await import(pathToFileURL(path.join(dir, 'okaeri.js')).href);
  const { memory, __indirect_function_table: table } = initSync();
  const bytes = new Uint8Array(memory.buffer);
  // What the board's and the outbox's files wrote (build/wasm-test-modules.mjs): a byte of data
  // each (chunk_1 at 16, chunk_2 at 32, the board's at 48, the outbox's at 64) and a function
  // into the table (at 1 to 4), which answers 11, 22, 33 or 44.
  const wrote = () => ({ data: [16, 32, 48, 64].map((at) => bytes[at]), table: [1, 2, 3, 4].map((i) => table.get(i)?.() ?? null) });
  return { dir, loader, asked, bytes, table, wrote };
}

test('a first visit fetches a page as its pack, and a second page only what it still lacks', async () => {
  const { loader, asked, bytes, wrote } = await built();
  await loader.__wasm_split_load_board(107, 1);
  assert.deepEqual(asked, ['pack_board.wasm']);
  assert.deepEqual(wrote(), { data: [1, 2, 3, 0], table: [11, 22, 33, null] });
  // The program changes chunk_1's static; the outbox's code, which shares chunk_1, must not reset it.
  bytes[16] = 99;
  // chunk_1 arrived with the board: the outbox's pack would be mostly wanted for nothing.
  await loader.__wasm_split_load_outbox(108, 2);
  assert.deepEqual(asked, ['pack_board.wasm', 'split_outbox.wasm']);
  assert.deepEqual(wrote(), { data: [99, 2, 3, 4], table: [11, 22, 33, 44] });
  assert.deepEqual(globalThis.told, [[107, 1, true], [108, 2, true]]);
});

test('a page whose files mostly came with another is fetched file by file, and what came is not written again', async () => {
  const { loader, asked, bytes, wrote } = await built();
  await loader.__wasm_split_load_outbox(108, 2);
  bytes[16] = 99;
  await loader.__wasm_split_load_board(107, 1);
  assert.deepEqual(asked.sort(), ['chunk_2.wasm', 'pack_outbox.wasm', 'split_board.wasm']);
  assert.deepEqual(wrote(), { data: [99, 2, 3, 4], table: [11, 22, 33, 44] });
});

test('a pack chosen when one of its files came already writes only the others', async () => {
  const { loader, asked, bytes, table } = await built();
  await loader.__wasm_split_load_board(107, 1);
  bytes[16] = 99;
  // The notes need chunk_1 (come with the board), chunk_3, chunk_4 and their own: three of four.
  await loader.__wasm_split_load_notes(110, 4);
  assert.deepEqual(asked, ['pack_board.wasm', 'pack_notes.wasm']);
  assert.equal(bytes[16], 99, "chunk_1's data, written once");
  assert.deepEqual([80, 96, 112].map((at) => bytes[at]), [5, 6, 7]);
  assert.deepEqual([5, 6, 7].map((i) => table.get(i)()), [55, 66, 77]);
  assert.deepEqual(globalThis.told, [[107, 1, true], [110, 4, true]]);
});

test('once the service worker controls the page, each file comes on its own (from its cache), once', async () => {
  const { loader, asked, wrote } = await built({ controlled: true });
  await loader.__wasm_split_load_board(107, 1);
  await loader.__wasm_split_load_outbox(108, 2);
  assert.deepEqual(asked.sort(), ['chunk_1.wasm', 'chunk_2.wasm', 'split_board.wasm', 'split_outbox.wasm']);
  assert.deepEqual(wrote(), { data: [1, 2, 3, 4], table: [11, 22, 33, 44] });
  assert.deepEqual(globalThis.told, [[107, 1, true], [108, 2, true]]);
});

test('a pack that cannot be fetched leaves each file to be fetched on its own', async () => {
  const { loader, asked, wrote } = await built({ answer: (name) => name.startsWith('pack_') && new Response('', { status: 503 }) });
  await loader.__wasm_split_load_board(107, 1);
  assert.deepEqual(asked.sort(), ['chunk_1.wasm', 'chunk_2.wasm', 'pack_board.wasm', 'split_board.wasm']);
  assert.deepEqual(wrote(), { data: [1, 2, 3, 0], table: [11, 22, 33, null] });
  assert.deepEqual(globalThis.told, [[107, 1, true]]);
});

test('something other than a pack in its place (a proxy page) leaves each file to be fetched on its own', async () => {
  const { loader, asked, wrote } = await built({ answer: (name) => name.startsWith('pack_') && new Response('<html>sign in</html>', { headers: { 'content-type': 'text/html' } }) });
  await loader.__wasm_split_load_board(107, 1);
  assert.deepEqual(asked.sort(), ['chunk_1.wasm', 'chunk_2.wasm', 'pack_board.wasm', 'split_board.wasm']);
  assert.deepEqual(wrote(), { data: [1, 2, 3, 0], table: [11, 22, 33, null] });
});

test('a file that cannot be had fails its page, which the app is told; asked again, it loads', async () => {
  let down = true;
  const { loader, wrote } = await built({ controlled: true, answer: (name) => down && name === 'chunk_2.wasm' && new Response('', { status: 503 }) });
  await loader.__wasm_split_load_board(107, 1);
  assert.deepEqual(globalThis.told, [[107, 1, false]]);
  down = false;
  await loader.__wasm_split_load_board(109, 3);
  assert.deepEqual(globalThis.told, [[107, 1, false], [109, 3, true]]);
  assert.deepEqual(wrote(), { data: [1, 2, 3, 0], table: [11, 22, 33, null] });
});

test('the table of each split\'s files replaces the generated loaders', async () => {
  const { dir } = await built();
  const loader = fs.readFileSync(path.join(dir, '__wasm_split.js'), 'utf8');
  assert.ok(!loader.includes('__chunk_'), 'the generated loaders are gone');
  assert.ok(!loader.includes('console.error'), 'a failure is left to the app');
  assert.deepEqual(chunkFiles(loader, 'board'), ['chunk_1.wasm', 'chunk_2.wasm', 'split_board.wasm']);
  assert.deepEqual(chunkFiles(loader, 'outbox'), ['chunk_1.wasm', 'split_outbox.wasm']);
  assert.deepEqual(chunkFiles(loader, 'notes'), ['chunk_1.wasm', 'chunk_3.wasm', 'chunk_4.wasm', 'split_notes.wasm']);
});

test('a loader of another shape than wasm-split 0.2.4 writes stops the build, naming the step', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okaeri-loader-'));
  fs.writeFileSync(path.join(dir, '__wasm_split.js'), GENERATED.replace('export const __wasm_split_load_outbox = wrapAsyncCb(', 'export const __wasm_split_load_outbox = somethingElse('));
  await assert.rejects(packAndRouteFetches(dir, { features: [] }), /build\/split-loader\.mjs/);
});
