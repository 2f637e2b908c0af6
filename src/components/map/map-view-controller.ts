import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Area, Place } from '../../feed/types.js';
import { drawFirstView } from './first-view.js';
import { toLatLng } from './grid-cluster.js';
import type { LeafletView, LeafletViewOptions, MapPoint } from './leaflet-view.js';
import { worldView, type InitialView, type WorldView } from './view-geometry.js';

export type MapState = 'waiting' | 'loading' | 'ready' | 'failed';

const NETHERLANDS: { center: [number, number]; zoom: number } = { center: [52.2, 5.3], zoom: 7 };

export interface MapViewOptions {
  /** The empty element Leaflet takes over. */
  container(): HTMLElement | null | undefined;
  /** A box over the container for the markers drawn before Leaflet is there (first-view.ts). */
  firstViewLayer(): HTMLElement | null | undefined;
  /** Whether the feed is there: without it there are no points to show yet. */
  hasFeed(): boolean;
  /** The places to show (those without a location are left out). */
  places(): readonly Place[];
  /** The open place: the map shows it. */
  selected(): Place | undefined;
  /** The neighbourhood chosen in the filters: the map shows it. */
  area(): Area | undefined;
  /** Everything else Leaflet needs, read when the map is made (`tiles` from `setTiles`). */
  view(): Omit<LeafletViewOptions, 'container' | 'initial' | 'tiles'>;
}

/**
 * The Leaflet map of `<buurt-map>`: loads its chunk on `load()`, gives it the points, keeps
 * a requested view until the map is there, and removes the map when the host leaves the page
 * (a removed element must not keep a Leaflet map and its listeners alive).
 */
export class MapViewController implements ReactiveController {
  state: MapState = 'waiting';
  /** Several tiles failed and none loaded: the background is missing, the markers are not. */
  tilesFailed = false;
  /** The points changed since the map last got them. */
  pointsDirty = true;
  view?: LeafletView;

  private _generation = 0;
  private _timer?: ReturnType<typeof setTimeout>;
  /** Whether the map has been moved to the feed's places (or an area, or a requested view). */
  private _positioned = false;
  private _tiles?: string;
  private _pendingView?: { lat: number; lng: number; zoom: number };
  private _pendingViewWaiters: Array<() => void> = [];
  /** The selected place still has to be brought into view. */
  private _revealPending = false;
  /** The points the map has now. */
  private _given?: MapPoint[];
  private _pointsOf?: { places: readonly Place[]; points: MapPoint[] };
  /** The places, points and view the first view shows, until Leaflet takes over. */
  private _firstView?: { places: readonly Place[]; points: MapPoint[]; view: WorldView; size: BoxSize; letters: Letters };

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: MapViewOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this._timer);
    this._generation++;
    this.view?.destroy();
    this.view = undefined;
    this._given = undefined;
    this._clearFirstView();
    this.state = 'waiting';
    this.pointsDirty = true;
  }

  /** Shows `lat, lng` at `zoom` now, or as soon as the map is there. Resolves once painted. */
  setView(lat: number, lng: number, zoom: number): Promise<void> {
    if (this.view) return this.view.setView(lat, lng, zoom);
    this._pendingView = { lat, lng, zoom };
    // The first view shows where Leaflet will look: now there.
    if (this._firstView) {
      this._firstView = undefined;
      this.drawFirstView();
    }
    return new Promise((resolve) => this._pendingViewWaiters.push(resolve));
  }

  /**
   * The tiles to show under the markers, or none. A tile server hears nothing from us before
   * this names it: the map itself (markers, clusters) needs no tiles.
   */
  setTiles(template: string | undefined): void {
    if (template === this._tiles) return;
    this._tiles = template;
    this.tilesFailed = false;
    this.view?.setTiles(template);
  }

  async load(): Promise<void> {
    if (this.view || this.state === 'loading' || !this.host.isConnected) return;
    const generation = ++this._generation;
    this.state = 'loading';
    this.host.requestUpdate();
    try {
      const { LeafletView } = await import('./leaflet-view.js');
      await this.host.updateComplete;
      const container = this.options.container();
      if (generation !== this._generation || !this.host.isConnected || !container) return;
      const hasFeed = this.options.hasFeed();
      const points = this._points();
      const pending = this._pendingView;
      const first = this._firstView;
      // Its view only fits a box of the size it was worked out for (a phone may have turned since).
      const shown =
        first && samePoints(points, first.points) && sameSize(first.size, { width: container.clientWidth, height: container.clientHeight })
          ? first.view
          : undefined;
      this.view = new LeafletView({
        ...this.options.view(),
        tiles: this._tiles,
        container,
        // Where the first view looks, so Leaflet's markers land on its markers' pixels.
        initial: pending
          ? { center: [pending.lat, pending.lng], zoom: pending.zoom }
          : shown
            ? { center: toLatLng(shown.x, shown.y), zoom: shown.zoom }
            : this._initialView(points),
      });
      this._positioned = hasFeed || !!pending;
      this._pendingView = undefined;
      this.state = 'ready';
      this.host.requestUpdate();
      let painted: Promise<void> | undefined;
      if (hasFeed) {
        this.pointsDirty = false;
        this._given = points;
        painted = this.view.setPoints(points);
      }
      // Leaflet's markers are drawn before the next paint (setPoints renders in a microtask of
      // this task): the first view goes in the same frame.
      this._clearFirstView();
      this._revealPending = !!this.options.selected();
      this.revealSelected();
      await painted;
      for (const resolve of this._pendingViewWaiters.splice(0)) resolve();
    } catch (error) {
      if (generation !== this._generation) return;
      console.warn('buurtkit: the map could not be loaded.', error);
      this._clearFirstView();
      this.state = 'failed';
      this.host.requestUpdate();
    }
  }

  /**
   * Until Leaflet is there, draws the markers of the view it will open with (first-view.ts),
   * so the places show on the map while its code still loads. Call after each update: it
   * draws again only when what it shows changed: the places, the size of the box (a turned
   * phone), the language of the markers' letters, or a view asked for with `setView`.
   */
  drawFirstView(): void {
    if (this.view || this.state === 'failed' || !this.options.hasFeed()) return;
    const layer = this.options.firstViewLayer();
    if (!layer) return;
    const places = this.options.places();
    const size = { width: layer.clientWidth, height: layer.clientHeight };
    const letters = this.options.view().letters;
    const shown = this._firstView;
    if (shown && shown.places === places && sameSize(shown.size, size) && sameLetters(shown.letters, letters)) return;
    // Not laid out (a hidden tab, a closed <details>): Leaflet will draw when it is shown.
    if (size.width === 0 || size.height === 0) return;
    const points = this._points();
    const pending = this._pendingView;
    const view = worldView(pending ? { center: [pending.lat, pending.lng], zoom: pending.zoom } : this._initialView(points), size.width, size.height);
    drawFirstView(layer, points, view, size, letters);
    this._firstView = { places, points, view, size, letters };
  }

  private _clearFirstView(): void {
    if (!this._firstView) return;
    this._firstView = undefined;
    this.options.firstViewLayer()?.replaceChildren();
  }

  /**
   * The list follows every keystroke; the map follows when typing pauses (`delay`), so a
   * keystroke never waits for the markers to be drawn again.
   */
  updatePoints(delay: number, moveToArea: boolean): void {
    if (!this.view || !this.pointsDirty) return;
    this.pointsDirty = false;
    clearTimeout(this._timer);
    const apply = (): void => {
      const view = this.view;
      if (!view) return;
      const points = this._points();
      // The whole feed after a first look has the same points: its markers stay as drawn.
      if (!samePoints(points, this._given)) {
        this._given = points;
        void view.setPoints(points);
      }
      if (moveToArea || !this._positioned) {
        this._positioned = true;
        const initial = this._initialView(points);
        if ('bounds' in initial) void view.fitBounds(initial.bounds);
        else void view.setView(initial.center[0], initial.center[1], initial.zoom);
      }
    };
    if (delay === 0) apply();
    else this._timer = setTimeout(apply, delay);
  }

  /** Another place was opened (or none): show it once the map has its points. */
  selectionChanged(): void {
    this._revealPending = !!this.options.selected();
    if (!this._revealPending) void this.view?.select(undefined);
  }

  /** Shows the selected place on the map, when one waits to be shown and the map is ready for it. */
  revealSelected(): void {
    const place = this.options.selected();
    if (!this._revealPending || !this.view || !place || this.pointsDirty) return;
    this._revealPending = false;
    void this.view.select(place.id, !!place.location);
  }

  /** The points of the places now shown; the same array as long as the places are (they are replaced, never changed). */
  private _points(): MapPoint[] {
    const places = this.options.places();
    if (this._pointsOf?.places === places) return this._pointsOf.points;
    const points: MapPoint[] = [];
    for (const place of places) {
      if (place.location) points.push({ id: place.id, lat: place.location.lat, lng: place.location.lng, kind: place.kind });
    }
    this._pointsOf = { places, points };
    return points;
  }

  private _initialView(points: MapPoint[]): InitialView {
    const area = this.options.area();
    if (area) return { center: [area.center.lat, area.center.lng], zoom: area.zoom };
    if (points.length === 0) return NETHERLANDS;
    let south = 90;
    let west = 180;
    let north = -90;
    let east = -180;
    for (const point of points) {
      south = Math.min(south, point.lat);
      north = Math.max(north, point.lat);
      west = Math.min(west, point.lng);
      east = Math.max(east, point.lng);
    }
    return { bounds: [[south, west], [north, east]] };
  }
}

function samePoints(a: readonly MapPoint[], b: readonly MapPoint[] | undefined): boolean {
  if (a === b) return true;
  if (!b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    const q = b[i]!;
    if (p.id !== q.id || p.lat !== q.lat || p.lng !== q.lng || p.kind !== q.kind) return false;
  }
  return true;
}

type BoxSize = { width: number; height: number };
type Letters = LeafletViewOptions['letters'];

function sameSize(a: BoxSize, b: BoxSize): boolean {
  return a.width === b.width && a.height === b.height;
}

function sameLetters(a: Letters, b: Letters): boolean {
  return (Object.keys(a) as Array<keyof Letters>).every((kind) => a[kind] === b[kind]);
}
