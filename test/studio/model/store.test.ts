import { expect, oneEvent } from '@open-wc/testing';
import type { JsonObject } from '../../../src/studio/model/json-path.js';
import { StudioStore } from '../../../src/studio/model/store.js';
import { checkDoc, type Checked } from '../../../src/studio/model/validation.js';
import { fetchJson } from '../harness.js';

const FEED = (): JsonObject => ({
  version: '1.0',
  publisher: { name: 'Wijkkrant Oost' },
  extra: { unknown: 'kept' },
  places: [{ id: 'a', name: 'Buurthuis', kind: 'informal-initiative' }],
});

describe('StudioStore', () => {
  it('changes the draft only through its methods, says so at once, and undoes every edit', () => {
    const store = new StudioStore(FEED(), { debounceMs: 0 });
    const kinds: string[] = [];
    store.addEventListener('change', (event) => kinds.push((event as CustomEvent<{ kind: string }>).detail.kind));
    const opened = store.doc;
    store.set('places[0].name', 'Het Buurthuis');
    expect(kinds).to.deep.equal(['set']);
    store.insert('places', 1, { id: 'b', name: 'B', kind: 'informal-initiative' });
    store.move('places', 1, 0);
    store.remove('extra');
    expect((store.doc.places as JsonObject[]).map((place) => place.id)).to.deep.equal(['b', 'a']);
    expect(store.doc.extra).to.equal(undefined);
    expect(opened.extra).to.deep.equal({ unknown: 'kept' });
    expect(kinds).to.deep.equal(['set', 'insert', 'move', 'remove']);
    expect(store.changed).to.equal(true);
    store.undo();
    store.undo();
    store.undo();
    store.undo();
    expect(store.doc).to.equal(opened);
    expect(store.changed).to.equal(false);
    expect(store.canUndo).to.equal(false);
    store.redo();
    expect((store.doc.places as JsonObject[])[0]!.name).to.equal('Het Buurthuis');
    expect(kinds.slice(-5)).to.deep.equal(['undo', 'undo', 'undo', 'undo', 'redo']);
  });

  it('makes typing in one field one undo step (coalesce) and fires no change for an edit that changes nothing', () => {
    const store = new StudioStore(FEED(), { debounceMs: 0 });
    let changes = 0;
    store.addEventListener('change', () => changes++);
    for (const text of ['W', 'Wi', 'Wij', 'Wijk']) store.set('publisher.name', text, { coalesce: 'publisher.name' });
    store.set('publisher.name', 'Wijk', { coalesce: 'publisher.name' });
    expect(changes).to.equal(4);
    store.undo();
    expect((store.doc.publisher as JsonObject).name).to.equal('Wijkkrant Oost');
  });

  it('opening a feed (replace with resetHistory) leaves nothing to undo and counts as unchanged', () => {
    const store = new StudioStore(FEED(), { debounceMs: 0 });
    store.set('publisher.name', 'X');
    const next = { version: '1.0', publisher: { name: 'Nieuw' } };
    store.replace(next, { resetHistory: true });
    expect(store.doc).to.equal(next);
    expect(store.canUndo).to.equal(false);
    expect(store.changed).to.equal(false);
  });

  it('checks after the editor pauses, not per keystroke, and finds the problems at their paths', async () => {
    let checks = 0;
    const checker = (doc: JsonObject): Promise<Checked> => {
      checks++;
      return Promise.resolve(checkDoc(doc));
    };
    const store = new StudioStore(FEED(), { checker, debounceMs: 50 });
    await oneEvent(store, 'problems');
    expect(checks).to.equal(1);
    expect(store.problemsAt('places[0].location')).to.deep.equal([]);
    for (const text of ['5', '51', '51,', '51,7']) store.set('places[0].location', { lat: text, lng: 5.3 }, { coalesce: 'x' });
    expect(store.checking).to.equal(true);
    await oneEvent(store, 'problems');
    expect(checks).to.equal(2);
    expect(store.checking).to.equal(false);
    const exact = store.problemsAt('places[0].location.lat');
    expect(exact.length, JSON.stringify(store.problems)).to.be.greaterThan(0);
    expect(exact.every((problem) => problem.path === 'places[0].location.lat')).to.equal(true);
    expect(store.problemsAt('places[0]').some((problem) => problem.path === 'places[0].location.lat')).to.equal(false);
    expect(store.problemsAt('places[0]', { deep: true }).map((problem) => problem.path)).to.include('places[0].location.lat');
    expect(store.feed.places[0]!.location).to.equal(undefined);
  });

  it('lists errors before warnings, with plain-language warnings joined and messages as plain text', async () => {
    const doc = FEED();
    doc.places = [{ id: 'a', name: 'Buurthuis', kind: 'informal-initiative', description: 'Kom langs bij het WMO-loket van de GGD voor vragen.' }, { id: 'a', name: 'Dubbel', kind: 'informal-initiative' }];
    const store = new StudioStore(doc, { debounceMs: 0 });
    await store.settled();
    const severities = store.problems.map((problem) => problem.severity);
    expect(severities.indexOf('warning')).to.be.greaterThan(severities.lastIndexOf('error'));
    const abbreviation = store.problems.find((problem) => problem.code === 'plain.abbreviation');
    expect(abbreviation?.path).to.equal('places[0].description');
    expect(Object.getOwnPropertyDescriptor(store.problems[0], 'message')?.value).to.be.a('string');
    // Dutch sentences, not codes.
    for (const problem of store.problems) expect(problem.message, problem.code).not.to.equal(problem.code);
    expect(abbreviation!.message).to.contain('WMO');
  });

  it('drops the result of a check that is older than the draft, and settled() waits for the current one', async () => {
    const resolvers: Array<() => void> = [];
    const checker = (doc: JsonObject): Promise<Checked> => new Promise((resolve) => resolvers.push(() => resolve(checkDoc(doc))));
    const store = new StudioStore(FEED(), { checker, debounceMs: 0 });
    await new Promise<void>((resolve) => {
      const wait = () => (resolvers.length ? resolve() : setTimeout(wait, 5));
      wait();
    });
    store.set('publisher.name', '');
    const settled = store.settled();
    resolvers.shift()!(); // the first check (of the opened feed) ends after the edit
    await new Promise<void>((resolve) => {
      const wait = () => (resolvers.length ? resolve() : setTimeout(wait, 5));
      wait();
    });
    expect(store.checking).to.equal(true);
    resolvers.shift()!();
    await settled;
    expect(store.checking).to.equal(false);
    expect(store.problemsAt('publisher.name').map((problem) => problem.code)).to.include('publisher.name.missing');
  });

  it('opens the sample feed of the demo with no errors', async () => {
    const store = new StudioStore(await fetchJson('/demo/feeds/den-bosch.json'), { debounceMs: 0 });
    await store.settled();
    expect(store.problems.filter((problem) => problem.severity === 'error')).to.deep.equal([]);
    expect(store.feed.places.length).to.be.greaterThan(3);
  });
});
