// Source routes under /test-api/sources/… (owner: several sources, spreadsheets, HSDS).
// Real HTTP on 127.0.0.1: a partner's published spreadsheet, an old Windows export, an
// Open Referral document, garbage, and a large sheet. `?id=` counts hits, as in feed-routes.

const PREFIX = '/test-api/sources/';

const hits = new Map();

/** A partner's places: one joins the area Boschveld of the test feed, one names a wijk it has not. */
export const PARTNER_PLACES = [
  'naam;soort;adres;postcode;plaats;wijk;lat;lng;openingstijden;talen;bron',
  'Moedergroep Boschveld;Bewonersinitiatief;Celsiusstraat 3;5223 EB;\'s-Hertogenbosch;Boschveld;51,7003;5,2931;di en do 9:15-11:45;Nederlands, Arabisch;Wijkplaats Boschveld',
  '"Huiswerkklas ""De Brug""";vrijwilligers;;;;Noord;51,7011;5,2950;ma-vr 15-17;Turks;',
  'De Wijkplaats;B;;;;;;;;;',
].join('\r\n');

function send(ctx, type, body) {
  ctx.set('Cache-Control', 'no-store');
  ctx.type = type;
  ctx.body = body;
}

/** 0x80–0x9F in Windows-1252 for the two characters the sheet uses. */
function windows1252(text) {
  return Buffer.from([...text].map((c) => (c === '€' ? 0x80 : c === '–' ? 0x96 : c.charCodeAt(0))));
}

const routes = {
  'partner.csv'(ctx) {
    send(ctx, 'text/csv; charset=utf-8', '\uFEFF' + PARTNER_PLACES + '\r\n');
  },
  /** The same sheet behind a link without .csv, as "publish to the web" gives: known by its type. */
  'published'(ctx) {
    send(ctx, 'text/csv', PARTNER_PLACES);
  },
  'taken.csv'(ctx) {
    send(ctx, 'text/csv', 'titel,plek,talenten\nVoorlezen,Moedergroep Boschveld,"voorlezen, geduld"\n');
  },
  'cp1252.csv'(ctx) {
    send(ctx, 'text/csv', windows1252('naam;omschrijving\nCafé Noël;Koffie – 1 €\n'));
  },
  'hsds.json'(ctx) {
    send(ctx, 'application/json', JSON.stringify({
      organizations: [{ id: 'org', name: 'CJG Den Bosch' }],
      services: [{ id: 'spreekuur', organization_id: 'org', name: 'Opvoedspreekuur' }],
      locations: [{ id: 'loc', name: 'Wijkcentrum', latitude: 51.7, longitude: 5.29 }],
      service_at_locations: [{ id: 'sal', service_id: 'spreekuur', location_id: 'loc' }],
      schedules: [{ id: 's', service_id: 'spreekuur', freq: 'WEEKLY', byday: 'WE', opens_at: '13:00', closes_at: '15:00' }],
      phones: [],
    }));
  },
  'garbage.json'(ctx) {
    send(ctx, 'application/json', 'dit is geen json {');
  },
  /** `?rows=` places (10,000 by default), as a large sheet would be exported. */
  'big.csv'(ctx) {
    const rows = Math.min(Number(ctx.query.rows ?? 10_000), 50_000);
    const lines = ['naam;soort;lat;lng;openingstijden;talen'];
    for (let i = 0; i < rows; i++) {
      lines.push(`Plek ${i};Bewonersinitiatief;${(51.6 + (i % 1000) / 10_000).toFixed(4).replace('.', ',')};5,3;ma-vr 9-12;Nederlands`);
    }
    send(ctx, 'text/csv', lines.join('\n') + '\n');
  },
  hits(ctx) {
    send(ctx, 'application/json', JSON.stringify({ hits: hits.get(ctx.query.id) ?? 0 }));
  },
};

/** @type {import('koa').Middleware[]} */
export const sourceRoutes = [
  async function sourceRoute(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const name = ctx.path.slice(PREFIX.length);
    if (!Object.prototype.hasOwnProperty.call(routes, name)) return next();
    const id = typeof ctx.query.id === 'string' ? ctx.query.id : undefined;
    if (id && name !== 'hits') hits.set(id, (hits.get(id) ?? 0) + 1);
    await routes[name](ctx);
  },
];
