import { expect } from '@open-wc/testing';
// The public entry: it loads the message tables, as `buurtkit/feed` does for its users.
import { validateFeed } from '../../src/feed/index.js';
import type { Feed, FeedProblem, Guide, Place, ValidationResult } from '../../src/feed/types.js';

/** Fixtures are static files of the test server (it serves the repository root). */
async function fixtureText(name: string): Promise<string> {
  const response = await fetch(`/test/fixtures/feeds/${name}`);
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.text();
}

async function check(name: string): Promise<ValidationResult> {
  return validateFeed(JSON.parse(await fixtureText(name)));
}

/** "code @ path" for every problem, to compare whole lists at once. */
function summary(problems: FeedProblem[]): string[] {
  return problems.map((problem) => `${problem.code} @ ${problem.path}`);
}

function codesAt(result: ValidationResult, path: string): string[] {
  return result.problems.filter((problem) => problem.path === path).map((problem) => problem.code);
}

function place(feed: Feed, id: string): Place {
  const found = feed.places.find((p) => p.id === id);
  if (!found) throw new Error(`no place ${id}`);
  return found;
}

/** Every string anywhere in a value, with its path. */
function strings(value: unknown, path = '', out: Array<[string, string]> = []): Array<[string, string]> {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((entry, index) => strings(entry, `${path}[${index}]`, out));
  else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) strings((value as Record<string, unknown>)[key], `${path}.${key}`, out);
  }
  return out;
}

/** Every own key anywhere in a value. */
function keys(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((entry) => keys(entry, out));
  else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.add(key);
      keys((value as Record<string, unknown>)[key], out);
    }
  }
  return out;
}

const SAFE_LINK = /^(https?:\/\/|mailto:|tel:)/;

/** Every field that ends up as an href must be http(s); e-mails are plain addresses. */
function links(feed: Feed): string[] {
  const out: string[] = [];
  const contact = (c: { website?: string; email?: string; phone?: string } | undefined) => {
    if (c?.website !== undefined) out.push(c.website);
    if (c?.email !== undefined) out.push(`mailto:${c.email}`);
    if (c?.phone !== undefined) out.push(`tel:${c.phone}`);
  };
  if (feed.publisher.url) out.push(feed.publisher.url);
  contact(feed.publisher);
  feed.places.forEach((p) => contact(p.contact));
  feed.opportunities.forEach((o) => contact(o.contact));
  feed.guides.forEach((g) =>
    g.steps.forEach((s) => s.type === 'advice' && s.contacts.forEach((c) => c.type === 'inline' && contact(c))),
  );
  if (feed.signup.action) out.push(feed.signup.action);
  if (feed.signup.privacyUrl) out.push(feed.signup.privacyUrl);
  return out;
}

function expectEmptyFeed(feed: Feed): void {
  expect(feed).to.deep.equal({
    version: '1.0',
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
  });
}

describe('validateFeed: good feeds', () => {
  it('reads a minimal feed without problems and fills every default', async () => {
    const { feed, problems } = await check('good-minimal.json');
    expect(problems).to.deep.equal([]);
    expect(feed.version).to.equal('1.0');
    expect(feed.sample).to.equal(false);
    expect(feed.language).to.equal('nl');
    expect(feed.areas.map((a) => [a.id, a.zoom])).to.deep.equal([
      ['boschveld', 16],
      ['oost', 15],
    ]);
    expect(place(feed, 'wijkplaats')).to.deep.equal({
      id: 'wijkplaats',
      name: 'De Wijkplaats',
      kind: 'informal-initiative',
      categories: ['ontmoeten'],
      areas: ['boschveld'],
      location: { lat: 51.7003, lng: 5.2931 },
      contact: { phone: '073-123 45 67', email: 'info@wijkplaats.example', website: 'https://wijkplaats.example/' },
      languages: [],
      activities: [],
    });
    expect(feed.glossary).to.deep.equal([
      { term: 'CJG', aliases: [], explanation: 'Centrum voor Jeugd en Gezin: hier kun je terecht met vragen over opvoeden.' },
    ]);
    expect(feed.signup).to.deep.equal({
      encoding: 'json',
      email: 'vrijwilligers@wijkplaats.example',
      fields: { area: false, talents: true, availability: false, languages: false, message: false },
      talents: [{ id: 'voorlezen', label: 'Voorlezen' }],
    });
    const advice = feed.guides[0]!.steps.find((s) => s.id === 'a-praten');
    expect(advice).to.deep.equal({
      type: 'advice',
      id: 'a-praten',
      title: 'Praat erover',
      text: 'Je hoeft het niet alleen te doen.',
      actions: ['Luister naar het kind.', 'Nodig het kind uit.'],
      contacts: [{ type: 'place', place: 'wijkplaats', note: 'Elke dinsdag koffie' }],
      choices: [{ label: 'Opnieuw', next: 'q-gevaar' }],
    });
  });

  it('reads every field of a complete feed', async () => {
    const { feed, problems } = await check('good-complete.json');
    expect(problems).to.deep.equal([]);
    expect(feed.version).to.equal('1.2');
    expect(feed.sample).to.equal(true);
    expect(feed.updated).to.equal('2025-03-01T09:30:00+01:00');
    expect(feed.publisher).to.deep.equal({
      name: 'Wijkplatform Oost',
      url: 'https://oost.example/',
      email: 'info@oost.example',
      phone: '073 000 00 00',
    });
    const wijkplaats = place(feed, 'wijkplaats');
    expect(wijkplaats.description).to.deep.equal({
      nl: 'Buurthuis met koffie-inloop.',
      en: 'Community centre with drop-in coffee.',
      ar: 'مركز الحي',
    });
    expect(wijkplaats.audience).to.deep.equal({
      groups: ['parents', 'children'],
      minAge: 0,
      maxAge: 12,
      description: 'Ouders met jonge kinderen',
    });
    expect(wijkplaats.hours).to.deep.equal({
      weekly: [
        { day: 'tu', opens: '09:30', closes: '11:30' },
        { day: 'tu', opens: '13:00', closes: '16:00' },
        { day: 'th', opens: '09:30', closes: '11:30' },
      ],
      exceptions: [
        { date: '2025-12-25', closed: true, periods: [], note: 'Kerst' },
        { date: '2025-12-27', closed: false, periods: [{ opens: '10:00', closes: '12:00' }] },
      ],
      note: 'In de schoolvakanties dicht',
    });
    expect(wijkplaats.activities[0]!.schedule.exceptions).to.deep.equal([]);
    expect(wijkplaats.lastChecked).to.equal('2025-02-14');
    expect(wijkplaats.languages).to.deep.equal(['nl', 'ar', 'tr']);
    expect(place(feed, 'cjg').hours!.exceptions).to.deep.equal([]);
    expect(feed.guides[0]!.emergency!.helpline).to.deep.equal({
      label: 'Veilig Thuis',
      phone: '0800-2000',
      description: 'Gratis, dag en nacht',
    });
    expect(feed.opportunities[0]!.contact).to.deep.equal({
      name: 'Fatima',
      phone: '06 12 34 56 78',
      email: 'fatima@wijkplaats.example',
    });
    expect(feed.signup.encoding).to.equal('form');
    expect(feed.signup.fields).to.deep.equal({ area: true, talents: true, availability: true, languages: true, message: true });
  });

  it('reads the sample feed of den Bosch without errors', async () => {
    const response = await fetch('/demo/feeds/den-bosch.json');
    if (!response.ok) return; // The sample feed has its own tests; this one only guards the pairing.
    const { feed, problems } = validateFeed(await response.json());
    expect(problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(feed.places.length).to.be.at.least(15);
    expect(feed.guides.length).to.be.at.least(1);
  });
});

describe('validateFeed: the root and the lists', () => {
  for (const name of ['root-array.json', 'root-string.json', 'root-null.json', 'root-number.json']) {
    it(`gives an empty feed and one error for ${name}`, async () => {
      const { feed, problems } = await check(name);
      expectEmptyFeed(feed);
      expect(summary(problems)).to.deep.equal(['feed.not-an-object @ ']);
      expect(problems[0]!.severity).to.equal('error');
      expect(problems[0]!.message).to.match(/geen JSON-object/);
    });
  }

  it('fills every list when the feed leaves them out', async () => {
    const { feed, problems } = await check('missing-arrays.json');
    // With no places, guides or tasks there is nothing to show: the one problem says so.
    expect(summary(problems)).to.deep.equal(['feed.nothing-to-show @ ']);
    expect(feed.publisher.name).to.equal('Alleen een naam');
    for (const list of [feed.areas, feed.categories, feed.places, feed.glossary, feed.guides, feed.opportunities]) {
      expect(list).to.deep.equal([]);
    }
    expect(feed.signup.talents).to.deep.equal([]);
  });

  it('reports lists of the wrong type and reads them as empty', async () => {
    const { feed, problems } = await check('lists-wrong-type.json');
    expect(summary(problems)).to.deep.equal([
      'field.not-a-list @ areas',
      'field.not-a-list @ categories',
      'field.not-a-list @ places',
      'field.not-a-list @ guides',
      'field.not-an-object @ opportunities[0]',
      'field.not-an-object @ opportunities[1]',
      'field.not-an-object @ opportunities[2]',
      'field.not-an-object @ opportunities[3]',
      'field.not-an-object @ signup',
      'feed.nothing-to-show @ ',
    ]);
    expect(feed.places).to.deep.equal([]);
    expect(feed.opportunities).to.deep.equal([]);
    expect(feed.signup.encoding).to.equal('json');
  });

  it('skips items without their required fields and keeps the good one', async () => {
    const result = await check('missing-required.json');
    expect(result.feed.places.map((p) => p.id)).to.deep.equal(['goed']);
    expect(result.feed.areas.map((a) => a.id)).to.deep.equal(['boschveld']);
    expect(result.feed.categories).to.deep.equal([]);
    expect(result.feed.glossary).to.deep.equal([]);
    expect(result.feed.opportunities).to.deep.equal([]);
    expect(summary(result.problems)).to.deep.equal([
      'item.required @ areas[0].center',
      'item.required @ categories[0].label',
      'item.required @ places[0].id',
      'item.required @ places[1].name',
      'item.required @ places[2].name',
      'item.required @ places[3].kind',
      'place.kind.invalid @ places[4].kind',
      'field.not-an-object @ places[6]',
      'field.not-an-object @ places[7]',
      'item.required @ glossary[0].explanation',
      'item.required @ glossary[1].term',
      'item.required @ opportunities[0].title',
    ]);
    const kind = result.problems.find((p) => p.code === 'place.kind.invalid')!;
    expect(kind.message).to.contain('"church"').and.contain('informal-initiative');
    expect(result.problems.find((p) => p.path === 'places[1].name')!.message).to.equal(
      'Het veld "name" ontbreekt of is leeg. Daarom tonen we deze plek niet. Vul "name" in.',
    );
  });
});

describe('validateFeed: coordinates', () => {
  it('does not parse "52,1": the place stays, without location', async () => {
    const result = await check('decimal-comma.json');
    expect(result.feed.places.map((p) => p.id)).to.deep.equal(['wijkplaats', 'kruimel']);
    expect(place(result.feed, 'wijkplaats').location).to.equal(undefined);
    expect(place(result.feed, 'kruimel').location).to.deep.equal({ lat: 51.7003, lng: 5.2931 });
    expect(summary(result.problems)).to.deep.equal([
      'place.location.not-a-number @ places[0].location.lat',
      'place.location.not-a-number @ places[0].location.lng',
    ]);
    expect(result.problems[0]!.severity).to.equal('error');
    expect(result.problems[0]!.message).to.contain('"52,1"').and.contain('niet op de kaart');
  });

  it('reports numbers written as strings everywhere', async () => {
    const result = await check('strings-for-numbers.json');
    expect(summary(result.problems)).to.deep.equal([
      'area.zoom.invalid @ areas[0].zoom',
      'area.center.not-a-number @ areas[1].center.lat',
      'area.center.not-a-number @ areas[1].center.lng',
      'field.not-a-number @ places[0].audience.minAge',
      'place.location.not-a-number @ places[0].location.lat',
      'place.location.not-a-number @ places[0].location.lng',
      'place.location.not-a-number @ places[1].location.lng',
      'field.not-a-number @ opportunities[0].minAge',
    ]);
    expect(result.feed.areas).to.have.length(1);
    expect(result.feed.areas[0]!.zoom).to.equal(15);
    expect(place(result.feed, 'wijkplaats').audience).to.deep.equal({ groups: ['children'], maxAge: 12 });
    // The area "oost" is gone, so the place that referred to it loses that reference.
    expect(place(result.feed, 'kruimel').areas).to.deep.equal(['boschveld']);
    expect(result.feed.opportunities[0]!.minAge).to.equal(undefined);
  });

  it('detects swapped, far-away and impossible coordinates', async () => {
    const result = await check('swapped-coordinates.json');
    expect(summary(result.problems)).to.deep.equal([
      'place.location.swapped @ places[0].location',
      'place.location.far-away @ places[1].location',
      'place.location.out-of-range @ places[2].location.lat',
    ]);
    expect(result.problems.map((p) => p.severity)).to.deep.equal(['error', 'warning', 'error']);
    expect(result.problems[1]!.message).to.match(/ligt 80 km van/);
    expect(place(result.feed, 'omgedraaid').location).to.equal(undefined);
    expect(place(result.feed, 'amsterdam').location).to.deep.equal({ lat: 52.3731, lng: 4.8922 });
    expect(place(result.feed, 'buiten-de-aarde').location).to.equal(undefined);
    expect(place(result.feed, 'goed').location).to.deep.equal({ lat: 51.7003, lng: 5.2931 });
  });

  it('detects swapped coordinates in the Netherlands without areas to compare with', async () => {
    const result = await check('swapped-no-areas.json');
    expect(summary(result.problems)).to.deep.equal([
      'area.center.swapped @ areas[0].center',
      'place.location.swapped @ places[0].location',
    ]);
    expect(result.feed.areas).to.deep.equal([]);
    expect(place(result.feed, 'goed').location).to.deep.equal({ lat: 51.7, lng: 5.3 });
  });
});

describe('validateFeed: ids and references', () => {
  it('keeps the first of duplicate ids in every list', async () => {
    const result = await check('duplicate-ids.json');
    const { feed } = result;
    expect(summary(result.problems)).to.deep.equal([
      'id.duplicate @ areas[1].id',
      'id.duplicate @ categories[1].id',
      'id.duplicate @ places[1].id',
      'item.required @ places[3].kind',
      'glossary.term.duplicate @ glossary[1].term',
      'id.duplicate @ guides[1].id',
      'id.duplicate @ guides[2].steps[1].id',
      'id.duplicate @ opportunities[1].id',
      'id.duplicate @ signup.talents[1].id',
    ]);
    expect(feed.areas.map((a) => a.name)).to.deep.equal(['Boschveld']);
    expect(feed.places.map((p) => [p.id, p.name])).to.deep.equal([
      ['wijkplaats', 'Eerste'],
      ['kruimel', 'Plek kruimel'],
      // The first "broken" had no kind; the second, good one takes its id.
      ['broken', 'Heel daarna'],
    ]);
    expect(feed.glossary.map((g) => g.explanation)).to.deep.equal(['Eerste uitleg']);
    expect(feed.guides.map((g) => g.title)).to.deep.equal(['Ik maak me zorgen om een kind', 'Dubbele stap']);
    expect(feed.guides[1]!.steps.map((s) => s.type === 'advice' && s.title)).to.deep.equal(['Eerste']);
    expect(feed.opportunities.map((o) => o.title)).to.deep.equal(['Eerste']);
    expect(feed.signup.talents.map((t) => t.label)).to.deep.equal(['Taal']);
  });

  it('drops dangling references and keeps the items', async () => {
    const result = await check('dangling-references.json');
    expect(summary(result.problems)).to.deep.equal([
      'reference.unknown-category @ places[0].categories[1]',
      'reference.unknown-area @ places[0].areas[1]',
      'reference.unknown-place @ guides[0].steps[0].contacts[0].place',
      'reference.unknown-place @ opportunities[0].place',
    ]);
    const wijkplaats = place(result.feed, 'wijkplaats');
    expect(wijkplaats.categories).to.deep.equal(['ontmoeten']);
    expect(wijkplaats.areas).to.deep.equal(['boschveld']);
    const step = result.feed.guides[0]!.steps[0]!;
    expect(step.type === 'advice' && step.contacts).to.deep.equal([
      { type: 'place', place: 'kruimel' },
      { type: 'place', place: 'wijkplaats' },
    ]);
    expect(result.feed.opportunities[0]).to.deep.equal({
      id: 'voorlezen',
      title: 'Voorlezen',
      skills: [],
      languages: [],
    });
  });

  it('caps ids at 100 characters and texts at their limits, without splitting emoji', async () => {
    const result = await check('long-words.json');
    expect(summary(result.problems)).to.deep.equal([
      'text.too-long @ places[0].name',
      'text.too-long @ places[0].description',
      'id.too-long @ places[1].id',
      'text.too-long @ places[2].name',
      'text.too-long @ places[2].description',
      'text.too-long @ glossary[0].term',
    ]);
    expect(result.problems.every((p) => p.severity === 'warning' || p.code === 'id.too-long')).to.equal(true);
    const long = place(result.feed, 'lang');
    expect(long.name).to.equal('a'.repeat(300));
    expect((long.description as string).length).to.equal(5000);
    const emoji = place(result.feed, 'emoji');
    expect(emoji.name).to.equal('😀'.repeat(150));
    expect(emoji.description).to.equal('😀'.repeat(2500));
    expect(result.feed.places.map((p) => p.id)).to.deep.equal(['lang', 'emoji']);
  });

  it('strips bidi override characters from names and ids, not from long texts', async () => {
    const result = await check('bidi-override.json');
    expect(summary(result.problems)).to.deep.equal([
      'text.bidi-control @ places[0].id',
      'text.bidi-control @ places[0].name',
      'text.bidi-control @ places[1].id',
      'item.required @ places[1].id',
    ]);
    expect(result.problems[0]!.severity).to.equal('warning');
    const first = result.feed.places[0]!;
    expect(first.id).to.equal('wijkplaats');
    expect(first.name).to.equal('De Wijkplaats');
    expect(first.description).to.equal('Tekst met \u2067isolaat\u2069 blijft zoals hij is.');
    expect(place(result.feed, 'gewoon').name).to.equal('مركز الحي');
  });

  it('removes control characters but keeps line breaks and tabs', async () => {
    const result = await check('control-characters.json');
    expect(summary(result.problems)).to.deep.equal([
      'text.control-characters @ places[0].name',
      'text.control-characters @ places[0].description',
    ]);
    expect(result.feed.places[0]!.name).to.equal('De Wijkplaats');
    expect(result.feed.places[0]!.description).to.equal('Regel 1\nRegel 2\tmet tab[31m');
  });
});

describe('validateFeed: hostile input', () => {
  it('keeps HTML in every text field verbatim, as text', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const { feed, problems } = await check('html-in-text.json');
    expect(summary(problems)).to.deep.equal([
      'icon.too-long @ categories[0].icon',
      'phone.invalid @ places[0].contact.phone',
      'email.invalid @ places[0].contact.email',
      'link.invalid @ places[0].contact.website',
    ]);
    const texts = strings(feed).filter(
      ([path]) => !/\.(id|kind|version|language|start|next|place|type|phone|date|encoding)$|\.(categories|areas|groups)\[\d+\]$/.test(path),
    );
    // Every text field of the fixture, in the output, exactly as written.
    expect(texts.length).to.be.at.least(40);
    for (const [path, text] of texts) {
      expect(text, path).to.be.oneOf([payload, `${payload}!`]);
    }
    expect(feed.places[0]!.contact).to.deep.equal({});
    expect(feed.glossary[0]).to.deep.equal({ term: payload, aliases: [`${payload}!`], explanation: { nl: payload, en: payload } });
  });

  it('leaves no javascript: link, however it is written', async () => {
    const { feed, problems } = await check('javascript-links.json');
    expect(summary(problems)).to.deep.equal([
      'link.unsafe-scheme @ publisher.url',
      'email.invalid @ publisher.email',
      'phone.invalid @ publisher.phone',
      'link.unsafe-scheme @ places[0].contact.website',
      'link.unsafe-scheme @ places[1].contact.website',
      'link.unsafe-scheme @ places[2].contact.website',
      'link.unsafe-scheme @ places[3].contact.website',
      'link.invalid @ places[4].contact.website',
      'link.unsafe-scheme @ guides[0].steps[0].contacts[0].website',
      'link.unsafe-scheme @ opportunities[0].contact.website',
      'link.unsafe-scheme @ signup.action',
      'link.unsafe-scheme @ signup.privacyUrl',
    ]);
    expect(problems[3]!.message).to.contain('"javascript:"');
    expect(feed.publisher).to.deep.equal({ name: 'X' });
    for (const p of feed.places) {
      expect(p.contact).to.deep.equal({ email: 'info@wijkplaats.example', phone: '073-1234567' });
    }
    expect(feed.opportunities[0]!.contact).to.deep.equal({ name: 'Anna' });
    expect(feed.signup.action).to.equal(undefined);
    expect(feed.signup.privacyUrl).to.equal(undefined);
    for (const link of links(feed)) expect(link).to.match(SAFE_LINK);
    expect(JSON.stringify(feed).toLowerCase()).not.to.contain('javascript');
  });

  it('reads a link with 200,000 spaces inside at once: trimming its ends took time squared in the run (seconds per link)', () => {
    const padded = `https://wijk${' '.repeat(200_000)}.example/`;
    const json = {
      version: '1.0',
      publisher: { name: 'X', url: padded },
      places: [{ id: 'p', name: 'P', kind: 'informal-initiative', contact: { website: `  ${padded}\u0000 ` } }],
      signup: { action: padded, privacyUrl: `mailto:${' '.repeat(200_000)}x` },
    };
    const start = performance.now();
    const { feed, problems } = validateFeed(json);
    // Linear, this is a few milliseconds; squared, it was over a minute.
    expect(performance.now() - start).to.be.below(2000);
    expect(summary(problems)).to.deep.equal(['link.invalid @ publisher.url', 'link.invalid @ places[0].contact.website', 'link.invalid @ signup.action', 'link.invalid @ signup.privacyUrl']);
    expect([feed.publisher.url, feed.places[0]!.contact.website, feed.signup.action]).to.deep.equal([undefined, undefined, undefined]);
  });

  it('keeps only http(s) websites: data:, vbscript:, file:, blob:, mailto: and relative links go', async () => {
    const { feed, problems } = await check('data-links.json');
    expect(summary(problems)).to.deep.equal([
      'link.unsafe-scheme @ places[0].contact.website',
      'link.unsafe-scheme @ places[1].contact.website',
      'link.unsafe-scheme @ places[2].contact.website',
      'link.unsafe-scheme @ places[3].contact.website',
      'link.not-web @ places[4].contact.website',
      'link.not-web @ places[5].contact.website',
      'link.no-scheme @ places[6].contact.website',
      'link.invalid @ places[7].contact.website',
    ]);
    const websites = feed.places.map((p) => p.contact.website);
    expect(websites).to.deep.equal([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'https://www.wijkplaats.example/agenda',
      undefined,
      'http://wijkplaats.example/Agenda',
    ]);
  });

  it('is immune to __proto__, constructor and prototype keys', async () => {
    const text = await fixtureText('proto-keys.json');
    const json: unknown = JSON.parse(text);
    // JSON.parse makes "__proto__" an own key; that is what the fixture must exercise.
    expect(Object.prototype.hasOwnProperty.call(json, '__proto__')).to.equal(true);
    const { feed, problems } = validateFeed(json);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(Object.prototype).not.to.have.property('polluted');
    expect(Object.getPrototypeOf(feed)).to.equal(Object.prototype);
    const allKeys = keys(feed);
    for (const bad of ['__proto__', 'constructor', 'prototype', 'polluted', 'toString']) {
      expect(allKeys.has(bad), bad).to.equal(false);
    }
    expect(summary(problems)).to.deep.equal([
      'id.reserved @ categories[0].id',
      'id.reserved @ categories[1].id',
      'text.language-key @ places[0].name.__proto__',
      'text.language-key @ places[0].name.constructor',
      'text.language-key @ places[0].name.prototype',
      'reference.unknown-category @ places[0].categories[0]',
      'reference.unknown-category @ places[0].categories[1]',
      'reference.unknown-category @ places[0].categories[2]',
      'reference.unknown-category @ places[1].categories[0]',
    ]);
    expect(feed.publisher).to.deep.equal({ name: 'Proto' });
    expect(feed.areas[0]!.center).to.deep.equal({ lat: 51.7, lng: 5.29 });
    const wijkplaats = place(feed, 'wijkplaats');
    expect(wijkplaats.name).to.deep.equal({ nl: 'De Wijkplaats' });
    expect(wijkplaats.kind).to.equal('informal-initiative');
    expect(wijkplaats.contact).to.deep.equal({});
    expect(wijkplaats.hours).to.deep.equal({ weekly: [], exceptions: [] });
    // "toString" is an ordinary id; only the three JavaScript internals are refused.
    expect(place(feed, 'toString').name).to.equal('toString');
    expect(feed.signup.fields.message).to.equal(false);
    expect(feed.signup.encoding).to.equal('json');
  });

  it('survives deeply nested values', async () => {
    const result = await check('deeply-nested.json');
    expect(summary(result.problems)).to.deep.equal([
      'field.not-text @ places[0].description',
      'place.location.not-a-number @ places[0].location.lat',
      'place.location.not-a-number @ places[0].location.lng',
    ]);
    expect(result.feed.places.map((p) => p.id)).to.deep.equal(['diep']);
  });

  it('never throws, whatever JSON value sits in whatever field', () => {
    const values: unknown[] = [
      null,
      true,
      0,
      -1,
      1e308,
      '',
      ' ',
      '52,1',
      'javascript:alert(1)',
      'x'.repeat(20_000),
      [],
      [null],
      [[[]]],
      {},
      { __proto__: null },
      JSON.parse('{"__proto__": {"x": 1}}'),
    ];
    const good = {
      version: '1.0',
      areas: [{ id: 'a', name: 'A', center: { lat: 51.7, lng: 5.3 } }],
      categories: [{ id: 'c', label: 'C' }],
      places: [
        {
          id: 'p',
          name: 'P',
          kind: 'informal-initiative',
          location: { lat: 51.7, lng: 5.3 },
          contact: { phone: '112' },
          hours: { weekly: [{ day: 'mo', opens: '09:00', closes: '10:00' }], exceptions: [{ date: '2025-01-01' }] },
          activities: [{ name: 'A', schedule: { weekly: [] } }],
          audience: { groups: ['parents'] },
        },
      ],
      guides: [
        {
          id: 'g',
          title: 'G',
          start: 'q',
          steps: [
            { type: 'question', id: 'q', text: 'Q', choices: [{ label: 'L', next: 'a' }] },
            { type: 'advice', id: 'a', title: 'A', actions: ['x'], contacts: [{ type: 'place', place: 'p' }] },
          ],
          emergency: { danger: { label: 'D', phone: '112' }, helpline: { label: 'H', phone: '0800-2000' } },
        },
      ],
      opportunities: [{ id: 'o', title: 'O', contact: { name: 'N' }, schedule: { weekly: [] } }],
      glossary: [{ term: 'T', explanation: 'E', aliases: ['t'] }],
      signup: { fields: { area: true }, talents: [{ id: 't', label: 'T' }] },
    };
    // Replace every value reachable in the good feed, one at a time, by every odd value.
    const paths: Array<Array<string | number>> = [];
    const walk = (value: unknown, path: Array<string | number>) => {
      paths.push(path);
      if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
      }
    };
    walk(good, []);
    let runs = 0;
    for (const path of paths) {
      for (const odd of values) {
        const copy = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
        let target: unknown = copy;
        for (const key of path.slice(0, -1)) target = (target as Record<string | number, unknown>)[key];
        const root = path.length === 0 ? odd : copy;
        if (path.length > 0) (target as Record<string | number, unknown>)[path[path.length - 1]!] = odd;
        const result = validateFeed(root);
        expect(result.feed.places).to.be.an('array');
        runs++;
      }
    }
    expect(runs).to.be.greaterThan(1000);
    expect(Object.prototype).not.to.have.property('x');
  });

  it('never throws on live objects: getters that throw, proxies, cycles', () => {
    const cyclic: Record<string, unknown> = { id: 'c', name: 'Cyclisch', kind: 'informal-initiative' };
    cyclic['self'] = cyclic;
    cyclic['description'] = cyclic;
    const throwing = {
      id: 't',
      name: 'Gooit',
      kind: 'informal-initiative',
      get location(): never {
        throw new Error('boom');
      },
    };
    const handler: ProxyHandler<object> = {
        get() {
          throw new Error('proxy');
        },
        has() {
          throw new Error('proxy');
        },
        ownKeys() {
          throw new Error('proxy');
        },
        getOwnPropertyDescriptor() {
          throw new Error('proxy');
        },
    };
    const proxy = new Proxy({}, handler);
    const places = [cyclic, throwing, proxy, { id: 'ok', name: 'Goed', kind: 'informal-initiative' }];
    const feed: Record<string, unknown> = { version: '1.0', places };
    feed['guides'] = new Proxy([], handler);
    const result = validateFeed(feed);
    expect(result.feed.places.map((p) => p.id)).to.deep.equal(['c', 'ok']);
    // Of the cyclic object only language-like keys are read: "id" is Indonesian.
    expect(place(result.feed, 'c').description).to.deep.equal({ id: 'c' });
    expect(codesAt(result, 'places[1]')).to.deep.equal(['item.unreadable']);
    expect(codesAt(result, 'places[2]')).to.deep.equal(['item.unreadable']);
    expect(codesAt(result, 'guides')).to.deep.equal(['item.unreadable']);
    expect(validateFeed(proxy).feed.places).to.deep.equal([]);
    expect(() => validateFeed(undefined)).not.to.throw();
    expect(() => validateFeed(Symbol('x'))).not.to.throw();
    expect(() => validateFeed(() => 1)).not.to.throw();
  });

  it('validates 10,000 places item by item', () => {
    const places = Array.from({ length: 10_000 }, (_, i) => ({
      id: `p${i}`,
      name: { nl: `Plek ${i}`, en: `Place ${i}` },
      kind: 'informal-initiative',
      categories: ['c'],
      areas: ['a'],
      location: i % 1000 === 0 ? { lat: '51,7', lng: 5.3 } : { lat: 51.69 + (i % 100) / 1000, lng: 5.3 },
      contact: { phone: '073 123 45 67', website: i % 2500 === 1 ? 'javascript:alert(1)' : `https://example.nl/${i}` },
      hours: { weekly: [{ day: 'mo', opens: '09:00', closes: '11:30' }] },
    }));
    const json = {
      version: '1.0',
      publisher: { name: 'Groot' },
      areas: [{ id: 'a', name: 'A', center: { lat: 51.7, lng: 5.3 } }],
      categories: [{ id: 'c', label: 'C' }],
      places,
    };
    const started = performance.now();
    const { feed, problems } = validateFeed(json);
    const elapsed = performance.now() - started;
    expect(feed.places).to.have.length(10_000);
    expect(problems.filter((p) => p.code === 'place.location.not-a-number')).to.have.length(10);
    expect(problems.filter((p) => p.code === 'link.unsafe-scheme').map((p) => p.path)).to.deep.equal([
      'places[1].contact.website',
      'places[2501].contact.website',
      'places[5001].contact.website',
      'places[7501].contact.website',
    ]);
    // Reported, not asserted: the shared test machine is too noisy for a time limit.
    console.log(`validateFeed, 10,000 places in Chromium: ${elapsed.toFixed(1)} ms`);
  });
});

describe('validateFeed: versions', () => {
  it('reads a higher major version as far as it can, with a warning', async () => {
    const { feed, problems } = await check('version-newer.json');
    expect(summary(problems)).to.deep.equal(['feed.version.newer @ version']);
    expect(problems[0]!.severity).to.equal('warning');
    expect(feed.version).to.equal('2.3');
    expect(feed.places.map((p) => p.id)).to.deep.equal(['wijkplaats']);
    expect(Object.keys(feed)).not.to.include('unknownTopLevel');
    expect(Object.keys(feed.places[0]!)).not.to.include('futureField');
  });

  it('treats a missing version as version 1, with a warning', async () => {
    const { feed, problems } = await check('version-missing.json');
    expect(summary(problems)).to.deep.equal(['feed.version.missing @ version']);
    expect(feed.version).to.equal('1.0');
    expect(feed.places).to.have.length(1);
  });

  it('reports a version that is not text or a number, and still reads the feed', async () => {
    const { feed, problems } = await check('version-wrong-type.json');
    expect(summary(problems)).to.deep.equal(['feed.version.invalid @ version']);
    expect(problems[0]!.severity).to.equal('error');
    expect(feed.version).to.equal('1.0');
    expect(feed.places).to.have.length(1);
  });

  it('accepts a number as version', async () => {
    const { feed, problems } = await check('version-number.json');
    // The fixture holds no places, guides or tasks: that is the only problem.
    expect(summary(problems)).to.deep.equal(['feed.nothing-to-show @ ']);
    expect(feed.version).to.equal('1');
  });
});

describe('validateFeed: guides', () => {
  function guide(feed: Feed, id: string): Guide {
    const found = feed.guides.find((g) => g.id === id);
    if (!found) throw new Error(`no guide ${id}`);
    return found;
  }

  it('warns about a loop of questions, not about a way back from advice', async () => {
    const cycle = await check('guide-cycle.json');
    expect(summary(cycle.problems)).to.deep.equal(['guide.cycle @ guides[0].steps[1].choices[0].next']);
    expect(cycle.problems[0]!.severity).to.equal('warning');
    expect(cycle.problems[0]!.message).to.contain('"q1"');
    expect(guide(cycle.feed, 'rondje').steps).to.have.length(3);
    // good-minimal has "Opnieuw" from an advice step back to the start: no warning.
    expect((await check('good-minimal.json')).problems).to.deep.equal([]);
  });

  it('drops choices and contacts that lead nowhere and falls back to the first step', async () => {
    const result = await check('guide-missing-steps.json');
    expect(summary(result.problems)).to.deep.equal([
      'item.required @ guides[0].steps[0].choices[2].next',
      'reference.unknown-place @ guides[0].steps[1].contacts[0].place',
      'guide.contact.type-invalid @ guides[0].steps[1].contacts[2].type',
      'item.required @ guides[0].steps[1].contacts[3].name',
      'guide.step.type-invalid @ guides[0].steps[2].type',
      'item.required @ guides[0].steps[3].type',
      'item.required @ guides[0].steps[4].id',
      'guide.choice.unknown-step @ guides[0].steps[0].choices[0].next',
      'guide.start.unknown-step @ guides[0].start',
      'guide.start.missing @ guides[1].start',
    ]);
    const gaps = guide(result.feed, 'gaten');
    expect(gaps.start).to.equal('q1');
    expect(gaps.steps.map((s) => s.id)).to.deep.equal(['q1', 'a1']);
    expect(gaps.steps[0]!.choices).to.deep.equal([{ label: 'Naar advies', next: 'a1' }]);
    const advice = gaps.steps[1]!;
    expect(advice.type === 'advice' && advice.contacts).to.deep.equal([{ type: 'place', place: 'wijkplaats' }]);
    expect(guide(result.feed, 'zonder-start').start).to.equal('alleen');
  });

  it('keeps a guide without steps, empty, with its emergency lines', async () => {
    const result = await check('guide-no-steps.json');
    expect(summary(result.problems)).to.deep.equal([
      'guide.no-steps @ guides[0].steps',
      'guide.no-steps @ guides[1].steps',
      'item.required @ guides[2].steps[0].id',
      'field.not-an-object @ guides[2].steps[1]',
      'guide.no-steps @ guides[2].steps',
    ]);
    expect(result.problems[0]!.severity).to.equal('error');
    expect(result.feed.guides.map((g) => [g.id, g.start, g.steps.length])).to.deep.equal([
      ['leeg', '', 0],
      ['zonder-steps', '', 0],
      ['alles-kapot', '', 0],
    ]);
    expect(guide(result.feed, 'leeg').emergency!.danger.phone).to.equal('112');
  });

  it('reports questions that never reach advice, questions without choices and unreachable steps', async () => {
    const result = await check('guide-dead-end.json');
    expect(summary(result.problems)).to.deep.equal([
      'guide.question.no-choices @ guides[0].steps[3]',
      'guide.cycle @ guides[0].steps[2].choices[0].next',
      'guide.step.no-advice @ guides[0].steps[1]',
      'guide.step.no-advice @ guides[0].steps[2]',
      'guide.step.unreachable @ guides[0].steps[3]',
      'guide.step.unreachable @ guides[0].steps[5]',
    ]);
    // Nothing is removed: the element still shows these steps with a way back.
    expect(guide(result.feed, 'doodlopend').steps).to.have.length(6);
  });

  it('leaves out incomplete emergency lines so the element shows its defaults', async () => {
    const result = await check('emergency-incomplete.json');
    expect(summary(result.problems)).to.deep.equal([
      'item.required @ guides[0].emergency.danger.phone',
      'guide.emergency.invalid @ guides[0].emergency',
    ]);
    expect(result.feed.guides[0]!.emergency).to.equal(undefined);
    expect(result.feed.guides[0]!.steps).to.have.length(3);
  });

  it('walks a guide of 5,000 steps in one chain without overflowing the stack', () => {
    const steps: Array<{ choices?: Array<{ label: string; next: string }> }> = Array.from({ length: 5000 }, (_, i) =>
      i === 4999
        ? { type: 'advice', id: `s${i}`, title: 'Einde' }
        : { type: 'question', id: `s${i}`, text: `Vraag ${i}`, choices: [{ label: 'Verder', next: `s${i + 1}` }] },
    );
    steps[4998]!.choices!.push({ label: 'Terug', next: 's0' });
    const result = validateFeed({ version: '1', publisher: { name: 'X' }, guides: [{ id: 'lang', title: 'Lang', start: 's0', steps }] });
    expect(summary(result.problems)).to.deep.equal(['guide.cycle @ guides[0].steps[4998].choices[1].next']);
    expect(result.feed.guides[0]!.steps).to.have.length(5000);
  });

  it('checks 49,999 links back along a chain of 20,000 questions at once: each link copied the chain (over 20 s)', () => {
    const steps: Array<{ choices?: Array<{ label: string; next: string }> }> = Array.from({ length: 20_000 }, (_, i) =>
      i === 19_999
        ? { type: 'advice', id: `s${i}`, title: 'Einde' }
        : { type: 'question', id: `s${i}`, text: `Vraag ${i}`, choices: [{ label: 'Verder', next: `s${i + 1}` }] },
    );
    // The last question links back to the first 49,999 times (a full list of choices), each a loop of questions only.
    steps[19_998]!.choices!.push(...Array.from({ length: 49_999 }, () => ({ label: 'Terug', next: 's0' })));
    // A loop through advice is no loop of questions: the advice step links back too.
    steps[19_999]!.choices = [{ label: 'Opnieuw', next: 's0' }];
    const start = performance.now();
    const result = validateFeed({ version: '1', publisher: { name: 'X' }, guides: [{ id: 'lang', title: 'Lang', start: 's0', steps }] });
    // Linear, this is well under a second (WebKit under load: 0.6 s); with a copy per link it was over 20 s.
    expect(performance.now() - start).to.be.below(8000);
    const cycles = result.problems.filter((problem) => problem.code === 'guide.cycle');
    expect(cycles.length).to.equal(49_999);
    expect(cycles[0]!.path).to.equal('guides[0].steps[19998].choices[1].next');
    expect(result.problems.length).to.equal(49_999);
  });

  it('drops repeated languages, categories, aliases and dates in lists of 50,000 at once: a scan per entry took seconds', () => {
    const many = (make: (i: number) => unknown) => Array.from({ length: 49_999 }, (_, i) => make(i));
    const date = (i: number) => `${2000 + Math.floor(i / 336)}-${String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const json = {
      version: '1.0',
      publisher: { name: 'X' },
      categories: many((i) => ({ id: `c${i}`, label: `C${i}` })),
      places: [
        {
          id: 'p',
          name: 'P',
          kind: 'informal-initiative',
          languages: [...many((i) => `nl-x${String(i).padStart(6, '0')}`), 'nl-x000000'],
          categories: [...many((i) => `c${i}`), 'c0'],
          hours: { exceptions: [...many((i) => ({ date: date(i) })), { date: date(0) }] },
        },
      ],
      glossary: [{ term: 'T', explanation: 'E', aliases: [...many((i) => `alias${i}`), 'alias0'] }],
    };
    const start = performance.now();
    const { feed, problems } = validateFeed(json);
    // Linear, this is a fraction of a second (WebKit under load: 0.9 s); with a scan per entry it took 3–6 s per list, 21 s in all.
    expect(performance.now() - start).to.be.below(8000);
    const place = feed.places[0]!;
    expect([place.languages.length, place.categories.length, place.hours!.exceptions.length, feed.glossary[0]!.aliases.length]).to.deep.equal([49_999, 49_999, 49_999, 49_999]);
    expect([place.languages[49_998], place.categories[49_998], feed.glossary[0]!.aliases[49_998]]).to.deep.equal(['nl-x049998', 'c49998', 'alias49998']);
    // The repeated date is named; repeated languages, categories and aliases go without a word, as before.
    expect(summary(problems)).to.deep.equal(['hours.exception.duplicate @ places[0].hours.exceptions[49999].date']);
  });
});

describe('validateFeed: hours, contacts and other fields', () => {
  it('checks a long list of weekly periods for overlaps by the minutes they take, with the same reports as a short list compared one by one', () => {
    const time = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    // 10,000 one-minute periods that do not overlap, over seven days, then 39,999 copies of the last.
    const weekly = Array.from({ length: 10_000 }, (_, i) => ({ day: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'][Math.floor(i / 1439)], opens: time(i % 1439), closes: time((i % 1439) + 1) }));
    weekly.push(...Array.from({ length: 39_999 }, () => ({ ...weekly[9_999]! })));
    // Touching periods do not overlap, nested and crossing ones do: the same in a list of 4
    // (compared one by one) and in a list of 20 (compared by the minutes they take).
    const place = (id: string, periods: unknown[]) => ({ id, name: id, kind: 'informal-initiative', hours: { weekly: periods } });
    const block = (day: string) => [
      { day, opens: '09:00', closes: '10:00' },
      { day, opens: '10:00', closes: '11:00' },
      { day, opens: '09:30', closes: '09:45' },
      { day, opens: '10:59', closes: '12:00' },
    ];
    const start = performance.now();
    const { problems } = validateFeed({
      version: '1.0',
      publisher: { name: 'X' },
      places: [place('lang', weekly), place('kort', block('mo')), place('twintig', ['mo', 'tu', 'we', 'th', 'fr'].flatMap(block))],
    });
    // At most 1,440 steps per period: well under a second (comparing each with all before it took 3 s).
    expect(performance.now() - start).to.be.below(8000);
    const overlaps = problems.filter((problem) => problem.code === 'hours.period.overlap').map((problem) => problem.path);
    expect(overlaps.length).to.equal(39_999 + 2 + 10);
    expect(overlaps[0]).to.equal('places[0].hours.weekly[10000]');
    expect(overlaps[39_998]).to.equal('places[0].hours.weekly[49998]');
    expect(overlaps.slice(39_999)).to.deep.equal([
      ...[2, 3].map((i) => `places[1].hours.weekly[${i}]`),
      ...[2, 3, 6, 7, 10, 11, 14, 15, 18, 19].map((i) => `places[2].hours.weekly[${i}]`),
    ]);
  });

  it('leaves out bad periods and keeps the good ones', async () => {
    const result = await check('bad-hours.json');
    expect(summary(result.problems)).to.deep.equal([
      'hours.time.invalid @ places[0].hours.weekly[0].opens',
      'hours.time.invalid @ places[0].hours.weekly[2].opens',
      'hours.period.order @ places[0].hours.weekly[3].closes',
      'hours.day.invalid @ places[0].hours.weekly[4].day',
      'hours.period.order @ places[0].hours.weekly[8].closes',
      'hours.time.invalid @ places[0].hours.weekly[9].opens',
      'field.not-an-object @ places[0].hours.weekly[10]',
      'hours.period.overlap @ places[0].hours.weekly[6]',
      'date.invalid @ places[0].hours.exceptions[0].date',
      'date.invalid @ places[0].hours.exceptions[1].date',
      'hours.exception.duplicate @ places[0].hours.exceptions[3].date',
      'hours.exception.closed-with-periods @ places[0].hours.exceptions[4]',
      'hours.period.order @ places[0].hours.exceptions[5].periods[1].closes',
      'item.required @ places[0].hours.exceptions[6].date',
      'date.invalid @ places[0].lastChecked',
    ]);
    const hours = place(result.feed, 'wijkplaats').hours!;
    expect(hours.weekly).to.deep.equal([
      { day: 'mo', opens: '09:30', closes: '11:30' },
      { day: 'th', opens: '09:00', closes: '12:00' },
      { day: 'th', opens: '11:00', closes: '13:00' },
      { day: 'fr', opens: '20:00', closes: '24:00' },
    ]);
    expect(hours.exceptions).to.deep.equal([
      { date: '2025-12-25', closed: true, periods: [] },
      { date: '2025-12-26', closed: true, periods: [] },
      { date: '2025-12-31', closed: false, periods: [{ opens: '10:00', closes: '12:00' }] },
    ]);
    expect(result.problems[0]!.message).to.contain('"9.30"').and.contain('"09:30"');
  });

  it('checks e-mail, phone and website one by one', async () => {
    const result = await check('bad-contacts.json');
    expect(summary(result.problems)).to.deep.equal([
      'phone.invalid @ places[0].contact.phone',
      'email.invalid @ places[0].contact.email',
      'link.invalid @ places[0].contact.website',
      'phone.invalid @ places[1].contact.phone',
      'email.invalid @ places[1].contact.email',
      'link.invalid @ places[1].contact.website',
      'field.not-an-object @ places[3].contact',
    ]);
    expect(place(result.feed, 'a').contact).to.deep.equal({});
    expect(place(result.feed, 'c').contact).to.deep.equal({
      phone: '073 - 123 45 67',
      email: 'Info@Wijkplaats.example',
      website: 'https://wijkplaats.example/',
    });
    expect(place(result.feed, 'd').contact).to.deep.equal({});
  });

  it('keeps only hex colours and short icons', async () => {
    const result = await check('bad-colors.json');
    expect(summary(result.problems)).to.deep.equal([
      'color.invalid @ categories[0].color',
      'color.invalid @ categories[1].color',
      'color.invalid @ categories[2].color',
      'icon.too-long @ categories[4].icon',
      'color.invalid @ categories[5].color',
      'feed.nothing-to-show @ ',
    ]);
    expect(result.feed.categories.map((c) => [c.id, c.color, c.icon])).to.deep.equal([
      ['a', undefined, undefined],
      ['b', undefined, undefined],
      ['c', undefined, undefined],
      ['d', '#abc', '☕'],
      ['e', undefined, undefined],
      ['f', undefined, undefined],
    ]);
  });

  // Validation builds an entry's path only when it reports a problem; this pins every kind of
  // list entry (references, codes, groups, periods, exceptions, odd keys) to the path it had.
  it('names the exact path of each bad entry in the lists of a place', () => {
    const feed = {
      version: '1.0',
      publisher: { name: 'Test' },
      areas: [{ id: 'noord', name: 'Noord', center: { lat: 51.7, lng: 5.3 } }],
      categories: [{ id: 'taal', label: 'Taal' }, { id: 'gezin', label: 'Gezin' }],
      places: [
        { id: 'goed', name: 'Goed', kind: 'informal-initiative', categories: ['taal'], location: { lat: 51.7, lng: 5.3 } },
        {
          id: 'vreemd',
          name: { nl: 'Vreemd', 'odd key': 'x' },
          kind: 'informal-initiative',
          categories: ['taal', ' gezin ', 'sport', 7, 'taal\u200B', '__proto__'],
          areas: ['noord', 'zuid'],
          languages: ['nl', 'Nederlands', 3, 'AR'],
          audience: { groups: ['parents', 'aliens', null], minAge: 3, maxAge: 'tien', description: { nl: 'x', 'a.b': 'y' } },
          contact: { phone: 'tel:<b>', email: 'x', website: 'javascript:alert(1)' },
          address: { street: 5, 'rare key': 'x' },
          location: { lat: '51,7', lng: 500 },
          hours: {
            weekly: [
              { day: 'mo', opens: '9:30', closes: '11:00' },
              { day: 'mo', opens: '10:00', closes: '12:00' },
              { day: 'xx' },
              4,
              { day: 'tu', opens: '12:00', closes: '11:00' },
            ],
            exceptions: [
              { date: '2026-02-30' },
              { date: '2026-12-25', periods: [{ opens: '09:00', closes: '10:00' }, { opens: '09:30', closes: '24:00' }, { opens: 'x' }] },
              { date: '2026-12-25' },
            ],
          },
          activities: [{ name: 'A', schedule: { weekly: [{ day: 'we', opens: '25:00', closes: '26:00' }] } }, { nope: 1 }],
          lastChecked: 'gisteren',
        },
      ],
    };
    const result = validateFeed(feed);
    expect(summary(result.problems)).to.deep.equal([
      'text.language-key @ places[1].name["odd key"]',
      'reference.unknown-category @ places[1].categories[2]',
      'reference.unknown-category @ places[1].categories[3]',
      'reference.unknown-category @ places[1].categories[5]',
      'reference.unknown-area @ places[1].areas[1]',
      'phone.invalid @ places[1].contact.phone',
      'email.invalid @ places[1].contact.email',
      'link.unsafe-scheme @ places[1].contact.website',
      'language.invalid @ places[1].languages[1]',
      'language.invalid @ places[1].languages[2]',
      'hours.time.invalid @ places[1].activities[0].schedule.weekly[0].opens',
      'item.required @ places[1].activities[1].name',
      'audience.group.unknown @ places[1].audience.groups[1]',
      'audience.group.unknown @ places[1].audience.groups[2]',
      'field.not-a-number @ places[1].audience.maxAge',
      'text.language-key @ places[1].audience.description["a.b"]',
      'field.not-text @ places[1].address.street',
      'place.location.not-a-number @ places[1].location.lat',
      'place.location.out-of-range @ places[1].location.lng',
      'hours.day.invalid @ places[1].hours.weekly[2].day',
      'field.not-an-object @ places[1].hours.weekly[3]',
      'hours.period.order @ places[1].hours.weekly[4].closes',
      'hours.period.overlap @ places[1].hours.weekly[1]',
      'date.invalid @ places[1].hours.exceptions[0].date',
      'hours.time.invalid @ places[1].hours.exceptions[1].periods[2].opens',
      'hours.period.overlap @ places[1].hours.exceptions[1].periods[1]',
      'hours.exception.duplicate @ places[1].hours.exceptions[2].date',
      'date.invalid @ places[1].lastChecked',
    ]);
    const vreemd = place(result.feed, 'vreemd');
    expect(vreemd.categories).to.deep.equal(['taal', 'gezin']);
    expect(vreemd.areas).to.deep.equal(['noord']);
    expect(vreemd.languages).to.deep.equal(['nl', 'ar']);
    expect(vreemd.audience?.groups).to.deep.equal(['parents']);
    expect(vreemd.hours?.weekly.map((period) => period.opens)).to.deep.equal(['09:30', '10:00']);
    expect(vreemd.location).to.equal(undefined);
  });

  it('keeps language-code keys only and normalises their case', async () => {
    const result = await check('bad-languages.json');
    expect(summary(result.problems)).to.deep.equal([
      'feed.language.invalid @ language',
      'text.language-key @ places[0].name.xx_yy',
      'text.language-key @ places[0].name.Nederlands',
      'text.language-key @ places[0].name[""]',
      'language.invalid @ places[0].languages[2]',
      'language.invalid @ places[0].languages[3]',
    ]);
    expect(result.feed.language).to.equal('nl');
    const wijkplaats = place(result.feed, 'wijkplaats');
    expect(wijkplaats.name).to.deep.equal({ nl: 'De Wijkplaats', 'en-GB': 'The Wijkplaats' });
    expect(wijkplaats.languages).to.deep.equal(['nl', 'ar', 'pt-BR']);
  });

  it('reads odd sign-up settings with safe defaults', async () => {
    const result = await check('signup-odd.json');
    expect(summary(result.problems)).to.deep.equal([
      'field.not-a-boolean @ signup.fields.area',
      'field.not-a-boolean @ signup.fields.message',
      'signup.encoding.invalid @ signup.encoding',
      'item.required @ signup.talents[0].label',
      'field.not-an-object @ signup.talents[1]',
      'email.invalid @ signup.email',
      'feed.nothing-to-show @ ',
    ]);
    expect(result.feed.signup).to.deep.equal({
      encoding: 'json',
      action: 'https://wijkplaats.example/aanmelden',
      fields: { area: false, talents: true, availability: false, languages: false, message: false },
      talents: [{ id: 'knutselen', label: 'Knutselen' }],
    });
  });

  it('checks audience groups and ages', async () => {
    const result = await check('bad-audience.json');
    expect(summary(result.problems)).to.deep.equal([
      'audience.group.unknown @ places[0].audience.groups[1]',
      'audience.group.unknown @ places[0].audience.groups[2]',
      'audience.age.order @ places[0].audience',
      'field.not-a-list @ places[1].audience.groups',
      'number.out-of-range @ places[1].audience.minAge',
      'number.out-of-range @ places[1].audience.maxAge',
    ]);
    expect(place(result.feed, 'wijkplaats').audience).to.deep.equal({ groups: ['children'] });
    expect(place(result.feed, 'kruimel').audience).to.deep.equal({ groups: [] });
  });

  it('writes messages in English on request, with the same codes and paths', async () => {
    const json: unknown = JSON.parse(await fixtureText('decimal-comma.json'));
    const nl = validateFeed(json);
    const en = validateFeed(json, { lang: 'en' });
    expect(summary(en.problems)).to.deep.equal(summary(nl.problems));
    expect(en.problems[0]!.message).to.equal(
      'The coordinate "52,1" is not a number. The place is listed, but not on the map. Write a number with a dot and without quotes, for example 51.6978.',
    );
  });
});

describe('validateFeed: invisible text and hidden mail headers', () => {
  const feedWith = (places: unknown[]): unknown => ({ version: '1.0', publisher: { name: 'Testkrant' }, places });
  const plek = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: `Plek ${id}`, kind: 'informal-initiative', ...extra });

  it('counts a name of only zero-width characters as empty, and leaves the place out', () => {
    const { feed, problems } = validateFeed(
      feedWith([plek('a', { name: '\u200B\u200C\u200D\u2060\uFEFF' }), plek('b', { name: { nl: ' \u200B ', en: '\u200D' } }), plek('c')]),
    );
    expect(summary(problems)).to.deep.equal(['item.required @ places[0].name', 'item.required @ places[1].name']);
    expect(feed.places.map((p) => p.id)).to.deep.equal(['c']);
  });

  it('keeps a joiner inside a real name (emoji and scripts need it)', () => {
    const { feed, problems } = validateFeed(feedWith([plek('a', { name: 'Koffie 👩\u200D👧 inloop' })]));
    expect(summary(problems)).to.deep.equal([]);
    expect(feed.places[0]!.name).to.equal('Koffie 👩\u200D👧 inloop');
  });

  it('compares ids without invisible characters: a trailing U+200B makes no second place', () => {
    const { feed, problems } = validateFeed(
      feedWith([plek('wijkplaats'), plek('wijkplaats\u200B'), plek('\u200Dwijk\u00ADplaats\u2060'), plek('\u200B')]),
    );
    expect(summary(problems)).to.deep.equal([
      'id.duplicate @ places[1].id',
      'id.duplicate @ places[2].id',
      'item.required @ places[3].id',
    ]);
    expect(feed.places.map((p) => p.id)).to.deep.equal(['wijkplaats']);
  });

  it('takes invisible characters out of e-mail addresses: a zero-width space made the link write elsewhere than the address on screen', () => {
    const { feed, problems } = validateFeed(
      feedWith([
        plek('a', { contact: { email: 'info@wijk\u200Bplaats.example' } }),
        plek('b', { contact: { email: '\uFEFFmailto:in\u00ADfo@wijkplaats.example\u2060' } }),
        plek('c', { contact: { email: '\u200B\u200D' } }),
      ]),
    );
    expect(feed.places.map((p) => p.contact.email)).to.deep.equal(['info@wijkplaats.example', 'info@wijkplaats.example', undefined]);
    expect(summary(problems)).to.deep.equal([]);
  });

  it('still removes bidi controls from ids and names with a warning', () => {
    const { feed, problems } = validateFeed(feedWith([plek('a\u202Eb', { name: 'De \u202EWijkplaats' })]));
    expect(summary(problems)).to.deep.equal(['text.bidi-control @ places[0].id', 'text.bidi-control @ places[0].name']);
    expect(feed.places[0]!.id).to.equal('ab');
    expect(feed.places[0]!.name).to.equal('De Wijkplaats');
  });

  it('rejects a mailto that hides bcc or other headers, also percent-encoded', () => {
    const emails = [
      'mailto:a%3Fbcc%3Devil%40evil.example@b.nl',
      'mailto:info@b.nl?bcc=evil@evil.example',
      'info@b.nl?subject=Hoi&cc=evil@evil.example',
      'mailto:info@b.nl?%62cc=evil@evil.example',
      'mailto:a%2Cevil%40evil.example@b.nl',
      'mailto:info@b.nl?to=evil@evil.example',
    ];
    const { feed, problems } = validateFeed(feedWith(emails.map((email, i) => plek(`p${i}`, { contact: { email } }))));
    expect(summary(problems)).to.deep.equal(emails.map((_, i) => `email.hidden-headers @ places[${i}].contact.email`));
    expect(feed.places.every((p) => p.contact.email === undefined)).to.equal(true);
    expect(problems[0]!.message).to.contain('bcc');
    expect(validateFeed(feedWith([plek('a', { contact: { email: 'mailto:info@b.nl?bcc=x@y.nl' } })]), { lang: 'en' }).problems[0]!.message)
      .to.contain('bcc');
  });

  it('still accepts a mailto with only a subject or body, keeping the plain address', () => {
    const { feed, problems } = validateFeed(
      feedWith([plek('a', { contact: { email: 'mailto:info@b.nl?subject=Hoi&body=Dag' } }), plek('b', { contact: { email: "o'brien@b.ie" } })]),
    );
    expect(summary(problems)).to.deep.equal([]);
    expect(feed.places.map((p) => p.contact.email)).to.deep.equal(['info@b.nl', "o'brien@b.ie"]);
  });
});
