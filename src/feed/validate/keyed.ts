import type { ItemKind } from '../problem-codes.js';
import type { LocalizedText } from '../types.js';
import { IdRegistry, itemPath, own, readEntries, readEntriesInSteps, type Context, type JsonObject } from './context.js';
import { LIMITS, missing, readItem, readLocalized, readRequiredId } from './values.js';

const NAME_TEXT = { name: true, max: LIMITS.short } as const;

/** What every item with an id starts with: the object itself, its id and its name. */
export interface KeyedItem {
  raw: JsonObject;
  id: string;
  /** The item's name, label or title (whichever `nameField` says). */
  name: LocalizedText;
}

/**
 * A list of items that each have an id and a name (areas, categories, places, guides …).
 * Each entry must be an object with a required id, unique in the list, and a name under
 * `nameField`; an entry without them is reported and left out before `read` sees it.
 * An id counts as taken only once `read` keeps its item, so when the first of two equal
 * ids belongs to a broken item, the second one still shows.
 */
export function readKeyedList<T>(
  ctx: Context,
  value: unknown,
  path: string,
  item: ItemKind,
  nameField: string,
  read: (entry: KeyedItem, path: string) => T | undefined,
): T[] {
  return readEntries(ctx, value, path, item, keyedEntry(ctx, path, item, nameField, read));
}

/** `readKeyedList` in steps of `every` entries (see `readEntriesInSteps`): the same result. */
export function readKeyedListInSteps<T>(
  ctx: Context,
  value: unknown,
  path: string,
  item: ItemKind,
  nameField: string,
  read: (entry: KeyedItem, path: string) => T | undefined,
  every: number,
): Generator<void, T[], void> {
  return readEntriesInSteps(ctx, value, path, item, keyedEntry(ctx, path, item, nameField, read), every);
}

/** The reader of one entry of a keyed list, with the ids of that list. */
function keyedEntry<T>(
  ctx: Context,
  path: string,
  item: ItemKind,
  nameField: string,
  read: (entry: KeyedItem, path: string) => T | undefined,
): (entry: unknown, index: number) => T | undefined {
  const ids = new IdRegistry();
  return (entry, index) => {
    const entryPath = itemPath(path, index);
    const raw = readItem(ctx, entry, entryPath);
    if (!raw) return undefined;
    const id = readRequiredId(ctx, raw, entryPath, item);
    if (id === undefined || ids.taken(ctx, id, `${entryPath}.id`, item)) return undefined;
    const name = readLocalized(ctx, own(raw, nameField), `${entryPath}.${nameField}`, NAME_TEXT);
    if (name === undefined) return missing(ctx, entryPath, nameField, item);
    const result = read({ raw, id, name }, entryPath);
    if (result !== undefined) ids.add(id);
    return result;
  };
}

/** Reads one optional field; `undefined` when it is absent or left out (the reader has said why). */
export type FieldReader<V> = (ctx: Context, value: unknown, path: string) => V | undefined;

/** A table of readers for the optional fields of `R`. */
export type FieldReaders<R> = { [K in keyof R]?: FieldReader<R[K]> };

/**
 * Optional fields of an item, each read by its own reader, in the order given (so problems
 * are reported in reading order). Fields without a value are left out, never `undefined`:
 * `{ ...base, ...readFields(…) }` is then a complete item. Given `into`, the fields are added
 * to that object instead, which saves a spread per item where a feed has many.
 */
export function readFields<R extends object>(
  ctx: Context,
  raw: JsonObject,
  path: string,
  readers: FieldReaders<R>,
  into: Partial<R> = {},
): Partial<R> {
  const out = into;
  // for…in over a plain table: no key array per item (Object.keys would make one each time).
  for (const key in readers) {
    const value = readers[key]?.(ctx, own(raw, key), `${path}.${key}`);
    if (value !== undefined) out[key] = value;
  }
  return out;
}
