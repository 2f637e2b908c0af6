#!/usr/bin/env node
// `npm run bench`: <buurt-map> against a plain Leaflet + Leaflet.markercluster page, in
// headless Chromium, on synthetic feeds of 1,000, 10,000 and 50,000 places. Both pages get
// the same feed over HTTP from a static server on 127.0.0.1; every run is a fresh browser
// context (no cache, no localStorage). Writes bench/results/map.json and prints a table.
//
// Measured per run:
//   first render   from the feed being loaded (parsed; for <buurt-map>: validated) until the
//                  first markers are painted
//   total          from creating the element / starting the fetch until the same moment
//   keystroke      one character typed into the search field until the result (list and
//                  count for <buurt-map>; the re-clustered markers for the peer) is in the DOM
//                  and laid out
//   map follows    keystroke until the map shows the filtered markers (<buurt-map> waits for a
//                  150 ms pause in typing first; the peer re-clusters on every keystroke)
//   zoom, pan      setView to zoom 15, then a pan, until that view is painted
//   heap           JS heap in use after the first render, after a forced garbage collection
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// Found in names (and the descriptions of the same places), so both pages find the same places.
const QUERY = 'koffie';
const CENTER = { lat: 51.69, lng: 5.3 };

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

// ---------------------------------------------------------------------------------------
// Synthetic feeds: deterministic, shaped like the sample feed (texts, hours, contacts).

const WHAT = ['Koffie-inloop', 'Taalcafé', 'Speelochtend', 'Moedergroep', 'Huiswerkklas', 'Buurthuis', 'Jongerenwerk', 'Consultatiebureau', 'Voorleesclub', 'Vadergroep', 'Naaiatelier', 'Computerles'];
const WHERE = ['Boschveld', 'Graafsewijk', 'Aawijk', 'Hintham', 'De Muntel', 'Kruiskamp', 'Orthen', 'Deuteren', 'Empel', 'Rosmalen'];
const KINDS = ['informal-initiative', 'volunteer-organisation', 'professional-service'];
const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa'];

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticFeed(count) {
  const next = random(count);
  const areas = WHERE.map((name, i) => ({
    id: `wijk-${i}`,
    name,
    center: { lat: 51.66 + (i % 5) * 0.015, lng: 5.24 + Math.floor(i / 5) * 0.06 + (i % 3) * 0.02 },
    zoom: 15,
  }));
  const categories = ['ontmoeten', 'gezin', 'kinderen', 'jongeren', 'taal', 'gezondheid', 'hulp'].map((id) => ({ id, label: id }));
  const places = [];
  for (let i = 0; i < count; i++) {
    const area = i % WHERE.length;
    const what = WHAT[Math.floor(next() * WHAT.length)];
    const day = DAYS[i % DAYS.length];
    places.push({
      id: `plek-${i}`,
      name: `${what} ${WHERE[area]} ${i}`,
      kind: KINDS[i % 3],
      categories: [categories[i % 7].id, categories[(i + 3) % 7].id],
      areas: [areas[area].id],
      description: `${what} voor buurtbewoners. Iedereen is welkom, ook zonder afspraak. Vragen? Bel of loop binnen.`,
      audience: { groups: ['parents', 'children'], minAge: 0, maxAge: 12 },
      address: { street: `Buurtstraat ${i % 300}`, postcode: '5211 AA', city: "'s-Hertogenbosch" },
      location: { lat: 51.64 + next() * 0.1, lng: 5.22 + next() * 0.16 },
      contact: { phone: '073 123 45 67', email: `plek${i}@example.nl`, website: `https://example.nl/plek/${i}` },
      languages: i % 4 === 0 ? ['nl', 'ar', 'tr'] : ['nl'],
      hours: {
        weekly: [
          { day, opens: '09:30', closes: '11:30' },
          { day: DAYS[(i + 2) % DAYS.length], opens: '13:00', closes: '16:00' },
        ],
        exceptions: [],
      },
      activities: [],
      lastChecked: '2026-02-14',
    });
  }
  return JSON.stringify({ version: '1.0', sample: false, publisher: { name: 'Bench' }, language: 'nl', areas, categories, places });
}

const feeds = new Map(SIZES.map((size) => [size, syntheticFeed(size)]));

// ---------------------------------------------------------------------------------------
// Static server: the repository (dist, node_modules, bench pages) plus the feeds.

const build = existsSync(join(ROOT, 'dist/cdn/buurtkit.js')) ? 'cdn' : existsSync(join(ROOT, 'dist/esm/components/map/map.js')) ? 'esm' : undefined;
if (!build) {
  console.error('Geen build gevonden: voer eerst "npm run build" uit.');
  process.exit(2);
}
// A private copy of the build: a rebuild during the bench (which empties dist/) cannot break it.
const snapshot = await mkdtemp(join(tmpdir(), 'buurtkit-bench-'));
await cp(join(ROOT, 'dist', build), join(snapshot, build), { recursive: true });

const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  const feed = /^\/bench\/feeds\/(\d+)\.json$/.exec(url.pathname);
  if (feed && feeds.has(Number(feed[1]))) {
    response.writeHead(200, { 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-store' });
    response.end(feeds.get(Number(feed[1])));
    return;
  }
  const fromBuild = url.pathname.startsWith(`/dist/${build}/`);
  const base = fromBuild ? snapshot : ROOT;
  const path = normalize(join(base, decodeURIComponent(fromBuild ? url.pathname.slice('/dist'.length) : url.pathname)));
  if (!path.startsWith(base + sep)) {
    response.writeHead(403).end();
    return;
  }
  try {
    if (!(await stat(path)).isFile()) throw new Error('not a file');
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(await readFile(path));
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------------------------------
// Runs

const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [...chromiumArgs, '--js-flags=--expose-gc'],
});

async function heapAfterGc(page) {
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

async function measure(kind, size) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const pageUrl = kind === 'buurt-map' ? `${origin}/bench/pages/buurt-map.html?build=${build}` : `${origin}/bench/pages/peer.html`;
  await page.goto(pageUrl, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.bench === 'object');
  const feedUrl = `/bench/feeds/${size}.json`;
  const first = await page.evaluate((url) => window.bench.start(url), feedUrl);
  // Let idle work (the rest of the first paint, lazy chunks) settle before the heap is read.
  await new Promise((done) => setTimeout(done, 300));
  const heap = await heapAfterGc(page);
  const typed = await page.evaluate((text) => window.bench.type(text), QUERY);
  const moved = await page.evaluate((lat, lng) => window.bench.panZoom(lat, lng), CENTER.lat, CENTER.lng);
  await context.close();
  if (errors.length) throw new Error(`${kind} ${size}: ${errors.join('; ')}`);
  return {
    firstRender: first.loadToDrawn,
    total: first.total,
    markers: first.markers,
    keystroke: typed.keystrokes,
    mapFollows: typed.mapUpdates,
    zoom: moved.zoom,
    pan: moved.pan,
    heapMB: heap / 1024 / 1024,
  };
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median: round(median), min: round(sorted[0]), max: round(sorted.at(-1)), n: sorted.length };
}

const round = (value) => Math.round(value * 10) / 10;

const started = Date.now();
const results = {};
const KINDS_MEASURED = ['buurt-map', 'peer'];
for (const size of SIZES) {
  results[size] = {};
  const runsByKind = { 'buurt-map': [], peer: [] };
  // Interleaved, so a busy moment on the machine hits both alike.
  for (let run = 0; run < RUNS; run++) {
    for (const kind of run % 2 ? [...KINDS_MEASURED].reverse() : KINDS_MEASURED) {
      runsByKind[kind].push(await measure(kind, size));
      process.stdout.write('.');
    }
  }
  for (const kind of KINDS_MEASURED) {
    const runs = runsByKind[kind];
    results[size][kind] = {
      firstRender: stats(runs.map((r) => r.firstRender)),
      total: stats(runs.map((r) => r.total)),
      keystroke: stats(runs.flatMap((r) => r.keystroke)),
      mapFollows: stats(runs.flatMap((r) => r.mapFollows)),
      zoom: stats(runs.map((r) => r.zoom)),
      pan: stats(runs.map((r) => r.pan)),
      heapMB: stats(runs.map((r) => r.heapMB)),
      markersDrawn: stats(runs.map((r) => r.markers)),
    };
  }
}
process.stdout.write('\n');
const version = await browser.version();
await browser.close();
server.close();
await rm(snapshot, { recursive: true, force: true });

const output = {
  date: new Date().toISOString(),
  browser: version,
  build,
  cpus: cpus().length,
  runs: RUNS,
  query: QUERY,
  seconds: Math.round((Date.now() - started) / 1000),
  peer: 'Leaflet 1.9.4 + Leaflet.markercluster 1.5.3 (animate: false), one L.marker with a popup per place, search rebuilds the cluster group',
  results,
};
await mkdir(join(ROOT, 'bench/results'), { recursive: true });
await writeFile(join(ROOT, 'bench/results/map.json'), JSON.stringify(output, null, 2) + '\n');

// ---------------------------------------------------------------------------------------
// Table

const cell = (s, unit = 'ms') => `${s.median} ${unit} (${s.min}–${s.max})`;
const rows = [
  ['first render', 'firstRender'],
  ['total (start → drawn)', 'total'],
  ['keystroke', 'keystroke'],
  ['map follows keystroke', 'mapFollows'],
  ['zoom', 'zoom'],
  ['pan', 'pan'],
  ['JS heap', 'heapMB', 'MB'],
];
console.log(`\n<buurt-map> vs Leaflet + markercluster — ${version}, ${build} build, ${RUNS} runs, median (min–max)\n`);
const header = ['places', 'measure', '<buurt-map>', 'Leaflet + markercluster'];
const lines = [];
for (const size of SIZES) {
  for (const [label, key, unit] of rows) {
    lines.push([size.toLocaleString('en'), label, cell(results[size]['buurt-map'][key], unit), cell(results[size].peer[key], unit)]);
  }
}
const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
const format = (line) => `| ${line.map((text, i) => text.padEnd(widths[i])).join(' | ')} |`;
console.log(format(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const line of lines) console.log(format(line));

const at10k = results[10000];
if (at10k) {
  const ours = at10k['buurt-map'];
  const peer = at10k.peer;
  console.log('\nGoals at 10,000 places:');
  console.log(`  first render ≤ half the peer's: ${ours.firstRender.median} ≤ ${round(peer.firstRender.median / 2)} ms → ${ours.firstRender.median <= peer.firstRender.median / 2 ? 'met' : 'NOT met'}`);
  console.log(`  keystroke < 16 ms median: ${ours.keystroke.median} ms → ${ours.keystroke.median < 16 ? 'met' : 'NOT met'}`);
  console.log(`  heap ≤ peer: ${ours.heapMB.median} ≤ ${peer.heapMB.median} MB → ${ours.heapMB.median <= peer.heapMB.median ? 'met' : 'NOT met'}`);
}
console.log(`\nWritten to bench/results/map.json (${output.seconds} s).`);
