// `node --test build/`: the patch of wasm-split's loader keeps the failure and drops its log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leaveFailuresToTheApp } from './split-loader.mjs';

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
