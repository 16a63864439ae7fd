// Prints the release bundle's size per file, raw / gzip -9 / brotli q11, and the total a
// first visit transfers (html + js + wasm + css).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = process.argv[2] || 'dist';
const rows = [];
for (const name of fs.readdirSync(dist).sort()) {
  const file = path.join(dist, name);
  if (!fs.statSync(file).isFile()) continue;
  const body = fs.readFileSync(file);
  const gzip = zlib.gzipSync(body, { level: 9 }).length;
  const brotli = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const firstLoad = /\.(html|js|wasm|css)$/.test(name);
  rows.push({ name, raw: body.length, gzip, brotli, firstLoad });
}
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${'file'.padEnd(40)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
for (const r of rows) console.log(`${(r.name + (r.firstLoad ? ' *' : '')).padEnd(40)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
const sum = (k) => rows.filter((r) => r.firstLoad).reduce((a, r) => a + r[k], 0);
console.log(`${'first load (*)'.padEnd(40)} ${kb(sum('raw'))} ${kb(sum('gzip'))} ${kb(sum('brotli'))}`);
