// Starts the reference backend (crates/reference-backend) on a free port with its own SQLite
// file, for the REST pass of the end-to-end suite.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const target = process.env.CARGO_TARGET_DIR || path.resolve(here, '../../target');
export const BACKEND_BIN = path.join(target, 'debug', 'okaeri-reference-backend');

/** Starts a backend; `db` defaults to a fresh temporary file. Resolves once it listens. */
export function startBackend({ db, port = 0 } = {}) {
  if (!fs.existsSync(BACKEND_BIN)) throw new Error(`build it first: cargo build -p okaeri-reference-backend (${BACKEND_BIN})`);
  const file = db || path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'okaeri-')), 'backend.sqlite');
  const child = spawn(BACKEND_BIN, ['--port', String(port), '--db', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`backend did not start: ${out}`)), 15000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: `http://127.0.0.1:${m[1]}`,
          db: file,
          stop: () => new Promise((r) => { child.once('exit', r); child.kill('SIGTERM'); }),
        });
      }
    });
    child.stderr.on('data', (chunk) => { out += chunk; });
    child.on('exit', (code) => { clearTimeout(timer); if (!out.includes('http://')) reject(new Error(`backend exited ${code}: ${out}`)); });
  });
}
