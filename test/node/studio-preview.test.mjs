// The built studio (dist/studio, `npm run build` first) under `Content-Security-Policy:
// default-src 'self'`: the preview and embed sections, and a place's location map, with the
// sample feed as the draft. No CSP violation, no error, no request outside the studio's
// folder (no tiles, no PDOK, the feed from the draft), and the kit's elements draw the draft.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const DIST = join(process.cwd(), 'dist/studio');
const FOLDER = '/ergens/studio/';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml' };

let server;
let browser;
let baseUrl;
const requests = [];

before(async () => {
  server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://x');
    requests.push(pathname);
    const relative = pathname.startsWith(FOLDER) ? pathname.slice(FOLDER.length) || 'index.html' : undefined;
    const file = relative === undefined ? undefined : normalize(join(DIST, relative));
    if (!file || !file.startsWith(DIST + sep)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': "default-src 'self'" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openWithSample() {
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
  await page.goto(baseUrl + FOLDER, { waitUntil: 'networkidle0' });
  await page.waitForSelector('buurt-studio .studio-nav-item');
  const sample = JSON.parse(await readFile('demo/feeds/den-bosch.json', 'utf8'));
  await page.evaluate((doc) => document.querySelector('buurt-studio').store.replace(doc, { resetHistory: true }), sample);
  return { page, problems };
}

async function show(page, label) {
  await page.evaluate((text) => {
    [...document.querySelectorAll('buurt-studio .studio-nav-item')].find((item) => item.textContent.trim() === text).click();
  }, label);
}

describe("studio preview and embed under Content-Security-Policy: default-src 'self'", () => {
  it('previews the draft in the kit elements and builds a snippet, with nothing blocked or fetched', async () => {
    requests.length = 0;
    const { page, problems } = await openWithSample();
    await show(page, 'Voorbeeld');
    await page.waitForFunction(() => [...document.querySelectorAll('studio-preview buurt-map')].every((map) => map.shadowRoot?.textContent.includes('De Wijkplaats')));
    await show(page, 'Op je website');
    await page.waitForSelector('studio-embed #studio-embed-code');
    const code = await page.$eval('studio-embed #studio-embed-code', (box) => box.value);
    assert.match(code, /<buurt-map src=""><\/buurt-map>/);
    await page.waitForFunction(() => document.querySelector('studio-embed .studio-embed-live-page buurt-map')?.shadowRoot?.textContent.includes('De Wijkplaats'));
    assert.deepEqual(await page.evaluate(() => window.__cspViolations ?? []), []);
    assert.deepEqual(problems, []);
    assert.deepEqual(requests.filter((path) => !path.startsWith(FOLDER)), []);
    await page.close();
  });

  it('draws a location map with Leaflet\'s CSS in light DOM, without tiles or PDOK', async () => {
    requests.length = 0;
    const { page, problems } = await openWithSample();
    // The place and area editors import it, so the bundle defines it.
    assert.ok(await page.evaluate(() => Boolean(customElements.get('studio-location'))), '<studio-location> is defined');
    await page.evaluate(() => {
      const element = document.createElement('studio-location');
      element.store = document.querySelector('buurt-studio').store;
      element.setAttribute('path', 'places[0].location');
      document.body.append(element);
    });
    await page.waitForSelector('studio-location .leaflet-marker-icon');
    const position = await page.$eval('studio-location .leaflet-pane', (pane) => getComputedStyle(pane).position);
    assert.equal(position, 'absolute', "Leaflet's CSS applies in light DOM");
    assert.deepEqual(await page.evaluate(() => window.__cspViolations ?? []), []);
    assert.deepEqual(problems, []);
    assert.deepEqual(requests.filter((path) => !path.startsWith(FOLDER)), []);
    await page.close();
  });
});
