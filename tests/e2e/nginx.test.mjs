// The app as a company serves it: Debian's nginx, from deploy/nginx.conf.template rendered by
// deploy/render.mjs, over the release build (at the root) and the intranet build (under
// /apps/okaeri/), against the reference backend.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '../../deploy/render.mjs';
import { startBackend } from './backend.mjs';
import { launch, openPage, ready, goInApp } from './browser.mjs';
import { DIST } from './fixture.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SUBPATH_DIST = path.resolve(here, '../../target/dist-subpath');
const NGINX = '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const MOUNT = '/apps/okaeri/';
/** The release build's folder of WebAssembly and scripts, `app-<content hash>`. */
const appFolder = () => fs.readdirSync(DIST).find((f) => f.startsWith('app-'));

let backend;
let browser;
let nginx;
let prefix;
let host;
let listed;
let unlisted;
let rootUrl;
let subUrl;

async function freePort() {
  const server = net.createServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  await new Promise((r) => server.close(r));
  return port;
}

/** Resolves once `url` answers, or fails with nginx's own log. */
async function answering(url, log) {
  const until = Date.now() + 15000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch (e) {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error(`nginx did not answer at ${url}: ${fs.readFileSync(log, 'utf8')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

before(async () => {
  for (const file of [NGINX, BROTLI_MODULE]) {
    assert.ok(fs.existsSync(file), `${file} is missing: bash .ci/tools.sh server installs nginx`);
  }
  for (const dist of [DIST, SUBPATH_DIST]) {
    assert.ok(fs.existsSync(path.join(dist, 'index.html')), `build ${dist} first (make build build-subpath)`);
  }
  backend = await startBackend();
  // The intranet: one server, reachable as http://localhost:P (listed) and http://127.0.0.1:P
  // (not listed), two origins.
  host = http.createServer((req, res) => {
    const src = new URL(req.url, 'http://x').searchParams.get('src');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>社内ポータル</title></head>
<body><h1>社内ポータル</h1><iframe id="okaeri" title="おかえり" src="${src}" onload="this.dataset.loaded = 'yes'" style="width:375px;height:400px"></iframe></body></html>`);
  });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  listed = `http://localhost:${host.address().port}`;
  unlisted = `http://127.0.0.1:${host.address().port}`;

  // The site: the release build at the root and the intranet build under its mount, each with
  // a config.json naming the reference backend and the listed intranet origin.
  prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'okaeri-nginx-'));
  const www = path.join(prefix, 'www');
  fs.cpSync(DIST, www, { recursive: true });
  fs.cpSync(SUBPATH_DIST, path.join(www, MOUNT), { recursive: true });
  const config = JSON.stringify({ api_base: backend.url, token: 'demo-worker', allowed_origins: [listed] });
  fs.writeFileSync(path.join(www, 'config.json'), config);
  fs.writeFileSync(path.join(www, MOUNT, 'config.json'), config);
  // nginx's workers run as another user when it is started as root.
  fs.chmodSync(prefix, 0o755);

  const [rootPort, subPort] = [await freePort(), await freePort()];
  rootUrl = `http://127.0.0.1:${rootPort}/`;
  subUrl = `http://127.0.0.1:${subPort}${MOUNT}`;
  const site = { root: www, api: backend.url, frameAncestors: [listed] };
  fs.writeFileSync(path.join(prefix, 'root.conf'), render({ ...site, dist: www, mount: '/', listen: `127.0.0.1:${rootPort}` }));
  fs.writeFileSync(path.join(prefix, 'sub.conf'), render({ ...site, dist: path.join(www, MOUNT), mount: MOUNT, listen: `127.0.0.1:${subPort}` }));
  // What Debian's /etc/nginx/nginx.conf gives the server block, in a folder of its own.
  const temp = (name) => `${name}_temp_path ${path.join(prefix, name)};`;
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), `load_module ${BROTLI_MODULE};
worker_processes 1;
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'error.log')} warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  include ${path.join(prefix, 'root.conf')};
  include ${path.join(prefix, 'sub.conf')};
}
`);
  const log = path.join(prefix, 'error.log');
  fs.writeFileSync(log, '');
  nginx = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', log, '-g', 'daemon off;'], { stdio: 'ignore' });
  await answering(rootUrl, log);
  await answering(subUrl, log);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (nginx && nginx.exitCode === null) {
    await new Promise((r) => {
      nginx.once('exit', r);
      nginx.kill('SIGQUIT');
    });
  }
  await backend?.stop();
  host?.closeAllConnections();
  await new Promise((r) => (host ? host.close(r) : r()));
  if (prefix) fs.rmSync(prefix, { recursive: true, force: true });
});

test('a deep link and a reload open the app, at the root and under the intranet mount', async () => {
  for (const [url, base] of [[`${rootUrl}board`, '/'], [`${subUrl}profile`, MOUNT]]) {
    const answer = await fetch(url, { headers: { accept: 'text/html' } });
    assert.equal(answer.status, 200, url);
    assert.match(await answer.text(), new RegExp(`<base href="?${base}"?>`), url);
    const { context, page, errors } = await openPage(browser);
    await page.goto(url);
    await ready(page);
    await page.reload();
    await ready(page);
    assert.equal(page.url(), url);
    assert.deepEqual(errors, [], url);
    await context.close();
  }
  // A file missing from the app's folder is a 404, never the page in its place.
  const app = appFolder();
  assert.equal((await fetch(`${rootUrl}${app}/missing.wasm`)).status, 404);
});

test('every file of a first visit arrives compressed, and cached as the README says', async () => {
  // The service worker blocked, so every file of the first visit comes from nginx itself.
  const { context, page, errors } = await openPage(browser, { serviceWorkers: 'block' });
  const answers = [];
  page.on('response', (r) => {
    if (r.url().startsWith(rootUrl)) answers.push(r);
  });
  await page.goto(rootUrl);
  await ready(page);
  const files = await Promise.all(answers.map(async (r) => ({
    path: new URL(r.url()).pathname,
    status: r.status(),
    headers: await r.allHeaders(),
  })));
  const wasm = files.filter((f) => f.path.endsWith('.wasm'));
  assert.ok(wasm.length >= 1, `the main WebAssembly file is among ${files.map((f) => f.path)}`);
  for (const f of files) {
    assert.equal(f.status, 200, f.path);
    if (/\.(png|ico)$/.test(f.path)) continue;
    assert.ok(['br', 'gzip'].includes(f.headers['content-encoding']), `${f.path} arrived ${f.headers['content-encoding'] || 'uncompressed'}`);
    const cache = f.headers['cache-control'];
    if (f.path.startsWith('/app-') || /^\/main-[0-9a-f]+\.css$/.test(f.path)) {
      assert.match(cache, /max-age=31536000/, f.path);
    } else {
      assert.equal(cache, 'no-cache', f.path);
    }
  }
  assert.ok(files.some((f) => f.path === '/config.json'), 'config.json was read');
  // The embedded default's pack and the WebAssembly, whatever their types, as brotli.
  const app = appFolder();
  for (const file of fs.readdirSync(path.join(DIST, app)).filter((f) => /\.(pack|wasm|js)$/.test(f))) {
    const answer = await fetch(`${rootUrl}${app}/${file}`, { headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(answer.headers.get('content-encoding'), 'br', file);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the security policy is sent with the page, and nothing the app does breaks it', async () => {
  const { context, page, errors } = await openPage(browser);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const toBackend = [];
  page.on('request', (r) => {
    if (r.url().startsWith(backend.url)) toBackend.push(r.url());
  });
  const answer = await page.goto(`${subUrl}`);
  const policy = (await answer.allHeaders())['content-security-policy'] || '';
  assert.match(policy, new RegExp(`connect-src 'self' ${backend.url.replace(/[.]/g, '\\.')}`));
  assert.match(policy, new RegExp(`frame-ancestors ${listed}`));
  await ready(page);
  for (const route of ['board', 'profile', 'settings', 'onboarding']) {
    await goInApp(page, `${MOUNT}${route}`);
  }
  assert.ok(toBackend.length > 0, 'the app talked to the reference backend');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a listed intranet page can frame the app; another origin gets nothing', async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 800, height: 600 } });
  const app = `${rootUrl}board`;
  await page.goto(`${listed}/?src=${encodeURIComponent(app)}`);
  const framed = page.frameLocator('#okaeri');
  await framed.locator('main h1').waitFor({ timeout: 30000 });

  // The unlisted origin: once its frame has finished loading, it holds neither the app nor the
  // boot screen index.html draws before any script runs.
  await page.goto(`${unlisted}/?src=${encodeURIComponent(app)}`);
  await page.waitForFunction(() => document.getElementById('okaeri').dataset.loaded === 'yes');
  const child = page.frames().find((f) => f !== page.mainFrame());
  const shows = child ? await child.locator('#boot, main').count().catch(() => 0) : 0;
  assert.equal(shows, 0, `the frame at ${child?.url()} shows the app`);
  await context.close();
});
