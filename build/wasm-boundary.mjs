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

/** An unsigned LEB128 number, as WebAssembly writes sizes and counts. */
export const leb = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return Buffer.from(out);
};
/** A WebAssembly name: its length, then its UTF-8 bytes. */
export const name = (s) => {
  const b = Buffer.from(s);
  return Buffer.concat([leb(b.length), b]);
};

/** Splits a WebAssembly binary into its sections, `edit(id, reader)` returning a new body or null. */
function rewrite(bytes, edit) {
  const parts = [bytes.subarray(0, 8)];
  let p = 8;
  const u32 = () => {
    let r = 0;
    let shift = 0;
    let b;
    do {
      b = bytes[p++];
      r |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    return r >>> 0;
  };
  const str = () => {
    const len = u32();
    const s = bytes.subarray(p, p + len).toString();
    p += len;
    return s;
  };
  while (p < bytes.length) {
    const start = p;
    const id = bytes[p++];
    const size = u32();
    const end = p + size;
    const body = edit(id, { u32, str, at: () => p, slice: (a, b) => bytes.subarray(a, b) });
    if (body) parts.push(Buffer.from([id]), leb(body.length), body);
    else parts.push(bytes.subarray(start, end));
    p = end;
  }
  return Buffer.concat(parts);
}

/** Skips one import's description (function, table, memory, global or tag). */
function skipImportDesc(r) {
  const kind = r.slice(r.at(), r.at() + 1)[0];
  r.u32();
  if (kind === 0) r.u32();
  else if (kind === 1 || kind === 2) {
    if (kind === 1) r.u32();
    const flags = r.u32();
    r.u32();
    if (flags & 1) r.u32();
  } else if (kind === 3 || kind === 4) {
    r.u32();
    r.u32();
  }
}

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
  const wasm = rewrite(fs.readFileSync(wasmFile), (id, r) => {
    if (id !== 2) return null;
    const count = r.u32();
    const out = [leb(count)];
    for (let i = 0; i < count; i++) {
      const mod = r.str();
      const base = r.str();
      const desc = r.at();
      skipImportDesc(r);
      let next = base;
      if (mod === module) {
        next = renamed.get(base) ?? shortName(renamed.size);
        renamed.set(base, next);
      }
      out.push(name(mod), name(next), r.slice(desc, r.at()));
    }
    return Buffer.concat(out);
  });
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
  const wasm = rewrite(fs.readFileSync(wasmFile), (id, r) => {
    if (id !== 7) return null;
    const count = r.u32();
    const kept = [];
    for (let i = 0; i < count; i++) {
      const start = r.at();
      const exported = r.str();
      r.u32();
      r.u32();
      if (!unused.has(exported)) kept.push(r.slice(start, r.at()));
    }
    return Buffer.concat([leb(kept.length), ...kept]);
  });
  fs.writeFileSync(wasmFile, wasm);
  fs.writeFileSync(jsFile, js);
  return removed;
}
