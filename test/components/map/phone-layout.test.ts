import { expect } from '@open-wc/testing';
import { $, mapWithFeed, nextFrame, place, smallFeed, unmountAll } from './helpers.js';

// On a 320 px phone the element (its 40rem height) holds the search, "Nu open", "Bij mij in de
// buurt", the count and the map or list; the five filters behind "Filters" do not fit as well.
describe('<buurt-map> on a 320px phone', () => {
  afterEach(() => {
    unmountAll();
  });

  it('keeps the open filters inside the element instead of over the page below, with the list under them', async () => {
    const map = await mapWithFeed(smallFeed([place('a', { languages: ['nl', 'ar'] }), place('b')]), { width: 288 });
    // What the page has right under the map: a heading, as on the demo page.
    const below = document.createElement('h2');
    below.textContent = 'Wat kan ik doen?';
    map.after(below);
    $(map, '.more summary')!.click();
    await map.updateComplete;
    await nextFrame();
    const more = $(map, '.more') as HTMLDetailsElement;
    expect(more.open, 'the filters open').to.equal(true);

    // Nothing of the map is drawn over the heading under it.
    below.scrollIntoView({ block: 'center' });
    await nextFrame();
    const heading = below.getBoundingClientRect();
    const hit = document.elementFromPoint(heading.left + 8, heading.top + heading.height / 2);
    expect(hit === below ? 'the heading' : `<${hit?.localName}>`, 'what is drawn where the heading below the map is').to.equal('the heading');

    // Every filter can be reached, inside the element's box.
    const clear = more.querySelector<HTMLElement>('.button--link')!;
    clear.scrollIntoView({ block: 'nearest' });
    await nextFrame();
    const box = map.getBoundingClientRect();
    const last = clear.getBoundingClientRect();
    expect(last.bottom, '"Wis de filters" inside the element').to.be.at.most(box.bottom + 0.5);
    expect(last.top).to.be.at.least(box.top - 0.5);

    // The count and Kaart | Lijst stay above the list, not over it.
    const status = $(map, '.status-row')!.getBoundingClientRect();
    expect(status.bottom, 'the count and switch end before the list').to.be.at.most($(map, '.body')!.getBoundingClientRect().top + 0.5);
    expect($(map, '.switch')!.getBoundingClientRect().bottom, 'Kaart | Lijst inside its row').to.be.at.most(status.bottom + 0.5);

    // The list keeps a usable height under the open filters.
    expect($(map, '.body')!.getBoundingClientRect().height, 'the list under the filters').to.be.at.least(
      10 * parseFloat(getComputedStyle(map).fontSize),
    );
    await expect(map).to.be.accessible();
  });
});
