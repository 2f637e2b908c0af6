// The one way this project starts Chromium (tests, end-to-end checks, benchmarks): Debian's
// build, headless, and with its background services off, since this machine has no network
// beyond 127.0.0.1 and those services would only fail and retry.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Chromium's own features switched off. Since about version 150, every window of headless
 * Chromium opens the address bar's suggestion popup as two WebUI pages (about 200 modules),
 * while the page under test loads. On this two-core machine that took the CPU from the page:
 * the bench's first markers came about 100 ms later, for the kit and the hand-made pages alike.
 * Tools that pass their own `--disable-features` merge these in (puppeteer does so itself).
 */
export const chromiumDisabledFeatures = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'];

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  `--disable-features=${chromiumDisabledFeatures.join(',')}`,
];
