import type { LocalizedText } from '../types.js';
import type { ItemKind } from '../problem-codes.js';
import { hiddenMailHeaders, isEmail, MAX_EMAIL_LENGTH, telHref } from '../links.js';
import { childPath, isObject, itemPath, own, readEntries, readList, withoutRepeats, type Context, type JsonObject } from './context.js';

/** Length limits in UTF-16 units. Long enough for real texts, short enough for a phone. */
export const LIMITS = {
  id: 100,
  /** Names, labels, titles, terms. */
  short: 300,
  /** Descriptions, advice, explanations. */
  long: 5000,
  url: 2000,
  email: MAX_EMAIL_LENGTH,
  phone: 50,
} as const;

// Control characters except tab, line feed and carriage return, which texts may hold.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROL_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// Embedding, override and isolate controls: in a name or an id they can make
// "Wijkplaats" read as something else next to it, so they go; in long texts they stay.
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const BIDI_ALL = /[\u202A-\u202E\u2066-\u2069]/g;
// Either of the two above: a name is scanned once, and only a name that has one is looked at again.
const CONTROL_OR_BIDI = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
// Characters that take no room on screen: zero-width spaces and joiners, direction marks,
// the soft hyphen, the byte-order mark, fillers and variation selectors. A text of only
// these is empty; inside a name they stay (emoji and some scripts need the joiners).
const INVISIBLE_ALL = /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u2060-\u2064\u206A-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;
const INVISIBLE = /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u2060-\u2064\u206A-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;
// One character that is neither white space (what trim() removes; \s is the same set) nor
// invisible: a text without one is empty on screen. A test stops at the first letter, where
// removing the invisibles would copy every text of the feed.
const VISIBLE = /[^\s\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u2060-\u2064\u206A-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;

export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export interface TextOptions {
  /** Names, labels and ids also lose bidi controls. */
  name?: boolean;
  max?: number;
}

/** Cuts at `max` without splitting a surrogate pair (half an emoji would show as �). */
function truncate(text: string, max: number): string {
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/**
 * A plain string: trimmed, cleaned of invisible controls, capped. `undefined` when
 * absent, empty or not a string (the last one reported). The text is never interpreted:
 * "<img onerror>" stays exactly that, to be shown as text.
 */
export function readText(ctx: Context, value: unknown, path: string, options: TextOptions = {}): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    ctx.report('field.not-text', path, { value: ctx.preview(value) });
    return undefined;
  }
  let text = value;
  if (options.name ? CONTROL_OR_BIDI.test(text) : CONTROL.test(text)) {
    if (CONTROL.test(text)) {
      text = text.replace(CONTROL_ALL, '');
      ctx.report('text.control-characters', path);
    }
    if (options.name && BIDI.test(text)) {
      text = text.replace(BIDI_ALL, '');
      ctx.report('text.bidi-control', path);
    }
  }
  text = text.trim();
  if (!VISIBLE.test(text)) return undefined;
  const max = options.max ?? LIMITS.long;
  if (text.length > max) {
    text = truncate(text, max).trimEnd();
    ctx.report('text.too-long', path, { max });
  }
  return text;
}

/** A name: short text without bidi controls. */
export function readName(ctx: Context, value: unknown, path: string): string | undefined {
  return readText(ctx, value, path, { name: true, max: LIMITS.short });
}

/** "NL" → "nl", "nl-be" → "nl-be": the primary subtag is lower case; the rest stays. */
function normalizeLanguage(code: string): string {
  const dash = code.indexOf('-');
  return dash === -1 ? code.toLowerCase() : code.slice(0, dash).toLowerCase() + code.slice(dash);
}

/**
 * A string, or a map of language → string. The map is built anew with language-like
 * keys only, so `__proto__`, `constructor` or "toString" can never become a key.
 */
export function readLocalized(
  ctx: Context,
  value: unknown,
  path: string,
  options: TextOptions = {},
): LocalizedText | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return readText(ctx, value, path, options);
  if (!isObject(value)) {
    ctx.report('field.not-text', path, { value: ctx.preview(value) });
    return undefined;
  }
  const out: Record<string, string> = {};
  let count = 0;
  for (const rawKey of Object.keys(value)) {
    const key = normalizeLanguage(rawKey.trim());
    const keyPath = childPath(path, rawKey);
    if (!LANGUAGE_CODE.test(key)) {
      ctx.report('text.language-key', keyPath, { value: ctx.preview(rawKey).slice(1, -1) });
      continue;
    }
    if (++count > 200) {
      ctx.report('list.too-long', path, { max: 200 });
      break;
    }
    const text = readText(ctx, value[rawKey], keyPath, options);
    if (text !== undefined && !Object.prototype.hasOwnProperty.call(out, key)) out[key] = text;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * An id: text (a whole number is accepted as text), without controls, at most 100
 * characters. A too-long id is not cut: two cut ids could become equal. Invisible
 * characters are removed, so "wijkplaats" and "wijkplaats\u200B" are one id, and a
 * reference finds its place however it was copied.
 */
export function readId(ctx: Context, value: unknown, path: string, item: ItemKind): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  const text = readText(ctx, value, path, { name: true, max: Number.MAX_SAFE_INTEGER });
  // Most ids hold no invisible characters: only those get copied.
  const id = text !== undefined && INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '').trim() : text;
  if (id === undefined) return undefined;
  if (id.length > LIMITS.id) {
    ctx.report('id.too-long', path, { max: LIMITS.id, item });
    return undefined;
  }
  return id;
}

const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The required `id` of an item. Ids that name JavaScript internals are refused: a host
 * page that does `byId[place.id] = place` must not be able to hit `__proto__`.
 */
export function readRequiredId(ctx: Context, raw: JsonObject, path: string, item: ItemKind): string | undefined {
  const before = ctx.problems.length;
  const id = readId(ctx, own(raw, 'id'), `${path}.id`, item);
  if (id === undefined) {
    const last = ctx.problems[ctx.problems.length - 1];
    // A too-long id has already said the item is left out; one message is enough.
    if (ctx.problems.length > before && last?.code === 'id.too-long') return undefined;
    return missing(ctx, path, 'id', item);
  }
  if (RESERVED_IDS.has(id.toLowerCase())) {
    ctx.report('id.reserved', `${path}.id`, { id, item });
    return undefined;
  }
  return id;
}

/** A list entry that must be an object; `null` in a list is reported too. */
export function readItem(ctx: Context, value: unknown, path: string): JsonObject | undefined {
  if (isObject(value)) return value;
  ctx.report('field.not-an-object', path, { value: ctx.preview(value) });
  return undefined;
}

/** Reports a missing required field; the caller then leaves the item out. */
export function missing(ctx: Context, path: string, field: string, item: ItemKind): undefined {
  ctx.report('item.required', childPath(path, field), { field, item });
  return undefined;
}

/** A list of ids or short words, each cleaned like an id, without repeats. */
export function readIdList(ctx: Context, value: unknown, path: string): string[] {
  const seen = new Set<string>();
  return readList(ctx, value, path, 'value', (entry, entryPath) => {
    const id = readId(ctx, entry, entryPath, 'value');
    if (id === undefined || seen.has(id)) return undefined;
    seen.add(id);
    return id;
  });
}

/** Language codes ("nl", "ar", "pt-BR"); others are reported and skipped. */
export function readLanguages(ctx: Context, value: unknown, path: string): string[] {
  const codes = readEntries(ctx, value, path, 'value', (entry, index) => {
    const code = typeof entry === 'string' ? normalizeLanguage(entry.trim()) : '';
    if (LANGUAGE_CODE.test(code)) return code;
    ctx.report('language.invalid', itemPath(path, index), { value: ctx.preview(entry) });
    return undefined;
  });
  return withoutRepeats(codes);
}

export function readLanguageCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const code = normalizeLanguage(value.trim());
  return LANGUAGE_CODE.test(code) ? code : undefined;
}

/** A boolean; anything else is reported and counts as `fallback`. */
export function readBoolean(ctx: Context, value: unknown, path: string, fallback = false): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  ctx.report('field.not-a-boolean', path, { value: ctx.preview(value) });
  return fallback;
}

/** A whole number between `min` and `max`; a string "12" is reported, not parsed. */
export function readInteger(ctx: Context, value: unknown, path: string, min: number, max: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    ctx.report('field.not-a-number', path, { value: ctx.preview(value) });
    return undefined;
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    ctx.report('number.out-of-range', path, { value: String(value), min, max });
    return undefined;
  }
  return value;
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
/**
 * An http(s) link that `new URL(link).href` returns unchanged: a lower-case host whose last
 * label starts with a letter (so not an IPv4 address the parser would rewrite), then a path
 * of plain segments (no ".", "..", empty or escaped ones), no query, no fragment, and no
 * punycode (the parser checks it). The check costs a fraction of parsing, for every place of
 * a large feed.
 */
const PLAIN_WEB_URL = /^(?!.*xn--)https?:\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z](?:[a-z0-9-]*[a-z0-9])?\/(?:[\w~-]+(?:\.[\w~-]+)*(?:\/[\w~-]+(?:\.[\w~-]+)*)*\/?)?$/;
const BARE_DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}(?::\d+)?(?:[/?#]|$)/;

/**
 * `text` without spaces and controls (U+0000–U+0020) at either end, in one pass. The regular
 * expression /[\u0000-\u0020]+$/ took time squared in the length of a run of spaces inside
 * the text: a link with 40,000 spaces in the middle held the page for seconds.
 */
function trimControls(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * A web address: http or https only. Browsers ignore tabs and newlines inside a URL and
 * spaces and controls around it ("java\nscript:" runs as "javascript:"), so those are
 * removed before the scheme is read, case-folded and checked.
 */
export function readWebUrl(ctx: Context, value: unknown, path: string): string | undefined {
  // Most feed links are already in the form the URL parser would write: take them as they are.
  if (typeof value === 'string' && value.length <= LIMITS.url && PLAIN_WEB_URL.test(value)) return value;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    ctx.report('field.not-text', path, { value: ctx.preview(value) });
    return undefined;
  }
  let url = trimControls(value.replace(/[\t\n\r]/g, ''));
  if (url === '') return undefined;
  if (url.length > LIMITS.url) {
    ctx.report('link.invalid', path, { value: ctx.preview(url) });
    return undefined;
  }
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    if (!BARE_DOMAIN.test(url)) {
      ctx.report('link.invalid', path, { value: ctx.preview(url) });
      return undefined;
    }
    ctx.report('link.no-scheme', path, { value: ctx.preview(url) });
    url = `https://${url}`;
  } else if (scheme === 'mailto' || scheme === 'tel') {
    ctx.report('link.not-web', path, { scheme: `${scheme}:` });
    return undefined;
  } else if (scheme !== 'http' && scheme !== 'https') {
    ctx.report('link.unsafe-scheme', path, { scheme: ctx.preview(`${scheme}:`).slice(1, -1) });
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    ctx.report('link.invalid', path, { value: ctx.preview(url) });
    return undefined;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') {
    ctx.report('link.invalid', path, { value: ctx.preview(url) });
    return undefined;
  }
  return parsed.href;
}

/**
 * A plain address; "mailto:" and a "?subject=…" are taken off, the rest must look like one.
 * A "mailto:" that would also send the mail elsewhere (bcc, cc, to; also percent-encoded)
 * is refused with its own problem, so the editor sees why.
 */
export function readEmail(ctx: Context, value: unknown, path: string): string | undefined {
  const read = readText(ctx, value, path, { name: true, max: Number.MAX_SAFE_INTEGER });
  // An invisible character (a zero-width space copied from a web page) would make the link
  // write to another address than the one on screen; they go, as in ids.
  const text = read !== undefined && INVISIBLE.test(read) ? read.replace(INVISIBLE_ALL, '').trim() : read;
  if (text === undefined || text === '') return undefined;
  // Headers need a "?", encoded ones a "%": a plain address has neither and skips the look.
  if ((text.includes('?') || text.includes('%')) && hiddenMailHeaders(text) !== undefined) {
    ctx.report('email.hidden-headers', path, { value: ctx.preview(text) });
    return undefined;
  }
  let address = text.replace(/^mailto:/i, '');
  const query = address.indexOf('?');
  if (query !== -1) address = address.slice(0, query);
  address = address.trim();
  if (!isEmail(address)) {
    ctx.report('email.invalid', path, { value: ctx.preview(text) });
    return undefined;
  }
  return address;
}

const ANGLE = /[<>]/;

/**
 * A phone number as the editor wrote it ("073 - 123 45 67", "0800-2000"). It must hold
 * at least three digits (112 has three) and must not look like a link: the element
 * builds the `tel:` link itself.
 */
export function readPhone(ctx: Context, value: unknown, path: string): string | undefined {
  if (typeof value === 'number') {
    // 0732000000 as a JSON number has already lost its leading zero: do not guess.
    ctx.report('phone.invalid', path, { value: ctx.preview(value) });
    return undefined;
  }
  const text = readText(ctx, value, path, { name: true, max: Number.MAX_SAFE_INTEGER });
  if (text === undefined) return undefined;
  const phone = text.replace(/^tel:/i, '').trim();
  // Dialable by the same rule the elements use to build the link.
  if (phone.length > LIMITS.phone || telHref(phone) === undefined || phone.includes(':') || ANGLE.test(phone)) {
    ctx.report('phone.invalid', path, { value: ctx.preview(text) });
    return undefined;
  }
  return phone;
}

const COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** "#rgb" or "#rrggbb", lower case. Anything else could smuggle CSS into a style. */
export function readColor(ctx: Context, value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && COLOR.test(value.trim())) return value.trim().toLowerCase();
  ctx.report('color.invalid', path, { value: ctx.preview(value) });
  return undefined;
}

/** A symbol: an emoji (which may be several code units, with joiners) or a letter. */
export function readIcon(ctx: Context, value: unknown, path: string): string | undefined {
  const icon = readText(ctx, value, path, { name: true, max: Number.MAX_SAFE_INTEGER });
  if (icon === undefined) return undefined;
  if (icon.length > 16 || /\s/.test(icon)) {
    ctx.report('icon.too-long', path, { value: ctx.preview(icon) });
    return undefined;
  }
  return icon;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date "YYYY-MM-DD" (no 2025-02-30). */
export function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1]!;
}

/** A date "YYYY-MM-DD"; reported with `item` (what is left out without it). */
export function readDate(ctx: Context, value: unknown, path: string, item: ItemKind): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && isDate(value.trim())) return value.trim();
  ctx.report('date.invalid', path, { value: ctx.preview(value), item });
  return undefined;
}

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** "HH:MM" (a single-digit hour "9:30" is padded), or "24:00" when `endOfDay` is allowed. */
export function parseTime(value: unknown, endOfDay: boolean): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '24:00') return endOfDay ? text : undefined;
  if (!TIME.test(text)) return undefined;
  // TIME leaves "H:MM" or "HH:MM": most feeds write the latter, which is kept as it is.
  return text.length === 5 ? text : `0${text}`;
}

/** Reads an object-valued field; a non-object is reported and treated as absent. */
export function readObject(ctx: Context, value: unknown, path: string): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (isObject(value)) return value;
  ctx.report('field.not-an-object', path, { value: ctx.preview(value) });
  return undefined;
}
