/**
 * The Leaflet part of <studio-location>: one map, one draggable marker, optional tiles.
 * Kept apart from the element so the element only renders and writes to the store.
 *
 * The map is a pointer shortcut, not the only way: everything it does (place, move, zoom)
 * has a button or a field in the element, so the map's box is hidden from screen readers
 * and holds nothing focusable (no Leaflet zoom control, markers without `keyboard`).
 */
import { Map as LeafletMap, Marker, type TileLayer, divIcon, latLng, point, tileLayer } from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'buurtkit:leaflet.css';
import type { LatLng } from '../../../feed/types.js';

import { round } from './point.js';

/** Zoom that shows a street: used once a point is known. */
export const STREET_ZOOM = 17;
const MAX_ZOOM = 19;
const MIN_ZOOM = 6;

/**
 * Leaflet's stylesheet for the studio's light DOM. The kit's map has it in its shadow root;
 * the studio has no shadow root, so the same generated sheet (scripts/leaflet-css.mjs, no
 * file loads) is adopted by the document once. A constructed sheet needs no `style-src`
 * exception, so the studio keeps working under `default-src 'self'`.
 */
export function adoptLeafletCss(doc: Document = document): void {
  const sheet = leafletCss.styleSheet;
  if (!sheet || doc.adoptedStyleSheets.includes(sheet)) return;
  // Leaflet's rules first, so the studio's own files (linked in the head) can adjust them.
  doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
}

export interface LocationMapOptions {
  /** The editor clicked the map or dropped the marker. */
  onPick(point: LatLng): void;
  /** Where the map looks while there is no point yet. */
  fallback: { center: LatLng; zoom: number };
}

export class LocationMap {
  private readonly _map: LeafletMap;
  private readonly _marker: Marker;
  private _tiles?: TileLayer;
  private _tilesTemplate?: string;
  private _point?: LatLng;
  private _fallbackKey = '';
  private readonly _resize: ResizeObserver;

  constructor(container: HTMLElement, options: LocationMapOptions) {
    adoptLeafletCss(container.ownerDocument);
    this._map = new LeafletMap(container, {
      zoomControl: false,
      // The attribution is rendered by the element as text: Leaflet's control writes HTML.
      attributionControl: false,
      // The arrow keys belong to the element's buttons; the container is not a tab stop.
      keyboard: false,
      maxZoom: MAX_ZOOM,
      minZoom: MIN_ZOOM,
      zoomSnap: 1,
    });
    this._map.setView(options.fallback.center, options.fallback.zoom, { animate: false });
    this._marker = new Marker(options.fallback.center, {
      draggable: true,
      keyboard: false,
      autoPan: true,
      icon: divIcon({ className: 'studio-location-marker', iconSize: point(28, 28), iconAnchor: point(14, 28), html: '' }),
    });
    this._marker.on('dragend', () => options.onPick(round(this._marker.getLatLng())));
    this._map.on('click', (event: { latlng: { lat: number; lng: number } }) => options.onPick(round(event.latlng)));
    // Made while the box was hidden (a closed editor, a narrow screen): measure again when shown.
    this._resize = new ResizeObserver(() => this._map.invalidateSize({ pan: false }));
    this._resize.observe(container);
  }

  /** Shows `point` (or none); pans there when it is outside the view. */
  show(point: LatLng | undefined, fallback: { center: LatLng; zoom: number }): void {
    const previous = this._point;
    this._point = point;
    if (!point) {
      this._marker.remove();
      // The feed's areas arrive with the first check, after the map was made: look there then.
      const key = `${fallback.center.lat},${fallback.center.lng},${fallback.zoom}`;
      if (previous || key !== this._fallbackKey) this._map.setView(fallback.center, fallback.zoom, { animate: false });
      this._fallbackKey = key;
      return;
    }
    this._marker.setLatLng(point);
    if (!this._map.hasLayer(this._marker)) this._marker.addTo(this._map);
    if (!previous) this._map.setView(point, Math.max(this._map.getZoom(), STREET_ZOOM), { animate: false });
    else if (!this._map.getBounds().contains(latLng(point.lat, point.lng))) this._map.panTo(point, { animate: false });
  }

  /** `from` moved by whole screen pixels at the current zoom (north is up). */
  nudge(from: LatLng, dx: number, dy: number): LatLng {
    const zoom = this._map.getZoom();
    const moved = this._map.unproject(this._map.project(from, zoom).add(point(dx, dy)), zoom);
    return round(moved);
  }

  zoom(by: 1 | -1): void {
    this._map.setZoom(this._map.getZoom() + by, { animate: false });
  }

  get canZoomIn(): boolean {
    return this._map.getZoom() < MAX_ZOOM;
  }

  get canZoomOut(): boolean {
    return this._map.getZoom() > MIN_ZOOM;
  }

  /** Tiles from `template`, or none. */
  setTiles(template: string | undefined): void {
    if (template === this._tilesTemplate) return;
    this._tiles?.remove();
    this._tiles = undefined;
    this._tilesTemplate = template;
    if (!template) return;
    this._tiles = tileLayer(template, {
      maxZoom: MAX_ZOOM,
      referrerPolicy: 'strict-origin-when-cross-origin',
      crossOrigin: false,
    }).addTo(this._map);
  }

  /** The Leaflet map, for tests that need to click at a point. */
  get leaflet(): LeafletMap {
    return this._map;
  }

  remove(): void {
    this._resize.disconnect();
    this._map.remove();
  }
}
