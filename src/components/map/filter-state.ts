import type { PlaceFilter } from '../../feed/search.js';
import { PLACE_KINDS, type PlaceKind } from '../../feed/types.js';

/** The filters chosen in a `<select>`, by the select's `name`. */
export const SELECT_FILTERS = ['kind', 'category', 'area', 'age', 'language'] as const;
export type SelectFilter = (typeof SELECT_FILTERS)[number];
/** Some of the fields of a `FilterState`. */
export type FilterChange = Partial<Pick<FilterState, 'query' | 'openNow' | SelectFilter>>;

/**
 * What the visitor searches for and filters on in `<buurt-map>`, as one immutable value: a
 * change makes a new state, so the element (a Lit `@state`) sees every change by identity.
 */
export class FilterState {
  static readonly EMPTY = new FilterState();

  private constructor(
    readonly query = '',
    readonly kind = '',
    readonly category = '',
    readonly area = '',
    readonly age = '',
    readonly language = '',
    readonly openNow = false,
  ) {}

  /** A copy with some fields changed; the same state when nothing changes. */
  with(change: FilterChange): FilterState {
    const next = { ...this.fields, ...change };
    const same = (Object.keys(next) as Array<keyof typeof next>).every((key) => next[key] === this[key]);
    if (same) return this;
    return new FilterState(next.query, next.kind, next.category, next.area, next.age, next.language, next.openNow);
  }

  /** How many of the select filters are set (the search text and "nu open" not counted). */
  get activeCount(): number {
    return SELECT_FILTERS.filter((name) => this[name] !== '').length;
  }

  /** Anything at all narrows the list: a select filter, "nu open" or search text. */
  get narrows(): boolean {
    return this.activeCount > 0 || this.openNow || this.query.trim() !== '';
  }

  /** The filter for `filterPlaces`; `now` is the moment "nu open" is measured at. */
  toPlaceFilter(now: Date): PlaceFilter {
    const filter: PlaceFilter = {};
    if (this.query.trim()) filter.query = this.query;
    // An unknown kind in the attribute would hide everything; it is ignored instead.
    if (PLACE_KINDS.includes(this.kind as PlaceKind)) filter.kinds = [this.kind as PlaceKind];
    if (this.category) filter.categories = [this.category];
    if (this.area) filter.areas = [this.area];
    if (this.age) filter.ageGroups = [this.age];
    if (this.language) filter.languages = [this.language];
    if (this.openNow) filter.openAt = now;
    return filter;
  }

  private get fields(): Required<FilterChange> {
    const { query, kind, category, area, age, language, openNow } = this;
    return { query, kind, category, area, age, language, openNow };
  }
}
