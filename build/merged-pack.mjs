// A page's pack as one WebAssembly module: the split's own file and every shared chunk it needs,
// merged by binaryen's wasm-merge, so a first visit compiles and instantiates one module instead
// of dozens (the board's 128 took about 90 ms at 4× CPU, merged about 18). Each file's writes at
// instantiation (its data into memory, its functions into the table) become an exported
// `init:FILE`, which the loader runs only for the files not loaded already with another page: a
// chunk's data may hold a static's first value, which a second instantiation would reset.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { assume } from './versions.mjs';
import { appended, imports as allImports, leb, module, name as str, read, sections as allSections, sleb, vec } from './wasm-binary.mjs';

const BIN = path.join(path.dirname(new URL(import.meta.url).pathname), 'node_modules', '.bin');
const revisit = 'revisit build/merged-pack.mjs';
const run = promisify(execFile);
/** What each file imports from (the main module's memory, table and stack pointer). */
const MAIN = '__wasm_split';
/** What each part imports from instead: one module that imports them once and re-exports them. */
const HUB = 'hub';

/** A module's sections ({ id, body }); anything but a module stops the build. */
const sections = (b) => allSections(b, revisit);

/** `i32.const N end`, the only offset wasm-split writes: [N, next]. */
function offset(b, at) {
  if (b[at] !== 0x41) throw new Error(`a segment's offset is not i32.const; ${revisit}`);
  const [n, end] = read(b, at + 1, true);
  if (b[end] !== 0x0b) throw new Error(`a segment's offset is more than i32.const; ${revisit}`);
  return [n, end + 1];
}

/** An import section's imports, each from the main module: its field, its kind, and its field and description as they are (`entry`). */
function* imports(body) {
  for (const { module: from, field, kind, entry } of allImports(body, revisit)) {
    if (kind > 3) throw new Error(`an import of kind ${kind}; ${revisit}`);
    if (from !== MAIN) throw new Error(`an import from ${from}; ${revisit}`);
    yield { field, kind, entry };
  }
}

/** Imports: each one's module renamed `to`; also how many functions are imported. */
function reimport(body, to) {
  const out = [];
  let functions = 0;
  for (const { kind, entry } of imports(body)) {
    if (kind === 0) functions += 1;
    out.push(Buffer.concat([str(to), entry]));
  }
  return { body: vec(out), functions };
}

/**
 * An element (9) or data (11) section's segments made passive, and the code that writes each
 * where instantiation would have: `i32.const` its place, 0 and its length, then `table.init` or
 * `memory.init` and `elem.drop` or `data.drop`.
 */
function makePassive(name, id, body) {
  const elements = id === 9;
  const [count, first] = read(body, 0);
  let at = first;
  const segments = [];
  const code = [];
  for (let k = 0; k < count; k++) {
    if (body[at++] !== 0) throw new Error(`${name}: a segment of another kind in section ${id}; ${revisit}`);
    let to;
    [to, at] = offset(body, at);
    const start = at;
    let n;
    [n, at] = read(body, at);
    if (elements) {
      for (let f = 0; f < n; f++) [, at] = read(body, at);
    } else {
      at += n;
    }
    // Passive: of function indices (flags 1, elemkind 0), or data (flags 1).
    segments.push(Buffer.concat([Buffer.from(elements ? [1, 0] : [1]), body.subarray(start, at)]));
    code.push(0x41, ...sleb(to), 0x41, 0, 0x41, ...sleb(n), 0xfc, elements ? 12 : 8, ...leb(k), 0, 0xfc, elements ? 13 : 9, ...leb(k));
  }
  return { body: vec(segments), code, count };
}

/**
 * One file as a part of a pack: it imports from the hub, its segments are passive, and its
 * export `init:NAME` writes them where instantiation would have.
 */
export function asPart(name, bytes) {
  const all = sections(Buffer.from(bytes));
  const init = [];
  let dataCount = 0;
  let imported = 0;
  let types = 0;
  let functions = 0;
  const out = [];
  for (const { id, body } of all) {
    if (id === 2) {
      const r = reimport(body, HUB);
      imported = r.functions;
      out.push({ id, body: r.body });
    } else if (id === 1) {
      [types] = read(body, 0);
      out.push({ id, body });
    } else if (id === 3) {
      [functions] = read(body, 0);
      out.push({ id, body });
    } else if (id === 9 || id === 11) {
      const passive = makePassive(name, id, body);
      init.push(...passive.code);
      if (id === 11) dataCount = passive.count;
      out.push({ id, body: passive.body });
    } else if (id === 8) {
      throw new Error(`${name}: a section ${id}; ${revisit}`);
    } else {
      out.push({ id, body });
    }
  }
  // The element segments' writes, then the data's: the order instantiation writes them in.
  const code = Buffer.from([0, ...init, 0x0b]);
  // What the init adds: its type `[] -> []`, the function of that type, its export, its body.
  const add = {
    1: Buffer.from([0x60, 0, 0]),
    3: leb(types),
    7: Buffer.concat([str(`init:${name}`), Buffer.from([0]), leb(imported + functions)]),
    10: Buffer.concat([leb(code.length), code]),
  };
  // Sections in the order the format requires (the data count right before the code).
  const order = [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 10, 11];
  const byId = new Map(out.map((s) => [s.id, s.body]));
  const parts = [];
  for (const id of order) {
    let body = byId.get(id);
    if (add[id]) body = appended(body ?? vec([]), add[id]);
    if (id === 12 && dataCount) body = leb(dataCount);
    if (body) parts.push({ id, body });
  }
  return module([...parts, ...out.filter((s) => s.id === 0)]);
}

/** The hub: imports the main module's memory, table and stack pointer once, as `files` do, and re-exports them. */
function hub(files) {
  const seen = new Map();
  for (const bytes of files) {
    const body = sections(Buffer.from(bytes)).find((s) => s.id === 2)?.body;
    for (const { field, kind, entry } of body ? imports(body) : []) {
      if (!seen.has(field)) seen.set(field, { kind, entry: Buffer.concat([str(MAIN), entry]) });
    }
  }
  const counts = {};
  const exports = [];
  for (const [field, { kind }] of seen) {
    counts[kind] = (counts[kind] ?? 0) + 1;
    exports.push(Buffer.concat([str(field), Buffer.from([kind]), leb(counts[kind] - 1)]));
  }
  return module([{ id: 2, body: vec([...seen.values()].map((i) => i.entry)) }, { id: 7, body: vec(exports) }]);
}

/**
 * The pack of `files` ([name, bytes], the split's own last) as one module, merged and then
 * optimised as each file was (`features`, wasm-opt's; `names` keeps the functions' names).
 */
export async function mergedPack(files, { features, names = false }) {
  assume('wasm-split-cli', 'build/merged-pack.mjs');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okaeri-pack-'));
  try {
    fs.writeFileSync(path.join(dir, 'hub.wasm'), hub(files.map(([, bytes]) => bytes)));
    const args = [path.join(dir, 'hub.wasm'), HUB];
    files.forEach(([name, bytes], k) => {
      fs.writeFileSync(path.join(dir, `${k}.wasm`), asPart(name, bytes));
      args.push(path.join(dir, `${k}.wasm`), `part${k}`);
    });
    const pack = path.join(dir, 'pack.wasm');
    await run(path.join(BIN, 'wasm-merge'), [...features, ...(names ? ['-g'] : []), ...args, '-o', pack]);
    await run(path.join(BIN, 'wasm-opt'), ['-Oz', ...features, ...(names ? ['-g'] : []), pack, '-o', pack]);
    return fs.readFileSync(pack);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
