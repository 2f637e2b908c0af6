import { expect } from '@open-wc/testing';
import { applyPatches, diffDocs } from '../../../src/studio/model/doc-patch.js';
import { insertAt, moveAt, removeAt, setAt, type JsonObject } from '../../../src/studio/model/json-path.js';
import { bigFeed } from '../big-feed.mjs';

/** Applies the diff of before → after to a copy of before, and checks the copy is after, key order included. */
function roundTrip(before: JsonObject, after: JsonObject) {
  const patches = diffDocs(before, after);
  const copy = applyPatches(structuredClone(before), structuredClone(patches));
  expect(JSON.stringify(copy)).to.equal(JSON.stringify(after));
  return patches;
}

describe('doc-patch: sending a Worker only what changed', () => {
  const base = bigFeed(1000) as JsonObject;

  it('sends one value for a keystroke in a place of a big feed', () => {
    const patches = roundTrip(base, setAt(base, 'places[500].name', 'Nieuwe naam'));
    expect(patches).to.deep.equal([{ path: ['places', 500, 'name'], value: 'Nieuwe naam' }]);
  });

  it('sends a splice for an insert, a remove and a move, and the whole object when its keys change', () => {
    const inserted = insertAt(base, 'places', 10, { id: 'nieuw', name: 'Nieuw', kind: 'informal-initiative' });
    expect(roundTrip(base, inserted)).to.deep.equal([{ path: ['places'], start: 10, deleteCount: 0, items: [(inserted.places as unknown[])[10]] }]);
    expect(roundTrip(base, removeAt(base, 'places[999]'))[0]).to.include({ start: 999, deleteCount: 1 });
    roundTrip(base, moveAt(base, 'places', 3, 7));
    const withEmail = setAt(base, 'places[2].contact.fax', '073');
    expect(roundTrip(base, withEmail)).to.deep.equal([{ path: ['places', 2, 'contact'], value: (withEmail.places as JsonObject[])[2]!.contact }]);
    roundTrip(base, removeAt(base, 'places[2].contact.phone'));
    roundTrip(base, setAt(base, 'glossary', [{ term: 'GGD', explanation: 'Gezondheidsdienst' }]));
  });

  it('keeps a __proto__ key as data and follows several edits in a row', () => {
    const raw = JSON.parse('{"__proto__": {"a": 1}, "places": [{"id": "x", "__proto__": {"b": 2}}]}') as JsonObject;
    let doc = raw;
    let copy = structuredClone(raw) as unknown;
    for (const next of [setAt(raw, '__proto__.a', 2), setAt(raw, 'places[0].__proto__.b', 3), insertAt(raw, 'places', 0, { id: 'y' })]) {
      copy = applyPatches(copy, diffDocs(doc, next));
      doc = next;
      expect(JSON.stringify(copy)).to.equal(JSON.stringify(next));
    }
    expect(({} as JsonObject).a).to.equal(undefined);
  });

  it('replaces the whole document when it is another one', () => {
    const other = { version: '1.0', publisher: { name: 'Ander' } };
    expect(roundTrip(base, other)).to.deep.equal([{ path: [], value: other }]);
  });
});
