import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { BuurtElement } from '../../base/buurt-element.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { termStyles } from '../../base/term.js';
import { themeStyles } from '../../base/theme.styles.js';
import {
  AGE_GROUPS,
  createPlaceIndex,
  filterPlaces,
  preparePlaceIndex,
  sortByDistance,
  type PlaceFilter,
  type PlaceIndex,
} from '../../feed/search.js';
import { localize } from '../../feed/text.js';
import { storageKey } from '../../feed/storage.js';
import { PLACE_KINDS, type Feed, type LatLng, type Place, type PlaceKind } from '../../feed/types.js';
import { KIND_LABEL_KEYS, KIND_LETTER_KEYS, kindShape } from './icons.js';
import leafletStyles from './leaflet.styles.js';
import type { LeafletView, MapPoint } from './leaflet-view.js';
import styles from './map.styles.js';
import { renderPlaceDetails } from './place-details.js';
import { languageName } from '../../base/language-name.js';
import { renderPlaceList } from './place-list.js';

/** `buurt-select`: the visitor opened a place, from the list or from a marker. */
export interface BuurtSelectDetail {
  id: string;
  place: Place;
}

/** PDOK BRT achtergrondkaart (Kadaster): free, Dutch government, no key, no tracking. */
export const DEFAULT_TILES = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';

/** How many list items one "Toon meer" adds. */
const PAGE_SIZE = 50;
/** Filter changes reach the map after typing pauses; the list follows every keystroke. */
const MAP_UPDATE_DELAY = 150;
const HASH_PREFIX = '#plek=';
const CONSENT_KEY = storageKey(':map-consent:');
const NETHERLANDS: { center: [number, number]; zoom: number } = { center: [52.2, 5.3], zoom: 7 };

type MapState = 'waiting' | 'loading' | 'ready' | 'failed';
type GeoState = 'idle' | 'busy' | 'active' | 'denied' | 'failed' | 'unsupported';
type Geolocator = Pick<Geolocation, 'getCurrentPosition'>;

/** What to give focus back to when the details close. */
type ReturnFocus = { type: 'list'; id: string } | { type: 'map' } | { type: 'none' };

function readConsent(origin: string): boolean {
  try {
    return globalThis.localStorage?.getItem(CONSENT_KEY + origin) === 'yes';
  } catch {
    // Storage can be blocked (private mode, strict cookie settings): ask again next time.
    return false;
  }
}

function storeConsent(origin: string): void {
  try {
    globalThis.localStorage?.setItem(CONSENT_KEY + origin, 'yes');
  } catch {
    // Not remembered; the map still loads now.
  }
}

function placeIdFromHash(): string | undefined {
  const hash = globalThis.location?.hash ?? '';
  if (!hash.startsWith(HASH_PREFIX)) return undefined;
  try {
    return decodeURIComponent(hash.slice(HASH_PREFIX.length)) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The list is a full alternative to the map: every place can be found, filtered and opened
 * from it by keyboard and screen reader. Leaflet (in a chunk of its own) is loaded only when
 * the map is about to scroll into view, and with `consent` only after the visitor agrees.
 *
 * **Link to one place**: opening a place writes `#plek=<id>` into the page address (with
 * `history.replaceState`, so the Back button is not trapped); a page opened with that hash
 * shows the place. Copy the address, or use the "Link naar deze plek" link in the details.
 *
 * **Tiles**: by default the PDOK BRT achtergrondkaart of the Kadaster
 * (`https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png`,
 * "Kaartgegevens © Kadaster"). Tiles are requested with
 * `referrerpolicy="strict-origin-when-cross-origin"`.
 *
 * @tag buurt-map
 * @summary A map and a list of the support in a neighbourhood (residents' initiatives,
 * volunteer organisations, professional services) with filters, "nu open" and details.
 *
 * @fires buurt-select - The visitor opened a place. `detail: { id, place }`. Not fired when
 *   the page sets `selected` itself.
 * @fires buurt-load - The feed is ready (see the base element).
 * @fires buurt-error - The feed could not be loaded.
 *
 * @csspart base - The wrapper around everything.
 * @csspart filters - The search field and filters.
 * @csspart list - The column with the list or the details.
 * @csspart details - The details of the open place.
 * @csspart map - The map area (also while it loads).
 * @csspart legend - The explanation of the marker shapes.
 * @csspart error - The message when the feed cannot be loaded.
 * @csspart notice - The notice for sample data or a saved copy.
 *
 * @cssprop [--buurt-map-height=28rem] - Height of the map; the element keeps this height while loading.
 * @cssprop [--buurt-map-background=#eef1ee] - Map background behind (or instead of) the tiles.
 * @cssprop [--buurt-color-informal=#8a3a00] - Marker colour for residents' initiatives (shape differs too).
 * @cssprop [--buurt-color-volunteer=#1f5f8b] - Marker colour for volunteer organisations.
 * @cssprop [--buurt-color-professional=#2d5a27] - Marker colour for professional services.
 */
export class BuurtMap extends BuurtElement {
  static override styles = [themeStyles, termStyles, leafletStyles, styles];

  /** Preset neighbourhood filter: an area id of the feed. */
  @property({ reflect: true }) area?: string;

  /** Preset category filter: a category id of the feed. */
  @property({ reflect: true }) category?: string;

  /** Preset kind filter: `informal-initiative`, `volunteer-organisation` or `professional-service`. */
  @property({ reflect: true }) kind?: string;

  /**
   * Id of the open place. Setting it (also from another element, e.g. a `<buurt-guide>`)
   * opens its details and shows it on the map; removing it closes them.
   */
  @property({ reflect: true }) selected?: string;

  /** Tile URL template (`{z}/{x}/{y}`), or `none` for a plain background. Default: PDOK (see above). */
  @property() tiles?: string;

  /** Attribution for the tiles, as plain text. Default for PDOK: "Kaartgegevens © Kadaster". */
  @property() attribution?: string;

  /**
   * Show the list first and load the (third-party) map only after the visitor clicks
   * "Kaart laden". The choice is remembered on the device per tile service.
   */
  @property({ type: Boolean, reflect: true }) consent = false;

  /** The moment "nu open" is measured at; the current time when unset. For tests and previews. */
  @property({ attribute: false }) now?: Date;

  /** Where "Bij mij in de buurt" asks for the location; the browser's by default. */
  @property({ attribute: false }) geolocation?: Geolocator;

  @state() private _query = '';
  @state() private _kind = '';
  @state() private _category = '';
  @state() private _area = '';
  @state() private _age = '';
  @state() private _language = '';
  @state() private _openNow = false;
  @state() private _view: 'map' | 'list' = 'list';
  @state() private _limit = PAGE_SIZE;
  @state() private _origin?: LatLng;
  @state() private _geo: GeoState = 'idle';
  @state() private _mapState: MapState = 'waiting';
  @state() private _consentGiven = false;
  @state() private _tilesFailed = false;
  @state() private _clock = Date.now();
  @state() private _filtersOpen = false;

  @query('.map-panel') private _mapPanel?: HTMLElement;
  @query('.leaflet-host') private _leafletHost?: HTMLElement;

  private _index?: PlaceIndex;
  private _indexedFeed?: Feed;
  private _results: Place[] = [];
  private _byId = new Map<string, Place>();
  private _leaflet?: LeafletView;
  private _observed?: Element;
  private _intersection?: IntersectionObserver;
  private _clockTimer?: ReturnType<typeof setInterval>;
  private _mapTimer?: ReturnType<typeof setTimeout>;
  /** The feed or language changed: the results must be filtered again. */
  private _resultsStale = true;
  /** The results changed since the map last got its points. */
  private _mapPointsDirty = true;
  private _pendingView?: { lat: number; lng: number; zoom: number };
  private _pendingViewWaiters: Array<() => void> = [];
  private _returnFocus: ReturnFocus = { type: 'none' };
  private _focusDetails = false;
  private _scrollToDetails = false;
  /** The selected place still has to be brought into view on the map. */
  private _revealOnMap = false;
  /** Whether the map has been moved to the feed's places (or an area, or a requested view). */
  private _positioned = false;
  private _focusListIndex?: number;
  private _hashChecked = false;
  /** The sample/cached notice, made once per feed status: its date formatter is costly to build. */
  private _notices?: { status: unknown; lang: string; template: ReturnType<BuurtElement['renderFeedNotices']> };
  private _warmTimer?: ReturnType<typeof setTimeout>;
  private _loadGeneration = 0;
  private _languages?: { feed: Feed | undefined; lang: string; options: Array<{ code: string; name: string }> };

  override connectedCallback(): void {
    super.connectedCallback();
    this._clockTimer = setInterval(() => {
      if (!this.now) this._clock = Date.now();
    }, 60_000);
    // Re-added to the page: observe the (same) map panel again.
    if (this.hasUpdated) void this.updateComplete.then(() => this._observeMapPanel(true));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this._clockTimer);
    clearTimeout(this._mapTimer);
    clearTimeout(this._warmTimer);
    this._intersection?.disconnect();
    this._intersection = undefined;
    this._observed = undefined;
    this._loadGeneration++;
    // A removed element must not keep a Leaflet map (and its listeners) alive.
    this._leaflet?.destroy();
    this._leaflet = undefined;
    this._mapState = 'waiting';
    this._mapPointsDirty = true;
  }

  /**
   * Shows `lat, lng` at `zoom`. The promise resolves once the markers of that view are
   * painted (each paint also records the User Timing mark `buurt-map:rendered`). Before the
   * map is loaded (it loads when it scrolls into view, and with `consent` after the visitor
   * agrees), the view is kept and the promise resolves when it is shown.
   */
  setView(lat: number, lng: number, zoom: number): Promise<void> {
    if (this._leaflet) return this._leaflet.setView(lat, lng, zoom);
    this._pendingView = { lat, lng, zoom };
    return new Promise((resolve) => this._pendingViewWaiters.push(resolve));
  }

  // ---------------------------------------------------------------------------------------
  // State

  private get _tileTemplate(): string | undefined {
    if (this.tiles === 'none') return undefined;
    return this.tiles?.trim() || DEFAULT_TILES;
  }

  /** Where the tiles come from: what the consent text names and what the choice is stored under. */
  private get _tileHost(): string {
    const template = this._tileTemplate ?? '';
    try {
      return new URL(template.replace(/\{[^}]*\}/g, '0'), document.baseURI).host;
    } catch {
      return template;
    }
  }

  private get _needsConsent(): boolean {
    return this.consent && this._tileTemplate !== undefined && !this._consentGiven;
  }

  private get _now(): Date {
    return this.now ?? new Date(this._clock);
  }

  private get _filter(): PlaceFilter {
    const filter: PlaceFilter = {};
    if (this._query.trim()) filter.query = this._query;
    // An unknown kind in the attribute would hide everything; it is ignored instead.
    if (PLACE_KINDS.includes(this._kind as PlaceKind)) filter.kinds = [this._kind as PlaceKind];
    if (this._category) filter.categories = [this._category];
    if (this._area) filter.areas = [this._area];
    if (this._age) filter.ageGroups = [this._age];
    if (this._language) filter.languages = [this._language];
    if (this._openNow) filter.openAt = this._now;
    return filter;
  }

  private get _activeFilterCount(): number {
    return [this._kind, this._category, this._area, this._age, this._language].filter(Boolean).length;
  }

  private get _selectedPlace(): Place | undefined {
    return this.selected ? this._byId.get(this.selected) : undefined;
  }

  protected override willUpdate(changedProperties: PropertyValues<this>): void {
    super.willUpdate(changedProperties);
    // Private states are keys too; Lit's typing only lists public ones.
    const changed = changedProperties as Map<PropertyKey, unknown>;
    if (changed.has('area')) this._area = this.area ?? '';
    if (changed.has('category')) this._category = this.category ?? '';
    if (changed.has('kind')) this._kind = this.kind ?? '';
    // Preset filters are shown, so the editor's choice is visible and can be undone.
    if ((changed.has('area') || changed.has('category') || changed.has('kind')) && this._activeFilterCount > 0) {
      this._filtersOpen = true;
    }
    if (changed.has('tiles') || changed.has('consent')) this._consentGiven = readConsent(this._tileHost);

    const feed = this.currentFeed;
    if (feed !== this._indexedFeed || changed.has('language')) {
      this._indexedFeed = feed;
      this._byId = new Map((feed?.places ?? []).map((place) => [place.id, place]));
      // Built on first use or when the page is idle: without a filter the map and list need no index.
      this._index = undefined;
      this._resultsStale = true;
      this._warmIndexWhenIdle();
    }

    const filterChanged = ['_query', '_kind', '_category', '_area', '_age', '_language', '_openNow', '_origin'].some(
      (key) => changed.has(key),
    );
    const clockChanged = this._openNow && (changed.has('now') || changed.has('_clock'));
    if (filterChanged || clockChanged || this._resultsStale) {
      this._resultsStale = false;
      const filter = this._filter;
      let results: Place[];
      if (Object.keys(filter).length === 0) results = feed?.places ?? [];
      else results = this._ensureIndex() ? filterPlaces(this._index!, filter) : [];
      if (this._origin) results = sortByDistance(results, this._origin);
      this._results = results;
      if (filterChanged) this._limit = PAGE_SIZE;
      this._mapPointsDirty = true;
    }

    if (feed && !this._hashChecked) {
      this._hashChecked = true;
      const fromHash = placeIdFromHash();
      if (fromHash && this._byId.has(fromHash) && !this.selected) {
        this.selected = fromHash;
        this._scrollToDetails = true;
      }
    }
    // Set from outside after the first render (e.g. by a guide on the same page): show it.
    if (changed.has('selected') && this.selected && !this._focusDetails && this.hasUpdated) {
      this._scrollToDetails = true;
    }
  }

  /**
   * The search text and "nu open" table are prepared on first use; do that while the visitor
   * is still looking, so the first keystroke does not pay for 10,000 places.
   */
  private _warmIndexWhenIdle(): void {
    clearTimeout(this._warmTimer);
    const feed = this._indexedFeed;
    if (!feed) return;
    const warm = (): void => {
      if (feed !== this._indexedFeed) return;
      // Not while the map is still being drawn for the first time: the markers come first.
      if (this._mapState === 'loading' || (this._leaflet && this._mapPointsDirty)) {
        this._warmTimer = setTimeout(() => this._warmIndexWhenIdle(), 300);
        return;
      }
      if (this._ensureIndex()) preparePlaceIndex(this._index!);
    };
    // A pause first, so the first paint of list and markers is not delayed by idle work.
    this._warmTimer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 2000 });
      else warm();
    }, 300);
  }

  /** The search index of the current feed, made now if it is not there yet. */
  private _ensureIndex(): boolean {
    const feed = this._indexedFeed;
    if (!feed) return false;
    this._index ??= createPlaceIndex(feed.places, this.language, {
      categories: feed.categories,
      areas: feed.areas,
      kindLabels: {
        'informal-initiative': this.t('kindInformal'),
        'volunteer-organisation': this.t('kindVolunteer'),
        'professional-service': this.t('kindProfessional'),
      },
      languageLabel: (code) => languageName(code, this.language),
    });
    return true;
  }

  private _feedNotices(): ReturnType<BuurtElement['renderFeedNotices']> {
    if (this._notices?.status !== this.feedStatus || this._notices.lang !== this.language) {
      this._notices = { status: this.feedStatus, lang: this.language, template: this.renderFeedNotices() };
    }
    return this._notices.template;
  }

  protected override firstUpdated(): void {
    this._observeMapPanel();
  }

  protected override updated(changedProperties: PropertyValues<this>): void {
    super.updated(changedProperties);
    const changed = changedProperties as Map<PropertyKey, unknown>;
    this._observeMapPanel();

    if (this._mapPointsDirty && this._leaflet && this.currentFeed) {
      this._mapPointsDirty = false;
      this._queueMapPoints(changed.has('_query') ? MAP_UPDATE_DELAY : 0, changed.has('_area'));
    }
    if (changed.has('selected')) {
      this._revealOnMap = !!this.selected;
      if (!this.selected) void this._leaflet?.select(undefined);
    }
    const place = this._selectedPlace;
    if (place && (this._focusDetails || this._scrollToDetails)) {
      if (this._focusDetails) {
        this.renderRoot.querySelector<HTMLElement>('#details-title')?.focus();
      } else {
        // Opened from elsewhere on the page (a guide, a shared link): bring it into view, keep focus where it is.
        this.renderRoot.querySelector<HTMLElement>('.details')?.scrollIntoView?.({ block: 'nearest' });
      }
      this._focusDetails = false;
      this._scrollToDetails = false;
    }
    this._revealSelectionOnMap();
    if (this._focusListIndex !== undefined) {
      const buttons = this.renderRoot.querySelectorAll<HTMLElement>('.item__open');
      buttons[this._focusListIndex]?.focus();
      this._focusListIndex = undefined;
    }
  }

  // ---------------------------------------------------------------------------------------
  // Map

  /** Watches the map panel so Leaflet loads only when it is about to be seen. */
  private _observeMapPanel(force = false): void {
    const panel = this._mapPanel;
    if (!panel || (panel === this._observed && !force) || !this.isConnected) return;
    this._intersection?.disconnect();
    this._observed = panel;
    this._intersection = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void this._loadMap();
      },
      // "About to become visible": a screen ahead of the viewport.
      { rootMargin: '100% 0px' },
    );
    this._intersection.observe(panel);
  }

  private async _loadMap(): Promise<void> {
    if (this._leaflet || this._mapState === 'loading' || this._needsConsent || !this.isConnected) return;
    const generation = ++this._loadGeneration;
    this._mapState = 'loading';
    try {
      const { LeafletView } = await import('./leaflet-view.js');
      await this.updateComplete;
      const host = this._leafletHost;
      if (generation !== this._loadGeneration || !this.isConnected || !host) return;
      const feed = this.currentFeed;
      const points = this._mapPoints();
      this._leaflet = new LeafletView({
        container: host,
        tiles: this._tileTemplate,
        letters: {
          'informal-initiative': this.t(KIND_LETTER_KEYS['informal-initiative']),
          'volunteer-organisation': this.t(KIND_LETTER_KEYS['volunteer-organisation']),
          'professional-service': this.t(KIND_LETTER_KEYS['professional-service']),
        },
        zoomInTitle: this.t('mapZoomIn'),
        zoomOutTitle: this.t('mapZoomOut'),
        initial: this._pendingView
          ? { center: [this._pendingView.lat, this._pendingView.lng], zoom: this._pendingView.zoom }
          : this._initialView(points),
        label: (id) => this._renderMarkerLabel(id),
        onSelect: (id) => this._select(id, { type: 'map' }),
        onTilesFailed: () => {
          this._tilesFailed = true;
        },
      });
      this._positioned = !!feed || !!this._pendingView;
      this._pendingView = undefined;
      this._mapState = 'ready';
      this._revealOnMap = !!this.selected;
      if (feed) {
        this._mapPointsDirty = false;
        const painted = this._leaflet.setPoints(points);
        this._revealSelectionOnMap();
        await painted;
      }
      for (const resolve of this._pendingViewWaiters.splice(0)) resolve();
    } catch (error) {
      if (generation !== this._loadGeneration) return;
      console.warn('buurtkit: the map could not be loaded.', error);
      this._mapState = 'failed';
    }
  }

  private _mapPoints(): MapPoint[] {
    const points: MapPoint[] = [];
    for (const place of this._results) {
      if (place.location) points.push({ id: place.id, lat: place.location.lat, lng: place.location.lng, kind: place.kind });
    }
    return points;
  }

  private _initialView(
    points: MapPoint[],
  ): { center: [number, number]; zoom: number } | { bounds: [[number, number], [number, number]] } {
    const area = this.currentFeed?.areas.find((item) => item.id === this._area);
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

  /**
   * The list follows every keystroke; the map follows when typing pauses, so a keystroke
   * never waits for the markers to be drawn again.
   */
  private _queueMapPoints(delay: number, moveToArea: boolean): void {
    clearTimeout(this._mapTimer);
    const apply = (): void => {
      const view = this._leaflet;
      if (!view) return;
      const points = this._mapPoints();
      void view.setPoints(points);
      if (moveToArea || !this._positioned) {
        this._positioned = true;
        const initial = this._initialView(points);
        if ('bounds' in initial) void view.fitBounds(initial.bounds);
        else void view.setView(initial.center[0], initial.center[1], initial.zoom);
      }
    };
    if (delay === 0) apply();
    else this._mapTimer = setTimeout(apply, delay);
  }

  private _revealSelectionOnMap(): void {
    const place = this._selectedPlace;
    if (!this._revealOnMap || !this._leaflet || !place || this._mapPointsDirty) return;
    this._revealOnMap = false;
    void this._leaflet.select(place.id, !!place.location);
  }

  private _renderMarkerLabel(id: string): TemplateResult {
    const place = this._byId.get(id);
    if (!place) return html``;
    return html`<span dir="auto"><strong>${localize(place.name, this.language)}</strong><br />${this.t(
      KIND_LABEL_KEYS[place.kind],
    )}</span>`;
  }

  // ---------------------------------------------------------------------------------------
  // Selection

  private _select(id: string, returnFocus: ReturnFocus): void {
    const place = this._byId.get(id);
    if (!place) return;
    this._returnFocus = returnFocus;
    this._focusDetails = true;
    this.selected = id;
    try {
      history.replaceState(history.state, '', HASH_PREFIX + encodeURIComponent(id));
    } catch {
      // A sandboxed frame may refuse; the details still open.
    }
    this.emit('buurt-select', { id, place });
  }

  private _closeDetails(): void {
    const returnFocus = this._returnFocus;
    this._returnFocus = { type: 'none' };
    this.selected = undefined;
    if (placeIdFromHash() !== undefined) {
      try {
        history.replaceState(history.state, '', location.pathname + location.search);
      } catch {
        // Leave the address as it is.
      }
    }
    void this.updateComplete.then(() => {
      let target: HTMLElement | null | undefined;
      if (returnFocus.type === 'list') {
        target = this.renderRoot.querySelector<HTMLElement>(`.item__open[data-id="${CSS.escape(returnFocus.id)}"]`);
      } else if (returnFocus.type === 'map') {
        target = this.renderRoot.querySelector<HTMLElement>('.leaflet-host');
      }
      (target ?? this.renderRoot.querySelector<HTMLElement>('#list-title'))?.focus();
    });
  }

  private _shareUrl(id: string): string {
    try {
      const url = new URL(location.href);
      url.hash = HASH_PREFIX.slice(1) + encodeURIComponent(id);
      return url.href;
    } catch {
      return HASH_PREFIX + encodeURIComponent(id);
    }
  }

  // ---------------------------------------------------------------------------------------
  // Handlers

  private _onSearchInput = (event: Event): void => {
    this._query = (event.target as HTMLInputElement).value;
  };

  private _onSelectChange(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const value = select.value;
    switch (select.name) {
      case 'kind':
        this._kind = value;
        break;
      case 'category':
        this._category = value;
        break;
      case 'area':
        this._area = value;
        break;
      case 'age':
        this._age = value;
        break;
      case 'language':
        this._language = value;
        break;
    }
  }

  private _onFiltersToggle(event: Event): void {
    this._filtersOpen = (event.currentTarget as HTMLDetailsElement).open;
  }

  private _onOpenNowChange(event: Event): void {
    this._openNow = (event.target as HTMLInputElement).checked;
  }

  private _onClearFilters(): void {
    this._query = '';
    this._kind = '';
    this._category = '';
    this._area = '';
    this._age = '';
    this._language = '';
    this._openNow = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus());
  }

  private _onListClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLElement>('.item__open');
    const id = button?.dataset.id;
    if (id) this._select(id, { type: 'list', id });
  };

  private _onShowMore(): void {
    this._focusListIndex = this._limit;
    this._limit += PAGE_SIZE;
  }

  private _onDetailsKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this._closeDetails();
    }
  }

  private _onShowOnMap(): void {
    this._view = 'map';
    const place = this._selectedPlace;
    void this.updateComplete.then(() => {
      this._mapPanel?.scrollIntoView?.({ block: 'nearest' });
      if (place) void this._leaflet?.select(place.id, true);
    });
  }

  private _onViewSwitch(event: Event): void {
    this._view = (event.currentTarget as HTMLButtonElement).value === 'map' ? 'map' : 'list';
  }

  private _onConsent(): void {
    storeConsent(this._tileHost);
    this._consentGiven = true;
    void this.updateComplete.then(() => this._loadMap());
  }

  private _onNearMe(): void {
    if (this._geo === 'active') {
      this._origin = undefined;
      this._geo = 'idle';
      return;
    }
    const geolocation = this.geolocation ?? globalThis.navigator?.geolocation;
    if (!geolocation) {
      this._geo = 'unsupported';
      return;
    }
    this._geo = 'busy';
    geolocation.getCurrentPosition(
      (position) => {
        this._origin = { lat: position.coords.latitude, lng: position.coords.longitude };
        this._geo = 'active';
      },
      (error) => {
        this._geo = error.code === 1 ? 'denied' : 'failed';
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 5 * 60_000 },
    );
  }

  // ---------------------------------------------------------------------------------------
  // Rendering

  /** The languages spoken anywhere in the feed, by name; computed once per feed and language. */
  private _languageOptions(feed: Feed | undefined): Array<{ code: string; name: string }> {
    const key = `${this.language}`;
    if (this._languages && this._languages.feed === feed && this._languages.lang === key) return this._languages.options;
    const codes = new Set<string>();
    for (const place of feed?.places ?? []) for (const code of place.languages) codes.add(code.split('-')[0]!.toLowerCase());
    const options = [...codes]
      .map((code) => ({ code, name: languageName(code, key) }))
      .sort((a, b) => a.name.localeCompare(b.name, key));
    this._languages = { feed, lang: key, options };
    return options;
  }

  private _renderFilters(feed: Feed | undefined): TemplateResult {
    const t = this.t.bind(this);
    const lang = this.language;
    // The language names are only worked out once the filters are opened.
    const languages = this._filtersOpen ? this._languageOptions(feed) : [];
    const option = (value: string, label: string, current: string): TemplateResult =>
      html`<option value=${value} ?selected=${value === current}>${label}</option>`;
    const count = this._activeFilterCount;
    const geoMessage = {
      idle: '',
      busy: t('mapNearMeBusy'),
      active: t('mapNearMeActive'),
      denied: t('mapNearMeDenied'),
      failed: t('mapNearMeFailed'),
      unsupported: t('mapNearMeUnsupported'),
    }[this._geo];
    return html`<div class="filters" part="filters">
      <div class="filters__row">
        <div class="field field--search">
          <label for="search">${t('mapSearch')}</label>
          <input
            id="search"
            type="search"
            autocomplete="off"
            aria-describedby="search-hint"
            .value=${this._query}
            @input=${this._onSearchInput}
          />
          <span id="search-hint" class="hint">${t('mapSearchHint')}</span>
        </div>
        <div class="filters__buttons">
          <label class="check">
            <input type="checkbox" .checked=${this._openNow} @change=${this._onOpenNowChange} />
            ${t('mapFilterOpenNow')}
          </label>
          <button
            type="button"
            class="button button--secondary"
            aria-pressed=${this._geo === 'active' ? 'true' : 'false'}
            @click=${this._onNearMe}
          >
            ${t('mapNearMe')}
          </button>
        </div>
      </div>
      <p class="geo-message" aria-live="polite">${geoMessage}</p>
      <details class="more" ?open=${this._filtersOpen} @toggle=${this._onFiltersToggle}>
        <summary>${t('mapFilters')}${count ? html` <span class="badge">(${t('mapActiveFilters', count)})</span>` : nothing}</summary>
        <div class="more__grid" @change=${this._onSelectChange}>
          <div class="field">
            <label for="filter-kind">${t('mapFilterKind')}</label>
            <select id="filter-kind" name="kind">
              ${option('', t('mapFilterAll'), this._kind)}
              ${PLACE_KINDS.map((kind) => option(kind, t(KIND_LABEL_KEYS[kind]), this._kind))}
            </select>
          </div>
          <div class="field">
            <label for="filter-category">${t('mapFilterCategory')}</label>
            <select id="filter-category" name="category">
              ${option('', t('mapFilterAll'), this._category)}
              ${(feed?.categories ?? []).map((category) =>
                option(category.id, localize(category.label, lang), this._category),
              )}
            </select>
          </div>
          <div class="field">
            <label for="filter-area">${t('mapFilterArea')}</label>
            <select id="filter-area" name="area">
              ${option('', t('mapFilterAll'), this._area)}
              ${(feed?.areas ?? []).map((area) => option(area.id, localize(area.name, lang), this._area))}
            </select>
          </div>
          <div class="field">
            <label for="filter-age">${t('mapFilterAge')}</label>
            <select id="filter-age" name="age">
              ${option('', t('mapFilterAll'), this._age)}
              ${AGE_GROUPS.map((group) => option(group.id, t('mapAgeGroup', group.min, group.max), this._age))}
            </select>
          </div>
          <div class="field">
            <label for="filter-language">${t('mapFilterLanguage')}</label>
            <select id="filter-language" name="language">
              ${option('', t('mapFilterAll'), this._language)}
              ${languages.map((item) => option(item.code, item.name, this._language))}
            </select>
          </div>
        </div>
        <button type="button" class="button button--link" @click=${this._onClearFilters}>${t('mapClearFilters')}</button>
      </details>
    </div>`;
  }

  private _renderList(feed: Feed | undefined): TemplateResult {
    const t = this.t.bind(this);
    if (!feed) {
      return html`<div class="placeholder"><p>${t('loading')}</p></div>`;
    }
    const total = this._results.length;
    const shown = this._results.slice(0, this._limit);
    const hasFilter = this._activeFilterCount > 0 || this._openNow || this._query.trim() !== '';
    return html`<h2 id="list-title" class="list-title" tabindex="-1">${t('mapPlaces')}</h2>
      ${total === 0
        ? html`<div class="empty">
            ${feed.places.length === 0
              ? html`<p>${t('mapNoPlaces')}</p>`
              : html`<p><strong>${t('mapNoResults')}</strong></p>
                  <p>${t('mapNoResultsHelp')}</p>
                  ${hasFilter
                    ? html`<button type="button" class="button" @click=${this._onClearFilters}>${t('mapClearFilters')}</button>`
                    : nothing}`}
          </div>`
        : renderPlaceList({
            places: shown,
            feed,
            lang: this.language,
            now: this._now,
            t,
            origin: this._origin,
            onOpen: this._onListClick,
          })}
      ${total > shown.length
        ? html`<button type="button" class="button button--secondary more-button" @click=${this._onShowMore}>
            ${t('mapShowMore', shown.length, total)}
          </button>`
        : nothing}`;
  }

  private _renderDetails(feed: Feed, place: Place): TemplateResult {
    return html`<section
      class="details"
      part="details"
      aria-labelledby="details-title"
      @keydown=${this._onDetailsKeydown}
    >
      ${renderPlaceDetails({
        place,
        feed,
        lang: this.language,
        now: this._now,
        t: this.t.bind(this),
        shareUrl: this._shareUrl(place.id),
        canShowOnMap: !!place.location,
        onClose: () => this._closeDetails(),
        onShowOnMap: () => this._onShowOnMap(),
      })}
    </section>`;
  }

  private _renderMapOverlay(): TemplateResult | typeof nothing {
    const t = this.t.bind(this);
    if (this._needsConsent) {
      return html`<div class="overlay overlay--consent">
        <h2 class="overlay__title">${t('mapConsentTitle')}</h2>
        <p>${t('mapConsentText', this._tileHost)}</p>
        <button type="button" class="button" @click=${this._onConsent}>${t('mapConsentButton')}</button>
        <p class="hint">${t('mapConsentRemembered')}</p>
      </div>`;
    }
    if (this._mapState === 'failed') return html`<div class="overlay"><p role="alert">${t('mapMapFailed')}</p></div>`;
    if (this._mapState === 'loading' || (this._mapState === 'ready' && !this.currentFeed)) {
      return html`<div class="overlay overlay--quiet"><p>${t('mapLoadingMap')}</p></div>`;
    }
    return nothing;
  }

  private _renderLegend(): TemplateResult {
    const attribution = this._tileTemplate
      ? (this.attribution ?? (this._tileTemplate === DEFAULT_TILES ? this.t('mapDefaultAttribution') : ''))
      : '';
    return html`<div class="legend" part="legend">
      <p class="visually-hidden" id="legend-title">${this.t('mapLegend')}</p>
      <ul class="legend__list" aria-labelledby="legend-title">
        ${PLACE_KINDS.map((kind) => html`<li>${kindShape(kind)} ${this.t(KIND_LABEL_KEYS[kind])}</li>`)}
      </ul>
      ${this._mapState === 'ready'
        ? html`<p class="attribution">Leaflet${attribution ? html` | ${attribution}` : nothing}</p>`
        : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    const t = this.t.bind(this);
    if (this.feedStatus.state === 'error') {
      return html`<div class="frame frame--error" part="base" lang=${ifDefined(this.uiLangAttribute)}>${this.renderLoadError()}</div>`;
    }
    const feed = this.currentFeed;
    const place = feed ? this._selectedPlace : undefined;
    return html`<div class="frame" part="base" lang=${ifDefined(this.uiLangAttribute)} role="region" aria-label=${t('mapLabel')}>
      ${this._feedNotices()} ${this._renderFilters(feed)}
      <div class="status-row">
        <p class="count" role="status">${feed ? t('mapCount', this._results.length) : ''}</p>
        <div class="switch" role="group" aria-label=${t('mapViewSwitch')}>
          <button type="button" value="map" aria-pressed=${this._view === 'map'} @click=${this._onViewSwitch}>
            ${t('mapShowMap')}
          </button>
          <button type="button" value="list" aria-pressed=${this._view === 'list'} @click=${this._onViewSwitch}>
            ${t('mapShowList')}
          </button>
        </div>
      </div>
      <div class="body" data-view=${this._view} ?data-details=${!!place}>
        <div class="side" part="list">
          ${feed && place ? this._renderDetails(feed, place) : nothing}
          <div class="list-wrap" ?hidden=${!!place}>${this._renderList(feed)}</div>
        </div>
        <div class="map-panel" part="map">
          <div class="map-area">
            <div class="leaflet-host" role="region" aria-label=${t('mapRegion')}></div>
            ${this._tilesFailed ? html`<p class="tiles-failed" role="status">${t('mapTilesFailed')}</p>` : nothing}
            ${this._renderMapOverlay()}
          </div>
          ${this._renderLegend()}
        </div>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'buurt-select': CustomEvent<BuurtSelectDetail>;
  }
}
