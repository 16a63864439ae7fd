// Prints the release bundle's size per file, raw / gzip -9 / brotli q11, and what a first visit
// transfers: the page, its stylesheet and scripts, the app's own WebAssembly and, on the
// embedded default, the embedded backend's chunks in one pack (build/wasm.mjs), or against a
// company backend the REST transport's chunk (src/api/rest.rs). Every other chunk is a page's,
// fetched when she opens it or once the app has settled.
//   node build/size.mjs dist
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { isCompressedCopy } from './compress.mjs';
import { chunkFiles, PACK } from './split-loader.mjs';

/**
 * One row per file of a build (names relative to it). `firstLoad` marks what a first visit
 * downloads whatever the backend; `backend` what it downloads on the embedded default only;
 * `rest` what it downloads against a company backend only; `inPack` a file the embedded default
 * takes from the backend's pack instead.
 */
export function bundleSizes(dist) {
  const folder = fs.readdirSync(dist).find((f) => f.startsWith('app-'));
  const loader = folder && path.join(dist, folder, '__wasm_split.js');
  const loaderJs = loader && fs.existsSync(loader) ? fs.readFileSync(loader, 'utf8') : '';
  const parts = (split) => new Set(loaderJs ? chunkFiles(loaderJs, split).map((f) => `${folder}/${f}`) : []);
  // On the embedded default its files come in one request, their pack, when there is one.
  const packed = parts('embedded_backend');
  const pack = folder && fs.existsSync(path.join(dist, folder, PACK)) ? `${folder}/${PACK}` : null;
  const backend = pack ? new Set([pack]) : packed;
  // The REST transport: fetched as soon as config.json names a backend.
  const rest = parts('rest');
  // The settings part, which holds the outbox's sending code: fetched on every visit once the
  // first screen is complete (src/sync/outbox/mod.rs), so after the first screen, not for it.
  const outbox = parts('settings');
  const rows = [];
  for (const name of fs.readdirSync(dist, { recursive: true }).map((f) => f.split(path.sep).join('/')).sort()) {
    const file = path.join(dist, name);
    if (!fs.statSync(file).isFile() || isCompressedCopy(name)) continue;
    const body = fs.readFileSync(file);
    const gzip = zlib.gzipSync(body, { level: 9 }).length;
    const brotli = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    // The service worker and its bridge (pwa.js, which the app adds once it is on screen) are
    // fetched after the app has started, not for the first screen;
    // of the app's folder, the first visit needs its module, the chunk loader and its own wasm.
    const top = !name.includes('/');
    const firstLoad = top
      ? /\.(html|js|css|wasm)$/.test(name) && !['sw.js', 'pwa.js'].includes(name) && (name === 'index.html' || !name.endsWith('.html'))
      : /\/(okaeri\.js|__wasm_split\.js|okaeri_bg\.wasm)$/.test(name);
    // A page's pack (build/split-loader.mjs) holds files listed on their own: a deep link's
    // first visit fetches it instead of them.
    const pagePack = /\/pack_\w+\.wasm$/.test(name) && !backend.has(name);
    rows.push({ name, raw: body.length, gzip, brotli, firstLoad, backend: backend.has(name), rest: rest.has(name) && !backend.has(name), inPack: Boolean(pack) && packed.has(name), afterStart: outbox.has(name) && !packed.has(name) && !rest.has(name), pagePack });
  }
  return rows;
}

export const kb = (n) => (n / 1024).toFixed(1);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = bundleSizes(process.argv[2] || 'dist');
  const cell = (n) => kb(n).padStart(8);
  console.log(`${'file (* first visit, + and on the embedded default, # and against a company backend, ~ after start)'.padEnd(52)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
  for (const r of rows) console.log(`${(r.name + (r.firstLoad ? ' *' : r.backend ? ' +' : r.rest ? ' #' : r.afterStart ? ' ~' : '')).padEnd(52)} ${cell(r.raw)} ${cell(r.gzip)} ${cell(r.brotli)}`);
  const sum = (k, pick) => rows.filter(pick).reduce((a, r) => a + r[k], 0);
  for (const [label, pick] of [['first visit, company backend (* #)', (r) => r.firstLoad || r.rest], ['first visit, embedded default (* +)', (r) => r.firstLoad || r.backend], ['everything (the pages\' packs aside)', (r) => !r.pagePack]]) {
    console.log(`${label.padEnd(52)} ${cell(sum('raw', pick))} ${cell(sum('gzip', pick))} ${cell(sum('brotli', pick))}`);
  }
}
