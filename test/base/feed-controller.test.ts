import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../harness/wait-until.js';
import { ReactiveElement } from 'lit';
import { FeedController, type FeedStatus } from '../../src/base/feed-controller.js';
import { clearFeedMemory, FeedLoadError } from '../../src/feed/load.js';
import { loadSources } from '../../src/feed/load-sources.js';
import { CACHE_PREFIX, clearCachedFeeds } from '../../src/feed/cache.js';

/** A bare element with only what the controller reads: `src` and `feed`. */
class FeedHostElement extends ReactiveElement {
  static override properties = { src: {}, feed: { attribute: false } };
  declare src?: string;
  declare feed?: unknown;
  readonly loads: Extract<FeedStatus, { state: 'ready' }>[] = [];
  readonly errors: FeedLoadError[] = [];
  readonly controller = new FeedController(this, {
    load: (ready) => this.loads.push(ready),
    error: (error) => this.errors.push(error),
  });
}
customElements.define('test-feed-host', FeedHostElement);

const FEED = '/test-api/feed/valid';
const PARTNER = '/test-api/sources/partner.csv';

async function host(src: string): Promise<FeedHostElement> {
  const el = await fixture<FeedHostElement>(html`<test-feed-host src=${src}></test-feed-host>`);
  await waitUntil(() => el.controller.status.state === 'ready' || el.controller.status.state === 'error', 'loaded', { timeout: 15000 });
  return el;
}

const ready = (el: FeedHostElement) => el.controller.status as Extract<FeedStatus, { state: 'ready' }>;

describe('FeedController on a plain element', () => {
  beforeEach(() => {
    clearFeedMemory();
    clearCachedFeeds();
  });

  it('loads one source as before: the feed unchanged, one source in the list', async () => {
    const el = await host(`${FEED}?id=ctl-one`);
    const status = ready(el);
    expect(status.feed.places.map((p) => p.id)).to.deep.equal(['wijkplaats']);
    expect(status.feed.places[0]!.source).to.equal(undefined);
    expect(status.sources.map((s) => [s.state, s.kind, s.problems])).to.deep.equal([['network', 'feed', 0]]);
    expect(el.loads).to.have.length(1);
  });

  it('reads several URLs separated by spaces, new lines and CMS quotes, and merges them', async () => {
    const el = await host(` “${FEED}?id=ctl-two”\n  ${PARTNER}?id=ctl-two `);
    const { feed, sources } = ready(el);
    expect(feed.places.map((p) => [p.id, p.source])).to.deep.equal([
      ['wijkplaats', 'Wijkkrant Boschveld'],
      ['moedergroep-boschveld', 'Wijkplaats Boschveld'],
      ['huiswerkklas-de-brug', 'partner.csv'],
      ['de-wijkplaats', 'partner.csv'],
    ]);
    expect(feed.places[1]!.areas).to.deep.equal(['boschveld']);
    expect(sources.map((s) => [s.kind, s.state, s.label])).to.deep.equal([
      ['feed', 'network', undefined],
      ['csv', 'network', 'partner.csv'],
    ]);
  });

  it('fetches each source once per page, however many elements ask', async () => {
    await Promise.all([host(`${FEED}?id=ctl-once ${PARTNER}?id=ctl-once`), host(`${PARTNER}?id=ctl-once`)]);
    const hits = await (await fetch('/test-api/sources/hits?id=ctl-once')).json();
    expect(hits).to.deep.equal({ hits: 1 });
  });

  it('shows the cached copy first, then the fresh one, per source (a spreadsheet too)', async () => {
    await host(`${FEED}?id=ctl-cache ${PARTNER}?id=ctl-cache`);
    // The copies are written when the browser is idle after the first paint: wait for both.
    const cached = () => Object.keys(localStorage).filter((key) => key.startsWith(CACHE_PREFIX) && key.includes('ctl-cache'));
    await waitUntil(() => cached().length === 2, 'both copies cached', { timeout: 15000 });
    clearFeedMemory();
    const el = await host(`${FEED}?id=ctl-cache ${PARTNER}?id=ctl-cache`);
    expect(el.loads[0]!.source).to.equal('cache');
    expect(el.loads[0]!.feed.places).to.have.length(4);
    await waitUntil(() => el.loads.some((load) => load.source === 'network'), 'the fresh copy', { timeout: 15000 });
    expect(el.loads.at(-1)!.feed.places).to.have.length(4);
  });

  it('one failing source (404, garbage, an HTML login page) shows the others and says what happened to each', async () => {
    const el = await host(`${FEED}?id=ctl-fail /test-api/feed/status?code=404&id=ctl-fail /test-api/sources/garbage.json /test-api/feed/login ${PARTNER}?id=ctl-fail`);
    const { feed, sources, problems } = ready(el);
    expect(feed.places).to.have.length(4);
    expect(sources.map((s) => [s.state, s.error?.code])).to.deep.equal([
      ['network', undefined],
      ['failed', 'http'],
      ['failed', 'not-json'],
      ['failed', 'html'],
      ['network', undefined],
    ]);
    expect(sources[1]!.error!.status).to.equal(404);
    expect(problems.filter((p) => p.code === 'source.failed').map((p) => p.source)).to.have.length(3);
    expect(el.errors).to.deep.equal([]);
  });

  it('every source failing is an error, with the first error', async () => {
    const el = await host('/test-api/feed/status?code=404&id=ctl-all /test-api/sources/garbage.json');
    const status = el.controller.status as Extract<FeedStatus, { state: 'error' }>;
    expect(status.error.code).to.equal('http');
    expect(el.errors).to.have.length(1);
  });

  it('a source that times out costs only itself', async () => {
    const result = await loadSources([`${FEED}?id=ctl-timeout`, '/test-api/feed/hang?ms=4000&id=ctl-timeout'], { timeout: 300 });
    expect(result.sources.map((s) => [s.state, s.error?.code])).to.deep.equal([['network', undefined], ['failed', 'timeout']]);
    expect(result.feed.places).to.have.length(1);
  });

  it('reads HSDS and a Windows-1252 sheet as sources', async () => {
    const el = await host('/test-api/sources/hsds.json /test-api/sources/cp1252.csv');
    const { feed, sources, problems } = ready(el);
    expect(sources.map((s) => s.kind)).to.deep.equal(['hsds', 'csv']);
    expect(feed.places.map((p) => p.name)).to.deep.equal(['Opvoedspreekuur', 'Café Noël']);
    expect(feed.places[1]!.description).to.equal('Koffie – 1 €');
    expect(problems.map((p) => p.code)).to.include('sheet.encoding');
  });

  it('knows a published spreadsheet by its content type when the link has no .csv', async () => {
    const el = await host('/test-api/sources/published');
    expect(ready(el).sources[0]!.kind).to.equal('csv');
    expect(ready(el).feed.places).to.have.length(3);
  });

  it('starts again when src changes, and merges an array given as the feed property', async () => {
    const el = await host(`${FEED}?id=ctl-change`);
    el.src = `${FEED}?id=ctl-change&name=Ander`;
    await waitUntil(() => ready(el).feed?.publisher.name === 'Ander', 'the new source', { timeout: 15000 });
    el.feed = [{ version: '1.0', publisher: { name: 'A' }, places: [{ id: 'x', name: 'X', kind: 'informal-initiative' }] }, null, { version: '1.0', publisher: { name: 'B' }, places: [{ id: 'x', name: 'Y', kind: 'informal-initiative' }] }];
    await waitUntil(() => ready(el).source === 'property', 'the property feeds', { timeout: 15000 });
    expect(ready(el).feed.places.map((p) => [p.id, p.source])).to.deep.equal([['x', 'A'], ['b-x', 'B']]);
    expect(ready(el).sources.map((s) => s.state)).to.deep.equal(['property', 'failed', 'property']);
  });

  it('stops listening when the element leaves the page', async () => {
    const el = await fixture<FeedHostElement>(html`<test-feed-host src="/test-api/feed/hang?ms=2000&id=ctl-leave"></test-feed-host>`);
    expect(el.controller.status.state).to.equal('loading');
    el.remove();
    expect(el.controller.status.state).to.equal('idle');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(el.loads).to.deep.equal([]);
  });
});
