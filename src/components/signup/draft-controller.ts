import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DeviceStore, type Draft, type KeyValueStorage } from './device.js';
import { emptyValues, type SignupValues } from './values.js';

/** Typing pauses this long before the draft is written, so a keystroke costs no storage write. */
const DRAFT_DELAY_MS = 400;

export interface DraftOptions {
  /** Where to keep it; read on connect. `undefined` means localStorage, `null` memory only. */
  storage(): KeyValueStorage | null | undefined;
  /** The draft's key: one draft per feed (or per page without a feed), read on connect. */
  key(): string;
  /** False while nothing should be written (the sign-up was just accepted). */
  mayWrite?(): boolean;
}

/**
 * What the person is typing, kept on the device: restored on connect, written a moment after
 * each change and at once when the page hides or the element leaves, so a closed tab loses
 * nothing. It also remembers the id a draft was submitted with, so sending it again can never
 * become a second sign-up. The `DeviceStore` it opens is the one the outbox uses too.
 *
 * Only a change is written (with its time): a form nobody touched stores nothing, a reload
 * does not make a draft younger, and the device drops a draft 24 hours after its last change.
 */
export class DraftController implements ReactiveController {
  /** The device store, from connect on. */
  device?: DeviceStore;
  values: SignupValues = emptyValues();
  private _draft: Draft = { values: this.values, startedAt: Date.now() };
  private _key = '';
  private _timer?: ReturnType<typeof setTimeout>;
  /** Something changed since the draft was last written or removed. */
  private _changed = false;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _options: DraftOptions,
  ) {
    _host.addController(this);
  }

  /** False when what is typed does not survive a reload (storage blocked, full or revoked). */
  get persistent(): boolean {
    return this.device?.persistent ?? true;
  }

  /** Epoch ms when the person started filling in this draft. */
  get startedAt(): number {
    return this._draft.startedAt;
  }

  /** The id this draft was submitted with, while that sign-up may still be on its way. */
  get submittedId(): string | undefined {
    return this._draft.submittedId;
  }

  get submittedAt(): string | undefined {
    return this._draft.submittedAt;
  }

  hostConnected(): void {
    this.device = new DeviceStore(this._options.storage());
    this._key = this._options.key();
    const draft = this.device.loadDraft(this._key);
    if (draft) {
      this._draft = draft;
      this.values = { ...emptyValues(), ...draft.values, website: '' };
    } else {
      this._draft = { values: this.values, startedAt: Date.now() };
    }
    globalThis.addEventListener('pagehide', this._onPageHide);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener('pagehide', this._onPageHide);
    this.saveNow();
  }

  /** Changes one field and writes the draft after a pause in typing. */
  set<K extends keyof SignupValues>(key: K, value: SignupValues[K]): void {
    this.values = { ...this.values, [key]: value };
    this._draft = { ...this._draft, updatedAt: Date.now() };
    this._changed = true;
    this._host.requestUpdate();
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this.saveNow(), DRAFT_DELAY_MS);
  }

  /** Adds or removes one item of a list field. */
  toggle(key: 'opportunities' | 'talents' | 'availability' | 'languages', item: string, on: boolean): void {
    const list = this.values[key].filter((x) => x !== item);
    this.set(key, on ? [...list, item] : list);
  }

  /** Sets values without writing them (a preselected task is not something the person typed). */
  preset(values: SignupValues): void {
    this.values = values;
    this._host.requestUpdate();
  }

  saveNow(): void {
    clearTimeout(this._timer);
    this._timer = undefined;
    if (!this.device || !this._changed || this._options.mayWrite?.() === false) return;
    this._changed = false;
    const wasPersistent = this.device.persistent;
    this._draft = { ...this._draft, values: this.values };
    this.device.saveDraft(this._key, this._draft);
    // Storage refused this write: the form must now say that what is typed is not kept.
    if (this.device.persistent !== wasPersistent) this._host.requestUpdate();
  }

  /** Records the id (and time) of a submit and writes the draft at once, before anything is sent. */
  markSubmitted(id: string, submittedAt: string): void {
    this._draft = { ...this._draft, submittedId: id, submittedAt, updatedAt: Date.now() };
    this._changed = true;
    this.saveNow();
  }

  /**
   * The person removed the sign-up this draft became: the stored draft goes with it, so a
   * reload shows an empty form. What is on screen stays until the page closes, to change
   * and send again, and is stored again only when the person changes it.
   */
  forgetSubmission(): void {
    this._draft = { values: this._draft.values, startedAt: this._draft.startedAt };
    this.remove();
  }

  /** Deletes the stored draft (sent, removed or erased) without touching what is on screen. */
  remove(): void {
    clearTimeout(this._timer);
    this._timer = undefined;
    this._changed = false;
    this.device?.removeDraft(this._key);
  }

  /** "Wis mijn gegevens": this draft and the drafts of every other form on the site, and an empty form. */
  eraseAll(): void {
    this.remove();
    this.device?.removeAllDrafts();
    this.reset();
  }

  /** Starts a new, empty draft (nothing is written until the person types). */
  reset(values: SignupValues = emptyValues()): void {
    this._changed = false;
    this.values = values;
    this._draft = { values, startedAt: Date.now() };
    this._host.requestUpdate();
  }

  private _onPageHide = (): void => {
    if (this._timer !== undefined) this.saveNow();
  };
}
