// The boundary between the main WebAssembly file and wasm-bindgen's module (build/wasm.mjs),
// trimmed of what a browser running Okaeri never uses. Neither wasm-opt nor terser can do this:
// each sees one side only (emscripten does the same with binaryen's --minify-imports).
//   shortenImports  the JS functions the WebAssembly imports are named `__wbg_<name>_<16 hex>`:
//                   272 names of ~30 bytes, each in both files, whose hashes do not compress.
//                   Renamed `a`, `b`, … in both (docs/performance.md says what it saves).
//   dropClasses     wasm-bindgen exports a JS class for every `#[wasm_bindgen]` struct of every
//                   crate linked in: leptos's server_fn links wasm-streams, whose three stream
//                   classes Okaeri never makes. With the classes gone from the module, their
//                   WebAssembly exports go too, and wasm-opt then drops the code behind them.
import fs from 'node:fs';
import { assume } from './versions.mjs';
import { edited, exports, imports, name, vec } from './wasm-binary.mjs';

/** Short names for a JS identifier's property: a, b, … z, A … Z, aa, ab, … */
function shortName(i) {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const rest = `${first}0123456789`;
  let s = first[i % first.length];
  for (let n = Math.floor(i / first.length); n > 0; n = Math.floor((n - 1) / rest.length)) {
    s += rest[(n - 1) % rest.length];
  }
  return s;
}

const escape = (s) => s.replace(/[$]/g, '\\$');
const uses = (js, id) => js.match(new RegExp(`(?<![\\w$])${escape(id)}(?![\\w$])`, 'g'))?.length ?? 0;

/**
 * Renames the imports of `module` (wasm-bindgen's `./<name>_bg.js`) in the WebAssembly file and
 * in the JS module that provides them. Each name must occur exactly once in the JS, as the key
 * of its function: anything else stops the build rather than ship a module that cannot start.
 */
export function shortenImports(wasmFile, jsFile, module) {
  assume('wasm-bindgen', 'build/wasm-boundary.mjs');
  let js = fs.readFileSync(jsFile, 'utf8');
  const renamed = new Map();
  const wasm = edited(fs.readFileSync(wasmFile), 2, (body) => vec([...imports(body)].map(({ module: from, field, desc }) => {
    let next = field;
    if (from === module) {
      next = renamed.get(field) ?? shortName(renamed.size);
      renamed.set(field, next);
    }
    return Buffer.concat([name(from), name(next), desc]);
  })));
  // The new names are keys of one object literal only, so they cannot clash with variables.
  for (const [from, to] of renamed) {
    if (uses(js, from) !== 1) throw new Error(`${jsFile}: the import ${from} is not one key`);
    js = js.replace(new RegExp(`(?<![\\w$])${escape(from)}(?![\\w$])`), to);
  }
  fs.writeFileSync(wasmFile, wasm);
  fs.writeFileSync(jsFile, js);
  return renamed.size;
}

/**
 * Removes the exported classes that Rust never hands to JS (no `__wrap`) from wasm-bindgen's
 * (unminified) module, with their finalizers and dispose hooks, then the WebAssembly exports
 * that only they called. Returns the names of the classes removed.
 */
export function dropClasses(wasmFile, jsFile, otherJs = []) {
  assume('wasm-bindgen', 'build/wasm-boundary.mjs');
  let js = fs.readFileSync(jsFile, 'utf8');
  const removed = [];
  for (const m of js.matchAll(/^export class (\w+) \{\n[\s\S]*?^\}\n/gm)) {
    if (!m[0].includes('__wrap(')) removed.push(m[1]);
  }
  let dropped = '';
  for (const cls of removed) {
    const pieces = [
      new RegExp(`^export class ${cls} \\{\\n[\\s\\S]*?^\\}\\n`, 'm'),
      new RegExp(`^if \\(Symbol\\.dispose\\) ${cls}\\.prototype\\[Symbol\\.dispose\\] = .*\\n`, 'm'),
      new RegExp(`^const ${cls}Finalization = [\\s\\S]*?\\);\\n`, 'm'),
    ];
    for (const piece of pieces) {
      const found = piece.exec(js);
      if (!found) throw new Error(`${jsFile}: class ${cls} is not laid out as expected`);
      dropped += found[0];
      js = js.replace(piece, '');
    }
    if (uses(js, cls) !== 0) throw new Error(`${jsFile}: class ${cls} is still used`);
  }
  const rest = js + otherJs.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  const unused = new Set([...dropped.matchAll(/\bwasm\.(\w+)/g)].map((m) => m[1])
    .filter((e) => uses(rest, e) === 0));
  const wasm = edited(fs.readFileSync(wasmFile), 7, (body) => vec([...exports(body)]
    .filter(({ field }) => !unused.has(field)).map(({ entry }) => entry)));
  fs.writeFileSync(wasmFile, wasm);
  fs.writeFileSync(jsFile, js);
  return removed;
}
