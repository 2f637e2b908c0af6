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
  Layer,
  Map as LeafletMap,
  type LeafletMouseEvent,
  type Point,
  type TileLayer,
  type Tooltip,
  type ZoomAnimEvent,
  point,
  tileLayer,
  tooltip,
} from 'leaflet/dist/leaflet-src.esm.js';
import { afterPaint } from './after-paint.js';
import { clusterView, toLatLng, worldCoordinates, worldX, worldY, type GridCluster } from './grid-cluster.js';
import { CELL_SIZE, CLUSTER_MAX_ZOOM, FIT_PADDING_PX, MAX_ZOOM, MIN_ZOOM, VIEW_MARGIN_PX, type InitialView } from './view-geometry.js';
import { clusterMarkerElement, placeMarkerAt, placeMarkerElement, updateClusterElement } from './marker-dom.js';
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
 * A marker on the map: our element (`marker-dom.ts`), which sizes and centres itself, placed
 * by this view in Leaflet's marker pane. Not a Leaflet Marker: each of those repositioned
 * itself on every zoom and reset of the view (and again when moved), registered its own
 * handlers and lived in a div of its own; on a pan or zoom that replaced a hundred markers
 * this was most of the script's time.
 */
interface MapMarker {
  readonly element: HTMLElement;
  lat: number;
  lng: number;
  /** The place, for a place marker. */
  readonly id?: string;
  /** The cluster it shows, for a cluster marker (it moves to another one on a zoom). */
  cluster?: GridCluster;
  /** Where it stands now, in Leaflet's layer pixels (NaN before it is placed). */
  x: number;
  y: number;
}

/**
 * The Leaflet layer the markers' elements belong to, so Leaflet hands their clicks and
 * hovers to us as it would a marker's (and not after a drag of the map).
 */
class MarkerLayer extends Layer {
  override onAdd(): this {
    return this;
  }

  override onRemove(): this {
    return this;
  }
}

/** A place's label on the map. */
interface PlaceLabel {
  id: string;
  tooltip: Tooltip;
}

/** Above this, the selected marker stands in front of the others (z-index is the marker's y). */
const SELECTED_Z = 1000;

export class LeafletView {
  private readonly _options: LeafletViewOptions;
  private readonly _map: LeafletMap;
  private _points: MapPoint[] = [];
  /** World coordinates of `_points`, for the clustering scan. */
  private _xs = new Float64Array(0);
  private _ys = new Float64Array(0);
  /** Markers on the map by key: `p<id>` for a place, `c<cluster id>` for a cluster. */
  private _markers = new Map<string, MapMarker>();
  private readonly _byElement = new WeakMap<Element, MapMarker>();
  private readonly _pane: HTMLElement;
  private readonly _layer = new MarkerLayer();
  private _placeQueued = false;
  private _selected?: string;
  /** The marker shown as selected (class and z-index), if any. */
  private _selectedMarker?: MapMarker;
  /** The label of the selected place, and the one under the pointer. */
  private _selectedLabel?: PlaceLabel;
  private _hoverLabel?: PlaceLabel;
  private _renderQueued = false;
  private _paintWaiters: Array<() => void> = [];
  private _tiles?: TileLayer;
  private _tilesTemplate?: string;
  private _tileErrors = 0;
  private _tileLoads = 0;
  private _resizeObserver: ResizeObserver;
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
    this._pane = map.getPane('markerPane')!;
    // A pinch moves the map without a moveend until it ends; a zoom animation announces
    // where the markers go, and they glide there with Leaflet's transition.
    map.on('zoom viewreset', () => this._queuePlaceAll());
    map.on('zoomanim', (event) => this._animateZoom(event as ZoomAnimEvent));

    if ('bounds' in options.initial) {
      map.fitBounds(options.initial.bounds, { maxZoom: CLUSTER_MAX_ZOOM, animate: false, padding: [FIT_PADDING_PX, FIT_PADDING_PX] });
    } else {
      map.setView(options.initial.center, options.initial.zoom, { animate: false });
    }
    this._layer.addTo(map);
    this._layer.on('click', (event) => this._onClick(event as LeafletMouseEvent));
    this._layer.on('mouseover', (event) => this._onHover(event as LeafletMouseEvent, true));
    this._layer.on('mouseout', (event) => this._onHover(event as LeafletMouseEvent, false));

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
    ({ xs: this._xs, ys: this._ys } = worldCoordinates(points));
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

    const next = new Map<string, MapMarker>();
    const added = document.createDocumentFragment();
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
        const point = this._points[item.index]!;
        marker = this._addMarker(added, placeMarkerElement(point.kind, this._options.letters[point.kind]), point.lat, point.lng, point.id);
      }
      this._place(marker);
      next.set(key, marker);
    }
    // Cluster keys change with every zoom (other cells); the markers need not: a cluster
    // marker that left is moved and relabelled for a new cluster instead of rebuilt.
    const spare = [...this._markers].filter(([key]) => key[0] === 'c').map(([key, marker]) => {
      this._markers.delete(key);
      return marker;
    });
    for (const item of newClusters) {
      let marker = spare.pop();
      const [lat, lng] = toLatLng(item.x, item.y);
      if (marker) {
        marker.lat = lat;
        marker.lng = lng;
        updateClusterElement(marker.element, item.count);
      } else {
        marker = this._addMarker(added, clusterMarkerElement(item.count), lat, lng);
      }
      marker.cluster = item;
      this._place(marker);
      next.set(item.key, marker);
    }
    for (const marker of spare) this._removeMarker(marker);
    for (const marker of this._markers.values()) this._removeMarker(marker);
    this._pane.append(added);
    this._markers = next;
    this._showSelection();
  }

  /**
   * Only the markers whose state changed are touched: restyling every marker on every
   * render cost each pan and zoom.
   */
  private _showSelection(): void {
    const id = this._selected;
    const marker = id === undefined ? undefined : this._markers.get(`p${id}`);
    const previous = this._selectedMarker;
    if (marker !== previous) {
      this._selectedMarker = marker;
      if (previous) {
        previous.element.classList.remove('is-selected');
        previous.element.style.zIndex = String(previous.y);
      }
      if (marker) {
        marker.element.classList.add('is-selected');
        marker.element.style.zIndex = String(marker.y + SELECTED_Z);
      }
    }
    this._selectedLabel = this._showLabel(this._selectedLabel, marker);
    // The label under the pointer goes when its marker does, or when it is the selected one.
    const hovered = this._hoverLabel && this._markers.get(`p${this._hoverLabel.id}`);
    if (this._hoverLabel && (!hovered || hovered === marker)) this._hoverLabel = this._showLabel(this._hoverLabel, undefined);
  }

  /** Opens the label of a place marker (a Leaflet tooltip, made by Lit), moves it along, or closes it. */
  private _showLabel(label: PlaceLabel | undefined, marker: MapMarker | undefined): PlaceLabel | undefined {
    const id = marker?.id;
    if (label && id !== undefined && label.id === id) {
      label.tooltip.setLatLng([marker!.lat, marker!.lng]);
      return label;
    }
    label?.tooltip.close();
    if (!marker || id === undefined) return undefined;
    const content = document.createElement('span');
    render(this._options.label(id), content);
    const opened = tooltip({ direction: 'top', offset: [0, -16], className: 'buurt-tooltip' })
      .setLatLng([marker.lat, marker.lng])
      .setContent(content)
      .openOn(this._map);
    return { id, tooltip: opened };
  }

  private _addMarker(into: DocumentFragment, element: HTMLElement, lat: number, lng: number, id?: string): MapMarker {
    // Leaflet's classes: placed as its markers are (CSS), moved with its zoom animation, clickable.
    element.classList.add('leaflet-marker-icon', 'leaflet-zoom-animated', 'leaflet-interactive');
    const marker: MapMarker = id === undefined ? { element, lat, lng, x: NaN, y: NaN } : { element, lat, lng, id, x: NaN, y: NaN };
    this._byElement.set(element, marker);
    this._layer.addInteractiveTarget(element);
    into.append(element);
    return marker;
  }

  private _removeMarker(marker: MapMarker): void {
    this._layer.removeInteractiveTarget(marker.element);
    marker.element.remove();
  }

  /** Puts a marker on its place's pixel (`placeMarkerAt`), if it is not there yet. */
  private _place(marker: MapMarker, at: Point = this._map.latLngToLayerPoint([marker.lat, marker.lng]).round()): void {
    if (at.x === marker.x && at.y === marker.y) return;
    marker.x = at.x;
    marker.y = at.y;
    placeMarkerAt(marker.element, at.x, at.y, marker === this._selectedMarker ? SELECTED_Z : 0);
  }

  /**
   * After a zoom or a reset of the view every marker stands elsewhere in layer pixels. A
   * move ends with a render (moveend) that places what it keeps, so only a pinch, which
   * has no moveend until it ends, needs this.
   */
  private _queuePlaceAll(): void {
    if (this._placeQueued) return;
    this._placeQueued = true;
    queueMicrotask(() => {
      this._placeQueued = false;
      if (this._renderQueued || this._removed) return;
      for (const marker of this._markers.values()) this._place(marker);
    });
  }

  /** Where the markers go when a zoom animation starts; Leaflet's transition moves them there. */
  private _animateZoom(event: ZoomAnimEvent): void {
    const map = this._map as unknown as { _latLngToNewLayerPoint(latLng: [number, number], zoom: number, center: unknown): Point };
    for (const marker of this._markers.values()) {
      this._place(marker, map._latLngToNewLayerPoint([marker.lat, marker.lng], event.zoom, event.center).round());
    }
  }

  /** The marker an event happened in. */
  private _markerOf(event: LeafletMouseEvent): MapMarker | undefined {
    for (let node = event.originalEvent.target as Element | null; node && node !== this._pane; node = node.parentElement) {
      const marker = this._byElement.get(node);
      if (marker) return marker;
    }
    return undefined;
  }

  private _onClick(event: LeafletMouseEvent): void {
    const marker = this._markerOf(event);
    if (marker?.id !== undefined) this._options.onSelect(marker.id);
    else if (marker?.cluster) this._zoomInto(marker.cluster);
  }

  /** A place marker's label while the pointer is on it (the selected one has its own). */
  private _onHover(event: LeafletMouseEvent, over: boolean): void {
    const marker = over ? this._markerOf(event) : undefined;
    this._hoverLabel = this._showLabel(this._hoverLabel, marker && marker !== this._selectedMarker ? marker : undefined);
  }

  /** Zooms in far enough to pull a cluster apart: at least one level, at most to single places. */
  private _zoomInto(item: GridCluster): void {
    const map = this._map;
    const southWest = toLatLng(item.minX, item.maxY);
    const northEast = toLatLng(item.maxX, item.minY);
    const fit = map.getBoundsZoom([southWest, northEast], false, point(48, 48));
    const zoom = Math.min(Math.max(fit, map.getZoom() + 1), CLUSTER_MAX_ZOOM + 1);
    map.setView([(southWest[0] + northEast[0]) / 2, (southWest[1] + northEast[1]) / 2], zoom);
  }

  private _clearMarkers(): void {
    for (const marker of this._markers.values()) this._removeMarker(marker);
    this._markers.clear();
    this._selectedMarker = undefined;
    this._hoverLabel = this._showLabel(this._hoverLabel, undefined);
  }
}

