// Map routes under /test-api/map/… (owner: map tests). Tiles come from here, never from PDOK.
const PREFIX = '/test-api/map/';

// A 1×1 light-grey PNG: enough for Leaflet to count a tile as loaded.
const TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4//8/AwAI/AL+hc2rNAAAAABJRU5ErkJggg==',
  'base64',
);

let tileHits = 0;

/** @type {import('koa').Middleware} */
async function mapRoutes(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const path = ctx.path.slice(PREFIX.length);
  if (path.startsWith('tiles/ok/')) {
    tileHits++;
    ctx.type = 'image/png';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = TILE;
    return;
  }
  if (path.startsWith('tiles/forbidden/')) {
    tileHits++;
    ctx.status = 403;
    ctx.type = 'text/plain';
    ctx.body = 'Forbidden';
    return;
  }
  if (path === 'tiles/hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ hits: tileHits });
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
