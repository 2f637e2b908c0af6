import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageName } from '../../base/language-name.js';
import {
  findPlaces,
  isSimilarPrepared,
  prepareSimilarSlice,
  preparePlaceIndexSlice,
  sortByDistance,
  startPlaceIndex,
  type PlaceFilter,
  type PlaceIndex,
  type PlaceIndexBuild,
  type PlaceSearch,
} from '../../feed/search.js';
import type { Feed, LatLng, Place, PlaceKind } from '../../feed/types.js';
import { isFirstLook } from '../../feed/validate/first-look.js';

/** The longest slice of index building, in milliseconds. */
const SLICE_MS = 12;

export interface PlaceResultsOptions {
  /** The kinds' names in the current language: the search finds a place by them too. */
  kindLabels(): Record<PlaceKind, string>;
  /** Whether the first paint of the markers is still going on: idle work waits for it. */
  busy(): boolean;
}

/**
 * The places of the feed that match the filters, in order, for the list and the map. The
 * search index is built on first use or when the page is idle: without a filter the map and
 * the list need none.
 */
export class PlaceResults implements ReactiveController {
  /** The matching places, nearest first when an origin is given. */
  results: Place[] = [];
  /** No place holds the search text as typed: the results hold words spelled almost like it. */
  similar = false;
  byId = new Map<string, Place>();

  private _feed?: Feed;
  private _lang = '';
  private _index?: PlaceIndex;
  /** The index being built in idle time, until it is complete. */
  private _building?: PlaceIndexBuild;
  private _warmTimer?: ReturnType<typeof setTimeout>;
  /** The visitor has turned to the search: the words for typos are listed in idle time too. */
  private _searched = false;
  private _languages?: { feed: Feed | undefined; lang: string; options: Array<{ code: string; name: string }> };

  constructor(
    host: ReactiveControllerHost,
    private readonly options: PlaceResultsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this._warmTimer);
  }

  /** A new feed or language: returns true when the results must be filtered again. */
  setFeed(feed: Feed | undefined, lang: string): boolean {
    if (feed === this._feed && lang === this._lang) return false;
    this._feed = feed;
    this._lang = lang;
    this.byId = new Map((feed?.places ?? []).map((place) => [place.id, place]));
    this._index = undefined;
    this._building = undefined;
    this._searched = false;
    // Not for a first look: its places are not all read in full, and the whole feed follows.
    if (!isFirstLook(feed)) this._warmWhenIdle();
    return true;
  }

  filter(filter: PlaceFilter, origin: LatLng | undefined): void {
    // Without a feed there is no index, and no place either.
    const found: PlaceSearch =
      Object.keys(filter).length > 0 && this._ensureIndex() ? findPlaces(this._index!, filter) : { places: this._feed?.places ?? [], similar: false };
    this.similar = found.similar;
    // Places spelled closest to the search text stay first, nearest first among equals.
    this.results = origin ? sortByDistance(found.places, origin, { rank: found.spelling }) : found.places;
    if (filter.query) this.prepareSearch();
  }

  /** The visitor is about to search (the search box has focus): get ready for typos in idle time. */
  prepareSearch(): void {
    if (this._searched) return;
    this._searched = true;
    this._warmWhenIdle();
  }

  /**
   * Whether a search with typos would find the index and its words listed, or make them first.
   * @internal
   */
  get similarPrepared(): boolean {
    return !!this._index && isSimilarPrepared(this._index);
  }

  /** The languages spoken anywhere in the feed, by name; computed once per feed and language. */
  languageOptions(): Array<{ code: string; name: string }> {
    const { _feed: feed, _lang: lang } = this;
    if (this._languages && this._languages.feed === feed && this._languages.lang === lang) return this._languages.options;
    const codes = new Set<string>();
    for (const place of feed?.places ?? []) for (const code of place.languages) codes.add(code.split('-')[0]!.toLowerCase());
    const options = [...codes]
      .map((code) => ({ code, name: languageName(code, lang) }))
      .sort((a, b) => a.name.localeCompare(b.name, lang));
    this._languages = { feed, lang, options };
    return options;
  }

  /**
   * The search text and "nu open" table are prepared on first use; do that while the visitor
   * is still looking, so the first keystroke does not pay for 10,000 places. In idle slices:
   * in one piece it was a task of 0.2 s at 10,000 places (about 1 s at 50,000) that blocked
   * any click or scroll after the map had painted.
   */
  private _warmWhenIdle(): void {
    clearTimeout(this._warmTimer);
    const feed = this._feed;
    if (!feed) return;
    const later = (): void => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 2000 });
      else this._warmTimer = setTimeout(() => warm(), 0);
    };
    const warm = (deadline?: IdleDeadline): void => {
      if (feed !== this._feed) return;
      // Not while the map is still being drawn for the first time: the markers come first.
      if (this.options.busy()) {
        this._warmTimer = setTimeout(() => this._warmWhenIdle(), 300);
        return;
      }
      // Within the idle period, and never longer than SLICE_MS: an idle period may last 50 ms,
      // and a slice that fills it (plus a garbage collection) is a long task again.
      const until = performance.now() + SLICE_MS;
      const more = (): boolean => performance.now() < until && (!deadline || deadline.didTimeout || deadline.timeRemaining() > 1);
      if (!this._index) {
        this._building ??= this._startIndex(feed);
        const index = this._building.step(more);
        if (!index) return later();
        this._index = index;
        this._building = undefined;
        if (!more()) return later();
      }
      if (!preparePlaceIndexSlice(this._index, more) || (this._searched && !prepareSimilarSlice(this._index, more))) later();
    };
    // A pause first, so the first paint of list and markers is not delayed by idle work.
    this._warmTimer = setTimeout(later, 300);
  }

  /** The search index of the current feed, made now if it is not there yet. */
  private _ensureIndex(): boolean {
    const feed = this._feed;
    if (!feed) return false;
    this._index ??= (this._building ?? this._startIndex(feed)).finish();
    this._building = undefined;
    return true;
  }

  private _startIndex(feed: Feed): PlaceIndexBuild {
    const lang = this._lang;
    return startPlaceIndex(feed.places, lang, {
      categories: feed.categories,
      areas: feed.areas,
      kindLabels: this.options.kindLabels(),
      languageLabel: (code) => languageName(code, lang),
    });
  }
}
