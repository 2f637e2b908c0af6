/**
 * The Leaflet part of `<buurt-map>`, in a module of its own: the element imports it
 * dynamically when the map is about to become visible, so Leaflet and this file end up in
 * a chunk that a page with only a list, a guide or a form never downloads.
 *
 * Markers: only the clusters and places inside the current view (plus a margin) exist as
 * DOM nodes, whatever the size of the feed. The clustering (`grid-cluster.ts`) scans the
 * points of the view once per render and needs no index, so a feed of 50,000 places or a
 * filter change shows at once; Leaflet.markercluster instead creates one Leaflet marker per
 * place up front and clusters them all.
 */
import {
  Icon,
  Map as LeafletMap,
  Marker,
  type TileLayer,
  point,
  tileLayer,
} from 'leaflet/dist/leaflet-src.esm.js';
import { clusterView, toLatLng, worldX, worldY, type GridCluster } from './grid-cluster.js';
import { CELL_SIZE, CLUSTER_MAX_ZOOM, FIT_PADDING_PX, MAX_ZOOM, MIN_ZOOM, VIEW_MARGIN_PX, type InitialView } from './view-geometry.js';
import { clusterMarkerElement, placeMarkerElement, updateClusterElement } from './marker-dom.js';
import { render, type TemplateResult } from 'lit';
import type { PlaceKind } from '../../feed/types.js';

/** One place as the map needs it: nothing else of the place is kept here. */
export interface MapPoint {
  id: string;
  lat: number;
  lng: number;
  kind: PlaceKind;
}

export interface LeafletViewOptions {
  /** An empty element that Leaflet takes over. It must stay in the DOM while the view lives. */
  container: HTMLElement;
  /** Tile URL template; undefined for a plain background. */
  tiles?: string;
  /** Short letter per kind, drawn inside the marker shape. */
  letters: Record<PlaceKind, string>;
  zoomInTitle: string;
  zoomOutTitle: string;
  /** Where to look first. */
  initial: InitialView;
  /** The label shown next to a place marker on hover and when selected, made by Lit. */
  label(id: string): TemplateResult;
  /** A place marker was clicked. */
  onSelect(id: string): void;
  /** Several tiles failed and none loaded: the background is missing, the markers are not. */
  onTilesFailed(): void;
}



/**
 * After the frame with our DOM changes is painted. A page in a background tab gets no
 * animation frames; the timeout keeps `setView()` from waiting until the tab is shown.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      resolve();
    };
    requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, 250);
  });
}

/**
 * A Leaflet icon that is the marker element itself (`marker-dom.ts`), which sizes and centres
 * itself: a divIcon would wrap it in a div of its own, one more element per marker to style,
 * lay out and paint on every pan and zoom.
 */
class ElementIcon extends Icon {
  private readonly _element: HTMLElement;

  constructor(element: HTMLElement) {
    // No image: createIcon below is all Leaflet asks of this icon (it has no shadow).
    super({ iconUrl: '' });
    this._element = element;
  }

  override createIcon(): HTMLElement {
    return this._element;
  }
}

export class LeafletView {
  private readonly _options: LeafletViewOptions;
  private readonly _map: LeafletMap;
  private _points: MapPoint[] = [];
  /** World coordinates of `_points`, for the clustering scan. */
  private _xs = new Float64Array(0);
  private _ys = new Float64Array(0);
  /** Markers on the map by key: `p<id>` for a place, `c<cluster id>` for a cluster. */
  private _markers = new Map<string, Marker>();
  private _selected?: string;
  /** The marker shown as selected (class and z-index), if any. */
  private _selectedMarker?: Marker;
  private _renderQueued = false;
  private _paintWaiters: Array<() => void> = [];
  private _tiles?: TileLayer;
  private _tilesTemplate?: string;
  private _tileErrors = 0;
  private _tileLoads = 0;
  private _resizeObserver: ResizeObserver;
  /** Which place a marker's label (bound when first needed) names. */
  private readonly _tooltipLabels = new WeakMap<Marker, string>();
  /** The cluster a cluster marker shows now (it moves to another one on zoom). */
  private readonly _clusters = new WeakMap<Marker, GridCluster>();
  private _removed = false;
  private readonly _containerClass: string;

  constructor(options: LeafletViewOptions) {
    this._options = options;
    this._containerClass = options.container.className;
    const map = new LeafletMap(options.container, {
      zoomControl: true,
      // Our own attribution line is rendered by Lit: Leaflet's control writes HTML strings.
      attributionControl: false,
      maxZoom: MAX_ZOOM,
      minZoom: MIN_ZOOM,
      zoomSnap: 1,
    });
    this._map = map;
    const zoom = map.zoomControl;
    zoom.remove();
    zoom.options.zoomInTitle = options.zoomInTitle;
    zoom.options.zoomOutTitle = options.zoomOutTitle;
    zoom.addTo(map);

    // Markers and labels repeat the list, which is the keyboard and screen-reader path.
    map.getPane('markerPane')?.setAttribute('aria-hidden', 'true');
    map.getPane('tooltipPane')?.setAttribute('aria-hidden', 'true');

    this.setTiles(options.tiles);

    map.on('moveend', () => this._queueRender());

    if ('bounds' in options.initial) {
      map.fitBounds(options.initial.bounds, { maxZoom: CLUSTER_MAX_ZOOM, animate: false, padding: [FIT_PADDING_PX, FIT_PADDING_PX] });
    } else {
      map.setView(options.initial.center, options.initial.zoom, { animate: false });
    }

    // Created in a hidden tab or a closed <details>, the container measured 0×0; Leaflet must
    // measure again once it is shown, and whenever the page changes the element's size.
    let last = `${options.container.clientWidth}x${options.container.clientHeight}`;
    this._resizeObserver = new ResizeObserver(() => {
      const size = `${options.container.clientWidth}x${options.container.clientHeight}`;
      if (size === last || this._removed) return;
      last = size;
      map.invalidateSize({ pan: false });
      this._queueRender();
    });
    this._resizeObserver.observe(options.container);
  }

  /**
   * Shows the tiles of this URL template under the markers, or none (a plain background).
   * Nothing is requested from a tile server before this is called with its template.
   */
  setTiles(template: string | undefined): void {
    if (template === this._tilesTemplate) return;
    this._tiles?.remove();
    this._tiles = undefined;
    this._tilesTemplate = template;
    this._tileErrors = 0;
    this._tileLoads = 0;
    if (!template) return;
    this._tiles = tileLayer(template, {
      maxZoom: MAX_ZOOM,
      // PDOK and OSM-based services accept this; it sends the origin, never the page path.
      referrerPolicy: 'strict-origin-when-cross-origin',
      crossOrigin: false,
    })
      .on('tileload', () => this._tileLoads++)
      .on('tileerror', () => {
        this._tileErrors++;
        if (this._tileLoads === 0 && this._tileErrors === 3) this._options.onTilesFailed();
      })
      .addTo(this._map);
  }

  /** Replaces the places on the map (after a filter change, or a new feed). */
  setPoints(points: MapPoint[]): Promise<void> {
    this._points = points;
    this._xs = new Float64Array(points.length);
    this._ys = new Float64Array(points.length);
    for (let i = 0; i < points.length; i++) {
      this._xs[i] = worldX(points[i]!.lng);
      this._ys[i] = worldY(points[i]!.lat);
    }
    // Clusters are groups of these points; markers of the old set cannot be reused.
    this._clearMarkers();
    return this._queueRender();
  }

  /** Moves the map; the promise resolves once the markers of that view are painted. */
  setView(lat: number, lng: number, zoom: number): Promise<void> {
    this._map.setView([lat, lng], zoom, { animate: false });
    return this._queueRender();
  }

  fitBounds(bounds: [[number, number], [number, number]]): Promise<void> {
    this._map.fitBounds(bounds, { maxZoom: CLUSTER_MAX_ZOOM, animate: false, padding: [FIT_PADDING_PX, FIT_PADDING_PX] });
    return this._queueRender();
  }

  /**
   * Marks a place as selected and, when `reveal` is set, moves the map so its own marker
   * (not a cluster around it) is in view.
   */
  select(id: string | undefined, reveal = false): Promise<void> {
    this._selected = id;
    if (id && reveal) {
      const index = this._points.findIndex((point) => point.id === id);
      if (index >= 0) {
        const point = this._points[index]!;
        this._map.setView([point.lat, point.lng], this._zoomShowing(index), { animate: false });
      }
    }
    return this._queueRender();
  }

  invalidateSize(): void {
    this._map.invalidateSize({ pan: false });
    void this._queueRender();
  }

  /** Removes the Leaflet map and everything it listens to; the view cannot be used after. */
  destroy(): void {
    this._removed = true;
    this._resizeObserver.disconnect();
    this._clearMarkers();
    // Leaflet finishes a zoom animation from a 250 ms timer that does not check whether the
    // map was removed meanwhile (and then throws); tell it there is nothing left to finish.
    (this._map as unknown as { _animatingZoom?: boolean })._animatingZoom = false;
    this._map.remove();
    // Leaflet leaves its classes and tabindex on the container; a re-added element starts clean.
    const container = this._options.container;
    container.className = this._containerClass;
    container.removeAttribute('tabindex');
    for (const resolve of this._paintWaiters.splice(0)) resolve();
  }

  /** The lowest zoom, from the current one up, at which this point is not inside a cluster. */
  private _zoomShowing(index: number): number {
    const x = this._xs[index]!;
    const y = this._ys[index]!;
    for (let zoom = Math.max(Math.round(this._map.getZoom()), 14); zoom <= CLUSTER_MAX_ZOOM; zoom++) {
      const margin = (2 * CELL_SIZE) / (256 * 2 ** zoom);
      const view = { x0: x - margin, y0: y - margin, x1: x + margin, y1: y + margin };
      const items = clusterView(this._xs, this._ys, view, zoom, { cellSize: CELL_SIZE, maxZoom: CLUSTER_MAX_ZOOM });
      if (items.some((item) => item.count === 1 && item.index === index)) return zoom;
    }
    return CLUSTER_MAX_ZOOM + 1;
  }

  private _queueRender(): Promise<void> {
    const painted = new Promise<void>((resolve) => this._paintWaiters.push(resolve));
    if (!this._renderQueued) {
      this._renderQueued = true;
      // One render per task, however many moves and filter changes arrive in it.
      queueMicrotask(() => {
        this._renderQueued = false;
        if (this._removed) return;
        this._render();
        const waiters = this._paintWaiters.splice(0);
        void afterPaint().then(() => {
          if (!this._removed) performance.mark('buurt-map:rendered');
          for (const resolve of waiters) resolve();
        });
      });
    }
    return painted;
  }

  private _render(): void {
    const map = this._map;
    const size = map.getSize();
    if (size.x === 0 || size.y === 0) return;
    const bounds = map.getBounds();
    const zoom = Math.round(map.getZoom());
    const margin = VIEW_MARGIN_PX / (256 * 2 ** map.getZoom());
    const view = {
      x0: Math.max(0, worldX(Math.max(-180, bounds.getWest())) - margin),
      x1: Math.min(1, worldX(Math.min(180, bounds.getEast())) + margin),
      y0: worldY(bounds.getNorth()) - margin,
      y1: worldY(bounds.getSouth()) + margin,
    };
    const items = clusterView(this._xs, this._ys, view, zoom, { cellSize: CELL_SIZE, maxZoom: CLUSTER_MAX_ZOOM });

    const next = new Map<string, Marker>();
    const newClusters: GridCluster[] = [];
    for (const item of items) {
      const key = item.count === 1 ? `p${this._points[item.index]!.id}` : item.key;
      let marker = this._markers.get(key);
      if (marker) {
        this._markers.delete(key);
      } else if (item.count > 1) {
        newClusters.push(item);
        continue;
      } else {
        marker = this._placeMarker(this._points[item.index]!);
        marker.addTo(map);
      }
      next.set(key, marker);
    }
    // Cluster keys change with every zoom (other cells); the markers need not: a cluster
    // marker that left is moved and relabelled for a new cluster instead of rebuilt.
    const spare = [...this._markers].filter(([key]) => key[0] === 'c').map(([key, marker]) => {
      this._markers.delete(key);
      return marker;
    });
    for (const item of newClusters) {
      const reused = spare.pop();
      const marker = reused ? this._updateCluster(reused, item) : this._clusterMarker(item).addTo(map);
      next.set(item.key, marker);
    }
    for (const marker of spare) marker.remove();
    for (const marker of this._markers.values()) marker.remove();
    this._markers = next;
    this._showSelection();
  }

  /**
   * Only the markers whose state changed are touched: `setZIndexOffset` places a marker
   * again, and doing that for every marker on every render cost each pan and zoom.
   */
  private _showSelection(): void {
    const marker = this._selected === undefined ? undefined : this._markers.get(`p${this._selected}`);
    const previous = this._selectedMarker;
    if (marker !== previous) {
      if (previous) {
        previous.getElement()?.classList.remove('is-selected');
        previous.setZIndexOffset(0);
      }
      if (marker) {
        marker.getElement()?.classList.add('is-selected');
        marker.setZIndexOffset(1000);
      }
      this._selectedMarker = marker;
    }
    if (marker && !this._withTooltip(marker).isTooltipOpen()) marker.openTooltip();
  }

  private _placeMarker(point: MapPoint): Marker {
    const marker = new Marker([point.lat, point.lng], {
      icon: new ElementIcon(placeMarkerElement(point.kind, this._options.letters[point.kind])),
      // Markers stay out of the tab order; the list is the keyboard path to every place (and
      // without focus there is nothing to pan to: no focus listener per marker).
      keyboard: false,
      autoPanOnFocus: false,
      // Rising on hover is a CSS rule (.marker:hover), not two listeners per marker.
    });
    // The label is bound when first needed (hover, selection): one per marker up front cost
    // the first frame a Leaflet tooltip object and its handlers per marker.
    this._tooltipLabels.set(marker, point.id);
    marker.once('mouseover', () => {
      if (marker.getTooltip()) return;
      this._withTooltip(marker).openTooltip();
    });
    marker.on('click', () => this._options.onSelect(point.id));
    return marker;
  }

  /** The marker, with its label bound. */
  private _withTooltip(marker: Marker): Marker {
    const id = this._tooltipLabels.get(marker);
    if (id === undefined || marker.getTooltip()) return marker;
    return marker.bindTooltip(
      () => {
        const label = document.createElement('span');
        render(this._options.label(id), label);
        return label;
      },
      { direction: 'top', offset: [0, -16], className: 'buurt-tooltip' },
    );
  }

  /** Moves and relabels a cluster marker for another cluster (see `_render`). */
  private _updateCluster(marker: Marker, item: GridCluster): Marker {
    this._clusters.set(marker, item);
    marker.setLatLng(toLatLng(item.x, item.y));
    const element = marker.getElement();
    if (element) updateClusterElement(element, item.count);
    return marker;
  }

  private _clusterMarker(item: GridCluster): Marker {
    const marker = new Marker(toLatLng(item.x, item.y), {
      icon: new ElementIcon(clusterMarkerElement(item.count)),
      keyboard: false,
      autoPanOnFocus: false,
    });
    this._clusters.set(marker, item);
    // A click zooms in far enough to pull the cluster apart: at least one level, at most to single places.
    marker.on('click', () => {
      const item = this._clusters.get(marker)!;
      const map = this._map;
      const southWest = toLatLng(item.minX, item.maxY);
      const northEast = toLatLng(item.maxX, item.minY);
      const fit = map.getBoundsZoom([southWest, northEast], false, point(48, 48));
      const zoom = Math.min(Math.max(fit, map.getZoom() + 1), CLUSTER_MAX_ZOOM + 1);
      map.setView([(southWest[0] + northEast[0]) / 2, (southWest[1] + northEast[1]) / 2], zoom);
    });
    return marker;
  }

  private _clearMarkers(): void {
    for (const marker of this._markers.values()) marker.remove();
    this._markers.clear();
  }
}

