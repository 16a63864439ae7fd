// `node --test build/`: the rewrite of wasm-split's loader loads each split's files as its own
// loaders did, keeps the failure and drops its log; a pack is a valid WebAssembly module that
// holds each file whole, and the loader takes a page's files from its pack on a first visit only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkFiles, customSections, leaveFailuresToTheApp, packAndRouteFetches } from './split-loader.mjs';

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

test('the pack is a WebAssembly module whose custom sections are the files, each found by its index', () => {
  const big = Buffer.alloc(300, 7); // a section size that takes two LEB128 bytes
  const files = [['chunk_1.wasm', Buffer.from([0, 97, 115, 109, 1, 0, 0, 0])], ['split_x.wasm', big]];
  const { module, index } = customSections(files);
  assert.ok(WebAssembly.validate(module));
  const sections = WebAssembly.Module.customSections(new WebAssembly.Module(module), 'split_x.wasm');
  assert.deepEqual(Buffer.from(sections[0]), big);
  for (const [name, bytes] of files) {
    const [at, length] = index[name];
    assert.deepEqual(module.subarray(at, at + length), bytes);
  }
});

// The loader's routing (`packAndRouteFetches`), run as the page runs it: fetch and the service
// worker are stand-ins that record what was asked for.
async function routing({ controlled = false, packFails = false } = {}) {
  const { routeFetches } = await import('./split-loader.mjs');
  // A file's bytes: its name's length, as many times as the name says (chunk_1: 100 bytes).
  const bytes = (name) => new Uint8Array(Number(/_(\d+)/.exec(name)?.[1] ?? 300)).fill(name.length);
  const shared = { board: '1,2', outbox: '2' };
  const pack = { board: ['chunk_1.wasm', 'chunk_2.wasm', 'split_board.wasm'], outbox: ['chunk_2.wasm', 'split_outbox.wasm'] };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okaeri-loader-'));
  const file = path.join(dir, 'loader.mjs');
  fs.writeFileSync(file, `${routeFetches(shared)}\nexport { fetchPart };`);
  const asked = [];
  globalThis.fetch = async (url) => {
    const name = String(url).split('/').pop();
    asked.push(name);
    const split = /^pack_(\w+)\.wasm$/.exec(name)?.[1];
    if (split && packFails) return new Response('', { status: 503 });
    if (split) return new Response(customSections(pack[split].map((f) => [f, bytes(f)])).module);
    return new Response(bytes(name));
  };
  globalThis.navigator = { serviceWorker: { controller: controlled ? {} : null } };
  const { fetchPart } = await import(pathToFileURL(file).href);
  const get = (...names) => Promise.all(names.map((n) => fetchPart(new URL(`./${n}`, pathToFileURL(file)))));
  return { get, asked, bytes };
}

test('a first visit fetches a page as its pack, and a second page only what it still lacks', async () => {
  const { get, asked, bytes } = await routing();
  const names = ['chunk_1.wasm', 'chunk_2.wasm', 'split_board.wasm'];
  const answers = await get(...names);
  assert.deepEqual(asked, ['pack_board.wasm']);
  assert.deepEqual(answers.map((r) => r.headers.get('content-type')), Array(3).fill('application/wasm'));
  for (const [i, answer] of answers.entries()) {
    assert.deepEqual(new Uint8Array(await answer.arrayBuffer()), bytes(names[i]), `${names[i]}, cut out of the pack whole`);
  }
  // chunk_2 arrived with the board: the outbox's pack would be mostly wanted for nothing.
  await get('split_outbox.wasm');
  assert.deepEqual(asked, ['pack_board.wasm', 'split_outbox.wasm']);
});

test('a page whose files mostly came with another is fetched file by file', async () => {
  const { get, asked } = await routing();
  await get('chunk_2.wasm', 'split_outbox.wasm');
  await get('chunk_1.wasm', 'split_board.wasm');
  assert.deepEqual(asked.sort(), ['chunk_1.wasm', 'pack_outbox.wasm', 'split_board.wasm']);
});

test('once the service worker controls the page, each file comes on its own (from its cache)', async () => {
  const { get, asked } = await routing({ controlled: true });
  await get('chunk_1.wasm', 'chunk_2.wasm', 'split_board.wasm');
  assert.deepEqual(asked.sort(), ['chunk_1.wasm', 'chunk_2.wasm', 'split_board.wasm']);
});

test('a pack that cannot be fetched leaves each file to be fetched on its own', async () => {
  const { get, asked } = await routing({ packFails: true });
  const answers = await get('chunk_1.wasm', 'chunk_2.wasm', 'split_board.wasm');
  assert.deepEqual(asked.sort(), ['chunk_1.wasm', 'chunk_2.wasm', 'pack_board.wasm', 'split_board.wasm']);
  assert.ok(answers.every((r) => r.ok));
});

test('something other than a pack in its place (a proxy page) leaves each file to be fetched on its own', async () => {
  const { get, asked } = await routing();
  const real = globalThis.fetch;
  globalThis.fetch = async (url) => (String(url).endsWith('pack_board.wasm') ? (asked.push('pack_board.wasm'), new Response('<html>sign in</html>')) : real(url));
  const answers = await get('chunk_1.wasm', 'chunk_2.wasm', 'split_board.wasm');
  assert.deepEqual(asked.sort(), ['chunk_1.wasm', 'chunk_2.wasm', 'pack_board.wasm', 'split_board.wasm']);
  assert.ok(answers.every((r) => r.ok));
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
        const { __indirect_function_table, memory,  } = initSync(undefined, undefined);
        Object.assign(sharedImports.__wasm_split, { __indirect_function_table, memory,  });
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
`;

test('the rewritten loader loads each split with its shared chunks, each chunk once, and tells the app', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okaeri-loader-'));
  for (const f of ['chunk_1.wasm', 'chunk_2.wasm', 'split_board.wasm', 'split_outbox.wasm']) fs.writeFileSync(path.join(dir, f), Buffer.from(f));
  fs.writeFileSync(path.join(dir, '__wasm_split.js'), GENERATED);
  const told = [];
  fs.writeFileSync(path.join(dir, 'okaeri.js'), `export const initSync = () => ({ memory: {}, __indirect_function_table: { get: (i) => (data, ok) => globalThis.told.push([i, data, ok]) } });`);
  packAndRouteFetches(dir);
  const loader = fs.readFileSync(path.join(dir, '__wasm_split.js'), 'utf8');
  assert.ok(!loader.includes('__chunk_'), 'the generated loaders are gone');
  assert.ok(!loader.includes('console.error'), 'a failure is left to the app');
  assert.deepEqual(chunkFiles(loader, 'board'), ['chunk_1.wasm', 'chunk_2.wasm', 'split_board.wasm']);
  assert.deepEqual(chunkFiles(loader, 'outbox'), ['chunk_1.wasm', 'split_outbox.wasm']);
  const fetched = [];
  globalThis.told = told;
  globalThis.navigator = { serviceWorker: { controller: {} } };
  globalThis.fetch = async (url) => (fetched.push(String(url).split('/').pop()), new Response('x'));
  const real = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async (src, imports) => {
    assert.ok((await src).ok, 'compiled from the file fetched');
    assert.ok(imports.__wasm_split.__indirect_function_table, 'compiled with the main module\'s shared imports');
    return {};
  };
  try {
    const m = await import(pathToFileURL(path.join(dir, '__wasm_split.js')).href);
    await m.__wasm_split_load_board(7, 'board data');
    await m.__wasm_split_load_outbox(8, 'outbox data');
  } finally {
    WebAssembly.instantiateStreaming = real;
  }
  assert.deepEqual(fetched.sort(), ['chunk_1.wasm', 'chunk_2.wasm', 'split_board.wasm', 'split_outbox.wasm'], 'each file once');
  assert.deepEqual(told, [[7, 'board data', true], [8, 'outbox data', true]]);
});

test('a loader of another shape than wasm-split 0.2.4 writes stops the build, naming the step', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okaeri-loader-'));
  fs.writeFileSync(path.join(dir, '__wasm_split.js'), GENERATED.replace('export const __wasm_split_load_outbox = wrapAsyncCb(', 'export const __wasm_split_load_outbox = somethingElse('));
  assert.throws(() => packAndRouteFetches(dir), /build\/split-loader\.mjs/);
});
