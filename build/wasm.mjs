// Trunk hooks that build the app's WebAssembly, split into chunks (src/platform/split.rs).
//
// Trunk 0.21 runs wasm-bindgen on the whole binary and has no step before it, but wasm-split
// must cut the binary before wasm-bindgen runs (trunk-rs/trunk#1022). So index.html's
// `rel="rust"` link is `data-trunk-skip`; these hooks do what it did, with the split between:
//   node build/wasm.mjs build   (pre_build)  cargo build → wasm-split → wasm-bindgen →
//                                     wasm-opt (the boundary between the two trimmed,
//                                     wasm-boundary.mjs), the embedded backend's pack and the
//                                     loader's fetches, terser, into <staging>/app-<content hash>/
//   node build/wasm.mjs link    (post_build) index.html starts the app from that folder
// A debug build (`trunk serve` without --release) skips the split and wasm-opt.
// The folder's name changes with its content, so a host may cache it for ever; the files keep
// the names the loader (`__wasm_split.js`) and wasm-bindgen's module use for each other.
import { execFileSync, execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { backendOf } from './backend-rule.mjs';
import { packAndRouteFetches, PACK } from './split-loader.mjs';
import { twoAtATime } from './two-at-a-time.mjs';
import { dropClasses, shortenImports } from './wasm-boundary.mjs';

const root = process.env.TRUNK_SOURCE_DIR || process.cwd();
const staging = process.env.TRUNK_STAGING_DIR || process.argv[3] || 'dist';
const release = (process.env.TRUNK_PROFILE || 'release') === 'release';
const target = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
const NAME = 'okaeri';
// For profiling only: `OKAERI_NAMES=1 trunk build --release --dist <dir>` keeps the functions'
// names (the name section), so a CPU profile or a trace names what runs and what is compiled.
const NAMES = Boolean(process.env.OKAERI_NAMES);
// The WebAssembly features every browser Okaeri supports has; wasm-opt must know them.
const FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];

// A function's source on one line, for an inline script (its statements end with semicolons).
const oneLine = (fn) => String(fn).replace(/\s*\n\s*/g, ' ');

// binaryen's wasm-opt, from the build's own npm packages (build/package.json).
const WASM_OPT = path.join(root, 'build', 'node_modules', '.bin', 'wasm-opt');

const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

/** Compiles and links the app; returns the linked file. */
function compile() {
  // `cargo rustc` gives the link flag to this binary only: the dependencies stay as they are.
  run('cargo', ['rustc', '--target', 'wasm32-unknown-unknown', '--bin', NAME,
    ...(release ? ['--release', '--features', 'split', '--', '-C', 'link-arg=--emit-relocs', ...(NAMES ? ['-C', 'strip=none'] : [])] : [])]);
  return path.join(target, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${NAME}.wasm`);
}

function bind(linked) {
  // Beside the cache (same disk), so a finished folder can be moved into it.
  for (const old of fs.readdirSync(target).filter((f) => f.startsWith('okaeri-wasm-tmp-'))) {
    fs.rmSync(path.join(target, old), { recursive: true, force: true });
  }
  const out = fs.mkdtempSync(path.join(target, 'okaeri-wasm-tmp-'));
  let input = linked;
  if (release) {
    run('wasm-split-cli', [linked, out, '--target', 'web', '--out-name', NAME]);
    input = path.join(out, `${NAME}.wasm`);
  }
  run('wasm-bindgen', ['--target', 'web', '--out-dir', out, '--out-name', NAME, '--no-typescript',
    ...(release ? ['--keep-lld-exports'] : []), input]);
  if (release) {
    fs.rmSync(input);
    const file = (ext) => path.join(out, `${NAME}${ext}`);
    dropClasses(file('_bg.wasm'), file('.js'), [path.join(out, '__wasm_split.js')]);
  }
  return out;
}

async function optimise(dir) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.wasm'));
  // Largest first.
  files.sort((a, b) => fs.statSync(path.join(dir, b)).size - fs.statSync(path.join(dir, a)).size);
  const opt = promisify(execFile);
  await twoAtATime(files, async (f) => {
    const file = path.join(dir, f);
    await opt(WASM_OPT, ['-Oz', ...(NAMES ? ['-g'] : []), ...FEATURES, file, '-o', file], { cwd: root });
  });
  shortenImports(path.join(dir, `${NAME}_bg.wasm`), path.join(dir, `${NAME}.js`), `./${NAME}_bg.js`);
  await packAndRouteFetches(dir, { features: FEATURES, names: NAMES });
  // wasm-bindgen's module and the chunk loader, minified (Trunk's own minifier cannot parse
  // them): their exports and the import names the WebAssembly asks for are kept.
  const { minify } = await import('terser');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const file = path.join(dir, f);
    const { code } = await minify(fs.readFileSync(file, 'utf8'), { module: true, ecma: 2020, compress: { passes: 2 } });
    fs.writeFileSync(file, code);
  }
}

function publish(dir) {
  const names = fs.readdirSync(dir).sort();
  const hash = crypto.createHash('sha256');
  for (const f of names) hash.update(f).update(fs.readFileSync(path.join(dir, f)));
  const folder = `app-${hash.digest('hex').slice(0, 12)}`;
  fs.mkdirSync(staging, { recursive: true });
  for (const old of fs.readdirSync(staging).filter((f) => f.startsWith('app-'))) {
    fs.rmSync(path.join(staging, old), { recursive: true });
  }
  fs.cpSync(dir, path.join(staging, folder), { recursive: true });
  // Made as a private temporary folder (0700): a web server's own user must read it.
  fs.chmodSync(path.join(staging, folder), 0o755);
  console.log(`wasm: ${folder}, ${names.filter((f) => f.endsWith('.wasm')).length} WebAssembly files`);
}


/** Starts the app from its folder: fetched at once, beside the boot shell's paint. */
function link() {
  const folder = fs.readdirSync(staging).find((f) => f.startsWith('app-'));
  if (!folder) throw new Error(`no app-* folder in ${staging}: did the build hook run?`);
  const js = `${folder}/${NAME}.js`;
  const wasm = `${folder}/${NAME}_bg.wasm`;
  const split = fs.existsSync(path.join(staging, folder, '__wasm_split.js'));
  // Only the app's own file and its chunk loader are fetched ahead. Preloading the chunks the
  // first screen asks for next (a deep link's page, the embedded backend) made cold starts
  // slower: on a slow line they share it with the main file, which then arrives later.
  // The embedded backend's code, though, is fetched the moment the main file has arrived, when
  // the embedded default is configured: the line is free then, and the app asks for it only
  // once it has started, a few hundred milliseconds of a cheap phone's CPU later. One request,
  // its pack (build/split-loader.mjs).
  const packed = split && fs.existsSync(path.join(staging, folder, PACK));
  // Asked for once the main file has arrived: when it is instantiated (the script that starts it
  // says so), or at its preload link's `load` event if that comes first (this script runs right
  // after the link is parsed). On a slow phone that event waited for the app's start, a few
  // hundred milliseconds of an idle line.
  // The promise is there as soon as config.json is read, which the app itself waits for: so
  // the chunk loader always finds it and waits, even when the main file's load event comes late
  // on a busy phone, rather than fetching the pack's files one by one.
  const fetchPack = !packed ? '' : '<script>{'
    + 'const arrived = new Promise((r) => { window.okaeriMainArrived = r; document.currentScript.previousElementSibling.addEventListener("load", r, { once: true }); });'
    // Only where config.json names the embedded default (build/backend-rule.mjs).
    + `window.okaeriConfig.then(({ status, text }) => { if ((${oneLine(backendOf)})(status, text) !== "demo") return;`
    + `window.okaeriPack = arrived.then(() => fetch("${folder}/${PACK}")).then((r) => (r.ok ? r : Promise.reject(new Error(String(r.status)))));`
    + 'window.okaeriPack.catch(() => {}); });'
    + '}</script>';
  const start = `<link rel="modulepreload" href="${js}">`
    + (split ? `<link rel="modulepreload" href="${folder}/__wasm_split.js">` : '')
    + `<link rel="preload" href="${wasm}" as="fetch" type="application/wasm" crossorigin>`
    + fetchPack
    // A main file that cannot be fetched or instantiated (no network, a stale deploy, broken
    // bytes) ends in index.html's message with a retry, not in 「読み込んでいます…」 for ever;
    // so does one still missing after a minute (a stalled line), while it goes on loading.
    + '<script type="module">const failed = () => window.okaeriStartFailed && window.okaeriStartFailed("load");'
    + 'const stalled = setTimeout(failed, 60000);'
    // Against <base> by hand: WebKit resolves an inline module's import() against the page's
    // own address, so a deep link such as /board/new asked for /board/app-…/okaeri.js.
    + `try { const { default: init } = await import(new URL("./${js}", document.baseURI).href);`
    + `const wasm = await init({ module_or_path: "./${wasm}" });`
    + 'clearTimeout(stalled); window.okaeriMainArrived && window.okaeriMainArrived();'
    + 'dispatchEvent(new CustomEvent("okaeri-started", { detail: { wasm } })); } catch (e) { clearTimeout(stalled); failed(); }</script>';
  const html = path.join(staging, 'index.html');
  const page = fs.readFileSync(html, 'utf8');
  if (!page.includes('</head>')) throw new Error('index.html has no </head>');
  fs.writeFileSync(html, page.replace('</head>', `${start}</head>`));
}

const step = process.argv[2];
if (step === 'build') {
  const linked = compile();
  // Split, bound and optimised once per linked binary and version of the scripts that shape
  // it: the intranet build and a second `make test` reuse it (wasm-opt is most of this step's
  // time).
  const key = crypto.createHash('sha256').update(fs.readFileSync(linked));
  for (const script of ['wasm.mjs', 'wasm-boundary.mjs', 'wasm-binary.mjs', 'split-loader.mjs', 'merged-pack.mjs']) {
    key.update(fs.readFileSync(new URL(`./${script}`, import.meta.url)));
  }
  key.update(String(release)).update(String(NAMES));
  const cacheRoot = path.join(target, 'okaeri-wasm');
  const cached = path.join(cacheRoot, key.digest('hex').slice(0, 16));
  if (!fs.existsSync(cached)) {
    const dir = bind(linked);
    if (release) await optimise(dir);
    fs.rmSync(cacheRoot, { recursive: true, force: true });
    fs.mkdirSync(cacheRoot, { recursive: true });
    fs.renameSync(dir, cached);
  }
  publish(cached);
} else if (step === 'link') {
  link();
} else {
  console.error('usage: node build/wasm.mjs build|link [dist]');
  process.exit(2);
}
