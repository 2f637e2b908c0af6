import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { MapViewController } from '../../../../src/components/map/map-view-controller.js';
import { validateFeed } from '../../../../src/feed/validate.js';
import type { Place } from '../../../../src/feed/types.js';
import { place, smallFeed } from '../helpers.js';
import { mountHost, type TestHost, until } from './host.js';

const places: Place[] = validateFeed(
  smallFeed([place('a'), place('b', { location: { lat: 51.69, lng: 5.31 } }), place('c', { location: undefined })]),
).feed!.places;

describe('MapViewController on a bare host', () => {
  let host: TestHost;
  afterEach(() => host.remove());

  async function setup(options: { selected?: () => Place | undefined } = {}): Promise<MapViewController> {
    const mounted = await mountHost((el) => {
      el.content = () => html`<div class="map" style="width: 400px; height: 300px"></div>`;
      return new MapViewController(el, {
        container: () => el.renderRoot.querySelector<HTMLElement>('.map'),
        hasFeed: () => true,
        places: () => places,
        selected: options.selected ?? (() => undefined),
        area: () => undefined,
        view: () => ({
          letters: { 'informal-initiative': 'B', 'volunteer-organisation': 'V', 'professional-service': 'P' },
          zoomInTitle: 'Inzoomen',
          zoomOutTitle: 'Uitzoomen',
          label: () => html`label`,
          onSelect: () => {},
          onTilesFailed: () => {},
        }),
      });
    });
    host = mounted.host;
    return mounted.controller;
  }

  const markers = (): number => host.renderRoot.querySelectorAll('.leaflet-marker-pane > *').length;

  it('makes the Leaflet map on load, with a marker per place that has a location', async () => {
    const controller = await setup();
    expect(controller.state).to.equal('waiting');
    await controller.load();
    expect(controller.state).to.equal('ready');
    await until(() => markers() === 2, 8000, 'two markers');
  });

  it('asks no tile server until it is given tiles, and drops them again', async () => {
    const controller = await setup();
    await controller.load();
    await until(() => markers() === 2, 8000, 'two markers');
    expect(host.renderRoot.querySelectorAll('img.leaflet-tile').length).to.equal(0);
    controller.setTiles('/test-api/map/tiles/ok/{z}/{x}/{y}.png');
    await until(() => host.renderRoot.querySelectorAll('img.leaflet-tile-loaded').length > 0, 8000, 'tiles');
    controller.setTiles(undefined);
    expect(host.renderRoot.querySelectorAll('img.leaflet-tile').length).to.equal(0);
    expect(markers()).to.equal(2);
  });

  it('keeps a view asked for before the map is there, and resolves once it is shown', async () => {
    const controller = await setup();
    let shown = false;
    const view = controller.setView(51.69, 5.31, 16).then(() => (shown = true));
    expect(shown).to.equal(false);
    await controller.load();
    await view;
    expect(shown).to.equal(true);
    // Zoomed in on place b: place a, a kilometre away, is out of view.
    expect(markers()).to.equal(1);
  });

  it('removes its map when the host leaves the page', async () => {
    const controller = await setup();
    await controller.load();
    const container = host.renderRoot.querySelector('.map')!;
    host.remove();
    expect(controller.view).to.equal(undefined);
    expect(controller.state).to.equal('waiting');
    expect(container.classList.contains('leaflet-container')).to.equal(false);
  });
});
