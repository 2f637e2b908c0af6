import { expect } from '@open-wc/testing';
import { $, $$, brokenWords, mapWithFeed, nextFrame, place, smallFeed, unmountAll, type TestMap } from './helpers.js';

/**
 * A map 288 px wide (a 320 px phone less the page's margins), showing the map, not the list;
 * `sample`: as on the demo page, 20 places with the notice that they are not real above them.
 */
async function phoneMap(lang = 'nl', sample = false, width = 288): Promise<TestMap> {
  const places = sample ? [...Array(20).keys()].map((index) => place(`p${index}`)) : [place('a'), place('b')];
  const map = await mapWithFeed(smallFeed(places, sample ? { sample: true } : {}), { width });
  if (lang !== 'nl') {
    map.lang = lang;
    await map.updateComplete;
  }
  $(map, '.switch button[value="map"]')!.click();
  await map.updateComplete;
  return map;
}

/** What a resident taps above the map: the search field, Nu open, Bij mij in de buurt, Filters, Kaart | Lijst. */
function controls(map: TestMap): HTMLElement[] {
  return $$(map, '#search, .check, .filters__buttons .button, .more summary, .switch button');
}

function box(element: Element): DOMRect {
  return element.getBoundingClientRect();
}

/** Every control whole inside the element (no sideways scrolling) and at least 44 px high, 24 px wide. */
function expectTargetsInside(map: TestMap): void {
  const outer = box(map);
  const all = controls(map);
  expect(all.length, 'the controls above the map').to.equal(6);
  for (const control of all) {
    const name = control.id || control.textContent!.trim();
    const { left, right, width, height } = box(control);
    expect(left, `"${name}" inside on the left`).to.be.at.least(outer.left - 0.5);
    expect(right, `"${name}" inside on the right`).to.be.at.most(outer.right + 0.5);
    expect(height, `"${name}" high enough to tap`).to.be.at.least(43.5);
    expect(width, `"${name}" wide enough to tap`).to.be.at.least(24);
  }
  const frame = $(map, '.frame')!;
  expect(frame.scrollWidth, 'nothing in the element scrolls sideways').to.be.at.most(frame.clientWidth);
}

// The element keeps its height (40rem) at every width; at 320 px the search and buttons took
// half of it and left the map 131 px. Narrow, they pack into two rows.
describe('<buurt-map> toolbar in a narrow element', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
    unmountAll();
  });

  it('leaves the map at least 300px of the 640px element on a 320px phone', async () => {
    const map = await phoneMap();
    expect(box(map).height).to.equal(640);
    expect(box($(map, '.map-area')!).height, 'the map under the search and buttons').to.be.at.least(300);
    expectTargetsInside(map);
    await expect(map).to.be.accessible();
  });

  it('puts "Zoeken" beside its field, and Nu open, Bij mij in de buurt and Filters on one row', async () => {
    const map = await phoneMap();
    const label = box($(map, '.field--search label')!);
    const input = box($(map, '#search')!);
    expect(label.right, '"Zoeken" before the field').to.be.at.most(input.left);
    expect(label.top, '"Zoeken" on the field\'s row').to.be.at.least(input.top - 0.5);
    const [check, nearMe, filters] = ['.check', '.filters__buttons .button', '.more summary'].map((s) => box($(map, s)!));
    expect(nearMe!.top, 'Bij mij in de buurt beside Nu open').to.be.closeTo(check!.top, 0.5);
    expect(filters!.top, 'Filters beside them').to.be.closeTo(check!.top, 0.5);
    expect(nearMe!.left).to.be.greaterThan(check!.right);
    expect(filters!.left).to.be.greaterThan(nearMe!.right);
    const count = box($(map, '.count')!);
    const toggle = box($(map, '.switch')!);
    expect(toggle.top, 'Kaart | Lijst beside the count').to.be.below(count.bottom);
  });

  it('keeps the search label above the field in a wide element, as before', async () => {
    const map = await mapWithFeed(smallFeed([place('a')]), { width: 1000 });
    expect(box($(map, '.field--search label')!).bottom, '"Zoeken" above its field').to.be.at.most(box($(map, '#search')!).top + 0.5);
  });

  it('mirrors the narrow toolbar in Arabic: the label right of its field, Nu open first on the right', async () => {
    const map = await phoneMap('ar');
    expect(map.getAttribute('dir')).to.equal('rtl');
    const label = box($(map, '.field--search label')!);
    const input = box($(map, '#search')!);
    expect(label.left, 'the label right of the field').to.be.at.least(input.right);
    const [check, nearMe] = ['.check', '.filters__buttons .button'].map((s) => box($(map, s)!));
    expect(check!.left, 'Nu open right of Bij mij in de buurt').to.be.at.least(nearMe!.right);
    expectTargetsInside(map);
    await expect(map).to.be.accessible();
  });

  it('opens the filters on a row of their own under the buttons, inside the element', async () => {
    const map = await phoneMap();
    $(map, '.more summary')!.click();
    await map.updateComplete;
    const more = box($(map, '.more')!);
    expect(more.left).to.be.closeTo(box(map).left, 0.5);
    expect(more.top, 'the filters under the buttons').to.be.at.least(box($(map, '.check')!).bottom);
    expectTargetsInside(map);
    await expect(map).to.be.accessible();
  });

  it('keeps every control inside the element and 44px high at 200% text', async () => {
    document.documentElement.style.fontSize = '200%';
    const map = await phoneMap();
    expectTargetsInside(map);
    await expect(map).to.be.accessible();
  });

  it('keeps the legend under the map inside the element at 200% text, not over the page below, and each cluster count on one line', async () => {
    document.documentElement.style.fontSize = '200%';
    // The demo page's margins are 1rem a side: 256 px of a 320 px phone at 200% text.
    const map = await phoneMap('nl', true, 256);
    expect($(map, '.buurt-notice')!.textContent, 'the sample notice').to.include('Voorbeeldgegevens');
    const below = document.createElement('h2');
    below.textContent = 'Wat kan ik doen?';
    map.after(below);
    below.scrollIntoView({ block: 'center' });
    await nextFrame();
    const heading = below.getBoundingClientRect();
    const hit = document.elementFromPoint(heading.left + 8, heading.top + heading.height / 2);
    expect(hit === below ? 'the heading' : `<${hit?.localName}>`, 'what is drawn where the heading below the map is').to.equal('the heading');
    expect(box($(map, '.legend')!).bottom, 'the legend inside the element').to.be.at.most(box(map).bottom + 0.5);
    expect(box($(map, '.map-area')!).height, 'a map still worth the name').to.be.at.least(4 * parseFloat(getComputedStyle(map).fontSize) - 0.5);
    const clusters = $$(map, '.cluster');
    expect(clusters.length, 'places drawn together').to.be.greaterThan(0);
    for (const cluster of clusters) {
      const digits = document.createRange();
      digits.selectNodeContents(cluster);
      const lines = new Set([...digits.getClientRects()].map((rect) => Math.round(rect.top)));
      expect(lines.size, `"${cluster.textContent!.trim()}" on one line`).to.equal(1);
    }
    await expect(map).to.be.accessible();
  });
});

// "Bij mij in de buurt" is kept narrow (two lines) beside Nu open; a one-word label longer than
// that width broke inside the word: Turkish 'Yakınımda' to 'Yakınımd|a' at 320 and 390 px.
describe('<buurt-map> narrow toolbar in every language', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
    unmountAll();
  });

  for (const size of ['100%', '200%']) {
    for (const lang of ['nl', 'en', 'ar', 'pl', 'tr', 'uk']) {
      for (const width of [288, 358]) {
        it(`keeps every word of the buttons above the map whole (${lang}, ${width}px, ${size} text)`, async () => {
          document.documentElement.style.fontSize = size;
          const map = await phoneMap(lang, false, width);
          expect(controls(map).flatMap(brokenWords), 'words broken inside').to.deep.equal([]);
          expectTargetsInside(map);
          await expect(map).to.be.accessible();
        });
      }
    }
  }
});
