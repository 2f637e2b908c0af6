/**
 * StudioStore: the one place the draft feed lives. Components read `doc`, `problems` and
 * `feed`, and change the draft only through set/insert/remove/move/replace, so every edit
 * lands in the undo history. 'change' fires synchronously after every edit; 'problems' fires
 * when a new check result arrives: checks are debounced and run off the keystroke path.
 */
import type { Feed, FeedProblem } from '../../feed/types.js';
import { emptyFeed } from '../../feed/validate.js';
import { History } from './history.js';
import { insertAt, isWithin, moveAt, removeAt, setAt, type JsonObject } from './json-path.js';
import { DEFAULT_FORMAT, type TextFormat } from './serialize.js';
import { checkHere, type Checked, type Checker } from './validation.js';

export type ChangeKind = 'set' | 'insert' | 'remove' | 'move' | 'replace' | 'undo' | 'redo';

export interface StudioChangeDetail {
  kind: ChangeKind;
  /** The path edited (for insert/move: the array), absent for replace/undo/redo. */
  path?: string;
}

export interface StudioStoreOptions {
  /** How the draft is checked (default: on the main thread). */
  checker?: Checker;
  /** Quiet time after the last edit before a check starts. */
  debounceMs?: number;
}

/** Quiet time after an edit before the draft is checked again. */
export const CHECK_DEBOUNCE_MS = 250;

export class StudioStore extends EventTarget {
  private history: History<JsonObject>;
  private checked: Checked = { feed: emptyFeed(), problems: [] };
  private byPath = new Map<string, FeedProblem[]>();
  /** The document the last check was for. */
  private checkedDoc: JsonObject | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private waiters: Array<() => void> = [];
  /** The document as opened; undefined when a restored draft was already changed. */
  private opened: JsonObject | undefined;
  /** Indentation and final newline of the opened file, so saving it unchanged gives the same text. */
  format: TextFormat = DEFAULT_FORMAT;
  private readonly checker: Checker;
  private readonly debounceMs: number;

  constructor(doc: JsonObject = {}, options: StudioStoreOptions = {}) {
    super();
    this.history = new History(doc);
    this.opened = doc;
    this.checker = options.checker ?? checkHere;
    this.debounceMs = options.debounceMs ?? CHECK_DEBOUNCE_MS;
    this.schedule(0);
  }

  /** The raw feed JSON being edited, unknown fields included. Never mutate it. */
  get doc(): JsonObject {
    return this.history.current;
  }

  /** The problems of the last check (errors first). */
  get problems(): readonly FeedProblem[] {
    return this.checked.problems;
  }

  /** The feed as the elements would show it, from the last check. */
  get feed(): Feed {
    return this.checked.feed;
  }

  /** True while the shown problems belong to an older version of the draft. */
  get checking(): boolean {
    return this.checkedDoc !== this.doc;
  }

  /** True when the draft differs from what was opened (undoing every edit makes it false again). */
  get changed(): boolean {
    return this.doc !== this.opened;
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  set(path: string, value: unknown, options: { coalesce?: string } = {}): void {
    this.commit(setAt(this.doc, path, value), { kind: 'set', path }, options.coalesce);
  }

  /** Inserts `value` at `index` of the list at `arrayPath`; index = length appends. */
  insert(arrayPath: string, index: number, value: unknown): void {
    this.commit(insertAt(this.doc, arrayPath, index, value), { kind: 'insert', path: arrayPath });
  }

  remove(path: string): void {
    this.commit(removeAt(this.doc, path), { kind: 'remove', path });
  }

  move(arrayPath: string, from: number, to: number): void {
    this.commit(moveAt(this.doc, arrayPath, from, to), { kind: 'move', path: arrayPath });
  }

  /**
   * Puts a whole document in place: opening a feed (resetHistory: nothing to undo, and the
   * document counts as unchanged unless `changed`; `format` is the opened text's) or, without
   * resetHistory, an edit of many places at once.
   */
  replace(doc: JsonObject, options: { resetHistory?: boolean; changed?: boolean; format?: TextFormat } = {}): void {
    if (options.resetHistory) {
      this.history.reset(doc);
      // A draft kept after edits stays "changed": its `updated` must still move on save.
      this.opened = options.changed ? undefined : doc;
      this.format = options.format ?? DEFAULT_FORMAT;
      this.emit({ kind: 'replace' });
      this.schedule(0);
    } else this.commit(doc, { kind: 'replace' });
  }

  undo(): void {
    if (this.history.undo() !== undefined) this.afterEdit({ kind: 'undo' });
  }

  redo(): void {
    if (this.history.redo() !== undefined) this.afterEdit({ kind: 'redo' });
  }

  /** Ends the current typing step (the field lost focus), so the next edit is its own undo step. */
  seal(): void {
    this.history.seal();
  }

  /** Problems exactly at `path`, or (deep) at `path` and everything inside it. */
  problemsAt(path: string, { deep = false }: { deep?: boolean } = {}): FeedProblem[] {
    if (!deep) return this.byPath.get(path) ?? [];
    return this.checked.problems.filter((problem) => isWithin(problem.path, path));
  }

  /** Resolves when the problems belong to the current draft (checks at once when one is waiting). */
  settled(): Promise<void> {
    if (!this.checking && !this.running) return Promise.resolve();
    const promise = new Promise<void>((resolve) => this.waiters.push(resolve));
    if (!this.running) this.schedule(0);
    return promise;
  }

  private commit(next: JsonObject, detail: StudioChangeDetail, coalesce?: string): void {
    if (next === this.doc) return;
    this.history.record(next, coalesce);
    this.afterEdit(detail);
  }

  private afterEdit(detail: StudioChangeDetail): void {
    this.emit(detail);
    this.schedule(this.debounceMs);
  }

  private emit(detail: StudioChangeDetail): void {
    this.dispatchEvent(new CustomEvent<StudioChangeDetail>('change', { detail }));
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, delay);
  }

  /** One check at a time; when the draft changed meanwhile, the next one starts after it. */
  private async run(): Promise<void> {
    if (this.running) return;
    const doc = this.doc;
    if (doc === this.checkedDoc) return this.release();
    let result: Checked | undefined;
    const running = this.checker(doc).then(
      (value) => void (result = value),
      () => undefined,
    );
    this.running = running;
    await running;
    this.running = undefined;
    if (result) {
      this.checked = result;
      this.checkedDoc = doc;
      this.byPath = new Map();
      for (const problem of result.problems) {
        const list = this.byPath.get(problem.path);
        if (list) list.push(problem);
        else this.byPath.set(problem.path, [problem]);
      }
      this.dispatchEvent(new Event('problems'));
    } else this.checkedDoc = doc;
    if (this.doc !== doc) {
      // Edited while checking: check again once the editor pauses (or now, when someone waits).
      this.schedule(this.waiters.length ? 0 : this.debounceMs);
    } else this.release();
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
