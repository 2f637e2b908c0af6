/**
 * `loadFeed`: fetches a feed once per page, however many elements ask, and shows the last
 * good copy from `localStorage` at once while a fresh one is fetched (stale-while-revalidate).
 *
 * No DOM here: only `fetch`, `AbortController`, `setTimeout` and a guarded `localStorage`,
 * so the same code runs in Node (`buurtkit check`, a CMS build step).
 */
import { defaultStorage, writeCachedFeed } from './cache.js';
import {
  absoluteUrl,
  DEFAULT_TIMEOUT,
  findRequest,
  forgetCacheRead,
  NOT_A_FEED,
  readCache,
  startRequest,
  type FeedErrorCode,
  type NetworkFailure,
  type NetworkSuccess,
} from './fetch.js';
import { hsdsShape, isCsvBody } from './sources/detect.js';
import type { AreaName } from './sources/csv.js';
import type { SourceKind } from './sources/read.js';
import type { Feed, FeedProblem, ValidationResult } from './types.js';
import { validateFeed, validateFeedSteps } from './validate.js';

export { clearFeedMemory, isFeedObject, prefetchFeed, type FeedErrorCode } from './fetch.js';

const DEFAULT_MESSAGES: Record<FeedErrorCode, string> = {
  network: 'The feed could not be fetched (network error or blocked by CORS).',
  timeout: 'The feed did not arrive in time.',
  http: 'The server answered with an error status.',
  html: 'The server sent an HTML page instead of the feed (a login page or an error page?).',
  'not-json': 'The feed is not valid JSON.',
  truncated: 'The feed stopped halfway: the JSON is incomplete.',
  'not-a-feed': NOT_A_FEED,
  aborted: 'Loading was cancelled.',
};

export class FeedLoadError extends Error {
  readonly code: FeedErrorCode;
  readonly url: string;
  /** The HTTP status, for code `http`. */
  readonly status?: number;

  constructor(code: FeedErrorCode, url: string, message?: string, status?: number) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = 'FeedLoadError';
    this.code = code;
    this.url = url;
    if (status !== undefined) this.status = status;
  }
}

export interface FeedSnapshot {
  feed: Feed;
  problems: FeedProblem[];
  /** `cache`: the stored copy from an earlier visit; a fresh one follows through `onUpdate`. */
  source: 'network' | 'cache';
  /** Epoch ms when this copy came from the network (or was confirmed unchanged by it). */
  fetchedAt: number;
  /** What the source is: a buurtkit feed, Open Referral HSDS or a spreadsheet (CSV). */
  kind?: SourceKind;
  /** The publisher, or the file name: what "Bron:" shows when sources are combined. */
  label?: string;
  /** A spreadsheet's wijk cells per place id, for joining them to areas when merging. */
  areaNames?: Map<string, AreaName>;
  /** A spreadsheet's task `plek` cells that name a place of another source. */
  placeNames?: Map<string, AreaName>;
  /**
   * Only with the option `firstLook`: `feed` is a first look (see `firstLookFeed`), `problems`
   * is empty, and this gives the fully validated snapshot (validated on the first call, or
   * what `step` left to do).
   */
  complete?: () => FeedSnapshot;
  /**
   * With `complete`: validates the next slice of the whole feed (a few hundred places), for
   * a caller that spreads the work over idle time; false once nothing is left (then
   * `complete()` only hands over the result).
   */
  step?: () => boolean;
}

/** A validation result with what a source adds to it. */
type Checked = ValidationResult & Pick<FeedSnapshot, 'kind' | 'label' | 'areaNames' | 'placeNames'>;

/** Makes a first look at parsed JSON (see `LoadFeedOptions.firstLook`), or `undefined`. */
export type FirstLook = (json: unknown) => Feed | undefined;

export interface LoadFeedOptions {
  /**
   * Cancels this caller's interest only: the shared request goes on for other callers. An
   * aborted caller's promise rejects with code `aborted`, and its callbacks are not called.
   */
  signal?: AbortSignal;
  /** Milliseconds until the request counts as failed with code `timeout`; 10000 by default. */
  timeout?: number;
  /** After a cached copy: the fresh copy from the network. */
  onUpdate?: (fresh: FeedSnapshot) => void;
  /** After a cached copy: the background refresh failed (the cached copy stays valid). */
  onError?: (error: FeedLoadError) => void;
  /** Where to cache; `localStorage` when usable by default, `null` for no cache. */
  storage?: Storage | null;
  /**
   * When to write the cached copy: `now` (default) before resolving, or `idle`: after the
   * caller has had the feed and the browser is idle, so writing a large feed to storage does
   * not delay the first paint. The copy is written either way, and works offline after.
   */
  cacheWrite?: 'now' | 'idle';
  /**
   * For a first paint: resolve with a first look at a buurtkit feed made by this function
   * (the map passes `firstLookFeed` of validate/first-look.ts, which only its code carries)
   * and validate the whole feed when the snapshot's `complete()` is called. Without it (the
   * default) the feed is validated in full before the promise resolves.
   */
  firstLook?: FirstLook;
}


/** Validation results per parsed feed, so three elements validate a large feed once. */
const validated = new WeakMap<object, Checked>();
/** Spreadsheets and HSDS are read asynchronously (their code is a chunk of its own): once each. */
const reading = new WeakMap<object, Promise<Checked>>();
/** Which storages already hold a given network result. */
const stored = new WeakMap<NetworkSuccess, Set<Storage>>();

/**
 * Loads the feed at `url`.
 *
 * - With a cached copy, resolves at once with `source: 'cache'`, then refreshes in the
 *   background and calls `onUpdate` (fresh copy) or `onError` (refresh failed).
 * - Without one, resolves with the network copy or rejects with a `FeedLoadError`.
 * - One request per URL per page: concurrent callers share it, later callers get its
 *   result from memory. A failed request is forgotten, so the next caller tries again.
 *   The first caller's `timeout` applies to the shared request.
 */
export async function loadFeed(url: string, options: LoadFeedOptions = {}): Promise<FeedSnapshot> {
  const { signal, onUpdate, onError } = options;
  const absolute = absoluteUrl(url);
  if (signal?.aborted) throw new FeedLoadError('aborted', absolute);
  const storage = options.storage === undefined ? defaultStorage() : options.storage;

  const existing = findRequest(absolute);
  const write = options.cacheWrite ?? 'now';
  if (existing?.outcome?.ok) {
    remember(storage, absolute, existing.outcome, write);
    return networkSnapshot(existing.outcome, absolute, options.firstLook);
  }

  const cached = readCache(storage, absolute);
  const request = existing ?? startRequest(absolute, timeoutOf(options.timeout), cached);
  const settled = request.done.then((outcome) => {
    if (outcome.ok) remember(storage, absolute, outcome, write);
    return outcome;
  });

  if (cached) {
    void settled.then((outcome) => {
      if (signal?.aborted) return;
      if (!outcome.ok) {
        onError?.(toError(absolute, outcome));
        return;
      }
      void Promise.resolve(networkSnapshot(outcome, absolute)).then((fresh) => {
        if (!signal?.aborted) onUpdate?.(fresh);
      });
    });
    const complete = (): FeedSnapshot | Promise<FeedSnapshot> => snapshotOf(cached.json, 'cache', cached.fetchedAt, absolute);
    return firstLookSnapshot(cached.json, 'cache', cached.fetchedAt, options.firstLook, complete) ?? complete();
  }

  const outcome = await untilAborted(settled, signal, absolute);
  if (!outcome.ok) throw toError(absolute, outcome);
  return networkSnapshot(outcome, absolute, options.firstLook);
}






/** Stores a network result in this caller's storage, once per storage (now, or when idle). */
function remember(storage: Storage | null, url: string, outcome: NetworkSuccess, when: 'now' | 'idle' = 'now'): void {
  if (!storage) {
    outcome.text = undefined;
    return;
  }
  let done = stored.get(outcome);
  if (!done) stored.set(outcome, (done = new Set()));
  if (done.has(storage)) return;
  done.add(storage);
  if (when === 'idle') whenIdle(() => writeOutcome(storage, url, outcome));
  else writeOutcome(storage, url, outcome);
}

/** After the current task and the frames the browser has waiting (in Node: the next task). */
function whenIdle(callback: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(callback, { timeout: 2000 });
  else setTimeout(callback, 0);
}

function writeOutcome(storage: Storage, url: string, outcome: NetworkSuccess): void {
  // Only objects are feeds; anything else is not worth keeping.
  if (typeof outcome.json !== 'object' || outcome.json === null || Array.isArray(outcome.json)) return;
  const body = outcome.text ?? JSON.stringify(outcome.json);
  const entry: { fetchedAt: number; etag?: string; body: string } = { fetchedAt: outcome.fetchedAt, body };
  if (outcome.etag !== undefined) entry.etag = outcome.etag;
  writeCachedFeed(storage, url, entry);
  // The body is only needed for this write; a page keeps a feed for its whole life, so
  // holding a second copy as text would cost as much memory again. The cache entry read
  // earlier is stale now too.
  outcome.text = undefined;
  forgetCacheRead(url);
}

function networkSnapshot(outcome: NetworkSuccess, url: string, firstLook?: FirstLook): FeedSnapshot | Promise<FeedSnapshot> {
  const first = firstLookSnapshot(outcome.json, 'network', outcome.fetchedAt, firstLook, () => networkSnapshot(outcome, url));
  if (first) return first;
  const keep = (snapshot: FeedSnapshot): FeedSnapshot => {
    // Keep the validated feed in place of the parsed one: it is a valid feed in its own right
    // (another copy of the kit can validate it again), and the page then holds one copy, not two.
    if (outcome.json !== snapshot.feed) {
      validated.set(snapshot.feed, validated.get(outcome.json as object) ?? checkedOf(snapshot));
      outcome.json = snapshot.feed;
    }
    return snapshot;
  };
  const snapshot = snapshotOf(outcome.json, 'network', outcome.fetchedAt, url);
  return snapshot instanceof Promise ? snapshot.then(keep) : keep(snapshot);
}

/**
 * A first look at a buurtkit feed that has not been validated yet, with `complete` for the
 * whole validation; `undefined` when the full result is there already or cheap to give
 * (validated before), or when the source is a spreadsheet or HSDS (read by their own code).
 */
function firstLookSnapshot(
  json: unknown,
  source: FeedSnapshot['source'],
  fetchedAt: number,
  look: FirstLook | undefined,
  complete: () => FeedSnapshot | Promise<FeedSnapshot>,
): FeedSnapshot | undefined {
  if (!look || typeof json !== 'object' || json === null || validated.has(json)) return undefined;
  if (isCsvBody(json) || hsdsShape(json)) return undefined;
  const feed = look(json);
  if (!feed) return undefined;
  let done: FeedSnapshot | undefined;
  let steps: Generator<void, Checked, void> | undefined;
  const key = json;
  const step = (): boolean => {
    // Another element on the page may have validated it meanwhile.
    if (validated.has(key)) return false;
    steps ??= validateFeedSteps(key, {}, STEP_PLACES);
    const next = steps.next();
    if (!next.done) return true;
    validated.set(key, next.value);
    return false;
  };
  return {
    feed,
    problems: [],
    source,
    fetchedAt,
    step,
    // A buurtkit feed is validated synchronously (only spreadsheets and HSDS wait for a chunk).
    complete: () => {
      while (step());
      return (done ??= complete() as FeedSnapshot);
    },
  };
}

/** Places per slice when the whole feed is validated in steps: well under a long task (50 ms). */
const STEP_PLACES = 250;

function checkedOf(snapshot: FeedSnapshot): Checked {
  const { feed, problems, kind, label, areaNames, placeNames } = snapshot;
  return { feed, problems, kind, label, areaNames, placeNames };
}

/**
 * The checked feed of a parsed source. A buurtkit feed is validated at once, as it always
 * was; a spreadsheet or HSDS document waits for its reader's chunk.
 */
function snapshotOf(json: unknown, source: FeedSnapshot['source'], fetchedAt: number, url: string): FeedSnapshot | Promise<FeedSnapshot> {
  const key = typeof json === 'object' && json !== null ? json : undefined;
  const known = key && validated.get(key);
  const make = (result: Checked): FeedSnapshot => {
    const snapshot: FeedSnapshot = { feed: result.feed, problems: result.problems, source, fetchedAt };
    if (result.kind !== undefined) snapshot.kind = result.kind;
    if (result.label !== undefined) snapshot.label = result.label;
    if (result.areaNames !== undefined) snapshot.areaNames = result.areaNames;
    if (result.placeNames !== undefined) snapshot.placeNames = result.placeNames;
    return snapshot;
  };
  if (known) return make(known);
  if (key && (isCsvBody(json) || hsdsShape(json))) {
    let pending = reading.get(key);
    if (!pending) {
      pending = import('./sources/read.js').then(({ readSource }) => readSource(json, url));
      reading.set(key, pending);
    }
    return pending.then((result) => {
      validated.set(key, result);
      return make(result);
    });
  }
  const result: Checked = validateFeed(json);
  if (key) validated.set(key, result);
  return make(result);
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined, url: string): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new FeedLoadError('aborted', url));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function toError(url: string, outcome: NetworkFailure): FeedLoadError {
  return new FeedLoadError(outcome.code, url, outcome.message, outcome.status);
}

function timeoutOf(timeout: number | undefined): number {
  return typeof timeout === 'number' && Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT;
}

