// Map routes under /test-api/map/… (owner: map tests). Tiles come from here, never from PDOK.
const PREFIX = '/test-api/map/';

// A 1×1 light-grey PNG: enough for Leaflet to count a tile as loaded.
const TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4//8/AwAI/AL+hc2rNAAAAABJRU5ErkJggg==',
  'base64',
);

// Tile requests counted per `map` query, so tests running side by side each see their own.
const tileHits = new Map();
const countTile = (ctx) => {
  const key = String(ctx.query.map ?? '');
  tileHits.set(key, (tileHits.get(key) ?? 0) + 1);
};

/** @type {import('koa').Middleware} */
async function mapRoutes(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const path = ctx.path.slice(PREFIX.length);
  if (path.startsWith('tiles/ok/')) {
    countTile(ctx);
    ctx.type = 'image/png';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = TILE;
    return;
  }
  if (path.startsWith('tiles/forbidden/')) {
    countTile(ctx);
    ctx.status = 403;
    ctx.type = 'text/plain';
    ctx.body = 'Forbidden';
    return;
  }
  if (path === 'tiles/hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ hits: tileHits.get(String(ctx.query.map ?? '')) ?? 0 });
    return;
  }
  if (path === 'first-look.json') {
    // A feed with more places than the list's first page, each with an address and hours:
    // what the map draws from a first look, and what only the whole feed holds.
    const count = Math.min(Number(ctx.query.places) || 120, 5000);
    // ?delay=ms: the places are still on their way when the map comes into view.
    const delay = Math.min(Number(ctx.query.delay) || 0, 5000);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const places = Array.from({ length: count }, (_, i) => ({
      id: `p${i}`,
      name: `Plek ${i}`,
      kind: ['informal-initiative', 'volunteer-organisation', 'professional-service'][i % 3],
      categories: ['ontmoeten'],
      address: { street: `Straat ${i}`, city: 'Den Bosch' },
      location: { lat: 51.66 + (i % 50) * 0.001, lng: 5.25 + Math.floor(i / 50) * 0.002 },
      contact: { website: `https://example.nl/plek/${i}` },
      hours: { weekly: [{ day: 'mo', opens: '09:00', closes: '12:00' }] },
    }));
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify({
      version: '1.0',
      publisher: { name: 'Testkrant' },
      areas: [{ id: 'wijk', name: 'Wijk', center: { lat: 51.68, lng: 5.27 }, zoom: 14 }],
      categories: [{ id: 'ontmoeten', label: 'Ontmoeten' }],
      places,
    });
    return;
  }
  if (path === 'broken-feed.json') {
    ctx.status = 500;
    ctx.type = 'text/plain';
    ctx.body = 'Internal Server Error';
    return;
  }
  return next();
}

export const mapRouteList = [mapRoutes];
