import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '../../feed/text.js';
import { feedLang, type FeedWords } from '../../base/feed-lang.js';
import { PLACE_KINDS, type Feed, type LatLng, type Place, type PlaceKind } from '../../feed/types.js';
import { kindShape } from './kind-shape.js';
import { KIND_LABEL_KEYS } from '../../base/place/kinds.js';
import type { MapState } from './map-view-controller.js';
import { renderPlaceDetails, type DetailsContext } from './place-details.js';
import type { Translate } from '../../translations/registry.js';
import { renderPlaceList } from './place-list.js';

export interface ListPartContext {
  feed: Feed | undefined;
  results: readonly Place[];
  limit: number;
  /**
   * In the first frame with places, only this many entries (about a screenful); the rest of
   * the page, and its "Toon meer", follow in the next frame.
   */
  firstFrame?: number;
  lang: string;
  now: Date;
  t: Translate;
  origin?: LatLng;
  /** Whether a filter or search narrows the list: then the empty state offers to clear them. */
  narrowed: boolean;
  onOpen(event: Event): void;
  onClear(): void;
  onShowMore(): void;
}

/** The list of places (one page of it), or why it is empty. */
export function renderListPart(ctx: ListPartContext): TemplateResult {
  const { feed, t } = ctx;
  if (!feed) return html`<div class="placeholder"><p>${t('loading')}</p></div>`;
  const total = ctx.results.length;
  const shown = ctx.results.slice(0, ctx.firstFrame ? Math.min(ctx.limit, ctx.firstFrame) : ctx.limit);
  const more = ctx.firstFrame ? 0 : total - shown.length;
  return html`<h2 id="list-title" class="list-title" tabindex="-1">${t('mapPlaces')}</h2>
    ${total === 0
      ? html`<div class="empty">
          ${feed.places.length === 0
            ? html`<p>${t('mapNoPlaces')}</p>`
            : html`<p><strong>${t('mapNoResults')}</strong></p>
                <p>${t('mapNoResultsHelp')}</p>
                ${ctx.narrowed
                  ? html`<button type="button" class="button" @click=${ctx.onClear}>${t('mapClearFilters')}</button>`
                  : nothing}`}
        </div>`
      : renderPlaceList({ places: shown, feed, lang: ctx.lang, now: ctx.now, t, origin: ctx.origin, onOpen: ctx.onOpen })}
    ${more > 0
      ? html`<button type="button" class="button button--secondary more-button" @click=${ctx.onShowMore}>
          ${t('mapShowMore', shown.length, total)}
        </button>`
      : nothing}`;
}

/** What covers the map area while it loads, or when it cannot. */
export function renderMapOverlay(t: Translate, state: MapState, hasFeed: boolean): TemplateResult | typeof nothing {
  if (state === 'failed') return html`<div class="overlay"><p role="alert">${t('mapMapFailed')}</p></div>`;
  // With the places there, the first view shows their markers while Leaflet loads (first-view.ts).
  if ((state === 'loading' || state === 'ready') && !hasFeed) {
    return html`<div class="overlay overlay--quiet"><p>${t('mapLoadingMap')}</p></div>`;
  }
  return nothing;
}

/** The marker shapes explained, and the attribution once the map is there. */
export function renderLegend(t: Translate, attribution: string | undefined): TemplateResult {
  return html`<div class="legend" part="legend">
    <p class="visually-hidden" id="legend-title">${t('mapLegend')}</p>
    <ul class="legend__list" aria-labelledby="legend-title">
      ${PLACE_KINDS.map((kind) => html`<li>${kindShape(kind)} ${t(KIND_LABEL_KEYS[kind])}</li>`)}
    </ul>
    ${attribution !== undefined
      ? html`<p class="attribution">Leaflet${attribution ? html` | ${attribution}` : nothing}</p>`
      : nothing}
  </div>`;
}

/** A text per kind, from a table of translation keys (labels, marker letters). */
export function kindTexts(t: Translate, keys: Record<PlaceKind, Parameters<Translate>[0]>): Record<PlaceKind, string> {
  return Object.fromEntries(PLACE_KINDS.map((kind) => [kind, t(keys[kind] as never)])) as Record<PlaceKind, string>;
}

/** The label by a marker: the place's name and kind. */
export function renderMarkerLabel(place: Place | undefined, words: FeedWords): TemplateResult {
  if (!place) return html``;
  return html`<span dir="auto"
    ><strong lang=${feedLang(words, place.name) ?? nothing}>${localize(place.name, words.lang)}</strong><br />${words.t(KIND_LABEL_KEYS[place.kind])}</span
  >`;
}

/** The details of the open place; Escape closes them. */
export function renderDetailsPart(
  ctx: DetailsContext & { onKeydown(event: KeyboardEvent): void },
): TemplateResult {
  return html`<section class="details" part="details" aria-labelledby="details-title" @keydown=${ctx.onKeydown}>
    ${renderPlaceDetails(ctx)}
  </section>`;
}

type View = 'map' | 'list';

export interface StatusRowContext {
  t: Translate;
  /** How many places match; nothing is said while the feed is loading (undefined). */
  count: number | undefined;
  /** They match a word spelled almost like the search text, not the text as typed. */
  similar?: boolean;
  view: View;
  onSwitch(view: View): void;
}

/**
 * How many places match (and, when `similar`, that they match a word spelled almost like the
 * search text), and the Kaart | Lijst switch of a narrow screen.
 */
export function renderStatusRow({ t, count, similar = false, view, onSwitch }: StatusRowContext): TemplateResult {
  const button = (value: View, label: string): TemplateResult =>
    html`<button type="button" value=${value} aria-pressed=${view === value} @click=${() => onSwitch(value)}>${label}</button>`;
  return html`<div class="status-row">
    <p class="count" role="status">${count === undefined ? '' : t(similar ? 'mapCountSimilar' : 'mapCount', count)}</p>
    <div class="switch" role="group" aria-label=${t('mapViewSwitch')}>
      ${button('map', t('mapShowMap'))} ${button('list', t('mapShowList'))}
    </div>
  </div>`;
}

export interface TilesChoiceContext {
  t: Translate;
  /** Who serves the tiles, as the visitor should read it: "PDOK (Kadaster)" or a host name. */
  source: string;
  /** Whether the visitor said yes (then the choice can be taken back). */
  shown: boolean;
  /** true: show the tiles; false: take the yes back. */
  onChoice(show: boolean): void;
}

/**
 * The visitor's choice about the map with streets, in the map itself: a button that loads the
 * tiles from the third party it names, with why; once shown, a button that turns them off.
 */
export function renderTilesChoice(ctx: TilesChoiceContext): TemplateResult {
  const { t } = ctx;
  if (ctx.shown) {
    return html`<button type="button" class="button button--secondary tiles-hide" @click=${() => ctx.onChoice(false)}>${t('mapTilesHide')}</button>`;
  }
  return html`<div class="tiles-offer">
    <button type="button" class="button tiles-show" aria-describedby="tiles-why" @click=${() => ctx.onChoice(true)}>
      ${t('mapTilesShow', ctx.source)}
    </button>
    <p id="tiles-why" class="hint">${t('mapTilesWhy', ctx.source)}</p>
  </div>`;
}
