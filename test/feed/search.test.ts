import { expect } from '@open-wc/testing';
import {
  AGE_GROUPS,
  audienceAgeGroups,
  createPlaceIndex,
  distanceInMeters,
  facetCounts,
  filterPlaces,
  normalizeForSearch,
  preparePlaceIndex,
  preparePlaceIndexSlice,
  sortByDistance,
  startPlaceIndex,
} from '../../src/feed/search.js';
import type { PlaceFilter, PlaceIndex } from '../../src/feed/search.js';
import type { Area, Category, Place, PlaceKind, Schedule } from '../../src/feed/types.js';
import { countingDisplayNames } from '../harness/display-names.js';

const categories: Category[] = [
  { id: 'ontmoeten', label: { nl: 'Ontmoeten', en: 'Meeting people' } },
  { id: 'opvoeden', label: 'Opvoeden' },
  { id: 'leren', label: 'Leren en taal' },
  { id: 'jeugd', label: 'Jeugd' },
];
const areas: Area[] = [
  { id: 'boschveld', name: 'Boschveld', center: { lat: 51.7, lng: 5.29 }, zoom: 15 },
  { id: 'oost', name: 'Den Bosch Oost', center: { lat: 51.69, lng: 5.33 }, zoom: 15 },
  { id: 'centrum', name: 'Centrum', center: { lat: 51.688, lng: 5.304 }, zoom: 15 },
];

const weekdays = (opens: string, closes: string): Schedule => ({
  weekly: (['mo', 'tu', 'we', 'th', 'fr'] as const).map((day) => ({ day, opens, closes })),
  exceptions: [{ date: '2026-12-25', closed: true, periods: [] }],
});

function place(id: string, fields: Partial<Place>): Place {
  return { id, name: id, kind: 'informal-initiative', categories: [], areas: [], contact: {}, languages: [], activities: [], ...fields };
}

const places: Place[] = [
  place('kruimel', {
    name: 'Café De Kruimel',
    description: 'Moedergroep: moeders praten over opvoeden, met koffie.',
    categories: ['ontmoeten'],
    areas: ['boschveld'],
    audience: { groups: ['parents'], minAge: 0, maxAge: 4 },
    address: { street: 'Copernicuslaan 40', postcode: '5223 EC', city: "'s-Hertogenbosch" },
    location: { lat: 51.7005, lng: 5.2905 },
    languages: ['nl', 'ar'],
    hours: { weekly: [{ day: 'mo', opens: '09:30', closes: '11:30' }], exceptions: [] },
  }),
  place('cjg', {
    name: "CJG 's-Hertogenbosch",
    kind: 'professional-service',
    description: { nl: 'Vragen over opgroeien en opvoeden.', en: 'Questions about growing up and parenting.' },
    categories: ['opvoeden'],
    areas: ['centrum'],
    address: { street: 'Hinthamerstraat 1', postcode: '5211 AB', city: "'s-Hertogenbosch" },
    location: { lat: 51.6885, lng: 5.3055 },
    languages: ['nl', 'en'],
    hours: weekdays('09:00', '17:00'),
  }),
  place('wijkplaats', {
    name: 'De Wijkplaats',
    categories: ['ontmoeten', 'leren'],
    areas: ['boschveld'],
    audience: { groups: ['everyone'] },
    languages: ['nl', 'tr', 'ar-MA'],
    activities: [
      {
        name: 'Koffie-inloop',
        schedule: {
          weekly: [
            { day: 'tu', opens: '09:30', closes: '11:30' },
            { day: 'th', opens: '09:30', closes: '11:30' },
          ],
          exceptions: [],
        },
      },
      {
        name: 'Meidenmiddag',
        audience: { groups: ['children'], minAge: 8, maxAge: 12 },
        schedule: { weekly: [{ day: 'we', opens: '14:00', closes: '16:00' }], exceptions: [] },
      },
    ],
  }),
  place('smjh', {
    name: 'SMJH inloop',
    kind: 'volunteer-organisation',
    categories: ['jeugd'],
    areas: ['oost'],
    audience: { groups: ['youth'], minAge: 12, maxAge: 23 },
    location: { lat: 51.693, lng: 5.335 },
    languages: ['nl'],
    hours: { weekly: [{ day: 'fr', opens: '19:00', closes: '22:00' }], exceptions: [] },
  }),
  place('homestart', {
    name: 'Home-Start',
    kind: 'volunteer-organisation',
    description: 'Een vrijwilliger (maatje) komt thuis bij gezinnen met jonge kinderen.',
    categories: ['opvoeden'],
    areas: ['oost', 'boschveld'],
    audience: { groups: ['parents'], minAge: 0, maxAge: 6 },
    location: { lat: 51.6906, lng: 5.2937 },
    languages: ['nl', 'en', 'pl'],
  }),
  place('hoek', { name: 'CAFÉ DE HOEK', location: { lat: 51.7005, lng: 5.2905 }, areas: ['centrum'] }),
  place('soos', { name: 'Ouderensoos', audience: { groups: ['everyone'], minAge: 65 }, areas: ['oost'] }),
  place('speeltuin', { name: 'Speeltuin Boschveld', audience: { groups: ['children'] }, areas: ['boschveld'] }),
];

const index = createPlaceIndex(places, 'nl', {
  categories,
  areas,
  kindLabels: { 'volunteer-organisation': 'Vrijwilligersorganisatie', 'professional-service': 'Professionele hulp' },
});
const ids = (filter: PlaceFilter, on: PlaceIndex = index): string[] => filterPlaces(on, filter).map((p) => p.id);

describe('search: normalizeForSearch', () => {
  it('folds case, accents, ligatures and punctuation', () => {
    expect(normalizeForSearch('Café')).to.equal('cafe');
    expect(normalizeForSearch('CAFÉ')).to.equal('cafe');
    expect(normalizeForSearch('İlknur Çelik')).to.equal('ilknur celik');
    expect(normalizeForSearch("'s-Hertogenbosch")).to.equal('s hertogenbosch');
    expect(normalizeForSearch('Straße')).to.equal('strasse');
    expect(normalizeForSearch('Œuvre ﬁets Ærø Łódź')).to.equal('oeuvre fiets aero lodz');
    expect(normalizeForSearch('  Koffie—inloop…  (wo) ')).to.equal('koffie inloop wo');
    expect(normalizeForSearch('Ｗｉｊｋ')).to.equal('wijk');
    expect(normalizeForSearch('Dağ Gökçe')).to.equal('dag gokce');
    // Arabic keeps its letters and loses its vowel marks, as a searcher types it.
    expect(normalizeForSearch('مَرْحَبًا')).to.equal('مرحبا');
    expect(normalizeForSearch('')).to.equal('');
    expect(normalizeForSearch(undefined as unknown as string)).to.equal('');
  });
});

describe('search: free text', () => {
  it('ignores case and accents in both directions', () => {
    expect(ids({ query: 'cafe' })).to.deep.equal(['kruimel', 'hoek']);
    expect(ids({ query: 'CAFÉ' })).to.deep.equal(['kruimel', 'hoek']);
    expect(ids({ query: 'Café' })).to.deep.equal(['kruimel', 'hoek']);
  });

  it('requires every word (AND), each anywhere in the place', () => {
    expect(ids({ query: 'cafe kruimel' })).to.deep.equal(['kruimel']);
    expect(ids({ query: 'kruimel cafe' })).to.deep.equal(['kruimel']);
    expect(ids({ query: 'inloop' })).to.deep.equal(['wijkplaats', 'smjh']);
    expect(ids({ query: 'koffie inloop' })).to.deep.equal(['wijkplaats']);
    expect(ids({ query: 'cafe jeugd' })).to.deep.equal([]);
  });

  it('searches descriptions in every language, activities, labels, addresses and language names', () => {
    expect(ids({ query: 'parenting' })).to.deep.equal(['cjg']);
    expect(ids({ query: 'meidenmiddag' })).to.deep.equal(['wijkplaats']);
    expect(ids({ query: 'ontmoeten' })).to.deep.equal(['kruimel', 'wijkplaats']);
    expect(ids({ query: 'meeting people' })).to.deep.equal(['kruimel', 'wijkplaats']);
    expect(ids({ query: 'den bosch oost' })).to.deep.equal(['smjh', 'homestart', 'soos']);
    expect(ids({ query: 'hinthamerstraat' })).to.deep.equal(['cjg']);
    expect(ids({ query: '5211ab' })).to.deep.equal(['cjg']);
    expect(ids({ query: '5211 AB' })).to.deep.equal(['cjg']);
    expect(ids({ query: "'s-Hertogenbosch" })).to.deep.equal(['kruimel', 'cjg']);
    expect(ids({ query: 'arabisch' })).to.deep.equal(['kruimel', 'wijkplaats']);
    expect(ids({ query: 'arabic' })).to.deep.equal(['kruimel', 'wijkplaats']);
    expect(ids({ query: 'pools' })).to.deep.equal(['homestart']);
    expect(ids({ query: 'vrijwilligersorganisatie' })).to.deep.equal(['smjh', 'homestart']);
  });

  it('does not match across two fields', () => {
    // "Kruimel" ends the name, "moedergroep" starts the description: "kruimelmoeder" is in neither.
    expect(ids({ query: 'kruimelmoeder' })).to.deep.equal([]);
    expect(ids({ query: 'kruimel moedergroep' })).to.deep.equal(['kruimel']);
  });

  it('treats hostile input as text: no throw, no match-all', () => {
    for (const query of ['(.*', '\\', '.*', '[', '$^', '|', '+', '?', '*', '{1,}', '%', '"', "'", '<img src=x onerror=alert(1)>']) {
      const result = ids({ query });
      expect(result.length, query).to.be.lessThan(places.length);
    }
    expect(ids({ query: '(.*' })).to.deep.equal([]);
    // A regex escape is just its letter: "\d" looks for "d", like typing "d".
    expect(ids({ query: '\\d' })).to.deep.equal(ids({ query: 'd' }));
    expect(ids({ query: '\\' })).to.deep.equal([]);
    expect(ids({ query: 'cafe (.*' })).to.deep.equal(['kruimel', 'hoek']);
    expect(ids({ query: 'x'.repeat(10_000) })).to.deep.equal([]);
    expect(ids({ query: '__proto__ constructor' })).to.deep.equal([]);
  });

  it('does not filter on an empty or blank query', () => {
    expect(ids({ query: '' })).to.deep.equal(places.map((p) => p.id));
    expect(ids({ query: '   ' })).to.deep.equal(places.map((p) => p.id));
    expect(ids({})).to.deep.equal(places.map((p) => p.id));
  });
});

describe('search: filters', () => {
  it('filters by kind, category and area, OR within one criterion', () => {
    expect(ids({ kinds: ['professional-service'] })).to.deep.equal(['cjg']);
    expect(ids({ kinds: ['professional-service', 'volunteer-organisation'] })).to.deep.equal(['cjg', 'smjh', 'homestart']);
    expect(ids({ categories: ['leren'] })).to.deep.equal(['wijkplaats']);
    expect(ids({ categories: ['leren', 'jeugd'] })).to.deep.equal(['wijkplaats', 'smjh']);
    expect(ids({ areas: ['boschveld'] })).to.deep.equal(['kruimel', 'wijkplaats', 'homestart', 'speeltuin']);
    expect(ids({ areas: ['centrum', 'oost'] })).to.deep.equal(['cjg', 'smjh', 'homestart', 'hoek', 'soos']);
    expect(ids({ areas: ['nowhere'] })).to.deep.equal([]);
  });

  it('filters by language, matching a region tag to its base language', () => {
    expect(ids({ languages: ['ar'] })).to.deep.equal(['kruimel', 'wijkplaats']);
    expect(ids({ languages: ['AR'] })).to.deep.equal(['kruimel', 'wijkplaats']);
    expect(ids({ languages: ['ar-SY'] })).to.deep.equal(['kruimel', 'wijkplaats']);
    expect(ids({ languages: ['pl', 'tr'] })).to.deep.equal(['wijkplaats', 'homestart']);
    expect(ids({ languages: ['so'] })).to.deep.equal([]);
  });

  it('filters by age group on overlapping ranges', () => {
    expect(AGE_GROUPS.map((group) => group.id)).to.deep.equal(['0-3', '4-11', '12-17', 'adults']);
    // No audience and "everyone" without ages match every group.
    expect(ids({ ageGroups: ['0-3'] })).to.deep.equal(['kruimel', 'cjg', 'wijkplaats', 'homestart', 'hoek', 'speeltuin']);
    // Youth 12-23 overlaps adults; parents' groups are for adults; 65+ is adults only.
    expect(ids({ ageGroups: ['adults'] })).to.deep.equal(['kruimel', 'cjg', 'wijkplaats', 'smjh', 'homestart', 'hoek', 'soos']);
    expect(ids({ ageGroups: ['12-17'] })).to.deep.equal(['cjg', 'wijkplaats', 'smjh', 'hoek']);
    expect(ids({ ageGroups: ['4-11'] })).to.deep.equal(['kruimel', 'cjg', 'wijkplaats', 'homestart', 'hoek', 'speeltuin']);
    expect(ids({ ageGroups: ['12-17', 'no-such-group'] })).to.deep.equal(['cjg', 'wijkplaats', 'smjh', 'hoek']);
  });

  it('age edges are inclusive and an open end is open', () => {
    expect(audienceAgeGroups({ groups: ['children'], minAge: 3, maxAge: 3 })).to.deep.equal(['0-3']);
    expect(audienceAgeGroups({ groups: ['children'], minAge: 4, maxAge: 4 })).to.deep.equal(['4-11']);
    expect(audienceAgeGroups({ groups: ['children'], minAge: 11, maxAge: 12 })).to.deep.equal(['4-11', '12-17']);
    expect(audienceAgeGroups({ groups: ['youth'], minAge: 17 })).to.deep.equal(['12-17', 'adults']);
    expect(audienceAgeGroups({ groups: [], maxAge: 0 })).to.deep.equal(['0-3']);
    expect(audienceAgeGroups({ groups: ['everyone'], minAge: 18 })).to.deep.equal(['adults']);
    expect(audienceAgeGroups({ groups: ['parents'] })).to.deep.equal(['adults']);
    expect(audienceAgeGroups({ groups: ['children'] })).to.deep.equal(['0-3', '4-11']);
    expect(audienceAgeGroups({ groups: ['youth'] })).to.deep.equal(['12-17']);
    expect(audienceAgeGroups({ groups: [] })).to.deep.equal(['0-3', '4-11', '12-17', 'adults']);
    expect(audienceAgeGroups(undefined)).to.deep.equal(['0-3', '4-11', '12-17', 'adults']);
    // Nonsense ages are ignored rather than trusted.
    expect(audienceAgeGroups({ groups: ['youth'], minAge: -5, maxAge: Number.NaN })).to.deep.equal(['12-17']);
  });

  it('a place also matches the age groups of its activities', () => {
    const parentsWithKidsClub = place('club', {
      audience: { groups: ['parents'] },
      activities: [
        {
          name: 'Knutselclub',
          audience: { groups: ['children'], minAge: 6, maxAge: 10 },
          schedule: { weekly: [], exceptions: [] },
        },
      ],
    });
    const own = createPlaceIndex([parentsWithKidsClub], 'nl');
    expect(ids({ ageGroups: ['4-11'] }, own)).to.deep.equal(['club']);
    expect(ids({ ageGroups: ['adults'] }, own)).to.deep.equal(['club']);
    expect(ids({ ageGroups: ['0-3'] }, own)).to.deep.equal([]);
  });

  it('filters on "open now" at a fixed instant, counting walk-in activities', () => {
    // Monday 10:00: the Moedergroep (Kruimel) and the CJG.
    expect(ids({ openAt: new Date('2026-11-30T09:00:00Z') })).to.deep.equal(['kruimel', 'cjg']);
    // Tuesday 10:00: the CJG and the Wijkplaats's koffie-inloop (the place has no hours of its own).
    expect(ids({ openAt: new Date('2026-12-01T09:00:00Z') })).to.deep.equal(['cjg', 'wijkplaats']);
    // Friday 25 December, Christmas: the CJG is closed; the SMJH inloop opens in the evening.
    expect(ids({ openAt: new Date('2026-12-25T09:00:00Z') })).to.deep.equal([]);
    expect(ids({ openAt: new Date('2026-12-25T19:00:00Z') })).to.deep.equal(['smjh']);
    // Sunday 23:00: nothing.
    expect(ids({ openAt: new Date('2026-11-29T22:00:00Z') })).to.deep.equal([]);
    expect(ids({ openAt: new Date(Number.NaN) })).to.deep.equal([]);
  });

  it('combines criteria with AND and keeps the original order', () => {
    expect(ids({ areas: ['boschveld'], languages: ['ar'] })).to.deep.equal(['kruimel', 'wijkplaats']);
    expect(ids({ areas: ['boschveld'], languages: ['ar'], query: 'koffie' })).to.deep.equal(['kruimel', 'wijkplaats']);
    expect(
      ids({
        query: 'koffie',
        kinds: ['informal-initiative'],
        categories: ['leren'],
        areas: ['boschveld'],
        ageGroups: ['4-11'],
        languages: ['tr'],
        openAt: new Date('2026-12-03T09:00:00Z'), // Thursday 10:00, koffie-inloop
      }),
    ).to.deep.equal(['wijkplaats']);
    expect(ids({ kinds: ['volunteer-organisation'], ageGroups: ['0-3'], areas: ['oost'] })).to.deep.equal(['homestart']);
    expect(ids({ kinds: ['volunteer-organisation'], openAt: new Date('2026-11-30T09:00:00Z') })).to.deep.equal([]);
    expect(
      ids({ query: '', kinds: [], categories: [], areas: [], ageGroups: [], languages: [], openAt: undefined }),
    ).to.deep.equal(places.map((p) => p.id));
  });

  it('returns a new array each time and survives odd places', () => {
    const all = filterPlaces(index, {});
    all.pop();
    expect(filterPlaces(index, {})).to.have.length(places.length);
    const odd = createPlaceIndex(
      [null, { id: 'x' }, place('ok', { name: { en: 'Only English' } })] as unknown as Place[],
      'xx-invalid-tag!',
    );
    expect(ids({ query: 'english' }, odd)).to.deep.equal(['ok']);
    expect(ids({ languages: ['nl'], ageGroups: ['0-3'], openAt: new Date() }, odd)).to.deep.equal([]);
  });

  it('counts facets with the other criteria applied', () => {
    const counts = facetCounts(index, { languages: ['ar'] });
    expect(counts.total).to.equal(2);
    // Every language is counted as if the language filter were not set.
    expect(counts.languages).to.deep.equal({ nl: 5, ar: 2, en: 2, tr: 1, pl: 1 });
    // Other facets only count places that speak Arabic.
    expect(counts.kinds).to.deep.equal({ 'informal-initiative': 2 });
    expect(counts.areas).to.deep.equal({ boschveld: 2 });
    expect(counts.categories).to.deep.equal({ ontmoeten: 2, leren: 1 });
    expect(counts.ageGroups).to.deep.equal({ '0-3': 2, '4-11': 2, '12-17': 1, adults: 2 });
  });

  it('counts ids that share a name with an Object method ("toString", "valueOf") as numbers', () => {
    const odd = createPlaceIndex(
      [place('a', { categories: ['toString'], areas: ['valueOf'] }), place('b', { categories: ['toString'] })],
      'nl',
    );
    const counts = facetCounts(odd, {});
    expect(counts.categories).to.deep.equal({ toString: 2 });
    expect(counts.areas).to.deep.equal({ valueOf: 1 });
  });
});

describe('search: distance', () => {
  it('measures great-circle distance in metres', () => {
    expect(distanceInMeters({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).to.be.closeTo(111_195, 1);
    expect(distanceInMeters({ lat: 51.69, lng: 5.3 }, { lat: 51.69, lng: 5.3 })).to.equal(0);
    // Den Bosch station to the Dam in Amsterdam: about 81 km as the crow flies.
    const d = distanceInMeters({ lat: 51.6906, lng: 5.2937 }, { lat: 52.3731, lng: 4.8926 });
    expect(d).to.be.within(80_000, 82_000);
    expect(d).to.equal(distanceInMeters({ lat: 52.3731, lng: 4.8926 }, { lat: 51.6906, lng: 5.2937 }));
    expect(Number.isNaN(distanceInMeters({ lat: Number.NaN, lng: 0 }, { lat: 0, lng: 0 }))).to.equal(true);
  });

  it('sorts nearest first, places without a location last, ties in their original order', () => {
    const from = { lat: 51.7005, lng: 5.2905 }; // at the Kruimel and the Hoek
    const sorted = sortByDistance(places, from).map((p) => p.id);
    expect(sorted).to.deep.equal(['kruimel', 'hoek', 'homestart', 'cjg', 'smjh', 'wijkplaats', 'soos', 'speeltuin']);
    expect(sortByDistance([], from)).to.deep.equal([]);
    expect(sortByDistance(places, { lat: Number.NaN, lng: 1 }).map((p) => p.id)).to.deep.equal(places.map((p) => p.id));
  });
});

// ---------------------------------------------------------------------------------------
// A synthetic feed the size of a big city, filtered the way a resident types.

const WORDS = ['koffie', 'inloop', 'moeder', 'groep', 'taal', 'les', 'huiswerk', 'speel', 'middag', 'ouders',
  'jeugd', 'buurt', 'hulp', 'vrijwilliger', 'maatje', 'gezin', 'school', 'sport', 'muziek', 'kook', 'wijk',
  'centrum', 'zorg', 'advies', 'budget', 'café', 'crèche', 'naaiatelier', 'fietsenmaker', 'repair'];
const KINDS: PlaceKind[] = ['informal-initiative', 'volunteer-organisation', 'professional-service'];
const LANGS = [['nl'], ['nl', 'ar'], ['nl', 'tr'], ['nl', 'en', 'pl'], ['nl', 'so', 'ti']];

function synthetic(count: number): Place[] {
  let seed = 42;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const word = (): string => WORDS[Math.floor(random() * WORDS.length)]!;
  const result: Place[] = [];
  for (let i = 0; i < count; i++) {
    const minAge = i % 20;
    result.push(
      place(`p${i}`, {
        name: `${word()} ${word()} ${i}`,
        kind: KINDS[i % 3]!,
        categories: [`c${i % 12}`],
        areas: [`a${i % 9}`],
        description: `Een plek voor ${word()} en ${word()} in de ${word()}, met ${word()} voor iedereen.`,
        audience: i % 7 === 0 ? undefined : { groups: ['children'], minAge, maxAge: minAge + 4 },
        address: { street: `Straat ${i}`, postcode: '5211 AB', city: "'s-Hertogenbosch" },
        location: i % 10 === 0 ? undefined : { lat: 51.65 + random() * 0.1, lng: 5.25 + random() * 0.1 },
        languages: LANGS[i % LANGS.length]!,
        hours: {
          weekly: [
            { day: 'mo', opens: '09:00', closes: '12:00' },
            { day: i % 2 ? 'tu' : 'we', opens: '13:00', closes: '17:00' },
          ],
          exceptions: i % 5 === 0 ? [{ date: '2026-11-30', closed: true, periods: [] }] : [],
        },
        activities:
          i % 4 === 0
            ? [{ name: `${word()} ${word()}`, schedule: { weekly: [{ day: 'mo', opens: '09:30', closes: '11:00' }], exceptions: [] } }]
            : [],
      }),
    );
  }
  return result;
}

/** The filter written out the slow, obvious way, to check the fast one. */
function bruteForce(list: Place[], filter: PlaceFilter): string[] {
  const words = (filter.query ?? '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return list
    .filter((p) => {
      const text = [p.name, p.description, ...p.activities.map((a) => a.name), p.address?.street, p.address?.postcode, p.address?.city]
        .map((t) => String(t ?? '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' '))
        .join('\n');
      if (!words.every((w) => text.includes(w))) return false;
      if (filter.kinds?.length && !filter.kinds.includes(p.kind)) return false;
      if (filter.languages?.length && !p.languages.some((l) => filter.languages!.includes(l))) return false;
      if (filter.ageGroups?.length) {
        const min = p.audience?.minAge ?? 0;
        const max = p.audience?.maxAge ?? Infinity;
        const ok = AGE_GROUPS.some((g) => filter.ageGroups!.includes(g.id) && min <= (g.max ?? Infinity) && max >= g.min);
        if (!ok) return false;
      }
      return true;
    })
    .map((p) => p.id);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Time per keystroke while typing `text` letter by letter, with `extra` criteria set. */
function typing(on: PlaceIndex, text: string, extra: PlaceFilter = {}): { median: number; max: number; results: number } {
  const times: number[] = [];
  let results = 0;
  for (let round = 0; round < 3; round++) {
    for (let end = 1; end <= text.length; end++) {
      const start = performance.now();
      results = filterPlaces(on, { ...extra, query: text.slice(0, end) }).length;
      times.push(performance.now() - start);
    }
  }
  return { median: median(times), max: Math.max(...times), results };
}

describe('search: 10,000 and 50,000 places', () => {
  /** Index, first use (text built, "nu open" table built) and typing, timed for the report. */
  function measure(list: Place[]): Record<string, number> {
    let start = performance.now();
    const big = createPlaceIndex(list, 'nl');
    const index = performance.now() - start;
    start = performance.now();
    preparePlaceIndex(big);
    const prepare = performance.now() - start;
    const text = typing(big, 'koffie inloop');
    const combined = typing(big, 'cafe groep', { openAt: new Date('2026-11-30T09:00:00Z'), languages: ['ar', 'tr'] });
    // A keystroke that cannot narrow the previous result: every place's text is scanned.
    const fullScan: number[] = [];
    for (const query of ['xyzzy', 'naaiatelier', 'qqq', 'repair 77', 'zz', 'muziek sport', 'x', 'kook']) {
      start = performance.now();
      filterPlaces(big, { query });
      fullScan.push(performance.now() - start);
    }
    const openNow: number[] = [];
    for (let minute = 0; minute < 10; minute++) {
      start = performance.now();
      filterPlaces(big, { openAt: new Date(Date.UTC(2026, 10, 30, 9, minute)) });
      openNow.push(performance.now() - start);
    }
    start = performance.now();
    facetCounts(big, { query: 'koffie', languages: ['ar'] });
    const facets = performance.now() - start;
    return {
      index,
      prepare,
      typing: text.median,
      typingMax: text.max,
      combined: combined.median,
      fullScan: median(fullScan),
      openNow: median(openNow),
      facets,
    };
  }

  function report(label: string, m: Record<string, number>): void {
    const f = (n: number): string => n.toFixed(1);
    console.log(
      `[search] ${label}: index ${f(m.index!)} ms, search text + "nu open" table ${f(m.prepare!)} ms; ` +
        `per keystroke (median): typing ${f(m.typing!)} ms (max ${f(m.typingMax!)}), full scan ${f(m.fullScan!)} ms, ` +
        `query + "nu open" + language ${f(m.combined!)} ms, "nu open" alone ${f(m.openNow!)} ms; facetCounts ${f(m.facets!)} ms`,
    );
  }

  it('builds the index in slices for idle time: each slice stops when told, and the result is the same as in one piece', () => {
    const list = synthetic(2000);
    const whole = createPlaceIndex(list, 'nl');
    preparePlaceIndex(whole);
    let asked = 0;
    // The index itself first: a few dozen places' facts between two looks at the clock.
    const build = startPlaceIndex(list, 'nl');
    let sliced: PlaceIndex | undefined;
    let steps = 0;
    while (!(sliced = build.step(() => ++asked % 3 !== 0))) steps++;
    expect(steps).to.be.within(5, 30);
    expect(build.finish()).to.equal(sliced);
    for (const key of ['kinds', 'categories', 'areas', 'ageMasks', 'languages'] as const) expect(sliced[key], key).to.deep.equal(whole[key]);
    let slices = 0;
    // Each slice may look at the clock three times before it must stop.
    while (!preparePlaceIndexSlice(sliced, () => ++asked % 3 !== 0)) slices++;
    // Texts, then the places' opening hours, in batches of a few dozen places, three batches a slice.
    expect(slices).to.be.within(10, 60);
    expect(preparePlaceIndexSlice(sliced, () => false)).to.equal(true);
    expect(sliced.haystacks).to.deep.equal(whole.haystacks);
    for (const filter of [{ query: 'koffie' }, { openAt: new Date('2026-11-30T09:00:00Z') }, { query: 'cafe groep', languages: ['ar'] }]) {
      expect(ids(filter, sliced), JSON.stringify(filter)).to.deep.equal(ids(filter, whole));
    }
    // A search before the slices are done finishes the texts at once.
    const early = createPlaceIndex(list, 'nl');
    preparePlaceIndexSlice(early, () => false);
    expect(ids({ query: 'koffie' }, early)).to.deep.equal(ids({ query: 'koffie' }, whole));
  });

  it('loads the language names a search needs in an idle slice of its own, before any batch of places', () => {
    // Frisian: a page language no other test here names, so its names are not cached yet.
    const index = createPlaceIndex(synthetic(200), 'fy');
    countingDisplayNames((made) => {
      let asked = 0;
      expect(preparePlaceIndexSlice(index, () => (++asked, true))).to.equal(false);
      expect(made(), 'language names made').to.be.greaterThan(0);
      expect(asked, 'places handled in the same slice').to.equal(0);
      preparePlaceIndexSlice(index, () => (++asked, false));
      expect(asked, 'the next slice builds a batch of places').to.equal(1);
    });
  });

  it('loads no language names when no place names a language', () => {
    const index = createPlaceIndex(synthetic(50).map((place) => ({ ...place, languages: [] })), 'fr');
    countingDisplayNames((made) => {
      while (!preparePlaceIndexSlice(index, () => true));
      expect(made()).to.equal(0);
    });
  });

  it('filters 10,000 places correctly and reports the time per keystroke', () => {
    const list = synthetic(10_000);
    const big = createPlaceIndex(list, 'nl');
    for (const filter of [
      { query: 'koffie' },
      { query: 'cafe groep' },
      { query: 'creche 12' },
      { query: 'koffie', kinds: ['informal-initiative' as PlaceKind], languages: ['ar'] },
      { ageGroups: ['12-17'], languages: ['tr', 'pl'] },
      { query: 'hertogenbosch straat 99' },
      // Narrowing and widening again must not reuse a stale result.
      { query: 'koffie i' },
      { query: 'koffie' },
      { query: 'offie' },
    ]) {
      expect(ids(filter, big), JSON.stringify(filter)).to.deep.equal(bruteForce(list, filter));
    }
    // Monday 10:00 on 30 November: every place is open, except the ones closed that day (i % 5 === 0)
    // unless their activity runs (i % 4 === 0).
    const open = ids({ openAt: new Date('2026-11-30T09:00:00Z') }, big);
    expect(open).to.deep.equal(list.filter((_, i) => i % 5 !== 0 || i % 4 === 0).map((p) => p.id));
    report('10,000 places', measure(list));
  });

  it('scales to 50,000 places and reports the time per keystroke', () => {
    const list = synthetic(50_000);
    const big = createPlaceIndex(list, 'nl');
    expect(ids({ query: 'naaiatelier fietsenmaker' }, big)).to.deep.equal(bruteForce(list, { query: 'naaiatelier fietsenmaker' }));
    report('50,000 places', measure(list));
  });
});
