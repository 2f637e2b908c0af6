import { DeviceStore, isRecord, OUTBOX_KEY, type KeyValueStorage } from './device.js';
import type { SignupPayload } from './payload.js';

export { DRAFT_PREFIX, OUTBOX_KEY, defaultStorage, type Draft, type KeyValueStorage } from './device.js';

/**
 * The outbox: sign-ups that are not yet accepted. It lives in localStorage (through the
 * element's `DeviceStore`, which also keeps the draft), so it survives a reload, a crash and
 * a closed tab, and every page with the widget on this site can finish sending. When storage
 * is blocked the same API keeps everything in memory and `persistent` says so.
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
}

export class SignupStore {
  readonly outboxKey: string;
  /** The same device store the element keeps its draft in, when it hands one in. */
  readonly device: DeviceStore;

  constructor(options: { storage?: KeyValueStorage | null; outboxKey?: string; device?: DeviceStore } = {}) {
    this.device = options.device ?? new DeviceStore(options.storage);
    this.outboxKey = options.outboxKey ?? OUTBOX_KEY;
  }

  /** False when nothing survives a reload. */
  get persistent(): boolean {
    return this.device.persistent;
  }

  /** Every entry, read fresh each time: another tab may have changed them. */
  entries(): OutboxEntry[] {
    const parsed = this.device.read(this.outboxKey);
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  }

  get(id: string): OutboxEntry | undefined {
    return this.entries().find((entry) => entry.payload.id === id);
  }

  /** Adds or replaces (by id). */
  put(entry: OutboxEntry): void {
    const others = this.entries().filter((e) => e.payload.id !== entry.payload.id);
    this.device.write(this.outboxKey, [...others, entry]);
  }

  update(id: string, change: Partial<OutboxEntry>): OutboxEntry | undefined {
    const entry = this.get(id);
    if (!entry) return undefined;
    const next = { ...entry, ...change };
    this.put(next);
    return next;
  }

  remove(id: string): void {
    const entries = this.entries();
    const rest = entries.filter((e) => e.payload.id !== id);
    if (rest.length !== entries.length) this.device.write(this.outboxKey, rest);
  }
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
