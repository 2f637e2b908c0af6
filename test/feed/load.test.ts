// Browser only: loads feeds from the test server's routes (test/server/feed-routes.mjs) and caches them in localStorage.
import { expect } from '@open-wc/testing';
import { CACHE_PREFIX, cacheKey } from '../../src/feed/cache.js';
import { clearFeedMemory, FeedLoadError, loadFeed, type FeedSnapshot } from '../../src/feed/load.js';
import { MemoryStorage, refusingStorage } from './memory-storage.js';

// Each test gets its own ?id= so the server's hit counters and the cache keys never mix.
let sequence = 0;
const run = Math.random().toString(36).slice(2, 8);
const newId = (): string => `load-${run}-${++sequence}`;

function feedUrl(route: string, id: string, query = ''): string {
  return new URL(`/test-api/feed/${route}?id=${id}${query}`, location.href).href;
}

async function hitsOf(id: string): Promise<{ hits: number; conditional: number; notModified: number }> {
  const response = await fetch(`/test-api/feed/hits?id=${id}`);
  return response.json();
}

async function loadError(promise: Promise<unknown>): Promise<FeedLoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedLoadError);
    return error as FeedLoadError;
  }
  throw new Error('expected loadFeed to reject');
}

/** A cache entry as an earlier visit would have left it. */
function storedEntry(publisherName: string, fetchedAt: number, etag?: string): string {
  const feed = {
    version: '1.0',
    publisher: { name: publisherName },
    places: [
      {
        id: 'kruimel',
        name: 'De Kruimel',
        kind: 'volunteer-organisation',
        contact: {},
      },
    ],
  };
  return JSON.stringify({ v: 1, fetchedAt, ...(etag ? { etag } : {}), feed });
}

const LAST_WEEK = Date.UTC(2024, 0, 8, 9, 30);

function nextUpdate(): { onUpdate: (fresh: FeedSnapshot) => void; update: Promise<FeedSnapshot> } {
  let onUpdate!: (fresh: FeedSnapshot) => void;
  const update = new Promise<FeedSnapshot>((resolve) => (onUpdate = resolve));
  return { onUpdate, update };
}

function nextError(): { onError: (error: FeedLoadError) => void; error: Promise<FeedLoadError> } {
  let onError!: (error: FeedLoadError) => void;
  const error = new Promise<FeedLoadError>((resolve) => (onError = resolve));
  return { onError, error };
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => clearFeedMemory());

describe('loadFeed from the network', () => {
  it('resolves a good feed with source "network" and the time it arrived', async () => {
    const id = newId();
    const before = Date.now();
    const snapshot = await loadFeed(feedUrl('valid', id), { storage: null });
    expect(snapshot.source).to.equal('network');
    expect(snapshot.feed.publisher.name).to.equal('Wijkkrant Boschveld');
    expect(snapshot.feed.places.map((place) => place.id)).to.deep.equal(['wijkplaats']);
    expect(snapshot.problems.filter((problem) => problem.severity === 'error')).to.deep.equal([]);
    expect(snapshot.fetchedAt).to.be.within(before, Date.now());
    expect((await hitsOf(id)).hits).to.equal(1);
  });

  it('reads a feed that starts with a byte-order mark', async () => {
    const snapshot = await loadFeed(feedUrl('bom', newId()), { storage: null });
    expect(snapshot.feed.publisher.name).to.equal('Wijkkrant Boschveld (BOM)');
  });

  it('makes one request for three concurrent callers, relative and absolute URLs alike', async () => {
    const id = newId();
    const absolute = feedUrl('count', id);
    const [a, b, c] = await Promise.all([
      loadFeed(absolute, { storage: null }),
      loadFeed(`/test-api/feed/count?id=${id}`, { storage: null }),
      loadFeed(absolute, { storage: null }),
    ]);
    expect((await hitsOf(id)).hits).to.equal(1);
    expect([a.source, b.source, c.source]).to.deep.equal(['network', 'network', 'network']);
    expect(b.feed).to.equal(a.feed);
    expect(c.fetchedAt).to.equal(a.fetchedAt);
    expect(a.feed.publisher.name).to.equal('Wijkkrant Boschveld (geteld)');
  });

  it('answers a later caller on the same page from memory, without a second request', async () => {
    const id = newId();
    const first = await loadFeed(feedUrl('count', id, '&delay=0'), { storage: null });
    await pause(50);
    const later = await loadFeed(feedUrl('count', id, '&delay=0'), { storage: null });
    expect((await hitsOf(id)).hits).to.equal(1);
    expect(later.source).to.equal('network');
    expect(later.fetchedAt).to.equal(first.fetchedAt);
  });

  it('shares its memory through globalThis under Symbol.for("buurtkit.feeds")', async () => {
    const id = newId();
    const url = feedUrl('count', id, '&delay=0');
    await loadFeed(url, { storage: null });
    const shared = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('buurtkit.feeds')];
    expect(shared).to.be.instanceOf(Map);
    expect((shared as Map<string, unknown>).has(url)).to.equal(true);
    clearFeedMemory();
    await loadFeed(url, { storage: null });
    expect((await hitsOf(id)).hits).to.equal(2);
  });

  it('lets one caller abort without aborting the shared request for the others', async () => {
    const id = newId();
    const url = feedUrl('count', id, '&delay=300');
    const controller = new AbortController();
    const aborted = loadFeed(url, { storage: null, signal: controller.signal });
    const others = Promise.all([loadFeed(url, { storage: null }), loadFeed(url, { storage: null })]);
    await pause(50);
    controller.abort();
    const error = await loadError(aborted);
    expect(error.code).to.equal('aborted');
    expect(error.url).to.equal(url);
    const [b, c] = await others;
    expect(b.feed.publisher.name).to.equal('Wijkkrant Boschveld (geteld)');
    expect(c.source).to.equal('network');
    expect((await hitsOf(id)).hits).to.equal(1);
  });

  it('rejects at once, without a request, when the signal is already aborted', async () => {
    const id = newId();
    const controller = new AbortController();
    controller.abort();
    const error = await loadError(loadFeed(feedUrl('valid', id), { storage: null, signal: controller.signal }));
    expect(error.code).to.equal('aborted');
    expect((await hitsOf(id)).hits).to.equal(0);
  });

  it('fails with code "http" and the status on a 404, even when the body is an HTML page', async () => {
    const url = feedUrl('status', newId(), '&code=404');
    const error = await loadError(loadFeed(url, { storage: null }));
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.url).to.equal(url);
    expect(error.name).to.equal('FeedLoadError');
    expect(error.message).to.contain('404');
  });

  it('fails with code "http" and status 500 on a server error', async () => {
    const error = await loadError(loadFeed(feedUrl('status', newId(), '&code=500'), { storage: null }));
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(500);
  });

  it('gives up with code "timeout" when the server hangs past the timeout', async () => {
    const started = performance.now();
    const error = await loadError(loadFeed(feedUrl('hang', newId(), '&ms=4000'), { storage: null, timeout: 300 }));
    const elapsed = performance.now() - started;
    expect(error.code).to.equal('timeout');
    expect(error.message).to.contain('300 ms');
    // The route would answer after 4 s; we must have given up long before.
    expect(elapsed).to.be.within(280, 3000);
  });

  it('recognises a portal login page (200, text/html) as code "html"', async () => {
    const error = await loadError(loadFeed(feedUrl('login', newId()), { storage: null }));
    expect(error.code).to.equal('html');
    expect(error.status).to.equal(undefined);
  });

  it('recognises HTML by its first character even when sent as application/json', async () => {
    const error = await loadError(loadFeed(feedUrl('html-as-json', newId()), { storage: null }));
    expect(error.code).to.equal('html');
  });

  it('recognises JSON that stops halfway as code "truncated"', async () => {
    const error = await loadError(loadFeed(feedUrl('truncated', newId()), { storage: null }));
    expect(error.code).to.equal('truncated');
  });

  it('treats a connection that drops mid-body as code "truncated"', async () => {
    const error = await loadError(loadFeed(feedUrl('cut-off', newId()), { storage: null }));
    expect(error.code).to.equal('truncated');
  });

  it('reports text that was never JSON as code "not-json"', async () => {
    const error = await loadError(loadFeed(feedUrl('not-json', newId()), { storage: null }));
    expect(error.code).to.equal('not-json');
  });

  it('reports an unreachable server as code "network"', async () => {
    const error = await loadError(loadFeed('http://127.0.0.1:9/feed.json', { storage: null, timeout: 5000 }));
    expect(error.code).to.equal('network');
    expect(error.url).to.equal('http://127.0.0.1:9/feed.json');
  });

  it('forgets a failed request, so the next caller tries again', async () => {
    const id = newId();
    const url = feedUrl('status', id, '&code=500');
    await loadError(loadFeed(url, { storage: null }));
    await loadError(loadFeed(url, { storage: null }));
    expect((await hitsOf(id)).hits).to.equal(2);
  });
});

describe('loadFeed with a cache', () => {
  it('stores a loaded feed under <namespace>:feed:v1:<url> with its fetchedAt', async () => {
    const storage = new MemoryStorage();
    const url = feedUrl('valid', newId());
    const snapshot = await loadFeed(url, { storage: storage.asStorage() });
    expect([...storage.items.keys()]).to.deep.equal([`${CACHE_PREFIX}v1:${url}`]);
    const entry = JSON.parse(storage.getItem(cacheKey(url))!);
    expect(entry.v).to.equal(1);
    expect(entry.fetchedAt).to.equal(snapshot.fetchedAt);
    expect(entry.feed.publisher.name).to.equal('Wijkkrant Boschveld');
  });

  it('resolves at once with the cached copy and its age, then hands over the fresh one', async () => {
    const storage = new MemoryStorage();
    const url = feedUrl('count', newId(), '&delay=400');
    storage.setItem(cacheKey(url), storedEntry('Wijkkrant (vorige week)', LAST_WEEK));
    const { onUpdate, update } = nextUpdate();
    let updated = false;
    void update.then(() => (updated = true));
    const cached = await loadFeed(url, { storage: storage.asStorage(), onUpdate });
    expect(updated).to.equal(false);
    expect(cached.source).to.equal('cache');
    expect(cached.fetchedAt).to.equal(LAST_WEEK);
    expect(cached.feed.publisher.name).to.equal('Wijkkrant (vorige week)');
    expect(cached.feed.places.map((place) => place.name)).to.deep.equal(['De Kruimel']);

    const fresh = await update;
    expect(fresh.source).to.equal('network');
    expect(fresh.feed.publisher.name).to.equal('Wijkkrant Boschveld (geteld)');
    expect(fresh.fetchedAt).to.be.above(LAST_WEEK);
    expect(JSON.parse(storage.getItem(cacheKey(url))!).fetchedAt).to.equal(fresh.fetchedAt);
  });

  it('keeps the cached copy and calls onError when the refresh fails', async () => {
    const storage = new MemoryStorage();
    const url = feedUrl('status', newId(), '&code=500');
    const before = storedEntry('Wijkkrant (vorige week)', LAST_WEEK);
    storage.setItem(cacheKey(url), before);
    const { onError, error } = nextError();
    let updates = 0;
    const cached = await loadFeed(url, { storage: storage.asStorage(), onError, onUpdate: () => updates++ });
    expect(cached.source).to.equal('cache');
    const failure = await error;
    expect(failure).to.be.instanceOf(FeedLoadError);
    expect(failure.code).to.equal('http');
    expect(failure.status).to.equal(500);
    await pause(20);
    expect(updates).to.equal(0);
    expect(storage.getItem(cacheKey(url))).to.equal(before);
  });

  it('refreshes once per page for all callers, each hearing about the fresh copy once', async () => {
    const storage = new MemoryStorage();
    const id = newId();
    const url = feedUrl('count', id, '&delay=150');
    storage.setItem(cacheKey(url), storedEntry('Oud', LAST_WEEK));
    const updates: string[] = [];
    const onUpdate = (fresh: FeedSnapshot): void => void updates.push(fresh.feed.publisher.name);
    const snapshots = await Promise.all([1, 2, 3].map(() => loadFeed(url, { storage: storage.asStorage(), onUpdate })));
    expect(snapshots.map((snapshot) => snapshot.source)).to.deep.equal(['cache', 'cache', 'cache']);
    await pause(400);
    expect(updates).to.deep.equal(['Wijkkrant Boschveld (geteld)', 'Wijkkrant Boschveld (geteld)', 'Wijkkrant Boschveld (geteld)']);
    expect((await hitsOf(id)).hits).to.equal(1);
  });

  it('does not call back a caller that aborted after getting the cached copy', async () => {
    const storage = new MemoryStorage();
    const url = feedUrl('count', newId(), '&delay=150');
    storage.setItem(cacheKey(url), storedEntry('Oud', LAST_WEEK));
    const controller = new AbortController();
    let calls = 0;
    const cached = await loadFeed(url, {
      storage: storage.asStorage(),
      signal: controller.signal,
      onUpdate: () => calls++,
      onError: () => calls++,
    });
    controller.abort();
    expect(cached.source).to.equal('cache');
    await pause(400);
    expect(calls).to.equal(0);
    // The request still finished for the page: the next visit gets the fresh copy.
    expect(JSON.parse(storage.getItem(cacheKey(url))!).feed.publisher.name).to.equal('Wijkkrant Boschveld (geteld)');
  });

  it('revalidates with If-None-Match; a 304 refreshes fetchedAt of the cached copy', async () => {
    const storage = new MemoryStorage();
    const id = newId();
    const url = feedUrl('etag', id);
    const first = await loadFeed(url, { storage: storage.asStorage() });
    expect(JSON.parse(storage.getItem(cacheKey(url))!).etag).to.equal('"den-bosch-42"');

    clearFeedMemory(); // the next page view
    await pause(10);
    const { onUpdate, update } = nextUpdate();
    const cached = await loadFeed(url, { storage: storage.asStorage(), onUpdate });
    expect(cached.source).to.equal('cache');
    expect(cached.fetchedAt).to.equal(first.fetchedAt);
    const fresh = await update;
    expect(fresh.source).to.equal('network');
    expect(fresh.fetchedAt).to.be.above(first.fetchedAt);
    expect(fresh.feed.publisher.name).to.equal('Wijkkrant Boschveld (etag)');
    expect(await hitsOf(id)).to.deep.equal({ hits: 2, conditional: 1, notModified: 1 });
    const entry = JSON.parse(storage.getItem(cacheKey(url))!);
    expect(entry.fetchedAt).to.equal(fresh.fetchedAt);
    expect(entry.etag).to.equal('"den-bosch-42"');
    expect(entry.feed.publisher.name).to.equal('Wijkkrant Boschveld (etag)');
  });

  const garbage: Array<[string, string]> = [
    ['text that is not JSON', '{"v":1,"fetchedAt":17'],
    ['the wrong shape', JSON.stringify({ v: 1, fetchedAt: 'gisteren', feed: {} })],
    ['another version', JSON.stringify({ v: 2, fetchedAt: LAST_WEEK, feed: { publisher: { name: 'v2' } } })],
    ['a bare array', '[1,2,3]'],
    ['an entry without a feed', JSON.stringify({ v: 1, fetchedAt: LAST_WEEK })],
  ];
  for (const [what, value] of garbage) {
    it(`replaces a cache entry holding ${what} with the network copy`, async () => {
      const storage = new MemoryStorage();
      const url = feedUrl('valid', newId());
      storage.setItem(cacheKey(url), value);
      const snapshot = await loadFeed(url, { storage: storage.asStorage() });
      expect(snapshot.source).to.equal('network');
      expect(snapshot.feed.publisher.name).to.equal('Wijkkrant Boschveld');
      const entry = JSON.parse(storage.getItem(cacheKey(url))!);
      expect(entry.v).to.equal(1);
      expect(entry.fetchedAt).to.equal(snapshot.fetchedAt);
    });
  }

  it('removes a garbage entry even when the network fails too', async () => {
    const storage = new MemoryStorage();
    const url = feedUrl('status', newId(), '&code=500');
    storage.setItem(cacheKey(url), 'null');
    const error = await loadError(loadFeed(url, { storage: storage.asStorage() }));
    expect(error.code).to.equal('http');
    expect(storage.getItem(cacheKey(url))).to.equal(null);
  });

  it('works when every storage call throws', async () => {
    const snapshot = await loadFeed(feedUrl('valid', newId()), { storage: refusingStorage() });
    expect(snapshot.source).to.equal('network');
    expect(snapshot.feed.publisher.name).to.equal('Wijkkrant Boschveld');
  });

  it('works when reading window.localStorage itself throws', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
      },
    });
    try {
      expect(() => window.localStorage).to.throw();
      const snapshot = await loadFeed(feedUrl('valid', newId()));
      expect(snapshot.source).to.equal('network');
      expect(snapshot.feed.places.length).to.equal(1);
    } finally {
      if (descriptor) Object.defineProperty(window, 'localStorage', descriptor);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
    expect(window.localStorage).to.be.instanceOf(Storage);
  });

  it('uses localStorage by default', async () => {
    const url = feedUrl('valid', newId());
    try {
      const snapshot = await loadFeed(url);
      expect(JSON.parse(localStorage.getItem(cacheKey(url))!).fetchedAt).to.equal(snapshot.fetchedAt);
      clearFeedMemory();
      const again = await loadFeed(url);
      expect(again.source).to.equal('cache');
      expect(again.fetchedAt).to.equal(snapshot.fetchedAt);
    } finally {
      localStorage.removeItem(cacheKey(url));
    }
  });

  it('makes room in a full storage by evicting the oldest buurtkit entries, never other keys', async () => {
    const url = feedUrl('valid', newId());
    const storage = new MemoryStorage();
    storage.setItem('andere-site:voorkeuren', 'x'.repeat(1500));
    storage.setItem(`${CACHE_PREFIX}v1:https://a.example/oudste.json`, storedEntry('A', Date.UTC(2023, 0, 1)) + ' '.repeat(3000));
    storage.setItem(`${CACHE_PREFIX}v1:https://b.example/nieuwer.json`, storedEntry('B', Date.UTC(2024, 0, 1)) + ' '.repeat(3000));
    // Too little room for the new feed (about 1000 characters); evicting the oldest one is enough.
    storage.capacity = storage.used + 300;

    const snapshot = await loadFeed(url, { storage: storage.asStorage() });
    expect(snapshot.source).to.equal('network');
    expect(storage.quotaErrors).to.equal(1);
    expect([...storage.items.keys()].sort()).to.deep.equal(
      ['andere-site:voorkeuren', `${CACHE_PREFIX}v1:https://b.example/nieuwer.json`, cacheKey(url)].sort(),
    );
    expect(storage.getItem('andere-site:voorkeuren')).to.equal('x'.repeat(1500));
  });

  it('gives up quietly when the storage stays full after eviction', async () => {
    const storage = new MemoryStorage(2000);
    storage.setItem('andere-site:voorkeuren', 'x'.repeat(1900));
    const url = feedUrl('valid', newId());
    const snapshot = await loadFeed(url, { storage: storage.asStorage() });
    expect(snapshot.source).to.equal('network');
    expect(snapshot.feed.publisher.name).to.equal('Wijkkrant Boschveld');
    expect(storage.quotaErrors).to.equal(2);
    expect([...storage.items.keys()]).to.deep.equal(['andere-site:voorkeuren']);
  });

  it('does not cache a feed over the size cap, and drops the old copy of that URL', async () => {
    const storage = new MemoryStorage();
    const url = feedUrl('large', newId(), '&chars=1600000');
    storage.setItem(cacheKey(url), storedEntry('Oud', LAST_WEEK));
    clearFeedMemory();
    const { onUpdate, update } = nextUpdate();
    const cached = await loadFeed(url, { storage: storage.asStorage(), onUpdate });
    expect(cached.source).to.equal('cache');
    const fresh = await update;
    expect(fresh.feed.publisher.name).to.equal('Wijkkrant Boschveld (groot)');
    expect(storage.getItem(cacheKey(url))).to.equal(null);
    expect(storage.length).to.equal(0);
  });

  it('caches a feed just under the size cap', async () => {
    const storage = new MemoryStorage();
    const url = feedUrl('large', newId(), '&chars=1400000');
    const snapshot = await loadFeed(url, { storage: storage.asStorage() });
    expect(snapshot.feed.publisher.name).to.equal('Wijkkrant Boschveld (groot)');
    const entry = JSON.parse(storage.getItem(cacheKey(url))!);
    expect(entry.fetchedAt).to.equal(snapshot.fetchedAt);
    expect(entry.feed.padding.length).to.be.above(1_390_000);
  });
});
