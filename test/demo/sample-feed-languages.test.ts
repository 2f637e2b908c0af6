import { expect } from '@open-wc/testing';

// The demo shows the guide in Arabic and Turkish (?lang=ar, ?lang=tr, or the guide's own
// language choice): the sample feed must carry those texts where a resident needs them most.

type Text = string | Record<string, string>;
let feed: {
  places: { id: string; description?: Text }[];
  guides: { id: string; title: Text; emergency?: Record<string, Record<string, Text>> }[];
};

/** Every translatable text under `value` that has a Dutch version, with its path. */
function texts(value: unknown, path: string, out: [string, Record<string, string>][] = []): [string, Record<string, string>][] {
  if (Array.isArray(value)) value.forEach((item, index) => texts(item, `${path}[${index}]`, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.nl === 'string') out.push([path, record as Record<string, string>]);
    else for (const [key, child] of Object.entries(record)) texts(child, `${path}.${key}`, out);
  }
  return out;
}

before(async () => {
  feed = await (await fetch('/demo/feeds/den-bosch.json')).json();
});

describe('sample feed in Arabic and Turkish', () => {
  for (const lang of ['ar', 'tr']) {
    it(`has every text of the guide "Ik maak me zorgen om een kind" and its help line in ${lang}`, () => {
      const guide = feed.guides.find((g) => g.id === 'zorgen-om-een-kind')!;
      const found = texts(guide, 'guide');
      expect(found.length).to.be.greaterThan(50);
      expect(found.filter(([, text]) => !text[lang]?.trim()).map(([path]) => path)).to.deep.equal([]);
      expect(texts(guide.emergency, 'emergency').map(([, text]) => Boolean(text[lang]))).to.deep.equal([true, true, true, true]);
    });

    it(`describes at least six places in ${lang}`, () => {
      const described = feed.places.filter((place) => typeof place.description === 'object' && place.description[lang]?.trim());
      expect(described.length).to.be.at.least(6);
    });
  }
});
