// `node --test build/`: the patch of wasm-split's loader keeps the failure and drops its log;
// a pack is a valid WebAssembly module that holds each file whole, and the loader takes a
// page's files from its pack on a first visit only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { customSections, leaveFailuresToTheApp } from './split-loader.mjs';

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
  const packs = { board: '1,2', outbox: '2' };
  const pack = { board: ['chunk_1.wasm', 'chunk_2.wasm', 'split_board.wasm'], outbox: ['chunk_2.wasm', 'split_outbox.wasm'] };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okaeri-loader-'));
  const file = path.join(dir, 'loader.mjs');
  fs.writeFileSync(file, `${routeFetches(packs)}\nexport { fetchPart };`);
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
