import {
  AUDIENCE_GROUPS,
  PLACE_KINDS,
  type Activity,
  type Address,
  type Area,
  type Audience,
  type AudienceGroup,
  type Category,
  type Contact,
  type LatLng,
  type Place,
  type PlaceKind,
} from '../types.js';
import { itemPath, own, readEntries, readList, withoutRepeats, type Context, type JsonObject } from './context.js';
import { readFields, readKeyedList, readKeyedListInSteps, type FieldReaders, type KeyedItem } from './keyed.js';
import { judgePlacement, readLatLng } from './geo.js';
import { readSchedule } from './schedule.js';
import {
  LIMITS,
  missing,
  readColor,
  readDate,
  readEmail,
  readIcon,
  readId,
  readInteger,
  readItem,
  readLanguages,
  readLocalized,
  readObject,
  readPhone,
  readText,
  readWebUrl,
} from './values.js';

const DEFAULT_ZOOM = 15;
const KIND_SET = new Set<string>(PLACE_KINDS);
const GROUP_SET = new Set<string>(AUDIENCE_GROUPS);

export function readAreas(ctx: Context, value: unknown, path: string): Area[] {
  return readKeyedList(ctx, value, path, 'area', 'name', ({ raw, id, name }, entryPath) => {
    const rawCenter = own(raw, 'center');
    if (rawCenter === undefined || rawCenter === null) return missing(ctx, entryPath, 'center', 'area');
    const center = readLatLng(ctx, rawCenter, `${entryPath}.center`, 'area.center');
    if (!center) return undefined;
    if (judgePlacement(center, []).kind === 'swapped') {
      ctx.report('area.center.swapped', `${entryPath}.center`, { item: 'area' });
      return undefined;
    }
    let zoom = DEFAULT_ZOOM;
    const rawZoom = own(raw, 'zoom');
    if (rawZoom !== undefined && rawZoom !== null) {
      if (typeof rawZoom === 'number' && Number.isInteger(rawZoom) && rawZoom >= 1 && rawZoom <= 19) zoom = rawZoom;
      else ctx.report('area.zoom.invalid', `${entryPath}.zoom`, { value: ctx.preview(rawZoom) });
    }
    return { id, name, center, zoom };
  });
}

export function readCategories(ctx: Context, value: unknown, path: string): Category[] {
  return readKeyedList(ctx, value, path, 'category', 'label', ({ raw, id, name: label }, entryPath) => {
    const category: Category = { id, label, ...readFields(ctx, raw, entryPath, { color: readColor, icon: readIcon }) };
    return category;
  });
}

export function readAudience(ctx: Context, value: unknown, path: string): Audience | undefined {
  const raw = readObject(ctx, value, path);
  if (!raw) return undefined;
  const groupsPath = `${path}.groups`;
  const groups = readEntries(ctx, own(raw, 'groups'), groupsPath, 'value', (entry, index) => {
    const group = typeof entry === 'string' ? entry.trim().toLowerCase() : undefined;
    if (group === undefined || !GROUP_SET.has(group)) {
      ctx.report('audience.group.unknown', itemPath(groupsPath, index), { value: ctx.preview(entry) });
      return undefined;
    }
    return group as AudienceGroup;
  });
  // A handful of groups: a scan is cheaper than a Set per place.
  const audience: Audience = { groups: groups.filter((group, index) => index === 0 || groups.indexOf(group) === index) };
  const minAge = readInteger(ctx, own(raw, 'minAge'), `${path}.minAge`, 0, 120);
  const maxAge = readInteger(ctx, own(raw, 'maxAge'), `${path}.maxAge`, 0, 120);
  if (minAge !== undefined && maxAge !== undefined && minAge > maxAge) {
    ctx.report('audience.age.order', path);
  } else {
    if (minAge !== undefined) audience.minAge = minAge;
    if (maxAge !== undefined) audience.maxAge = maxAge;
  }
  readFields<Audience>(ctx, raw, path, AUDIENCE_FIELDS, audience);
  return audience;
}

// Reader tables are built once, not per item: a large feed reads them for every place.
const AUDIENCE_FIELDS = { description: readLocalized };
const CONTACT_FIELDS = { phone: readPhone, email: readEmail, website: readWebUrl };
const ACTIVITY_FIELDS = { description: readLocalized, audience: readAudience };

const ADDRESS_TEXT = { name: true, max: LIMITS.short } as const;

function readAddress(ctx: Context, value: unknown, path: string): Address | undefined {
  const raw = readObject(ctx, value, path);
  if (!raw) return undefined;
  const address: Address = {};
  for (const key of ['street', 'postcode', 'city'] as const) {
    const text = readText(ctx, own(raw, key), `${path}.${key}`, ADDRESS_TEXT);
    if (text !== undefined) address[key] = text;
  }
  return Object.keys(address).length > 0 ? address : undefined;
}

/** Phone, e-mail and website of a contact object; each is checked on its own. */
export function readContactFields(ctx: Context, raw: Record<string, unknown>, path: string): Contact {
  return readFields<Contact>(ctx, raw, path, CONTACT_FIELDS);
}

function readActivities(ctx: Context, value: unknown, path: string): Activity[] {
  return readList(ctx, value, path, 'activity', (entry, entryPath) => {
    const raw = readItem(ctx, entry, entryPath);
    if (!raw) return undefined;
    const name = readLocalized(ctx, own(raw, 'name'), `${entryPath}.name`, { name: true, max: LIMITS.short });
    if (name === undefined) return missing(ctx, entryPath, 'name', 'activity');
    const activity: Activity = {
      name,
      schedule: readSchedule(ctx, own(raw, 'schedule'), `${entryPath}.schedule`) ?? { weekly: [], exceptions: [] },
      ...readFields<Activity>(ctx, raw, entryPath, ACTIVITY_FIELDS),
    };
    return activity;
  });
}

/** Ids that exist, for checking a place's references. */
export interface PlaceReferences {
  categories: ReadonlySet<string>;
  areas: ReadonlySet<string>;
  centres: readonly LatLng[];
}

/** A list of ids; each id not in `known` is reported where it is written, and dropped. */
function readReferences(
  ctx: Context,
  value: unknown,
  path: string,
  known: ReadonlySet<string>,
  code: 'reference.unknown-category' | 'reference.unknown-area',
): string[] {
  const ids = readEntries(ctx, value, path, 'value', (entry, index) => {
    // Nearly every reference is a plain id that exists: no path for it.
    if (typeof entry === 'string' && known.has(entry)) return entry;
    const entryPath = itemPath(path, index);
    const id = readId(ctx, entry, entryPath, 'value');
    if (id === undefined) return undefined;
    if (known.has(id)) return id;
    ctx.report(code, entryPath, { id });
    return undefined;
  });
  return withoutRepeats(ids);
}

export function readLocation(ctx: Context, value: unknown, path: string, centres: readonly LatLng[]): LatLng | undefined {
  if (value === undefined || value === null) return undefined;
  const location = readLatLng(ctx, value, path, 'place.location');
  if (!location) return undefined;
  const verdict = judgePlacement(location, centres);
  if (verdict.kind === 'swapped') {
    ctx.report('place.location.swapped', path);
    return undefined;
  }
  if (verdict.kind === 'far') ctx.report('place.location.far-away', path, { distance: Math.round(verdict.distance / 1000) });
  return location;
}

export function readPlaces(ctx: Context, value: unknown, path: string, refs: PlaceReferences): Place[] {
  return readKeyedList(ctx, value, path, 'place', 'name', placeReader(ctx, refs));
}

/** `readPlaces` in steps of `every` places (see `readEntriesInSteps`): the same result. */
export function readPlacesInSteps(ctx: Context, value: unknown, path: string, refs: PlaceReferences, every: number): Generator<void, Place[], void> {
  return readKeyedListInSteps(ctx, value, path, 'place', 'name', placeReader(ctx, refs), every);
}

/** A place's kind, or `undefined` (reported) when it is missing or unknown: then the place is left out. */
export function readKind(ctx: Context, raw: JsonObject, entryPath: string): PlaceKind | undefined {
  const rawKind = own(raw, 'kind');
  if (rawKind === undefined || rawKind === null || rawKind === '') return missing(ctx, entryPath, 'kind', 'place');
  if (typeof rawKind !== 'string' || !KIND_SET.has(rawKind.trim())) {
    ctx.report('place.kind.invalid', `${entryPath}.kind`, { value: ctx.preview(rawKind), item: 'place' });
    return undefined;
  }
  return rawKind.trim() as PlaceKind;
}

export function placeReader(ctx: Context, refs: PlaceReferences): (entry: KeyedItem, entryPath: string) => Place | undefined {
  // Once per feed, not per place.
  const optional: FieldReaders<Place> = {
    description: readLocalized,
    audience: readAudience,
    address: readAddress,
    location: (c, value, at) => readLocation(c, value, at, refs.centres),
    hours: readSchedule,
    accessibility: readLocalized,
    lastChecked: (c, value, at) => readDate(c, value, at, 'value'),
  };
  return ({ raw, id, name }, entryPath) => {
    const kind = readKind(ctx, raw, entryPath);
    if (kind === undefined) return undefined;
    const rawContact = readObject(ctx, own(raw, 'contact'), `${entryPath}.contact`);
    const place: Place = {
      id,
      name,
      kind,
      categories: readReferences(ctx, own(raw, 'categories'), `${entryPath}.categories`, refs.categories, 'reference.unknown-category'),
      areas: readReferences(ctx, own(raw, 'areas'), `${entryPath}.areas`, refs.areas, 'reference.unknown-area'),
      contact: rawContact ? readContactFields(ctx, rawContact, `${entryPath}.contact`) : {},
      languages: readLanguages(ctx, own(raw, 'languages'), `${entryPath}.languages`),
      activities: readActivities(ctx, own(raw, 'activities'), `${entryPath}.activities`),
    };
    readFields(ctx, raw, entryPath, optional, place);
    return place;
  };
}
