// Trunk post-build hook: writes `<file>.br` and `<file>.gz` beside every file of the build that
// compresses, so a server serves them as they are (nginx's brotli_static and gzip_static,
// deploy/nginx.conf.template) instead of compressing on every request, at the best settings.
// config.json is left alone: a deployment edits it after the build, and a stale compressed copy
// would be served instead of the edit.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const COMPRESSIBLE = /\.(html|js|css|wasm|pack|json|webmanifest|yaml|svg)$/;
const LEFT_ALONE = new Set(['config.json']);

/** Whether `file` (a path inside a build) is a compressed copy this step wrote. */
export const isCompressedCopy = (file) => /\.(br|gz)$/.test(file);

/** Writes the compressed copies for the build in `dir`. */
export function compressBuild(dir) {
  let count = 0;
  let saved = 0;
  for (const f of fs.readdirSync(dir, { recursive: true })) {
    const file = path.join(dir, f);
    if (!fs.statSync(file).isFile() || !COMPRESSIBLE.test(f) || LEFT_ALONE.has(f)) continue;
    const bytes = fs.readFileSync(file);
    const br = zlib.brotliCompressSync(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    fs.writeFileSync(`${file}.br`, br);
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(bytes, { level: 9 }));
    count += 1;
    saved += bytes.length - br.length;
  }
  console.log(`compress: ${count} files, ${(saved / 1024).toFixed(0)} KB saved with brotli`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // A debug build (`make dev`) is never deployed, and its WebAssembly is large.
  if ((process.env.TRUNK_PROFILE || 'release') === 'release') {
    compressBuild(process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist');
  }
}
