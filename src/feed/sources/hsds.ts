/**
 * Open Referral HSDS 3.0 as a source, and as an export. Read in each shape it is published
 * in — one full service object, the API's paged list (`contents`), or one document with an
 * array per table — and every service at a location becomes a place. The mapping, and what
 * does not map, is the table in docs/feed.md ("Open Referral (HSDS 3.0)").
 */
import type { Feed, FeedProblem, LocalizedText, PlaceKind, Weekday } from '../types.js';
import { PLACE_KINDS, WEEKDAYS } from '../types.js';
import { hsdsShape } from './detect.js';
import { languageCode } from './languages.js';
import { sourceProblem } from './problems.js';

type Json = Record<string, unknown>;

/** Taxonomies buurtkit writes into `attributes`, so its own kinds and categories come back. */
export const KIND_TAXONOMY = 'buurtkit-kind';
export const CATEGORY_TAXONOMY = 'buurtkit-category';

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
const own = (record: Json, key: string): unknown => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);

/**
 * A coordinate as HSDS writes it: a number, or text that is one ("51.7"). Anything else is
 * none: `Number()` would read null, "", false and [] as 0 and put the place off Africa.
 */
function coordinate(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(number) ? number : undefined;
}

/** Turns the array-per-table document into full service objects, as the API serves them. */
function servicesFromTables(doc: Json): Json[] {
  const byId = (rows: Json[]): Map<string, Json> => new Map(rows.map((row) => [text(own(row, 'id')) ?? '', row]));
  const groupBy = (rows: Json[], key: string): Map<string, Json[]> => {
    const map = new Map<string, Json[]>();
    for (const row of rows) {
      const id = text(own(row, key));
      if (id === undefined) continue;
      map.set(id, [...(map.get(id) ?? []), row]);
    }
    return map;
  };
  const organizations = byId(list(own(doc, 'organizations')));
  const locations = byId(list(own(doc, 'locations')));
  const addresses = groupBy(list(own(doc, 'addresses')), 'location_id');
  const phones = list(own(doc, 'phones'));
  const schedules = list(own(doc, 'schedules'));
  const languages = list(own(doc, 'languages'));
  const attributes = groupBy(list(own(doc, 'attributes')), 'link_id');
  const phonesBy = (key: string): Map<string, Json[]> => groupBy(phones, key);
  const schedulesBy = (key: string): Map<string, Json[]> => groupBy(schedules, key);
  const [servicePhones, locationPhones, salPhones] = [phonesBy('service_id'), phonesBy('location_id'), phonesBy('service_at_location_id')];
  const [serviceSchedules, locationSchedules, salSchedules] = [schedulesBy('service_id'), schedulesBy('location_id'), schedulesBy('service_at_location_id')];
  const serviceLanguages = groupBy(languages, 'service_id');
  const locationLanguages = groupBy(languages, 'location_id');
  const sals = groupBy(list(own(doc, 'service_at_locations')), 'service_id');

  return list(own(doc, 'services')).map((service) => {
    const id = text(own(service, 'id')) ?? '';
    const organization = organizations.get(text(own(service, 'organization_id')) ?? '');
    return {
      ...service,
      organization,
      phones: servicePhones.get(id) ?? [],
      schedules: (serviceSchedules.get(id) ?? []).filter((s) => own(s, 'service_at_location_id') === undefined),
      languages: serviceLanguages.get(id) ?? [],
      attributes: [...list(own(service, 'attributes')), ...(attributes.get(id) ?? [])],
      service_at_locations: (sals.get(id) ?? []).map((sal) => {
        const salId = text(own(sal, 'id')) ?? '';
        const locationId = text(own(sal, 'location_id')) ?? '';
        const location = locations.get(locationId);
        return {
          ...sal,
          phones: salPhones.get(salId) ?? [],
          schedules: salSchedules.get(salId) ?? [],
          location: location && {
            ...location,
            addresses: [...list(own(location, 'addresses')), ...(addresses.get(locationId) ?? [])],
            phones: locationPhones.get(locationId) ?? [],
            schedules: locationSchedules.get(locationId) ?? [],
            languages: locationLanguages.get(locationId) ?? [],
          },
        };
      }),
    };
  });
}

function weekly(schedules: Json[]): { day: Weekday; opens: string; closes: string }[] {
  const periods: { day: Weekday; opens: string; closes: string }[] = [];
  for (const schedule of schedules) {
    const freq = text(own(schedule, 'freq'))?.toUpperCase();
    if (freq !== undefined && freq !== 'WEEKLY') continue;
    const opens = time(own(schedule, 'opens_at'));
    const closes = time(own(schedule, 'closes_at'));
    if (!opens || !closes) continue;
    for (const code of (text(own(schedule, 'byday')) ?? '').split(',')) {
      const day = code.trim().toLowerCase() as Weekday;
      if (WEEKDAYS.includes(day)) periods.push({ day, opens, closes });
    }
  }
  return periods;
}

/** "09:00", "09:00:00", "09:00Z", "09:00+01:00" → "09:00" (the feed's times are Amsterdam times). */
function time(value: unknown): string | undefined {
  const match = /^(\d{1,2}):(\d{2})/.exec(text(value) ?? '');
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : undefined;
}

function term(attributes: Json[], taxonomy: string): string[] {
  const codes: string[] = [];
  for (const attribute of attributes) {
    const termObject = own(attribute, 'taxonomy_term');
    if (!isObject(termObject) || text(own(termObject, 'taxonomy')) !== taxonomy) continue;
    const code = text(own(termObject, 'code'));
    if (code) codes.push(code);
  }
  return codes;
}

export interface HsdsReadResult {
  /** A buurtkit feed as JSON, to be checked by `validateFeed`. */
  json: Json;
  problems: FeedProblem[];
}

/** Reads HSDS 3.0 into buurtkit feed JSON; undefined when `json` is no HSDS shape. */
export function hsdsToFeed(json: unknown, lang = 'nl'): HsdsReadResult | undefined {
  const shape = hsdsShape(json);
  if (!shape) return undefined;
  const services =
    shape === 'service'
      ? [json as Json]
      : shape === 'tables'
        ? servicesFromTables(json as Json)
        : list(Array.isArray(json) ? json : own(json as Json, 'contents'));
  const problems: FeedProblem[] = [];
  const places: Json[] = [];
  const categories = new Map<string, string>();
  const organizations = new Set<string>();
  const ids = new Set<string>();

  services.forEach((service, index) => {
    const serviceId = text(own(service, 'id')) ?? `dienst-${index + 1}`;
    const name = text(own(service, 'name'));
    const path = `services[${index}]`;
    if (!name) {
      problems.push(sourceProblem('hsds.no-name', path, { id: serviceId }, lang));
      return;
    }
    const organization = isObject(own(service, 'organization')) ? (own(service, 'organization') as Json) : undefined;
    const organizationName = organization && text(own(organization, 'name'));
    if (organizationName) organizations.add(organizationName);
    const attributes = list(own(service, 'attributes'));
    const kind = term(attributes, KIND_TAXONOMY).find((code) => PLACE_KINDS.includes(code as PlaceKind)) ?? 'professional-service';
    for (const attribute of attributes) {
      const t = own(attribute, 'taxonomy_term');
      if (isObject(t) && text(own(t, 'taxonomy')) === CATEGORY_TAXONOMY) {
        const code = text(own(t, 'code'));
        if (code && !categories.has(code)) categories.set(code, text(own(t, 'name')) ?? code);
      }
    }
    const languages = list(own(service, 'languages'))
      .map((language) => text(own(language, 'code')) ?? languageCode(text(own(language, 'name')) ?? ''))
      .filter((code): code is string => code !== undefined);
    const servicePhone = list(own(service, 'phones')).map((p) => text(own(p, 'number')))[0];
    const base: Json = {
      name,
      kind,
      categories: term(attributes, CATEGORY_TAXONOMY),
      areas: [],
      description: text(own(service, 'description')),
      languages,
      // The organization's own contact details are its publisher's, not copied to each place.
      contact: { phone: servicePhone, email: text(own(service, 'email')), website: text(own(service, 'url')) },
    };
    const minAge = own(service, 'minimum_age');
    const maxAge = own(service, 'maximum_age');
    if (typeof minAge === 'number' || typeof maxAge === 'number') {
      base.audience = { groups: [], minAge: typeof minAge === 'number' ? minAge : undefined, maxAge: typeof maxAge === 'number' ? maxAge : undefined };
    }
    const serviceSchedules = list(own(service, 'schedules'));
    const sals = list(own(service, 'service_at_locations')).filter((sal) => isObject(own(sal, 'location')));
    if (sals.length === 0) {
      problems.push(sourceProblem('hsds.no-location', path, { value: name }, lang));
      const place: Json = { ...base, id: unique(serviceId, ids) };
      const periods = weekly(serviceSchedules);
      if (periods.length > 0) place.hours = { weekly: periods, exceptions: [] };
      places.push(place);
      return;
    }
    sals.forEach((sal, salIndex) => {
      const location = own(sal, 'location') as Json;
      const place: Json = { ...base, id: unique(sals.length === 1 ? serviceId : `${serviceId}-${text(own(location, 'id')) ?? salIndex + 1}`, ids) };
      const locationName = text(own(location, 'name'));
      if (sals.length > 1 && locationName) place.name = `${name} (${locationName})`;
      const [rawLat, rawLng] = [own(location, 'latitude'), own(location, 'longitude')];
      const lat = coordinate(rawLat);
      const lng = coordinate(rawLng);
      if (lat !== undefined && lng !== undefined && Math.abs(lat) <= 90 && Math.abs(lng) <= 180) {
        place.location = { lat, lng };
      } else if ((rawLat !== undefined && rawLat !== null) || (rawLng !== undefined && rawLng !== null)) {
        problems.push(sourceProblem('hsds.location.out-of-range', `${path}.service_at_locations[${salIndex}].location`, { value: name }, lang));
      }
      const address = list(own(location, 'addresses'))[0];
      if (address) {
        const street = [text(own(address, 'address_1')), text(own(address, 'address_2'))].filter(Boolean).join(', ');
        place.address = { street: street || undefined, postcode: text(own(address, 'postal_code')), city: text(own(address, 'city')) };
      }
      const phone = [...list(own(sal, 'phones')), ...list(own(location, 'phones'))].map((p) => text(own(p, 'number')))[0];
      if (phone && !servicePhone) place.contact = { ...(base.contact as Json), phone };
      const locationLanguages = list(own(location, 'languages')).map((l) => text(own(l, 'code'))).filter((c): c is string => !!c);
      if (languages.length === 0 && locationLanguages.length > 0) place.languages = locationLanguages;
      // The most specific schedule wins: this service here, else the service, else the building.
      const periods = [list(own(sal, 'schedules')), serviceSchedules, list(own(location, 'schedules'))].map(weekly).find((p) => p.length > 0);
      if (periods) place.hours = { weekly: periods, exceptions: [] };
      places.push(place);
    });
  });

  const publisher = organizations.size === 1 ? [...organizations][0]! : '';
  return {
    json: {
      version: '1.0',
      publisher: { name: publisher },
      categories: [...categories].map(([id, label]) => ({ id, label })),
      places,
    },
    problems,
  };
}

function unique(id: string, ids: Set<string>): string {
  let next = id;
  for (let n = 2; ids.has(next); n++) next = `${id}-${n}`;
  ids.add(next);
  return next;
}

function plain(value: LocalizedText | undefined): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : (value.nl ?? Object.values(value)[0]);
}

/**
 * Writes a feed as HSDS 3.0, in the API's list shape: one full service object per place,
 * each with its organization (the feed's publisher), one service_at_location with its
 * location and address, phones, weekly schedules and languages. Kinds and categories go into
 * `attributes` under the taxonomies `buurtkit-kind` and `buurtkit-category`, so they come
 * back on import. Guides, opportunities, the glossary, areas, activities, date exceptions and
 * texts in other languages than Dutch have no place in HSDS and are left out.
 */
export function feedToHsds(feed: Feed): Json {
  const organization: Json = {
    id: 'publisher',
    name: feed.publisher.name,
    description: '',
    website: feed.publisher.url,
    email: feed.publisher.email,
    phones: feed.publisher.phone ? [{ id: 'publisher-phone', number: feed.publisher.phone }] : [],
  };
  const categoryName = new Map(feed.categories.map((category) => [category.id, plain(category.label) ?? category.id]));
  const contents = feed.places.map((place) => {
    const id = place.id;
    const schedules = (place.hours?.weekly ?? []).map((period, i) => ({
      id: `${id}-schedule-${i + 1}`,
      service_id: id,
      freq: 'WEEKLY',
      byday: period.day.toUpperCase(),
      opens_at: period.opens,
      closes_at: period.closes,
    }));
    const attributes = [
      { id: `${id}-kind`, link_id: id, link_type: 'service', link_entity: 'service', taxonomy_term: { id: place.kind, code: place.kind, name: place.kind, taxonomy: KIND_TAXONOMY } },
      ...place.categories.map((category) => ({
        id: `${id}-category-${category}`,
        link_id: id,
        link_type: 'service',
        link_entity: 'service',
        taxonomy_term: { id: category, code: category, name: categoryName.get(category) ?? category, taxonomy: CATEGORY_TAXONOMY },
      })),
    ];
    const location: Json = {
      id: `${id}-location`,
      location_type: 'physical',
      name: plain(place.name),
      latitude: place.location?.lat,
      longitude: place.location?.lng,
      addresses: place.address
        ? [{
            id: `${id}-address`,
            location_id: `${id}-location`,
            address_1: place.address.street ?? '',
            city: place.address.city ?? '',
            postal_code: place.address.postcode ?? '',
            state_province: '',
            country: 'NL',
            address_type: 'physical',
          }]
        : [],
    };
    const service: Json = {
      id,
      organization_id: organization.id,
      name: plain(place.name),
      description: plain(place.description),
      url: place.contact.website,
      email: place.contact.email,
      status: 'active',
      minimum_age: place.audience?.minAge,
      maximum_age: place.audience?.maxAge,
      organization,
      phones: place.contact.phone ? [{ id: `${id}-phone`, service_id: id, number: place.contact.phone }] : [],
      schedules,
      languages: place.languages.map((code, i) => ({ id: `${id}-language-${i + 1}`, service_id: id, code })),
      attributes,
      service_at_locations: [{ id: `${id}-at-location`, service_id: id, location_id: location.id, location }],
    };
    return JSON.parse(JSON.stringify(service)) as Json;
  });
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}
