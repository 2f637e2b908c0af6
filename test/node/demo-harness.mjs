// One demo server (and, for the browser tests, one headless Chromium) per Node test file that
// tests the built demo (`npm run build` first): started before the file's tests, stopped after.
import { before, after } from 'node:test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/**
 * Registers the file's before/after hooks and returns what they set up: `baseUrl` of the demo
 * server (on a free port, its sign-ups in a temporary folder `dataDir`) and, unless
 * `{ browser: false }`, a `browser`. `keepDataDir` leaves the folder for a person to look at.
 */
export function useDemo(name, { browser: withBrowser = true, keepDataDir = false } = {}) {
  const demo = { baseUrl: '', browser: undefined, dataDir: mkdtempSync(join(tmpdir(), `buurtkit-${name}-`)) };
  let server;
  before(async () => {
    server = spawn(process.execPath, ['demo/server.mjs'], {
      env: { ...process.env, PORT: '0', BUURTKIT_SIGNUPS: join(demo.dataDir, 'signups.jsonl') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    demo.baseUrl = await new Promise((resolve, reject) => {
      let output = '';
      server.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /buurtkit demo: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (match) resolve(match[1]);
      });
      server.once('exit', (code) => reject(new Error(`demo server exited with ${code}`)));
    });
    if (withBrowser) demo.browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  });
  after(async () => {
    await demo.browser?.close();
    server?.kill();
    if (!keepDataDir) rmSync(demo.dataDir, { recursive: true, force: true });
  });
  return demo;
}
