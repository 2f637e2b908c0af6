// Runs in a page of its own: the first tests need a page where Leaflet has not been loaded.
import { expect, html } from '@open-wc/testing';
import { toLatLng } from '../../../src/components/map/grid-cluster.js';
import { FIT_PADDING_PX, CLUSTER_MAX_ZOOM, worldView, type InitialView } from '../../../src/components/map/view-geometry.js';
import { $, $$, bigFeed, leafletLoaded, mapPanelChecked, markers, MONDAY_10, mount, place, smallFeed, unmountAll, until, type TestMap } from './helpers.js';

const spreadPlaces = (): Record<string, unknown> =>
  smallFeed([
    place('a', { name: 'Koffie-inloop' }),
    place('b', { name: 'Buurthuis', kind: 'volunteer-organisation', location: { lat: 51.69, lng: 5.31 } }),
    place('c', { name: 'CJG', kind: 'professional-service', location: { lat: 51.71, lng: 5.28 } }),
  ]);

/** A wide map below two screens of text: its panel is not in view, so Leaflet waits. */
async function mapBelowTheFold(feed: unknown): Promise<{ map: TestMap; spacer: HTMLElement }> {
  // An earlier test may have scrolled the page (focus moves to an opened place).
  window.scrollTo(0, 0);
  const wrapper = await mount<HTMLDivElement>(html`<div>
    <div class="spacer" style="height: 300vh"></div>
    <div style="width: 1000px"><buurt-map tiles="none" .now=${MONDAY_10} .feed=${feed}></buurt-map></div>
  </div>`);
  const map = wrapper.querySelector('buurt-map')!;
  await map.updateComplete;
  await mapPanelChecked(map);
  return { map, spacer: wrapper.querySelector<HTMLElement>('.spacer')! };
}

const firstView = (map: TestMap): HTMLElement[] => $$(map, '.first-view > *');

/** Where each marker stands and what it shows, in a stable order. */
const placement = (elements: HTMLElement[]): string[] =>
  elements.map((element) => `${element.classList.contains('cluster') ? 'cluster' : 'place'} ${element.style.transform} ${element.style.width} ${element.textContent!.trim()}`).sort();

describe('<buurt-map> first view, before Leaflet has loaded', () => {
  afterEach(() => {
    unmountAll();
    // An opened place is in the address (#plek=…): the next map would open it and scroll to it.
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows the markers of the places before Leaflet is loaded, hidden from screen readers, without a loading message', async () => {
    const { map } = await mapBelowTheFold(spreadPlaces());
    expect(leafletLoaded()).to.equal(false);
    expect($(map, '.leaflet-marker-pane')).to.equal(null);
    expect(firstView(map).map((marker) => marker.textContent!.trim()).sort()).to.deep.equal(['B', 'P', 'V']);
    expect($(map, '.first-view')!.getAttribute('aria-hidden')).to.equal('true');
    expect(firstView(map).every((marker) => marker.getAttribute('tabindex') === null)).to.equal(true);
    expect($(map, '.overlay--quiet')).to.equal(null);
    await expect(map).to.be.accessible();
  });

  it('opens a place from its marker in the first view, as from a Leaflet marker', async () => {
    const { map } = await mapBelowTheFold(spreadPlaces());
    const events: string[] = [];
    map.addEventListener('buurt-select', (event) => events.push(event.detail.id));
    const marker = firstView(map).find((item) => item.textContent!.trim() === 'V')!;
    marker.click();
    await map.updateComplete;
    expect(events).to.deep.equal(['b']);
    expect($(map, '#details-title')!.textContent).to.contain('Buurthuis');
    // This map has not made its Leaflet map (Leaflet itself may be loaded by now: opening a
    // place moves focus, and so the page, to the details).
    expect($(map, '.leaflet-container')).to.equal(null);
    await expect(map).to.be.accessible();
    // No Leaflet map to give focus back to: closing the details gives it to the list's title.
    $(map, '.details')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await map.updateComplete;
    await map.updateComplete;
    expect(map.shadowRoot!.activeElement).to.equal($(map, '#list-title'));
  });

  it('draws again for a box of another size (a turned phone), and Leaflet starts at that view', async () => {
    const { map, spacer } = await mapBelowTheFold(bigFeed(2000));
    const wide = placement(firstView(map));
    (map.parentElement as HTMLElement).style.width = '820px';
    map.requestUpdate();
    await map.updateComplete;
    const narrow = placement(firstView(map));
    expect(narrow).to.not.deep.equal(wide);
    spacer.remove();
    await until(() => markers(map).length > 0, 10_000, 'Leaflet markers');
    expect(placement(markers(map))).to.deep.equal(narrow);
  });

  it('draws clusters of a large feed as Leaflet will, and empties itself when Leaflet takes over on the same pixels', async () => {
    const { map, spacer } = await mapBelowTheFold(bigFeed(2000));
    const before = placement(firstView(map));
    expect(before.some((line) => line.startsWith('cluster'))).to.equal(true);
    expect($(map, '.leaflet-container')).to.equal(null);
    spacer.remove();
    await until(() => markers(map).length > 0, 10_000, 'Leaflet markers');
    expect(firstView(map)).to.have.length(0);
    expect(placement(markers(map))).to.deep.equal(before);
    await expect(map).to.be.accessible();
  });
});

describe('<buurt-map> loading Leaflet after the first view', () => {
  afterEach(unmountAll);

  it('loads Leaflet only after the first view of places that were on their way, even when the map was in view first', async () => {
    window.scrollTo(0, 0);
    const src = `/test-api/map/first-look.json?places=300&delay=500&run=${Math.random().toString(36).slice(2)}`;
    const wrapper = await mount<HTMLDivElement>(html`<div style="width: 1000px"><buurt-map tiles="none" .now=${MONDAY_10} src=${src}></buurt-map></div>`);
    const map = wrapper.querySelector('buurt-map')!;
    // In view now: without its places, the map would start Leaflet here.
    await mapPanelChecked(map);
    const layer = $(map, '.first-view')!;
    const leafletWhenDrawn = new Promise<boolean>((resolve) => {
      const observer = new MutationObserver(() => {
        if (layer.childElementCount === 0) return;
        observer.disconnect();
        resolve(!!$(map, '.leaflet-container'));
      });
      observer.observe(layer, { childList: true });
    });
    expect(await leafletWhenDrawn).to.equal(false);
    await until(() => markers(map).length > 0, 10_000, 'Leaflet markers');
    expect(firstView(map)).to.have.length(0);
    await expect(map).to.be.accessible();
  });
});

describe('view geometry: where Leaflet looks after fitBounds and setView', () => {
  const boxes: Array<[number, number]> = [
    [1000, 640],
    [360, 320],
    [1213, 517],
  ];
  const views: InitialView[] = [
    { bounds: [[51.66, 5.25], [51.72, 5.35]] },
    { bounds: [[51.6999, 5.2999], [51.7001, 5.3001]] },
    { bounds: [[51.7, 5.3], [51.7, 5.3]] },
    { bounds: [[50.75, 3.36], [53.55, 7.23]] },
    { bounds: [[51.689, 5.29], [51.7035, 5.33]] },
    // 960 px wide at zoom 14: it fits a 1000 px box at 14 only if the padding is forgotten.
    { bounds: [[51.7, 5.3], [51.7001, 5.3 + (960 / (256 * 2 ** 14)) * 360]] },
    { center: [51.6955, 5.3195], zoom: 15 },
    { center: [52.2, 5.3], zoom: 7 },
  ];

  it('gives the zoom and centre pixel Leaflet gives, for every box and view', async () => {
    const { Map: LeafletMap } = await import('leaflet/dist/leaflet-src.esm.js');
    const differences: string[] = [];
    for (const [width, height] of boxes) {
      const box = document.createElement('div');
      box.style.cssText = `position: absolute; width: ${width}px; height: ${height}px`;
      document.body.append(box);
      for (const initial of views) {
        const map = new LeafletMap(box, { maxZoom: 19, minZoom: 6, zoomSnap: 1, zoomControl: false, attributionControl: false });
        if ('bounds' in initial) map.fitBounds(initial.bounds, { maxZoom: CLUSTER_MAX_ZOOM, animate: false, padding: [FIT_PADDING_PX, FIT_PADDING_PX] });
        else map.setView(initial.center, initial.zoom, { animate: false });
        const ours = worldView(initial, width, height);
        const scale = 256 * 2 ** ours.zoom;
        const theirs = map.project(map.getCenter(), map.getZoom());
        const name = `${width}×${height} ${JSON.stringify(initial)}`;
        if (map.getZoom() !== ours.zoom) differences.push(`${name}: zoom ${ours.zoom}, Leaflet ${map.getZoom()}`);
        else if (Math.abs(theirs.x - ours.x * scale) > 0.01 || Math.abs(theirs.y - ours.y * scale) > 0.01) {
          differences.push(`${name}: centre ${toLatLng(ours.x, ours.y).join(',')}, Leaflet ${map.getCenter().lat},${map.getCenter().lng}`);
        }
        map.remove();
      }
      box.remove();
    }
    expect(differences).to.deep.equal([]);
  });
});
