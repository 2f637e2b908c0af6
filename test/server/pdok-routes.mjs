// A PDOK-Locatieserver-like route under /test-api/pdok/<scenario>/<key>/free (owner: studio
// preview tests). The studio's address lookup is pointed here instead of api.pdok.nl.
//   ok      → the answer shape of /bzk/locatieserver/search/v3_1/free (response.docs[] with
//             weergavenaam and centroide_ll "POINT(lng lat)"), two matches for any q
//   none    → numFound 0
//   error   → 500
//   garbage → 200 with a body that is not JSON
//   slow    → answers only after 10 s (or when the client gives up): for the timeout
// /test-api/pdok/hits?key=… → { hits, last } for that key: proof that nothing was asked
// before the button, and of the query that was sent.
const PREFIX = '/test-api/pdok/';

/** @type {Map<string, { hits: number, last?: Record<string, string> }>} */
const seen = new Map();

const docs = (q) => [
  {
    type: 'adres',
    weergavenaam: `${q}, 5211AA 's-Hertogenbosch`,
    centroide_ll: 'POINT(5.30417 51.69917)',
    id: 'adr-1',
  },
  { type: 'adres', weergavenaam: `${q}A, 5211AB 's-Hertogenbosch`, centroide_ll: 'POINT(5.305 51.7)', id: 'adr-2' },
  // Not usable (no point): left out by the studio.
  { type: 'adres', weergavenaam: 'Zonder punt 1, Nergens' },
];

/** @type {import('koa').Middleware} */
async function pdokRoutes(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const rest = ctx.path.slice(PREFIX.length);
  ctx.set('Cache-Control', 'no-store');
  if (rest === 'hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(seen.get(String(ctx.query.key ?? '')) ?? { hits: 0 });
    return;
  }
  const match = /^([a-z]+)\/([\w-]+)\/free$/.exec(rest);
  if (!match) return next();
  const [, scenario, key] = match;
  const query = Object.fromEntries(Object.entries(ctx.query).map(([k, v]) => [k, String(v)]));
  const entry = seen.get(key) ?? { hits: 0 };
  seen.set(key, { hits: entry.hits + 1, last: query });
  const q = query.q ?? '';
  switch (scenario) {
    case 'ok':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ response: { numFound: 2, start: 0, maxScore: 9, docs: docs(q) } });
      return;
    case 'none':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ response: { numFound: 0, start: 0, maxScore: 0, docs: [] } });
      return;
    case 'error':
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = 'Internal Server Error';
      return;
    case 'garbage':
      ctx.type = 'application/json';
      ctx.body = '<html>niet json';
      return;
    case 'slow':
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 10_000);
        ctx.req.once('close', () => {
          clearTimeout(timer);
          resolve(undefined);
        });
      });
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ response: { numFound: 0, docs: [] } });
      return;
    default:
      return next();
  }
}

export const pdokRouteList = [pdokRoutes];
