import type { FeedProblem } from '../types.js';
import { describeProblem, PROBLEM_SEVERITY, type FeedProblemCode, type ItemKind, type MessageParams } from '../problem-codes.js';

/** A JSON object as read from the feed; its values are unknown until checked. */
export type JsonObject = Record<string, unknown>;

/** Longest list we read, so a runaway export cannot freeze a visitor's phone. */
export const MAX_LIST_LENGTH = 50_000;

/** Collects problems while the feed is read; one per `validateFeed` call. */
export class Context {
  readonly problems: FeedProblem[] = [];

  constructor(readonly lang: string) {}

  /** `preview(value)` in the language of the messages. */
  preview(value: unknown): string {
    return preview(value, this.lang);
  }

  report(code: FeedProblemCode, path: string, params: MessageParams = {}): void {
    const lang = this.lang;
    this.problems.push({
      severity: PROBLEM_SEVERITY[code],
      code,
      path,
      // Formatted when read: the message tables load only where someone reads messages.
      get message() {
        return describeProblem(code, params, lang);
      },
    });
  }
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An own property only. Reading `record.constructor` or `record.__proto__` through the
 * prototype chain would hand us functions and objects the feed never contained.
 */
export function own(record: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** `base.key`, or `base["odd key"]` when the key would make the path unreadable. */
export function childPath(base: string, key: string): string {
  const segment = PLAIN_KEY.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  return base === '' ? segment.replace(/^\./, '') : base + segment;
}

const PICTURES: Record<string, { list: string; object: string; nothing: string }> = {
  nl: { list: 'een lijst [ … ]', object: 'een object { … }', nothing: 'niets' },
  en: { list: 'a list [ … ]', object: 'an object { … }', nothing: 'nothing' },
};

/** A short, printable picture of a value for a message, never the whole thing. */
export function preview(value: unknown, lang = 'nl'): string {
  const words = PICTURES[lang.split('-')[0]!] ?? PICTURES['nl']!;
  if (value === null) return 'null';
  if (Array.isArray(value)) return words.list;
  switch (typeof value) {
    case 'string': {
      const flat = value.replace(/[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, ' ');
      return JSON.stringify(flat.length > 40 ? `${flat.slice(0, 40)}…` : flat);
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return words.nothing;
    case 'object':
      return words.object;
    default:
      return typeof value;
  }
}

/**
 * Reads a list item by item. An item whose reader returns `undefined` is left out (the
 * reader has said why); an item that makes the reader throw — a getter or a proxy from a
 * caller passing a live object — is left out with `item.unreadable`, so one bad item
 * never costs the others.
 */
export function readList<T>(
  ctx: Context,
  value: unknown,
  path: string,
  item: ItemKind,
  read: (entry: unknown, path: string) => T | undefined,
): T[] {
  return readEntries(ctx, value, path, item, (entry, index) => read(entry, itemPath(path, index)));
}

/** Where entry `index` of the list at `path` sits: `path[index]`. */
export function itemPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

/**
 * `readList` for readers that only need an entry's path when they report a problem (ids,
 * language codes, words): they get the index and call `itemPath` then, so a large feed
 * does not build a path string for every value in every place.
 */
export function readEntries<T>(
  ctx: Context,
  value: unknown,
  path: string,
  item: ItemKind,
  read: (entry: unknown, index: number) => T | undefined,
): T[] {
  const length = listLength(ctx, value, path);
  const out: T[] = [];
  for (let index = 0; index < length; index++) readEntry(ctx, value as unknown[], path, item, read, index, out);
  return out;
}

/**
 * `readEntries` in steps: the same checks, reports and result, but it pauses (yields) after
 * every `every` entries, so a long list can be read in slices while the browser is idle.
 */
export function* readEntriesInSteps<T>(
  ctx: Context,
  value: unknown,
  path: string,
  item: ItemKind,
  read: (entry: unknown, index: number) => T | undefined,
  every: number,
): Generator<void, T[], void> {
  const length = listLength(ctx, value, path);
  const out: T[] = [];
  for (let index = 0; index < length; index++) {
    if (index > 0 && index % every === 0) yield;
    readEntry(ctx, value as unknown[], path, item, read, index, out);
  }
  return out;
}

/** How many entries of `value` to read: 0 when it is no list (reported), at most MAX_LIST_LENGTH. */
function listLength(ctx: Context, value: unknown, path: string): number {
  if (value === undefined || value === null) return 0;
  if (!Array.isArray(value)) {
    ctx.report('field.not-a-list', path, { value: ctx.preview(value) });
    return 0;
  }
  if (value.length > MAX_LIST_LENGTH) {
    ctx.report('list.too-long', path, { max: MAX_LIST_LENGTH });
    return MAX_LIST_LENGTH;
  }
  return value.length;
}

function readEntry<T>(
  ctx: Context,
  list: unknown[],
  path: string,
  item: ItemKind,
  read: (entry: unknown, index: number) => T | undefined,
  index: number,
  out: T[],
): void {
  try {
    const result = read(list[index], index);
    if (result !== undefined) out.push(result);
  } catch {
    ctx.report('item.unreadable', itemPath(path, index), { item });
  }
}

/**
 * `list` without repeats, the first of each kept, in order. Nearly every list (a place's
 * languages, categories) holds a handful: those are scanned, which is cheaper than a Set per
 * place. A long one goes through a Set: scanning 50,000 entries took seconds.
 */
export function withoutRepeats<T>(list: T[]): T[] {
  if (list.length <= 16) return list.filter((item, index) => index === 0 || list.indexOf(item) === index);
  return [...new Set(list)];
}

/** Runs steps (a generator) to the end: what a caller gets that wants the result now. */
export function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Runs a reader for an optional part and keeps the rest of the item when it throws.
 * Only needed where a caller may pass live objects; JSON.parse output never throws.
 */
export function attempt<T>(ctx: Context, path: string, item: ItemKind, read: () => T): T | undefined {
  try {
    return read();
  } catch {
    ctx.report('item.unreadable', path, { item });
    return undefined;
  }
}

/**
 * The ids of one list. An id is taken only when its item is kept, so when the first of
 * two equal ids belongs to a broken item, the second one still shows.
 */
export class IdRegistry {
  private readonly seen = new Set<string>();

  /** True (and reported) when an earlier kept item already has `id`. */
  taken(ctx: Context, id: string, path: string, item: ItemKind): boolean {
    if (!this.seen.has(id)) return false;
    ctx.report('id.duplicate', path, { id, item });
    return true;
  }

  add(id: string): void {
    this.seen.add(id);
  }

  has(id: string): boolean {
    return this.seen.has(id);
  }
}
