import { expect } from '@open-wc/testing';
import { mergeSources, type SourceFeed } from '../../../src/feed/sources/merge.js';
import { readSpreadsheet } from '../../../src/feed/sources/csv.js';
import { validateFeed } from '../../../src/feed/validate.js';

function source(id: string, raw: unknown): SourceFeed {
  const { feed, problems } = validateFeed(raw);
  return { id, label: feed.publisher.name || id, feed, problems };
}

const municipality = {
  version: '1.0',
  publisher: { name: 'Gemeente', url: 'https://gemeente.example/' },
  areas: [{ id: 'boschveld', name: 'Boschveld', center: { lat: 51.7, lng: 5.29 } }],
  categories: [{ id: 'ontmoeten', label: 'Ontmoeten' }],
  places: [
    { id: 'wijkplaats', name: 'Wijkplaats', kind: 'informal-initiative', areas: ['boschveld'], categories: ['ontmoeten'] },
    { id: 'cjg', name: 'CJG', kind: 'professional-service' },
  ],
  guides: [
    {
      id: 'zorg',
      title: 'Zorg',
      start: 'a',
      steps: [{ type: 'advice', id: 'a', title: 'Praat', actions: ['Praat'], contacts: [{ type: 'place', place: 'cjg' }] }],
    },
  ],
  opportunities: [{ id: 'koffie', title: 'Koffie schenken', place: 'wijkplaats' }],
  glossary: [{ term: 'CJG', explanation: 'Centrum voor Jeugd en Gezin' }],
  signup: { action: 'https://gemeente.example/aanmelden' },
};

const partner = {
  version: '1.0',
  publisher: { name: 'Wijkplaats Boschveld' },
  areas: [{ id: 'boschveld', name: 'Boschveld (partner)', center: { lat: 1, lng: 1 } }],
  places: [
    { id: 'cjg', name: 'CJG van de partner', kind: 'professional-service', areas: ['boschveld'] },
    { id: 'moedergroep', name: 'Moedergroep', kind: 'informal-initiative' },
  ],
  guides: [
    {
      id: 'zorg',
      title: 'Zorg (partner)',
      start: 'a',
      steps: [{ type: 'advice', id: 'a', title: 'Bel', actions: ['Bel'], contacts: [{ type: 'place', place: 'cjg' }] }],
    },
  ],
  opportunities: [{ id: 'koffie', title: 'Koffie (partner)', place: 'cjg' }],
  glossary: [{ term: 'cjg', explanation: 'dubbel' }, { term: 'VVE', explanation: 'Voorschoolse educatie' }],
};

describe('mergeSources', () => {
  it("links a tasks sheet to the places of another source by name, and names a place it cannot find", () => {
    const tasks = readSpreadsheet([{ name: 'taken.csv', text: 'titel;plek\nKoffie schenken;wijkplaats\nOppassen;Moedergroep\nLezen;Nergens\n' }]);
    const { feed, problems } = mergeSources([
      source('gemeente.json', municipality),
      source('partner.json', partner),
      { id: 'taken.csv', label: 'taken.csv', feed: tasks.feed, problems: tasks.problems, placeNames: tasks.placeNames },
    ]);
    const fromSheet = feed.opportunities.filter((o) => o.source === 'taken.csv');
    expect(fromSheet.map((o) => [o.title, o.place])).to.deep.equal([
      ['Koffie schenken', 'wijkplaats'],
      ['Oppassen', 'moedergroep'],
      ['Lezen', undefined],
    ]);
    expect(problems.filter((p) => p.code === 'cell.place').map((p) => [p.row, p.source])).to.deep.equal([[4, 'taken.csv']]);
  });

  it('a glossary sheet beside a feed is fine; only a page with nothing to show gets that error', () => {
    const words = readSpreadsheet([{ name: 'woorden.csv', text: 'woord;uitleg\nVVE;Voorschoolse educatie\n' }]);
    expect(words.problems.map((p) => p.code)).to.deep.equal(['feed.nothing-to-show']);
    const together = mergeSources([source('gemeente.json', municipality), { id: 'woorden.csv', label: 'woorden.csv', ...words }]);
    expect(together.problems.map((p) => p.code)).to.deep.equal([]);
    const alone = mergeSources([{ id: 'woorden.csv', label: 'woorden.csv', ...words }]);
    expect(alone.problems.map((p) => p.code)).to.deep.equal(['feed.nothing-to-show']);
  });

  it('merges every part, keeps where each item came from, and the first publisher and sign-up', () => {
    const { feed, problems } = mergeSources([source('gemeente.json', municipality), source('partner.json', partner)]);
    expect(feed.publisher.name).to.equal('Gemeente');
    expect(feed.signup.action).to.equal('https://gemeente.example/aanmelden');
    expect(feed.areas.map((a) => a.name)).to.deep.equal(['Boschveld']);
    expect(feed.categories.map((c) => c.id)).to.deep.equal(['ontmoeten']);
    expect(feed.places.map((p) => [p.id, p.source])).to.deep.equal([
      ['wijkplaats', 'Gemeente'],
      ['cjg', 'Gemeente'],
      ['wijkplaats-boschveld-cjg', 'Wijkplaats Boschveld'],
      ['moedergroep', 'Wijkplaats Boschveld'],
    ]);
    expect(feed.glossary.map((g) => [g.term, g.source])).to.deep.equal([['CJG', 'Gemeente'], ['VVE', 'Wijkplaats Boschveld']]);
    expect(feed.guides.map((g) => [g.id, g.source])).to.deep.equal([['zorg', 'Gemeente'], ['wijkplaats-boschveld-zorg', 'Wijkplaats Boschveld']]);
    expect(feed.opportunities.map((o) => [o.id, o.place])).to.deep.equal([
      ['koffie', 'wijkplaats'],
      ['wijkplaats-boschveld-koffie', 'wijkplaats-boschveld-cjg'],
    ]);
    expect(problems.map((p) => [p.code, p.path, p.source])).to.deep.equal([
      ['merge.id-renamed', 'cjg', 'partner.json'],
      ['merge.id-renamed', 'zorg', 'partner.json'],
      ['merge.id-renamed', 'koffie', 'partner.json'],
    ]);
  });

  it('renames only where two sources collide: links to the first source keep working', () => {
    const { feed } = mergeSources([source('gemeente.json', municipality), source('partner.json', partner)]);
    const step = feed.guides[1]!.steps[0]!;
    expect(step.type === 'advice' && step.contacts[0]).to.deep.equal({ type: 'place', place: 'wijkplaats-boschveld-cjg' });
    const first = feed.guides[0]!.steps[0]!;
    expect(first.type === 'advice' && first.contacts[0]).to.deep.equal({ type: 'place', place: 'cjg' });
  });

  it("a problem of one source never hides another source's good items", () => {
    const broken = source('kapot.json', { version: '1.0', places: [{ id: 'x' }, { id: 'goed', name: 'Goed', kind: 'volunteer-organisation' }] });
    const { feed, problems } = mergeSources([source('gemeente.json', municipality), broken]);
    expect(feed.places.map((p) => p.id)).to.deep.equal(['wijkplaats', 'cjg', 'goed']);
    expect(problems.filter((p) => p.source === 'kapot.json').map((p) => p.code)).to.include('item.required');
    expect(problems.every((p) => p.source !== 'gemeente.json')).to.equal(true);
  });

  it('a wijk cell kept as text, and a source label, lose bidi and control characters and are capped like names', () => {
    const wijk = `Noord\u202E\u0007${'x'.repeat(400)}`;
    const sheet = readSpreadsheet([{ name: 'partner.csv', text: `naam;wijk\nA;"${wijk}"\nB;"\u200B"\n` }]);
    const { feed } = mergeSources([
      source('gemeente.json', municipality),
      { id: 'partner.csv', label: '\u202Epartner\u0000', feed: sheet.feed, problems: sheet.problems, areaNames: sheet.areaNames },
      { id: 'https://x.example/\u2066.json', label: '\u2066 ', ...validateFeed({ version: '1.0', guides: municipality.guides }) },
    ]);
    const [a, b] = feed.places.slice(2);
    expect(a!.address).to.deep.equal({ district: `Noord${'x'.repeat(295)}` });
    // A cell of only invisible characters names no district at all.
    expect(b!.address).to.equal(undefined);
    expect(feed.guides.map((guide) => guide.source)).to.deep.equal(['Gemeente', 'https://x.example/.json']);
  });

  it('joins a spreadsheet wijk to an area of another source by name, and keeps any other as text with a warning', () => {
    const sheet = readSpreadsheet([{ name: 'partner.csv', text: 'naam;wijk\nA;boschveld\nB;Noord\n' }]);
    const { feed, problems } = mergeSources([
      source('gemeente.json', municipality),
      { id: 'partner.csv', label: 'partner.csv', feed: sheet.feed, problems: sheet.problems, areaNames: sheet.areaNames },
    ]);
    const [a, b] = feed.places.slice(2);
    expect(a!.areas).to.deep.equal(['boschveld']);
    expect(b!.areas).to.deep.equal([]);
    expect(b!.address).to.deep.equal({ district: 'Noord' });
    const area = problems.find((p) => p.code === 'cell.area')!;
    expect(area).to.deep.include({ severity: 'warning', row: 3, column: 'wijk', source: 'partner.csv' });
    expect(area.message).to.equal("Rij 3, kolom wijk: 'Noord' is geen wijk uit de feed. We tonen het als tekst, maar het filter op wijk vindt deze plek niet.");
  });
});
