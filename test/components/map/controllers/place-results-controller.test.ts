import { expect } from '@open-wc/testing';
import { PlaceResults } from '../../../../src/components/map/place-results-controller.js';
import { validateFeed } from '../../../../src/feed/validate.js';
import type { Feed } from '../../../../src/feed/types.js';
import { place, smallFeed } from '../helpers.js';
import { mountHost, type TestHost, until } from './host.js';

const KIND_LABELS = {
  'informal-initiative': 'Bewonersinitiatief',
  'volunteer-organisation': 'Vrijwilligersorganisatie',
  'professional-service': 'Professionele hulp',
} as const;

function feed(): Feed {
  return validateFeed(
    smallFeed([
      place('a', { name: 'Koffie-inloop', areas: ['oost'], languages: ['ar-MA', 'nl'] }),
      place('b', { name: 'Buurthuis', kind: 'volunteer-organisation', location: { lat: 51.8, lng: 5.3 }, languages: ['tr'] }),
      place('c', { name: 'CJG', kind: 'professional-service', location: { lat: 51.71, lng: 5.3 } }),
    ]),
  ).feed!;
}

describe('PlaceResults on a bare host', () => {
  let host: TestHost;
  afterEach(() => host.remove());

  async function setup(busy = () => false): Promise<PlaceResults> {
    const mounted = await mountHost((el) => new PlaceResults(el, { kindLabels: () => KIND_LABELS, busy }));
    host = mounted.host;
    return mounted.controller;
  }

  it('gives every place without a filter, and only the matching ones with one, nearest first', async () => {
    const results = await setup();
    const data = feed();
    expect(results.setFeed(data, 'nl')).to.equal(true);
    expect(results.setFeed(data, 'nl'), 'same feed and language').to.equal(false);
    results.filter({}, undefined);
    expect(results.results.map((p) => p.id)).to.deep.equal(['a', 'b', 'c']);
    results.filter({ query: 'professionele' }, undefined);
    expect(results.results.map((p) => p.id), 'kind labels are searched').to.deep.equal(['c']);
    results.filter({ areas: ['oost'] }, undefined);
    expect(results.results.map((p) => p.id)).to.deep.equal(['a']);
    results.filter({}, { lat: 51.8, lng: 5.3 });
    expect(results.results.map((p) => p.id)).to.deep.equal(['b', 'c', 'a']);
    expect(results.byId.get('b')!.name).to.equal('Buurthuis');
  });

  it('names the languages of the feed once, sorted, with regional codes folded', async () => {
    const results = await setup();
    results.setFeed(feed(), 'nl');
    const options = results.languageOptions();
    expect(options.map((option) => option.code)).to.deep.equal(['ar', 'nl', 'tr']);
    expect(results.languageOptions()).to.equal(options);
  });

  it('lists the words for typos in idle time once the search box has focus, before the first keystroke', async () => {
    let busyAsked = 0;
    const results = await setup(() => (busyAsked++, false));
    results.setFeed(feed(), 'nl');
    // The idle work of a feed (the index, "nu open") is done in the call that asks whether the
    // host is busy; it lists no words: a visitor who never searches does not pay for them.
    await until(() => busyAsked >= 1, 5000, 'the idle work of the feed');
    expect(results.similarPrepared, 'words listed without a search').to.equal(false);
    results.prepareSearch();
    await until(() => results.similarPrepared, 5000, 'the words listed in idle time after focus');
    results.filter({ query: 'kofie' }, undefined);
    expect(results.results.map((p) => p.id)).to.deep.equal(['a']);
    expect(results.similar).to.equal(true);
  });

  it('keeps the closest spelling first when sorting by distance', async () => {
    const results = await setup();
    const data = validateFeed(
      smallFeed([
        place('two-near', { name: 'Inlopphuus', location: { lat: 51.7, lng: 5.3 } }),
        place('one-far', { name: 'Inloophuis', location: { lat: 51.9, lng: 5.3 } }),
        place('one-near', { name: 'Inloophuis', location: { lat: 51.71, lng: 5.3 } }),
      ]),
    ).feed!;
    results.setFeed(data, 'nl');
    results.filter({ query: 'inloophus' }, undefined);
    expect(results.results.map((p) => p.id)).to.deep.equal(['one-far', 'one-near', 'two-near']);
    results.filter({ query: 'inloophus' }, { lat: 51.7, lng: 5.3 });
    expect(results.results.map((p) => p.id)).to.deep.equal(['one-near', 'one-far', 'two-near']);
    // Found as typed: nearest first, as always.
    results.filter({ query: 'inlo' }, { lat: 51.7, lng: 5.3 });
    expect(results.results.map((p) => p.id)).to.deep.equal(['two-near', 'one-near', 'one-far']);
  });

  it('prepares the search index when idle, and waits while the host is busy', async () => {
    let busyAsked = 0;
    let busy = true;
    const results = await setup(() => (busyAsked++, busy));
    results.setFeed(feed(), 'nl');
    await until(() => busyAsked >= 1, 5000, 'the idle check');
    busy = false;
    await until(() => busyAsked >= 2, 5000, 'the check after waiting');
    // Prepared: a search now needs no new index (still the same results).
    results.filter({ query: 'koffie' }, undefined);
    expect(results.results.map((p) => p.id)).to.deep.equal(['a']);
  });
});
