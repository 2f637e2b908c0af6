// Issue 9: the map asks before it calls a third party. Markers, clusters and the list work on
// a plain background; tiles come only after the visitor's yes (kept 6 months, withdrawable),
// or at once when the embedder says consent="embedder".
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { consentKey } from '../../../src/components/map/tile-consent-controller.js';
import { $, $$, brokenWords, deepActive, mapWithFeed, markers, mount, MONDAY_10, place, smallFeed, type TestMap, unmountAll, until } from './helpers.js';

// A query of its own per test: an image cached by the browser (in this page or another test
// file's) would load without reaching the test server, and the server counts hits per query,
// so tiles that another test file's maps load at the same time cannot move this test's count.
let tileKey = '';
const okTiles = (): string => `/test-api/map/tiles/ok/{z}/{x}/{y}.png?map=${tileKey}`;
const SAMPLE = '/demo/feeds/den-bosch.json';
const PDOK = /service\.pdok\.nl/;
const TEST_HOST = location.host;

const feed = (): Record<string, unknown> =>
  smallFeed([
    place('a', { name: 'Koffie-inloop' }),
    place('b', { name: 'Buurthuis', kind: 'volunteer-organisation', location: { lat: 51.69, lng: 5.31 } }),
    place('c', { name: 'CJG', kind: 'professional-service', location: { lat: 51.71, lng: 5.28 } }),
  ]);

async function tileHits(): Promise<number> {
  const response = await fetch(`/test-api/map/tiles/hits?map=${tileKey}`);
  return ((await response.json()) as { hits: number }).hits;
}

function monthsAgo(months: number): string {
  const date = new Date();
  date.setMonth(date.getMonth() - months);
  return date.toISOString();
}

async function mapWith(attrs: { tiles?: string; consent?: string }): Promise<TestMap> {
  const wrapper = await mount<HTMLDivElement>(html`<div style="width: 1000px">
    <buurt-map tiles=${attrs.tiles ?? okTiles()} consent=${attrs.consent ?? ''} .now=${MONDAY_10} .feed=${feed()}></buurt-map>
  </div>`);
  const map = wrapper.querySelector('buurt-map')!;
  if (attrs.consent === undefined) map.removeAttribute('consent');
  await until(() => markers(map).length === 3, 8000, 'markers');
  return map;
}

const tileImages = (map: TestMap): HTMLImageElement[] => $$(map, 'img.leaflet-tile') as HTMLImageElement[];

describe('<buurt-map> asks before it loads tiles from a third party', () => {
  beforeEach(() => {
    tileKey = Math.random().toString(36).slice(2);
  });

  afterEach(() => {
    unmountAll();
    localStorage.removeItem(consentKey(TEST_HOST));
    localStorage.removeItem(consentKey('service.pdok.nl'));
  });

  it("with the README's snippet (src only), shows markers, list and no PDOK tile, and offers the map with streets", async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div style="width: 1000px"><buurt-map src=${SAMPLE}></buurt-map></div>`);
    const map = wrapper.querySelector('buurt-map')!;
    await until(() => markers(map).length > 0, 10000, 'markers');
    expect($$(map, '.item__open').length).to.be.greaterThan(0);
    expect(tileImages(map)).to.deep.equal([]);
    expect($$(map, 'img').filter((img) => PDOK.test((img as HTMLImageElement).src))).to.deep.equal([]);
    expect(performance.getEntriesByType('resource').filter((entry) => PDOK.test(entry.name))).to.deep.equal([]);
    const button = $(map, '.tiles-show')!;
    expect(button.textContent!.trim()).to.equal('Kaart met straten tonen — de kaart komt van PDOK (Kadaster)');
    const why = $(map, '#tiles-why')!;
    expect(button.getAttribute('aria-describedby')).to.equal('tiles-why');
    // B1: "IP-adres" alone is jargon to many residents.
    expect(why.textContent).to.contain('IP-adres (het nummer van je internetverbinding)');
    expect(why.textContent).to.contain('6 maanden');
    expect($(map, '.attribution')!.textContent!.trim()).to.equal('Leaflet');
    await expect(map).to.be.accessible();
  });

  it('sends no tile request before the yes, loads tiles after it (by keyboard), and remembers the date', async () => {
    const before = await tileHits();
    const map = await mapWith({});
    expect(await tileHits()).to.equal(before);
    expect(tileImages(map)).to.deep.equal([]);
    expect($(map, '.tiles-show')!.textContent).to.contain(TEST_HOST);
    // Keyboard: the button is a real button in the tab order; Enter presses it.
    $(map, '.tiles-show')!.focus();
    expect(deepActive()).to.equal($(map, '.tiles-show'));
    await sendKeys({ press: 'Enter' });
    await until(() => $$(map, 'img.leaflet-tile-loaded').length > 0, 8000, 'tiles after the yes');
    expect(await tileHits()).to.be.greaterThan(before);
    const stored = new Date(localStorage.getItem(consentKey(TEST_HOST))!);
    expect(Math.abs(stored.getTime() - Date.now())).to.be.lessThan(60_000);
    expect($(map, '.tiles-show')).to.equal(null);
    expect(deepActive(), 'focus moves to the button that undoes it').to.equal($(map, '.tiles-hide'));
    await expect(map).to.be.accessible();

    const again = await mapWith({});
    await until(() => $$(again, 'img.leaflet-tile-loaded').length > 0, 8000, 'tiles without asking again');
    expect($(again, '.tiles-show')).to.equal(null);
  });

  it('the Space key works on the button too', async () => {
    const map = await mapWith({});
    $(map, '.tiles-show')!.focus();
    await sendKeys({ press: ' ' }); // ' ' is Space: the one name for it that every engine's driver knows
    await until(() => tileImages(map).length > 0, 8000, 'tiles after Space');
  });

  it('asks again when the stored yes is older than 6 months, and sends nothing meanwhile', async () => {
    localStorage.setItem(consentKey(TEST_HOST), monthsAgo(7));
    const before = await tileHits();
    const map = await mapWith({});
    expect($(map, '.tiles-show')).to.not.equal(null);
    expect(tileImages(map)).to.deep.equal([]);
    expect(await tileHits()).to.equal(before);
    expect(localStorage.getItem(consentKey(TEST_HOST)), 'the old yes is gone').to.equal(null);
    await expect(map).to.be.accessible();
  });

  it('keeps a yes of 5 months ago', async () => {
    localStorage.setItem(consentKey(TEST_HOST), monthsAgo(5));
    const map = await mapWith({});
    await until(() => tileImages(map).length > 0, 8000, 'tiles');
    expect($(map, '.tiles-hide')).to.not.equal(null);
  });

  it('lets the visitor take the yes back from the map: tiles gone, nothing stored, no new tile request', async () => {
    localStorage.setItem(consentKey(TEST_HOST), monthsAgo(1));
    const map = await mapWith({});
    await until(() => $$(map, 'img.leaflet-tile-loaded').length > 0, 8000, 'tiles');
    const hide = $(map, '.tiles-hide')!;
    expect(hide.textContent!.trim()).to.equal('Kaart met straten uitzetten');
    hide.focus();
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    expect(tileImages(map)).to.deep.equal([]);
    expect(localStorage.getItem(consentKey(TEST_HOST))).to.equal(null);
    expect(deepActive()).to.equal($(map, '.tiles-show'));
    expect(markers(map).length).to.equal(3);
    const hits = await tileHits();
    await map.setView(51.7, 5.3, 14);
    expect(await tileHits()).to.equal(hits);
    expect(tileImages(map)).to.deep.equal([]);
    await expect(map).to.be.accessible();
  });

  it('with consent="embedder", loads the tiles at once and asks nothing', async () => {
    const map = await mapWith({ consent: 'embedder' });
    await until(() => $$(map, 'img.leaflet-tile-loaded').length > 0, 8000, 'tiles');
    expect($(map, '.tiles-show')).to.equal(null);
    expect($(map, '.tiles-hide')).to.equal(null);
    expect(localStorage.getItem(consentKey(TEST_HOST))).to.equal(null);
    await expect(map).to.be.accessible();
  });

  it('a bare consent (its old meaning: ask first) still asks', async () => {
    const before = await tileHits();
    const map = await mapWith({ consent: '' });
    expect(map.hasAttribute('consent')).to.equal(true);
    expect($(map, '.tiles-show')).to.not.equal(null);
    expect(await tileHits()).to.equal(before);
  });

  it('with tiles="none", offers no tiles at all', async () => {
    const map = await mapWith({ tiles: 'none' });
    expect($(map, '.tiles-show')).to.equal(null);
    expect($(map, '.tiles-hide')).to.equal(null);
    expect(tileImages(map)).to.deep.equal([]);
  });
});

// The offer is drawn over the map, from its bottom edge. On a 320px phone it was taller than the
// map in English, Polish and Ukrainian (at 200% text in every language, up to 2286px in a 457px
// map) and ran over its top edge, which cut the button off; at 200% its margins left the button's
// words 104px ('strate|n').
describe('<buurt-map> offer of the map with streets on a phone', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
    unmountAll();
  });

  const cases = [
    ['en', 288, '100%'],
    ['pl', 288, '100%'],
    ['uk', 288, '100%'],
    ['nl', 256, '200%'],
    ['ar', 256, '200%'],
    ['uk', 256, '200%'],
  ] as const;
  for (const [lang, width, size] of cases) {
    it(`shows its button whole inside the map, its words whole, and the why within reach (${lang}, ${width}px, ${size} text)`, async () => {
      document.documentElement.style.fontSize = size;
      // As on the demo page: sample data, with the notice that says so above the search.
      const map = await mapWithFeed({ ...feed(), sample: true }, { width, tiles: `/test-api/map/tiles/ok/{z}/{x}/{y}.png?map=offer-${lang}` });
      map.lang = lang;
      // The height it has on a 320px phone at 200% text (40em and 240px), on this wider test page.
      if (size === '200%') map.style.setProperty('--buurt-map-height', `${40 * 32 + 240}px`);
      await map.updateComplete;
      $(map, '.switch button[value="map"]')!.click();
      await map.updateComplete;
      const area = $(map, '.map-area')!.getBoundingClientRect();
      const button = $(map, '.tiles-show')!;
      const box = button.getBoundingClientRect();
      expect(box.top, 'the button below the map\'s top edge').to.be.at.least(area.top - 0.5);
      expect(box.bottom, 'the button above its bottom edge').to.be.at.most(area.bottom + 0.5);
      expect(box.left).to.be.at.least(area.left - 0.5);
      expect(box.right).to.be.at.most(area.right + 0.5);
      // The test server's host name ('127.0.0.1:8000') is one long word; PDOK (Kadaster) is not.
      expect(brokenWords(button).filter((word) => !word.startsWith('127.')), 'the button\'s words broken inside').to.deep.equal([]);
      // On screen first: a point outside the window hits nothing.
      button.scrollIntoView({ block: 'center' });
      const onScreen = button.getBoundingClientRect();
      const hit = map.shadowRoot!.elementFromPoint(onScreen.left + onScreen.width / 2, onScreen.top + onScreen.height / 2);
      // Booleans, not elements: chai's message for two elements that differ never came back.
      expect(hit?.closest('.tiles-show') === button, 'the button is what a tap on it reaches').to.equal(true);
      // The why under it: scrolled into the offer, its last line is inside the map.
      const offer = $(map, '.tiles-offer')!;
      offer.scrollTop = offer.scrollHeight;
      const why = $(map, '#tiles-why')!.getBoundingClientRect();
      const areaNow = $(map, '.map-area')!.getBoundingClientRect();
      expect(why.bottom, 'the end of the why, scrolled to').to.be.at.most(areaNow.bottom + 0.5);
      expect(why.bottom).to.be.at.least(areaNow.top);
      await expect(map).to.be.accessible();
    });
  }
});
