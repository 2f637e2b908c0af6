/**
 * Several checked feeds — a municipality's JSON, a partner's spreadsheet, an HSDS export —
 * merged into the one feed the elements show. Every item keeps where it came from
 * (`source`), and one source's problems never cost another source's items.
 */
import type { Area, Category, Feed, FeedProblem, Guide, GuideStep, Opportunity, Place } from '../types.js';
import { emptyFeed } from '../validate.js';
import type { AreaName } from './csv.js';
import { slugify } from './slug.js';
import { sourceProblem } from './problems.js';
import { plainLabel } from './label.js';

/** One source after loading and validation. */
export interface SourceFeed {
  /** The URL or file name: how problems name the source. */
  id: string;
  /** What the place details show after "Bron:": the publisher, a `bron` cell or the file name. */
  label: string;
  feed: Feed;
  problems: FeedProblem[];
  /** Wijk cells of a spreadsheet, per place id, to join to the areas of all sources. */
  areaNames?: Map<string, AreaName>;
  /** `plek` cells of a spreadsheet's tasks that name a place of another source, per task id. */
  placeNames?: Map<string, AreaName>;
}

export interface MergeResult {
  feed: Feed;
  /** Every source's problems, each with its `source`, plus those of the merge itself. */
  problems: FeedProblem[];
}

/**
 * Merges checked feeds in the given order. The first source with a publisher name is the
 * page's publisher, and the first with sign-up settings gives them. Areas and categories
 * with the same id are taken as the same (the first wins), so a partner can use the
 * municipality's area ids. Places, guides and opportunities whose id another source
 * already used get a prefix from their source's name, in that source only, so `#plek=`
 * links to the first stay as they were.
 */
export function mergeSources(sources: readonly SourceFeed[], lang = 'nl'): MergeResult {
  const feed = emptyFeed();
  const problems: FeedProblem[] = [];
  const areaIds = new Set<string>();
  const categoryIds = new Set<string>();
  const placeIds = new Set<string>();
  const guideIds = new Set<string>();
  const opportunityIds = new Set<string>();
  const terms = new Set<string>();
  let signupFrom: Feed | undefined;
  const unplaced: Unplaced[] = [];

  for (const source of sources) {
    const f = source.feed;
    // Shown after "Bron:" on every item of this source: a name, cleaned like the feed's names.
    const label = plainLabel(source.label) ?? plainLabel(source.id) ?? 'bron';
    // Whether anything shows is a question for the whole page, answered after the merge.
    for (const problem of source.problems) if (problem.code !== 'feed.nothing-to-show') problems.push({ ...problem, source: source.id });
    if (!feed.publisher.name && f.publisher.name) feed.publisher = f.publisher;
    if (f.sample) feed.sample = true;
    if (f.updated && (!feed.updated || f.updated > feed.updated)) feed.updated = f.updated;
    if (!signupFrom && (f.signup.action || f.signup.email || f.signup.talents.length > 0)) signupFrom = f;
    for (const area of f.areas) addOnce<Area>(feed.areas, areaIds, area);
    for (const category of f.categories) addOnce<Category>(feed.categories, categoryIds, category);
    for (const entry of f.glossary) {
      const key = entry.term.toLowerCase();
      if (terms.has(key)) continue;
      terms.add(key);
      feed.glossary.push({ ...entry, source: entry.source ?? label });
    }

    const prefix = slugify(label) || 'bron';
    const rename = new Map<string, string>();
    const renamed = (id: string, taken: Set<string>): string => {
      if (!taken.has(id)) return id;
      let next = `${prefix}-${id}`;
      for (let n = 2; taken.has(next); n++) next = `${prefix}-${id}-${n}`;
      problems.push({ ...sourceProblem('merge.id-renamed', id, { id, newId: next }, lang), source: source.id });
      return next;
    };
    for (const place of f.places) {
      const id = renamed(place.id, placeIds);
      if (id !== place.id) rename.set(place.id, id);
      placeIds.add(id);
      feed.places.push({ ...place, id, source: place.source ?? label });
    }
    const placeId = (id: string): string => rename.get(id) ?? id;
    for (const guide of f.guides) {
      const id = renamed(guide.id, guideIds);
      guideIds.add(id);
      feed.guides.push({ ...withPlaces(guide, placeId), id, source: guide.source ?? label });
    }
    for (const opportunity of f.opportunities) {
      const id = renamed(opportunity.id, opportunityIds);
      opportunityIds.add(id);
      const merged: Opportunity = { ...opportunity, id, source: opportunity.source ?? label };
      if (opportunity.place !== undefined) merged.place = placeId(opportunity.place);
      const placeName = source.placeNames?.get(opportunity.id);
      if (placeName && merged.place === undefined) unplaced.push({ opportunity: merged, name: placeName, source: source.id });
      feed.opportunities.push(merged);
    }
    if (source.areaNames) joinAreas(feed, source, rename, problems, lang);
  }
  if (unplaced.length > 0) joinPlaces(feed, unplaced, problems, lang);
  if (feed.places.length === 0 && feed.guides.length === 0 && feed.opportunities.length === 0) {
    const nothing = sources.flatMap((source) => source.problems).find((problem) => problem.code === 'feed.nothing-to-show');
    if (nothing) problems.push(nothing);
  }
  if (signupFrom) feed.signup = signupFrom.signup;
  else if (sources[0]) feed.signup = sources[0].feed.signup;
  feed.language = sources[0]?.feed.language ?? 'nl';
  return { feed, problems };
}

function addOnce<T extends { id: string }>(list: T[], ids: Set<string>, item: T): void {
  if (ids.has(item.id)) return;
  ids.add(item.id);
  list.push(item);
}

function withPlaces(guide: Guide, placeId: (id: string) => string): Guide {
  const steps = guide.steps.map((step): GuideStep => {
    if (step.type !== 'advice') return step;
    return {
      ...step,
      contacts: step.contacts.map((contact) => (contact.type === 'place' ? { ...contact, place: placeId(contact.place) } : contact)),
    };
  });
  return { ...guide, steps };
}

/**
 * Joins spreadsheet wijk cells to the areas of all sources merged so far, by name (in any
 * language) or id; the sources are read in order, so areas should come first.
 */
function joinAreas(feed: Feed, source: SourceFeed, rename: Map<string, string>, problems: FeedProblem[], lang: string): void {
  const byName = new Map<string, string>();
  for (const area of feed.areas) {
    byName.set(area.id.toLowerCase(), area.id);
    const names = typeof area.name === 'string' ? [area.name] : Object.values(area.name);
    for (const name of names) byName.set(name.trim().toLowerCase(), area.id);
  }
  const byId = new Map<string, Place>(feed.places.map((place) => [place.id, place]));
  for (const [originalId, name] of source.areaNames!) {
    const place = byId.get(rename.get(originalId) ?? originalId);
    if (!place) continue;
    // A cell may name several wijken: "Boschveld, Oost".
    const unknown: string[] = [];
    // Split at the separators alone and trimmed after: /\s*[,;]\s*/ takes time squared in a run of spaces.
    for (const text of name.text.split(/[,;]/).map((part) => part.trim()).filter(Boolean)) {
      const areaId = byName.get(text.toLowerCase());
      if (areaId) {
        if (!place.areas.includes(areaId)) place.areas = [...place.areas, areaId];
      } else unknown.push(text);
    }
    if (unknown.length === 0) continue;
    // The cell as text in the address: cleaned and capped like the address's other lines.
    const district = plainLabel(unknown.join(', '));
    if (district !== undefined) place.address = { ...place.address, district };
    const problem = sourceProblem('cell.area', `${name.sheet}, rij ${name.row}, kolom wijk`, { sheet: name.sheet, row: name.row, column: 'wijk', value: unknown.join(', ') }, lang);
    problems.push({ ...problem, source: source.id });
  }
}

/** A spreadsheet task whose `plek` names no place of its own spreadsheet. */
interface Unplaced {
  opportunity: Opportunity;
  name: AreaName;
  source: string;
}

/** Links such tasks to a place of any source by its name (in any language) or id. */
function joinPlaces(feed: Feed, unplaced: readonly Unplaced[], problems: FeedProblem[], lang: string): void {
  const byName = new Map<string, string>();
  for (const place of feed.places) {
    const names = typeof place.name === 'string' ? [place.name] : Object.values(place.name);
    for (const name of [...names, place.id]) {
      const key = name.trim().toLowerCase();
      if (!byName.has(key)) byName.set(key, place.id);
    }
  }
  for (const { opportunity, name, source } of unplaced) {
    const placeId = byName.get(name.text.trim().toLowerCase());
    if (placeId) {
      opportunity.place = placeId;
      continue;
    }
    const problem = sourceProblem('cell.place', `${name.sheet}, rij ${name.row}, kolom plek`, { sheet: name.sheet, row: name.row, column: 'plek', value: name.text }, lang);
    problems.push({ ...problem, source });
  }
}
