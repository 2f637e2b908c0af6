/**
 * Search and filter for the map and its list.
 *
 * Everything that depends only on the places is done once per index: the filterable facts
 * become small arrays and bit masks (in `createPlaceIndex`), the searchable text becomes one
 * normalized string per place (on the first search), and opening hours become a flat table
 * (on the first "nu open"). `filterPlaces` then runs on every keystroke without normalizing
 * any place text, and a query that only grows ("k", "ko", "kof") searches within the previous
 * result, which keeps 50,000 places within a frame. When the query as typed is nowhere,
 * `findPlaces` looks again with small typos allowed, among the distinct words of the index
 * (a list built on the first such search) rather than in every place's text.
 */
import { CompiledSchedule, ScheduleTable, compileSchedulesOnce } from './hours.js';
import type { Area, Audience, Category, LatLng, LocalizedText, Place, PlaceKind } from './types.js';

// ---------------------------------------------------------------------------------------
// Text

/** Letters that Unicode decomposition leaves alone but a Dutch keyboard user types differently. */
const FOLDS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};
const ASCII = /^[\x00-\x7f]*$/;
const FOLD_PATTERN = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');

/**
 * Text in the form both the query and the places are compared in: lower case, without
 * accents ("Café" → "cafe", "İlknur Çelik" → "ilknur celik"), ligatures and ß spelled out,
 * every run of punctuation or space turned into one space ("'s-Hertogenbosch" →
 * "s hertogenbosch").
 */
export function normalizeForSearch(text: string): string {
  if (typeof text !== 'string' || text === '') return '';
  return normalizeKeeping(text, false);
}

/**
 * The fields of one place normalized in one pass (much faster than one call per field),
 * separated by newlines so that no query word can match across two fields.
 */
function normalizeFields(texts: readonly string[]): string {
  // A field of only punctuation leaves an empty line; fold those away.
  return normalizeKeeping(texts.join('\n'), true).replace(/\n{2,}/g, '\n');
}

function normalizeKeeping(text: string, newlines: boolean): string {
  let result: string;
  if (ASCII.test(text)) result = text.toLowerCase();
  else if (LATIN.test(text)) result = text.replace(LATIN_LETTER, foldLatin).toLowerCase();
  else result = foldUnicode(text);
  if (ASCII.test(result)) result = result.replace(newlines ? /[^a-z0-9\n]+/g : /[^a-z0-9]+/g, ' ');
  else result = result.replace(newlines ? /[^\p{L}\p{N}\n]+/gu : /[^\p{L}\p{N}]+/gu, ' ');
  return newlines ? result.replace(/ *\n */g, '\n').trim() : result.trim();
}

function foldUnicode(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(FOLD_PATTERN, (letter) => FOLDS[letter] ?? letter);
}

/**
 * Dutch, Turkish, Polish … text stays within Latin-1 and Latin Extended-A, plus dashes and
 * quotes from General Punctuation; a table of those letters, made once with the full
 * Unicode path, avoids decomposing every string (five times faster on a 10,000-place feed).
 */
const LATIN = /^[\x00-\u017f\u2000-\u206f]*$/;
const LATIN_LETTER = /[\x80-\u017f\u2000-\u206f]/g;
const LATIN_FOLDS: string[] = Array.from({ length: 0x180 - 0x80 }, (_, i) => foldUnicode(String.fromCharCode(0x80 + i)));

function foldLatin(letter: string): string {
  const code = letter.charCodeAt(0);
  // General Punctuation holds no letters or digits: spaces, dashes, quotes, bullets.
  return code < 0x180 ? LATIN_FOLDS[code - 0x80]! : ' ';
}

/** The words of a query, normalized, without duplicates, longest first (they fail fastest). */
function queryWords(query: string): string[] {
  const normalized = normalizeForSearch(query);
  if (normalized === '') return [];
  return [...new Set(normalized.split(' '))].sort((a, b) => b.length - a.length);
}

// ---------------------------------------------------------------------------------------
// Age groups

export interface AgeGroup {
  id: string;
  /** Youngest age in years, inclusive. */
  min: number;
  /** Oldest age in years, inclusive; absent for "and older". */
  max?: number;
}

/**
 * The age groups the map offers as a filter. Labels are translations in the element; only
 * ids and ranges live here.
 */
export const AGE_GROUPS: readonly AgeGroup[] = [
  { id: '0-3', min: 0, max: 3 },
  { id: '4-11', min: 4, max: 11 },
  { id: '12-17', min: 12, max: 17 },
  { id: 'adults', min: 18 },
];

const ALL_AGE_GROUPS = (1 << AGE_GROUPS.length) - 1;

function ageGroupBit(id: string): number {
  const index = AGE_GROUPS.findIndex((group) => group.id === id);
  return index < 0 ? 0 : 1 << index;
}

function rangeMask(min: number, max: number): number {
  let mask = 0;
  AGE_GROUPS.forEach((group, index) => {
    if (min <= (group.max ?? Infinity) && max >= group.min) mask |= 1 << index;
  });
  return mask;
}

function isAge(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * The age groups an audience belongs to:
 * - no audience, or an audience with neither ages nor groups: every age group;
 * - with `minAge` and/or `maxAge`: the groups whose range overlaps [minAge, maxAge]
 *   (a missing end is open), whatever the groups say;
 * - without ages: `everyone` → all groups, `children` → 0-3 and 4-11, `youth` → 12-17,
 *   `parents` → adults;
 * - `parents` always adds adults, because the ages of a parents' group describe their
 *   children (a mothers' group for children of 0–4 is for adults with young children).
 */
export function audienceAgeGroups(audience: Audience | undefined): string[] {
  const mask = audienceMask(audience);
  return AGE_GROUPS.filter((_, index) => mask & (1 << index)).map((group) => group.id);
}

function audienceMask(audience: Audience | undefined): number {
  if (!audience || typeof audience !== 'object') return ALL_AGE_GROUPS;
  const groups = Array.isArray(audience.groups) ? audience.groups : [];
  const hasMin = isAge(audience.minAge);
  const hasMax = isAge(audience.maxAge);
  let mask = 0;
  if (hasMin || hasMax) {
    mask = rangeMask(hasMin ? audience.minAge! : 0, hasMax ? audience.maxAge! : Infinity);
  } else if (groups.length === 0 || groups.includes('everyone')) {
    return ALL_AGE_GROUPS;
  } else {
    if (groups.includes('children')) mask |= ageGroupBit('0-3') | ageGroupBit('4-11');
    if (groups.includes('youth')) mask |= ageGroupBit('12-17');
  }
  if (groups.includes('parents')) mask |= ageGroupBit('adults');
  return mask;
}

// ---------------------------------------------------------------------------------------
// Index

export interface PlaceIndexOptions {
  /** The feed's categories, so their labels are searchable. */
  categories?: Category[];
  /** The feed's areas, so neighbourhood names are searchable. */
  areas?: Area[];
  /** Translated kind labels ("Vrijwilligersorganisatie"), so a kind can be typed. */
  kindLabels?: Partial<Record<PlaceKind, string>>;
  /**
   * The name a widget shows for a language, so what residents see is what they can type:
   * browsers cannot name every language ("ber" stays "ber"), the widget's own table can.
   */
  languageLabel?: (code: string) => string;
}

/**
 * Everything `filterPlaces` needs, precomputed. Treat it as opaque: its inner arrays are
 * parallel to `places` and may change between versions.
 */
export interface PlaceIndex {
  readonly places: readonly Place[];
  readonly lang: string;
  /** Normalized searchable text per place, fields separated by a newline; built on first read. */
  readonly haystacks: readonly string[];
  readonly kinds: readonly PlaceKind[];
  readonly categories: readonly (readonly string[])[];
  readonly areas: readonly (readonly string[])[];
  /** Age groups per place as a bit mask over `AGE_GROUPS`. */
  readonly ageMasks: Uint8Array;
  /** Base language subtags per place, lower case ("ar", "tr"). */
  readonly languages: readonly (readonly string[])[];
}

export interface PlaceFilter {
  /** Free text; every word must occur in the place's text (case and accents ignored). */
  query?: string;
  kinds?: PlaceKind[];
  /** Category ids. */
  categories?: string[];
  /** Area ids. */
  areas?: string[];
  /** Ids from `AGE_GROUPS`. */
  ageGroups?: string[];
  /** Language codes; "ar" also matches a place that lists "ar-MA". */
  languages?: string[];
  /** Only places open, or with an activity running, at this moment. */
  openAt?: Date;
}

function allTexts(value: LocalizedText | undefined): string[] {
  const texts: string[] = [];
  pushTexts(texts, value);
  return texts;
}

function pushTexts(into: string[], value: LocalizedText | undefined): void {
  if (typeof value === 'string') {
    if (value !== '') into.push(value);
  } else if (value && typeof value === 'object') {
    for (const text of Object.values(value)) if (typeof text === 'string' && text !== '') into.push(text);
  }
}

function baseLanguage(code: string): string {
  return typeof code === 'string' ? code.trim().toLowerCase().split(/[-_]/)[0]! : '';
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

function displayNamesIn(locale: string): Intl.DisplayNames | null {
  let display = displayNames.get(locale);
  if (display === undefined) {
    try {
      display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    } catch {
      display = null;
    }
    displayNames.set(locale, display);
  }
  return display;
}

/** "Arabisch", "Arabic", "العربية" for "ar", so residents can type the language's name. */
function languageNames(code: string, lang: string): string[] {
  const names: string[] = [];
  for (const locale of new Set([lang, 'nl', 'en', code])) {
    try {
      const name = displayNamesIn(locale)?.of(code);
      if (name) names.push(name);
    } catch {
      // Not a valid language tag: the code itself is still searchable.
    }
  }
  return names;
}

const NO_STRINGS: readonly string[] = Object.freeze([]);

/** The array itself when it holds only strings (as validated feeds do), so nothing is copied. */
function stringArray(value: unknown): readonly string[] {
  if (!Array.isArray(value) || value.length === 0) return NO_STRINGS;
  for (const item of value) if (typeof item !== 'string') return value.filter((x): x is string => typeof x === 'string');
  return value as string[];
}

/**
 * Precompute what filtering needs. `lang` is the page language, used for language names;
 * texts in every language of the feed are searchable, so a Dutch word finds a place on an
 * English page too. Call again when the feed or the language changes.
 *
 * The facts behind the filters are computed here, cheaply. The search text (the costly
 * part: about a tenth of a second per 10,000 places) is built on the first text search, so
 * a map can draw its markers first; call `preparePlaceIndex` in idle time to build it
 * ahead of the first keystroke.
 */
export function createPlaceIndex(places: Place[], lang: string, options?: PlaceIndexOptions): PlaceIndex {
  return startPlaceIndex(places, lang, options).finish();
}

/** `createPlaceIndex` a slice at a time, for idle time. */
export interface PlaceIndexBuild {
  /** Works on while `more()` says there is time (asked every few dozen places); the index once it is complete. */
  step(more: () => boolean): PlaceIndex | undefined;
  /** The index, the rest built now. */
  finish(): PlaceIndex;
}

/** Starts building an index (see `createPlaceIndex`): at 50,000 places it takes 40–100 ms in one piece. */
export function startPlaceIndex(places: Place[], lang: string, options?: PlaceIndexOptions): PlaceIndexBuild {
  const list = Array.isArray(places) ? places.filter((place) => place && typeof place === 'object') : [];
  // Places share a handful of language lists; one array per distinct list.
  const languageLists = new Map<string, readonly string[]>();
  const kinds: PlaceKind[] = new Array(list.length);
  const categories: (readonly string[])[] = new Array(list.length);
  const areas: (readonly string[])[] = new Array(list.length);
  const ageMasks = new Uint8Array(list.length);
  const languages: (readonly string[])[] = new Array(list.length);
  let next = 0;
  let index: PlaceIndex | undefined;

  const facts = (i: number): void => {
    const place = list[i]!;
    const placeLanguages = stringArray(place.languages);
    const languageKey = placeLanguages.join(' ');
    let languageList = languageLists.get(languageKey);
    if (!languageList) {
      languageList = [...new Set(placeLanguages.map(baseLanguage).filter(Boolean))];
      languageLists.set(languageKey, languageList);
    }
    let mask = audienceMask(place.audience);
    if (Array.isArray(place.activities)) {
      for (const activity of place.activities) if (activity?.audience) mask |= audienceMask(activity.audience);
    }
    kinds[i] = place.kind;
    categories[i] = stringArray(place.categories);
    areas[i] = stringArray(place.areas);
    ageMasks[i] = mask;
    languages[i] = languageList;
  };

  const complete = (): PlaceIndex => {
    if (index) return index;
    let texts: SearchTexts | undefined;
    const searchTexts = (): SearchTexts => (texts ??= new SearchTexts(list, lang, options ?? {}));
    index = {
      places: list,
      lang,
      get haystacks(): readonly string[] {
        return searchTexts().all();
      },
      kinds,
      categories,
      areas,
      ageMasks,
      languages,
    };
    pendingTexts.set(index, searchTexts);
    return index;
  };

  const step = (more: () => boolean): PlaceIndex | undefined => {
    while (next < list.length) {
      const end = Math.min(next + BATCH, list.length);
      for (; next < end; next++) facts(next);
      if (next < list.length && !more()) return undefined;
    }
    return complete();
  };
  return { step, finish: () => step(() => true)! };
}

/** Build the search text and the "nu open" table now rather than on first use (e.g. in an idle callback). */
export function preparePlaceIndex(index: PlaceIndex): void {
  void index.haystacks;
  scheduleTable(index);
}

/**
 * Part of `preparePlaceIndex`, for idle time: builds search texts, then the places' compiled
 * opening hours for the "nu open" table, while `more()` says there is time (asked every few
 * dozen places, after at least one batch). True when all is built. At 50,000 places the whole
 * build is a good part of a second: in one piece it would block the page (a long task) after
 * the map has painted.
 */
export function preparePlaceIndexSlice(index: PlaceIndex, more: () => boolean): boolean {
  if (scheduleTables.has(index)) return true;
  const texts = pendingTexts.get(index)?.();
  if (texts && !texts.done) {
    // The page's first language name loads the browser's language data in one piece (20 ms,
    // 80 on a phone): a slice of its own, not one on top of a batch of places; none at all
    // when no place names a language.
    // Looked at once per index: a feed without languages would otherwise be scanned every slice.
    if (!namesLookedAt.has(index)) {
      namesLookedAt.add(index);
      if (!displayNames.has(index.lang) && index.languages.some((spoken) => spoken.length > 0)) {
        for (const locale of new Set([index.lang, 'nl', 'en'])) displayNamesIn(locale);
        return false;
      }
    }
    texts.build(more);
    return false;
  }
  const hours = tableHours(index);
  if (!hours.done) {
    hours.build(more);
    return false;
  }
  scheduleTable(index);
  return true;
}

/** The search texts of an index, built on first use or a slice at a time. */
const pendingTexts = new WeakMap<PlaceIndex, () => SearchTexts>();
/** Indexes whose slices have made the language names a search needs, or found none needed. */
const namesLookedAt = new WeakSet<PlaceIndex>();

/** Places per batch between two looks at the clock: a few milliseconds' work. */
const BATCH = 64;

/** Work over the places of an index (or their search texts), a batch at a time. */
abstract class PlaceSlices<T, P = Place> {
  protected readonly results: T[];
  private _next = 0;

  constructor(protected readonly places: readonly P[]) {
    this.results = new Array<T>(places.length);
  }

  get done(): boolean {
    return this._next >= this.places.length;
  }

  /** All results, the rest made now. */
  all(): T[] {
    this.build(() => true);
    return this.results;
  }

  /** Makes batches of results until all are made or `more()` says stop. */
  build(more: () => boolean): void {
    while (!this.done) {
      const end = Math.min(this._next + BATCH, this.places.length);
      for (; this._next < end; this._next++) this.results[this._next] = this.make(this.places[this._next]!);
      if (!more()) return;
    }
  }

  protected abstract make(place: P): T;
}

/** Each place's hours and walk-in activities as one compiled schedule, for its `ScheduleTable`. */
class TableHours extends PlaceSlices<CompiledSchedule> {
  protected make(place: Place): CompiledSchedule {
    return compileSchedulesOnce([place.hours, ...(Array.isArray(place.activities) ? place.activities.map((activity) => activity?.schedule) : [])]);
  }
}

const pendingHours = new WeakMap<PlaceIndex, TableHours>();

function tableHours(index: PlaceIndex): TableHours {
  let hours = pendingHours.get(index);
  if (!hours) pendingHours.set(index, (hours = new TableHours(index.places)));
  return hours;
}

class SearchTexts extends PlaceSlices<string> {
  private readonly _categoryText = new Map<string, string>();
  private readonly _areaText = new Map<string, string>();
  private readonly _kindText = new Map<string, string>();
  private readonly _languageText = new Map<string, string>();
  private readonly _texts: string[] = [];

  constructor(
    places: readonly Place[],
    private readonly _lang: string,
    private readonly _options: PlaceIndexOptions,
  ) {
    super(places);
    // Labels shared by many places are normalized once, not once per place.
    for (const category of _options.categories ?? []) this._categoryText.set(category.id, normalizeFields(allTexts(category.label)));
    for (const area of _options.areas ?? []) this._areaText.set(area.id, normalizeFields(allTexts(area.name)));
    for (const [kind, label] of Object.entries(_options.kindLabels ?? {})) this._kindText.set(kind, normalizeForSearch(label ?? ''));
  }

  protected make(place: Place): string {
    const texts = this._texts;
    texts.length = 0;
    pushTexts(texts, place.name);
    pushTexts(texts, place.description);
    const address = place.address;
    if (address && typeof address === 'object') {
      pushTexts(texts, address.street);
      if (typeof address.postcode === 'string') {
        // "5211AB" and "5211 AB" are both how people write a postcode.
        texts.push(address.postcode, address.postcode.replace(/\s+/g, ''));
      }
      pushTexts(texts, address.city);
    }
    if (Array.isArray(place.activities)) {
      for (const activity of place.activities) {
        if (!activity || typeof activity !== 'object') continue;
        pushTexts(texts, activity.name);
        pushTexts(texts, activity.description);
      }
    }
    // A newline never occurs in a normalized query word, so no word can match across fields.
    let haystack = normalizeFields(texts);
    const shared = [this._kindText.get(place.kind)];
    for (const id of stringArray(place.categories)) shared.push(this._categoryText.get(id));
    for (const id of stringArray(place.areas)) shared.push(this._areaText.get(id));
    for (const code of stringArray(place.languages)) {
      let text = this._languageText.get(code);
      if (text === undefined) {
        text = normalizeFields([code, ...languageNames(code, this._lang), this._options.languageLabel?.(code) ?? '']);
        this._languageText.set(code, text);
      }
      shared.push(text);
    }
    for (const text of shared) if (text) haystack = haystack === '' ? text : `${haystack}\n${text}`;
    return haystack;
  }
}

// ---------------------------------------------------------------------------------------
// Filtering

function nonEmpty<T>(values: readonly T[] | undefined): values is readonly T[] {
  return Array.isArray(values) && values.length > 0;
}

function intersects(values: readonly string[], wanted: ReadonlySet<string>): boolean {
  for (const value of values) if (wanted.has(value)) return true;
  return false;
}

type Criterion = 'query' | 'kinds' | 'categories' | 'areas' | 'ageGroups' | 'languages' | 'openAt';

/** One test per active criterion; a place passes a criterion when its test returns true. */
type Tests = Array<[Criterion, (index: number) => boolean]>;

interface TextMatches {
  words: readonly string[];
  /** Indexes of the places whose text holds every word, ascending. */
  matches: readonly number[];
}

/** The last text search per index: typing "k", "ko", "kof" only narrows, so start from it. */
const lastTextSearch = new WeakMap<PlaceIndex, TextMatches>();

/** True when every place matching `words` also matches `previous` (each old word lies inside a new one). */
function narrows(words: readonly string[], previous: readonly string[]): boolean {
  return previous.every((old) => words.some((word) => word.includes(old)));
}

function textMatches(index: PlaceIndex, words: readonly string[]): readonly number[] {
  const { haystacks } = index;
  const last = lastTextSearch.get(index);
  const matches: number[] = [];
  const test = (i: number): void => {
    const haystack = haystacks[i]!;
    for (const word of words) if (!haystack.includes(word)) return;
    matches.push(i);
  };
  if (last && narrows(words, last.words)) for (const i of last.matches) test(i);
  else for (let i = 0; i < haystacks.length; i++) test(i);
  lastTextSearch.set(index, { words, matches });
  return matches;
}

// ---------------------------------------------------------------------------------------
// Similar spelling

/**
 * The distinct words of an index's search text, and for each word the places whose text
 * holds it: made once, so typos are looked for among a few thousand words rather than in the
 * text of every place, and a keystroke costs what the matching words cost, not the whole
 * feed. Made in idle time once the visitor turns to the search (`prepareSimilarSlice`), or
 * on the first search that needs it: splitting the text of 10,000 places takes 50–200 ms.
 */
class Vocabulary extends PlaceSlices<void, string> {
  readonly words: string[] = [];
  /** Per word, a bit per letter it holds (char code modulo 32): see `similarMatches`. */
  readonly letters: number[] = [];
  /** Per word, the places that hold it, ascending. */
  readonly placesOf: number[][] = [];
  private readonly _ids = new Map<string, number>();
  private _place = 0;

  protected make(text: string): void {
    // Slices make the places in order, one call each.
    const place = this._place++;
    for (const word of text.split(/[ \n]/)) {
      let id = this._ids.get(word);
      if (id === undefined) {
        this._ids.set(word, (id = this.words.push(word) - 1));
        let letters = 0;
        for (let i = 0; i < word.length; i++) letters |= 1 << (word.charCodeAt(i) & 31);
        this.letters.push(letters);
        this.placesOf.push([]);
      }
      const places = this.placesOf[id]!;
      if (places[places.length - 1] !== place) places.push(place);
    }
  }
}

const vocabularies = new WeakMap<PlaceIndex, Vocabulary>();

function vocabularyOf(index: PlaceIndex): Vocabulary {
  let vocabulary = vocabularies.get(index);
  if (!vocabulary) vocabularies.set(index, (vocabulary = new Vocabulary(index.haystacks)));
  return vocabulary;
}

/**
 * Lists the words of the index for `findPlaces`'s typos while `more()` says there is time;
 * true when done. For idle time once the visitor turns to the search box (focus, or a first
 * keystroke): one who never searches never pays for it, and one who does has the list
 * before a first misspelt word arrives, even a whole word from a phone keyboard's suggestion.
 */
export function prepareSimilarSlice(index: PlaceIndex, more: () => boolean): boolean {
  const words = vocabularyOf(index);
  words.build(more);
  return words.done;
}

/**
 * Whether the words for `findPlaces`'s typos are listed already, so a first misspelt word
 * costs no listing; lists nothing itself. @internal
 */
export function isSimilarPrepared(index: PlaceIndex): boolean {
  return vocabularies.get(index)?.done ?? false;
}

/**
 * How many typos a query word may have: none below 4 letters (too many words are one edit
 * apart) or with a digit (a house number or postcode with a typo is another place), one
 * from 4 letters, two from 8 (Algolia's defaults, `minWordSizefor1Typo` and
 * `minWordSizefor2Typos`).
 */
function typosAllowed(word: string): number {
  // \p{Nd}: Arabic-Indic and other digits too, not only 0-9.
  return word.length < 4 || /\p{Nd}/u.test(word) ? 0 : word.length < 8 ? 1 : 2;
}

/** In a closeness, one edit outweighs any number of matches inside a word (see `closeness`). */
const EDIT = 256;

/** The Arabic article, written as part of the word: "المكتبة" is "the library". */
const ARABIC_ARTICLE = 'ال';

/**
 * How close `query` comes to `word` with at most `max` edits (a letter added, left out or
 * replaced, or two neighbours swapped): `EDIT` per edit, plus one when the match starts
 * inside the word; -1 when it is not close enough. An exact search finds a word anywhere in
 * another ("bibliotheek" in "jeugdbibliotheek"), and so does a query word of 8 letters or more
 * here. A shorter word with a typo is held to the start of a word and to its first letter, as
 * Lucene's fuzzy `prefix_length` and Algolia's and Meilisearch's typos at word starts do: there
 * are too many short words one edit apart inside longer ones ("zorg" is one letter from the
 * "morg" of "morgen", and "morgen" one from "zorgen").
 */
function closeness(query: string, word: string, max: number, columns: Int32Array[]): number {
  const at = word.indexOf(query);
  if (at >= 0) return at === 0 ? 0 : 1;
  if (max === 0) return -1;
  if (max === 1) {
    // Where a word starts after the Arabic article, so "مكتبه" still finds "المكتبة".
    if (word.startsWith(ARABIC_ARTICLE) && !query.startsWith(ARABIC_ARTICLE)) word = word.slice(ARABIC_ARTICLE.length);
    if (query.charCodeAt(0) !== word.charCodeAt(0)) return -1;
    const edits = editsWithin(query, word, columns, false);
    return edits <= max ? EDIT * edits : -1;
  }
  const anywhere = editsWithin(query, word, columns, true);
  if (anywhere > max) return -1;
  // Inside only when the start of the word is further off.
  return EDIT * anywhere + (anywhere < editsWithin(query, word, columns, false) ? 1 : 0);
}

/**
 * The fewest edits that turn `query` into a part of `word` (`anywhere`) or into its start.
 * Damerau-Levenshtein (restricted) with a free end in `word`, and a free start too when
 * `anywhere` (Sellers), a column per letter of `word`.
 */
function editsWithin(query: string, word: string, columns: Int32Array[], anywhere: boolean): number {
  const m = query.length;
  let [before, previous, current] = columns as [Int32Array, Int32Array, Int32Array];
  let spare: Int32Array;
  for (let i = 0; i <= m; i++) previous[i] = i;
  let best = m;
  for (let j = 1; j <= word.length; j++) {
    const letter = word.charCodeAt(j - 1);
    current[0] = anywhere ? 0 : j;
    for (let i = 1; i <= m; i++) {
      const wanted = query.charCodeAt(i - 1);
      let cost = Math.min(previous[i]! + 1, current[i - 1]! + 1, previous[i - 1]! + (wanted === letter ? 0 : 1));
      if (i > 1 && j > 1 && wanted === word.charCodeAt(j - 2) && query.charCodeAt(i - 2) === letter) cost = Math.min(cost, before[i - 2]! + 1);
      current[i] = cost;
    }
    if (current[m]! < best) best = current[m]!;
    if (best === 0) break;
    spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return best;
}

/**
 * The places whose text holds every query word, each with the typos it may have (see
 * `typosAllowed` and `closeness`) within one word of the text, closest first: fewest edits,
 * then fewest matches inside a word; equally close places in index order.
 */
function similarMatches(index: PlaceIndex, queryWords: readonly string[]): { matches: number[]; distance: Uint32Array } {
  const vocabulary = vocabularyOf(index);
  vocabulary.all();
  const { words, letters, placesOf } = vocabulary;
  const count = index.places.length;
  // Per place: how many query words it holds so far (a place must hold them all), how far it
  // is from them (the sum of each query word's closest word), and that of the current query word.
  const held = new Uint16Array(count);
  const distance = new Uint32Array(count);
  const wordDistance = new Uint16Array(count);
  for (let q = 0; q < queryWords.length; q++) {
    const query = queryWords[q]!;
    const max = typosAllowed(query);
    const columns = [0, 1, 2].map(() => new Int32Array(query.length + 1));
    let found = false;
    for (let id = 0; id < words.length; id++) {
      const word = words[id]!;
      // Too short a word, or each letter of the query that the word lacks costs an edit: most
      // words fail here, before the edit distance is computed.
      if (word.length < query.length - max) continue;
      let missing = 0;
      for (let i = 0; i < query.length && missing <= max; i++) if (!((letters[id]! >>> (query.charCodeAt(i) & 31)) & 1)) missing++;
      if (missing > max) continue;
      const close = closeness(query, word, max, columns);
      if (close < 0) continue;
      // Counted once per query word, by the closest of its words a place holds.
      for (const place of placesOf[id]!) {
        if (held[place] === q) {
          found = true;
          held[place] = q + 1;
          distance[place]! += close;
          wordDistance[place] = close;
        } else if (held[place] === q + 1 && close < wordDistance[place]!) {
          distance[place]! -= wordDistance[place]! - close;
          wordDistance[place] = close;
        }
      }
    }
    if (!found) return { matches: [], distance };
  }
  const matches: number[] = [];
  for (let place = 0; place < count; place++) if (held[place] === queryWords.length) matches.push(place);
  // Stable: equally close places keep the index's order.
  return { matches: matches.sort((a, b) => distance[a]! - distance[b]!), distance };
}

/** Compiled lazily: a map that never filters on "nu open" never pays for it. */
const scheduleTables = new WeakMap<PlaceIndex, ScheduleTable>();

function scheduleTable(index: PlaceIndex): ScheduleTable {
  let table = scheduleTables.get(index);
  if (!table) {
    // Compiled a slice at a time in idle time (`preparePlaceIndexSlice`), or the rest now.
    table = new ScheduleTable(tableHours(index).all().map((hours) => [hours]));
    scheduleTables.set(index, table);
    pendingHours.delete(index);
  }
  return table;
}

interface Plan {
  /** Places whose text matches the query, when there is one; otherwise every place is a candidate. */
  candidates?: readonly number[];
  /** The query as typed matched no place, and the candidates match it with typos, closest first. */
  similar?: boolean;
  /** When `similar`: per place, how far its words are from the query (see `closeness`). */
  spelling?: Uint32Array;
  /** Tests of the other criteria, cheapest first. */
  tests: Tests;
}

function plan(index: PlaceIndex, filter: PlaceFilter, typos?: boolean): Plan {
  const tests: Tests = [];
  let candidates: readonly number[] | undefined;
  let similar = false;
  let spelling: Uint32Array | undefined;
  if (typeof filter.query === 'string' && filter.query.trim() !== '') {
    const words = queryWords(filter.query);
    // Only punctuation ("(.*", "\\"): nothing to look for, and "everything" would be a lie.
    candidates = words.length === 0 ? [] : textMatches(index, words);
    // Typos only when the text as typed is nowhere: not when other filters leave no place.
    if (typos && candidates.length === 0 && words.some(typosAllowed)) {
      ({ matches: candidates, distance: spelling } = similarMatches(index, words));
      similar = candidates.length > 0;
    }
  }
  if (nonEmpty(filter.kinds)) {
    const wanted = new Set<string>(filter.kinds);
    tests.push(['kinds', (i) => wanted.has(index.kinds[i]!)]);
  }
  if (nonEmpty(filter.categories)) {
    const wanted = new Set(filter.categories);
    tests.push(['categories', (i) => intersects(index.categories[i]!, wanted)]);
  }
  if (nonEmpty(filter.areas)) {
    const wanted = new Set(filter.areas);
    tests.push(['areas', (i) => intersects(index.areas[i]!, wanted)]);
  }
  if (nonEmpty(filter.ageGroups)) {
    const wanted = filter.ageGroups.reduce((mask, id) => mask | ageGroupBit(id), 0);
    tests.push(['ageGroups', (i) => (index.ageMasks[i]! & wanted) !== 0]);
  }
  if (nonEmpty(filter.languages)) {
    const wanted = new Set(filter.languages.map(baseLanguage));
    tests.push(['languages', (i) => intersects(index.languages[i]!, wanted)]);
  }
  if (filter.openAt instanceof Date) {
    const open = scheduleTable(index).openAt(filter.openAt);
    tests.push(['openAt', (i) => open[i] === 1]);
  }
  return candidates ? { candidates, similar, spelling, tests } : { tests };
}

/**
 * The places that match the filter, in their original order. An empty or missing
 * criterion does not filter; within one criterion any value may match (OR), across
 * criteria all must match (AND); every query word must occur somewhere in the place's
 * text. A query of only punctuation matches nothing. Typos are not forgiven here: see
 * `findPlaces`.
 */
export function filterPlaces(index: PlaceIndex, filter: PlaceFilter = {}): Place[] {
  return findPlaces(index, filter, { typos: false }).places;
}

export interface PlaceSearch {
  /** The places that match: in their original order, or when `similar`, closest spelling first. */
  places: Place[];
  /** No place holds the query as typed; these places hold words spelled almost like it. */
  similar: boolean;
  /**
   * When `similar`: per place of `places`, ascending, how far its words are from the query
   * (fewest typos, then fewest matches inside a word, is lowest). Equal values are equally
   * close, and keep their original order; `sortByDistance` can keep this order first.
   */
  spelling?: number[];
}

export interface FindPlacesOptions {
  // @option typos: boolean = true
  // Look again with small typos allowed when no place holds the query as typed.
  typos?: boolean;
}

/**
 * `filterPlaces`, forgiving typos ("huisart", "bibliotek", "consultatiburo") when no place
 * holds the query as typed: each query word of 4 or more letters may then differ by one edit
 * (8 or more letters: two) from a word of a place's text, or from the part of it where an
 * exact search would find it; below 8 letters only from the start of a word, with its first
 * letter right. Exact matches always win; `similar` says when they are none, and the places
 * then come closest spelling first (fewest typos, then a match at the start of a word).
 */
export function findPlaces(index: PlaceIndex, filter: PlaceFilter = {}, options: FindPlacesOptions = {}): PlaceSearch {
  const { candidates, similar = false, spelling, tests } = plan(index, filter ?? {}, options?.typos ?? true);
  const { places } = index;
  const result: Place[] = [];
  if (candidates) {
    const ranks: number[] = [];
    outer: for (const i of candidates) {
      for (const [, test] of tests) if (!test(i)) continue outer;
      result.push(places[i]!);
      if (spelling) ranks.push(spelling[i]!);
    }
    return similar && result.length > 0 ? { places: result, similar: true, spelling: ranks } : { places: result, similar: false };
  }
  if (tests.length === 0) return { places: places.slice(), similar: false };
  outer: for (let i = 0; i < places.length; i++) {
    for (const [, test] of tests) if (!test(i)) continue outer;
    result.push(places[i]!);
  }
  return { places: result, similar: false };
}

export interface FacetCounts {
  /** How many places each value would show, with the other criteria applied. */
  kinds: Record<string, number>;
  categories: Record<string, number>;
  areas: Record<string, number>;
  ageGroups: Record<string, number>;
  languages: Record<string, number>;
  /** Places matching the whole filter. */
  total: number;
}

/**
 * Counts for a filter panel ("Arabisch (4)"): each facet is counted with every *other*
 * criterion applied, so a count says what choosing that value would add.
 */
export function facetCounts(index: PlaceIndex, filter: PlaceFilter = {}): FacetCounts {
  const { candidates, tests } = plan(index, filter ?? {});
  if (candidates) {
    const matching = new Uint8Array(index.places.length);
    for (const i of candidates) matching[i] = 1;
    tests.push(['query', (i) => matching[i] === 1]);
  }
  const counts: FacetCounts = { kinds: {}, categories: {}, areas: {}, ageGroups: {}, languages: {}, total: 0 };
  const add = (record: Record<string, number>, key: string): void => {
    // Own keys only: a category called "toString" must not start from Object.prototype.toString.
    record[key] = (Object.prototype.hasOwnProperty.call(record, key) ? record[key]! : 0) + 1;
  };
  for (let i = 0; i < index.places.length; i++) {
    let failed: Criterion | undefined;
    let failures = 0;
    for (const [criterion, test] of tests) {
      if (test(i)) continue;
      failed = criterion;
      if (++failures > 1) break;
    }
    if (failures > 1) continue;
    if (failures === 0) counts.total++;
    const counted = (criterion: Criterion): boolean => failures === 0 || failed === criterion;
    if (counted('kinds')) add(counts.kinds, index.kinds[i]!);
    if (counted('categories')) for (const id of index.categories[i]!) add(counts.categories, id);
    if (counted('areas')) for (const id of index.areas[i]!) add(counts.areas, id);
    if (counted('languages')) for (const code of index.languages[i]!) add(counts.languages, code);
    if (counted('ageGroups')) {
      AGE_GROUPS.forEach((group, bit) => {
        if (index.ageMasks[i]! & (1 << bit)) add(counts.ageGroups, group.id);
      });
    }
  }
  return counts;
}

// ---------------------------------------------------------------------------------------
// Distance

const EARTH_RADIUS = 6_371_008.8;

function isLatLng(value: unknown): value is LatLng {
  if (!value || typeof value !== 'object') return false;
  const { lat, lng } = value as LatLng;
  return typeof lat === 'number' && typeof lng === 'number' && Number.isFinite(lat) && Number.isFinite(lng);
}

/** Great-circle distance in metres (haversine; well within a metre at neighbourhood scale). */
export function distanceInMeters(a: LatLng, b: LatLng): number {
  if (!isLatLng(a) || !isLatLng(b)) return NaN;
  const toRadians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRadians;
  const dLng = (b.lng - a.lng) * toRadians;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRadians) * Math.cos(b.lat * toRadians) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface SortByDistanceOptions {
  // @option rank: number[]
  // Per place, a rank that goes before distance: lower first (a search's `spelling`).
  rank?: readonly number[];
}

/**
 * Places nearest first; places without a location keep their order at the end, and places
 * at the same distance keep their order too. With a `rank`, places sort by rank first.
 */
export function sortByDistance(places: readonly Place[], from: LatLng, options: SortByDistanceOptions = {}): Place[] {
  if (!isLatLng(from)) return places.slice();
  const rank = options?.rank;
  const keyed = places.map((place, order) => {
    const distance = place && isLatLng(place.location) ? distanceInMeters(from, place.location) : Infinity;
    return { place, order, distance, rank: rank?.[order] ?? 0 };
  });
  keyed.sort((a, b) => a.rank - b.rank || a.distance - b.distance || a.order - b.order);
  return keyed.map((item) => item.place);
}
