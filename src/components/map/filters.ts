import { html, nothing, type TemplateResult } from 'lit';
import { AGE_GROUPS } from '../../feed/search.js';
import { localize } from '../../feed/text.js';
import { feedLang } from '../../base/feed-lang.js';
import { PLACE_KINDS, type Feed } from '../../feed/types.js';
import { SELECT_FILTERS, type FilterChange, type FilterState, type SelectFilter } from './filter-state.js';
import type { GeoState } from './geolocation-controller.js';
import { KIND_LABEL_KEYS } from '../../base/place/kinds.js';
import type { Translate } from '../../translations/registry.js';

export interface FiltersContext {
  feed: Feed | undefined;
  filters: FilterState;
  lang: string;
  t: Translate;
  geo: GeoState;
  open: boolean;
  /** The languages spoken in the feed, by name; only asked for while the filters are open. */
  languages(): Array<{ code: string; name: string }>;
  /** The visitor changed the search text or a filter. */
  onChange(change: FilterChange): void;
  /** The search box got focus: typing follows. */
  onSearchFocus(): void;
  onNearMe(): void;
  /** "Filters" was opened or closed. */
  onToggle(open: boolean): void;
  onClear(): void;
}

/** `lang`: the label's own language, when it is feed text in another language than the kit's words. */
type Option = { value: string; label: string; lang?: string | undefined };

/** One filter: a label and a select whose first option ("Alle") clears it. */
function selectField(name: SelectFilter, label: string, options: Option[], ctx: FiltersContext): TemplateResult {
  const current = ctx.filters[name];
  return html`<div class="field">
    <label for="filter-${name}">${label}</label>
    <select id="filter-${name}" name=${name}>
      ${[{ value: '', label: ctx.t('mapFilterAll') }, ...options].map(
        (option) => html`<option value=${option.value} ?selected=${option.value === current} lang=${option.lang ?? nothing}>${option.label}</option>`,
      )}
    </select>
  </div>`;
}

/** One listener for the five selects: the select's `name` is the filter, its `value` the choice. */
function onSelectChange(event: Event, ctx: FiltersContext): void {
  const select = event.target as HTMLSelectElement;
  if (SELECT_FILTERS.includes(select.name as SelectFilter)) ctx.onChange({ [select.name]: select.value });
}

const GEO_MESSAGES = {
  idle: undefined,
  busy: 'mapNearMeBusy',
  active: 'mapNearMeActive',
  denied: 'mapNearMeDenied',
  failed: 'mapNearMeFailed',
  unsupported: 'mapNearMeUnsupported',
} as const;

/** The search field, "Nu open", "Bij mij in de buurt" and the five filters behind "Filters". */
export function renderFilters(ctx: FiltersContext): TemplateResult {
  const { t, filters, feed, lang } = ctx;
  const count = filters.activeCount;
  const geoKey = GEO_MESSAGES[ctx.geo];
  // The language names are only worked out once the filters are opened.
  const languages = ctx.open ? ctx.languages() : [];
  return html`<div class="filters" part="filters">
    <div class="filters__row">
      <div class="field field--search">
        <label for="search">${t('mapSearch')}</label>
        <input
          id="search"
          type="search"
          autocomplete="off"
          aria-describedby="search-hint"
          .value=${filters.query}
          @input=${(event: Event) => ctx.onChange({ query: (event.target as HTMLInputElement).value })}
          @focus=${ctx.onSearchFocus}
        />
        <span id="search-hint" class="hint">${t('mapSearchHint')}</span>
      </div>
      <div class="filters__buttons">
        <label class="check">
          <input type="checkbox" .checked=${filters.openNow} @change=${(event: Event) => ctx.onChange({ openNow: (event.target as HTMLInputElement).checked })} />
          ${t('mapFilterOpenNow')}
        </label>
        <button
          type="button"
          class="button button--secondary"
          aria-pressed=${ctx.geo === 'active' ? 'true' : 'false'}
          @click=${ctx.onNearMe}
        >
          ${t('mapNearMe')}
        </button>
      </div>
    </div>
    <p class="geo-message" aria-live="polite">${geoKey ? t(geoKey) : ''}</p>
    <details class="more" ?open=${ctx.open} @toggle=${(event: Event) => ctx.onToggle((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>${t('mapFilters')}${count ? html` <span class="badge">(${t('mapActiveFilters', count)})</span>` : nothing}</summary>
      <div class="more__grid" @change=${(event: Event) => onSelectChange(event, ctx)}>
        ${selectField('kind', t('mapFilterKind'), PLACE_KINDS.map((kind) => ({ value: kind, label: t(KIND_LABEL_KEYS[kind]) })), ctx)}
        ${selectField(
          'category',
          t('mapFilterCategory'),
          (feed?.categories ?? []).map((category) => ({ value: category.id, label: localize(category.label, lang), lang: feedLang(ctx, category.label) })),
          ctx,
        )}
        ${selectField(
          'area',
          t('mapFilterArea'),
          (feed?.areas ?? []).map((area) => ({ value: area.id, label: localize(area.name, lang), lang: feedLang(ctx, area.name) })),
          ctx,
        )}
        ${selectField(
          'age',
          t('mapFilterAge'),
          AGE_GROUPS.map((group) => ({ value: group.id, label: t('mapAgeGroup', group.min, group.max) })),
          ctx,
        )}
        ${selectField('language', t('mapFilterLanguage'), languages.map((item) => ({ value: item.code, label: item.name })), ctx)}
      </div>
      <button type="button" class="button button--link" @click=${ctx.onClear}>${t('mapClearFilters')}</button>
    </details>
  </div>`;
}
