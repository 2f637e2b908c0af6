import { html, nothing, type TemplateResult } from 'lit';
import { languageName } from '../../base/language-name.js';
import { addressLine } from '../../base/place/address.js';
import { PART, withParts } from '../../base/feed-lang.js';
import { KIND_LABEL_KEYS } from '../../base/place/kinds.js';
import { weekTable } from '../../base/place/week-table.js';
import type * as Hours from '../../feed/hours.js';
import type { LocalizedText, Place } from '../../feed/types.js';
import { list } from '../../translations/format.js';
import { hoursWords } from '../../translations/hours-words.js';
import { renderLinks, renderPhone } from './contact-lines.js';
import type { GuideView } from './guide-view.js';

/**
 * A place from the feed named in an advice: what it is, whether it is open now, how to
 * reach it, and either "Toon op de kaart" (when a `<buurt-map>` is on the page) or the
 * details folded out in place. The hours table, kind labels and address line are the
 * map's too (src/base/place/).
 */

// Opening hours only matter once an advice names a place, so their code (the time-zone
// arithmetic) is fetched then, not with the first question.
let hoursModule: typeof Hours | undefined;
let hoursLoading: Promise<typeof Hours> | undefined;
function loadHours(): Promise<typeof Hours> {
  return (hoursLoading ??= import('../../feed/hours.js').then((module) => (hoursModule = module)));
}

/** The opening-hours module once loaded; until then places show without "Nu open", and `onLoad` runs when it arrives. */
export function loadedHours(onLoad: () => void): typeof Hours | undefined {
  if (!hoursModule) {
    void loadHours().then(
      onLoad,
      () => undefined, // Offline: the advice stays, without opening hours.
    );
  }
  return hoursModule;
}

/** What a `<buurt-map>` offers the guide; its definition may not be loaded yet. */
export type MapLike = HTMLElement & { selected?: string | null };

/** A `<buurt-map>` in the same shadow root as `host`, else on the page, for "Toon op de kaart". */
export function findMap(host: Element): MapLike | undefined {
  const root = host.getRootNode();
  const inRoot = root instanceof ShadowRoot ? root.querySelector<MapLike>('buurt-map') : null;
  return inRoot ?? document.querySelector<MapLike>('buurt-map') ?? undefined;
}

/** Selects `place` on the map and scrolls the map into view (without motion when the visitor asked for less). */
export function showOnMap(map: MapLike, place: Place): void {
  map.selected = place.id;
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  map.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'start' });
}

function renderAddress(view: GuideView, place: Place): TemplateResult | typeof nothing {
  const line = addressLine(place);
  return line ? html`<p class="contact__address"><span class="visually-hidden">${view.t('guideAddress')}: </span>${line}</p>` : nothing;
}

function renderDetails(view: GuideView, place: Place, hours: typeof Hours | undefined): TemplateResult {
  const week = hours?.hasOpeningHours(place.hours) ? hours.describeWeek(place.hours!, hoursWords(view.lang)) : [];
  // One inline wrapper in the summary (a flex box): as loose flex items the words and the place's name, in a
  // span of its own language, were squeezed into columns side by side ('Mo|re ab|ou|t' beside the name).
  return html`<details class="contact__details">
    <summary><span>${withParts(view.t('guideMoreAbout', PART), [view.plain(place.name)])}</span></summary>
    <div class="contact__details-body">
      ${place.description ? html`<p>${view.text(place.description)}</p>` : nothing}
      ${week.length ? weekTable(week, { className: 'hours', caption: view.t('guideOpeningHours'), showCaption: true, closed: view.t('guideClosed') }) : nothing}
      ${place.hours?.note ? html`<p>${view.text(place.hours.note)}</p>` : nothing}
      ${place.accessibility ? html`<p><strong>${view.t('guideAccessibility')}:</strong> ${view.text(place.accessibility)}</p>` : nothing}
      ${place.languages.length
        ? html`<p><strong>${view.t('guideLanguages')}:</strong> ${list(view.lang, place.languages.map((code) => languageName(code, view.lang)))}</p>`
        : nothing}
      ${renderLinks(view, place.contact.email, place.contact.website)}
    </div>
  </details>`;
}

export interface PlaceCardOptions {
  /** The advice's own words about this place. */
  note?: LocalizedText;
  /** The opening-hours module, when loaded (see `loadedHours`). */
  hours?: typeof Hours;
  /** "Toon op de kaart" instead of the folded details, when a map is on the page. */
  onShowOnMap?: () => void;
}

export function renderPlaceCard(view: GuideView, place: Place, options: PlaceCardOptions): TemplateResult {
  const open = options.hours?.summarizeOpenStatus(place.hours, new Date(), hoursWords(view.lang));
  return html`<li class="contact" part="contact">
    <h5 class="contact__name">${view.text(place.name)}</h5>
    <p class="contact__kind">${view.t(KIND_LABEL_KEYS[place.kind] ?? 'kindProfessional')}</p>
    ${open ? html`<p class="contact__open">${open}</p>` : nothing}
    ${options.note ? html`<p class="contact__note">${view.text(options.note)}</p>` : nothing}
    ${renderPhone(view, place.contact.phone)} ${renderAddress(view, place)}
    ${options.onShowOnMap
      ? html`<button type="button" class="map-button" @click=${options.onShowOnMap}>
          ${view.t('guideShowOnMap')}<span class="visually-hidden">: ${view.plain(place.name)}</span>
        </button>`
      : renderDetails(view, place, options.hours)}
  </li>`;
}
