import { storageKey } from '../../../src/feed/storage.js';
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { itExcept } from '../../harness/engine.js';
import {
  $,
  $$,
  bigFeed,
  leafletLoaded,
  mapWithFeed,
  markers,
  MONDAY_10,
  nextFrame,
  place,
  smallFeed,
  until,
  type TestMap,
  mount,
  unmountAll,
} from './helpers.js';

const OK_TILES = '/test-api/map/tiles/ok/{z}/{x}/{y}.png';
const FORBIDDEN_TILES = '/test-api/map/tiles/forbidden/{z}/{x}/{y}.png';

const threePlaces = (): Record<string, unknown> =>
  smallFeed([
    place('a', { name: 'Koffie-inloop' }),
    place('b', { name: 'Buurthuis', kind: 'volunteer-organisation', location: { lat: 51.69, lng: 5.31 } }),
    place('c', { name: 'CJG', kind: 'professional-service', location: { lat: 51.71, lng: 5.28 } }),
  ]);

function clearConsent(): void {
  const prefix = storageKey(':map-consent:');
  for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.removeItem(key);
}

describe('<buurt-map> map', () => {
  afterEach(() => {
    unmountAll();
    clearConsent();
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  it('draws a marker per place with shape and letter, hidden from screen readers, out of the tab order', async () => {
    const map = await mapWithFeed(threePlaces());
    await until(() => markers(map).length === 3, 8000, 'markers');
    expect(leafletLoaded()).to.equal(true);
    const letters = markers(map).map((marker) => marker.textContent!.trim()).sort();
    expect(letters).to.deep.equal(['B', 'P', 'V']);
    expect(markers(map).every((marker) => marker.getAttribute('tabindex') === null)).to.equal(true);
    expect($(map, '.leaflet-marker-pane')!.getAttribute('aria-hidden')).to.equal('true');
    // No default marker images: nothing on the map points at an image file.
    expect(map.shadowRoot!.querySelectorAll('img.leaflet-marker-icon').length).to.equal(0);
    // Placed with a 2D transform: a 3D one makes each marker a compositor layer of its own.
    expect(markers(map).map((marker) => getComputedStyle(marker).transform.split('(')[0])).to.deep.equal(['matrix', 'matrix', 'matrix']);
    // Zoom buttons speak Dutch and are big enough to tap.
    const zoomIn = $(map, '.leaflet-control-zoom-in')!;
    expect(zoomIn.getAttribute('title')).to.equal('Inzoomen');
    expect(zoomIn.getBoundingClientRect().height).to.be.at.least(44);
    expect($(map, '.attribution')!.textContent!.trim()).to.equal('Leaflet');
    await expect(map).to.be.accessible();
  });

  it('opens the details from a marker and gives focus back to the map on Escape', async () => {
    const map = await mapWithFeed(threePlaces());
    await until(() => markers(map).length === 3, 8000, 'markers');
    const events: string[] = [];
    map.addEventListener('buurt-select', (event) => events.push(event.detail.id));
    const marker = markers(map).find((item) => item.textContent!.trim() === 'V')!;
    marker.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 1, clientY: 1 }));
    await map.updateComplete;
    expect(events).to.deep.equal(['b']);
    expect($(map, '#details-title')!.textContent).to.contain('Buurthuis');
    await until(() => !!$(map, '.leaflet-tooltip'), 4000, 'label of the selected marker');
    expect($(map, '.leaflet-tooltip')!.textContent).to.contain('Buurthuis');
    await expect(map).to.be.accessible();
    $(map, '.details')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await map.updateComplete;
    await map.updateComplete;
    expect(map.shadowRoot!.activeElement).to.equal($(map, '.leaflet-host'));
  });

  it('shows the selected marker above the others with its label, and lets the previous one go back', async () => {
    // Some 30 m apart: when the map moves to one, the others overlap it.
    const map = await mapWithFeed(
      smallFeed([
        place('a', { name: 'Koffie-inloop', location: { lat: 51.7, lng: 5.3 } }),
        place('b', { name: 'Buurthuis', kind: 'volunteer-organisation', location: { lat: 51.7003, lng: 5.3003 } }),
        place('c', { name: 'CJG', kind: 'professional-service', location: { lat: 51.7006, lng: 5.2997 } }),
      ]),
    );
    // At first they are one cluster.
    await until(() => markers(map).length > 0, 8000, 'markers');
    const byLetter = (letter: string): HTMLElement => markers(map).find((item) => item.textContent!.trim() === letter)!;
    const zIndex = (element: HTMLElement): number => Number(getComputedStyle(element).zIndex);
    const highest = (): string => markers(map).reduce((top, item) => (zIndex(item) > zIndex(top) ? item : top)).textContent!.trim();

    map.selected = 'b';
    await until(() => byLetter('V')?.classList.contains('is-selected') === true, 8000, 'selected marker');
    expect(markers(map)).to.have.length(3);
    expect(highest()).to.equal('V');
    await until(() => !!$(map, '.leaflet-tooltip'), 4000, 'label of the selected marker');
    expect($(map, '.leaflet-tooltip')!.textContent).to.contain('Buurthuis');

    map.selected = 'c';
    await until(() => byLetter('P')?.classList.contains('is-selected') === true, 8000, 'the next selected marker');
    expect(markers(map)).to.have.length(3);
    expect(highest()).to.equal('P');
    expect(byLetter('V').classList.contains('is-selected')).to.equal(false);
    expect(zIndex(byLetter('V'))).to.be.lessThan(1000);
    expect($$(map, '.marker.is-selected')).to.have.length(1);
    await expect(map).to.be.accessible();
  });

  it("shows a place's label while the pointer is on its marker, and only then", async () => {
    const map = await mapWithFeed(threePlaces());
    await until(() => markers(map).length === 3, 8000, 'markers');
    const marker = markers(map).find((item) => item.textContent!.trim() === 'P')!;
    marker.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: null }));
    await until(() => !!$(map, '.leaflet-tooltip'), 4000, 'label under the pointer');
    expect($(map, '.leaflet-tooltip')!.textContent).to.contain('CJG');
    marker.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: $(map, '.leaflet-host') }));
    await until(() => !$(map, '.leaflet-tooltip'), 4000, 'label gone with the pointer');
    expect(map.selected).to.equal(undefined);
  });

  it('puts the markers after an animated zoom where a direct view puts them', async () => {
    const map = await mapWithFeed(threePlaces());
    await until(() => markers(map).length === 3, 8000, 'markers');
    const where = (): string[] =>
      markers(map)
        .map((marker) => {
          const box = marker.getBoundingClientRect();
          return `${marker.textContent!.trim()} ${Math.round(box.left)},${Math.round(box.top)}`;
        })
        .sort();
    await map.setView(51.7, 5.3, 12);
    const before = where().join();
    const marks = performance.getEntriesByName('buurt-map:rendered').length;
    ($(map, '.leaflet-control-zoom-in') as HTMLElement).click();
    // Leaflet starts the animation a frame after the click, and until then the markers stand
    // where they were. Another render may land meanwhile, so a render alone does not say the
    // zoom has begun (WebKit on a loaded machine measured the old view that way).
    await until(() => where().join() !== before, 5000, 'markers moving with the zoom');
    // Leaflet's zoom transition (0.25 s) has ended when the zoom has.
    await until(() => !$(map, '.leaflet-zoom-anim'), 5000, 'end of the zoom animation');
    await until(() => performance.getEntriesByName('buurt-map:rendered').length > marks, 5000, 'render after the zoom');
    const animated = where();
    await map.setView(51.7, 5.3, 13);
    expect(animated).to.have.length(3);
    expect(animated).to.deep.equal(where());
  });

  itExcept(['firefox', 'webkit'], 'forced colors are emulated through the DevTools protocol', 'keeps each kind its own shape and colours in forced-colors mode', async () => {
    const map = await mapWithFeed(threePlaces());
    await until(() => markers(map).length === 3, 8000, 'markers');
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const shape = (letter: string): CSSStyleDeclaration =>
        getComputedStyle(markers(map).find((item) => item.textContent!.trim() === letter)!, '::before');
      const [informal, volunteer, professional] = ['B', 'V', 'P'].map(shape) as [CSSStyleDeclaration, CSSStyleDeclaration, CSSStyleDeclaration];
      // Circle, diamond (a turned square), square.
      expect(informal.borderRadius).to.equal('50%');
      expect(informal.transform).to.equal('none');
      expect(volunteer.transform).to.not.equal('none');
      expect(professional.transform).to.equal('none');
      expect(professional.borderRadius).to.not.equal('50%');
      // The theme does not paint them all in one system colour.
      expect(new Set([informal, volunteer, professional].map((style) => style.backgroundColor)).size).to.equal(3);
      expect(getComputedStyle(markers(map)[0]!).color).to.equal('rgb(255, 255, 255)');
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('clusters 10,000 places and zooms in on a cluster click', async () => {
    const map = await mapWithFeed(bigFeed(10_000));
    await until(() => $$(map, '.cluster').length > 0, 10_000, 'clusters');
    const before = markers(map).length;
    expect(before).to.be.lessThan(500);
    const total = $$(map, '.cluster').reduce((sum, cluster) => sum + Number(cluster.textContent), 0);
    expect(total).to.be.greaterThan(9000);
    const cluster = $$(map, '.cluster')[0]!;
    const marks = performance.getEntriesByName('buurt-map:rendered').length;
    cluster.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 1, clientY: 1 }));
    await until(() => performance.getEntriesByName('buurt-map:rendered').length > marks, 5000, 'render after zoom');
    expect(markers(map).length).to.be.greaterThan(0);
  });

  it('relabels the cluster markers it reuses when the zoom changes: every place is counted once', async () => {
    const map = await mapWithFeed(bigFeed(2000));
    await until(() => $$(map, '.cluster').length > 0, 10_000, 'clusters');
    const counted = (): number =>
      markers(map).reduce((sum, marker) => sum + (marker.classList.contains('cluster') ? Number(marker.textContent) : 1), 0);
    // All 2,000 places (51.66–51.72, 5.25–5.35) are in view at these zooms, in other clusters at each.
    for (const zoom of [12, 11, 10, 12, 11]) {
      await map.setView(51.69, 5.3, zoom);
      expect(counted(), `zoom ${zoom}`).to.equal(2000);
      expect($$(map, '.cluster').every((cluster) => cluster.childNodes.length === 1), 'one text node').to.equal(true);
    }
  });

  it('setView resolves once the markers of that view are painted, with a User Timing mark', async () => {
    const map = await mapWithFeed(threePlaces());
    await until(() => markers(map).length === 3, 8000, 'markers');
    const marks = performance.getEntriesByName('buurt-map:rendered').length;
    await map.setView(51.69, 5.31, 18);
    expect(performance.getEntriesByName('buurt-map:rendered').length).to.be.greaterThan(marks);
    expect(markers(map).map((marker) => marker.textContent!.trim())).to.deep.equal(['V']);
  });

  it('renders right when created in a closed <details> and then opened', async () => {
    const wrapper = await mount<HTMLDetailsElement>(html`<details style="width: 900px">
      <summary>Kaart</summary>
      <buurt-map tiles="none" .now=${MONDAY_10} .feed=${threePlaces()}></buurt-map>
    </details>`);
    const map = wrapper.querySelector('buurt-map')!;
    await map.updateComplete;
    await nextFrame();
    expect(markers(map).length).to.equal(0);
    wrapper.open = true;
    await until(() => markers(map).length === 3, 8000, 'markers after opening');
    const host = $(map, '.leaflet-host')!;
    expect(host.clientWidth).to.be.greaterThan(300);
    // Leaflet measured the visible box, not 0×0: the markers sit inside it.
    const box = host.getBoundingClientRect();
    for (const marker of markers(map)) {
      const rect = marker.getBoundingClientRect();
      expect(rect.left).to.be.within(box.left - 20, box.right);
      expect(rect.top).to.be.within(box.top - 20, box.bottom);
    }
  });

  it('renders right when its hidden tab is shown after the map was created', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div style="width: 900px">
      <div id="tab"><buurt-map tiles="none" .now=${MONDAY_10} .feed=${threePlaces()}></buurt-map></div>
    </div>`);
    const map = wrapper.querySelector('buurt-map')!;
    await until(() => markers(map).length === 3, 8000, 'markers');
    const tab = wrapper.querySelector<HTMLElement>('#tab')!;
    tab.hidden = true;
    await nextFrame();
    tab.style.width = '800px';
    tab.hidden = false;
    await until(() => $(map, '.leaflet-host')!.clientWidth > 0, 4000, 'visible again');
    await nextFrame();
    await nextFrame();
    const box = $(map, '.leaflet-host')!.getBoundingClientRect();
    const inside = markers(map).filter((marker) => {
      const rect = marker.getBoundingClientRect();
      return rect.left >= box.left - 20 && rect.right <= box.right + 20;
    });
    expect(inside.length).to.equal(3);
  });

  it('removes its Leaflet map when taken out of the page, and makes one again when put back', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div style="width: 900px">
      <buurt-map tiles="none" .now=${MONDAY_10} .feed=${threePlaces()}></buurt-map>
    </div>`);
    const map = wrapper.querySelector('buurt-map')!;
    await until(() => markers(map).length === 3, 8000, 'markers');
    const host = $(map, '.leaflet-host')!;
    map.remove();
    expect(host.querySelector('.leaflet-map-pane')).to.equal(null);
    expect(host.classList.contains('leaflet-container')).to.equal(false);
    wrapper.append(map);
    await until(() => markers(map).length === 3, 8000, 'markers after re-adding');
    expect(host.querySelectorAll('.leaflet-map-pane').length).to.equal(1);
  });

  it('shows many maps on one page', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div style="width: 900px">
      <buurt-map tiles="none" .feed=${threePlaces()}></buurt-map>
      <buurt-map tiles="none" .feed=${smallFeed([place('x')])}></buurt-map>
      <buurt-map tiles="none" .feed=${threePlaces()}></buurt-map>
    </div>`);
    const maps = [...wrapper.querySelectorAll('buurt-map')] as TestMap[];
    for (const map of maps) map.scrollIntoView();
    for (const map of maps) {
      map.scrollIntoView();
      await until(() => markers(map).length > 0, 8000, 'markers on every map');
    }
    expect(maps.map((map) => markers(map).length)).to.deep.equal([3, 1, 3]);
  });

  it('asks the tile server with a referrer policy, and names the attribution', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div style="width: 900px">
      <buurt-map tiles=${OK_TILES} consent="embedder" attribution="Eigen kaart © Wijkkrant" .feed=${threePlaces()}></buurt-map>
    </div>`);
    const map = wrapper.querySelector('buurt-map')!;
    await until(() => $$(map, 'img.leaflet-tile-loaded').length > 0, 8000, 'loaded tiles');
    const tile = $(map, 'img.leaflet-tile') as HTMLImageElement;
    expect(tile.referrerPolicy).to.equal('strict-origin-when-cross-origin');
    expect($(map, '.attribution')!.textContent).to.contain('Eigen kaart © Wijkkrant');
    expect($(map, '.tiles-failed')).to.equal(null);
  });

  it('stays usable when the tile server refuses (403)', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div style="width: 900px">
      <buurt-map tiles=${FORBIDDEN_TILES} consent="embedder" .feed=${threePlaces()}></buurt-map>
    </div>`);
    const map = wrapper.querySelector('buurt-map')!;
    await until(() => !!$(map, '.tiles-failed'), 8000, 'tile failure notice');
    expect($(map, '.tiles-failed')!.textContent).to.contain('De plekken en de lijst werken wel');
    expect(markers(map).length).to.equal(3);
    expect($$(map, '.item__open').length).to.equal(3);
    ($(map, '.item__open') as HTMLButtonElement).click();
    await map.updateComplete;
    expect($(map, '.details')).to.not.equal(null);
    await expect(map).to.be.accessible();
  });
});
