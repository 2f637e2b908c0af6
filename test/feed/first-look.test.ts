// The first look at a feed (firstLookFeed, loadFeed's firstLook option): what a map may draw
// before the whole feed is validated. It must hold the same places as validateFeed — same ids,
// names, kinds and locations, in the same order, each through the same checks — and the whole
// validation afterwards must give exactly what validateFeed gives.
import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/index.js';
import { validateFeedSteps } from '../../src/feed/validate.js';
import { firstLookFeed, isFirstLook } from '../../src/feed/validate/first-look.js';
import { clearFeedMemory, loadFeed } from '../../src/feed/load.js';
import type { Feed, FeedProblem, Place } from '../../src/feed/types.js';

/** Fixtures with places, good and bad (ids, names, kinds, locations, markup, links, hours …). */
const FIXTURES = [
  'good-complete.json',
  'good-minimal.json',
  'duplicate-ids.json',
  'missing-required.json',
  'decimal-comma.json',
  'html-in-text.json',
  'javascript-links.json',
  'control-characters.json',
  'bidi-override.json',
  'bad-hours.json',
  'bad-contacts.json',
  'proto-keys.json',
  'lists-wrong-type.json',
  'dangling-references.json',
];

async function fixture(name: string): Promise<unknown> {
  const response = await fetch(`/test/fixtures/feeds/${name}`);
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.json();
}

/** What a marker shows of a place. */
const marker = (place: Place): unknown => ({ id: place.id, name: place.name, kind: place.kind, location: place.location });

const summary = (problems: FeedProblem[]): string[] => problems.map((problem) => `${problem.code} @ ${problem.path}`);

function expectFirstLookOf(json: unknown, full: number, label: string): Feed {
  const whole = validateFeed(json).feed;
  const first = firstLookFeed(json, full);
  expect(first, label).to.not.equal(undefined);
  expect(isFirstLook(first), label).to.equal(true);
  expect(isFirstLook(whole), label).to.equal(false);
  expect(first!.places.map(marker), `${label}: same places, same checks`).to.deep.equal(whole.places.map(marker));
  expect(first!.places.slice(0, full), `${label}: the first ${full} in full`).to.deep.equal(whole.places.slice(0, full));
  for (const place of first!.places.slice(full)) {
    expect(Object.keys(place).sort(), `${label}: ${place.id} has only what a marker needs`).to.deep.equal(
      ['activities', 'areas', 'categories', 'contact', 'id', 'kind', 'languages', 'name', ...(place.location ? ['location'] : [])].sort(),
    );
    expect([place.categories, place.areas, place.languages, place.activities, place.contact]).to.deep.equal([[], [], [], [], {}]);
  }
  for (const key of ['version', 'sample', 'publisher', 'language', 'updated', 'areas', 'categories', 'glossary'] as const) {
    expect(first![key], `${label}: ${key} in full`).to.deep.equal(whole[key]);
  }
  expect([first!.guides, first!.opportunities]).to.deep.equal([[], []]);
  return first!;
}

describe('firstLookFeed', () => {
  it('keeps the same places as validateFeed, each through the same checks, for every fixture', async () => {
    for (const name of FIXTURES) {
      const json = await fixture(name);
      for (const full of [0, 1, 2, 50]) expectFirstLookOf(json, full, `${name} (${full} in full)`);
    }
  });

  it('decides about an entry as validateFeed does: a broken first id holder, a bad kind, no name, swapped coordinates', () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const json = {
      version: '1.0',
      publisher: { name: 'Test' },
      areas: [{ id: 'wijk', name: 'Wijk', center: { lat: 51.69, lng: 5.3 } }],
      places: [
        { id: 'a', name: 'Eerste', kind: 'informal-initiative', location: { lat: 51.69, lng: 5.3 }, address: { street: 'Straat 1' } },
        // A broken item does not take its id: the next 'dup' shows, in both.
        { id: 'dup', name: 'Kapot', kind: 'shop' },
        { id: 'dup', name: 'Tweede', kind: 'volunteer-organisation', location: { lat: 5.3, lng: 51.69 } },
        { id: 'dup', name: 'Dubbel', kind: 'volunteer-organisation' },
        { id: 'geen-naam', kind: 'informal-initiative' },
        { id: '', name: 'Geen id', kind: 'informal-initiative' },
        { id: 'tekst', name: hostile, kind: 'professional-service', location: { lat: '51,69', lng: 5.3 } },
        { id: 'ver', name: 'Ver weg', kind: 'professional-service', location: { lat: 52.37, lng: 4.9 }, contact: { website: 'javascript:alert(1)' } },
        'geen object',
      ],
    };
    for (const full of [0, 1, 3]) {
      const first = expectFirstLookOf(json, full, `${full} in full`);
      expect(first.places.map((place) => place.id)).to.deep.equal(['a', 'dup', 'tekst', 'ver']);
      // Swapped coordinates are dropped, not shown in the wrong place; markup stays text.
      expect(first.places[1]!.location).to.equal(undefined);
      expect(first.places[2]!.name).to.equal(hostile);
      expect(first.places[2]!.location).to.equal(undefined);
    }
    // The unsafe link never reaches a place, whichever way it was read.
    expect(firstLookFeed(json, 10)!.places[3]!.contact).to.deep.equal({});
  });

  it('is no feed for JSON that is not an object (validateFeed says why)', () => {
    for (const json of [null, [], 'feed', 3]) expect(firstLookFeed(json, 10)).to.equal(undefined);
  });
});

describe('validateFeedSteps', () => {
  /** Runs the steps to the end; how many pauses they made, and the result. */
  function run(json: unknown, every: number): { pauses: number; result: ReturnType<typeof validateFeed> } {
    const steps = validateFeedSteps(json, {}, every);
    let pauses = 0;
    for (;;) {
      const next = steps.next();
      if (next.done) return { pauses, result: next.value };
      pauses++;
    }
  }

  it('gives exactly what validateFeed gives, paused every 1, 2, 3 or 250 places, for every fixture', async () => {
    for (const name of FIXTURES) {
      const json = await fixture(name);
      const expected = validateFeed(json);
      for (const every of [1, 2, 3, 250]) {
        const { result } = run(json, every);
        expect(result.feed, `${name} every ${every}`).to.deep.equal(expected.feed);
        expect(summary(result.problems), `${name} every ${every}`).to.deep.equal(summary(expected.problems));
      }
    }
  });

  it('pauses between slices of places only, and not at all by default', () => {
    const places = Array.from({ length: 7 }, (_, i) => ({ id: `p${i}`, name: `Plek ${i}`, kind: 'informal-initiative' }));
    const json = { version: '1.0', publisher: { name: 'Test' }, places };
    expect(run(json, 1).pauses).to.equal(6);
    expect(run(json, 2).pauses).to.equal(3);
    expect(run(json, 7).pauses).to.equal(0);
    expect(run(json, Infinity).pauses).to.equal(0);
    expect(run(json, 2).result.feed.places).to.have.length(7);
  });

  it('keeps the other places and reports the same when an entry of a live object throws', () => {
    const throwing = Object.defineProperty({ id: 'x', kind: 'informal-initiative' }, 'name', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    const json = {
      version: '1.0',
      publisher: { name: 'Test' },
      places: [
        { id: 'a', name: 'A', kind: 'informal-initiative' },
        throwing,
        { id: 'b', name: 'B', kind: 'informal-initiative' },
      ],
    };
    const expected = validateFeed(json);
    expect(summary(expected.problems)).to.include('item.unreadable @ places[1]');
    const { result } = run(json, 1);
    expect(result.feed.places.map((place) => place.id)).to.deep.equal(['a', 'b']);
    expect(summary(result.problems)).to.deep.equal(summary(expected.problems));
  });
});

describe('loadFeed with firstLook', () => {
  beforeEach(() => clearFeedMemory());

  it('resolves with a first look; complete() gives what validateFeed gives, once', async () => {
    const url = `/test/fixtures/feeds/duplicate-ids.json?first-look=${Math.random()}`;
    const json = await fixture('duplicate-ids.json');
    const snapshot = await loadFeed(url, { storage: null, firstLook: (value) => firstLookFeed(value, 1) });
    expect(isFirstLook(snapshot.feed)).to.equal(true);
    expect(snapshot.problems).to.deep.equal([]);
    expect(snapshot.complete).to.be.a('function');
    const whole = snapshot.complete!();
    const expected = validateFeed(json);
    expect(isFirstLook(whole.feed)).to.equal(false);
    expect(whole.feed).to.deep.equal(expected.feed);
    expect(summary(whole.problems)).to.deep.equal(summary(expected.problems));
    expect(whole.source).to.equal('network');
    expect(snapshot.complete!()).to.equal(whole);
    expect(snapshot.step!()).to.equal(false);
    // Another element on the page, without a first look, gets the same whole feed.
    const later = await loadFeed(url, { storage: null });
    expect(later.feed).to.equal(whole.feed);
    expect(later.complete).to.equal(undefined);
  });

  it('step() validates the whole feed in slices; complete() then hands over the same result', async () => {
    const url = `/test/fixtures/feeds/good-complete.json?first-look=${Math.random()}`;
    const json = await fixture('good-complete.json');
    const snapshot = await loadFeed(url, { storage: null, firstLook: (value) => firstLookFeed(value, 0) });
    let slices = 1;
    while (snapshot.step!()) slices++;
    expect(slices).to.be.greaterThan(0);
    const whole = snapshot.complete!();
    const expected = validateFeed(json);
    expect(whole.feed).to.deep.equal(expected.feed);
    expect(summary(whole.problems)).to.deep.equal(summary(expected.problems));
  });

  it('validates in full at once when the feed was validated before on this page', async () => {
    const url = `/test/fixtures/feeds/good-complete.json?first-look=${Math.random()}`;
    const full = await loadFeed(url, { storage: null });
    const again = await loadFeed(url, { storage: null, firstLook: (value) => firstLookFeed(value, 1) });
    expect(again.complete).to.equal(undefined);
    expect(again.feed).to.equal(full.feed);
  });
});
