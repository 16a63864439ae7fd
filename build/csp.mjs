// Prints the Content-Security-Policy a deployment of a build needs: Trunk's inline loader
// script is allowed by its SHA-256 hash, WebAssembly by 'wasm-unsafe-eval'.
//   node build/csp.mjs dist [api-origin] [frame-ancestors…]
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

export function csp(dist, { api = '', frameAncestors = ["'none'"] } = {}) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => `'sha256-${crypto.createHash('sha256').update(m[1]).digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self'${api ? ` ${api}` : ''}`,
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist = 'dist', api = '', ...ancestors] = process.argv.slice(2);
  console.log(csp(dist, { api, frameAncestors: ancestors.length ? ancestors : ["'none'"] }));
}
