// The script-tag build as an autoloader (src/cdn.ts), in headless Chromium against the built
// dist/cdn (run `npm run build` first; npm test does): a page loads only the code of the
// elements on it, and a map page starts every request it needs at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CDN = join(ROOT, 'dist/cdn');
const FEED = readFileSync(join(ROOT, 'demo/feeds/den-bosch.json'));
// Every response waits this long, so a request that had to wait for another shows as a gap.
const DELAY = 400;

const chunks = JSON.parse(readFileSync(join(CDN, 'chunks.json'), 'utf8'));
const preload = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(join(CDN, 'preload.json'), 'utf8'))).map(([tag, files]) => [tag, files.map((file) => file.replace(/^\.\//, ''))]),
);
const leafletChunk = Object.keys(chunks).find((file) => file.startsWith('leaflet-') && !file.startsWith('leaflet-view'));

const page = (body, lang = 'nl') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>autoload</title>
<script type="module" src="/dist/cdn/buurtkit.js"></script></head><body>${body}</body></html>`;
// The feed comes from another origin, as from a wijkkrant site beside a CDN: a browser opens
// at most 6 connections to one HTTP/1.1 origin, which would queue the feed behind the chunks.
const pages = (feed) => ({
  '/guide.html': page(`<h1>Gids</h1><buurt-guide src="${feed}"></buurt-guide>`),
  '/signup.html': page(`<h1>Aanmelden</h1><buurt-signup src="${feed}"></buurt-signup>`),
  '/map.html': page(`<h1>Kaart</h1><buurt-map src="${feed}" tiles="none"></buurt-map>`),
  '/guide-en.html': page(`<h1>Guide</h1><buurt-guide src="${feed}"></buurt-guide>`, 'en'),
});

let server;
let feedServer;
let browser;
let origin;
let PAGES = {};
/** Per path: when the server received the request (ms, server clock). */
let arrivals = [];

before(async () => {
  const handler = (request, response) => {
    const { pathname } = new URL(request.url, 'http://127.0.0.1');
    arrivals.push({ path: pathname, at: performance.now() });
    const send = (type, body) =>
      setTimeout(() => {
        response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' });
        response.end(body);
      }, pathname.endsWith('.html') ? 0 : DELAY);
    if (PAGES[pathname]) return send('text/html; charset=utf-8', PAGES[pathname]);
    if (pathname === '/feed.json') return send('application/json', FEED);
    const file = normalize(join(ROOT, pathname));
    if (pathname.startsWith('/dist/cdn/') && file.startsWith(CDN + sep)) {
      try {
        return send('text/javascript; charset=utf-8', readFileSync(file));
      } catch {
        // Falls through to 404.
      }
    }
    response.writeHead(404).end();
  };
  server = createServer(handler);
  feedServer = createServer(handler);
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  await new Promise((done) => feedServer.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  PAGES = pages(`http://127.0.0.1:${feedServer.address().port}/feed.json`);
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
  feedServer?.close();
});

/**
 * Opens `path` in a fresh context and waits until `tag` has rendered its feed; `inspect`
 * runs in the page then.
 */
async function open(path, tag, inspect) {
  arrivals = [];
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(origin + path);
  await tab.waitForFunction((name) => document.querySelector(name)?.feedStatus?.state === 'ready', { timeout: 20_000 }, tag);
  // The element's own follow-up loads (hours for the guide's first advice) may come now.
  await tab.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  const inspected = inspect ? await tab.evaluate(inspect) : undefined;
  await context.close();
  assert.deepEqual(errors, []);
  if (inspect) return inspected;
  return arrivals.map(({ path: p, at }) => ({ file: p.replace('/dist/cdn/', ''), path: p, at }));
}

/** Chunks only the other elements need (never the entry's own). */
function foreignChunks(tag) {
  const own = new Set(preload[tag]);
  return new Set(Object.entries(preload).flatMap(([other, files]) => (other === tag ? [] : files.filter((file) => !own.has(file)))));
}

test('a page with only <buurt-guide> requests no map, Leaflet or sign-up chunk', async () => {
  const requests = await open('/guide.html', 'buurt-guide');
  const files = requests.map((request) => request.file);
  const foreign = foreignChunks('buurt-guide');
  assert.ok(foreign.has(leafletChunk), 'Leaflet is among the chunks a guide page must not load');
  assert.deepEqual(files.filter((file) => foreign.has(file)), []);
  for (const file of preload['buurt-guide']) assert.ok(files.includes(file), `${file} (the guide's own code) was loaded`);
  assert.equal(requests.filter((request) => request.path === '/feed.json').length, 1, 'the feed is fetched once');
});

test('a page with only <buurt-signup> requests no map, Leaflet or guide chunk', async () => {
  const requests = await open('/signup.html', 'buurt-signup');
  const files = requests.map((request) => request.file);
  const foreign = foreignChunks('buurt-signup');
  assert.deepEqual(files.filter((file) => foreign.has(file)), []);
  for (const file of preload['buurt-signup']) assert.ok(files.includes(file), `${file} (the form's own code) was loaded`);
});

test("a map page starts its chunks, Leaflet's chunk and the feed at once, not one after another", async () => {
  const requests = await open('/map.html', 'buurt-map');
  const first = (path) => requests.find((request) => request.path === path);
  // What the autoloader asks for once the entry has run: every chunk of the map and the feed.
  const wanted = [...preload['buurt-map'].map((file) => `/dist/cdn/${file}`), '/feed.json'];
  assert.ok(preload['buurt-map'].includes(leafletChunk), "Leaflet's chunk is among the map's");
  const starts = wanted.map((path) => {
    const request = first(path);
    assert.ok(request, `${path} was requested`);
    return request.at;
  });
  // Each response takes DELAY ms: a request that waited for another starts ≥ DELAY later.
  // Over HTTP/1.1 a browser opens at most 6 connections to one origin (the test server; a
  // CDN speaks HTTP/2), so the first wave holds the feed (another origin) and 6 chunks, or all.
  const start = Math.min(...starts);
  const wave = starts.filter((at) => at - start < DELAY / 2).length;
  const chunks = preload['buurt-map'].length;
  assert.ok(wave >= Math.min(chunks, 6) + 1, `${wave} of ${wanted.length} requests started at once (expected ${Math.min(chunks, 6) + 1})`);
  assert.equal(requests.filter((request) => request.path === '/feed.json').length, 1, 'the feed is fetched once');
});

test("a map page asks for Leaflet's chunks last: the first markers are drawn without them", async () => {
  const priorities = await open('/map.html', 'buurt-map', () =>
    Object.fromEntries([...document.querySelectorAll('link[rel=modulepreload]')].map((link) => [link.href.split('/').pop(), link.fetchPriority])),
  );
  const leafletView = preload['buurt-map'].find((file) => file.startsWith('leaflet-view'));
  assert.deepEqual(Object.keys(priorities).sort(), [...preload['buurt-map']].sort());
  for (const [file, priority] of Object.entries(priorities)) {
    assert.equal(priority, file === leafletChunk || file === leafletView ? 'low' : 'auto', file);
  }
});

test("a page in another language requests that translation with the element's code, not after it has run", async () => {
  const english = Object.keys(chunks).find((file) => chunks[file].modules?.includes('src/translations/en.ts'));
  assert.ok(english, 'a chunk holds the English translation');
  const requests = await open('/guide-en.html', 'buurt-guide');
  const first = (file) => requests.find((request) => request.file === file)?.at;
  const guide = first(preload['buurt-guide'][0]);
  const translation = first(english);
  assert.ok(guide !== undefined && translation !== undefined, 'the guide and its English translation were requested');
  // Each response takes DELAY ms: had the element asked for its translation itself, the request
  // would have come after its chunks had arrived and run.
  assert.ok(translation - guide < DELAY / 2, `the translation was requested ${Math.round(translation - guide)} ms after the guide's chunk`);
});
