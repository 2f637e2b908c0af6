import { expect } from '@open-wc/testing';
import { validateFeed } from '../../../src/feed/validate.js';
import { ancestorsOf, formatPath, getAt, insertAt, isWithin, moveAt, parsePath, removeAt, setAt } from '../../../src/studio/model/json-path.js';
import { fetchJson } from '../harness.js';

const FIXTURES = ['bad-hours', 'bad-contacts', 'bad-languages', 'proto-keys', 'duplicate-ids', 'strings-for-numbers', 'swapped-coordinates', 'guide-cycle', 'lists-wrong-type', 'missing-required', 'decimal-comma', 'bad-audience'];

describe('json-path: the validator\'s path syntax', () => {
  it('parses and writes dotted keys, indexes and quoted odd keys', () => {
    expect(parsePath('places[3].location.lat')).to.deep.equal(['places', 3, 'location', 'lat']);
    expect(parsePath('')).to.deep.equal([]);
    expect(parsePath('glossary[0]["odd key"].x')).to.deep.equal(['glossary', 0, 'odd key', 'x']);
    expect(parsePath('a["quote \\" and ] bracket"]')).to.deep.equal(['a', 'quote " and ] bracket']);
    expect(formatPath(['places', 3, 'location', 'lat'])).to.equal('places[3].location.lat');
    expect(formatPath(['name', 'nl-BE'])).to.equal('name.nl-BE');
    expect(formatPath(['x', '3'])).to.equal('x["3"]');
    expect(formatPath([0, 'a'])).to.equal('[0].a');
  });

  it('refuses text that is no path, instead of guessing', () => {
    for (const bad of ['.a', 'a..b', 'a[x]', 'a[1', 'a b', 'a["x"', '[-1]']) {
      expect(() => parsePath(bad), bad).to.throw(SyntaxError);
    }
  });

  it('reads back every problem path validateFeed writes for the hostile fixture feeds, and finds the raw value there', async () => {
    let checked = 0;
    for (const name of FIXTURES) {
      const doc = await fetchJson(`/test/fixtures/feeds/${name}.json`);
      for (const { path } of validateFeed(doc).problems) {
        expect(formatPath(parsePath(path)), `${name}: ${path}`).to.equal(path);
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(50);
  });

  it('counts indexes in the RAW array: entries the validator leaves out still count, so a path points at what the editor typed', () => {
    const doc = {
      version: '1.0',
      publisher: { name: 'Test' },
      places: [
        42, // not a place at all: left out of the feed
        { id: 'a', name: 'A', kind: 'informal-initiative' },
        { id: 'b', name: 'B', kind: 'informal-initiative', location: { lat: 'noord', lng: 5.3 } },
      ],
    };
    const { feed, problems } = validateFeed(doc);
    // The number is left out, so the feed's places[1] is the file's places[2]: problem paths must not count like that.
    expect(feed.places.map((place) => place.id)).to.deep.equal(['a', 'b']);
    expect(feed.places[1]!.location).to.equal(undefined);
    const paths = problems.map((problem) => problem.path);
    expect(paths).to.include('places[0]');
    const lat = paths.find((path) => path.startsWith('places[2].location'));
    expect(lat, paths.join(', ')).to.equal('places[2].location.lat');
    expect(getAt(doc, lat!)).to.equal('noord');
  });
});

describe('json-path: immutable edits with structural sharing', () => {
  const doc = () => ({ version: '1.0', publisher: { name: 'P', extra: { keep: true } }, places: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], unknown: [1, 2] });

  it('copies only the containers on the path and keeps key order', () => {
    const before = doc();
    const after = setAt(before, 'places[1].name', 'Bee');
    expect(after).not.to.equal(before);
    expect(before.places[1]!.name).to.equal('B');
    expect(after.places[1]!.name).to.equal('Bee');
    expect(after.places[0]).to.equal(before.places[0]);
    expect(after.publisher).to.equal(before.publisher);
    expect(after.unknown).to.equal(before.unknown);
    expect(Object.keys(after)).to.deep.equal(Object.keys(before));
    expect(Object.keys(setAt(before, 'publisher.name', 'Q').publisher)).to.deep.equal(['name', 'extra']);
  });

  it('appends new keys, makes missing containers, deletes with undefined, and returns the same doc for a no-op', () => {
    const before = doc();
    const added = setAt(before, 'publisher.email', 'a@b.nl');
    expect(Object.keys(added.publisher)).to.deep.equal(['name', 'extra', 'email']);
    const made = setAt(before, 'places[0].location.lat', 51.7) as unknown as { places: Array<{ location: { lat: number } }> };
    expect(made.places[0]!.location).to.deep.equal({ lat: 51.7 });
    const list = setAt({}, 'areas[0].id', 'x');
    expect(list).to.deep.equal({ areas: [{ id: 'x' }] });
    const removed = setAt(before, 'publisher.extra', undefined);
    expect(Object.keys(removed.publisher)).to.deep.equal(['name']);
    expect(setAt(before, 'publisher.name', 'P')).to.equal(before);
    expect(setAt(before, 'publisher.nothing', undefined)).to.equal(before);
  });

  it('keeps a feed key named __proto__ a plain key, never the prototype', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": "yes"}, "publisher": {"name": "P"}}') as Record<string, unknown>;
    const after = setAt(raw, 'publisher.name', 'Q');
    expect(Object.getPrototypeOf(after)).to.equal(Object.prototype);
    expect(Object.keys(after)).to.deep.equal(['__proto__', 'publisher']);
    const set = setAt({}, '__proto__', { polluted: 'yes' }) as Record<string, unknown>;
    expect(Object.getPrototypeOf(set)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(getAt(raw, '__proto__.polluted')).to.equal('yes');
    expect(getAt({}, 'constructor')).to.equal(undefined);
  });

  it('inserts, removes and moves list entries without touching the others', () => {
    const before = doc();
    const inserted = insertAt(before, 'places', 1, { id: 'c' });
    expect(inserted.places.map((place) => place.id)).to.deep.equal(['a', 'c', 'b']);
    expect(inserted.places[0]).to.equal(before.places[0]);
    expect(insertAt(before, 'places', 2, { id: 'z' }).places.map((p) => p.id)).to.deep.equal(['a', 'b', 'z']);
    expect(insertAt({}, 'glossary', 0, { term: 'x' })).to.deep.equal({ glossary: [{ term: 'x' }] });
    expect(removeAt(before, 'places[0]').places.map((place) => place.id)).to.deep.equal(['b']);
    expect(Object.keys(removeAt(before, 'unknown'))).to.deep.equal(['version', 'publisher', 'places']);
    expect(removeAt(before, 'places[9]')).to.equal(before);
    const moved = moveAt(before, 'places', 0, 1);
    expect(moved.places.map((place) => place.id)).to.deep.equal(['b', 'a']);
    expect(moved.places[0]).to.equal(before.places[1]);
    expect(moveAt(before, 'places', 1, 1)).to.equal(before);
    expect(() => insertAt(before, 'publisher', 0, 1)).to.throw(TypeError);
  });

  it('knows which paths lie inside another, and lists a path\'s ancestors', () => {
    expect(isWithin('places[3].name.nl', 'places[3]')).to.equal(true);
    expect(isWithin('places[31].name', 'places[3]')).to.equal(false);
    expect(isWithin('places[3]', 'places[3]')).to.equal(true);
    expect(isWithin('publisherX', 'publisher')).to.equal(false);
    expect(ancestorsOf('places[3].name.nl')).to.deep.equal(['places[3].name.nl', 'places[3].name', 'places[3]', 'places', '']);
  });
});
