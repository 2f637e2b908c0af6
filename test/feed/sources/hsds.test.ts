import { expect } from '@open-wc/testing';
import { feedToHsds, hsdsToFeed } from '../../../src/feed/sources/hsds.js';
import { hsdsShape } from '../../../src/feed/sources/detect.js';
import { readSource } from '../../../src/feed/sources/read.js';
import { validateFeed } from '../../../src/feed/validate.js';
import type { Feed } from '../../../src/feed/types.js';

/** One service at one location, as the HSDS 3.0 API serves it (GET /services/{id}). */
const fullService = {
  id: 'svc-1',
  name: 'Opvoedspreekuur',
  description: 'Vragen over opvoeden',
  url: 'https://cjg.example/spreekuur',
  email: 'spreekuur@cjg.example',
  status: 'active',
  minimum_age: 0,
  maximum_age: 18,
  organization: { id: 'org-1', name: 'CJG Den Bosch', website: 'https://cjg.example' },
  phones: [{ id: 'ph-1', number: '073-000 00 00' }],
  languages: [{ id: 'l1', name: 'Dutch', code: 'nl' }, { id: 'l2', name: 'Turks' }],
  schedules: [{ id: 's1', freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00:00', closes_at: '12:00:00' }],
  service_at_locations: [
    {
      id: 'sal-1',
      location: {
        id: 'loc-1',
        name: 'Wijkcentrum',
        latitude: 51.7,
        longitude: 5.3,
        addresses: [{ id: 'a1', address_1: 'Hambakenweg 1', city: "'s-Hertogenbosch", postal_code: '5231 AA', country: 'NL' }],
      },
    },
  ],
};

/** The same data as one document with an array per table. */
const tables = {
  organizations: [{ id: 'org-1', name: 'CJG Den Bosch', website: 'https://cjg.example' }],
  services: [
    { id: 'svc-1', organization_id: 'org-1', name: 'Opvoedspreekuur', description: 'Vragen over opvoeden', url: 'https://cjg.example/spreekuur', email: 'spreekuur@cjg.example', minimum_age: 0, maximum_age: 18 },
    { id: 'svc-2', organization_id: 'org-1', name: 'Telefonisch advies' },
    { id: 'svc-3', organization_id: 'org-1', name: 'Op de maan' },
    { id: 'svc-4', organization_id: 'org-1' },
  ],
  locations: [
    { id: 'loc-1', name: 'Wijkcentrum', latitude: '51.7', longitude: '5.3' },
    { id: 'loc-2', name: 'Maan', latitude: 151.7, longitude: 5.3 },
  ],
  addresses: [{ id: 'a1', location_id: 'loc-1', address_1: 'Hambakenweg 1', city: "'s-Hertogenbosch", postal_code: '5231 AA', country: 'NL' }],
  service_at_locations: [
    { id: 'sal-1', service_id: 'svc-1', location_id: 'loc-1' },
    { id: 'sal-3', service_id: 'svc-3', location_id: 'loc-2' },
  ],
  schedules: [{ id: 's1', service_id: 'svc-1', freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00', closes_at: '12:00' }],
  phones: [{ id: 'ph-1', service_id: 'svc-1', number: '073-000 00 00' }],
  languages: [{ id: 'l1', service_id: 'svc-1', code: 'nl' }, { id: 'l2', service_id: 'svc-1', code: 'tr' }],
};

function read(json: unknown): Feed {
  const result = hsdsToFeed(json)!;
  return validateFeed(result.json).feed;
}

const expectedPlace = {
  id: 'svc-1',
  name: 'Opvoedspreekuur',
  kind: 'professional-service',
  description: 'Vragen over opvoeden',
  location: { lat: 51.7, lng: 5.3 },
  address: { street: 'Hambakenweg 1', postcode: '5231 AA', city: "'s-Hertogenbosch" },
  contact: { phone: '073-000 00 00', email: 'spreekuur@cjg.example', website: 'https://cjg.example/spreekuur' },
  languages: ['nl', 'tr'],
  audience: { groups: [], minAge: 0, maxAge: 18 },
};

describe('HSDS 3.0 as a source', () => {
  it('knows its three shapes, and never takes a buurtkit feed for one', () => {
    expect(hsdsShape(fullService)).to.equal('service');
    expect(hsdsShape({ total_items: 1, contents: [fullService] })).to.equal('list');
    expect(hsdsShape(tables)).to.equal('tables');
    expect(hsdsShape({ version: '1.0', places: [] })).to.equal(undefined);
    expect(hsdsShape({ name: 'x' })).to.equal(undefined);
  });

  it('reads the full service object: one service at a location is one place', () => {
    const feed = read(fullService);
    expect(feed.publisher.name).to.equal('CJG Den Bosch');
    expect(feed.places).to.have.length(1);
    expect(feed.places[0]).to.deep.include(expectedPlace);
    expect(feed.places[0]!.hours!.weekly).to.deep.equal([
      { day: 'mo', opens: '09:00', closes: '12:00' },
      { day: 'we', opens: '09:00', closes: '12:00' },
    ]);
  });

  it('reads the paged list of services', () => {
    const feed = read({ total_items: 2, total_pages: 1, page_number: 1, contents: [fullService, { ...fullService, id: 'svc-9', name: 'Tweede' }] });
    expect(feed.places.map((p) => p.id)).to.deep.equal(['svc-1', 'svc-9']);
    expect(feed.places[0]).to.deep.include(expectedPlace);
  });

  it('reads one document with an array per table, and names what it cannot use', () => {
    const result = hsdsToFeed(tables)!;
    const feed = validateFeed(result.json).feed;
    expect(feed.places[0]).to.deep.include(expectedPlace);
    expect(feed.places.map((p) => p.id)).to.deep.equal(['svc-1', 'svc-2', 'svc-3']);
    // A service without a location is listed without a point; impossible coordinates are dropped.
    expect(feed.places[1]!.location).to.equal(undefined);
    expect(feed.places[2]!.location).to.equal(undefined);
    expect(result.problems.map((p) => [p.code, p.severity])).to.deep.equal([
      ['hsds.no-location', 'warning'],
      ['hsds.location.out-of-range', 'error'],
      ['hsds.no-name', 'error'],
    ]);
    expect(result.problems[0]!.message).to.equal("De dienst 'Telefonisch advies' heeft geen locatie. We tonen hem als plek zonder adres in de lijst, niet op de kaart.");
  });

  it('a location with null, empty, false or list coordinates is not put at 0,0 (Number() read them as 0)', () => {
    const at = (latitude: unknown, longitude: unknown) => {
      const sal = { id: 'sal-1', location: { ...fullService.service_at_locations[0]!.location, latitude, longitude } };
      const result = hsdsToFeed({ ...fullService, service_at_locations: [sal] })!;
      return { location: validateFeed(result.json).feed.places[0]!.location, codes: result.problems.map((p) => p.code) };
    };
    // HSDS writes null for a location without coordinates: no point, and nothing to report.
    expect(at(null, null)).to.deep.equal({ location: undefined, codes: [] });
    for (const [latitude, longitude] of [[51.7, null], [null, 5.3], ['', ''], [51.7, false], [true, 5.3], [[51.7], [5.3]], ['51,7', '5,3']]) {
      expect(at(latitude, longitude), `${JSON.stringify(latitude)}, ${JSON.stringify(longitude)}`).to.deep.equal({
        location: undefined,
        codes: ['hsds.location.out-of-range'],
      });
    }
    // Text that is a number is still read, and 0 is a coordinate like any other.
    expect(at('51.7', ' 5.3 ').location).to.deep.equal({ lat: 51.7, lng: 5.3 });
    expect(at(0, 0).location).to.deep.equal({ lat: 0, lng: 0 });
  });

  it('a service at two locations is two places', () => {
    const two = { ...fullService, service_at_locations: [fullService.service_at_locations[0], { id: 'sal-2', location: { id: 'loc-2', name: 'Oost', latitude: 51.69, longitude: 5.32 } }] };
    const feed = read(two);
    expect(feed.places.map((p) => [p.id, p.name])).to.deep.equal([
      ['svc-1-loc-1', 'Opvoedspreekuur (Wijkcentrum)'],
      ['svc-1-loc-2', 'Opvoedspreekuur (Oost)'],
    ]);
  });

  it('readSource tells HSDS from a buurtkit feed, and JSON that is neither says there is nothing to show', async () => {
    expect((await readSource(tables, 'https://x.example/hsds.json')).kind).to.equal('hsds');
    expect((await readSource({ version: '1.0', places: [] }, 'https://x.example/buurt.json')).kind).to.equal('feed');
    const other = await readSource({ hello: 'world' }, 'https://x.example/iets.json');
    expect(other.problems.map((p) => p.code)).to.include('feed.nothing-to-show');
  });
});

describe('HSDS 3.0 export', () => {
  it('feed → HSDS → feed gives the same places, kinds and categories', async () => {
    const raw: unknown = await (await fetch('/demo/feeds/den-bosch.json')).json();
    const original = validateFeed(raw).feed;
    const hsds = feedToHsds(original);
    expect(hsdsShape(hsds)).to.equal('list');
    const back = await readSource(JSON.parse(JSON.stringify(hsds)), 'export.json');
    expect(back.kind).to.equal('hsds');
    const nl = (t: unknown): unknown => (typeof t === 'object' && t !== null ? (t as Record<string, string>).nl : t);
    const shape = (feed: Feed) =>
      feed.places.map((p) => ({
        id: p.id,
        name: nl(p.name),
        kind: p.kind,
        categories: p.categories,
        location: p.location,
        address: p.address,
        contact: p.contact,
        languages: p.languages,
        weekly: p.hours?.weekly.length ? p.hours.weekly : undefined,
        ages: [p.audience?.minAge, p.audience?.maxAge],
        description: nl(p.description),
      }));
    expect(shape(back.feed)).to.deep.equal(shape(original));
    expect(back.feed.publisher.name).to.equal(original.publisher.name);
    expect(back.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  });
});
