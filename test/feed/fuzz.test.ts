// Hostile-input fuzzing of the feed pipeline: realistic feeds (test fixtures and the demo feed)
// mutated with hostile values — wrong types, huge and empty strings, lone surrogates, control,
// bidi and invisible characters, prototype keys and ids, NaN and Infinity, deep nesting,
// duplicates, unsafe links in every link field, markup in every text field, coordinates at
// and beyond their limits — and spreadsheets, HSDS documents, merges and storage entries made
// the same way. Every output is checked against what docs/feed.md promises (see `checkFeed`),
// and the map's first look against the full validation.
//
// Deterministic: case n runs on seed SEED + n, and a failure names its seed and the mutations
// that made the case, so `FUZZ_ONLY = [seed]` below reruns exactly that case.
import { expect } from '@open-wc/testing';
import { validateFeed, validateFeedSteps } from '../../src/feed/validate.js';
import { firstLookFeed } from '../../src/feed/validate/first-look.js';
import { LANGUAGE_CODE, isDate } from '../../src/feed/validate/values.js';
import { hiddenMailHeaders, isEmail, mailtoHref, telHref, webHref } from '../../src/feed/links.js';
import { readSpreadsheet } from '../../src/feed/sources/csv.js';
import { feedToHsds, hsdsToFeed } from '../../src/feed/sources/hsds.js';
import { mergeSources, type SourceFeed } from '../../src/feed/sources/merge.js';
import { readSource } from '../../src/feed/sources/read.js';
import { CACHE_MAX_BODY_CHARS, cacheKey, parseRaw, readCachedFeed, writeCachedFeed } from '../../src/feed/cache.js';
import { checkPlainLanguage } from '../../src/feed/plain-language.js';
import { AUDIENCE_GROUPS, PLACE_KINDS, WEEKDAYS, type Feed, type LocalizedText, type Place, type Schedule } from '../../src/feed/types.js';
import { MemoryStorage } from './memory-storage.js';

const SEED = 0x5eed2026;
/** Seeds to run alone (copy one from a failure message); empty runs every case. */
const FUZZ_ONLY: number[] = [];
/**
 * A case takes a few milliseconds; one that takes this long has hit something that grows
 * faster than its input (a pattern that backtracks, a loop), which would freeze a phone.
 */
const SLOW_MS = 3000;

function slowness(started: number): string[] {
  const ms = performance.now() - started;
  return ms > SLOW_MS ? [`took ${Math.round(ms)} ms`] : [];
}

// ---------------------------------------------------------------------------------------------
// A small seeded generator (mulberry32): the same seed gives the same cases in every engine.

class Random {
  private state: number;
  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }
}

const LONG = 'Lange tekst '.repeat(500); // 6,000 units: over every cap
const EMOJI_AT_CAP = `a${'😀'.repeat(160)}`; // a pair straddles unit 300
const UNSAFE_LINKS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\nscript:alert(1)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:image/svg+xml;base64,PHN2Zz4=',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://evil.example/1',
  '//evil.example/x',
  '/relatief/pad',
  'https://',
  'http:evil.example',
  'https://evil.example/\u202Egnp.exe',
  'https://user:pass@evil.example/',
  'https://xn--80ak6aa92e.com/',
  'https://evil.example:99999/',
  `https://evil.example/${'a'.repeat(2100)}`,
  'mailto:info@wijk.example?bcc=evil@x.example',
  'info@wijk.example?cc=evil@x.example',
  'info%40wijk.example%3Fbcc%3Devil@x.example',
  'mailto:a@b.example%0D%0ABcc:evil@x.example',
  'tel:javascript:alert(1)',
  'tel:112',
  '0800-2000<script>',
  '+31 (0)73 <b>123</b>',
];
const MARKUP = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=alert(1)>',
  "'; alert(1); //",
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '&lt;b&gt;vet&lt;/b&gt;',
];
const ODD_TEXT = [
  '',
  ' ',
  '\u200B',
  '\u200B\u200D\uFEFF\u00AD',
  '\u2800',
  '\t\n\r',
  '\u202Eevil\u202C',
  'Wijk\u2066plaats\u2069',
  '\u0000\u0001\u001F\u007F',
  'a\u0007b\u000Bc',
  '\uD800',
  'x\uDC00y',
  'lone at end \uD83D',
  LONG,
  EMOJI_AT_CAP,
  'x'.repeat(100),
  'x'.repeat(101),
  // Long runs inside a text: a pattern like /\s*,\s*/ or /\s+$/ takes time squared in them.
  `a${' '.repeat(60_000)}b`,
  `https://a${'\t'.repeat(30_000)}.example/ ,${'\u00A0'.repeat(30_000)}en`,
  'Ωμέγα العربية 中文',
];
const PROTO_WORDS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'CONSTRUCTOR', ' __proto__ ', '__proto__\u200B', 'Prototype'];
const NUMBERS = [0, -0, 1, -1, 1.5, 90, -90, 90.0000001, -90.0000001, 180, -180, 180.0000001, 1e21, 2 ** 53, 2 ** 53 + 2, 1e308, -1e308, 5e-324, NaN, Infinity, -Infinity];
const COORDINATE_OBJECTS = [
  { lat: 90, lng: 180 },
  { lat: -90, lng: -180 },
  { lat: 90.0000001, lng: 5.3 },
  { lat: 51.7, lng: -180.0000001 },
  { lat: 5.3, lng: 51.7 },
  { lat: 0, lng: 0 },
  { lat: NaN, lng: 5.3 },
  { lat: 51.7, lng: Infinity },
  { lat: '51,7', lng: '5,3' },
  { lat: '51.7', lng: 5.3 },
  { lat: [51.7], lng: [5.3] },
  { lat: null, lng: null },
  { lat: 52.37, lng: 4.9 },
  [51.7, 5.3],
];
const FIELD_NAMES = [
  'id', 'name', 'kind', 'label', 'title', 'text', 'help', 'description', 'note', 'explanation', 'term', 'aliases',
  'website', 'url', 'action', 'privacyUrl', 'email', 'phone', 'location', 'center', 'lat', 'lng', 'zoom', 'color', 'icon',
  'categories', 'areas', 'languages', 'hours', 'weekly', 'exceptions', 'day', 'opens', 'closes', 'date', 'closed',
  'audience', 'groups', 'minAge', 'maxAge', 'activities', 'schedule', 'contact', 'address', 'street', 'steps', 'start',
  'choices', 'next', 'contacts', 'place', 'type', 'emergency', 'danger', 'helpline', 'talents', 'fields', 'encoding',
  'lastChecked', 'accessibility', 'skills', 'when', 'followUp', 'intro', 'actions', 'version', 'publisher', 'updated',
];
const LINK_FIELDS = new Set(['website', 'url', 'action', 'privacyUrl', 'email', 'phone']);
const TEXT_FIELDS = new Set(['name', 'label', 'title', 'text', 'help', 'description', 'note', 'explanation', 'term', 'intro', 'when', 'followUp', 'accessibility', 'street', 'postcode', 'city']);
const ID_FIELDS = new Set(['id', 'next', 'start', 'place']);

/** A value to put where the feed expects something else; `deep` values are nested 300 levels. */
function hostileValue(random: Random, field?: string): unknown {
  if (field !== undefined && random.chance(0.6)) {
    if (LINK_FIELDS.has(field)) return random.pick(UNSAFE_LINKS);
    if (TEXT_FIELDS.has(field)) return random.chance(0.5) ? random.pick(MARKUP) : random.pick(ODD_TEXT);
    if (ID_FIELDS.has(field)) return random.pick(PROTO_WORDS);
    if (field === 'location' || field === 'center') return structuredCopy(random.pick(COORDINATE_OBJECTS));
    if (field === 'lat' || field === 'lng' || field === 'zoom' || field === 'minAge' || field === 'maxAge') return random.pick(NUMBERS);
  }
  switch (random.int(12)) {
    case 0:
      return random.pick([null, undefined, true, false]);
    case 1:
      return random.pick(NUMBERS);
    case 2:
      return random.pick(ODD_TEXT);
    case 3:
      return random.pick(MARKUP);
    case 4:
      return random.pick(UNSAFE_LINKS);
    case 5:
      return random.pick(PROTO_WORDS);
    case 6:
      return random.pick([[], {}, [null], [[]], [{}], Object.create(null) as object]);
    case 7:
      return JSON.parse('{"__proto__": {"polluted": "ja"}, "constructor": {"prototype": {"polluted": "ja"}}, "nl": "<b>x</b>"}');
    case 8: {
      let deep: unknown = random.chance(0.5) ? 'bodem' : { nl: 'bodem' };
      for (let i = 0; i < 300; i++) deep = random.chance(0.5) ? [deep] : { [random.pick(['nl', 'a', 'name'])]: deep };
      return deep;
    }
    case 9:
      return structuredCopy(random.pick(COORDINATE_OBJECTS));
    case 10:
      return { nl: random.pick(MARKUP), en: random.pick(ODD_TEXT), [random.pick(PROTO_WORDS)]: 'x', 'NL-be': 'Vlaams', 'x-klingon': 'y' };
    default:
      return Array.from({ length: random.int(5) }, () => random.pick([...ODD_TEXT, ...PROTO_WORDS, 'nl', 'ar', 'parents', 'mo']));
  }
}

/** A copy that keeps NaN, Infinity, undefined and own `__proto__` keys, which JSON would lose or turn. */
function structuredCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(structuredCopy) as T;
  if (value && typeof value === 'object') {
    const out = Object.getPrototypeOf(value) === null ? (Object.create(null) as Record<string, unknown>) : {};
    for (const key of Object.keys(value)) define(out, key, structuredCopy((value as Record<string, unknown>)[key]));
    return out as T;
  }
  return value;
}

/** Sets an own data property, even "__proto__", without touching any prototype. */
function define(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Every object and array in `root`, with its path (arrays and objects only: those can be mutated). */
function containers(root: unknown): Array<{ node: Record<string, unknown> | unknown[]; path: string }> {
  const out: Array<{ node: Record<string, unknown> | unknown[]; path: string }> = [];
  const walk = (node: unknown, path: string, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 40) return;
    out.push({ node: node as Record<string, unknown>, path });
    for (const key of Object.keys(node)) walk((node as Record<string, unknown>)[key], `${path}.${key}`, depth + 1);
  };
  walk(root, '', 0);
  return out;
}

/** Applies `count` random mutations to `root` (in place); returns what was done, for a failure message. */
function mutate(random: Random, root: Record<string, unknown>, count: number): string[] {
  const log: string[] = [];
  for (let i = 0; i < count; i++) {
    const all = containers(root);
    const { node, path } = random.pick(all);
    const keys = Object.keys(node);
    const what = random.int(10);
    if (Array.isArray(node)) {
      if (what < 3 && node.length > 0) {
        // A duplicate: the same id twice, the same period twice …
        const index = random.int(node.length);
        node.splice(random.int(node.length + 1), 0, structuredCopy(node[index]));
        log.push(`${path}: duplicate [${index}]`);
      } else if (what < 4 && node.length > 0) {
        // Many copies of one entry with ids of their own: more places than a first look reads in full.
        const index = random.int(node.length);
        const copies = 1 + random.int(60);
        for (let n = 0; n < copies; n++) {
          const copy = structuredCopy(node[index]);
          if (copy && typeof copy === 'object' && !Array.isArray(copy) && random.chance(0.8)) define(copy, 'id', `kopie-${n}-${random.int(1000)}`);
          node.push(copy);
        }
        log.push(`${path}: ${copies} copies of [${index}]`);
      } else if (what < 5) {
        node.reverse();
        log.push(`${path}: reversed`);
      } else {
        const index = random.int(node.length + 1);
        const value = hostileValue(random);
        if (random.chance(0.5) && index < node.length) node[index] = value;
        else node.splice(index, 0, value);
        log.push(`${path}[${index}] = ${show(value)}`);
      }
      continue;
    }
    const strings = keys.filter((key) => typeof node[key] === 'string');
    if (what === 0 && strings.length > 0) {
      // A hostile word inside a good value: "ma-constructor 9-12", "https://wijk.example/\u202E".
      const key = random.pick(strings);
      const value = splice(random, node[key] as string);
      define(node, key, value);
      log.push(`${path}.${key} = ${show(value)}`);
    } else if (what < 5 && keys.length > 0) {
      const key = random.pick(keys);
      const value = hostileValue(random, key);
      define(node, key, value);
      log.push(`${path}.${key} = ${show(value)}`);
    } else if (what < 8) {
      const key = random.chance(0.3) ? random.pick(PROTO_WORDS) : random.pick(FIELD_NAMES);
      const value = hostileValue(random, key);
      define(node, key, value);
      log.push(`${path}.${JSON.stringify(key)} = ${show(value)}`);
    } else if (keys.length > 0) {
      const key = random.pick(keys);
      delete node[key];
      log.push(`${path}.${key} deleted`);
    }
  }
  return log;
}

/** `text` with one of its words replaced by, or a hostile fragment put into it at a random place. */
function splice(random: Random, text: string): string {
  const fragment = random.pick([...PROTO_WORDS, 'constructor', '__proto__', '\u202E', '\u0000', '\u200B', '<b>', 'javascript:', '%0A', '\uD800', ' '.repeat(200), ',', ';', ' en ']);
  const words = text.split(/([A-Za-z]+)/);
  const wordIndexes = words.map((_, index) => index).filter((index) => index % 2 === 1);
  if (wordIndexes.length > 0 && random.chance(0.5)) {
    words[random.pick(wordIndexes)] = fragment.trim() === '' ? fragment : fragment.toLowerCase();
    return words.join('');
  }
  const at = random.int(text.length + 1);
  return text.slice(0, at) + fragment + text.slice(at);
}

/** A short picture of a value for a failure message. */
function show(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === undefined) return 'undefined';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 80)}… (${text.length})` : text;
}

// ---------------------------------------------------------------------------------------------
// What docs/feed.md promises about every feed that comes out of validation, a source or a merge.

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const INVISIBLE = /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u2060-\u2064\u206A-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;
const VISIBLE = /[^\s\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u2060-\u2064\u206A-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const SHORT = 300;
const LONG_MAX = 5000;

interface CheckOptions {
  /** The input held lone surrogates: a text may then end in half a pair (it was written so). */
  loneSurrogates: boolean;
  /** Objects of the input: none may appear in the output (the validator builds new ones). */
  inputs?: WeakSet<object>;
  /** Ids after a merge may carry a source prefix of up to 60 characters. */
  merged?: boolean;
}

function checkFeed(feed: Feed, options: CheckOptions): string[] {
  const bad: string[] = [];
  const fail = (path: string, why: string, value?: unknown): void => {
    bad.push(`${path}: ${why}${value === undefined ? '' : ` (${show(value)})`}`);
  };

  const text = (value: unknown, path: string, name: boolean, max: number): void => {
    if (typeof value !== 'string') return fail(path, 'not text', value);
    if (!VISIBLE.test(value)) fail(path, 'empty on screen', value);
    if (value !== value.trim()) fail(path, 'not trimmed', value);
    if (CONTROL.test(value)) fail(path, 'control character', value);
    if (name && BIDI.test(value)) fail(path, 'bidi control in a name', value);
    if (value.length > max) fail(path, `longer than ${max}`, value.length);
    if (!options.loneSurrogates && /[\uD800-\uDBFF]$/.test(value)) fail(path, 'half a surrogate pair at the end', value);
  };
  const localized = (value: LocalizedText | undefined, path: string, name: boolean, max: number): void => {
    if (value === undefined) return;
    if (typeof value === 'string') return text(value, path, name, max);
    if (typeof value !== 'object' || value === null) return fail(path, 'not text', value);
    if (Object.getPrototypeOf(value) !== Object.prototype) fail(path, 'odd prototype');
    const keys = Object.keys(value);
    if (keys.length === 0) fail(path, 'empty language map');
    for (const key of keys) {
      if (!LANGUAGE_CODE.test(key)) fail(`${path}.${key}`, 'not a language code');
      text(value[key], `${path}.${key}`, name, max);
    }
  };
  const maxId = options.merged ? 100 + 61 + 4 : 100;
  const word = (value: unknown, path: string): void => {
    if (typeof value !== 'string' || value === '') return fail(path, 'no id', value);
    if (CONTROL.test(value) || BIDI.test(value) || INVISIBLE.test(value)) fail(path, 'hidden characters in an id', value);
    if (value !== value.trim()) fail(path, 'id not trimmed', value);
    if (value.length > maxId) fail(path, `id longer than ${maxId}`, value.length);
  };
  const id = (value: unknown, path: string): void => {
    word(value, path);
    if (typeof value === 'string' && RESERVED.has(value.toLowerCase())) fail(path, 'reserved id', value);
  };
  const uniqueIds = (items: ReadonlyArray<{ id: string }>, path: string): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      id(item.id, `${path}[${index}].id`);
      if (seen.has(item.id)) fail(`${path}[${index}].id`, 'duplicate id', item.id);
      seen.add(item.id);
    });
    return seen;
  };
  const url = (value: string | undefined, path: string): void => {
    if (value === undefined) return;
    if (typeof value !== 'string') return fail(path, 'not text', value);
    let parsed: URL | undefined;
    try {
      parsed = new URL(value);
    } catch {
      return fail(path, 'no URL', value);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') fail(path, 'not http(s)', value);
    if (parsed.hostname === '') fail(path, 'no host', value);
    if (webHref(value) !== value) fail(path, 'not as the elements would link it', value);
    if (/[\s<>"']/.test(value) || CONTROL.test(value) || BIDI.test(value)) fail(path, 'odd characters in a link', value);
  };
  const email = (value: string | undefined, path: string): void => {
    if (value === undefined) return;
    if (!isEmail(value) || hiddenMailHeaders(value) !== undefined || mailtoHref(value) !== `mailto:${value}`) fail(path, 'unsafe e-mail', value);
    if (BIDI.test(value) || INVISIBLE.test(value)) fail(path, 'hidden characters in an e-mail', value);
  };
  const phone = (value: string | undefined, path: string): void => {
    if (value === undefined) return;
    text(value, path, true, 50);
    if (telHref(value) === undefined || /[:<>]/.test(value)) fail(path, 'not a phone number', value);
  };
  const latLng = (value: { lat: number; lng: number } | undefined, path: string): void => {
    if (value === undefined) return;
    const { lat, lng } = value;
    if (typeof lat !== 'number' || !Number.isFinite(lat) || Math.abs(lat) > 90) fail(`${path}.lat`, 'bad latitude', lat);
    if (typeof lng !== 'number' || !Number.isFinite(lng) || Math.abs(lng) > 180) fail(`${path}.lng`, 'bad longitude', lng);
    if (Object.keys(value).join() !== 'lat,lng') fail(path, 'extra keys', Object.keys(value));
  };
  const integer = (value: number | undefined, path: string, min: number, max: number): void => {
    if (value === undefined) return;
    if (!Number.isInteger(value) || value < min || value > max) fail(path, `not a whole number ${min}–${max}`, value);
  };
  const periods = (list: ReadonlyArray<{ opens: string; closes: string }>, path: string): void => {
    list.forEach((period, index) => {
      if (!TIME.test(period.opens) || period.opens === '24:00' || !TIME.test(period.closes) || period.closes <= period.opens) {
        fail(`${path}[${index}]`, 'bad period', period);
      }
    });
  };
  const schedule = (value: Schedule | undefined, path: string): void => {
    if (value === undefined) return;
    periods(value.weekly, `${path}.weekly`);
    value.weekly.forEach((period, index) => {
      if (!WEEKDAYS.includes(period.day)) fail(`${path}.weekly[${index}].day`, 'bad day', period.day);
    });
    const dates = new Set<string>();
    value.exceptions.forEach((exception, index) => {
      const at = `${path}.exceptions[${index}]`;
      if (!isDate(exception.date)) fail(`${at}.date`, 'bad date', exception.date);
      if (dates.has(exception.date)) fail(`${at}.date`, 'date twice', exception.date);
      dates.add(exception.date);
      if (exception.closed && exception.periods.length > 0) fail(at, 'closed with periods');
      periods(exception.periods, `${at}.periods`);
      localized(exception.note, `${at}.note`, false, LONG_MAX);
    });
    localized(value.note, `${path}.note`, false, LONG_MAX);
  };
  const languages = (list: readonly string[], path: string): void => {
    list.forEach((code, index) => {
      if (!LANGUAGE_CODE.test(code)) fail(`${path}[${index}]`, 'not a language code', code);
      if (list.indexOf(code) !== index) fail(`${path}[${index}]`, 'language twice', code);
    });
  };
  const references = (list: readonly string[], known: ReadonlySet<string>, path: string): void => {
    list.forEach((ref, index) => {
      if (!known.has(ref)) fail(`${path}[${index}]`, 'dangling reference', ref);
      if (list.indexOf(ref) !== index) fail(`${path}[${index}]`, 'reference twice', ref);
    });
  };
  const source = (value: string | undefined, path: string): void => {
    if (value !== undefined) text(value, path, true, SHORT);
  };

  // The feed itself.
  if (typeof feed.version !== 'string' || !/^\d{1,4}(?:\.\d{1,4}){0,2}$/.test(feed.version)) fail('version', 'bad version', feed.version);
  if (typeof feed.sample !== 'boolean') fail('sample', 'not a boolean', feed.sample);
  if (feed.publisher.name !== '') text(feed.publisher.name, 'publisher.name', true, SHORT);
  url(feed.publisher.url, 'publisher.url');
  email(feed.publisher.email, 'publisher.email');
  phone(feed.publisher.phone, 'publisher.phone');
  if (feed.updated !== undefined && Number.isNaN(Date.parse(feed.updated))) fail('updated', 'bad date', feed.updated);
  if (!LANGUAGE_CODE.test(feed.language)) fail('language', 'not a language code', feed.language);

  const areaIds = uniqueIds(feed.areas, 'areas');
  feed.areas.forEach((area, index) => {
    localized(area.name, `areas[${index}].name`, true, SHORT);
    latLng(area.center, `areas[${index}].center`);
    integer(area.zoom, `areas[${index}].zoom`, 1, 19);
  });
  const categoryIds = uniqueIds(feed.categories, 'categories');
  feed.categories.forEach((category, index) => {
    const at = `categories[${index}]`;
    localized(category.label, `${at}.label`, true, SHORT);
    if (category.color !== undefined && !/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/.test(category.color)) fail(`${at}.color`, 'not a hex colour', category.color);
    if (category.icon !== undefined) {
      text(category.icon, `${at}.icon`, true, 16);
      if (/\s/.test(category.icon)) fail(`${at}.icon`, 'space in an icon', category.icon);
    }
  });
  const placeIds = uniqueIds(feed.places, 'places');
  feed.places.forEach((place, index) => {
    const at = `places[${index}]`;
    localized(place.name, `${at}.name`, true, SHORT);
    if (!PLACE_KINDS.includes(place.kind)) fail(`${at}.kind`, 'unknown kind', place.kind);
    references(place.categories, categoryIds, `${at}.categories`);
    references(place.areas, areaIds, `${at}.areas`);
    localized(place.description, `${at}.description`, false, LONG_MAX);
    localized(place.accessibility, `${at}.accessibility`, false, LONG_MAX);
    if (place.audience) {
      const { groups, minAge, maxAge, description } = place.audience;
      groups.forEach((group, g) => {
        if (!AUDIENCE_GROUPS.includes(group) || groups.indexOf(group) !== g) fail(`${at}.audience.groups[${g}]`, 'bad group', group);
      });
      integer(minAge, `${at}.audience.minAge`, 0, 120);
      integer(maxAge, `${at}.audience.maxAge`, 0, 120);
      if (minAge !== undefined && maxAge !== undefined && minAge > maxAge) fail(`${at}.audience`, 'ages in the wrong order');
      localized(description, `${at}.audience.description`, false, LONG_MAX);
    }
    if (place.address) {
      const keys = Object.keys(place.address);
      if (keys.length === 0) fail(`${at}.address`, 'empty address');
      for (const key of keys) text(place.address[key as keyof typeof place.address], `${at}.address.${key}`, true, SHORT);
    }
    latLng(place.location, `${at}.location`);
    url(place.contact.website, `${at}.contact.website`);
    email(place.contact.email, `${at}.contact.email`);
    phone(place.contact.phone, `${at}.contact.phone`);
    languages(place.languages, `${at}.languages`);
    schedule(place.hours, `${at}.hours`);
    place.activities.forEach((activity, a) => {
      localized(activity.name, `${at}.activities[${a}].name`, true, SHORT);
      localized(activity.description, `${at}.activities[${a}].description`, false, LONG_MAX);
      schedule(activity.schedule, `${at}.activities[${a}].schedule`);
    });
    if (place.lastChecked !== undefined && !isDate(place.lastChecked)) fail(`${at}.lastChecked`, 'bad date', place.lastChecked);
    source(place.source, `${at}.source`);
  });

  const terms = new Set<string>();
  feed.glossary.forEach((entry, index) => {
    const at = `glossary[${index}]`;
    text(entry.term, `${at}.term`, true, 100);
    if (terms.has(entry.term)) fail(`${at}.term`, 'term twice', entry.term);
    terms.add(entry.term);
    entry.aliases.forEach((alias, a) => text(alias, `${at}.aliases[${a}]`, true, 100));
    localized(entry.explanation, `${at}.explanation`, false, LONG_MAX);
    source(entry.source, `${at}.source`);
  });

  uniqueIds(feed.guides, 'guides');
  feed.guides.forEach((guide, index) => {
    const at = `guides[${index}]`;
    localized(guide.title, `${at}.title`, true, SHORT);
    localized(guide.intro, `${at}.intro`, false, LONG_MAX);
    const stepIds = uniqueIds(guide.steps, `${at}.steps`);
    if (guide.steps.length === 0 ? guide.start !== '' : !stepIds.has(guide.start)) fail(`${at}.start`, 'start leads nowhere', guide.start);
    guide.steps.forEach((step, s) => {
      const stepAt = `${at}.steps[${s}]`;
      step.choices.forEach((choice, c) => {
        localized(choice.label, `${stepAt}.choices[${c}].label`, false, SHORT);
        if (!stepIds.has(choice.next)) fail(`${stepAt}.choices[${c}].next`, 'leads nowhere', choice.next);
      });
      if (step.type === 'question') {
        localized(step.text, `${stepAt}.text`, false, LONG_MAX);
        localized(step.help, `${stepAt}.help`, false, LONG_MAX);
        return;
      }
      localized(step.title, `${stepAt}.title`, false, SHORT);
      localized(step.text, `${stepAt}.text`, false, LONG_MAX);
      step.actions.forEach((action, a) => localized(action, `${stepAt}.actions[${a}]`, false, LONG_MAX));
      step.contacts.forEach((contact, c) => {
        const contactAt = `${stepAt}.contacts[${c}]`;
        if (contact.type === 'place') {
          if (!placeIds.has(contact.place)) fail(`${contactAt}.place`, 'dangling reference', contact.place);
          localized(contact.note, `${contactAt}.note`, false, LONG_MAX);
        } else {
          localized(contact.name, `${contactAt}.name`, true, SHORT);
          localized(contact.description, `${contactAt}.description`, false, LONG_MAX);
          url(contact.website, `${contactAt}.website`);
          email(contact.email, `${contactAt}.email`);
          phone(contact.phone, `${contactAt}.phone`);
        }
      });
    });
    if (guide.emergency) {
      for (const key of ['danger', 'helpline'] as const) {
        const line = guide.emergency[key];
        localized(line.label, `${at}.emergency.${key}.label`, true, SHORT);
        phone(line.phone, `${at}.emergency.${key}.phone`);
        localized(line.description, `${at}.emergency.${key}.description`, false, LONG_MAX);
      }
    }
    source(guide.source, `${at}.source`);
  });

  uniqueIds(feed.opportunities, 'opportunities');
  feed.opportunities.forEach((opportunity, index) => {
    const at = `opportunities[${index}]`;
    localized(opportunity.title, `${at}.title`, true, SHORT);
    if (opportunity.place !== undefined && !placeIds.has(opportunity.place)) fail(`${at}.place`, 'dangling reference', opportunity.place);
    localized(opportunity.description, `${at}.description`, false, LONG_MAX);
    localized(opportunity.when, `${at}.when`, false, SHORT);
    schedule(opportunity.schedule, `${at}.schedule`);
    // Skills are words (talent ids), not ids of items: only what an id may not hold is checked.
    opportunity.skills.forEach((skill, s) => word(skill, `${at}.skills[${s}]`));
    languages(opportunity.languages, `${at}.languages`);
    integer(opportunity.minAge, `${at}.minAge`, 0, 120);
    if (opportunity.contact) {
      if (opportunity.contact.name !== undefined) text(opportunity.contact.name, `${at}.contact.name`, true, SHORT);
      url(opportunity.contact.website, `${at}.contact.website`);
      email(opportunity.contact.email, `${at}.contact.email`);
      phone(opportunity.contact.phone, `${at}.contact.phone`);
    }
    localized(opportunity.followUp, `${at}.followUp`, false, LONG_MAX);
    source(opportunity.source, `${at}.source`);
  });

  const signup = feed.signup;
  url(signup.action, 'signup.action');
  url(signup.privacyUrl, 'signup.privacyUrl');
  email(signup.email, 'signup.email');
  localized(signup.privacyText, 'signup.privacyText', false, LONG_MAX);
  if (signup.encoding !== 'json' && signup.encoding !== 'form') fail('signup.encoding', 'unknown', signup.encoding);
  for (const [key, value] of Object.entries(signup.fields)) if (typeof value !== 'boolean') fail(`signup.fields.${key}`, 'not a boolean', value);
  uniqueIds(signup.talents, 'signup.talents');
  signup.talents.forEach((talent, index) => localized(talent.label, `signup.talents[${index}].label`, true, SHORT));

  // Every object of the output: a plain object or array made by buurtkit, without prototype keys,
  // without undefined fields or numbers that are not finite.
  const walk = (value: unknown, path: string, depth: number): void => {
    if (depth > 12) return fail(path, 'nested deeper than a feed is');
    if (typeof value === 'number' && !Number.isFinite(value)) return fail(path, 'number that is not finite', value);
    if (value === undefined) return fail(path, 'undefined field');
    if (!value || typeof value !== 'object') return;
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== Array.prototype) fail(path, 'odd prototype');
    if (options.inputs?.has(value)) fail(path, 'an object of the input, not a copy');
    for (const key of Object.keys(value)) {
      if (RESERVED.has(key)) fail(`${path}.${key}`, 'prototype key');
      walk((value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1);
    }
  };
  walk(feed, 'feed', 0);
  return bad;
}

/** Every object of an input, to check that none of them is handed on. */
function objectsOf(root: unknown): WeakSet<object> {
  const set = new WeakSet<object>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object' || set.has(node)) return;
    set.add(node);
    for (const key of Object.keys(node)) walk((node as Record<string, unknown>)[key]);
  };
  walk(root);
  return set;
}

/** A fingerprint of a value that tells NaN, -0, undefined and own "__proto__" keys apart. */
function fingerprint(value: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'number') parts.push(Object.is(node, -0) ? '-0' : String(node));
    else if (node === undefined) parts.push('u');
    else if (!node || typeof node !== 'object') parts.push(JSON.stringify(node));
    else {
      parts.push(Array.isArray(node) ? '[' : '{');
      for (const key of Object.keys(node)) {
        parts.push(JSON.stringify(key), ':');
        walk((node as Record<string, unknown>)[key]);
      }
      parts.push(Array.isArray(node) ? ']' : '}');
    }
  };
  walk(value);
  return parts.join('');
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join();
function prototypeProblems(): string[] {
  const bad: string[] = [];
  if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== PROTOTYPE_KEYS) bad.push('Object.prototype has other keys');
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'url', 'kind', 'website', 'weekly', 'message', 'encoding', 'places', 'x']) {
    if (probe[key] !== undefined) bad.push(`Object.prototype.${key} is set`);
  }
  if (Array.prototype.length !== 0 || (Array.prototype as unknown as Record<string, unknown>)['polluted'] !== undefined) bad.push('Array.prototype changed');
  return bad;
}

/** What a marker shows of a place. */
const marker = (place: Place): unknown => ({ id: place.id, name: place.name, kind: place.kind, location: place.location });

/** The first look must keep exactly the places validateFeed keeps, with the same marker fields. */
function firstLookProblems(json: unknown, whole: Feed, full: number): string[] {
  const first = firstLookFeed(json, full);
  if (first === undefined) return ['firstLookFeed gave no feed for an object'];
  const bad: string[] = [];
  const same = (a: unknown, b: unknown): boolean => fingerprint(a) === fingerprint(b);
  const firstIds = first.places.map((place) => place.id);
  const wholeIds = whole.places.map((place) => place.id);
  for (const id of firstIds) if (!wholeIds.includes(id)) bad.push(`first look (${full} in full) shows ${show(id)}, which validateFeed drops`);
  for (const id of wholeIds) if (!firstIds.includes(id)) bad.push(`first look (${full} in full) drops ${show(id)}, which validateFeed keeps`);
  if (bad.length === 0) {
    first.places.forEach((place, index) => {
      if (!same(marker(place), marker(whole.places[index]!))) bad.push(`first look (${full} in full) place ${index}: ${show(marker(place))} ≠ ${show(marker(whole.places[index]!))}`);
      if (index < full && !same(place, whole.places[index])) bad.push(`first look (${full} in full) place ${index} not read in full`);
    });
  }
  for (const key of ['version', 'sample', 'publisher', 'language', 'updated', 'areas', 'categories', 'glossary'] as const) {
    if (!same(first[key], whole[key])) bad.push(`first look: ${key} differs`);
  }
  return bad;
}

// ---------------------------------------------------------------------------------------------

const FIXTURES = [
  '/test/fixtures/feeds/good-complete.json',
  '/test/fixtures/feeds/good-minimal.json',
  '/test/fixtures/feeds/proto-keys.json',
  '/test/fixtures/feeds/html-in-text.json',
  '/test/fixtures/feeds/javascript-links.json',
  '/test/fixtures/feeds/data-links.json',
  '/test/fixtures/feeds/duplicate-ids.json',
  '/test/fixtures/feeds/bad-hours.json',
  '/test/fixtures/feeds/bad-contacts.json',
  '/test/fixtures/feeds/swapped-coordinates.json',
  '/test/fixtures/feeds/guide-cycle.json',
  '/test/fixtures/feeds/signup-odd.json',
  '/demo/feeds/den-bosch.json',
];

async function loadText(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

/** The seeds of `count` cases that start at `offset`, or the seeds of FUZZ_ONLY among them. */
function seeds(offset: number, count: number): number[] {
  const all = Array.from({ length: count }, (_, n) => SEED + offset + n);
  return FUZZ_ONLY.length > 0 ? all.filter((seed) => FUZZ_ONLY.includes(seed)) : all;
}

function report(seed: number, what: string, log: readonly string[], problems: readonly string[]): string {
  return [`fuzz seed ${seed} (${what}); rerun with FUZZ_ONLY = [${seed}]`, 'mutations:', ...log.map((line) => `  ${line}`), 'broken promises:', ...problems.slice(0, 15).map((line) => `  ${line}`)].join('\n');
}

/** A value's text holds a lone surrogate somewhere (so a text may end in one). */
function hasLoneSurrogate(value: unknown): boolean {
  const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  const walk = (node: unknown): boolean => {
    if (typeof node === 'string') return lone.test(node);
    if (!node || typeof node !== 'object') return false;
    return Object.keys(node).some((key) => lone.test(key) || walk((node as Record<string, unknown>)[key]));
  };
  return walk(value);
}

describe('fuzz: hostile feeds', () => {
  let texts: string[] = [];
  before(async () => {
    texts = await Promise.all(FIXTURES.map(loadText));
  });

  it('validateFeed never throws, keeps only safe values, leaves the input and Object.prototype alone; the first look agrees with it', () => {
    for (const seed of seeds(0, 240)) {
      const random = new Random(seed);
      const base = random.int(texts.length);
      const json = JSON.parse(texts[base]!) as Record<string, unknown>;
      const log = [`start from ${FIXTURES[base]}`, ...mutate(random, json, 1 + random.int(8))];
      const before = fingerprint(json);
      const started = performance.now();
      const problems: string[] = [];
      let feed: Feed | undefined;
      try {
        feed = validateFeed(json).feed;
      } catch (error) {
        problems.push(`validateFeed threw ${String(error)}`);
      }
      if (feed) {
        problems.push(...checkFeed(feed, { loneSurrogates: hasLoneSurrogate(json), inputs: objectsOf(json) }));
        try {
          for (const full of [0, 1 + random.int(3), 50]) problems.push(...firstLookProblems(json, feed, full));
        } catch (error) {
          problems.push(`firstLookFeed threw ${String(error)}`);
        }
        // The plain-language check (the CLI's and the studio's) reads the same raw JSON.
        try {
          checkPlainLanguage(json);
        } catch (error) {
          problems.push(`checkPlainLanguage threw ${String(error)}`);
        }
        // The slices the map validates in after its first look give the same feed.
        if (random.chance(0.25)) {
          const steps = validateFeedSteps(json, {}, 1 + random.int(3));
          let next = steps.next();
          while (!next.done) next = steps.next();
          if (fingerprint(next.value.feed) !== fingerprint(feed)) problems.push('validateFeedSteps gives another feed');
        }
      }
      problems.push(...slowness(started));
      if (fingerprint(json) !== before) problems.push('the input was changed');
      problems.push(...prototypeProblems());
      expect(problems, report(seed, 'validateFeed', log, problems)).to.deep.equal([]);
    }
  });

  it('a checked feed reads back unchanged: validating the output again changes nothing', () => {
    for (const seed of seeds(1000, 80)) {
      const random = new Random(seed);
      const base = random.int(texts.length);
      const json = JSON.parse(texts[base]!) as Record<string, unknown>;
      const log = [`start from ${FIXTURES[base]}`, ...mutate(random, json, 1 + random.int(8))];
      // Through JSON, as a feed is stored and served: -0 becomes 0 there, the same coordinate.
      const once = JSON.parse(JSON.stringify(validateFeed(json).feed)) as Feed;
      const twice = validateFeed(structuredCopy(once)).feed;
      const problems = fingerprint(twice) === fingerprint(once) ? [] : [`second validation differs: ${firstDifference(once, twice)}`];
      expect(problems, report(seed, 'idempotence', log, problems)).to.deep.equal([]);
    }
  });
});

/** Where two values first differ, for a failure message. */
function firstDifference(a: unknown, b: unknown, path = 'feed'): string {
  if (fingerprint(a) === fingerprint(b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${show(a)} → ${show(b)}`;
}

// ---------------------------------------------------------------------------------------------
// Spreadsheets, HSDS and merges: their output passes the same checks.

const CSV_COLUMNS = ['naam', 'id', 'soort', 'adres', 'postcode', 'plaats', 'wijk', 'lat', 'lng', 'telefoon', 'e-mail', 'website', 'openingstijden', 'talen', 'leeftijd', 'omschrijving', 'gecontroleerd', 'bron'];
const CSV_GOOD: Record<string, string[]> = {
  naam: ['De Kruimel', 'Wijkplaats', 'CJG'],
  soort: ['Bewonersinitiatief', 'v', 'Professionele hulp', 'winkel'],
  wijk: ['Boschveld', 'Oost, Boschveld', 'Onbekend'],
  lat: ['51,7003', '51.69', '91', '-0', ''],
  lng: ['5,2931', '5.3', '181', '1e3'],
  telefoon: ['073-123 45 67', '112', '12'],
  'e-mail': ['info@dekruimel.example', 'a@b'],
  website: ['https://dekruimel.example', 'dekruimel.example'],
  openingstijden: ['ma-vr 9:00-12:00', 'di en do 9:15-11:45', 'gesloten op 25-12', 'ma 25:00-26:00'],
  talen: ['Nederlands, Arabisch', 'Klingon'],
  leeftijd: ['0-12', '16+', '12-4'],
  gecontroleerd: ['18-11-2026', '31-02-2026'],
  bron: ['Buurtkrant', 'Partner'],
};

function csvCell(random: Random, column: string): string {
  const good = CSV_GOOD[column];
  if (good && random.chance(0.3)) return splice(random, random.pick(good));
  if (good && random.chance(0.4)) return random.pick(good);
  return random.chance(0.6) ? random.pick([...MARKUP, ...ODD_TEXT, ...PROTO_WORDS]) : random.pick(UNSAFE_LINKS);
}

function csvText(random: Random, delimiter: string, rows: string[][]): string {
  const quote = (cell: string): string => (random.chance(0.8) || /["\n\r,;\t]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(delimiter)).join(random.pick(['\n', '\r\n']));
}

function spreadsheet(random: Random): { text: string; log: string[] } {
  const columns = CSV_COLUMNS.filter((column) => column === 'naam' || random.chance(0.6));
  const rows: string[][] = [columns];
  const count = 1 + random.int(12);
  for (let r = 0; r < count; r++) rows.push(columns.map((column) => csvCell(random, column)));
  if (random.chance(0.3)) rows.push([...rows[1]!]);
  const text = csvText(random, random.pick([';', ',', '\t']), rows);
  return { text, log: [`spreadsheet: ${show(text)}`] };
}

describe('fuzz: hostile sources', () => {
  let municipality: SourceFeed;
  let complete: Feed;
  before(async () => {
    const json = JSON.parse(await loadText('/test/fixtures/feeds/good-complete.json'));
    const result = validateFeed(json);
    complete = result.feed;
    municipality = { id: 'gemeente.json', label: result.feed.publisher.name, feed: result.feed, problems: result.problems };
  });

  it('a hostile spreadsheet, alone and merged with a feed, shows only safe values', () => {
    for (const seed of seeds(2000, 80)) {
      const random = new Random(seed);
      const { text, log } = spreadsheet(random);
      const started = performance.now();
      const problems: string[] = [];
      try {
        const name = random.chance(0.8) ? 'plekken.csv' : random.pick([...ODD_TEXT, ...MARKUP]);
        const result = readSpreadsheet([{ name, text }], undefined, { year: 2026 });
        const loneSurrogates = hasLoneSurrogate(text) || hasLoneSurrogate(name);
        problems.push(...checkFeed(result.feed, { loneSurrogates }));
        const sheet: SourceFeed = { id: 'plekken.csv', label: result.feed.publisher.name || 'plekken.csv', ...result };
        const merged = mergeSources(random.chance(0.5) ? [municipality, sheet] : [sheet, municipality]);
        problems.push(...checkFeed(merged.feed, { loneSurrogates, merged: true }).map((line) => `merged: ${line}`));
      } catch (error) {
        problems.push(`threw ${String(error)}`);
      }
      problems.push(...slowness(started), ...prototypeProblems());
      expect(problems, report(seed, 'spreadsheet', log, problems)).to.deep.equal([]);
    }
  });

  it('a hostile HSDS document shows only safe values, and no place where the document has no coordinates', async () => {
    const hsds = feedToHsds(complete) as Record<string, unknown>;
    for (const seed of seeds(3000, 80)) {
      const random = new Random(seed);
      // The API's list shape, one of its services alone, or the list as a bare array.
      const contents = structuredCopy((hsds as { contents: Record<string, unknown>[] }).contents);
      const shape = random.int(3);
      const json: unknown = shape === 0 ? { contents } : shape === 1 ? contents[random.int(contents.length)]! : contents;
      const log = [`HSDS shape ${['list', 'service', 'array'][shape]}`, ...mutate(random, json as Record<string, unknown>, 1 + random.int(8))];
      const started = performance.now();
      const problems: string[] = [];
      try {
        const converted = hsdsToFeed(json);
        const result = await readSource(json, 'https://partner.example/hsds.json');
        const loneSurrogates = hasLoneSurrogate(json);
        problems.push(...checkFeed(result.feed, { loneSurrogates, inputs: objectsOf(json) }));
        // Beside a municipality's feed, as a page with two sources shows it.
        const partner: SourceFeed = { id: 'https://partner.example/hsds.json', label: result.label, feed: result.feed, problems: result.problems };
        const merged = mergeSources(random.chance(0.5) ? [municipality, partner] : [partner, municipality]);
        problems.push(...checkFeed(merged.feed, { loneSurrogates, merged: true }).map((line) => `merged: ${line}`));
        // A place has a location only where its HSDS location gives both coordinates.
        problems.push(...coordinateProvenance(json, result.feed));
        if (converted) {
          problems.push(...firstLookProblems(converted.json, validateFeed(converted.json).feed, random.int(3)));
        }
      } catch (error) {
        problems.push(`threw ${String(error)}`);
      }
      problems.push(...slowness(started), ...prototypeProblems());
      expect(problems, report(seed, 'HSDS', log, problems)).to.deep.equal([]);
    }
  });
});

/**
 * Every coordinate of a place read from HSDS was written in the document, as a number or as
 * text that is a number: `null`, `""`, `[]` or `true` say nothing about where a place is.
 */
function coordinateProvenance(json: unknown, feed: Feed): string[] {
  const written = new Set<number>();
  const collect = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      const value = (node as Record<string, unknown>)[key];
      if (key === 'latitude' || key === 'longitude') {
        if (typeof value === 'number') written.add(value);
        else if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) written.add(Number(value));
      }
      collect(value);
    }
  };
  collect(json);
  const bad: string[] = [];
  for (const place of feed.places) {
    if (!place.location) continue;
    if (!written.has(place.location.lat) || !written.has(place.location.lng)) {
      bad.push(`place ${show(place.id)} at ${show(place.location)}: coordinates the document does not give`);
    }
  }
  return bad;
}

// ---------------------------------------------------------------------------------------------
// The feed cache: storage may hold anything at all.

describe('fuzz: hostile storage', () => {
  const URL_OF = 'https://wijk.example/buurt.json';
  const goodEntry = (): Record<string, unknown> => ({ v: 1, fetchedAt: 1_790_000_000_000, etag: '"abc"', feed: { version: '1.0', places: [] } });

  it('reads back only well-formed entries, removes the rest, and never throws', () => {
    for (const seed of seeds(4000, 150)) {
      const random = new Random(seed);
      const storage = new MemoryStorage();
      const entry = goodEntry();
      const log = mutate(random, entry, 1 + random.int(4));
      let raw = JSON.stringify(entry) ?? '';
      // Storage holds text: sometimes cut short, padded or replaced by something that is no JSON at all.
      const damage = random.int(6);
      if (damage === 0) raw = raw.slice(0, random.int(raw.length));
      else if (damage === 1) raw = random.pick(['', 'null', '[]', '"text"', 'NaN', '{"v":1,"fetchedAt":1e400,"feed":{}}', '{"v":1,"fetchedAt":-1,"feed":{}}', '{"v":"1","fetchedAt":1,"feed":{}}', '{"v":1,"fetchedAt":1,"feed":{},"__proto__":{"polluted":1}}', '{"v":1,"fetchedAt":1,"feed":{"__proto__":{"polluted":1}}}', '\uD800', '{'.repeat(100_000)]);
      else if (damage === 2) raw = ` ${raw}\u0000`;
      log.push(`stored: ${show(raw)}`);
      storage.setItem(cacheKey(URL_OF), raw);
      const problems: string[] = [];
      try {
        const read = readCachedFeed(storage.asStorage(), URL_OF);
        if (read === undefined) {
          if (storage.getItem(cacheKey(URL_OF)) !== null) problems.push('an unreadable entry stays in storage');
        } else {
          if (typeof read.fetchedAt !== 'number' || !Number.isFinite(read.fetchedAt) || read.fetchedAt <= 0) problems.push(`fetchedAt ${show(read.fetchedAt)}`);
          if (read.etag !== undefined && typeof read.etag !== 'string') problems.push(`etag ${show(read.etag)}`);
          if (!read.json || typeof read.json !== 'object' || Array.isArray(read.json)) problems.push(`feed ${show(read.json)}`);
          if (Object.keys(read).some((key) => !['fetchedAt', 'etag', 'json'].includes(key))) problems.push(`extra keys ${show(Object.keys(read))}`);
          // What the cache hands on is checked like any feed.
          problems.push(...checkFeed(validateFeed(read.json).feed, { loneSurrogates: true }));
        }
      } catch (error) {
        problems.push(`threw ${String(error)}`);
      }
      problems.push(...prototypeProblems());
      expect(problems, report(seed, 'cache', log, problems)).to.deep.equal([]);
    }
  });

  it('stores and reads back any feed body, URL and ETag unchanged', () => {
    for (const seed of seeds(5000, 60)) {
      const random = new Random(seed);
      const storage = new MemoryStorage();
      const url = random.chance(0.5) ? URL_OF : `https://wijk.example/${random.pick([...ODD_TEXT, ...PROTO_WORDS, ...MARKUP])}`;
      const etag = random.chance(0.3) ? undefined : random.pick([...ODD_TEXT, ...PROTO_WORDS, '"W/abc"', '\\"']);
      const feed = JSON.parse(JSON.stringify(goodEntry().feed)) as Record<string, unknown>;
      const log = [`url ${show(url)}, etag ${show(etag)}`, ...mutate(random, feed, 1 + random.int(4))];
      const body = JSON.stringify(feed);
      const problems: string[] = [];
      try {
        const stored = writeCachedFeed(storage.asStorage(), url, { fetchedAt: 1_790_000_000_000, ...(etag === undefined ? {} : { etag }), body });
        // A feed over the cap is not stored, and leaves no entry behind.
        if (stored !== body.length <= CACHE_MAX_BODY_CHARS) problems.push(`stored: ${stored}, ${body.length} characters`);
        const read = parseRaw(storage.asStorage(), url, storage.getItem(cacheKey(url)) ?? '');
        if (!stored) {
          if (read || storage.getItem(cacheKey(url)) !== null) problems.push('an entry over the cap');
        } else if (!read) problems.push('not read back');
        else {
          if (fingerprint(read.json) !== fingerprint(JSON.parse(body))) problems.push('feed changed');
          if (read.etag !== etag) problems.push(`etag ${show(read.etag)} ≠ ${show(etag)}`);
        }
      } catch (error) {
        problems.push(`threw ${String(error)}`);
      }
      problems.push(...prototypeProblems());
      expect(problems, report(seed, 'cache round trip', log, problems)).to.deep.equal([]);
    }
  });
});
