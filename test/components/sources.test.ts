import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/components/map/map.js';
import '../../src/components/guide/guide.js';
import type { BuurtMap } from '../../src/components/map/map.component.js';
import { clearFeedMemory } from '../../src/feed/load.js';
import { clearCachedFeeds } from '../../src/feed/cache.js';

const $ = (el: Element, selector: string): HTMLElement | null => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

async function map(src: string): Promise<{ map: BuurtMap; detail: HTMLElementEventMap['buurt-load']['detail'] }> {
  const wrapper = await fixture<HTMLDivElement>('<div style="width: 1000px"><buurt-map tiles="none"></buurt-map></div>');
  const el = wrapper.querySelector('buurt-map')!;
  const loaded = oneEvent(el, 'buurt-load');
  el.src = src;
  const { detail } = await loaded;
  await el.updateComplete;
  return { map: el, detail };
}

async function open(el: BuurtMap, name: string): Promise<HTMLElement> {
  const button = $$(el, '.item__open').find((b) => b.textContent!.includes(name))!;
  button.click();
  await el.updateComplete;
  return $(el, '.details')!;
}

describe('several sources in the elements', () => {
  beforeEach(() => {
    clearFeedMemory();
    clearCachedFeeds();
    history.replaceState(null, '', location.pathname);
  });

  it('the map shows a feed and a partner spreadsheet together, each place with its source', async () => {
    const { map: el, detail } = await map('/test-api/feed/valid?id=el-both /test-api/sources/partner.csv?id=el-both');
    expect(detail.sources.map((s) => [s.kind, s.state])).to.deep.equal([['feed', 'network'], ['csv', 'network']]);
    expect(detail.feed.places).to.have.length(4);
    expect($$(el, '.item__open')).to.have.length(4);
    const details = await open(el, 'Moedergroep Boschveld');
    expect(details.querySelector('.details__source')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Bron: Wijkplaats Boschveld.');
    await expect(el).to.be.accessible();
  });

  it('a place of a single JSON feed shows no source line, as before', async () => {
    const { map: el } = await map('/test-api/feed/valid?id=el-one');
    const details = await open(el, 'De Wijkplaats');
    expect(details.querySelector('.details__source')).to.equal(null);
  });

  it('one failing source: the others show, with one polite notice, and buurt-load says which failed', async () => {
    const { map: el, detail } = await map(
      '/test-api/feed/status?code=404&id=el-fail /test-api/sources/partner.csv?id=el-fail /test-api/sources/garbage.json',
    );
    expect(detail.sources.map((s) => s.state)).to.deep.equal(['failed', 'network', 'failed']);
    expect($$(el, '.item__open')).to.have.length(3);
    const notices = $$(el, '[part="notice"]').filter((n) => n.textContent!.includes('Niet alle informatie'));
    expect(notices).to.have.length(1);
    expect($(el, '[role="alert"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('the guide reads its guides from one source and a place from another', async () => {
    const wrapper = await fixture<HTMLDivElement>('<div><buurt-guide></buurt-guide></div>');
    const guide = wrapper.querySelector('buurt-guide')!;
    const loaded = oneEvent(guide, 'buurt-load');
    guide.src = '/demo/feeds/den-bosch.json /test-api/sources/partner.csv?id=el-guide';
    const { detail } = await loaded;
    expect(detail.feed.guides.length).to.be.greaterThan(0);
    expect(detail.feed.places.some((p) => p.source === 'Wijkplaats Boschveld')).to.equal(true);
    await guide.updateComplete;
    await expect(guide).to.be.accessible();
  });

  it('loads and merges a 10,000-row spreadsheet with a JSON feed in reasonable time', async () => {
    const started = performance.now();
    const { map: el, detail } = await map('/demo/feeds/den-bosch.json /test-api/sources/big.csv?rows=10000&id=el-big');
    const loadedAt = performance.now();
    expect(detail.feed.places).to.have.length(20 + 10_000);
    await el.updateComplete;
    console.log(`[sources] 10,000-row CSV + JSON feed: loaded and merged in ${Math.round(loadedAt - started)} ms (buurt-load), list shown after ${Math.round(performance.now() - started)} ms`);
  });
});
