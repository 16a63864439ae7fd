// Stoplight Prism in `proxy --errors` mode between the app and the reference backend: every
// request the app makes and every response the backend gives is validated against
// public/openapi.yaml, and any violation fails the test that caused it.
//
// Prism starts once per test file (it takes seconds); a tiny forwarder behind it points at
// the current test's fresh backend.
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../..');
const PRISM = path.join(ROOT, 'node_modules', '.bin', 'prism');
const SPEC = path.join(ROOT, 'public', 'openapi.yaml');

/** Forwards every request to `target()`, unchanged; `activity` hears when one begins or ends. */
function forwarder(target, activity) {
  const server = http.createServer((req, res) => {
    activity(+1);
    res.on('close', () => activity(-1));
    const base = target();
    // Between tests (a page's retry timer may still be running) there is no backend.
    if (!base) {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('no backend between tests');
      return;
    }
    const upstream = new URL(req.url, base);
    const out = http.request(upstream, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    out.on('error', (e) => res.writeHead(502).end(String(e)));
    req.pipe(out);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Starts Prism in front of whatever `target()` names. Returns
 * { url, violations(): lines logged since the last call, stop() }.
 */
export async function startContractProxy(target) {
  // Requests under way through the proxy, and when it last did or logged anything.
  let inFlight = 0;
  let lastActivity = Date.now();
  const fwd = await forwarder(target, (delta) => { inFlight += delta; lastActivity = Date.now(); });
  const upstream = `http://127.0.0.1:${fwd.address().port}`;
  const port = await freePort();
  const child = spawn(PRISM, ['proxy', SPEC, upstream, '--errors', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SCARF_ANALYTICS: 'false', FORCE_COLOR: '0' },
  });
  let log = '';
  let seen = 0;
  child.stdout.on('data', (c) => { log += c; lastActivity = Date.now(); });
  child.stderr.on('data', (c) => { log += c; lastActivity = Date.now(); });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`prism did not start:\n${log}`)), 60000);
    const poll = setInterval(() => {
      if (log.includes('Prism is listening')) { clearInterval(poll); clearTimeout(timer); resolve(); }
    }, 100);
    child.on('exit', (code) => { clearInterval(poll); clearTimeout(timer); reject(new Error(`prism exited ${code}:\n${log}`)); });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    /**
     * Resolves once nothing is under way and neither the forwarder nor Prism has done anything
     * for `forMs`: Prism reports a violation after it has answered, so its log must settle too.
     */
    async quiet(forMs = 250, timeoutMs = 15000) {
      const end = Date.now() + timeoutMs;
      while (inFlight > 0 || Date.now() - lastActivity < forMs) {
        if (Date.now() > end) throw new Error(`the contract proxy did not go quiet (${inFlight} requests under way)`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    violations() {
      const lines = log.slice(seen).split('\n');
      seen = log.length;
      // Prism logs a request outside the contract as "Request terminated with error" and a
      // response outside it as "Violation".
      return lines.filter((l) => /terminated with error|Violation|✖/.test(l));
    },
    async stop() {
      child.removeAllListeners('exit');
      await new Promise((r) => { child.once('exit', r); child.kill('SIGTERM'); });
      await new Promise((r) => fwd.close(r));
    },
  };
}

function freePort() {
  return new Promise((resolve) => {
    const s = http.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}
