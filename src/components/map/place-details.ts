import { html, nothing, type TemplateResult } from 'lit';
import { renderTextWithTerms } from '../../base/term.js';
import { describeWeek, summarizeOpenStatus, upcomingExceptions } from '../../feed/hours.js';
import { localize } from '../../feed/text.js';
import { feedLang, feedText, PART, withParts } from '../../base/feed-lang.js';
import { languageName } from '../../base/language-name.js';
import type { Activity, Audience, Feed, LocalizedText, Place, Schedule } from '../../feed/types.js';
import type { Translate } from '../../translations/registry.js';
import { kindShape } from './kind-shape.js';
import { KIND_LABEL_KEYS } from '../../base/place/kinds.js';
import { weekTable } from '../../base/place/week-table.js';
import { mailtoHref, telHref, webHref } from '../../feed/links.js';
import { addressLine } from '../../base/place/address.js';
import { phoneText } from '../../base/phone-text.js';
import { hoursWords } from '../../translations/hours-words.js';
import { list } from '../../translations/format.js';


export interface DetailsContext {
  place: Place;
  feed: Feed;
  lang: string;
  now: Date;
  t: Translate;
  /** A link that opens this place on this page. */
  shareUrl: string;
  /** Whether "Toon op de kaart" makes sense (the place has a location and a map can show). */
  canShowOnMap: boolean;
  onClose(): void;
  onShowOnMap(): void;
}

function formatDate(isoDate: string, lang: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}

function text(ctx: DetailsContext, value: LocalizedText | undefined): TemplateResult | typeof nothing {
  const content = localize(value, ctx.lang);
  // dir="auto" always: a text in the kit's language may still be a name in Arabic script.
  return content
    ? html`<span dir="auto" lang=${feedLang(ctx, value) ?? nothing}
        >${renderTextWithTerms(content, ctx.feed, ctx.lang, value)}</span
      >`
    : nothing;
}

function audienceText(ctx: DetailsContext, audience: Audience | undefined): string {
  if (!audience) return '';
  const groupKeys = {
    parents: 'mapAudienceParents',
    children: 'mapAudienceChildren',
    youth: 'mapAudienceYouth',
    everyone: 'mapAudienceEveryone',
  } as const;
  const groups = list(ctx.lang, audience.groups.map((group) => ctx.t(groupKeys[group])));
  const ages = ctx.t('mapAges', audience.minAge, audience.maxAge);
  const line = [groups, ages].filter(Boolean).join(' · ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}

function renderWeek(ctx: DetailsContext, schedule: Schedule, caption: unknown, onlyOpenDays = false): TemplateResult {
  const rows = describeWeek(schedule, hoursWords(ctx.lang)).filter((row) => !onlyOpenDays || row.periods.length > 0);
  return weekTable(rows, { className: 'week', caption, closed: ctx.t('mapClosedDay') });
}

function renderExceptions(ctx: DetailsContext, schedule: Schedule): TemplateResult | typeof nothing {
  const upcoming = upcomingExceptions(schedule, ctx.now, 30, hoursWords(ctx.lang));
  if (upcoming.length === 0) return nothing;
  return html`<p class="details__subhead">${ctx.t('mapExceptions')}</p>
    <ul class="exceptions">
      ${upcoming.map((item) => html`<li>${item.text}${item.note ? html` — ${text(ctx, item.note)}` : nothing}</li>`)}
    </ul>`;
}

function renderHours(ctx: DetailsContext): TemplateResult {
  const hours = ctx.place.hours;
  const summary = summarizeOpenStatus(hours, ctx.now, hoursWords(ctx.lang));
  const hasWeek = !!hours && hours.weekly.length > 0;
  return html`<section class="details__section" aria-labelledby="details-hours">
    <h3 id="details-hours">${ctx.t('mapHours')}</h3>
    ${summary ? html`<p class="open-status"><strong>${summary}</strong></p>` : nothing}
    ${hours?.note ? html`<p>${text(ctx, hours.note)}</p>` : nothing}
    ${hasWeek ? renderWeek(ctx, hours, ctx.t('mapHours')) : nothing}
    ${hours ? renderExceptions(ctx, hours) : nothing}
    ${!summary && !hours?.note ? html`<p>${ctx.t('mapHoursUnknown')}</p>` : nothing}
  </section>`;
}

function renderActivity(ctx: DetailsContext, activity: Activity): TemplateResult {
  const name = feedText(ctx, activity.name);
  const summary = summarizeOpenStatus(activity.schedule, ctx.now, hoursWords(ctx.lang));
  const audience = audienceText(ctx, activity.audience);
  return html`<li class="activity">
    <h4>${text(ctx, activity.name)}</h4>
    ${summary ? html`<p class="open-status"><strong>${summary}</strong></p>` : nothing}
    ${activity.description ? html`<p>${text(ctx, activity.description)}</p>` : nothing}
    ${audience ? html`<p>${ctx.t('mapForWhom')}: ${audience}</p>` : nothing}
    ${activity.schedule.note ? html`<p>${text(ctx, activity.schedule.note)}</p>` : nothing}
    ${activity.schedule.weekly.length ? renderWeek(ctx, activity.schedule, name, true) : nothing}
    ${renderExceptions(ctx, activity.schedule)}
  </li>`;
}

function renderContact(ctx: DetailsContext): TemplateResult | typeof nothing {
  const { phone, email, website } = ctx.place.contact;
  const tel = telHref(phone);
  const mail = mailtoHref(email);
  const web = webHref(website);
  if (!tel && !mail && !web) return nothing;
  return html`<section class="details__section" aria-labelledby="details-contact">
    <h3 id="details-contact">${ctx.t('mapContact')}</h3>
    <ul class="contact">
      ${tel ? html`<li><a href=${tel}>${ctx.t('mapPhone', phoneText(phone!))}</a></li>` : nothing}
      ${mail ? html`<li><a href=${mail}>${ctx.t('mapEmail', email!)}</a></li>` : nothing}
      ${web
        ? html`<li>
            <a href=${web} rel="noopener noreferrer" target="_blank"
              >${ctx.t('mapWebsite')}: ${new URL(web).host}<span class="visually-hidden"> ${ctx.t('opensInNewWindow')}</span></a
            >
          </li>`
        : nothing}
    </ul>
  </section>`;
}

/**
 * Everything a resident needs to decide to go there: what, for whom, where, when, in which
 * languages and how to reach them. Feed text goes in as text only; glossary terms are
 * explainable buttons.
 */
export function renderPlaceDetails(ctx: DetailsContext): TemplateResult {
  const { place, t } = ctx;
  const categories = ctx.feed.categories
    .filter((category) => place.categories.includes(category.id))
    .map((category) => feedText(ctx, category.label));
  const address = addressLine(place);
  const audience = audienceText(ctx, place.audience);
  return html`<div class="details__bar">
      <button type="button" class="button button--secondary" @click=${ctx.onClose}>
        <span class="details__back-arrow" aria-hidden="true">←</span> ${t('mapBackToList')}
      </button>
      ${ctx.canShowOnMap
        ? html`<button type="button" class="button button--secondary" @click=${ctx.onShowOnMap}>${t('mapShowOnMap')}</button>`
        : nothing}
    </div>
    <h2 id="details-title" class="details__title" tabindex="-1">${text(ctx, place.name)}</h2>
    <p class="kind">${kindShape(place.kind)}
      <span>${t(KIND_LABEL_KEYS[place.kind])}${categories.length
        ? html` · ${withParts(list(ctx.lang, categories.map(() => PART)), categories)}`
        : nothing}</span></p>
    ${place.description ? html`<p class="details__description">${text(ctx, place.description)}</p>` : nothing}
    ${audience || place.audience?.description
      ? html`<section class="details__section" aria-labelledby="details-audience">
          <h3 id="details-audience">${t('mapForWhom')}</h3>
          ${audience ? html`<p>${audience}</p>` : nothing}
          ${place.audience?.description ? html`<p>${text(ctx, place.audience.description)}</p>` : nothing}
        </section>`
      : nothing}
    <section class="details__section" aria-labelledby="details-address">
      <h3 id="details-address">${t('mapAddress')}</h3>
      ${address ? html`<p>${address}</p>` : nothing}
      ${place.location ? nothing : html`<p class="no-location">${t('mapNoLocation')}</p>`}
    </section>
    ${renderHours(ctx)}
    ${place.activities.length
      ? html`<section class="details__section" aria-labelledby="details-activities">
          <h3 id="details-activities">${t('mapActivities')}</h3>
          <ul class="activities">
            ${place.activities.map((activity) => renderActivity(ctx, activity))}
          </ul>
        </section>`
      : nothing}
    ${place.languages.length
      ? html`<section class="details__section" aria-labelledby="details-languages">
          <h3 id="details-languages">${t('mapLanguages')}</h3>
          <p>${list(ctx.lang, place.languages.map((code) => languageName(code, ctx.lang)))}</p>
        </section>`
      : nothing}
    ${renderContact(ctx)}
    ${place.accessibility
      ? html`<section class="details__section" aria-labelledby="details-accessibility">
          <h3 id="details-accessibility">${t('mapAccessibility')}</h3>
          <p>${text(ctx, place.accessibility)}</p>
        </section>`
      : nothing}
    <p class="details__footer">
      ${place.source ? html`<span class="details__source">${t('mapSource')} <span dir="auto">${place.source}</span>.</span> ` : nothing}
      ${place.lastChecked ? html`${t('mapLastChecked', formatDate(place.lastChecked, ctx.lang))} ` : nothing}
      <a href=${ctx.shareUrl}>${t('mapShareLink')}</a>
    </p>`;
}
