// `node --test build/`: the build's reader and writer of the WebAssembly format reads a module
// as the engine does, and writes back exactly what it did not change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edited, exports, imports, leb, module, name, read, sections, sleb, vec } from './wasm-binary.mjs';
import { wat } from './wasm-test-modules.mjs';

test('numbers read back as written, signed and unsigned', () => {
  for (const n of [0, 1, 63, 64, 127, 128, 255, 16383, 16384, 2 ** 31 - 1, 2 ** 32 - 1]) {
    assert.deepEqual(read(leb(n), 0), [n, leb(n).length], `unsigned ${n}`);
  }
  for (const n of [0, 1, -1, 63, -64, 64, -65, 1048576, -1048576, 2 ** 31 - 1, -(2 ** 31)]) {
    const bytes = Buffer.from(sleb(n));
    assert.deepEqual(read(bytes, 0, true), [n, bytes.length], `signed ${n}`);
  }
});

test('a module written back from its sections is the same bytes; an edited one is what the engine reads', () => {
  const bytes = wat()['chunk_2.wasm'];
  assert.deepEqual(module(sections(bytes)), bytes);
  assert.deepEqual(edited(bytes, 2, (body) => body), bytes, 'a section edited to itself');
  const listed = [...imports(sections(bytes).find((s) => s.id === 2).body)].map(({ module: m, field, kind }) => ({ module: m, name: field, kind }));
  const engine = WebAssembly.Module.imports(new WebAssembly.Module(bytes));
  assert.deepEqual(listed.map(({ module: m, name: n }) => ({ module: m, name: n })), engine.map(({ module: m, name: n }) => ({ module: m, name: n })));
  assert.deepEqual(listed.map((i) => i.kind), [2, 1, 3], 'memory, table, global');
  assert.throws(() => sections(Buffer.from('not wasm'), 'revisit here'), /not a WebAssembly module; revisit here/);
});

test('exports read, and a module with one left out still compiles, without it', () => {
  // `() -> i32` answering 1, exported twice.
  const bytes = module([
    { id: 1, body: vec([Buffer.from([0x60, 0, 1, 0x7f])]) },
    { id: 3, body: vec([leb(0)]) },
    { id: 7, body: vec([Buffer.concat([name('one'), Buffer.from([0, 0])]), Buffer.concat([name('two'), Buffer.from([0, 0])])]) },
    { id: 10, body: vec([Buffer.from([4, 0, 0x41, 1, 0x0b])]) },
  ]);
  const names = (b) => WebAssembly.Module.exports(new WebAssembly.Module(b)).map((e) => e.name);
  assert.deepEqual(names(bytes), ['one', 'two']);
  assert.deepEqual([...exports(sections(bytes).find((s) => s.id === 7).body)].map((e) => e.field), ['one', 'two']);
  const one = edited(bytes, 7, (body) => vec([...exports(body)].filter((e) => e.field !== 'two').map((e) => e.entry)));
  assert.deepEqual(names(one), ['one']);
});
