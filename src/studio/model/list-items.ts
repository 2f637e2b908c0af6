/**
 * Items of the feed's lists as the studio's editors show them: a label for any raw entry
 * (a broken feed still opens), new ids that do not clash, a copy with its own id, and a
 * search over the places that stays fast at 10,000 of them. Pure: no DOM.
 */
import { normalizeForSearch } from '../../feed/search.js';
import { localize } from '../../feed/text.js';
import type { LocalizedText } from '../../feed/types.js';

type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The list at a raw value: an array, or nothing (a string or object where a list belongs). */
export function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A LocalizedText of a raw feed as one line of Dutch ('' when it is neither text nor a map of texts). */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return '';
  const texts: Record<string, string> = {};
  for (const [lang, text] of Object.entries(value)) if (typeof text === 'string') texts[lang] = text;
  return localize(texts as LocalizedText, 'nl');
}

/** What an entry is called in a list: its `key` text, else its id, else `fallback`. */
export function labelOf(entry: unknown, key: string, fallback: string): string {
  if (!isRecord(entry)) return fallback;
  const text = textOf(Object.prototype.hasOwnProperty.call(entry, key) ? entry[key] : undefined).trim();
  if (text) return text;
  return typeof entry.id === 'string' && entry.id.trim() ? entry.id.trim() : fallback;
}

/** Ids already used in a list. */
export function idsOf(list: unknown): Set<string> {
  const ids = new Set<string>();
  for (const entry of listOf(list)) if (isRecord(entry) && typeof entry.id === 'string') ids.add(entry.id);
  return ids;
}

/** A readable id from a name: "Koffie-inloop De Kruimel" → "koffie-inloop-de-kruimel". */
export function slugOf(text: string): string {
  return normalizeForSearch(text).trim().replace(/\s+/g, '-').slice(0, 60).replace(/-+$/, '');
}

/** `base` (made readable), or `base-2`, `base-3` … : the first that `used` does not hold. */
export function uniqueId(used: ReadonlySet<string>, base: string): string {
  const stem = slugOf(base) || 'item';
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/**
 * A copy of an entry for "dupliceren": a deep copy with a new id, and its name marked as a
 * copy so the two are told apart in the list (only a plain-string name; a translated one stays).
 */
export function duplicateOf(entry: unknown, used: ReadonlySet<string>, nameKey = 'name'): unknown {
  const copy = JSON.parse(JSON.stringify(entry ?? null)) as unknown;
  if (!isRecord(copy)) return copy;
  const id = typeof copy.id === 'string' && copy.id ? copy.id : nameKey;
  Object.defineProperty(copy, 'id', { value: uniqueId(used, `${id}-kopie`), enumerable: true, writable: true, configurable: true });
  const name = copy[nameKey];
  if (typeof name === 'string') copy[nameKey] = `${name} (kopie)`;
  return copy;
}

// The search text of each place entry. Edits copy only the place they change, so every other
// entry keeps its object and its cached text: a keystroke re-reads one place, not 10,000.
const searchText = new WeakMap<object, string>();

function placeSearchText(entry: unknown): string {
  if (!isRecord(entry)) return '';
  const cached = searchText.get(entry);
  if (cached !== undefined) return cached;
  const address = isRecord(entry.address) ? entry.address : {};
  const parts = [textOf(entry.name), typeof entry.id === 'string' ? entry.id : '', textOf(address.street), textOf(address.city), textOf(address.postcode)];
  const text = normalizeForSearch(parts.join(' '));
  searchText.set(entry, text);
  return text;
}

/**
 * Reads the search text of places `from` to `to` ahead of time (the first search would
 * otherwise read all of them on one keystroke); returns where it stopped.
 */
export function prepareSearch(places: unknown, from: number, to: number): number {
  const list = listOf(places);
  const end = Math.min(to, list.length);
  for (let i = from; i < end; i++) placeSearchText(list[i]);
  return end;
}

/**
 * Indexes of the places whose name, id or address hold every word of `query` (accents and
 * case ignored), in list order, at most `limit` of them; `total` counts every match, so the
 * list can say "50 van 812".
 */
export function searchPlaces(places: unknown, query: string, limit = Infinity): { indexes: number[]; total: number } {
  const list = listOf(places);
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  const indexes: number[] = [];
  let total = 0;
  for (let i = 0; i < list.length; i++) {
    if (words.length > 0) {
      const text = placeSearchText(list[i]);
      if (!words.every((word) => text.includes(word))) continue;
    }
    total++;
    if (indexes.length < limit) indexes.push(i);
  }
  return { indexes, total };
}
