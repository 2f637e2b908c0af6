import { storageKey } from '../../feed/storage.js';
import { emptyValues, type SignupValues } from './values.js';

/**
 * What the device keeps, at its simplest: JSON under a key in localStorage, and the draft
 * of what the person is typing. The element loads this with the form, so a draft is kept
 * even when the code that sends (`delivery.ts`) has not arrived; the outbox in `outbox.ts`
 * builds on the same store. When storage is blocked (private mode, a strict browser
 * setting, a full disk) everything is kept in memory and `persistent` says so, so the
 * form can tell the person.
 */

/**
 * The subset of `Storage` used here, so tests can hand in a broken one. `key` and `length`
 * (optional) let "Wis mijn gegevens" find the drafts of the site's other forms.
 */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & Partial<Pick<Storage, 'key' | 'length'>>;

export interface Draft {
  values: SignupValues;
  /** Epoch ms when the person started filling in the form. */
  startedAt: number;
  /** Epoch ms of the last change; the draft expires `DRAFT_TTL_MS` after it. */
  updatedAt?: number;
  /** The id the form was submitted with, kept until the receiver accepts it. */
  submittedId?: string;
  submittedAt?: string;
}

export const OUTBOX_KEY = storageKey('.signup.outbox');
/** A draft is removed this long after its last change: the next person at a shared computer must not find it. */
export const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;
/** A sign-up that could not be delivered is kept this long after it was submitted, then removed unsent. */
export const OUTBOX_TTL_MS = 30 * 24 * 60 * 60 * 1000;
export const DRAFT_PREFIX = storageKey('.signup.draft:');
/**
 * Sign-ups that left the outbox for good (delivered, refused, removed by the person). Tabs
 * rewrite the outbox from copies that can be a moment old, so "not in the list" cannot
 * mean "done": this list is what tells a tab not to put an entry back or send it again.
 */
export const SETTLED_KEY = `${OUTBOX_KEY}.settled`;
/** Enough for every tab that could still hold one of these entries; old ones fall off. */
export const SETTLED_CAP = 200;

/** One submission that is done: the id plus its `ticket`, so the same id submitted anew is not. */
export interface Settled {
  id: string;
  ticket: string;
}

/** `localStorage`, or `null` when reading it throws (sandboxed iframes, blocked cookies). */
export function defaultStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function probe(storage: KeyValueStorage | null): KeyValueStorage | null {
  try {
    const key = storageKey('.signup.probe');
    storage?.setItem(key, '1');
    storage?.removeItem(key);
    return storage;
  } catch {
    return null;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class DeviceStore {
  /** False when nothing survives a reload. */
  persistent: boolean;
  private readonly _storage: KeyValueStorage | null;
  private readonly _memory = new Map<string, string>();

  /** `storage` undefined means `localStorage`; `null` means memory only. */
  constructor(storage?: KeyValueStorage | null) {
    this._storage = probe(storage === undefined ? defaultStorage() : storage);
    this.persistent = this._storage !== null;
  }

  /** The text under `key`, or null. Memory only holds what storage refused, so it is the newer copy. */
  readText(key: string): string | null {
    const kept = this._memory.get(key);
    if (kept !== undefined) return kept;
    try {
      return this._storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  read(key: string): unknown {
    const text = this.readText(key);
    try {
      return text === null ? undefined : (JSON.parse(text) as unknown);
    } catch {
      return undefined;
    }
  }

  write(key: string, value: unknown): void {
    const text = JSON.stringify(value);
    try {
      if (this._storage) {
        this._storage.setItem(key, text);
        this._memory.delete(key);
        return;
      }
    } catch {
      // Quota exceeded or storage revoked mid-session: keep it in memory and say so.
      this.persistent = false;
    }
    this._memory.set(key, text);
  }

  remove(key: string): void {
    this._memory.delete(key);
    try {
      this._storage?.removeItem(key);
    } catch {
      /* nothing stored there to lose */
    }
  }

  /**
   * Whether sign-ups may be waiting in the outbox, without reading them: the element asks
   * this on connect to decide whether to fetch the sending code at once.
   */
  hasOutbox(key = OUTBOX_KEY): boolean {
    const text = this.readText(key);
    return text !== null && text !== '[]';
  }

  /** What is stored as settled; unreadable items are skipped. */
  readSettled(key: string): Settled[] {
    const list = this.read(key);
    return Array.isArray(list)
      ? list.filter((s): s is Settled => isRecord(s) && typeof s.id === 'string' && typeof s.ticket === 'string')
      : [];
  }

  /** Adds to the stored list (never replaces it), keeping the newest `SETTLED_CAP`. */
  recordSettled(settled: Settled[], key: string): void {
    const stored = this.readSettled(key);
    const fresh = settled.filter((s) => !stored.some((t) => t.id === s.id && t.ticket === s.ticket));
    if (fresh.length > 0) this.write(key, [...stored, ...fresh].slice(-SETTLED_CAP));
  }

  /**
   * "Wis mijn gegevens": empties the outbox and records every entry as settled, so a tab
   * that still holds one in memory does not write it back.
   */
  clearOutbox(key = OUTBOX_KEY): void {
    const list = this.read(key);
    if (Array.isArray(list)) this.recordSettled(list.filter(isRecord).flatMap(settledOf), `${key}.settled`);
    this.remove(key);
  }

  /**
   * The draft under `key`, unless it is unreadable, older than `DRAFT_TTL_MS` since its last
   * change (drafts from before `updatedAt` count from their start), or its sign-up has left
   * the outbox for good (delivered or removed, here or on another page): then it is removed.
   */
  loadDraft(key: string, now = Date.now()): Draft | undefined {
    const draft = this.read(DRAFT_PREFIX + key);
    if (!isRecord(draft) || !isRecord(draft.values) || typeof draft.startedAt !== 'number') return undefined;
    const changed = typeof draft.updatedAt === 'number' ? draft.updatedAt : draft.startedAt;
    const settled = typeof draft.submittedId === 'string' && this.readSettled(`${OUTBOX_KEY}.settled`).some((s) => s.id === draft.submittedId);
    if (!(now - changed < DRAFT_TTL_MS) || settled) {
      this.removeDraft(key);
      return undefined;
    }
    const result: Draft = { values: readValues(draft.values), startedAt: draft.startedAt, updatedAt: changed };
    if (typeof draft.submittedId === 'string') result.submittedId = draft.submittedId;
    if (typeof draft.submittedAt === 'string' && !Number.isNaN(Date.parse(draft.submittedAt))) result.submittedAt = draft.submittedAt;
    return result;
  }

  saveDraft(key: string, draft: Draft): void {
    this.write(DRAFT_PREFIX + key, draft);
  }

  removeDraft(key: string): void {
    this.remove(DRAFT_PREFIX + key);
  }

  /**
   * "Wis mijn gegevens": every form's draft on this site, not only this one's. A storage that
   * cannot list its keys (one handed in by the page) loses only the drafts kept in memory.
   */
  removeAllDrafts(): void {
    const keys = [...this._memory.keys()];
    try {
      const length = this._storage?.length ?? 0;
      for (let i = 0; i < length; i += 1) keys.push(this._storage?.key?.(i) ?? '');
    } catch {
      /* storage revoked: nothing more to find */
    }
    for (const key of keys) if (key.startsWith(DRAFT_PREFIX)) this.remove(key);
  }
}

/** The settled record for a stored outbox entry (entries from before tickets have ''). */
export function settledOf(entry: Record<string, unknown>): Settled[] {
  const payload = entry.payload;
  if (!isRecord(payload) || typeof payload.id !== 'string') return [];
  return [{ id: payload.id, ticket: typeof entry.ticket === 'string' ? entry.ticket : '' }];
}

/**
 * The stored values, field by field, each only when it has the right type: any script on
 * the site can write this key, and a `null` where a list belongs would break the form.
 */
function readValues(raw: Record<string, unknown>): SignupValues {
  const values = emptyValues();
  const target = values as unknown as Record<string, unknown>;
  for (const [key, empty] of Object.entries(values)) {
    if (!Object.prototype.hasOwnProperty.call(raw, key)) continue;
    const value = raw[key];
    if (Array.isArray(empty)) {
      if (Array.isArray(value)) target[key] = value.filter((item): item is string => typeof item === 'string');
    } else if (typeof value === typeof empty) {
      target[key] = value;
    }
  }
  return values;
}
