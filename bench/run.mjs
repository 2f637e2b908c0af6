#!/usr/bin/env node
// `npm run bench`: what a visitor waits for on three pages fed the same places over HTTP from
// 127.0.0.1, in headless Chromium, every run a fresh browser context (no cache, no storage):
//   markercluster  a hand-made page: Leaflet + Leaflet.markercluster (bench/pages/markercluster.*)
//   supercluster   a hand-made page: Leaflet + supercluster (bench/pages/supercluster.*)
//   buurt-map      the kit's script-tag build and a <buurt-map src> in the page's HTML
// Each page's scripts are plain <script> tags, fetched in parallel as the HTML is parsed.
//
// Measured per run (bench/pages/probe.js, the same code on every page):
//   first markers  from navigation (performance.timeOrigin) until the first frame with markers
//                  on the map is painted — the feed fetched, parsed (and, for the kit, validated;
//                  the kit's first markers may be its first view, drawn before Leaflet has
//                  loaded, with the same marker elements where Leaflet then puts its own);
//                  at full speed and with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate)
//   list           the same for the first entries of the kit's list
//   TBT            total blocking time: the part over 50 ms of every long task, from navigation
//                  until the page is quiet (no long task for a second after the first markers)
//   step           a zoom or pan (setView), until that view's markers are painted
//   keystroke      one character typed into the search field until the result is in the DOM
//                  and laid out (the kit: list and count; the others: the re-clustered markers)
//   main-thread CPU  the CPU time of the page's main thread from navigation to its first
//                  markers, from a trace of BENCH_CPU_RUNS (3) extra runs at full speed: what
//                  the page's own work costs, which a busy machine stretches less than the wait
//
// This machine is shared: absolute times move with the load of the moment, so the headline
// is the ratio kit / supercluster of runs interleaved in one go. Medians of BENCH_RUNS (5)
// runs at BENCH_SIZES (1000,10000,50000) places; BENCH_LABEL names the run in the results.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CPU_RUNS = Number(process.env.BENCH_CPU_RUNS ?? 3);
const LABEL = process.env.BENCH_LABEL ?? 'current';
const THROTTLE = 4;
// Found in names (and the descriptions of the same places), so all pages find the same places.
const QUERY = 'koffie';
// The pan/zoom steps: into the middle of the places, a pan, out again, a pan back.
const VIEWS = [
  [51.69, 5.3, 15],
  [51.7, 5.315, 15],
  [51.69, 5.3, 13],
  [51.68, 5.28, 13],
  [51.69, 5.3, 14],
  [51.695, 5.31, 14],
];
const PAGES = ['markercluster', 'supercluster', 'buurt-map'];

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
// Static server: the repository (a snapshot of dist/cdn, node_modules, bench pages) plus the
// feeds. A page's {{FEED}} becomes the feed URL of its ?feed= parameter.

if (!existsSync(join(ROOT, 'dist/cdn/buurtkit.js'))) {
  console.error('Geen build gevonden: voer eerst "npm run build" uit.');
  process.exit(2);
}
// A private copy of the build: a rebuild during the bench (which empties dist/) cannot break it.
const snapshot = await mkdtemp(join(tmpdir(), 'buurtkit-bench-'));
await cp(join(ROOT, 'dist/cdn'), join(snapshot, 'cdn'), { recursive: true });

const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  const feed = /^\/bench\/feeds\/(\d+)\.json$/.exec(url.pathname);
  if (feed && feeds.has(Number(feed[1]))) {
    response.writeHead(200, { 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-store' });
    response.end(feeds.get(Number(feed[1])));
    return;
  }
  const fromBuild = url.pathname.startsWith('/dist/cdn/');
  const base = fromBuild ? snapshot : ROOT;
  const path = normalize(join(base, decodeURIComponent(fromBuild ? url.pathname.slice('/dist'.length) : url.pathname)));
  if (!path.startsWith(base + sep)) {
    response.writeHead(403).end();
    return;
  }
  try {
    if (!(await stat(path)).isFile()) throw new Error('not a file');
    let body = await readFile(path);
    if (extname(path) === '.html') {
      const feedUrl = (url.searchParams.get('feed') ?? '').replace(/[^\w/.-]/g, '');
      body = body.toString('utf8').replaceAll('{{FEED}}', feedUrl);
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    response.end(body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------------------------------
// Runs

const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs, protocolTimeout: 300_000 });

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Total blocking time once the page is quiet: no long task for a second after the first markers. */
async function blockingTimeWhenQuiet(page, markersAt, limitMs) {
  const until = Date.now() + limitMs;
  for (;;) {
    const { now, tasks } = await page.evaluate(() => ({ now: performance.now(), tasks: window.benchProbe.longTasks }));
    const lastEnd = Math.max(markersAt, ...tasks.map(([start, duration]) => start + duration));
    if (now - lastEnd >= 1000 || Date.now() > until) {
      return tasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    }
    await sleep(250);
  }
}

/**
 * The CPU time of the page's main thread (the sum of its tasks' thread time) from the page's
 * navigation until `untilMs` after it, read from a trace.
 */
function mainThreadCpu(trace, kind, untilMs) {
  const events = JSON.parse(trace).traceEvents;
  const navigation = events
    .filter((event) => event.name === 'navigationStart' && String(event.args?.data?.documentLoaderURL ?? '').includes(`/bench/pages/${kind}.html`))
    .sort((a, b) => b.ts - a.ts)[0];
  if (!navigation) throw new Error(`${kind}: no navigation in the trace`);
  const thread = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && event.pid === navigation.pid);
  const end = navigation.ts + untilMs * 1000;
  let cpu = 0;
  for (const event of events) {
    if (event.name !== 'RunTask' || event.ph !== 'X' || event.pid !== navigation.pid || event.tid !== thread?.tid) continue;
    if (event.ts >= navigation.ts && event.ts < end) cpu += (Math.min(event.ts + event.dur, end) - event.ts) * ((event.tdur ?? 0) / (event.dur || 1));
  }
  return cpu / 1000;
}

const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'];

/** `traced`: only the main thread's CPU until the first markers, from a trace of the run. */
async function measure(kind, size, throttled, traced = false) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  if (throttled) {
    const session = await page.createCDPSession();
    await session.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  }
  try {
    // A page of the same origin first, so the timed navigation does not include starting a renderer.
    await page.goto(`${origin}/bench/pages/blank.html`);
    if (traced) await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(`${origin}/bench/pages/${kind}.html?feed=/bench/feeds/${size}.json`, { waitUntil: 'domcontentloaded', timeout: 300_000 });
    const probe = await page.evaluate(() => window.benchProbe.ready.then(({ markers, list }) => ({ markers, list })));
    const result = { firstMarkers: probe.markers, list: probe.list || undefined };
    if (traced) {
      result.cpu = mainThreadCpu(new TextDecoder().decode(await page.tracing.stop()), kind, probe.markers);
    } else if (!throttled) {
      result.tbt = await blockingTimeWhenQuiet(page, probe.markers, 30_000);
      result.markers = await page.evaluate(() => {
        const root = document.querySelector('buurt-map')?.shadowRoot ?? document;
        return root.querySelectorAll('.leaflet-marker-pane > *').length;
      });
      result.steps = await page.evaluate((views) => window.bench.steps(views), VIEWS);
      result.keystrokes = await page.evaluate((text) => window.bench.type(text), QUERY);
    }
    if (errors.length) throw new Error(`${kind} ${size}: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

function stats(values) {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median: round(median), min: round(sorted[0]), max: round(sorted.at(-1)), n: sorted.length };
}

const round = (value) => Math.round(value * 10) / 10;

const started = Date.now();
const load = loadavg()[0];
const results = {};
for (const size of SIZES) {
  results[size] = {};
  const runs = Object.fromEntries(PAGES.map((kind) => [kind, { full: [], slow: [], traced: [] }]));
  // Interleaved, and in a rotating order, so a busy moment on the machine hits all pages alike.
  for (let run = 0; run < RUNS; run++) {
    for (let i = 0; i < PAGES.length; i++) {
      const kind = PAGES[(run + i) % PAGES.length];
      runs[kind].full.push(await measure(kind, size, false));
      runs[kind].slow.push(await measure(kind, size, true));
      process.stdout.write('.');
    }
  }
  // Apart from the timed runs: tracing slows a page down.
  for (let run = 0; run < CPU_RUNS; run++) {
    for (let i = 0; i < PAGES.length; i++) {
      const kind = PAGES[(run + i) % PAGES.length];
      runs[kind].traced.push(await measure(kind, size, false, true));
      process.stdout.write('.');
    }
  }
  for (const kind of PAGES) {
    const { full, slow, traced } = runs[kind];
    results[size][kind] = {
      firstMarkers: stats(full.map((r) => r.firstMarkers)),
      firstMarkers4x: stats(slow.map((r) => r.firstMarkers)),
      list: stats(full.map((r) => r.list)),
      list4x: stats(slow.map((r) => r.list)),
      tbt: stats(full.map((r) => r.tbt)),
      step: stats(full.flatMap((r) => r.steps)),
      keystroke: stats(full.flatMap((r) => r.keystrokes)),
      markersDrawn: stats(full.map((r) => r.markers)),
      mainThreadCpu: stats(traced.map((r) => r.cpu)),
    };
  }
}
process.stdout.write('\n');
const version = await browser.version();
await browser.close();
server.close();
await rm(snapshot, { recursive: true, force: true });

const ratio = (size, key) => {
  const ours = results[size]['buurt-map'][key];
  const peer = results[size].supercluster[key];
  return ours && peer ? Math.round((ours.median / peer.median) * 100) / 100 : undefined;
};
for (const size of SIZES) {
  results[size].ratios = { firstMarkers: ratio(size, 'firstMarkers'), firstMarkers4x: ratio(size, 'firstMarkers4x'), mainThreadCpu: ratio(size, 'mainThreadCpu') };
}

const output = {
  label: LABEL,
  date: new Date().toISOString(),
  browser: version,
  cpus: cpus().length,
  loadAverage: round(load),
  runs: RUNS,
  cpuRuns: CPU_RUNS,
  throttle: THROTTLE,
  query: QUERY,
  seconds: Math.round((Date.now() - started) / 1000),
  note: 'Shared machine: compare the pages by their ratios within this run, not absolute times across runs.',
  pages: {
    markercluster: 'Leaflet 1.9.4 + Leaflet.markercluster 1.5.3 (animate: false), one L.marker with a popup per place',
    supercluster: 'Leaflet 1.9.4 + supercluster 8 (radius 60), L.geoJson of the view\'s clusters redrawn on moveend, a popup per place',
    'buurt-map': 'dist/cdn/buurtkit.js and <buurt-map src tiles="none">',
  },
  results,
};
await mkdir(join(ROOT, 'bench/results'), { recursive: true });
await writeFile(join(ROOT, 'bench/results/map.json'), JSON.stringify(output, null, 2) + '\n');
if (LABEL !== 'current') await writeFile(join(ROOT, `bench/results/map-${LABEL}.json`), JSON.stringify(output, null, 2) + '\n');

// ---------------------------------------------------------------------------------------
// Tables

const ms = (s) => (s ? `${Math.round(s.median).toLocaleString('en')} ms` : '–');
function table(header, lines) {
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
  const format = (line) => `| ${line.map((text, i) => text.padEnd(widths[i])).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const line of lines) console.log(format(line));
}
const headline = (key) =>
  table(
    ['places', 'markercluster', 'supercluster', 'buurt-map', 'kit/supercluster'],
    SIZES.map((size) => [size.toLocaleString('en'), ms(results[size].markercluster[key]), ms(results[size].supercluster[key]), ms(results[size]['buurt-map'][key]), String(results[size].ratios[key] ?? '–')]),
  );

console.log(`\n${version}, ${RUNS} runs, medians; ${cpus().length} CPUs, load ${round(load)} at the start (shared machine: read the ratios)\n`);
console.log('To first markers (from navigation):');
headline('firstMarkers');
console.log(`\nTo first markers, CPU slowed ${THROTTLE}×:`);
headline('firstMarkers4x');
console.log(`\nMain-thread CPU until the first markers (thread time, medians of ${CPU_RUNS} traced runs):`);
headline('mainThreadCpu');
console.log('\nAfter the first markers:');
table(
  ['places', 'measure', 'markercluster', 'supercluster', 'buurt-map'],
  SIZES.flatMap((size) =>
    [
      ['total blocking time', 'tbt'],
      ['pan/zoom step', 'step'],
      ['keystroke', 'keystroke'],
      ['list visible', 'list'],
      [`list visible, ${THROTTLE}×`, 'list4x'],
    ].map(([label, key]) => [size.toLocaleString('en'), label, ms(results[size].markercluster[key]), ms(results[size].supercluster[key]), ms(results[size]['buurt-map'][key])]),
  ),
);

const goal = (text, met) => console.log(`  ${met ? 'met    ' : 'NOT met'}  ${text}`);
console.log('\nGoals (issue 10):');
for (const size of SIZES) {
  const limit = size >= 50000 ? 1 : 0.8;
  const r = results[size].ratios;
  goal(`${size.toLocaleString('en')}: first markers ≤ ${limit}× supercluster: ${r.firstMarkers}× (4× CPU: ${r.firstMarkers4x}×)`, r.firstMarkers <= limit && r.firstMarkers4x <= limit);
  const kit = results[size]['buurt-map'];
  goal(`${size.toLocaleString('en')}: list no later than the markers: ${ms(kit.list)} vs ${ms(kit.firstMarkers)}`, kit.list && kit.list.median <= kit.firstMarkers.median);
}
const at10k = results[10000];
if (at10k) {
  const ours = at10k['buurt-map'];
  const peer = at10k.supercluster;
  goal(`10,000: TBT ≤ supercluster + 50 ms: ${ms(ours.tbt)} vs ${ms(peer.tbt)}`, ours.tbt.median <= peer.tbt.median + 50);
  goal(`10,000: pan/zoom step ≤ supercluster: ${ours.step.median} vs ${peer.step.median} ms`, ours.step.median <= peer.step.median);
  goal(`10,000: keystroke < 16 ms: ${ours.keystroke.median} ms`, ours.keystroke.median < 16);
}
console.log(`\nWritten to bench/results/map.json (${output.seconds} s).`);
