/**
 * The draft on this device, in IndexedDB (idb-keyval): big feeds do not fit localStorage,
 * and IndexedDB stores the object itself, not a string. One database per storage namespace
 * (globalThis.buurtkitStorage, see src/feed/storage.ts), so two set-ups on one origin, and
 * every test file, keep their drafts apart. Nothing leaves the device.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { STORAGE_NAMESPACE } from '../../feed/storage.js';
import type { JsonObject } from './json-path.js';
import type { TextFormat } from './serialize.js';

export interface Draft {
  doc: JsonObject;
  format: TextFormat;
  /** Whether the draft differs from the file it was opened from (so `updated` changes on save). */
  changed: boolean;
  /** When it was kept (ms since 1970). */
  savedAt: number;
}

const KEY = 'draft';

/** A draft without its document: what the main thread tells the Worker that keeps a big draft. */
export type DraftMeta = Omit<Draft, 'doc'>;

/** The IndexedDB store of a namespace's drafts; the same in a window and in the check Worker. */
function draftStore(namespace: string): UseStore {
  return createStore(`${namespace}:studio`, 'drafts');
}

/** Keeps a draft (in a window or a Worker); false when it could not be kept. */
export async function writeDraft(namespace: string, draft: Draft): Promise<boolean> {
  try {
    await set(KEY, draft, draftStore(namespace));
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps a draft somewhere else than the main thread (the check Worker, for a big draft), or
 * returns undefined to let the window keep it.
 */
export type DraftWriter = (draft: Draft) => Promise<boolean> | undefined;

export class DraftStorage {
  private readonly idb: UseStore | undefined;
  /** Set by main.ts: big drafts are kept by the check Worker. */
  writer: DraftWriter | undefined;

  constructor(readonly namespace: string = STORAGE_NAMESPACE) {
    try {
      this.idb = draftStore(namespace);
    } catch {
      // No IndexedDB (a locked-down browser): the studio works, it only cannot keep the draft.
      this.idb = undefined;
    }
  }

  /** False when this browser cannot keep a draft. */
  get available(): boolean {
    return this.idb !== undefined;
  }

  async load(): Promise<Draft | undefined> {
    if (!this.idb) return undefined;
    try {
      const draft = await get<Draft>(KEY, this.idb);
      return draft && typeof draft === 'object' && draft.doc && typeof draft.doc === 'object' ? draft : undefined;
    } catch {
      return undefined;
    }
  }

  /** Keeps the draft; resolves with the time it was kept, or undefined when it could not be. */
  async save(draft: Omit<Draft, 'savedAt'>, now = Date.now()): Promise<number | undefined> {
    if (!this.idb) return undefined;
    const full: Draft = { ...draft, savedAt: now };
    const elsewhere = this.writer?.(full);
    if (elsewhere) return (await elsewhere) ? now : undefined;
    try {
      await set(KEY, full, this.idb);
      return now;
    } catch {
      return undefined;
    }
  }

  async discard(): Promise<void> {
    if (!this.idb) return;
    try {
      await del(KEY, this.idb);
    } catch {
      // Nothing kept, nothing to remove.
    }
  }
}

/** "14:32", as the header says "laatst bewaard om 14:32". */
export function clockTime(ms: number): string {
  return new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** "vrijdag 27 november om 14:32", for the draft on the start page. */
export function dayAndTime(ms: number): string {
  const day = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long' }).format(ms);
  return `${day} om ${clockTime(ms)}`;
}
