// The one way this project starts Chromium (tests, end-to-end checks, benchmarks): Debian's
// build, headless, and with its background services off, since this machine has no network
// beyond 127.0.0.1 and those services would only fail and retry.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
