// How long validateFeed takes on a feed of 10,000 places, in Node, on the built module.
// Run `npm run build` first. Writes median, min and max to bench/results/validate.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';

const { validateFeed } = await import(new URL('../dist/esm/feed/index.js', import.meta.url).href).catch(() => {
  console.error('dist/esm/feed/index.js ontbreekt: voer eerst "npm run build" uit.');
  process.exit(2);
});

const PLACES = 10_000;
const RUNS = 11;
const KINDS = ['informal-initiative', 'volunteer-organisation', 'professional-service'];
const DAYS = ['mo', 'tu', 'we', 'th', 'fr'];

/** A feed shaped like a real one, scaled up: every place has hours, contacts and texts. */
function syntheticFeed() {
  const areas = Array.from({ length: 8 }, (_, i) => ({
    id: `wijk-${i}`,
    name: { nl: `Wijk ${i}`, en: `Area ${i}` },
    center: { lat: 51.68 + i * 0.005, lng: 5.28 + i * 0.006 },
  }));
  const categories = Array.from({ length: 10 }, (_, i) => ({ id: `cat-${i}`, label: `Categorie ${i}`, color: '#1a7f37' }));
  const places = Array.from({ length: PLACES }, (_, i) => ({
    id: `plek-${i}`,
    name: { nl: `Buurtinitiatief ${i}`, en: `Initiative ${i}` },
    kind: KINDS[i % 3],
    categories: [`cat-${i % 10}`, `cat-${(i + 3) % 10}`],
    areas: [`wijk-${i % 8}`],
    description: 'Koffie-inloop voor ouders met jonge kinderen; iedereen is welkom, ook zonder afspraak.',
    audience: { groups: ['parents', 'children'], minAge: 0, maxAge: 12 },
    address: { street: `Buurtstraat ${i}`, postcode: '5211 AA', city: "'s-Hertogenbosch" },
    location: { lat: 51.68 + (i % 200) / 5000, lng: 5.28 + (i % 170) / 4000 },
    contact: { phone: '073 123 45 67', email: `plek${i}@example.nl`, website: `https://example.nl/plek/${i}` },
    languages: ['nl', 'ar', 'tr'],
    hours: {
      weekly: [
        { day: DAYS[i % 5], opens: '09:30', closes: '11:30' },
        { day: DAYS[(i + 2) % 5], opens: '13:00', closes: '16:00' },
      ],
      exceptions: [{ date: '2025-12-25', closed: true }],
    },
    activities: [{ name: 'Koffie-inloop', schedule: { weekly: [{ day: 'tu', opens: '09:30', closes: '11:30' }] } }],
    lastChecked: '2025-02-14',
  }));
  // Through JSON, as a feed arrives: plain objects, own keys only.
  return JSON.parse(JSON.stringify({ version: '1.0', publisher: { name: 'Bench' }, areas, categories, places }));
}

const feed = syntheticFeed();
const first = validateFeed(feed);
if (first.feed.places.length !== PLACES || first.problems.length !== 0) {
  console.error('Onverwacht resultaat:', first.feed.places.length, 'plekken,', first.problems.slice(0, 3));
  process.exit(1);
}

function measure(work) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const round = (ms) => Math.round(ms * 10) / 10;
const sorted = measure(() => validateFeed(feed));
// A yardstick on the same machine at the same moment: copying the feed once. validateFeed
// builds a new object graph too, so this is its floor; the ratio survives a busy machine.
const clone = measure(() => structuredClone(feed));
const cloneMedian = clone[Math.floor(clone.length / 2)];
const result = {
  what: `validateFeed on ${PLACES} places (hours, contacts, texts), Node ${process.version}`,
  runs: RUNS,
  medianMs: round(sorted[Math.floor(sorted.length / 2)]),
  minMs: round(sorted[0]),
  maxMs: round(sorted[sorted.length - 1]),
  firstRunIncluded: false,
  structuredCloneMedianMs: round(cloneMedian),
  ratioToStructuredClone: round(sorted[Math.floor(sorted.length / 2)] / cloneMedian),
  // The numbers mean little on a busy machine; this says how busy it was.
  loadAverage: loadavg().map(round),
  cpus: cpus().length,
  date: new Date().toISOString(),
};
await mkdir(new URL('./results/', import.meta.url), { recursive: true });
await writeFile(new URL('./results/validate.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `validateFeed, ${PLACES} plekken: mediaan ${result.medianMs} ms (min ${result.minMs}, max ${result.maxMs}) over ${RUNS} keer; ` +
    `${result.ratioToStructuredClone}× structuredClone van dezelfde feed (${result.structuredCloneMedianMs} ms)`,
);
