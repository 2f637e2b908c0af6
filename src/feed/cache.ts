/**
 * The stale-while-revalidate store behind `loadFeed`: the last good copy of each feed in
 * `localStorage`, so a resident on a slow phone sees the map and guide at once.
 *
 * Storage is treated as hostile: it may throw on access (sandboxed iframe, Safari private
 * mode, blocked cookies), be full, or hold anything at all (another script, an older
 * buurtkit, a hand edit). Every call here catches, and anything unreadable is removed.
 */
import { storageKey } from './storage.js';

/** Bumped when the stored shape changes; older entries are then simply not read. */
export const CACHE_VERSION = 1;

/** Every buurtkit feed entry of this page's storage namespace starts with this, whatever its version. */
export const CACHE_PREFIX = storageKey(':feed:');

/**
 * Feeds longer than this (in UTF-16 code units, which is how browsers count the ~5 MB
 * quota) are not cached: one feed should not push every other site's data out.
 */
export const CACHE_MAX_BODY_CHARS = 1_500_000;

export interface CachedFeed {
  /** Epoch ms when this copy last came from (or was confirmed by) the network. */
  fetchedAt: number;
  etag?: string;
  /** The feed as it came from the network, parsed but not validated. */
  json: unknown;
}

/** The storage key of a feed URL; the version is part of it so versions never collide. */
export function cacheKey(url: string): string {
  return `${CACHE_PREFIX}v${CACHE_VERSION}:${url}`;
}

/** `localStorage` when it can be used, else null. Reading the property alone can throw. */
export function defaultStorage(): Storage | null {
  try {
    const storage = (globalThis as { localStorage?: Storage }).localStorage;
    if (!storage) return null;
    // Some browsers hand out an object whose every call throws; find out now, once.
    storage.getItem(CACHE_PREFIX);
    return storage;
  } catch {
    return null;
  }
}

/**
 * The cached copy of `url`, or undefined. An entry that is not valid JSON, has the wrong
 * shape or another version is removed, so it cannot fail again on the next visit.
 */
export function readCachedFeed(storage: Storage | null, url: string): CachedFeed | undefined {
  const raw = readRaw(storage, url);
  return raw === undefined ? undefined : parseRaw(storage, url, raw);
}

/** The stored text of an entry, for callers that want to skip parsing an unchanged entry. */
export function readRaw(storage: Storage | null, url: string): string | undefined {
  if (!storage) return undefined;
  try {
    return storage.getItem(cacheKey(url)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Parses a stored entry; garbage is removed from storage. */
export function parseRaw(storage: Storage | null, url: string, raw: string): CachedFeed | undefined {
  const entry = parseEntry(raw);
  if (!entry) removeCachedFeed(storage, url);
  return entry;
}

/**
 * Stores the feed text `body` (valid JSON, checked by the caller) for `url`. Bodies over
 * the size cap are not stored, and an older copy is removed, because it could no longer
 * be refreshed. When storage is full, other buurtkit entries are evicted oldest first and
 * the write is tried once more; after that we give up without a sound.
 *
 * @returns whether the entry was stored.
 */
export function writeCachedFeed(
  storage: Storage | null,
  url: string,
  entry: { fetchedAt: number; etag?: string; body: string },
): boolean {
  if (!storage) return false;
  if (entry.body.length > CACHE_MAX_BODY_CHARS) {
    removeCachedFeed(storage, url);
    return false;
  }
  const key = cacheKey(url);
  // The body is spliced in as it came: valid JSON already, so no second stringify of a
  // large feed and none of the escaping that storing it as a string would add.
  const value =
    `{"v":${CACHE_VERSION},"fetchedAt":${Math.round(entry.fetchedAt)}` +
    (entry.etag !== undefined ? `,"etag":${JSON.stringify(entry.etag)}` : '') +
    `,"feed":${entry.body}}`;
  try {
    storage.setItem(key, value);
    return true;
  } catch (error) {
    if (!isQuotaError(error)) return false;
  }
  evictOthers(storage, key, key.length + value.length);
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeCachedFeed(storage: Storage | null, url: string): void {
  try {
    storage?.removeItem(cacheKey(url));
  } catch {
    // Storage that cannot remove cannot hurt us either.
  }
}

/**
 * Removes every cached feed (of any buurtkit version) and nothing else. For tests, which
 * share one origin's storage, and for a page that wants to forget what it stored.
 * @returns how many entries were removed.
 */
export function clearCachedFeeds(storage: Storage | null = defaultStorage()): number {
  if (!storage) return 0;
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(CACHE_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    return keys.length;
  } catch {
    return 0;
  }
}

function parseEntry(raw: string): CachedFeed | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const { v, fetchedAt, etag } = record;
  if (v !== CACHE_VERSION) return undefined;
  if (typeof fetchedAt !== 'number' || !Number.isFinite(fetchedAt) || fetchedAt <= 0) return undefined;
  if (etag !== undefined && typeof etag !== 'string') return undefined;
  if (!Object.prototype.hasOwnProperty.call(record, 'feed')) return undefined;
  const json = record['feed'];
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  return etag === undefined ? { fetchedAt, json } : { fetchedAt, etag, json };
}

/**
 * Browsers disagree on how a full storage reports itself: Chromium and Safari throw
 * `QuotaExceededError` (code 22), older Firefox `NS_ERROR_DOM_QUOTA_REACHED` (code 1014).
 */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/**
 * Removes buurtkit entries other than `keepKey` (any version), unreadable ones first, then
 * oldest first, until about `needed` characters are free. Other sites' keys are never touched.
 */
function evictOthers(storage: Storage, keepKey: string, needed: number): void {
  const candidates: Array<{ key: string; fetchedAt: number; size: number }> = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key === null || key === keepKey || !key.startsWith(CACHE_PREFIX)) continue;
      const raw = storage.getItem(key) ?? '';
      candidates.push({ key, fetchedAt: readFetchedAt(raw), size: key.length + raw.length });
    }
  } catch {
    return;
  }
  candidates.sort((a, b) => a.fetchedAt - b.fetchedAt);
  let freed = 0;
  for (const candidate of candidates) {
    if (freed >= needed) break;
    try {
      storage.removeItem(candidate.key);
      freed += candidate.size;
    } catch {
      return;
    }
  }
}

/**
 * The age of an entry of any version without parsing a possibly large feed: `fetchedAt`
 * sits near the start in every version we wrote. Unreadable entries count as oldest.
 */
function readFetchedAt(raw: string): number {
  const match = /"fetchedAt"\s*:\s*(\d{1,16})/.exec(raw.slice(0, 200));
  return match ? Number(match[1]) : 0;
}
