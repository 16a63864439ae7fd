// The benchmark's host: the build served as a real host serves an app like this one, over
// HTTP/2 with TLS, compressed by content type (tests/e2e/server.mjs, `COMPRESSED_TYPES`). The
// certificate is made for the run with `openssl`; the browser is told to trust its key
// (`trustArgs`), so the page is a secure context with a service worker, as on a real host.
// `http1` serves the same answers over HTTP/1.1 with TLS, for one comparison row.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http2 from 'node:http2';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { answerFiles } from '../e2e/server.mjs';

/** A key and a self-signed certificate for 127.0.0.1, and the hash of its public key. */
export function makeCertificate() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okaeri-tls-'));
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
    '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
    '-keyout', keyFile, '-out', certFile], { stdio: 'ignore' });
  const key = fs.readFileSync(keyFile);
  const cert = fs.readFileSync(certFile);
  fs.rmSync(dir, { recursive: true, force: true });
  const spki = new crypto.X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  return { key, cert, spkiHash: crypto.createHash('sha256').update(spki).digest('base64') };
}

/** Chromium's flag that trusts this certificate's key (and only it). */
export const trustArgs = (tls) => [`--ignore-certificate-errors-spki-list=${tls.spkiHash}`];

function listen(server, sockets) {
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `https://127.0.0.1:${server.address().port}/`,
        close: () => {
          for (const s of sockets) s.destroy();
          return new Promise((r) => server.close(r));
        },
      });
    });
  });
}

/**
 * Serves `root` compressed by content type: `http2` over HTTP/2 only, `http1` over HTTP/1.1.
 * `handler(req, res)` may answer first, as in tests/e2e/server.mjs.
 */
export async function host({ root, tls, handler }) {
  const answer = answerFiles({ root, compress: true, handler });
  const h2 = await listen(http2.createSecureServer({ key: tls.key, cert: tls.cert, allowHTTP1: false }, answer), new Set());
  const h1 = await listen(https.createServer({ key: tls.key, cert: tls.cert }, answer), new Set());
  return { http2: h2, http1: h1, close: () => Promise.all([h2.close(), h1.close()]) };
}
