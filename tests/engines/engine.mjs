// One engine through WebDriver, chosen by OKAERI_ENGINE: Firefox ESR (geckodriver, WebDriver
// BiDi), WebKitGTK's MiniBrowser (WebKitWebDriver, classic WebDriver; needs an X display, so
// `make` runs it under xvfb-run) or Chromium (chromedriver, BiDi). WebdriverIO is the one
// client for all three, so the journeys read the same in each.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { remote } from 'webdriverio';

export const ENGINE = process.env.OKAERI_ENGINE || 'firefox';
// geckodriver from crates.io (.ci/tools.sh); not the npm package of that name that
// webdriverio depends on, which would download one.
const GECKODRIVER = process.env.GECKODRIVER || path.join(process.env.CARGO_HOME || path.join(os.homedir(), '.cargo'), 'bin', 'geckodriver');

// Each engine's capabilities are made when a session starts: WebKit's looks for MiniBrowser,
// which a run of another engine need not have.
const ENGINES = {
  firefox: {
    driver: (port) => [GECKODRIVER, ['--port', String(port), '--log', 'error']],
    capabilities: () => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
        args: ['-headless', '-width', '1024', '-height', '800'],
        // No first-run pages, studies or update checks reaching for the network.
        prefs: { 'browser.shell.checkDefaultBrowser': false, 'app.update.enabled': false, 'app.normandy.enabled': false, 'messaging-system.rsexperimentloader.enabled': false },
      },
    }),
  },
  webkit: {
    driver: (port) => ['WebKitWebDriver', [`--port=${port}`]],
    capabilities: () => ({
      // WebKitGTK's driver speaks classic WebDriver only: no BiDi session is asked for.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: process.env.MINIBROWSER_PATH || miniBrowser(),
        args: ['--automation'],
      },
    }),
  },
  chromium: {
    driver: (port) => ['chromedriver', [`--port=${port}`]],
    capabilities: () => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--window-size=1024,800', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  },
};

/** Debian's MiniBrowser, in the folder of this machine's architecture. */
function miniBrowser() {
  for (const arch of fs.readdirSync('/usr/lib')) {
    const file = path.join('/usr/lib', arch, 'webkit2gtk-4.1', 'MiniBrowser');
    if (fs.existsSync(file)) return file;
  }
  throw new Error('no MiniBrowser: bash .ci/tools.sh engines');
}

if (!ENGINES[ENGINE]) throw new Error(`OKAERI_ENGINE=${ENGINE}: expected one of ${Object.keys(ENGINES).join(', ')}`);

/** Whether a server could listen on `port` now (0: any free port); resolves the port or null. */
function tryListen(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(null));
    probe.listen(port, '127.0.0.1', () => {
      const { port: actual } = probe.address();
      probe.close(() => resolve(actual));
    });
  });
}

/** A port no one listens on now. */
export async function freePort() {
  return tryListen(0);
}

/**
 * A free port below Linux's ephemeral range (32768 and up), for a server a test stops and
 * starts again: while it is down, the page's retries to a port in that range can end up
 * connected to themselves and hold it, and the server then cannot listen there again.
 */
export async function steadyPort() {
  for (let i = 0; i < 100; i++) {
    const port = await tryListen(20000 + Math.floor(Math.random() * 12000));
    if (port) return port;
  }
  throw new Error('no free port between 20000 and 32000');
}

/**
 * Starts this engine's WebDriver server; resolves once it answers /status. `restart()` starts
 * a fresh one in its place (on a new port) when a session could not be made.
 */
export async function startDriver() {
  const driver = { ...(await launchDriver()) };
  driver.restart = async () => {
    await driver.stop();
    Object.assign(driver, await launchDriver());
  };
  return driver;
}

async function launchDriver() {
  const port = await freePort();
  const [command, args] = ENGINES[ENGINE].driver(port);
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 30000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} exited ${child.exitCode}: ${stderr}`);
    const ok = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`${command} did not answer on port ${port}: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        // A driver stuck starting its browser may not heed SIGTERM.
        const killed = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(killed);
      }
      // A browser the driver leaves behind (its page crashed) still holds the driver's stderr:
      // let go of it, or this process waits for that browser and the run never ends.
      child.stderr.destroy();
    },
  };
}

/**
 * A new browser session (a fresh profile: empty storage). `errors()` lists the JavaScript and
 * console errors where the engine reports them (BiDi: Firefox and Chromium; classic WebDriver
 * has no log, so in WebKit the journeys' own assertions are what fails).
 */
export async function newSession(driver) {
  const connect = () => remote({
    hostname: '127.0.0.1',
    port: driver.port,
    logLevel: 'error',
    capabilities: ENGINES[ENGINE].capabilities(),
    waitforTimeout: 30000,
    connectionRetryCount: 0,
    // A browser starts in seconds; a command that long is a driver that hung.
    connectionRetryTimeout: 60000,
  });
  let browser;
  try {
    browser = await connect();
  } catch (error) {
    // WebKitWebDriver on a busy machine has been seen to never answer a new session request:
    // that is the driver's failure, not the app's, so a fresh driver gets one more try.
    console.warn(`${ENGINE}: no session (${error.message}); starting a fresh driver and trying once more`);
    await driver.restart();
    browser = await connect();
  }
  const entries = [];
  const navigations = [];
  const gone = new Set();
  if (browser.isBidi) {
    await browser.sessionSubscribe({ events: ['log.entryAdded', 'browsingContext.navigationStarted', 'script.realmDestroyed'] });
    browser.on('log.entryAdded', (entry) => { if (entry.level === 'error') entries.push(entry); });
    browser.on('browsingContext.navigationStarted', (nav) => navigations.push(nav));
    browser.on('script.realmDestroyed', ({ realm }) => gone.add(realm));
  }
  // Firefox logs a load the page had asked for through the service worker as failed when the
  // page itself is left (a reload, a new address) before it arrived: seen in about one reload
  // in six during the warm-up. The page that asked is gone and nothing of hers was lost. Only
  // that case is let through: logged by a page since gone, after its tab began to navigate.
  const leftBehind = (entry) => /A ServiceWorker intercepted the request and encountered an unexpected error/.test(entry.text)
    && gone.has(entry.source?.realm)
    && navigations.some((nav) => nav.context === entry.source?.context && nav.timestamp <= entry.timestamp);
  const errors = () => entries.filter((e) => !leftBehind(e)).map((entry) => {
    const where = entry.stackTrace?.callFrames?.[0];
    return `${entry.type}: ${entry.text}${where ? ` (${where.url}:${where.lineNumber})` : ''}`;
  });
  return { browser, errors };
}
