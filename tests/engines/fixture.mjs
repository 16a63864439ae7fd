// What every cross-engine journey runs against: the release build served with the build's
// Content-Security-Policy as a header (reporting to the server, so a violation is seen in every
// engine alike), a reference backend for the REST journeys, an intranet host page on two
// origins, and a fresh browser session per test. After each test: zero CSP violations, and no
// JavaScript or console error where the engine reports them.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../e2e/server.mjs';
import { startBackend } from '../e2e/backend.mjs';
import { csp } from '../../build/csp.mjs';
import { ENGINE, newSession, startDriver, steadyPort } from './engine.mjs';
import { hostPage } from '../e2e/intranet-host.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = path.resolve(here, '../../dist');
const REPORTS = '/__csp-report';
/** An origin nothing may load from: an image from it is the probe that flushes CSP reports. */
const PROBE = 'http://csp-probe.invalid';

/**
 * Registers the hooks; returns the context the tests read: `ctx.browser` (WebdriverIO),
 * `ctx.url` (the app), `ctx.rest` (set it to run the app on the reference backend), the
 * backend and the intranet hosts.
 */
export function useEngine() {
  const ctx = { engine: ENGINE, rest: false, reports: [], browser: null, errors: () => [] };
  let waiters = [];
  const handler = async (req, res) => {
    if (req.method === 'POST' && req.url === REPORTS) {
      let body = '';
      for await (const chunk of req) body += chunk;
      const report = JSON.parse(body)['csp-report'] ?? {};
      ctx.reports.push(report);
      waiters = waiters.filter((w) => !w(report));
      res.writeHead(204).end();
      return true;
    }
    if (!req.url.endsWith('/config.json')) return false;
    const config = ctx.rest
      ? { api_base: ctx.backend.url, token: 'demo-worker', allowed_origins: [ctx.listedHost] }
      : { api_base: '', allowed_origins: [ctx.listedHost] };
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', 'content-security-policy': ctx.policy });
    res.end(JSON.stringify(config));
    return true;
  };

  /** Resolves with the first report (already received or to come) that `match` accepts. */
  ctx.report = (match, timeout = 30000) => {
    const seen = ctx.reports.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no such CSP report within ${timeout} ms; got ${JSON.stringify(ctx.reports)}`)), timeout);
      waiters.push((report) => {
        if (!match(report)) return false;
        clearTimeout(timer);
        resolve(report);
        return true;
      });
    });
  };

  /** (Re)starts the app's server on its port: a test may stop it to be offline. */
  ctx.startApp = async () => {
    ctx.app = await serve({ root: DIST, port: ctx.appPort, handler, headers: { 'content-security-policy': ctx.policy } });
  };
  ctx.stopApp = async () => {
    await ctx.app?.close();
    ctx.app = null;
  };
  /** (Re)starts the reference backend on its port, keeping its database. */
  ctx.startBackend = async () => {
    ctx.backend = await startBackend({ db: ctx.db, port: ctx.backendPort });
  };
  ctx.stopBackend = async () => {
    await ctx.backend?.stop();
    ctx.backend = null;
  };

  before(async () => {
    assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'build the app first: make build');
    ctx.driver = await startDriver();
    // The intranet: one server, reachable as http://localhost:P (listed) and
    // http://127.0.0.1:P (not listed): two origins.
    ctx.host = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(hostPage(ctx.url + 'board'));
    });
    await new Promise((r) => ctx.host.listen(0, '127.0.0.1', r));
    ctx.listedHost = `http://localhost:${ctx.host.address().port}`;
    ctx.unlistedHost = `http://127.0.0.1:${ctx.host.address().port}`;
    ctx.backendPort = await steadyPort();
    ctx.appPort = await steadyPort();
    ctx.url = `http://127.0.0.1:${ctx.appPort}/`;
    // The policy a company deploys (deploy/render.mjs makes the same for nginx): its API's
    // origin may be called, its intranet may frame the app.
    ctx.policy = `${csp(DIST, { api: `http://127.0.0.1:${ctx.backendPort}`, frameAncestors: [ctx.listedHost] })}; report-uri ${REPORTS}`;
    await ctx.startApp();
  });

  /** A fresh start for a test: a new backend database and browser session, and nothing it
   * expects or allows (`ctx.expected`, `ctx.allowedErrors`) left from the test before. */
  ctx.fresh = async () => {
    ctx.rest = false;
    ctx.reports = [];
    ctx.expected = [];
    ctx.allowedErrors = [];
    // A test that stopped the app's server gets it back.
    if (!ctx.app) await ctx.startApp();
    ctx.db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'okaeri-engines-')), 'backend.sqlite');
    await ctx.startBackend();
    ({ browser: ctx.browser, errors: ctx.errors } = await newSession(ctx.driver));
  };
  /** Ends the test's browser session and backend. */
  ctx.close = async () => {
    await ctx.browser?.deleteSession().catch(() => {});
    ctx.browser = null;
    await ctx.stopBackend();
    fs.rmSync(path.dirname(ctx.db), { recursive: true, force: true });
  };

  beforeEach(ctx.fresh);

  afterEach(async (t) => {
    try {
      // A test that stopped a server gets it back for the checks below and the next test.
      if (!ctx.app) await ctx.startApp();
      if (ctx.browser && !t.skip) await noViolations(ctx);
    } finally {
      await ctx.close();
    }
    const allowed = [/csp-probe\.invalid/, ...(ctx.allowedErrors ?? [])];
    const errors = ctx.errors().filter((e) => !allowed.some((re) => re.test(e)));
    assert.deepEqual(errors, [], `${ENGINE} reported errors:\n${errors.join('\n')}`);
  });

  current = ctx;
  after(async () => {
    await ctx.stopApp();
    ctx.host?.closeAllConnections();
    await new Promise((r) => ctx.host?.close(r));
    await ctx.driver?.stop();
  });
  return ctx;
}

/** The context `useEngine` made, for `journey`. */
let current = null;

/** Whether `error` (or what caused it) says the session's browser is gone. */
function browserGone(error) {
  for (let e = error; e; e = e.cause) {
    if (/invalid session id/i.test(String(e.message ?? e))) return true;
  }
  return false;
}

/**
 * A journey: a test that runs once more, from a fresh start, if the engine's browser went away
 * in the middle of it ("invalid session id"). WebKitGTK's has, under the full run's load, on
 * pages that pass alone; the output says so, and the second run must pass in full.
 */
export function journey(name, fn) {
  test(name, async (t) => {
    try {
      await fn(t);
    } catch (error) {
      if (!browserGone(error)) throw error;
      const message = `${ENGINE}'s browser went away mid-journey; run once more from a fresh start`;
      console.warn(`${name}: ${message}`);
      t.diagnostic(message);
      await current.close();
      await current.fresh();
      await fn(t);
    }
  });
}

/**
 * Zero CSP violations in the test that just ran, apart from those it expected (`ctx.expected`).
 * The app's page loads an image from an origin the policy forbids and waits for that report:
 * a browser sends reports in order, so every earlier violation has been reported by then.
 */
async function noViolations(ctx) {
  const b = ctx.browser;
  const onApp = await b.getUrl().then((u) => u.startsWith(ctx.url), () => false);
  if (!onApp) await b.url(ctx.url + 'settings');
  await b.execute((src) => { new Image().src = src; }, `${PROBE}/probe.png`);
  await ctx.report((r) => String(r['blocked-uri']).startsWith(PROBE));
  const unexpected = ctx.reports.filter((r) => !String(r['blocked-uri']).startsWith(PROBE) && !(ctx.expected ?? []).some((match) => match(r)));
  assert.deepEqual(unexpected, [], `CSP violations in ${ENGINE}:\n${JSON.stringify(unexpected, null, 2)}`);
}

/** Waits until the app has started and the page in <main> shows its heading. */
export async function shown(b) {
  await b.waitUntil(
    () => b.execute(() => !document.getElementById('boot') && !!document.querySelector('main h1') && !document.querySelector('main .loading')),
  ).catch(async (e) => {
    const where = await b.execute(() => `${location.href}: ${document.body?.innerText.slice(0, 300)}`).catch((x) => String(x));
    throw new Error(`the app did not show a page (${where})`, { cause: e });
  });
}

/** Opens `route` of the app in this session and waits for its page. */
export async function open(ctx, route = '') {
  await ctx.browser.url(ctx.url + route.replace(/^\//, ''));
  await shown(ctx.browser);
}

/** Reloads the page as her browser's reload button does, and waits for the app. */
export async function reload(b) {
  await b.execute(() => {
    window.__beforeReload = true;
    // After this script has answered: a navigation under way would cut its answer off.
    setTimeout(() => location.reload(), 0);
  });
  await b.waitUntil(() => b.execute(() => !window.__beforeReload).catch(() => false), { timeoutMsg: 'the page did not reload' });
  await shown(b);
}

export async function heading(b) {
  return (await b.execute(() => document.querySelector('main h1')?.textContent ?? '')).trim();
}

/** Waits until the page in <main> has this heading. */
export async function headingIs(b, text) {
  await b.waitUntil(async () => (await heading(b)) === text, { timeoutMsg: `heading never became ${text}; it is ${await heading(b)}` });
}

/** Waits until the page's text includes `text`. */
export async function sees(b, text) {
  await b.waitUntil(() => b.execute((t) => document.body.innerText.includes(t), text), { timeoutMsg: `never saw ${text}` });
}

/** The button whose own text is exactly `text`, once it is shown. */
export async function button(b, text) {
  const el = await b.$(`button=${text}`);
  await el.waitForDisplayed();
  return el;
}

/**
 * Taps the button whose own text is exactly `text`: found afresh until the tap lands, so a
 * button redrawn by the step it belongs to, or briefly covered, is tapped once it can be.
 */
export async function click(b, text) {
  let last;
  let tries = 0;
  await b.waitUntil(async () => {
    try {
      const el = await b.$(`button=${text}`);
      if (!(await el.isExisting()) || !(await el.isEnabled())) return false;
      // Centred first; then at the end and the start of the view, should something fixed lie
      // over its middle there (the engine then says the tap was intercepted).
      await el.scrollIntoView({ block: ['center', 'end', 'start'][tries++ % 3] });
      await el.click();
      return true;
    } catch (e) {
      last = e;
      return false;
    }
  }).catch(async () => {
    const shown = await b.execute(() => document.querySelector('main')?.innerText.slice(0, 300)).catch(() => '?');
    // What lies over the button's middle, when the engine says the tap was intercepted.
    const over = await b.execute((t) => {
      const el = [...document.querySelectorAll('button')].find((x) => x.textContent.trim() === t);
      const r = el?.getBoundingClientRect();
      const top = r && document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      if (!el) return 'no such button';
      return `${top ? `${top.tagName}.${top.className}` : 'nothing'} at ${Math.round(r.y)} of ${innerHeight}${el.disabled ? ', button disabled' : ''}`;
    }, text).catch(() => '?');
    // One line, what matters first: CI shows only the end of a failing run's output.
    const line = (x) => String(x).replace(/\s+/g, ' ').slice(0, 240);
    throw new Error(`could not tap ${text} (${tries} tries): ${line(last?.message ?? 'not there or disabled')}; over it: ${over}; main: ${line(shown)}`);
  });
}

/** Types into the field with this id, as she would (keys, so input events fire). */
export async function fill(b, id, text) {
  const el = await b.$(`#${id}`);
  await el.waitForDisplayed();
  await el.setValue(text);
  // WebKitWebDriver may answer before the page has handled the last key.
  await b.waitUntil(async () => (await value(b, id)) === text).catch(async () => {
    throw new Error(`#${id} holds ${JSON.stringify(await value(b, id))}, not ${JSON.stringify(text)}`);
  });
}

/**
 * Chooses an option of the select with this id, as picking it does (input and change events).
 * Not by tapping the option: in WebKitGTK that opens the select's own popup menu, which can
 * stay open over the page and take the next tap.
 */
export async function choose(b, id, option) {
  await (await b.$(`#${id}`)).waitForDisplayed();
  await b.execute((i, v) => {
    const select = document.getElementById(i);
    select.value = v;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, id, option);
  assert.equal(await value(b, id), option);
}

export async function value(b, id) {
  return b.execute((i) => document.getElementById(i)?.value ?? null, id);
}

/** Waits until the service worker controls the page, reloading once if it did not claim it. */
export async function controlled(b) {
  await b.execute(async () => { await navigator.serviceWorker.ready; });
  if (!(await b.execute(() => !!navigator.serviceWorker.controller))) {
    await reload(b);
  }
  assert.ok(await b.execute(() => !!navigator.serviceWorker.controller), 'the service worker controls the page');
}
