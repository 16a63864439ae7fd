// Small modules shaped as wasm-split writes its files, for the build's tests: each imports the
// main module's memory and table (chunk_2 its stack pointer too), writes one byte of data and
// puts one function into the table, which answers its number.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const AS = path.join(path.dirname(new URL(import.meta.url).pathname), 'node_modules', '.bin', 'wasm-as');

// file → [data address, byte, table slot, answer]
export const WRITES = {
  'chunk_1.wasm': [16, 1, 1, 11],
  'chunk_2.wasm': [32, 2, 2, 22],
  'split_board.wasm': [48, 3, 3, 33],
  'split_outbox.wasm': [64, 4, 4, 44],
  'chunk_3.wasm': [80, 5, 5, 55],
  'chunk_4.wasm': [96, 6, 6, 66],
  'split_notes.wasm': [112, 7, 7, 77],
};

let made;
/** Each file's bytes (assembled once per test file: binaryen's tools take a while to start). */
export function wat() {
  made ??= assemble();
  return made;
}

function assemble() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okaeri-wat-'));
  const out = {};
  for (const [file, [at, byte, slot, answer]] of Object.entries(WRITES)) {
    const stack = file === 'chunk_2.wasm' ? '\n (import "__wasm_split" "__wasm_split_shared0" (global $sp (mut i32)))' : '';
    const text = `(module
 (import "__wasm_split" "memory" (memory $m 1))
 (import "__wasm_split" "__indirect_function_table" (table $t 16 funcref))${stack}
 (data (i32.const ${at}) "\\${byte.toString(16).padStart(2, '0')}")
 (elem (i32.const ${slot}) $answer)
 (func $answer (result i32) (i32.const ${answer})))`;
    fs.writeFileSync(path.join(dir, 'm.wat'), text);
    execFileSync(AS, ['--enable-bulk-memory', '--enable-reference-types', '--enable-mutable-globals', path.join(dir, 'm.wat'), '-o', path.join(dir, 'm.wasm')]);
    out[file] = fs.readFileSync(path.join(dir, 'm.wasm'));
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}
