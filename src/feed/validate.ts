import { FEED_MAJOR_VERSION, type Feed, type Publisher, type ValidationResult } from './types.js';
import { Context, drain, isObject, own, type JsonObject } from './validate/context.js';
import { readGlossary, readOpportunities, readSignup } from './validate/extras.js';
import { readGuides } from './validate/guides.js';
import { readAreas, readCategories, readPlaces, readPlacesInSteps, type PlaceReferences } from './validate/places.js';
import { readBoolean, readEmail, readLanguageCode, readName, readObject, readPhone, readWebUrl } from './validate/values.js';

export interface ValidateOptions {
  /** Language of the problem messages: "nl" (default) or "en". */
  lang?: string;
}

/** A feed with nothing in it: what a visitor gets when nothing can be read. */
export function emptyFeed(): Feed {
  return {
    version: `${FEED_MAJOR_VERSION}.0`,
    sample: false,
    publisher: { name: '' },
    language: 'nl',
    areas: [],
    categories: [],
    places: [],
    glossary: [],
    guides: [],
    opportunities: [],
    signup: {
      encoding: 'json',
      fields: { area: false, talents: false, availability: false, languages: false, message: false },
      talents: [],
    },
  };
}

const VERSION = /^(\d{1,4})(?:\.(\d{1,4}))?(?:\.(\d{1,4}))?$/;

/** The version as text; a missing or unreadable one is read as version 1. */
function readVersion(ctx: Context, value: unknown): string {
  if (value === undefined || value === null) {
    ctx.report('feed.version.missing', 'version');
    return `${FEED_MAJOR_VERSION}.0`;
  }
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  const match = text === undefined ? null : VERSION.exec(text);
  if (text === undefined || !match) {
    ctx.report('feed.version.invalid', 'version', { value: ctx.preview(value) });
    return `${FEED_MAJOR_VERSION}.0`;
  }
  const major = Number(match[1]);
  if (major > FEED_MAJOR_VERSION) ctx.report('feed.version.newer', 'version', { value: text });
  else if (major < FEED_MAJOR_VERSION) ctx.report('feed.version.older', 'version', { value: text });
  return text;
}

function readPublisher(ctx: Context, value: unknown): Publisher {
  const raw = readObject(ctx, value, 'publisher') ?? {};
  const name = readName(ctx, own(raw, 'name'), 'publisher.name');
  if (name === undefined) ctx.report('publisher.name.missing', 'publisher.name');
  const publisher: Publisher = { name: name ?? '' };
  const url = readWebUrl(ctx, own(raw, 'url'), 'publisher.url');
  if (url !== undefined) publisher.url = url;
  const email = readEmail(ctx, own(raw, 'email'), 'publisher.email');
  if (email !== undefined) publisher.email = email;
  const phone = readPhone(ctx, own(raw, 'phone'), 'publisher.phone');
  if (phone !== undefined) publisher.phone = phone;
  return publisher;
}

function readUpdated(ctx: Context, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(value.trim())) {
    if (!Number.isNaN(Date.parse(value.trim()))) return value.trim();
  }
  ctx.report('feed.updated.invalid', 'updated', { value: ctx.preview(value) });
  return undefined;
}

export type PlacesReader = (ctx: Context, value: unknown, path: string, refs: PlaceReferences) => Feed['places'] | Generator<void, Feed['places'], void>;

/**
 * Each part is read in an order that lets later parts check their references: areas and
 * categories before places, places before guides and opportunities. A first look
 * (`firstLookFeed`, validate/first-look.ts) reads the places its own way and stops after
 * the glossary. Steps: it pauses where `places` does (see `validateFeedSteps`).
 * @internal
 */
export function* readFeedSteps(ctx: Context, raw: JsonObject, places: PlacesReader = readPlaces, firstLook = false): Generator<void, Feed, void> {
  const feed = emptyFeed();
  feed.version = readVersion(ctx, own(raw, 'version'));
  feed.sample = readBoolean(ctx, own(raw, 'sample'), 'sample');
  feed.publisher = readPublisher(ctx, own(raw, 'publisher'));
  const updated = readUpdated(ctx, own(raw, 'updated'));
  if (updated !== undefined) feed.updated = updated;
  const rawLanguage = own(raw, 'language');
  if (rawLanguage !== undefined && rawLanguage !== null) {
    const language = readLanguageCode(rawLanguage);
    if (language === undefined) ctx.report('feed.language.invalid', 'language', { value: ctx.preview(rawLanguage) });
    else feed.language = language;
  }

  // Each part on its own guard, so a part that cannot be read at all costs only itself.
  const part = <T>(name: string, read: () => T, fallback: T): T => drain(partSteps(ctx, name, read, fallback));
  feed.areas = part('areas', () => readAreas(ctx, own(raw, 'areas'), 'areas'), []);
  feed.categories = part('categories', () => readCategories(ctx, own(raw, 'categories'), 'categories'), []);
  const references = {
    areas: new Set(feed.areas.map((area) => area.id)),
    categories: new Set(feed.categories.map((category) => category.id)),
    centres: feed.areas.map((area) => area.center),
  };
  feed.places = yield* partSteps(ctx, 'places', () => places(ctx, own(raw, 'places'), 'places', references), []);
  feed.glossary = part('glossary', () => readGlossary(ctx, own(raw, 'glossary'), 'glossary'), []);
  if (firstLook) return feed;
  const placeIds = new Set(feed.places.map((place) => place.id));
  feed.guides = part('guides', () => readGuides(ctx, own(raw, 'guides'), 'guides', placeIds), []);
  feed.opportunities = part('opportunities', () => readOpportunities(ctx, own(raw, 'opportunities'), 'opportunities', placeIds), []);
  feed.signup = part('signup', () => readSignup(ctx, own(raw, 'signup'), 'signup'), feed.signup);
  return feed;
}

/** `readFeedSteps` at once. @internal */
export function readFeed(ctx: Context, raw: JsonObject, places: PlacesReader = readPlaces, firstLook = false): Feed {
  return drain(readFeedSteps(ctx, raw, places, firstLook));
}

/**
 * One part of the feed, on its own guard: a part that throws (only a live object can: a
 * getter or a proxy) is reported and left out. A part read in steps pauses where it does.
 */
function* partSteps<T>(ctx: Context, name: string, read: () => T | Generator<void, T, void>, fallback: T): Generator<void, T, void> {
  try {
    const result = read();
    return (isSteps(result) ? yield* result : result) ?? fallback;
  } catch {
    ctx.report('item.unreadable', name, { item: 'value' });
    return fallback;
  }
}

function isSteps<T>(value: T | Generator<void, T, void>): value is Generator<void, T, void> {
  return typeof value === 'object' && value !== null && typeof (value as { next?: unknown }).next === 'function' && !Array.isArray(value);
}

/**
 * Turns any JSON value into a feed the elements can show, and a list of problems for its
 * author. Works item by item: a bad place, step or opportunity is left out and reported,
 * the good ones stay. Never throws; never copies an input object, so keys such as
 * `__proto__` cannot reach the result; never interprets text (it stays text).
 */
export function validateFeed(json: unknown, options: ValidateOptions = {}): ValidationResult {
  return drain(validateFeedSteps(json, options));
}

/**
 * `validateFeed` in steps: it pauses (yields) after every `every` places, so a page can
 * validate a large feed in slices while the browser is idle (the map does, after its first
 * look). Run to the end, it returns exactly what `validateFeed` returns: validateFeed is
 * this, run at once.
 */
export function* validateFeedSteps(json: unknown, options: ValidateOptions = {}, every = Infinity): Generator<void, ValidationResult, void> {
  const ctx = new Context(options.lang ?? 'nl');
  if (!isObject(json)) {
    ctx.report('feed.not-an-object', '', { value: ctx.preview(json) });
    return { feed: emptyFeed(), problems: ctx.problems };
  }
  let feed: Feed;
  try {
    feed = yield* readFeedSteps(ctx, json, every === Infinity ? readPlaces : (c, value, path, refs) => readPlacesInSteps(c, value, path, refs, every));
  } catch {
    // Only a live object can get here (a throwing getter or proxy at the top level).
    ctx.report('item.unreadable', '', { item: 'feed' });
    feed = emptyFeed();
  }
  // Any JSON object passes the checks above; say so when nothing in it would appear on screen.
  if (feed.places.length === 0 && feed.guides.length === 0 && feed.opportunities.length === 0) {
    ctx.report('feed.nothing-to-show', '');
  }
  return { feed, problems: ctx.problems };
}
