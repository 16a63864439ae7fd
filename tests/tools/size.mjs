// Prints the release bundle's size per file, raw / gzip -9 / brotli q11, and the total a
// first visit transfers (html + js + wasm + css).   node tests/tools/size.mjs dist
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** One row per file of a build; `firstLoad` marks what a first visit downloads. */
export function bundleSizes(dist) {
  const rows = [];
  for (const name of fs.readdirSync(dist).sort()) {
    const file = path.join(dist, name);
    if (!fs.statSync(file).isFile()) continue;
    const body = fs.readFileSync(file);
    const gzip = zlib.gzipSync(body, { level: 9 }).length;
    const brotli = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    // The service worker script is fetched after the app has started, not for the first screen.
    const firstLoad = /\.(html|js|wasm|css)$/.test(name) && name !== 'sw.js';
    rows.push({ name, raw: body.length, gzip, brotli, firstLoad });
  }
  return rows;
}

export const kb = (n) => (n / 1024).toFixed(1);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = bundleSizes(process.argv[2] || 'dist');
  const cell = (n) => kb(n).padStart(8);
  console.log(`${'file'.padEnd(40)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
  for (const r of rows) console.log(`${(r.name + (r.firstLoad ? ' *' : '')).padEnd(40)} ${cell(r.raw)} ${cell(r.gzip)} ${cell(r.brotli)}`);
  const sum = (k) => rows.filter((r) => r.firstLoad).reduce((a, r) => a + r[k], 0);
  console.log(`${'first load (*)'.padEnd(40)} ${cell(sum('raw'))} ${cell(sum('gzip'))} ${cell(sum('brotli'))}`);
}
