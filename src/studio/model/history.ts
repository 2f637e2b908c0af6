/**
 * Undo and redo of whole-document snapshots. The documents are immutable (json-path.ts
 * shares everything an edit does not touch), so a snapshot costs only the containers on the
 * edited path. Typing in one field is one step: edits with the same `coalesce` key that
 * follow each other within COALESCE_MS replace the newest snapshot instead of adding one.
 */

/** A pause longer than this starts a new undo step, also in the same field. */
export const COALESCE_MS = 2000;
/** Oldest steps are dropped beyond this many. */
export const HISTORY_LIMIT = 200;

export class History<T> {
  private past: T[] = [];
  private future: T[] = [];
  private lastKey: string | undefined;
  private lastTime = 0;

  constructor(
    private present: T,
    private readonly limit = HISTORY_LIMIT,
  ) {}

  get current(): T {
    return this.present;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Records `next` as the newest state. */
  record(next: T, coalesce?: string, now = Date.now()): void {
    if (next === this.present) return;
    const merge = coalesce !== undefined && coalesce === this.lastKey && now - this.lastTime <= COALESCE_MS && this.past.length > 0;
    if (!merge) {
      this.past.push(this.present);
      if (this.past.length > this.limit) this.past.shift();
    }
    this.present = next;
    this.future = [];
    this.lastKey = coalesce;
    this.lastTime = now;
  }

  /** Ends the current typing step, so the next edit in the same field is a step of its own. */
  seal(): void {
    this.lastKey = undefined;
  }

  undo(): T | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(this.present);
    this.present = previous;
    this.seal();
    return previous;
  }

  redo(): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(this.present);
    this.present = next;
    this.seal();
    return next;
  }

  /** Starts over from `state` (a feed was opened): nothing to undo or redo. */
  reset(state: T): void {
    this.present = state;
    this.past = [];
    this.future = [];
    this.seal();
  }
}
