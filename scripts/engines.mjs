// The three browser engines the tests run in, all from Debian packages (nothing is downloaded;
// .ci/run installs them): Chromium through puppeteer-core (CDP), Firefox ESR through
// puppeteer-core's Firefox mode (WebDriver BiDi), and WebKitGTK's MiniBrowser through
// WebKitWebDriver (classic WebDriver) under a virtual X display.
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { Key } from 'webdriverio';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import * as puppeteerCore from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * Per engine: how many test files at once, and mocha's timeout per test.
 * - Firefox gets a longer timeout: a few CPU-bound tests (5,000 points checked pair by pair
 *   with chai) take over 20 s there on a loaded two-core machine.
 * - Firefox and WebKit run one file at a time. In Firefox a second window is not the focused
 *   one, and there focus events, key activation and tile loading did not happen (the guide's
 *   keyboard walk, glossary terms on focus, map tiles failed; all pass one at a time). The
 *   WebDriver launcher runs files side by side in stacked iframes of one page, where only one
 *   can have keyboard focus. BUURTKIT_CONCURRENCY overrides this, to try.
 */
export const engineSettings = {
  chromium: { concurrency: 2, testTimeout: 20_000 },
  firefox: { concurrency: 1, testTimeout: 60_000 },
  webkit: { concurrency: 1, testTimeout: 20_000 },
};

/** BUURTKIT_ENGINE, or chromium. */
export function selectedEngine() {
  const engine = process.env.BUURTKIT_ENGINE ?? 'chromium';
  if (!ENGINES.includes(engine)) throw new Error(`BUURTKIT_ENGINE must be one of ${ENGINES.join(', ')}, not "${engine}"`);
  return engine;
}

export function engineLauncher(engine) {
  if (engine === 'firefox') return firefoxLauncher();
  if (engine === 'webkit') return webkitLauncher();
  return chromeLauncher({
    launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    // A window per test file: with two files at once, a second tab is hidden and gets no animation
    // frames, IntersectionObserver or ResizeObserver callbacks, so frame-bound tests would hang.
    createPage: ({ context }) => context.newPage({ type: 'window' }),
  });
}

function firefoxLauncher() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      defaultViewport: null,
      args: ['--width=1280', '--height=800'],
    },
    createPage: ({ context }) => context.newPage({ type: 'window' }),
  });
}

function webkitLauncher() {
  return new WebKitLauncher();
}

/**
 * @web/test-runner-webdriver's launcher, plus the driver it talks to: WebKitWebDriver on a free
 * port under `xvfb-run` (MiniBrowser needs an X display even when nobody looks at it),
 * started with the test run and stopped with it.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // Classic WebDriver: WebKitWebDriver does not offer WebDriver BiDi, which webdriverio asks for by default.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
      },
    });
  }

  async initialize(config, testFiles) {
    // A port found free can be taken by another process before the driver listens on it; the
    // driver then exits at once, and another port is tried.
    for (let attempt = 1; ; attempt += 1) {
      [this.options.port] = await freePorts(1);
      // Its own process group, so stop() ends xvfb-run, Xvfb and the driver together.
      // A screen larger than the largest window a test asks for (test/harness/viewport.ts).
      this.driverProcess = spawn('xvfb-run', ['-a', '-s', '-screen 0 1920x1200x24', webkitDriverPath, `--port=${this.options.port}`], {
        detached: true,
        stdio: 'ignore',
      });
      // Also when the test runner itself is ended: no Xvfb or driver is left behind.
      const child = this.driverProcess;
      process.once('exit', () => stopGroup(child));
      try {
        await waitForDriver(this.options.port, child);
        break;
      } catch (error) {
        stopGroup(child);
        if (attempt === 3 || child.exitCode === null) throw error;
      }
    }
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  /**
   * The stock session manager starts the navigation to a test file and does not wait for it.
   * When WebKitWebDriver then fails to answer (seen in CI: UND_ERR_HEADERS_TIMEOUT on the
   * navigation, five minutes later), the rejection is unhandled and Node ends the whole run.
   * Awaited here, the failure belongs to that one test file, and the next file runs.
   */
  async startSession(id, url) {
    await this.ensureManagerInitialized();
    if (typeof this.driverManager.getFrameId === 'function') return super.startSession(id, url);
    await this.driverManager.startSession(id, url);
  }

  /**
   * Each key down and up on its own. The stock launcher presses every key of a text down and
   * only then all up, and WebKit drops a key pressed while it is still down: "koffie" arrived
   * as "kofie". Also reads puppeteer's key names (`Tab`, `KeyB`) that the tests use, and a
   * combination such as `Shift+Tab` (modifiers held down around the last key).
   */
  async sendKeys(_sessionId, keys) {
    const action = this.driver.action('key');
    for (const key of keys) {
      // "Shift+Tab": the launcher API has no key down/up, so a combination comes as one name.
      const parts = /^(Shift|Control|Alt|Meta)\+./.test(key) ? key.split('+').map(webDriverKey) : [webDriverKey(key)];
      for (const part of parts) action.down(part);
      for (const part of parts.reverse()) action.up(part);
    }
    await action.perform();
  }

  /**
   * The size of a test file's page (test/harness/viewport-plugin.mjs). One file at a time (the
   * setting here), each test file has the window to itself: the window is sized so that its
   * viewport, inside MiniBrowser's own bars, comes out at the size asked for. Several files at
   * once run in iframes of one page: then the file's iframe takes the size, which its document
   * sees as its viewport.
   */
  async setFrameSize(sessionId, { width, height }) {
    if (typeof this.driverManager.getFrameId === 'function') {
      const frameId = this.driverManager.getFrameId(sessionId);
      await this.driver.execute(
        (id, w, h) => {
          const frame = document.getElementById(id);
          frame.style.width = `${w}px`;
          frame.style.height = `${h}px`;
        },
        frameId,
        width,
        height,
      );
      return;
    }
    // X applies a new window size a moment after the call returns: ask again until the
    // viewport has the size (MiniBrowser's toolbar takes its own height off the window's).
    const viewport = () => this.driver.execute(() => [window.innerWidth, window.innerHeight, window.outerWidth, window.outerHeight]);
    const deadline = Date.now() + 10_000;
    let [innerWidth, innerHeight, outerWidth, outerHeight] = await viewport();
    while (innerWidth !== width || innerHeight !== height) {
      if (Date.now() > deadline) {
        throw new Error(`WebKit's viewport is ${innerWidth}×${innerHeight}, not the ${width}×${height} asked for`);
      }
      await this.driver.setWindowRect(null, null, width + (outerWidth - innerWidth), height + (outerHeight - innerHeight));
      [innerWidth, innerHeight, outerWidth, outerHeight] = await viewport();
    }
  }

  async stop() {
    await super.stop();
    if (this.driverProcess) stopGroup(this.driverProcess);
  }
}

function stopGroup(child) {
  try {
    if (child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

function webDriverKey(name) {
  const letter = /^Key([A-Z])$/.exec(name) ?? /^Digit([0-9])$/.exec(name);
  if (letter) return letter[1].toLowerCase();
  return Object.prototype.hasOwnProperty.call(Key, name) ? Key[name] : name;
}

/**
 * `count` different ports on 127.0.0.1 that nothing listens on now, all held until all are
 * found, so two asked for at once are never the same one.
 */
export async function freePorts(count) {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => server.address().port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** Resolves once the driver answers /status as ready; fails if it exits first or takes a minute. */
async function waitForDriver(port, child) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok && (await response.json()).value?.ready) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within a minute`);
}
