// Runs in a page of its own: once any test loads Leaflet, the browser has it.
import { expect, html } from '@open-wc/testing';
import { $, $$, leafletLoaded, listNames, mapPanelChecked, MONDAY_10, mount, place, smallFeed, unmountAll } from './helpers.js';

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

  it('downloads no Leaflet and no tiles while consent is not given', async () => {
    const hitsBefore = await tileHits();
    const wrapper = await mount<HTMLDivElement>(html`<div style="width: 1000px">
      <buurt-map consent tiles="/test-api/map/tiles/ok/{z}/{x}/{y}.png" .feed=${smallFeed([place('a')])}></buurt-map>
    </div>`);
    const map = wrapper.querySelector('buurt-map')!;
    await map.updateComplete;
    await mapPanelChecked(map);
    expect($(map, '.overlay--consent')).to.not.equal(null);
    expect($(map, '.overlay--quiet')).to.equal(null);
    expect(listNames(map)).to.deep.equal(['Plek a']);
    expect(leafletLoaded()).to.equal(false);
    expect(await tileHits()).to.equal(hitsBefore);
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

async function tileHits(): Promise<number> {
  const response = await fetch('/test-api/map/tiles/hits');
  return ((await response.json()) as { hits: number }).hits;
}
