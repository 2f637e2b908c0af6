import { DeviceStore, isRecord, OUTBOX_KEY, OUTBOX_TTL_MS, type KeyValueStorage, type Settled } from './device.js';
import type { SignupPayload } from './payload.js';

export { DRAFT_PREFIX, OUTBOX_KEY, SETTLED_KEY, defaultStorage, type Draft, type KeyValueStorage } from './device.js';

/**
 * The outbox: sign-ups that are not yet accepted. It lives in localStorage (through the
 * element's `DeviceStore`, which also keeps the draft), so it survives a reload, a crash and
 * a closed tab, and every page with the widget on this site can finish sending. When storage
 * is blocked the same API keeps everything in memory and `persistent` says so.
 *
 * Every change rewrites the whole stored list, and a tab may read that list a moment after
 * another tab changed it (Chromium passes writes between tabs with a delay). So the list can
 * lose an entry that nobody delivered. The store that saved an entry therefore keeps it in
 * memory until it is settled, and `repair()` puts it back when it is missing; a settled list
 * next to the outbox says which entries are done, so nothing done comes back.
 *
 * A sign-up is kept until it is delivered, but not longer than `OUTBOX_TTL_MS` after it was
 * submitted: then it is let go unsent, like one the person removed.
 */

/** Where an entry stands. `waiting` entries are retried; `failed` ones wait for the person. */
export type OutboxState = 'waiting' | 'failed';

export interface OutboxEntry {
  payload: SignupPayload;
  /** Absolute URL the sign-up goes to. */
  action: string;
  encoding: 'json' | 'form';
  /** Task titles at the time of the sign-up, to show the person what is waiting. */
  titles: string[];
  state: OutboxState;
  attempts: number;
  /** Epoch ms of the next try. */
  nextAttemptAt: number;
  /** HTTP status of the last answer, when there was one. */
  lastStatus?: number;
  /** Short code of what went wrong last: network, timeout, server, busy, rejected. */
  lastProblem?: string;
  /**
   * New on every submit. The same id can be submitted again (after a 422 the person fixes a
   * field), and that new submission must not count as settled like the one before it.
   */
  ticket?: string;
}

/** How many of its own settled records a store keeps re-recording; see `SETTLED_CAP`. */
const OWN_SETTLED_CAP = 20;

export class SignupStore {
  readonly outboxKey: string;
  readonly settledKey: string;
  /** The same device store the element keeps its draft in, when it hands one in. */
  readonly device: DeviceStore;
  /** Entries this store saved and that are not settled yet, by id. */
  private readonly _held = new Map<string, OutboxEntry>();
  /** The newest entries this store settled: another tab's stale write can lose the record. */
  private readonly _settled: Settled[] = [];

  constructor(options: { storage?: KeyValueStorage | null; outboxKey?: string; device?: DeviceStore } = {}) {
    this.device = options.device ?? new DeviceStore(options.storage);
    this.outboxKey = options.outboxKey ?? OUTBOX_KEY;
    this.settledKey = `${this.outboxKey}.settled`;
  }

  /** False when nothing survives a reload. */
  get persistent(): boolean {
    return this.device.persistent;
  }

  /** Every entry still to be sent, read fresh each time: another tab may have changed them. */
  entries(): OutboxEntry[] {
    const settled = this._allSettled();
    const now = Date.now();
    return this._stored().filter((entry) => !isSettled(entry, settled) && !isExpired(entry, now));
  }

  get(id: string): OutboxEntry | undefined {
    return this.entries().find((entry) => entry.payload.id === id);
  }

  /** Adds or replaces (by id), and holds the entry until it is settled. */
  put(entry: OutboxEntry): void {
    this._held.set(entry.payload.id, entry);
    const others = this.entries().filter((e) => e.payload.id !== entry.payload.id);
    this.device.write(this.outboxKey, [...others, entry]);
  }

  /** Also when the stored list lost a held entry: the change brings it back. */
  update(id: string, change: Partial<OutboxEntry>): OutboxEntry | undefined {
    const entry = this.get(id) ?? this._unsettledHeld(id);
    if (!entry) return undefined;
    const next = { ...entry, ...change };
    this.put(next);
    return next;
  }

  /**
   * Takes an entry out for good (delivered, refused, removed by the person) and records that.
   * `sent` is the copy that was sent: settled even when the stored list has just lost it.
   */
  remove(id: string, sent?: OutboxEntry): void {
    const entry = sent ?? this.get(id) ?? this._held.get(id);
    this._held.delete(id);
    if (entry) {
      this._settled.push({ id, ticket: entry.ticket ?? '' });
      this._settled.splice(0, this._settled.length - OWN_SETTLED_CAP);
      this.device.recordSettled(this._settled, this.settledKey);
    }
    // Written without every settled entry, so a stale copy another tab wrote back is cleaned up too.
    const rest = this.entries().filter((e) => e.payload.id !== id);
    if (rest.length !== this._stored().length) this.device.write(this.outboxKey, rest);
  }

  /**
   * Undoes what another tab's write from a stale copy lost: records this store's settled
   * entries again, puts back held entries that are missing, and lets go of held entries
   * settled elsewhere. Returns true when the stored outbox changed.
   */
  repair(): boolean {
    const stored = this._stored();
    this._expire(stored);
    this.device.recordSettled(this._settled, this.settledKey);
    const settled = this._allSettled();
    const kept = stored.filter((entry) => !isSettled(entry, settled));
    for (const [id, entry] of this._held) {
      const current = kept.find((e) => e.payload.id === id);
      if (isSettled(entry, settled)) this._held.delete(id);
      else if (current) this._held.set(id, current);
      else kept.push(entry);
    }
    if (kept.length === stored.length && kept.every((entry, i) => entry === stored[i])) return false;
    this.device.write(this.outboxKey, kept);
    return true;
  }

  /** Kept too long: recorded as settled, so the next write drops them and no tab puts them back. */
  private _expire(stored: OutboxEntry[]): void {
    const now = Date.now();
    for (const entry of [...stored, ...this._held.values()]) {
      if (isExpired(entry, now) && !isSettled(entry, this._settled)) this._settled.push({ id: entry.payload.id, ticket: entry.ticket ?? '' });
    }
    this._settled.splice(0, this._settled.length - OWN_SETTLED_CAP);
  }

  private _stored(): OutboxEntry[] {
    const parsed = this.device.read(this.outboxKey);
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  }

  private _allSettled(): Settled[] {
    return [...this.device.readSettled(this.settledKey), ...this._settled];
  }

  private _unsettledHeld(id: string): OutboxEntry | undefined {
    const entry = this._held.get(id);
    return entry && !isSettled(entry, this._allSettled()) ? entry : undefined;
  }
}

/** Submitted more than `OUTBOX_TTL_MS` ago (by the device's clock, as everything here). */
export function isExpired(entry: OutboxEntry, now = Date.now()): boolean {
  return now - Date.parse(entry.payload.submittedAt) >= OUTBOX_TTL_MS;
}

function isSettled(entry: OutboxEntry, settled: Settled[]): boolean {
  const ticket = entry.ticket ?? '';
  return settled.some((s) => s.id === entry.payload.id && s.ticket === ticket);
}

function isEntry(value: unknown): value is OutboxEntry {
  return (
    isRecord(value) &&
    isRecord(value.payload) &&
    typeof value.payload.id === 'string' &&
    typeof value.payload.name === 'string' &&
    isTime(value.payload.submittedAt) &&
    typeof value.action === 'string' &&
    (value.encoding === 'json' || value.encoding === 'form') &&
    (value.state === 'waiting' || value.state === 'failed') &&
    typeof value.attempts === 'number' &&
    (value.ticket === undefined || typeof value.ticket === 'string') &&
    typeof value.nextAttemptAt === 'number' &&
    isTime(value.nextAttemptAt) &&
    Array.isArray(value.titles) &&
    value.titles.every((title) => typeof title === 'string')
  );
}

/** A date the list of waiting sign-ups can show: `Intl` throws on an invalid one. */
function isTime(value: unknown): boolean {
  return (typeof value === 'string' || typeof value === 'number') && !Number.isNaN(new Date(value).getTime());
}
