import { expect } from '@open-wc/testing';
import { validateFeed } from '../../../src/feed/validate.js';
import { openInputs } from '../../../src/studio/model/open.js';
import { formatOf, serializeFeed, updatedValue } from '../../../src/studio/model/serialize.js';
import { StudioStore } from '../../../src/studio/model/store.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const NOW = new Date('2026-11-30T13:32:00Z');

async function openText(name: string, text: string): Promise<StudioStore> {
  const opened = await openInputs([{ name, bytes: bytes(text) }]);
  if (!opened.ok) throw new Error(opened.message);
  const store = new StudioStore({}, { debounceMs: 0 });
  store.replace(opened.doc, { resetHistory: true, format: opened.format });
  return store;
}

const save = (store: StudioStore) => serializeFeed(store.doc, { changed: store.changed, format: store.format, now: NOW });

describe('serialize: the text of buurt.json', () => {
  it('gives the sample feed back byte for byte when nothing changed (updated stays)', async () => {
    const text = await (await fetch('/demo/feeds/den-bosch.json')).text();
    const store = await openText('den-bosch.json', text);
    expect(save(store)).to.equal(text);
  });

  it('keeps fields the studio does not know, in their place, and a 4-space or tab file keeps its indentation', async () => {
    const doc = { version: '1.0', 'x-eigen': { a: [1, { b: true }] }, publisher: { name: 'P', 'x-intern': 'nummer 12' }, places: [{ id: 'a', name: 'A', kind: 'informal-initiative', extraatje: null }] };
    for (const indent of [4, '\t', 0] as const) {
      const text = JSON.stringify(doc, null, indent) + (indent === 0 ? '' : '\n');
      const store = await openText('eigen.json', text);
      expect(save(store), String(indent)).to.equal(text);
    }
  });

  it('changes only the edited value and `updated` when something changed, in the form updated had', async () => {
    const text = await (await fetch('/demo/feeds/den-bosch.json')).text();
    const store = await openText('den-bosch.json', text);
    const path = 'places[0].hours.weekly[0].closes';
    const before = JSON.parse(text) as Record<string, unknown>;
    const closes = (before.places as Array<{ hours: { weekly: Array<{ closes: string }> } }>)[0]!.hours.weekly[0]!.closes;
    store.set(path, closes === '17:00' ? '17:30' : '17:00');
    const saved = save(store);
    const lines = (s: string) => s.split('\n');
    const changed = lines(saved).filter((line, i) => line !== lines(text)[i]);
    expect(lines(saved)).to.have.length(lines(text).length);
    expect(changed).to.have.length(2);
    expect(changed[0]).to.match(/"updated": "2026-11-30T13:32:00Z"/);
    expect(changed[1]).to.match(/"closes": "17:[03]0"/);
    // Undoing the edit gives the file back, with its own `updated`.
    store.undo();
    expect(save(store)).to.equal(text);
  });

  it('adds `updated` as a date to a feed that had none, only when changed', async () => {
    const store = await openText('x.json', '{"version":"1.0","publisher":{"name":"P"}}');
    expect(save(store)).to.equal('{"version":"1.0","publisher":{"name":"P"}}');
    store.set('publisher.name', 'Q');
    expect(JSON.parse(save(store))).to.deep.equal({ version: '1.0', publisher: { name: 'Q' }, updated: '2026-11-30' });
    expect(updatedValue('2026-01-01', NOW)).to.equal('2026-11-30');
  });

  it('reads the format of a text', () => {
    expect(formatOf('{\n  "a": 1\n}\n')).to.deep.equal({ indent: 2, newline: true });
    expect(formatOf('{\n\t"a": 1\n}')).to.deep.equal({ indent: '\t', newline: false });
    expect(formatOf('{"a":1}')).to.deep.equal({ indent: 0, newline: false });
  });

  it('writes a draft whose saved text the validator reads to the same feed', async () => {
    const text = await (await fetch('/demo/feeds/den-bosch.json')).text();
    const store = await openText('den-bosch.json', text);
    store.set('publisher.name', 'Andere naam');
    const saved = JSON.parse(save(store)) as unknown;
    const { feed, problems } = validateFeed(saved);
    expect(feed.publisher.name).to.equal('Andere naam');
    expect(problems.filter((problem) => problem.severity === 'error')).to.deep.equal([]);
  });
});
