// The built studio (dist/studio, `npm run build` first) as a plain static host serves it: from a
// folder the test chooses, under `Content-Security-Policy: default-src 'self'` and nothing else,
// with headless Chromium to open it. One harness for every Node test of the built studio.
import { after, before } from 'node:test';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

export const STUDIO_DIST = join(process.cwd(), 'dist/studio');
const CSP = { 'content-security-policy': "default-src 'self'" };
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain',
  '.svg': 'image/svg+xml',
};

/**
 * Serves dist/studio under `folder` for the tests of this file, and launches a browser.
 * `files` adds files beside the studio (name → { type, body }), as an editor's own feed on the
 * same host. The returned object fills in before the tests run: `baseUrl`, `browser`, and
 * `requests`, every path the server was asked for.
 */
export function useStudioHost(folder, { files = {} } = {}) {
  const host = { baseUrl: undefined, browser: undefined, requests: [] };
  let server;

  before(async () => {
    server = createServer(async (request, response) => {
      const { pathname } = new URL(request.url, 'http://x');
      host.requests.push(pathname);
      const relative = pathname.startsWith(folder) ? pathname.slice(folder.length) || 'index.html' : undefined;
      const extra = relative === undefined ? undefined : files[relative];
      if (extra) {
        response.writeHead(200, { 'content-type': extra.type, ...CSP });
        response.end(extra.body);
        return;
      }
      const file = relative === undefined ? undefined : normalize(join(STUDIO_DIST, relative));
      if (!file || !file.startsWith(STUDIO_DIST + sep)) {
        response.writeHead(404).end();
        return;
      }
      try {
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...CSP });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    host.baseUrl = `http://127.0.0.1:${server.address().port}`;
    host.browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  });

  after(async () => {
    await host.browser?.close();
    server?.close();
  });

  return host;
}

/**
 * A new page of the studio at `url` that records what must not happen: page errors, console
 * errors and failed requests (in `problems`), CSP violations (in `window.__cspViolations`).
 */
export async function openWatched(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window.__cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url, { waitUntil: 'networkidle0' });
  return { page, problems };
}
