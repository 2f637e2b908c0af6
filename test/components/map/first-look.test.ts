// A map fed by `src` paints a large feed from a first look (the list's first page in full, the
// other places as far as their markers need) and reads the rest when the browser is idle. These
// tests hold it to what a visitor and an embedder may count on either way: buurt-load brings
// the whole, validated feed, and whatever the map shows beyond the first page is read in full.
import { expect, html } from '@open-wc/testing';
import type { BuurtLoadDetail } from '../../../src/base/events.js';
import { isFirstLook } from '../../../src/feed/validate/first-look.js';
import { $, $$, listNames, MONDAY_10, mount, unmountAll, until, type TestMap } from './helpers.js';

const feedUrl = (places: number): string => `/test-api/map/first-look.json?places=${places}&run=${Math.random().toString(36).slice(2)}`;

/** Mounts a map on a feed of `places` places; `loaded` resolves with buurt-load's detail. */
async function mapOn(places: number): Promise<{ map: TestMap; loaded: Promise<BuurtLoadDetail> }> {
  let resolve!: (detail: BuurtLoadDetail) => void;
  const loaded = new Promise<BuurtLoadDetail>((done) => (resolve = done));
  const onLoad = (event: CustomEvent<BuurtLoadDetail>): void => resolve(event.detail);
  const wrapper = await mount<HTMLDivElement>(html`<div style="width: 1000px">
    <buurt-map tiles="none" .now=${MONDAY_10} src=${feedUrl(places)} @buurt-load=${onLoad}></buurt-map>
  </div>`);
  return { map: wrapper.querySelector('buurt-map')!, loaded };
}

const addresses = (map: TestMap): string[] => $$(map, '.item__address').map((line) => line.textContent!.trim());

describe('<buurt-map> from a first look', () => {
  afterEach(unmountAll);

  it('buurt-load brings the whole validated feed; the next page of the list is read in full', async () => {
    // 600 places: the whole feed is validated in three slices after the first look.
    const { map, loaded } = await mapOn(600);
    const detail = await loaded;
    expect(isFirstLook(detail.feed)).to.equal(false);
    expect(detail.feed.places).to.have.length(600);
    expect(detail.feed.places[80]!.address).to.deep.equal({ street: 'Straat 80', city: 'Den Bosch' });
    expect(detail.feed.places[80]!.contact.website).to.equal('https://example.nl/plek/80');
    expect(detail.problems).to.deep.equal([]);
    await until(() => listNames(map).length === 50, 8000, 'the first page of the list');
    expect(addresses(map)[49]).to.equal('Straat 49, Den Bosch');
    ($(map, '.more-button') as HTMLButtonElement).click();
    await map.updateComplete;
    expect(listNames(map)).to.have.length(100);
    expect(addresses(map).slice(50, 52)).to.deep.equal(['Straat 50, Den Bosch', 'Straat 51, Den Bosch']);
    await expect(map).to.be.accessible();
  });

  it('a place opened as soon as the list shows is shown in full, whether or not the rest was read yet', async () => {
    const { map, loaded } = await mapOn(300);
    await until(() => listNames(map).length > 0, 8000, 'the first entries of the list');
    map.selected = 'p250';
    await map.updateComplete;
    expect($(map, '#details-title')!.textContent!.trim()).to.equal('Plek 250');
    expect($(map, '.details')!.textContent).to.contain('Straat 250');
    expect($(map, '.details a[href="https://example.nl/plek/250"]')).to.not.equal(null);
    // Opening it needed the whole feed: buurt-load has its problems (none) by now.
    expect((await loaded).feed.places).to.have.length(300);
    await expect(map).to.be.accessible();
  });

  it('a search typed before the rest was read finds places beyond the first page', async () => {
    const { map } = await mapOn(300);
    await until(() => listNames(map).length > 0, 8000, 'the first entries of the list');
    const input = $(map, '#search') as HTMLInputElement;
    input.value = 'Plek 299';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await map.updateComplete;
    expect(listNames(map)).to.deep.equal(['Plek 299']);
    expect(addresses(map)).to.deep.equal(['Straat 299, Den Bosch']);
  });
});
