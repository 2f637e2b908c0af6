import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BuurtElement } from '../../base/buurt-element.js';
import { termStyles } from '../../base/term.js';
import { themeStyles } from '../../base/theme.styles.js';
import type { FirstLook } from '../../feed/load.js';
import type { Feed, Place } from '../../feed/types.js';
import { firstLookFeed, isFirstLook } from '../../feed/validate/first-look.js';
import { ClockController } from './clock-controller.js';
import { afterPaint } from './after-paint.js';
import { FilterState, type FilterChange } from './filter-state.js';
import { firstViewPlaceId } from './first-view.js';
import { renderFilters } from './filters.js';
import { GeolocationController, type Geolocator } from './geolocation-controller.js';
import { KIND_LETTER_KEYS } from './kind-shape.js';
import { KIND_LABEL_KEYS } from '../../base/place/kinds.js';
import { InViewController } from './in-view-controller.js';
import leafletStyles from './leaflet.styles.js';
import styles from './map.styles.js';
import {
  kindTexts,
  renderDetailsPart,
  renderLegend,
  renderListPart,
  renderMapOverlay,
  renderMarkerLabel,
  renderStatusRow,
  renderTilesChoice,
} from './map-parts.js';
import { MapViewController } from './map-view-controller.js';
import { clearPlaceLink, placeIdFromHash, placeLinkUrl, writePlaceLink } from './place-link.js';
import { PlaceResults } from './place-results-controller.js';
import { TileConsentController } from './tile-consent-controller.js';
import { attributionText, tileChoice, tileHost, tileSource, tileTemplate, type TileChoice } from './tiles.js';
// This element's Dutch strings: a page without a <buurt-map> does not download them.
import '../../translations/nl/map.js';

export type { BuurtSelectDetail } from '../../base/events.js';

export { DEFAULT_TILES } from './tiles.js';

/** How many list items one "Toon meer" adds. */
const PAGE_SIZE = 50;
/**
 * List items in the first frame with places: more than a tall screen shows. The rest of the
 * first page follows a frame later, so the first paint (list and markers) lays out a fifth.
 */
const FIRST_FRAME_ITEMS = 12;
/** The first paint: the list's first page in full, every other place as far as its marker needs. */
const FIRST_LOOK = (json: unknown): Feed | undefined => firstLookFeed(json, PAGE_SIZE);
/** How long the rest of a first look waits for the markers at most. */
const FIRST_LOOK_WAIT = 3000;
/** Filter changes reach the map after typing pauses; the list follows every keystroke. */
const MAP_UPDATE_DELAY = 150;

/** What to give focus back to when the details close. */
type ReturnFocus = { type: 'list'; id: string } | { type: 'map' } | { type: 'none' };

/**
 * The list is a full alternative to the map: every place can be found, filtered and opened
 * from it by keyboard and screen reader. Leaflet (in a chunk of its own) is loaded only when
 * the map is about to scroll into view, and after the places' first view: as soon as the
 * places are there, their markers and clusters are drawn without Leaflet, on the pixels where
 * Leaflet then puts its own (`first-view.ts`); a place marker there opens the place too.
 *
 * **Link to one place**: opening a place writes `#plek=<id>` into the page address (with
 * `history.replaceState`, so the Back button is not trapped); a page opened with that hash
 * shows the place. Copy the address, or use the "Link naar deze plek" link in the details.
 *
 * **Tiles**: by default the PDOK BRT achtergrondkaart of the Kadaster
 * (`https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png`,
 * "Kaartgegevens © Kadaster"). Tiles come from a third party, so **the map asks before it
 * calls one**: places, clusters and the list show at once on a plain background, and no tile
 * is requested until the visitor presses "Kaart met straten tonen — de kaart komt van PDOK
 * (Kadaster)" in the map. That yes is remembered on the device for 6 months and can be taken
 * back with "Kaart met straten uitzetten". An embedder who decided for its visitors says so
 * with `consent="embedder"`; `tiles="none"` never loads tiles. (A bare `consent` used to be
 * needed to ask; asking is now the default.) Tiles are requested with
 * `referrerpolicy="strict-origin-when-cross-origin"`.
 *
 * @tag buurt-map
 * @summary A map and a list of the support in a neighbourhood (residents' initiatives,
 * volunteer organisations, professional services) with filters, "nu open" and details.
 *
 * @fires buurt-select - The visitor opened a place. `detail: { id, place }`. Not fired when
 *   the page sets `selected` itself.
 * @fires buurt-load - The feed is ready (see the base element): the whole feed, validated. A feed from
 *   `src` is drawn before that from a first look (docs/feed.md, "Wanneer wordt de feed gecontroleerd?").
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
 * @cssprop [--buurt-map-height=40 times the text size] - Height of the whole element (filters, list and map); it has this height before its code and feed arrive and after, so the page never moves; the list scrolls inside. By default a screen narrower than 20 times the text size (large text on a phone) adds three quarters of the width it lacks, for the map under the wrapped toolbar. Give it in px: on a page whose root font is 10px, `rem` is smaller than it looks.
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
   * Who decides about the third party's tiles. Unset (or any other value): the visitor, with
   * the button in the map; their yes is kept 6 months (`buurtkit:map-consent:<tile host>`, a
   * date). `consent="embedder"`: the site decided for its visitors; tiles load at once, nothing
   * is asked or stored. (A bare `consent` used to be needed to ask; asking is now the default.)
   */
  @property({ reflect: true }) consent?: string;

  /** The moment "nu open" is measured at; the current time when unset. For tests and previews. */
  @property({ attribute: false }) now?: Date;

  /** Where "Bij mij in de buurt" asks for the location; the browser's by default. */
  @property({ attribute: false }) geolocation?: Geolocator;

  @state() private _filters = FilterState.EMPTY;
  @state() private _filtersOpen = false;
  @state() private _view: 'map' | 'list' = 'list';
  @state() private _limit = PAGE_SIZE;

  @query('.map-panel') private _mapPanel?: HTMLElement;

  private readonly _clock = new ClockController(this, () => this.now);
  private readonly _geo = new GeolocationController(this, () => this.geolocation);
  private readonly _consent = new TileConsentController(this, () => tileHost(tileTemplate(this.tiles)));
  private readonly _map: MapViewController = new MapViewController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.leaflet-host'),
    firstViewLayer: () => this.renderRoot.querySelector<HTMLElement>('.first-view'),
    hasFeed: () => !!this.currentFeed,
    places: () => this._places.results,
    selected: () => this._selectedPlace,
    area: () => this.currentFeed?.areas.find((item) => item.id === this._filters.area),
    view: () => ({
      letters: kindTexts(this.t.bind(this), KIND_LETTER_KEYS),
      zoomInTitle: this.t('mapZoomIn'),
      zoomOutTitle: this.t('mapZoomOut'),
      label: (id): TemplateResult => renderMarkerLabel(this._places.byId.get(id), { feed: this.currentFeed, lang: this.language, t: this.t.bind(this) }),
      onSelect: (id) => this._select(id, { type: 'map' }),
      onTilesFailed: () => ((this._map.tilesFailed = true), this.requestUpdate()),
    }),
  });

  private readonly _places: PlaceResults = new PlaceResults(this, {
    kindLabels: () => kindTexts(this.t.bind(this), KIND_LABEL_KEYS),
    // Not while the map is still being drawn for the first time: the markers come first.
    busy: (): boolean => this._map.state === 'loading' || (!!this._map.view && this._map.pointsDirty),
  });
  /** The feed or language changed: the results must be filtered again. */
  private _resultsStale = true;
  /** The location the results were last sorted from, and the moment they were filtered at. */
  private _sortedFrom?: Place['location'];
  private _filteredAt = 0;
  private _returnFocus: ReturnFocus = { type: 'none' };
  private _focusDetails = false;
  private _scrollToDetails = false;
  private _focusListIndex?: number;
  private _hashChecked = false;
  /** The map came near the view while the places were on their way: Leaflet follows their first view. */
  private _leafletAfterFirstView = false;
  /** The list has not yet been drawn with places: the first frame draws only its top. */
  private _listFirstFrame = true;
  /** The first look whose rest is due to be read. */
  private _completing?: Feed;
  /** The sample/cached notice, made once per feed status: its date formatter is costly to build. */
  private _notices?: { status: unknown; lang: string; template: ReturnType<BuurtElement['renderFeedNotices']> };

  constructor() {
    super();
    // Leaflet loads only when the map panel is about to be seen: a screen ahead of the viewport.
    new InViewController(this, { target: () => this._mapPanel, onEnter: () => this._onMapNearView() });
  }

  /**
   * The map is about to be seen: load Leaflet, but when the places are on their way, only
   * after their first view is painted. That view shows their markers without Leaflet, and
   * running Leaflet's code first (about 20 ms, four times that on a slow phone) would hold
   * them up.
   */
  private _onMapNearView(): void {
    if (this.feedStatus.state === 'loading') this._leafletAfterFirstView = true;
    else void this._map.load();
  }

  /**
   * Shows `lat, lng` at `zoom`. The promise resolves once the markers of that view are
   * painted (each paint also records the User Timing mark `buurt-map:rendered`). Before the
   * map is loaded (it loads when it scrolls into view), the view is kept and the promise
   * resolves when it is shown.
   */
  setView(lat: number, lng: number, zoom: number): Promise<void> {
    return this._map.setView(lat, lng, zoom);
  }

  // ---------------------------------------------------------------------------------------
  // State

  /**
   * The first paint needs the first page of the list in full, and of every other place what
   * its marker shows: so a large feed is drawn from a first look, and the rest of it is read
   * once that is painted (see BuurtElement.feedFirstLook and `_completeAfterPaint`).
   */
  protected override get feedFirstLook(): FirstLook {
    return FIRST_LOOK;
  }

  /**
   * Reads the rest of a first look after it is painted: when the browser is idle after
   * this render and the markers are drawn (or, if the map is not in view, the list), but
   * no more than FIRST_LOOK_WAIT after it arrived. Showing more before then reads it at once
   * (`_needsWholeFeed`, `_select`).
   */
  private _completeAfterPaint(feed: Feed): void {
    if (this._completing === feed) return;
    this._completing = feed;
    const until = Date.now() + FIRST_LOOK_WAIT;
    const idle = (callback: (deadline?: IdleDeadline) => void): void => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 1000 });
      else setTimeout(callback, 0);
    };
    const drawing = (): boolean => this._map.state === 'loading' || (!!this._map.view && this._map.pointsDirty);
    const attempt = (deadline?: IdleDeadline): void => {
      if (this.currentFeed !== feed) return;
      if (drawing() && Date.now() < until) {
        setTimeout(() => idle(attempt), 50);
        return;
      }
      // A slice of a few hundred places at a time, while the browser has time to spare, so
      // validating a large feed never blocks a tap or a scroll for long: another slice only
      // when the idle time left is longer than the longest slice so far.
      let longest = 0;
      for (;;) {
        const start = performance.now();
        if (!this.stepFeed()) break;
        longest = Math.max(longest, performance.now() - start);
        if (!deadline || deadline.timeRemaining() <= longest) {
          idle(attempt);
          return;
        }
      }
      this.completeFeed();
    };
    // Not a frame callback: a page in a background tab gets no frames, but must still load.
    setTimeout(() => idle(attempt), 0);
  }

  /**
   * Whether the next render shows more than a first look holds in full: another page of the
   * list, a place's details, filters (and their language list), a list sorted by distance.
   */
  private _needsWholeFeed(): boolean {
    return (
      this._filters.narrows ||
      this._filtersOpen ||
      !!this.selected ||
      this._limit > PAGE_SIZE ||
      !!this._geo.origin ||
      (!this._hashChecked && !!placeIdFromHash())
    );
  }

  /** Reads the rest of a first look now, and takes the whole feed's places for the results. */
  private _completeFirstLook(): void {
    if (!isFirstLook(this.currentFeed)) return;
    this.completeFeed();
    if (this._places.setFeed(this.currentFeed, this.language)) this._resultsStale = true;
  }

  private get _tiles(): TileChoice {
    return tileChoice(this.tiles, this.consent, this._consent.given);
  }

  private get _now(): Date {
    return this._clock.now;
  }

  private get _selectedPlace(): Place | undefined {
    return this.selected ? this._places.byId.get(this.selected) : undefined;
  }

  protected override willUpdate(changedProperties: PropertyValues<this>): void {
    super.willUpdate(changedProperties);
    // Private states are keys too; Lit's typing only lists public ones.
    const changed = changedProperties as Map<PropertyKey, unknown>;
    const presets = (['area', 'category', 'kind'] as const).filter((name) => changed.has(name));
    if (presets.length > 0) {
      this._filters = this._filters.with(Object.fromEntries(presets.map((name) => [name, this[name] ?? ''])));
      // Preset filters are shown, so the editor's choice is visible and can be undone.
      if (this._filters.activeCount > 0) this._filtersOpen = true;
    }
    if (changed.has('tiles') || changed.has('consent')) this._consent.refresh();

    if (this._needsWholeFeed()) this._completeFirstLook();
    const feed = this.currentFeed;
    if (this._places.setFeed(feed, this.language)) this._resultsStale = true;

    const origin = this._geo.origin;
    const filterChanged = changed.has('_filters') || origin !== this._sortedFrom;
    const at = this._now.getTime();
    const clockChanged = this._filters.openNow && at !== this._filteredAt;
    if (filterChanged || clockChanged || this._resultsStale) {
      this._resultsStale = false;
      this._sortedFrom = origin;
      this._filteredAt = at;
      this._places.filter(this._filters.toPlaceFilter(this._now), origin);
      if (filterChanged) this._limit = PAGE_SIZE;
      this._map.pointsDirty = true;
    }

    if (feed && !this._hashChecked) {
      this._hashChecked = true;
      const fromHash = placeIdFromHash();
      if (fromHash && this._places.byId.has(fromHash) && !this.selected) {
        this.selected = fromHash;
        this._scrollToDetails = true;
      }
    }
    // Set from outside after the first render (e.g. by a guide on the same page): show it.
    if (changed.has('selected') && this.selected && !this._focusDetails && this.hasUpdated) {
      this._scrollToDetails = true;
    }
  }

  private _feedNotices(): ReturnType<BuurtElement['renderFeedNotices']> {
    if (this._notices?.status !== this.feedStatus || this._notices.lang !== this.language) {
      this._notices = { status: this.feedStatus, lang: this.language, template: this.renderFeedNotices() };
    }
    return this._notices.template;
  }

  protected override updated(changedProperties: PropertyValues<this>): void {
    super.updated(changedProperties);
    const changed = changedProperties as Map<PropertyKey, unknown>;
    if (this._listFirstFrame && this.currentFeed) {
      this._listFirstFrame = false;
      void afterPaint().then(() => this.requestUpdate());
    }
    if (this._leafletAfterFirstView && this.feedStatus.state !== 'loading') {
      this._leafletAfterFirstView = false;
      void afterPaint().then(() => this._map.load());
    }
    if (isFirstLook(this.currentFeed)) this._completeAfterPaint(this.currentFeed!);
    if (this.currentFeed) {
      const before = changed.get('_filters') as FilterState | undefined;
      const typed = !!before && before.query !== this._filters.query;
      this._map.updatePoints(typed ? MAP_UPDATE_DELAY : 0, !!before && before.area !== this._filters.area);
      this._map.drawFirstView();
    }
    if (changed.has('selected')) this._map.selectionChanged();
    this._map.setTiles(this._tiles.shown);
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
    this._map.revealSelected();
    if (this._focusListIndex !== undefined) {
      const buttons = this.renderRoot.querySelectorAll<HTMLElement>('.item__open');
      buttons[this._focusListIndex]?.focus();
      this._focusListIndex = undefined;
    }
  }

  // ---------------------------------------------------------------------------------------
  // Selection

  private _select(id: string, returnFocus: ReturnFocus): void {
    // A marker of a first look: the details and buurt-select get the place in full.
    this._completeFirstLook();
    const place = this._places.byId.get(id);
    if (!place) return;
    this._returnFocus = returnFocus;
    this._focusDetails = true;
    this.selected = id;
    writePlaceLink(id);
    this.emit('buurt-select', { id, place });
  }

  private _closeDetails(): void {
    const returnFocus = this._returnFocus;
    this._returnFocus = { type: 'none' };
    this.selected = undefined;
    clearPlaceLink();
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

  // ---------------------------------------------------------------------------------------
  // Handlers

  private _onFilterChange = (change: FilterChange): void => {
    this._filters = this._filters.with(change);
  };

  private _onClearFilters = (): void => {
    this._filters = FilterState.EMPTY;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus());
  };


  /** A place marker of the first view (before Leaflet is there) opens the place, as Leaflet's does. */
  private _onFirstViewClick = (event: Event): void => {
    const id = firstViewPlaceId(event);
    // Closing the details cannot give focus back to a map that Leaflet has not made yet: the
    // list's title takes it.
    if (id) this._select(id, this._map.view ? { type: 'map' } : { type: 'none' });
  };

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
      if (place) void this._map.view?.select(place.id, true);
    });
  }

  /** The visitor turned the map with streets on or off; focus moves to the button that undoes it. */
  private _onTilesChoice(show: boolean): void {
    if (show) this._consent.give();
    else this._consent.withdraw();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(show ? '.tiles-hide' : '.tiles-show')?.focus());
  }

  // ---------------------------------------------------------------------------------------
  // Rendering

  private _renderList(feed: Feed | undefined): TemplateResult {
    return renderListPart({
      feed,
      results: this._places.results,
      limit: this._limit,
      firstFrame: this._listFirstFrame ? FIRST_FRAME_ITEMS : undefined,
      lang: this.language,
      now: this._now,
      t: this.t.bind(this),
      origin: this._geo.origin,
      narrowed: this._filters.narrows,
      onOpen: this._onListClick,
      onClear: this._onClearFilters,
      onShowMore: () => this._onShowMore(),
    });
  }

  override render(): TemplateResult {
    const t = this.t.bind(this);
    if (this.feedStatus.state === 'error') {
      return html`<div class="frame frame--error" part="base" lang=${ifDefined(this.uiLangAttribute)}>${this.renderLoadError()}</div>`;
    }
    const feed = this.currentFeed;
    const place = feed ? this._selectedPlace : undefined;
    const tiles = this._tiles;
    return html`<div class="frame" part="base" ?data-loading=${!feed} ?data-filters=${this._filtersOpen} lang=${ifDefined(this.uiLangAttribute)} role="region" aria-label=${t('mapLabel')}>
      ${this._feedNotices()}
      ${renderFilters({
        feed,
        filters: this._filters,
        lang: this.language,
        t,
        geo: this._geo.state,
        open: this._filtersOpen,
        languages: () => this._places.languageOptions(),
        onChange: this._onFilterChange,
        onSearchFocus: () => this._places.prepareSearch(),
        onNearMe: () => this._geo.toggle(),
        onToggle: (open) => (this._filtersOpen = open),
        onClear: this._onClearFilters,
      })}
      ${renderStatusRow({
        t,
        count: feed ? this._places.results.length : undefined,
        similar: this._places.similar,
        view: this._view,
        onSwitch: (view) => (this._view = view),
      })}
      <div class="body" data-view=${this._view} ?data-details=${!!place}>
        <div class="side" part="list">
          ${feed && place
            ? renderDetailsPart({
                place,
                feed,
                lang: this.language,
                now: this._now,
                t,
                shareUrl: placeLinkUrl(place.id),
                canShowOnMap: !!place.location,
                onClose: () => this._closeDetails(),
                onShowOnMap: () => this._onShowOnMap(),
                onKeydown: (event) => this._onDetailsKeydown(event),
              })
            : nothing}
          <div class="list-wrap" ?hidden=${!!place}>${this._renderList(feed)}</div>
        </div>
        <div class="map-panel" part="map">
          <div class="map-area">
            <div class="leaflet-host" role="region" aria-label=${t('mapRegion')}></div>
            <div class="first-view" aria-hidden="true" @click=${this._onFirstViewClick}></div>
            ${this._map.tilesFailed ? html`<p class="tiles-failed" role="status">${t('mapTilesFailed')}</p>` : nothing}
            ${tiles.askVisitor && this._map.state !== 'failed'
              ? renderTilesChoice({
                  t,
                  source: tileSource(tiles.template!, t),
                  shown: this._consent.given,
                  onChoice: (show) => this._onTilesChoice(show),
                })
              : nothing}
            ${renderMapOverlay(t, this._map.state, !!feed)}
          </div>
          ${renderLegend(t, this._map.state === 'ready' ? attributionText(tiles.shown, this.attribution, t) : undefined)}
        </div>
      </div>
    </div>`;
  }
}
