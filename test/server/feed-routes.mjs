// Feed routes under /test-api/feed/… (owner: feed loading tests).
// Real HTTP on 127.0.0.1 for `loadFeed`: every way a feed host can answer, good and bad.
// Routes that take `?id=` count their hits per id, so a test can ask how many requests
// actually reached the server: GET /test-api/feed/hits?id=x.

const PREFIX = '/test-api/feed/';

/** A small feed that validates cleanly; `name` tells the tests which copy they got. */
export function smallFeed(name = 'Wijkkrant Boschveld') {
  return {
    version: '1.0',
    sample: true,
    publisher: { name, url: 'https://wijkkrant.example/' },
    updated: '2024-05-01T09:00:00+02:00',
    language: 'nl',
    areas: [{ id: 'boschveld', name: 'Boschveld', center: { lat: 51.6995, lng: 5.2905 }, zoom: 15 }],
    categories: [{ id: 'ontmoeten', label: 'Ontmoeten', color: '#e07000' }],
    places: [
      {
        id: 'wijkplaats',
        name: 'De Wijkplaats',
        kind: 'informal-initiative',
        categories: ['ontmoeten'],
        areas: ['boschveld'],
        description: 'Koffie-inloop voor iedereen uit de buurt.',
        address: { street: 'Copernicusstraat 1', postcode: '5223 EA', city: "'s-Hertogenbosch" },
        location: { lat: 51.6999, lng: 5.2912 },
        contact: { phone: '073-123 45 67' },
        languages: ['nl', 'ar'],
        hours: { weekly: [{ day: 'tu', opens: '09:30', closes: '11:30' }], exceptions: [] },
        activities: [],
      },
    ],
    glossary: [],
    guides: [],
    opportunities: [],
  };
}

const ETAG = '"den-bosch-42"';

/** Per id: requests seen, how many were conditional, how many got 304. */
const hits = new Map();

function count(id, ctx) {
  if (!id) return;
  const entry = hits.get(id) ?? { hits: 0, conditional: 0, notModified: 0 };
  entry.hits++;
  if (ctx.get('If-None-Match')) entry.conditional++;
  hits.set(id, entry);
  return entry;
}

function json(ctx, body, status = 200) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'application/json';
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits `ms`, or less when the client goes away, so no socket is held after a test. */
function hang(ctx, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    ctx.req.once('close', done);
    ctx.res.once('close', done);
    function done() {
      clearTimeout(timer);
      resolve();
    }
  });
}

const routes = {
  /** A plain good feed. */
  async valid(ctx, id) {
    count(id, ctx);
    json(ctx, smallFeed(ctx.query.name || undefined));
  },

  /** A good feed that takes a moment, so concurrent callers really overlap. */
  async count(ctx, id) {
    count(id, ctx);
    await wait(Number(ctx.query.delay ?? 200));
    json(ctx, smallFeed('Wijkkrant Boschveld (geteld)'));
  },

  async hits(ctx, id) {
    json(ctx, hits.get(id) ?? { hits: 0, conditional: 0, notModified: 0 });
  },

  /** Answers 304 when the client sends the current ETag. */
  async etag(ctx, id) {
    const entry = count(id, ctx);
    ctx.set('Cache-Control', 'no-cache');
    ctx.set('ETag', ETAG);
    if (ctx.get('If-None-Match') === ETAG) {
      if (entry) entry.notModified++;
      ctx.status = 304;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(smallFeed('Wijkkrant Boschveld (etag)'));
  },

  /** Any status, e.g. ?code=404 with an HTML error page, as hosts send. */
  async status(ctx, id) {
    count(id, ctx);
    const code = Number(ctx.query.code ?? 500);
    ctx.status = code;
    ctx.set('Cache-Control', 'no-store');
    if (code === 404) {
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>404</title><h1>Pagina niet gevonden</h1>';
    } else {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ error: 'Internal Server Error' });
    }
  },

  /** Says nothing for `?ms=` (3 s by default), then a good feed; gives up when the client leaves. */
  async hang(ctx, id) {
    count(id, ctx);
    await hang(ctx, Math.min(Number(ctx.query.ms ?? 3000), 5000));
    json(ctx, smallFeed('Wijkkrant Boschveld (traag)'));
  },

  /** A portal's login page with status 200, as a misconfigured intranet link gives. */
  async login(ctx, id) {
    count(id, ctx);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body =
      '\n\n<!DOCTYPE html>\n<html lang="nl"><head><title>Inloggen</title></head>' +
      '<body><form method="post"><label>Gebruikersnaam <input name="u"></label></form></body></html>';
  },

  /** HTML sent as application/json: only the body gives it away. */
  async 'html-as-json'(ctx, id) {
    count(id, ctx);
    json(ctx, '\uFEFF  <html><body>Sessie verlopen</body></html>');
  },

  /** A complete HTTP response whose JSON stops halfway (an upload that broke off). */
  async truncated(ctx, id) {
    count(id, ctx);
    const text = JSON.stringify(smallFeed());
    json(ctx, text.slice(0, Math.floor(text.length / 2)));
  },

  /** Plain text that is not JSON at all. */
  async 'not-json'(ctx, id) {
    count(id, ctx);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/plain';
    ctx.body = 'Deze feed is verhuisd naar een nieuw adres.';
  },

  /** Promises more bytes than it sends, then drops the connection. */
  async 'cut-off'(ctx, id) {
    count(id, ctx);
    const text = JSON.stringify(smallFeed());
    ctx.respond = false;
    ctx.res.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Length': String(text.length),
      'Cache-Control': 'no-store',
    });
    ctx.res.write(text.slice(0, 200));
    await wait(100);
    ctx.res.destroy();
  },

  /** A good feed with a byte-order mark, as Windows editors save it. */
  async bom(ctx, id) {
    count(id, ctx);
    json(ctx, '\uFEFF' + JSON.stringify(smallFeed('Wijkkrant Boschveld (BOM)')));
  },

  /** A good feed of about `?chars=` characters (1.6 million by default), padded in an unknown field. */
  async large(ctx, id) {
    count(id, ctx);
    const size = Number(ctx.query.chars ?? 1_600_000);
    const feed = { ...smallFeed('Wijkkrant Boschveld (groot)'), padding: '' };
    const base = JSON.stringify(feed).length;
    feed.padding = 'x'.repeat(Math.max(0, size - base));
    json(ctx, feed);
  },
};

/** @type {import('koa').Middleware[]} */
export const feedRoutes = [
  async function feedRoute(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const name = ctx.path.slice(PREFIX.length);
    if (!Object.prototype.hasOwnProperty.call(routes, name)) return next();
    const route = routes[name];
    const id = typeof ctx.query.id === 'string' ? ctx.query.id : undefined;
    await route(ctx, id);
  },
];
