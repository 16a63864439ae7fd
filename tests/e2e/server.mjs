// A static file server with SPA fallback, for tests and the benchmark: serves a built `dist`
// (optionally under a sub-path), compressed when the client accepts it and the content type is
// one hosts compress. The benchmark serves the same answers over HTTP/2 (tests/bench/host.mjs).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.yaml': 'application/yaml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** What hosts and CDNs that compress by content type compress: text, JavaScript, JSON, WebAssembly, SVG. */
export const COMPRESSED_TYPES = /^text\/|javascript|json|wasm|svg\+xml/;

// Compressed once per file version, as a host that precompresses its assets would: brotli at
// quality 11 takes seconds for the wasm, which must not count as network time in a benchmark.
const cache = new Map();
function compressed(file, body, encoding) {
  const key = `${encoding}:${file}:${fs.statSync(file).mtimeMs}:${body.length}`;
  if (!cache.has(key)) {
    cache.set(key, encoding === 'br'
      ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
      : zlib.gzipSync(body, { level: 9 }));
  }
  return cache.get(key);
}

/**
 * The answer to every request: a file of `root` under `base`, index.html for a page's path.
 * options: { root, base = '/', compress = false, headers = {}, handler }
 * `handler(req, res)` may answer first (return true) — used to inject API responses.
 */
export function answerFiles({ root, base = '/', compress = false, headers = {}, handler }) {
  return async (req, res) => {
    try {
      if (handler && (await handler(req, res))) return;
      const url = new URL(req.url, 'http://localhost');
      let rel = decodeURIComponent(url.pathname);
      if (rel === base.replace(/\/$/, '')) rel = base; // "/apps/okaeri" is the mount point too
      if (!rel.startsWith(base)) {
        res.writeHead(404).end('not found');
        return;
      }
      rel = rel.slice(base.length);
      let file = path.resolve(root, '.' + path.sep + rel);
      if (!file.startsWith(path.resolve(root))) {
        res.writeHead(403).end();
        return;
      }
      // A folder with its own index.html (the benchmark's framework floor) is served as such.
      if (rel.endsWith('/') && rel !== '' && fs.existsSync(path.join(file, 'index.html'))) {
        file = path.join(file, 'index.html');
        rel += 'index.html';
      }
      const isAsset = path.extname(rel) !== '';
      if (!isAsset || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        if (isAsset && !rel.endsWith('.html')) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
        file = path.resolve(root, 'index.html');
      }
      let body = fs.readFileSync(file);
      const type = TYPES[path.extname(file)] || 'application/octet-stream';
      const out = { 'content-type': type, 'cache-control': 'no-cache', ...headers };
      const accept = req.headers['accept-encoding'] || '';
      if (compress && body.length > 1024 && COMPRESSED_TYPES.test(type)) {
        const encoding = accept.includes('br') ? 'br' : accept.includes('gzip') ? 'gzip' : null;
        if (encoding) {
          body = compressed(file, body, encoding);
          out['content-encoding'] = encoding;
        }
      }
      res.writeHead(200, out);
      res.end(body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  };
}

/** Starts a server on 127.0.0.1 (port 0 = any free port); options as `answerFiles`'s and `port`. */
export function serve({ port = 0, base = '/', ...options } = {}) {
  const server = http.createServer(answerFiles({ base, ...options }));
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://127.0.0.1:${actual}${base}`, close: () => {
        server.closeAllConnections();
        return new Promise((r) => server.close(r));
      } });
    });
  });
}

// `node tests/e2e/server.mjs dist 8080` serves a build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] || 'dist';
  const port = Number(process.argv[3] || 8080);
  const { url } = await serve({ root, port, compress: true });
  console.log(`serving ${root} at ${url}`);
}
