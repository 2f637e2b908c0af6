import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/components/map/map.js';
import { clearFeedMemory } from '../../src/feed/load.js';
import { until } from '../components/map/helpers.js';

const $$ = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

describe('demo: one map from the sample feed and a partner spreadsheet (demo/bronnen.html)', () => {
  beforeEach(() => clearFeedMemory());

  it('shows both sources, each place visibly attributed, and no problem in either', async () => {
    const page = await (await fetch('/demo/bronnen.html')).text();
    const src = /<buurt-map\s+src="([^"]+)"/.exec(page)![1]!;
    expect(src.split(' ')).to.have.length(3);
    const wrapper = await fixture<HTMLDivElement>('<div style="width: 1000px"><buurt-map tiles="none"></buurt-map></div>');
    const map = wrapper.querySelector('buurt-map')!;
    const loaded = oneEvent(map, 'buurt-load');
    map.src = src;
    const { detail } = await loaded;
    expect(detail.problems).to.deep.equal([]);
    expect(detail.sources.map((s) => [s.kind, s.state])).to.deep.equal([
      ['feed', 'network'],
      ['csv', 'network'],
      ['csv', 'network'],
    ]);
    const partner = detail.feed.places.filter((p) => p.source === 'Vrijwilligersteam Wijkplaats (voorbeeld)');
    expect(partner.map((p) => p.name)).to.have.length(4);
    expect(partner.every((p) => p.areas.includes('boschveld'))).to.equal(true);
    expect(detail.feed.places.filter((p) => p.source === 'Wijkkrant Boschveld (voorbeeld)')).to.have.length(20);
    const tasks = detail.feed.opportunities.filter((o) => o.source === 'partner-taken.csv');
    expect(tasks.map((o) => o.place)).to.deep.equal(partner.filter((p) => p.name !== 'Computerles voor ouders').map((p) => p.id));
    await map.updateComplete;
    // The first frame draws the top of the list; the rest of the page follows a frame later.
    const eetclub = (): HTMLElement | undefined => $$(map, '.item__open').find((b) => b.textContent!.includes('Eetclub Boschveld'));
    await until(() => !!eetclub(), 5000, 'the whole first page');
    eetclub()!.click();
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('.details__source')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Bron: Vrijwilligersteam Wijkplaats (voorbeeld).',
    );
    await expect(map).to.be.accessible();
  });
});
