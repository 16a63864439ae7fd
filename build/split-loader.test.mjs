// `node --test build/`: the patch of wasm-split's loader keeps the failure and drops its log;
// the embedded backend's pack is a valid WebAssembly module that holds each file whole.
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
