// The WebAssembly binary format, as far as the build's own steps read and write it: the main
// file's boundary with wasm-bindgen's module (build/wasm-boundary.mjs) and the packs
// (build/merged-pack.mjs). Sections, LEB128 numbers, names, vectors, imports and exports.

export const HEADER = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);

/** An unsigned LEB128 number, as WebAssembly writes sizes, counts and indices. */
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

/** A signed LEB128 (an `i32.const`'s operand), as bytes. */
export function sleb(n) {
  const out = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(byte & 0x40)) || (n === -1 && byte & 0x40)) return [...out, byte];
    out.push(byte | 0x80);
  }
}

/** Reads a LEB128 at `at` (`signed` for an `i32.const`'s operand): [value, next]. */
export function read(b, at, signed = false) {
  let n = 0;
  let shift = 0;
  let byte;
  do {
    byte = b[at++];
    n += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  if (signed && byte & 0x40) n -= 2 ** shift;
  return [n, at];
}

/** A WebAssembly name: its length, then its UTF-8 bytes. */
export const name = (s) => {
  const b = Buffer.from(s);
  return Buffer.concat([leb(b.length), b]);
};

/** Reads a name at `at`: [string, next]. */
function readName(b, at) {
  const [length, start] = read(b, at);
  return [b.subarray(start, start + length).toString(), start + length];
}

/** A vector: its count, then its items. */
export const vec = (items) => Buffer.concat([leb(items.length), ...items]);

/** A vector's body (`count` then its items) with `item` added at its end. */
export const appended = (body, item) => {
  const [count, items] = read(body, 0);
  return Buffer.concat([leb(count + 1), body.subarray(items), item]);
};

/** A section: its id, its size, its body. */
export const section = (id, body) => Buffer.concat([Buffer.from([id]), leb(body.length), body]);

/**
 * A module's sections, in order: { id, body, raw } (`raw`, the whole section as it was written).
 * `why` ends the message when the bytes are not a module.
 */
export function sections(b, why = '') {
  if (b.length < 8 || b.readUInt32BE(0) !== 0x0061736d) throw new Error(`not a WebAssembly module${why && `; ${why}`}`);
  const out = [];
  let at = 8;
  while (at < b.length) {
    const [size, body] = read(b, at + 1);
    out.push({ id: b[at], body: b.subarray(body, body + size), raw: b.subarray(at, body + size) });
    at = body + size;
  }
  return out;
}

/** A module of `parts` ({ id, body }, and `raw` for a section written as it was). */
export const module = (parts) => Buffer.concat([HEADER, ...parts.map((s) => s.raw ?? section(s.id, s.body))]);

/** `bytes` with the body of its section `id` replaced by `edit(body)`. */
export const edited = (bytes, id, edit) => module(sections(bytes).map((s) => (s.id === id ? { id, body: edit(s.body) } : s)));

/**
 * An import section's imports: { module, field, kind, desc, entry }, `desc` the description
 * as it is and `entry` the field with it (to write under another module's name). Kinds: 0
 * function, 1 table, 2 memory, 3 global, 4 tag; `why` ends the message for any other.
 */
export function* imports(body, why = '') {
  let [count, at] = read(body, 0);
  for (; count > 0; count--) {
    let module;
    let field;
    [module, at] = readName(body, at);
    const fieldAt = at;
    [field, at] = readName(body, at);
    const descAt = at;
    const kind = body[at++];
    if (kind === 0) {
      [, at] = read(body, at);
    } else if (kind === 1 || kind === 2) {
      if (kind === 1) at += 1;
      const flags = body[at++];
      [, at] = read(body, at);
      if (flags & 1) [, at] = read(body, at);
    } else if (kind === 3) {
      at += 2;
    } else if (kind === 4) {
      [, at] = read(body, at + 1);
    } else {
      throw new Error(`an import of an unknown kind ${kind}${why && `; ${why}`}`);
    }
    yield { module, field, kind, desc: body.subarray(descAt, at), entry: body.subarray(fieldAt, at) };
  }
}

/** An export section's exports: { field, entry }, `entry` the export as it is written. */
export function* exports(body) {
  let [count, at] = read(body, 0);
  for (; count > 0; count--) {
    const start = at;
    let field;
    [field, at] = readName(body, at);
    [, at] = read(body, at + 1);
    yield { field, entry: body.subarray(start, at) };
  }
}
