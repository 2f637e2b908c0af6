/**
 * A first look at a feed, for a map's first paint. Its own module, so only the map's code
 * carries it; the guide and the sign-up form always validate the whole feed first.
 */
import type { Feed, Place } from '../types.js';
import { Context, isObject, own } from './context.js';
import { readKeyedList } from './keyed.js';
import { placeReader, readKind, readLocation, type PlaceReferences } from './places.js';
import { readFeed } from '../validate.js';

/** Feeds made by `firstLookFeed`: not complete until `validateFeed` has read the same JSON. */
const firstLooks = new WeakSet<Feed>();

/**
 * A first look at a feed, for drawing a map's first markers and the first entries of its
 * list before the whole feed is checked. What it gives has passed the same checks as with
 * `validateFeed`, so nothing unchecked is ever shown:
 *  - the feed's version, publisher, language, areas, categories and glossary, in full;
 *  - the first `fullPlaces` places that are kept, in full (the first page of a list);
 *  - every other place only as far as a marker needs it: id, name, kind and location, each
 *    checked as `validateFeed` checks them; its other fields are still empty.
 * A place is kept or left out for the same reasons as in `validateFeed`, so the places are
 * the same, in the same order. Guides, opportunities and sign-up settings are left empty,
 * and no problems are collected: `validateFeed` on the same JSON gives the complete feed and
 * its problems, unchanged. `undefined` when the JSON is no feed object; ask `validateFeed`.
 */
export function firstLookFeed(json: unknown, fullPlaces: number): Feed | undefined {
  if (!isObject(json)) return undefined;
  // Problems are thrown away: the complete validation reports them, each once.
  const ctx = new Context('nl');
  try {
    const feed = readFeed(ctx, json, (c, value, path, refs) => readPlacesFirstLook(c, value, path, refs, fullPlaces), true);
    firstLooks.add(feed);
    return feed;
  } catch {
    return undefined;
  }
}

/** Whether `feed` is a first look (`firstLookFeed`): some of its places are not read in full yet. */
export function isFirstLook(feed: Feed | undefined): boolean {
  return feed !== undefined && firstLooks.has(feed);
}

/**
 * The places for a first paint (see `firstLookFeed`): the first `full` places that are kept
 * are read as `readPlaces` reads them; every later one only as far as a marker needs it —
 * id, name, kind and location, with the same checks as the full read. An entry is kept or left
 * out for the same reasons either way (an item, an id not taken, a name, a known kind), so
 * the list holds the same places, with the same ids, names, kinds and locations, in the same
 * order as `readPlaces` gives; only the other fields of the later places are still empty.
 */
function readPlacesFirstLook(ctx: Context, value: unknown, path: string, refs: PlaceReferences, full: number): Place[] {
  const read = placeReader(ctx, refs);
  let kept = 0;
  return readKeyedList(ctx, value, path, 'place', 'name', (entry, entryPath) => {
    if (kept < full) {
      const place = read(entry, entryPath);
      if (place) kept++;
      return place;
    }
    const kind = readKind(ctx, entry.raw, entryPath);
    if (kind === undefined) return undefined;
    const place: Place = { id: entry.id, name: entry.name, kind, categories: [], areas: [], contact: {}, languages: [], activities: [] };
    const location = readLocation(ctx, own(entry.raw, 'location'), `${entryPath}.location`, refs.centres);
    if (location !== undefined) place.location = location;
    return place;
  });
}

