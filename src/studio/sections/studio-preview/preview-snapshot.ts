import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JsonObject } from '../../model/json-path.js';
import type { StudioStore } from '../../model/store.js';

/** Quiet time after the last edit before the preview shows the draft again. */
export const PREVIEW_DELAY_MS = 400;

/**
 * The draft as the preview shows it: the store's document, taken again only when the editor
 * pauses. The kit's elements check the whole feed when their `feed` changes, so a snapshot
 * per keystroke would check a 10,000-place feed on every key; this takes one per pause.
 * Undo and redo count as edits too.
 */
export class PreviewSnapshot implements ReactiveController {
  /** The document the preview shows; undefined before there is a store. */
  doc?: JsonObject;
  /** True while an edit waits to be shown. */
  pending = false;
  /** When `doc` was last taken. */
  takenAt?: Date;

  private _store?: StudioStore;
  private _timer?: ReturnType<typeof setTimeout>;
  private readonly _onChange = () => {
    this.pending = true;
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this.take(), this.delay());
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: () => StudioStore | undefined,
    private readonly delay: () => number = () => PREVIEW_DELAY_MS,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this._follow();
  }

  hostUpdate(): void {
    this._follow();
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
    this._store?.removeEventListener('change', this._onChange);
    this._store = undefined;
  }

  /** Shows the current draft now. */
  take(): void {
    clearTimeout(this._timer);
    const store = this._store;
    this.pending = false;
    if (!store) return;
    this.doc = store.doc;
    this.takenAt = new Date();
    this.host.requestUpdate();
  }

  private _follow(): void {
    const store = this.store();
    if (store === this._store) return;
    this._store?.removeEventListener('change', this._onChange);
    this._store = store;
    store?.addEventListener('change', this._onChange);
    this.take();
  }
}
