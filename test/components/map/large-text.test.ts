import { expect } from '@open-wc/testing';
import { $, $$, mapWithFeed, place, smallFeed, unmountAll } from './helpers.js';

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
