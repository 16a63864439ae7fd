// Trunk post-build hook: writes the real precache list (the build's hashed file names), a
// content version and the config rule (build/backend-rule.mjs) into sw.js, so each release is
// its own cache and a new version is noticed.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { backendOf } from './backend-rule.mjs';
import { isCompressedCopy } from './compress.mjs';
import { PACK } from './split-loader.mjs';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const skip = new Set(['sw.js', 'config.json', 'openapi.yaml']);
// A page's pack serves a first visit, before the worker has cached each of its files
// (build/split-loader.mjs); the embedded backend's, fetched on every start, is kept.
const firstVisitOnly = (f) => path.basename(f).startsWith('pack_') && path.basename(f) !== PACK;
// Every file of the build, the WebAssembly folder's (build/wasm.mjs) included: the app
// must open offline on any page, so every page's chunk is cached at install.
const files = fs.readdirSync(dir, { recursive: true })
  .filter((f) => fs.statSync(path.join(dir, f)).isFile() && !skip.has(f) && !isCompressedCopy(f) && !firstVisitOnly(f))
  .map((f) => f.split(path.sep).join('/'))
  .sort();
const hash = crypto.createHash('sha256');
for (const f of files) hash.update(f).update(fs.readFileSync(path.join(dir, f)));
const version = hash.digest('hex').slice(0, 12);
// The shell is the scope itself ('./'); index.html is served for it.
const precache = ['./', ...files.filter((f) => f !== 'index.html').map((f) => `./${f}`)];
const swPath = path.join(dir, 'sw.js');
let sw = fs.readFileSync(swPath, 'utf8');
sw = sw.replace(/^const VERSION = .*@build:version$/m, `const VERSION = '${version}'; // @build:version`);
sw = sw.replace(/^const PRECACHE = .*@build:precache$/m, `const PRECACHE = ${JSON.stringify(precache)}; // @build:precache`);
const rule = sw.replace(/^const backendOf = .*@build:backend-rule$/m, `const backendOf = ${backendOf}; // @build:backend-rule`);
if (rule === sw) throw new Error('public/sw.js has no @build:backend-rule line');
fs.writeFileSync(swPath, rule);
console.log(`service worker ${version}: ${precache.length} files precached`);
