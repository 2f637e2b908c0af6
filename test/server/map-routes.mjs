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
  if (path === 'broken-feed.json') {
    ctx.status = 500;
    ctx.type = 'text/plain';
    ctx.body = 'Internal Server Error';
    return;
  }
  return next();
}

export const mapRouteList = [mapRoutes];
