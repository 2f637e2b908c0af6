import { expect, html } from '@open-wc/testing';
import { $, $$, mount, MONDAY_10, place, smallFeed, unmountAll, type TestMap } from './helpers.js';
import { leftOf } from '../../harness/text-position.js';

async function mapIn(lang: string): Promise<TestMap> {
  const places = [place('a', { contact: { phone: '073-000 00 24' }, languages: ['nl', 'ar', 'tr'] }), place('b')];
  const wrapper = await mount<HTMLDivElement>(html`<div style="width: 360px">
    <buurt-map lang=${lang} tiles="none" .now=${MONDAY_10} .feed=${smallFeed(places)}></buurt-map>
  </div>`);
  const map = wrapper.querySelector('buurt-map')!;
  await map.updateComplete;
  return map;
}

/** The 2D matrix of a computed transform, as numbers. */
function matrix(element: Element, pseudo?: string): number[] {
  const value = getComputedStyle(element, pseudo).transform;
  const numbers = /matrix\(([^)]*)\)/.exec(value)?.[1];
  if (!numbers) throw new Error(`no 2D matrix: ${value}`);
  return numbers.split(',').map(Number);
}

/** The transform seen in a mirror (x → -x): the rotation turns the other way. */
function mirrored([a, b, c, d]: number[]): number[] {
  return [a!, -b!, -c!, d!];
}

function expectClose(actual: number[], expected: number[], what: string): void {
  actual.slice(0, 4).forEach((value, i) => expect(value, what).to.be.closeTo(expected[i]!, 1e-6));
}

describe('<buurt-map> right to left (Arabic)', () => {
  afterEach(() => unmountAll());

  it('mirrors the Filters chevron: closed it points the reading way, open it points down, as in Dutch', async () => {
    const dutch = await mapIn('nl');
    const arabic = await mapIn('ar');
    expect(arabic.getAttribute('dir')).to.equal('rtl');
    const summary = (map: TestMap): Element => $(map, '.more summary')!;
    expectClose(matrix(summary(arabic), '::before'), mirrored(matrix(summary(dutch), '::before')), 'closed');
    for (const map of [dutch, arabic]) {
      ($(map, 'details.more') as HTMLDetailsElement).open = true;
      await map.updateComplete;
    }
    expectClose(matrix(summary(arabic), '::before'), mirrored(matrix(summary(dutch), '::before')), 'open');
    await expect(arabic).to.be.accessible();
  });

  it('turns the arrow of "Terug naar de lijst" to the right, where back is', async () => {
    const dutch = await mapIn('nl');
    const arabic = await mapIn('ar');
    for (const map of [dutch, arabic]) {
      ($$(map, '.item__open')[0] as HTMLButtonElement).click();
      await map.updateComplete;
    }
    const arrow = (map: TestMap): Element => $(map, '.details__bar button span[aria-hidden="true"]')!;
    expect(getComputedStyle(arrow(dutch)).transform).to.equal('none');
    expectClose(matrix(arrow(arabic)), [-1, 0, 0, 1], 'mirrored');
    await expect(arabic).to.be.accessible();
  });

  it('shows a phone number in its own order, "073-000 00 24", not its groups turned round', async () => {
    const arabic = await mapIn('ar');
    ($$(arabic, '.item__open')[0] as HTMLButtonElement).click();
    await arabic.updateComplete;
    const call = $(arabic, '.details a[href^="tel:"]')!;
    expect(call.getAttribute('href')).to.equal('tel:0730000024');
    expect(leftOf(call, '073'), '073 before 00').to.be.lessThan(leftOf(call, '00 24'));
    expect(leftOf(call, '00 24'), '00 before 24').to.be.lessThan(leftOf(call, '24'));
    await expect(arabic).to.be.accessible();
  });

  it('lists the languages spoken there as Arabic writes a list, not with Latin commas', async () => {
    const arabic = await mapIn('ar');
    ($$(arabic, '.item__open')[0] as HTMLButtonElement).click();
    await arabic.updateComplete;
    const line = $(arabic, '[aria-labelledby="details-languages"] p')!.textContent!.trim();
    const names = ['nl', 'ar', 'tr'].map((code) => new Intl.DisplayNames(['ar'], { type: 'language' }).of(code)!);
    expect(line).to.equal(new Intl.ListFormat('ar', { style: 'long', type: 'conjunction' }).format(names));
    expect(line).to.not.include(', ');
    await expect(arabic).to.be.accessible();
  });
});
