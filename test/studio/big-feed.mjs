// A feed of `count` places shaped like bench/run.mjs's synthetic feed (hours, contacts, texts),
// valid as a whole, for the studio's tests at 10,000 places: browser tests import it, and so
// does the Node test of the built studio (test/node/studio.test.mjs).

const WHERE = ['Boschveld', 'De Hambaken', 'Kruiskamp', 'Graafsewijk', 'Muntel', 'Orthen', 'Het Zand', 'Rosmalen-Noord', 'Empel', 'Maaspoort'];
const WHAT = ['Koffie-inloop', 'Huiswerkklas', 'Taalcafé', 'Speelochtend', 'Buurtmaaltijd', 'Naaiatelier'];
const KINDS = ['informal-initiative', 'volunteer-organisation', 'professional-service'];
const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** @param {number} count @returns {Record<string, unknown>} */
export function bigFeed(count) {
  const areas = WHERE.map((name, i) => ({ id: `wijk-${i}`, name, center: { lat: 51.66 + (i % 5) * 0.015, lng: 5.24 + Math.floor(i / 5) * 0.06 + (i % 3) * 0.02 }, zoom: 15 }));
  const categories = ['ontmoeten', 'gezin', 'kinderen', 'jongeren', 'taal', 'gezondheid', 'hulp'].map((id) => ({ id, label: id }));
  const places = Array.from({ length: count }, (_, i) => {
    const area = i % WHERE.length;
    const what = WHAT[i % WHAT.length];
    return {
      id: `plek-${i}`,
      name: `${what} ${WHERE[area]} ${i}`,
      kind: KINDS[i % 3],
      categories: [categories[i % 7].id, categories[(i + 3) % 7].id],
      areas: [areas[area].id],
      description: `${what} voor buurtbewoners. Iedereen is welkom, ook zonder afspraak. Vragen? Bel of loop binnen.`,
      audience: { groups: ['parents', 'children'], minAge: 0, maxAge: 12 },
      address: { street: `Buurtstraat ${i % 300}`, postcode: '5211 AA', city: "'s-Hertogenbosch" },
      location: { lat: 51.64 + ((i * 7919) % 1000) / 10000, lng: 5.22 + ((i * 104729) % 1600) / 10000 },
      contact: { phone: '073 123 45 67', email: `plek${i}@example.nl`, website: `https://example.nl/plek/${i}` },
      languages: i % 4 === 0 ? ['nl', 'ar', 'tr'] : ['nl'],
      hours: {
        weekly: [
          { day: DAYS[i % 7], opens: '09:30', closes: '11:30' },
          { day: DAYS[(i + 2) % 7], opens: '13:00', closes: '16:00' },
        ],
        exceptions: [],
      },
      activities: [],
      lastChecked: '2026-02-14',
    };
  });
  return { version: '1.0', sample: false, publisher: { name: 'Bench' }, language: 'nl', areas, categories, places };
}
