import type { SignupPayload } from './payload.js';
import type { SignupValues } from './validation.js';

/**
 * What the device keeps: sign-ups that are not yet accepted (the outbox) and what the
 * person is typing (drafts). Both live in localStorage, so they survive a reload, a crash
 * and a closed tab, and every page with the widget on this site can finish sending.
 * When storage is blocked (private mode, a strict browser setting, a full disk) the same
 * API keeps everything in memory and `persistent` says so, so the form can tell the person.
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

export interface Draft {
  values: SignupValues;
  /** Epoch ms when the person started filling in the form. */
  startedAt: number;
  /** The id the form was submitted with, kept until the receiver accepts it. */
  submittedId?: string;
  submittedAt?: string;
}

/** The subset of `Storage` used here, so tests can hand in a broken one. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const OUTBOX_KEY = 'buurtkit.signup.outbox';
export const DRAFT_PREFIX = 'buurtkit.signup.draft:';

function probe(storage: KeyValueStorage | null | undefined): KeyValueStorage | null {
  if (!storage) return null;
  try {
    const key = 'buurtkit.signup.probe';
    storage.setItem(key, '1');
    storage.removeItem(key);
    return storage;
  } catch {
    return null;
  }
}

/** `localStorage`, or `null` when reading it throws (sandboxed iframes, blocked cookies). */
export function defaultStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export class SignupStore {
  /** False when nothing survives a reload. */
  persistent: boolean;
  readonly outboxKey: string;
  private readonly _storage: KeyValueStorage | null;
  private readonly _memory = new Map<string, string>();

  constructor(options: { storage?: KeyValueStorage | null; outboxKey?: string } = {}) {
    this._storage = probe(options.storage === undefined ? defaultStorage() : options.storage);
    this.persistent = this._storage !== null;
    this.outboxKey = options.outboxKey ?? OUTBOX_KEY;
  }

  /** Every entry, read fresh each time: another tab may have changed them. */
  entries(): OutboxEntry[] {
    const parsed = this._readJson(this.outboxKey);
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  }

  get(id: string): OutboxEntry | undefined {
    return this.entries().find((entry) => entry.payload.id === id);
  }

  /** Adds or replaces (by id). */
  put(entry: OutboxEntry): void {
    const others = this.entries().filter((e) => e.payload.id !== entry.payload.id);
    this._writeJson(this.outboxKey, [...others, entry]);
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
    if (rest.length !== entries.length) this._writeJson(this.outboxKey, rest);
  }

  loadDraft(key: string): Draft | undefined {
    const draft = this._readJson(DRAFT_PREFIX + key);
    return isDraft(draft) ? draft : undefined;
  }

  saveDraft(key: string, draft: Draft): void {
    this._writeJson(DRAFT_PREFIX + key, draft);
  }

  removeDraft(key: string): void {
    this._remove(DRAFT_PREFIX + key);
  }

  /** Erases the outbox and the draft under `draftKey` ("wis mijn gegevens"). */
  eraseAll(draftKey: string): void {
    this._remove(this.outboxKey);
    this.removeDraft(draftKey);
  }

  private _readJson(key: string): unknown {
    // Memory only holds what storage refused to take, so it is the newer copy when present.
    let text: string | null | undefined = this._memory.get(key);
    if (text === undefined && this._storage) {
      try {
        text = this._storage.getItem(key);
      } catch {
        text = undefined;
      }
    }
    if (text == null) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  }

  private _writeJson(key: string, value: unknown): void {
    const text = JSON.stringify(value);
    if (this._storage) {
      try {
        this._storage.setItem(key, text);
        this._memory.delete(key);
        return;
      } catch {
        // Quota exceeded or storage revoked mid-session: keep it in memory and say so.
        this.persistent = false;
      }
    }
    this._memory.set(key, text);
  }

  private _remove(key: string): void {
    this._memory.delete(key);
    try {
      this._storage?.removeItem(key);
    } catch {
      /* nothing stored there to lose */
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEntry(value: unknown): value is OutboxEntry {
  return (
    isRecord(value) &&
    isRecord(value.payload) &&
    typeof value.payload.id === 'string' &&
    typeof value.action === 'string' &&
    (value.encoding === 'json' || value.encoding === 'form') &&
    (value.state === 'waiting' || value.state === 'failed') &&
    typeof value.attempts === 'number' &&
    typeof value.nextAttemptAt === 'number' &&
    Array.isArray(value.titles)
  );
}

function isDraft(value: unknown): value is Draft {
  return isRecord(value) && isRecord(value.values) && typeof value.startedAt === 'number';
}
