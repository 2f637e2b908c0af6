import { expect } from '@open-wc/testing';
import { itExcept } from '../../harness/engine.js';
import { NARROW_IN_WEBKIT, setViewport } from '../../harness/viewport.js';
import { $, $$, mapWithFeed, place, smallFeed, unmountAll, until } from './helpers.js';

// A phone with the browser's text size at 200% (WCAG 1.4.4): rem grows, the screen does not.
describe('<buurt-map> with large text on a 320px phone', () => {
  beforeEach(() => {
    document.documentElement.style.fontSize = '200%';
  });

  afterEach(() => {
    document.documentElement.style.fontSize = '';
    unmountAll();
  });

  it('shows both Kaart and Lijst whole, not cut off at the edge of the switch', async () => {
    const map = await mapWithFeed(smallFeed([place('a'), place('b')]), { width: 288 });
    const box = $(map, '.switch')!.getBoundingClientRect();
    const buttons = $$(map, '.switch button');
    expect(buttons).to.have.length(2);
    for (const button of buttons) {
      const { left, right } = button.getBoundingClientRect();
      expect(right, `"${button.textContent!.trim()}" inside the switch`).to.be.at.most(box.right + 0.5);
      expect(left).to.be.at.least(box.left - 0.5);
      expect(button.scrollWidth, `"${button.textContent!.trim()}" not clipped`).to.be.at.most(button.clientWidth);
    }
    expect(box.right, 'the switch inside the element').to.be.at.most(map.getBoundingClientRect().right + 0.5);
    await expect(map).to.be.accessible();
  });
});

// The toolbar and legend wrap to three times their height at 200% text on a phone; within the
// 40em of the element they left the map 128 to 226 px (Polish, Ukrainian, Dutch with the
// sample notice), where 100% text leaves it 324. A screen narrower than 20em gives it more.
describe('<buurt-map> map view with large text on a phone screen', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    unmountAll();
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['nl', 'pl', 'uk']) {
    itExcept(['webkit'], NARROW_IN_WEBKIT, `leaves the map at least 320 px, with its markers, the legend under it inside the element (${lang})`, async () => {
      await setViewport({ width: 320, height: 640 });
      document.documentElement.style.fontSize = '200%';
      // As on the demo page: 20 places with the notice that they are not real, 1rem margins.
      const places = [...Array(20).keys()].map((index) => place(`p${index}`, { location: { lat: 51.69 + index * 0.001, lng: 5.29 + index * 0.0015 } }));
      const map = await mapWithFeed(smallFeed(places, { sample: true }), { width: 256 });
      map.lang = lang;
      await map.updateComplete;
      $(map, '.switch button[value="map"]')!.click();
      await map.updateComplete;
      const area = $(map, '.map-area')!.getBoundingClientRect();
      expect(area.height, 'the map under the search, buttons and count').to.be.at.least(320);
      const outer = map.getBoundingClientRect();
      expect($(map, '.legend')!.getBoundingClientRect().bottom, 'the legend inside the element').to.be.at.most(outer.bottom + 0.5);
      await until(() => $$(map, '.marker, .cluster').length > 0, 5000, 'markers');
      for (const marker of $$(map, '.marker, .cluster')) {
        const { top, bottom, left, right } = marker.getBoundingClientRect();
        expect(top, 'a marker inside the map').to.be.at.least(area.top);
        expect(bottom).to.be.at.most(area.bottom);
        expect(left).to.be.at.least(area.left);
        expect(right).to.be.at.most(area.right);
      }
      await expect(map).to.be.accessible();
    });
  }

  it('keeps 40 times the text size on a screen wide enough for it, at 100% and 200% text', async () => {
    for (const size of ['', '200%']) {
      document.documentElement.style.fontSize = size;
      const map = await mapWithFeed(smallFeed([place('a')]), { width: 288 });
      expect(document.documentElement.clientWidth, 'the test page at least 20em wide').to.be.at.least(20 * parseFloat(getComputedStyle(map).fontSize));
      expect(map.getBoundingClientRect().height).to.equal(40 * parseFloat(getComputedStyle(map).fontSize));
      unmountAll();
    }
  });
});
