import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { summarizeOpenStatus } from '../../feed/hours.js';
import { distanceInMeters } from '../../feed/search.js';
import { localize } from '../../feed/text.js';
import { feedLang, feedText } from '../../base/feed-lang.js';
import type { Feed, LatLng, Place } from '../../feed/types.js';
import { kindShape } from './kind-shape.js';
import { KIND_LABEL_KEYS } from '../../base/place/kinds.js';
import { addressLine } from '../../base/place/address.js';
import type { Translate } from '../../translations/registry.js';
import { hoursWords } from '../../translations/hours-words.js';

export interface ListContext {
  /** The places to show now: one page, never the whole feed. */
  places: readonly Place[];
  feed: Feed;
  lang: string;
  now: Date;
  t: Translate;
  /** The visitor's location, when "Bij mij in de buurt" is on. */
  origin?: LatLng;
  onOpen(event: Event): void;
}

/** Open-status lines by place, for one moment and language: a keystroke re-renders the same items. */
const openLines = new WeakMap<Place, { at: number; lang: string; text: unknown }>();

/** The open status of the place, else of its first activity with hours ("Koffie-inloop: …"). */
function openLine(place: Place, ctx: ListContext): unknown {
  const at = ctx.now.getTime();
  const known = openLines.get(place);
  if (known && known.at === at && known.lang === ctx.lang) return known.text;
  const text = computeOpenLine(place, ctx);
  openLines.set(place, { at, lang: ctx.lang, text });
  return text;
}

function computeOpenLine(place: Place, ctx: ListContext): unknown {
  const own = summarizeOpenStatus(place.hours, ctx.now, hoursWords(ctx.lang));
  if (own) return own;
  for (const activity of place.activities) {
    const summary = summarizeOpenStatus(activity.schedule, ctx.now, hoursWords(ctx.lang));
    if (summary) return html`${feedText(ctx, activity.name)}: ${summary}`;
  }
  return '';
}

function renderItem(place: Place, ctx: ListContext): TemplateResult {
  const { t } = ctx;
  const address = addressLine(place);
  const open = openLine(place, ctx);
  const distance = ctx.origin && place.location ? distanceInMeters(ctx.origin, place.location) : NaN;
  return html`<li class="item">
    <h3 class="item__title">
      <button type="button" class="item__open" data-id=${place.id}>
        <span dir="auto" lang=${feedLang(ctx, place.name) ?? nothing}>${localize(place.name, ctx.lang)}</span>
      </button>
    </h3>
    <p class="item__line kind">${kindShape(place.kind)} ${t(KIND_LABEL_KEYS[place.kind])}</p>
    ${open ? html`<p class="item__line item__open-status">${open}</p>` : nothing}
    <p class="item__line item__address">
      ${address}${address && !place.location ? ' · ' : ''}${place.location
        ? nothing
        : html`<span class="no-location">${t('mapNoLocation')}</span>`}${Number.isFinite(distance)
        ? html` · <span class="item__distance">${t('mapDistance', distance)}</span>`
        : nothing}
    </p>
  </li>`;
}

/** One page of the list. Clicks are caught once on the list, not per item. */
export function renderPlaceList(ctx: ListContext): TemplateResult {
  // The listener only catches clicks bubbling up from each item's button, which is the
  // keyboard path; the list itself is not a control.
  // eslint-disable-next-line lit-a11y/click-events-have-key-events
  return html`<ul class="list" aria-labelledby="list-title" @click=${ctx.onOpen}>
    ${repeat(
      ctx.places,
      (place) => place.id,
      (place) => renderItem(place, ctx),
    )}
  </ul>`;
}
