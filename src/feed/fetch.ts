/**
 * The network half of the feed loader: one request per feed URL per page, shared under
 * `Symbol.for('buurtkit.feeds')`, fetched, parsed and classified, but not validated.
 *
 * The script-tag autoloader (src/cdn.ts) carries only this, so the feed starts downloading
 * as soon as a `<buurt-… src>` is seen, while the loader and validator (load.ts) arrive in
 * the element's chunks, preloaded in the same wave. No DOM: runs in Node too.
 */
import { defaultStorage, parseRaw, readRaw, type CachedFeed } from './cache.js';
import { CSV_KEY, isCsv, looksLikeHtml } from './sources/detect.js';

/**
 * Why a feed could not be loaded. Elements turn the code into a translated message; the
 * error's own message is English, for the developer reading the console.
 */
export type FeedErrorCode = 'network' | 'timeout' | 'http' | 'html' | 'not-json' | 'truncated' | 'not-a-feed' | 'aborted';

export const DEFAULT_TIMEOUT = 10_000;

export const NOT_A_FEED = 'The feed is not a JSON object (null, a list, a number or a string): there is nothing to show.';

/**
 * What one network request came to. Plain data without classes, because two copies of the
 * kit on one page share requests and each must read the other's results.
 */
export type NetworkOutcome = NetworkSuccess | NetworkFailure;

export interface NetworkSuccess {
  ok: true;
  /** The parsed, not yet validated feed; each copy of the kit validates with its own code. */
  json: unknown;
  /** The body as received, for the cache; absent after a 304. */
  text?: string;
  fetchedAt: number;
  etag?: string;
  notModified: boolean;
}

export interface NetworkFailure {
  ok: false;
  code: FeedErrorCode;
  message: string;
  status?: number;
}

/** A request in flight or done, shared page-wide under `Symbol.for('buurtkit.feeds')`. */
export interface SharedRequest {
  v: 1;
  done: Promise<NetworkOutcome>;
  /** Set when `done` resolves, so a later caller can answer without waiting a tick. */
  outcome?: NetworkOutcome;
}

const MEMORY_KEY = Symbol.for('buurtkit.feeds');

/** The last cache entry read per URL, so an unchanged entry is not parsed again. */
const cacheReads = new Map<string, { raw: string; entry: CachedFeed }>();

/**
 * Starts the shared request for `url` now, before any element asks for it: the script-tag
 * autoloader calls this when it sees `<buurt-… src>`, so the feed downloads while the
 * element's code does. The element's `loadFeed` then joins this request (or its result).
 * Nothing is validated or stored here; that is still the caller's `loadFeed`.
 */
export function prefetchFeed(url: string): void {
  const absolute = absoluteUrl(url);
  if (findRequest(absolute)) return;
  startRequest(absolute, DEFAULT_TIMEOUT, readCache(defaultStorage(), absolute));
}

/**
 * Forgets every request and result of this page, as if it had just loaded. The cache in
 * storage stays. For tests, which reuse one page.
 * @internal
 */
export function clearFeedMemory(): void {
  memory().clear();
  cacheReads.clear();
}

/** The stored copy of `url` changed: the next read parses it again. */
export function forgetCacheRead(url: string): void {
  cacheReads.delete(url);
}

function memory(): Map<string, SharedRequest> {
  const holder = globalThis as unknown as Record<symbol, unknown>;
  let map = holder[MEMORY_KEY];
  if (!(map instanceof Map)) {
    map = new Map<string, SharedRequest>();
    holder[MEMORY_KEY] = map;
  }
  return map as Map<string, SharedRequest>;
}

/** The shared request for `url`, if one exists in a shape this version understands. */
export function findRequest(url: string): SharedRequest | undefined {
  const request: unknown = memory().get(url);
  if (typeof request !== 'object' || request === null) return undefined;
  const candidate = request as Partial<SharedRequest>;
  return candidate.v === 1 && candidate.done instanceof Promise ? (candidate as SharedRequest) : undefined;
}

export function startRequest(url: string, timeout: number, cached: CachedFeed | undefined): SharedRequest {
  const request: SharedRequest = { v: 1, done: fetchFeed(url, timeout, cached) };
  request.done = request.done.then((outcome) => {
    request.outcome = outcome;
    if (!outcome.ok && memory().get(url) === request) memory().delete(url);
    return outcome;
  });
  memory().set(url, request);
  return request;
}

/** Fetches and classifies; never rejects. */
async function fetchFeed(url: string, timeout: number, cached: CachedFeed | undefined): Promise<NetworkOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const timeoutFailure = (): NetworkFailure =>
    failure('timeout', `The feed did not arrive within ${timeout} ms.`);

  try {
    const headers: Record<string, string> = { Accept: 'application/json' };
    // If-None-Match is not a CORS-safelisted header: on another origin it would force a
    // preflight that static hosts often refuse. The browser's HTTP cache revalidates there.
    const revalidating = cached?.etag !== undefined && isSameOrigin(url);
    if (revalidating) headers['If-None-Match'] = cached!.etag!;

    let response: Response;
    try {
      response = await fetch(url, { headers, signal: controller.signal });
    } catch (error) {
      return timedOut ? timeoutFailure() : failure('network', `The feed could not be fetched: ${describe(error)}`);
    }

    if (response.status === 304 && revalidating) {
      discardBody(response);
      return {
        ok: true,
        json: cached!.json,
        fetchedAt: Date.now(),
        etag: response.headers.get('ETag') ?? cached!.etag,
        notModified: true,
      };
    }
    if (!response.ok) {
      discardBody(response);
      return failure('http', `The server answered ${response.status} ${response.statusText}`.trim() + '.', response.status);
    }

    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      // The headers came, the body did not: the connection broke off halfway.
      return timedOut ? timeoutFailure() : failure('truncated', `The feed stopped halfway: ${describe(error)}`);
    }
    const contentType = response.headers.get('Content-Type') ?? '';
    const etag = response.headers.get('ETag') ?? undefined;
    // What response.text() does: UTF-8, whatever the server says.
    const text = new TextDecoder().decode(bytes);
    if (!looksLikeHtml(text, contentType) && isCsv(url, contentType, text)) return csvBody(bytes, etag);
    return classifyBody(text, contentType, etag);
  } finally {
    clearTimeout(timer);
  }
}

/** Only a JSON object can be a feed: `null`, a list, a number or a string is no feed at all. */
export function isFeedObject(json: unknown): json is Record<string, unknown> {
  return typeof json === 'object' && json !== null && !Array.isArray(json);
}

/**
 * A spreadsheet travels through memory and the cache as `{"buurtkit:csv": text}`; a login
 * page in UTF-16 is only recognisable once decoded.
 */
async function csvBody(bytes: Uint8Array, etag: string | undefined): Promise<NetworkOutcome> {
  const { decodeText } = await import('./sources/decode.js');
  const { text, encoding } = decodeText(bytes);
  if (looksLikeHtml(text)) return failure('html', 'The server sent an HTML page instead of the spreadsheet (is it public?).');
  const json: Record<string, string> = { [CSV_KEY]: text };
  if (encoding !== 'utf-8') json.encoding = encoding;
  const success: NetworkSuccess = { ok: true, json, fetchedAt: Date.now(), notModified: false };
  if (etag !== undefined) success.etag = etag;
  return success;
}

function classifyBody(text: string, contentType: string, etag: string | undefined): NetworkOutcome {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart();
  // A portal that wants a login answers 200 with its login page.
  if (/^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType) || start.startsWith('<')) {
    return failure('html', `The server sent an HTML page (${contentType || 'no content type'}) instead of the feed.`);
  }
  if (start === '') return failure('not-json', 'The server sent an empty body instead of the feed.');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return looksTruncated(start)
      ? failure('truncated', `The feed stopped halfway after ${body.length} characters: ${describe(error)}`)
      : failure('not-json', `The feed is not valid JSON: ${describe(error)}`);
  }
  if (!isFeedObject(json)) return failure('not-a-feed', NOT_A_FEED);
  const success: NetworkSuccess = { ok: true, json, text: body, fetchedAt: Date.now(), notModified: false };
  if (etag !== undefined) success.etag = etag;
  return success;
}

/**
 * True when `text` opens an object, array or string that is never closed: the shape of a
 * download that broke off, as opposed to something that was never JSON.
 */
function looksTruncated(text: string): boolean {
  if (!/^[[{"]/.test(text)) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth <= 0) return false;
    }
  }
  return inString || depth > 0;
}

export function readCache(storage: Storage | null, url: string): CachedFeed | undefined {
  const raw = readRaw(storage, url);
  if (raw === undefined) {
    cacheReads.delete(url);
    return undefined;
  }
  const known = cacheReads.get(url);
  if (known && known.raw === raw) return known.entry;
  const entry = parseRaw(storage, url, raw);
  if (entry) cacheReads.set(url, { raw, entry });
  else cacheReads.delete(url);
  return entry;
}

export function failure(code: FeedErrorCode, message: string, status?: number): NetworkFailure {
  return status === undefined ? { ok: false, code, message } : { ok: false, code, message, status };
}

function pageLocation(): { href: string; origin: string } | undefined {
  return (globalThis as { location?: { href: string; origin: string } }).location;
}

/** Requests are shared by absolute URL, so `feed.json` and `/feed.json` are one request. */
export function absoluteUrl(url: string): string {
  try {
    return new URL(url, pageLocation()?.href).href;
  } catch {
    return url;
  }
}

function isSameOrigin(url: string): boolean {
  const here = pageLocation();
  // Outside a browser (Node) there is no CORS to trip over.
  if (!here) return true;
  try {
    return new URL(url).origin === here.origin && here.origin !== 'null';
  } catch {
    return false;
  }
}

/** Lets the connection go when the body is of no use. */
function discardBody(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
