// Runs in a page of its own: once any test loads Leaflet, the browser has it.
import { expect, html } from '@open-wc/testing';
import { $, $$, leafletLoaded, mapPanelChecked, MONDAY_10, mount, place, smallFeed, unmountAll } from './helpers.js';

describe('<buurt-map> without Leaflet', () => {
  afterEach(unmountAll);

  it('downloads no Leaflet while only the list is used on a narrow screen', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div style="width: 360px">
      <buurt-map tiles="none" .now=${MONDAY_10} .feed=${smallFeed([place('a'), place('b')])}></buurt-map>
    </div>`);
    const map = wrapper.querySelector('buurt-map')!;
    await map.updateComplete;
    await search(map);
    ($(map, '.item__open') as HTMLButtonElement).click();
    await map.updateComplete;
    expect($(map, '.details')).to.not.equal(null);
    await mapPanelChecked(map);
    // Not even started: no "De kaart wordt geladen…" and no Leaflet container.
    expect($(map, '.overlay--quiet')).to.equal(null);
    expect($(map, '.leaflet-container')).to.equal(null);
    expect(leafletLoaded()).to.equal(false);
    await expect(map).to.be.accessible();
  });
});

async function search(map: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  const input = map.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
  input.value = 'plek';
  input.dispatchEvent(new Event('input'));
  await map.updateComplete;
  expect($$(map as never, '.item')).to.have.length(2);
}
