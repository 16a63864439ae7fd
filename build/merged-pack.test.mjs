// `node --test build/`: a pack merged from a split's files writes, file by file, what the files
// would have written each on its own, and only when asked; files of another shape stop the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asPart, mergedPack } from './merged-pack.mjs';
import { wat } from './wasm-test-modules.mjs';

const FEATURES = ['--enable-bulk-memory', '--enable-reference-types', '--enable-mutable-globals'];
const imports = () => ({
  __wasm_split: {
    memory: new WebAssembly.Memory({ initial: 1 }),
    __indirect_function_table: new WebAssembly.Table({ initial: 16, element: 'anyfunc' }),
    __wasm_split_shared0: new WebAssembly.Global({ value: 'i32', mutable: true }, 0),
  },
});
const written = ({ __wasm_split: { memory, __indirect_function_table: table } }) => ({
  memory: [...new Uint8Array(memory.buffer, 0, 128)],
  table: Array.from({ length: 16 }, (_, i) => table.get(i)?.() ?? null),
});

test("a pack's parts write what each file would have, each when its init is run", async () => {
  const all = wat();
  const files = ['chunk_1.wasm', 'chunk_2.wasm', 'split_board.wasm'].map((f) => [f, all[f]]);
  const alone = imports();
  for (const [, bytes] of files) await WebAssembly.instantiate(bytes, alone);
  const packed = imports();
  const instance = await WebAssembly.instantiate(new WebAssembly.Module(await mergedPack(files, { features: FEATURES })), packed);
  assert.deepEqual(written(packed).table, Array(16).fill(null), 'nothing is written at instantiation');
  assert.deepEqual(Object.keys(instance.exports).filter((e) => e.startsWith('init:')).sort(), files.map(([f]) => `init:${f}`).sort());
  instance.exports['init:chunk_1.wasm']();
  assert.equal(written(packed).memory[16], 1);
  assert.equal(written(packed).memory[32], 0, "chunk_2's data waits for its own init");
  instance.exports['init:chunk_2.wasm']();
  instance.exports['init:split_board.wasm']();
  assert.deepEqual(written(packed), written(alone));
});

test('a file that imports from elsewhere than the main module stops the build, naming the step', () => {
  const bytes = Buffer.from(wat()['chunk_1.wasm']);
  const other = Buffer.from(bytes.toString('latin1').replace('__wasm_split', '__elsewhere_'), 'latin1');
  assert.throws(() => asPart('chunk_1.wasm', other), /revisit build\/merged-pack\.mjs/);
});
