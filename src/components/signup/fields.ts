import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { languageName } from '../../base/language-name.js';
import { feedLang, PART, withParts } from '../../base/feed-lang.js';
import { localize } from '../../feed/text.js';
import type { Feed, LocalizedText, Opportunity } from '../../feed/types.js';
import { WEEKDAYS } from '../../feed/types.js';
import type { Translate } from '../../translations/registry.js';
import { DAY_PARTS, MAX_LENGTH, type DayPart, type ErrorCode, type SignupValues } from './values.js';

/**
 * The fields of the sign-up form, one template each, and the error texts on them. They draw
 * what the element hands them in a `SignupView`; the element keeps the state.
 */

/** A field error: a code from the form's checks, or the receiver's own words. */
export interface FieldError {
  code?: ErrorCode;
  text?: string;
}

/** What every field template reads: the feed, the words, what is typed and what is wrong. */
export interface SignupView {
  feed: Feed;
  /** The element's language (feed texts are chosen in it). */
  lang: string;
  t: Translate;
  values: SignupValues;
  errors: Partial<Record<string, FieldError>>;
  /** Feed text with its own `lang` when it is not in the kit's language. */
  feedText(value: LocalizedText | undefined): TemplateResult | string;
  onText(event: Event): void;
  onCheck(event: Event): void;
  /** Draws a field's error; from the checking code's chunk (`errors.ts`), once it is there. */
  fieldError?(view: SignupView, field: string): TemplateResult;
}

type TextField = 'name' | 'email' | 'phone' | 'area' | 'postcode' | 'talentsOther';

/** Languages offered besides those the feed mentions: the most spoken in Dutch neighbourhoods. */
const COMMON_LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'so', 'ti'];

/** The oldest age any chosen task asks for, at least 16. */
export function minAge(feed: Feed, values: SignupValues): number {
  const chosen = feed.opportunities.filter((o) => values.opportunities.includes(o.id));
  return Math.max(16, ...chosen.map((o) => o.minAge ?? 0));
}

export function titles(feed: Feed, ids: readonly string[], lang: string): string[] {
  return feed.opportunities.filter((o) => ids.includes(o.id)).map((o) => localize(o.title, lang));
}

const dayNamesByLanguage = new Map<string, ReadonlyArray<{ short: string; long: string }>>();

const week = (short: string[], long: string[]): ReadonlyArray<{ short: string; long: string }> =>
  long.map((name, index) => ({ short: short[index]!, long: name }));

/**
 * Dutch and English weekdays written out: the page's first date formatter costs about 25 ms
 * (the browser loads its calendar data), in the form's first render. A test checks them
 * against Intl; other languages ask Intl.
 */
const DAY_NAMES: Readonly<Record<string, ReadonlyArray<{ short: string; long: string }>>> = {
  nl: week(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'], ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']),
  en: week(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']),
};

/**
 * The weekdays, Monday first, short and long, in `lang`. Made once per language: a date
 * formatter costs a millisecond or two to make (the page's first one about 25 ms), and the
 * form shows its availability grid on every render.
 */
export function dayNames(lang: string): ReadonlyArray<{ short: string; long: string }> {
  const language = lang.toLowerCase().split('-')[0]!;
  let names = dayNamesByLanguage.get(lang) ?? (Object.hasOwn(DAY_NAMES, language) ? DAY_NAMES[language] : undefined);
  if (names) return names;
  const formatter = (weekday: 'short' | 'long' | 'narrow'): Intl.DateTimeFormat => {
    try {
      return new Intl.DateTimeFormat(lang, { weekday, timeZone: 'UTC' });
    } catch {
      return new Intl.DateTimeFormat('nl', { weekday, timeZone: 'UTC' });
    }
  };
  const short = formatter('short');
  const long = formatter('long');
  const narrow = formatter('narrow');
  // 1 January 2024 was a Monday; noon UTC is the same day in every time zone we serve.
  names = WEEKDAYS.map((_, index) => {
    const date = new Date(Date.UTC(2024, 0, 1 + index, 12));
    const name = long.format(date);
    const brief = short.format(date);
    const initial = narrow.format(date);
    // Arabic has no short weekday names: the whole word broke into loose letters in a grid
    // column, so take the letter Arabic calendars use (not a Latin one Intl falls back to).
    return { short: brief === name && !/\w/.test(initial) ? initial : brief, long: name };
  });
  dayNamesByLanguage.set(lang, names);
  return names;
}

export function partNames(t: Translate): Record<DayPart, string> {
  return { morning: t('signupMorning'), afternoon: t('signupAfternoon'), evening: t('signupEvening') };
}

/** "mo-morning" as "maandag ochtend", in the element's language. */
export function slotNames(view: SignupView, slots: readonly string[]): string[] {
  const days = dayNames(view.lang);
  const parts: Record<string, string> = partNames(view.t);
  return slots.map((slot) => {
    const [day, part] = slot.split('-');
    const index = WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]);
    return index === -1 ? slot : view.t('signupSlot', days[index]!.long, parts[part!] ?? part!);
  });
}

export function languageOptions(feed: Feed, values: SignupValues): string[] {
  const codes = new Set<string>();
  for (const o of feed.opportunities) o.languages.forEach((l) => codes.add(l));
  for (const code of COMMON_LANGUAGES) codes.add(code);
  for (const p of feed.places) p.languages.forEach((l) => codes.add(l));
  for (const code of values.languages) codes.add(code);
  return [...codes].filter((c) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u.test(c));
}

export function describedBy(view: SignupView, field: string, hint = false): string | typeof nothing {
  // "One of the two is enough" stands above both fields; a screen reader hears it in each.
  const shared = field === 'email' || field === 'phone' ? 'signup-contact-hint' : '';
  const ids = [shared, hint ? `signup-${field}-hint` : '', view.errors[field] ? `signup-${field}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

/** The error under a field, drawn by the checking code (errors exist only once it ran). */
export function renderError(view: SignupView, field: string): TemplateResult | typeof nothing {
  return view.errors[field] && view.fieldError ? view.fieldError(view, field) : nothing;
}

export function renderTextField(
  view: SignupView,
  field: TextField,
  label: string,
  options: { type?: string; autocomplete?: string; hint?: string; inputmode?: string } = {},
): TemplateResult {
  const invalid = Boolean(view.errors[field]);
  return html`<div class="field ${invalid ? 'field--error' : ''}">
    <label class="label" for="signup-${field}">${label}</label>
    ${options.hint ? html`<span class="hint" id="signup-${field}-hint">${options.hint}</span>` : nothing}
    ${renderError(view, field)}
    <input
      id="signup-${field}"
      name=${field}
      type=${options.type ?? 'text'}
      autocomplete=${options.autocomplete ?? 'off'}
      inputmode=${options.inputmode ?? nothing}
      spellcheck="false"
      maxlength=${MAX_LENGTH[field] + 50}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(view, field, Boolean(options.hint))}
      .value=${live(view.values[field])}
      @input=${view.onText}
    />
  </div>`;
}

export function renderOpportunity(view: SignupView, o: Opportunity, index: number): TemplateResult {
  const { feed, lang, t } = view;
  const place = o.place ? feed.places.find((p) => p.id === o.place) : undefined;
  const info = [
    place ? withParts(t('signupTaskPlace', PART), [view.feedText(place.name)]) : '',
    o.when ? withParts(t('signupTaskWhen', PART), [view.feedText(o.when)]) : '',
    o.contact?.name ? t('signupTaskContact', o.contact.name) : '',
    o.minAge && o.minAge > 16 ? t('signupTaskMinAge', o.minAge) : '',
  ].filter(Boolean);
  const description = localize(o.description, lang);
  const infoId = `signup-task-${index}-info`;
  return html`<div class="task">
    <div class="choice">
      <input
        type="checkbox"
        id="signup-task-${index}"
        name="opportunities"
        .value=${o.id}
        .checked=${live(view.values.opportunities.includes(o.id))}
        aria-describedby=${infoId}
        @change=${view.onCheck}
      />
      <label for="signup-task-${index}" class="task__title">${view.feedText(o.title)}</label>
    </div>
    <ul class="task__info" id=${infoId}>
      ${description ? html`<li>${view.feedText(o.description)}</li>` : nothing} ${info.map((line) => html`<li>${line}</li>`)}
    </ul>
  </div>`;
}

export function renderChoices(
  view: SignupView,
  field: 'talents' | 'languages',
  legend: string,
  items: Array<{ id: string; label: string | TemplateResult }>,
): TemplateResult {
  return html`<fieldset id="signup-${field}" aria-describedby=${describedBy(view, field)}>
    <legend>${legend}</legend>
    ${renderError(view, field)}
    <div class="choices">
      ${items.map(
        (item, index) => html`<div class="choice">
          <input
            type="checkbox"
            id="signup-${field}-${index}"
            name=${field}
            .value=${item.id}
            .checked=${live(view.values[field].includes(item.id))}
            @change=${view.onCheck}
          />
          <label for="signup-${field}-${index}">${item.label}</label>
        </div>`,
      )}
    </div>
  </fieldset>`;
}

export function renderLanguages(view: SignupView): TemplateResult {
  const options = languageOptions(view.feed, view.values).map((code) => ({ id: code, label: languageName(code, view.lang) }));
  return renderChoices(view, 'languages', view.t('signupLanguagesLegend'), options);
}

/**
 * Whether a short day name is not the start of its whole name: Arabic's single letters,
 * Turkish "Pzt" for Pazartesi, Ukrainian "пн". Beside a box named "Pazartesi sabah" a speech
 * user saying "Pzt" would not find it (WCAG 2.5.3, label in name), and one letter says too
 * little, so the narrow layout writes those days out.
 */
const shortDaysAbbreviate = (days: ReadonlyArray<{ short: string; long: string }>, lang: string): boolean =>
  days.some(({ short, long }) => !long.toLocaleLowerCase(lang).startsWith(short.replace(/\.$/, '').toLocaleLowerCase(lang)));

/**
 * Whether the short day names are longer than Dutch 'ma': 'Mon', 'pon.', '周一' broke inside
 * the word ('Mo' over 'n') in a column of a 320px phone.
 */
const shortDaysWide = (days: ReadonlyArray<{ short: string }>): boolean => days.some(({ short }) => short.length > 2 || /[\u2e80-\ud7af]/.test(short));

/**
 * The roles keep the table a table where a narrow form turns its rows into groups
 * (signup.styles.ts): WebKit drops a table's semantics when CSS changes its display. The
 * head, hidden there, needs none.
 */
export function renderAvailability(view: SignupView): TemplateResult {
  const { t } = view;
  const days = dayNames(view.lang);
  const parts = partNames(t);
  const long = shortDaysAbbreviate(days, view.lang);
  return html`<fieldset id="signup-availability" aria-describedby=${describedBy(view, 'availability', true)}>
    <legend>${t('signupAvailabilityLegend')}</legend>
    <span class="hint" id="signup-availability-hint">${t('signupAvailabilityHint')}</span>
    ${renderError(view, 'availability')}
    <div class="grid-scroll ${long ? 'days--long' : ''} ${shortDaysWide(days) ? 'days--wide' : ''}">
      <table role="table">
        <thead>
          <tr>
            <th scope="col"><span class="visually-hidden">${t('signupDayPart')}</span></th>
            ${days.map((day) => html`<th scope="col"><abbr title=${day.long}>${day.short}</abbr></th>`)}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${DAY_PARTS.map(
            (part) => html`<tr role="row">
              <th scope="row" role="rowheader">${parts[part]}</th>
              ${WEEKDAYS.map((day, index) => {
                const slot = `${day}-${part}`;
                return html`<td role="cell">
                  <label class="slot">
                    <input
                      type="checkbox"
                      name="availability"
                      .value=${slot}
                      .checked=${live(view.values.availability.includes(slot))}
                      @change=${view.onCheck}
                    />
                    <span class="slot__day" aria-hidden="true">${long ? days[index]!.long : days[index]!.short}</span>
                    <span class="visually-hidden">${t('signupSlot', days[index]!.long, parts[part])}</span>
                  </label>
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </fieldset>`;
}

export function renderCheckbox(view: SignupView, field: 'ageConfirmed' | 'consent', label: string, hint: TemplateResult): TemplateResult {
  const invalid = Boolean(view.errors[field]);
  return html`<div class="field ${invalid ? 'field--error' : ''}">
    ${renderError(view, field)}
    <div class="choice">
      <input
        type="checkbox"
        id="signup-${field}"
        name=${field}
        .checked=${live(view.values[field])}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy(view, field, true)}
        @change=${view.onCheck}
      />
      <label for="signup-${field}">${label}</label>
    </div>
    <div class="hint" id="signup-${field}-hint">${hint}</div>
  </div>`;
}

export function renderArea(view: SignupView): TemplateResult {
  const { feed, t } = view;
  if (feed.areas.length === 0) return renderTextField(view, 'area', t('signupArea'), { autocomplete: 'address-level3' });
  const invalid = Boolean(view.errors.area);
  return html`<div class="field ${invalid ? 'field--error' : ''}">
    <label class="label" for="signup-area">${t('signupArea')}</label>
    ${renderError(view, 'area')}
    <select
      id="signup-area"
      name="area"
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(view, 'area')}
      @change=${view.onText}
    >
      <option value="" ?selected=${view.values.area === ''}>${t('signupAreaNone')}</option>
      ${feed.areas.map((area) => html`<option value=${area.id} ?selected=${view.values.area === area.id} lang=${feedLang(view, area.name) ?? nothing}>${localize(area.name, view.lang)}</option>`)}
    </select>
  </div>`;
}

export function renderMessage(view: SignupView): TemplateResult {
  const invalid = Boolean(view.errors.message);
  return html`<div class="field ${invalid ? 'field--error' : ''}">
    <label class="label" for="signup-message">${view.t('signupMessage')}</label>
    ${renderError(view, 'message')}
    <textarea
      id="signup-message"
      name="message"
      rows="4"
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(view, 'message')}
      .value=${live(view.values.message)}
      @input=${view.onText}
    ></textarea>
  </div>`;
}
