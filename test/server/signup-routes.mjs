// Sign-up receiver routes under /test-api/signup/… (owner: sign-up tests).
//
// Each test names its own store (`/test-api/signup/<store>/…`), because test files run in
// parallel against this one server. A store is a REAL reference receiver (demo/receiver.mjs)
// writing to a temp file, with faults injected in front of it:
//
//   POST <store>/reset?minFillMs=0        new empty receiver (and no faults)
//   POST <store>/faults?kinds=500,429&retryAfter=1&hangMs=3000
//                                          the next requests get these faults, one each, in order
//   POST <store>/chaos?rate=0.5&kinds=500,down&seed=7
//                                          every request gets a random fault with chance `rate`
//   POST <store>/down?on=1                 the receiver is "down" (sockets destroyed) until on=0
//   GET  <store>/records                   { records, requests, faults } as the receiver stored them
//   *    <store>/r/<path>                  the receiver itself (/r/api/aanmelden, /r/aanmeldingen …)
//
// Faults: 500, 403, 422 (with the field errors given as `errors=<json>`), 429 (with Retry-After), hang (no answer, socket closed after hangMs), down
// (socket destroyed at once), lost (stored, then the socket is destroyed before the answer:
// the case that makes clients resend), slow (stored at once, answered only after hangMs).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver } from '../../demo/receiver.mjs';

const PREFIX = '/test-api/signup/';
const FAULTS = new Set(['500', '429', '403', '422', 'hang', 'down', 'lost', 'slow']);

/** @type {Map<string, { receiver: ReturnType<typeof createReceiver>, dir: string, faults: string[], chaos?: { rate: number, kinds: string[], next: () => number }, down: boolean, requests: number, retryAfter: string, hangMs: number }>} */
const stores = new Map();

async function resetStore(name, minFillMs) {
  const old = stores.get(name);
  if (old) {
    await old.receiver.close();
    await rm(old.dir, { recursive: true, force: true });
  }
  const dir = await mkdtemp(join(tmpdir(), 'buurtkit-signup-'));
  const store = {
    receiver: createReceiver({ file: join(dir, 'signups.jsonl'), minFillMs }),
    dir,
    faults: [],
    chaos: undefined,
    down: false,
    requests: 0,
    retryAfter: '1',
    hangMs: 3000,
    fieldErrors: { email: 'invalid' },
  };
  stores.set(name, store);
  return store;
}

/** A small seeded generator (mulberry32), so a chaos run can be repeated. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stand-in response: the receiver answers into it; the real socket hears later or never. */
class HeldResponse {
  statusCode = 200;
  headersSent = false;
  headers = {};
  body = '';
  writeHead(status, headers = {}) {
    this.statusCode = status;
    this.headers = { ...this.headers, ...headers };
    this.headersSent = true;
    return this;
  }
  setHeader(name, value) {
    this.headers[name] = value;
  }
  end(body) {
    if (body !== undefined) this.body = String(body);
  }
  destroy() {}
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function json(ctx, body, status = 200) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

async function receive(ctx, store, rest) {
  store.requests += 1;
  const isSubmit = ctx.method === 'POST';
  let fault = isSubmit ? store.faults.shift() : undefined;
  if (isSubmit && !fault && store.chaos && store.chaos.next() < store.chaos.rate) {
    fault = store.chaos.kinds[Math.floor(store.chaos.next() * store.chaos.kinds.length)];
  }
  if (isSubmit && store.down) fault = 'down';
  ctx.req.url = rest + (ctx.querystring ? `?${ctx.querystring}` : '');
  switch (fault) {
    case '500':
      return json(ctx, { error: 'injected' }, 500);
    case '403':
      return json(ctx, { error: 'forbidden' }, 403);
    case '422':
      // A backend with rules of its own (say, an address it already knows).
      return json(ctx, { errors: store.fieldErrors }, 422);
    case '429':
      ctx.set('Retry-After', store.retryAfter);
      return json(ctx, { error: 'busy' }, 429);
    case 'down':
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    case 'hang':
      ctx.respond = false;
      await sleep(store.hangMs);
      ctx.req.socket.destroy();
      return;
    case 'lost':
      ctx.respond = false;
      await store.receiver.handle(ctx.req, new HeldResponse());
      ctx.req.socket.destroy();
      return;
    case 'slow': {
      // Stored at once, answered late: the client may have given up and will send again.
      const held = new HeldResponse();
      await store.receiver.handle(ctx.req, held);
      await sleep(store.hangMs);
      ctx.respond = false;
      if (ctx.res.destroyed || ctx.req.socket.destroyed) return;
      ctx.res.writeHead(held.statusCode, held.headers);
      ctx.res.end(held.body);
      return;
    }
    default:
  }
  ctx.respond = false;
  if (!(await store.receiver.handle(ctx.req, ctx.res))) {
    ctx.res.writeHead(404);
    ctx.res.end();
  }
}

/** @type {import('koa').Middleware} */
async function signupMiddleware(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const [name, action, ...restParts] = ctx.path.slice(PREFIX.length).split('/');
  if (!name || !/^[\w-]{1,80}$/.test(name)) return json(ctx, { error: 'store name' }, 400);
  const query = ctx.query;
  if (action === 'reset') {
    const minFillMs = Number(query.minFillMs ?? 0);
    await resetStore(name, minFillMs);
    return json(ctx, { ok: true });
  }
  const store = stores.get(name) ?? (await resetStore(name, 0));
  switch (action) {
    case 'r':
      return receive(ctx, store, `/${restParts.join('/')}`);
    case 'faults': {
      const kinds = String(query.kinds ?? '').split(',').filter((kind) => FAULTS.has(kind));
      store.faults.push(...kinds);
      if (query.retryAfter !== undefined) store.retryAfter = String(query.retryAfter);
      if (query.hangMs !== undefined) store.hangMs = Number(query.hangMs);
      if (query.errors !== undefined) store.fieldErrors = JSON.parse(String(query.errors));
      return json(ctx, { faults: store.faults });
    }
    case 'chaos': {
      const rate = Number(query.rate ?? 0);
      const kinds = String(query.kinds ?? '').split(',').filter((kind) => FAULTS.has(kind));
      store.chaos = rate > 0 && kinds.length ? { rate, kinds, next: random(Number(query.seed ?? 1)) } : undefined;
      if (query.retryAfter !== undefined) store.retryAfter = String(query.retryAfter);
      if (query.hangMs !== undefined) store.hangMs = Number(query.hangMs);
      return json(ctx, { chaos: Boolean(store.chaos) });
    }
    case 'down':
      store.down = query.on === '1';
      return json(ctx, { down: store.down });
    case 'records':
      return json(ctx, { records: await store.receiver.records(), requests: store.requests, faults: store.faults });
    default:
      return json(ctx, { error: 'unknown action' }, 404);
  }
}

export const signupRoutes = [signupMiddleware];
