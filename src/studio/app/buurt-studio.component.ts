import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FeedProblem } from '../../feed/types.js';
import { focusField } from '../base/field-id.js';
import { StudioElement, type SectionName, type StudioNavigateDetail } from '../base/studio-element.js';
import { clockTime, DraftStorage, type Draft, type DraftWriter } from '../model/draft-storage.js';
import type { JsonObject } from '../model/json-path.js';
import type { TextFormat } from '../model/serialize.js';
import { StudioStore, type StudioStoreOptions } from '../model/store.js';
import '../sections/studio-start/studio-start.js';
import '../sections/studio-publisher/studio-publisher.js';
import '../sections/studio-places/studio-places.js';
import '../sections/studio-tasks/studio-tasks.js';
import '../sections/studio-glossary/studio-glossary.js';
import '../sections/studio-guides/studio-guides.js';
import '../sections/studio-preview/studio-preview.js';
import '../sections/studio-embed/studio-embed.js';
import '../sections/studio-save/studio-save.js';
import { SECTIONS, sectionForPath } from './sections.js';

/** The summary links at most this many problems; the rest are counted (10,000 places can have many). */
export const SUMMARY_LIMIT = 30;
/** Quiet time after an edit before the draft is kept on the device. */
export const AUTOSAVE_MS = 1000;

/** What a section hands the shell to open (studio-open event). */
export interface StudioOpenDetail {
  doc: JsonObject;
  format?: TextFormat;
  /** A kept draft that was already changed. */
  changed?: boolean;
  /** The section to show next. */
  section?: SectionName;
  /** What reading a spreadsheet (or HSDS) found that the feed no longer shows: told once, after opening. */
  found?: OpenFound;
}

/** Problems of reading a source, by the file names it came from. */
export interface OpenFound {
  /** "plekken.csv", or several names joined by commas. */
  label: string;
  kind: 'csv' | 'hsds';
  problems: FeedProblem[];
}

declare global {
  interface HTMLElementEventMap {
    'studio-open': CustomEvent<StudioOpenDetail>;
    'studio-save-blocked': CustomEvent<void>;
  }
}

/**
 * The studio: header with undo and redo, the error summary, the section navigation and
 * the current section. Any element asks for another section (and a field in it) with a
 * `studio-navigate` event; the shell shows the section, lets it open the item (`reveal`),
 * and focuses the field.
 *
 * @fires studio-section - The shown section changed; detail { section }.
 * @fires studio-draft-saved - The draft was kept on the device; detail { savedAt }.
 */
export class BuurtStudio extends StudioElement {
  /** How the shell makes its store when none is given (main.ts sets the Worker checker). */
  static storeOptions: StudioStoreOptions = {};
  /** Who keeps big drafts off the main thread (main.ts: the check Worker). */
  static draftWriter: DraftWriter | undefined;

  /** The section shown. */
  @state() section: SectionName = 'start';

  /** Where "Open de voorbeeldkaart" fetches the sample feed (beside index.html in dist/studio). */
  @property({ attribute: 'sample-url' }) sampleUrl = './voorbeeld.json';

  /** The draft kept on this device, as found when the studio opened. */
  @state() draft: Draft | undefined;
  /** When the draft was last kept. */
  @state() savedAt: number | undefined;
  @state() private confirmingDiscard = false;
  /** What reading the opened spreadsheet found: its hours or cells that did not come through. */
  @state() found: OpenFound | undefined;

  /** Where the draft is kept; replace before connecting to use another namespace. */
  draftStorage = new DraftStorage();
  private autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  private watched: StudioStore | undefined;
  private readonly onStoreChange = () => this.scheduleAutosave();
  // Leaving the page, or the tab going to the background, keeps a draft that is waiting for
  // its quiet second at once: on a phone a hidden tab may be ended without a `pagehide`.
  private readonly onPageHide = () => this.keepWaitingDraft();
  private readonly onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') this.keepWaitingDraft();
  };

  constructor() {
    super();
    this.addEventListener('studio-navigate', (event) => {
      event.stopPropagation();
      void this.show(event.detail);
    });
    this.addEventListener('studio-open', (event) => {
      event.stopPropagation();
      void this.open(event.detail);
    });
    this.addEventListener('studio-save-blocked', (event) => {
      event.stopPropagation();
      void this.focusSummary();
    });
    this.addEventListener('keydown', (event) => this.onKeydown(event));
  }

  override connectedCallback(): void {
    this.store ??= new StudioStore({}, BuurtStudio.storeOptions);
    this.draftStorage.writer ??= BuurtStudio.draftWriter;
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    void this.draftStorage.load().then((draft) => {
      this.draft = draft;
      this.savedAt = draft?.savedAt;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    // Taken off the page (another view of a single-page site) with an edit still waiting.
    this.keepWaitingDraft();
  }

  protected override willUpdate(): void {
    // Keep the draft of whichever store the shell has.
    if (this.store !== this.watched) {
      this.watched?.removeEventListener('change', this.onStoreChange);
      this.watched = this.store;
      this.watched?.addEventListener('change', this.onStoreChange);
    }
  }

  /** Opens a feed (from the start section): it replaces the draft, with nothing to undo. */
  async open({ doc, format, changed, section = 'publisher', found }: StudioOpenDetail): Promise<void> {
    this.store!.replace(doc, { resetHistory: true, ...(format ? { format } : {}), ...(changed ? { changed } : {}) });
    // A spreadsheet always has something to say: the organisation is named after the file.
    this.found = found && (found.problems.length > 0 || found.kind === 'csv') ? found : undefined;
    await this.show({ section });
    // The cells that did not come through are only known now: the editor hears them first.
    if (this.found) this.querySelector<HTMLElement>('#studio-found-title')?.focus();
  }

  private keepWaitingDraft(): void {
    if (this.autosaveTimer !== undefined) void this.keepDraft();
  }

  private scheduleAutosave(): void {
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = setTimeout(() => void this.keepDraft(), AUTOSAVE_MS);
  }

  /** Keeps the draft on the device now. Resolves when it is kept. */
  async keepDraft(): Promise<void> {
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = undefined;
    const store = this.store!;
    const savedAt = await this.draftStorage.save({ doc: store.doc, format: store.format, changed: store.changed });
    if (savedAt !== undefined) {
      this.savedAt = savedAt;
      this.draft = { doc: store.doc, format: store.format, changed: store.changed, savedAt };
      this.dispatchEvent(new CustomEvent('studio-draft-saved', { detail: { savedAt } }));
    }
  }

  private async discardDraft(): Promise<void> {
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = undefined;
    await this.draftStorage.discard();
    this.draft = undefined;
    this.savedAt = undefined;
    this.confirmingDiscard = false;
    this.found = undefined;
    this.store!.replace({}, { resetHistory: true });
    // The replace above is no edit to keep.
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = undefined;
    await this.show({ section: 'start' });
  }

  private async askDiscard(): Promise<void> {
    this.confirmingDiscard = true;
    await this.updateComplete;
    this.querySelector<HTMLElement>('#studio-discard-title')?.focus();
  }

  private async cancelDiscard(): Promise<void> {
    this.confirmingDiscard = false;
    await this.updateComplete;
    this.querySelector<HTMLElement>('.studio-discard-button')?.focus();
  }

  /** Shows a section; with a path, opens its item and focuses its field. */
  async show({ section, path }: StudioNavigateDetail): Promise<void> {
    this.section = section;
    await this.updateComplete;
    const element = this.querySelector<StudioElement>(`studio-${section}`);
    if (!element) return;
    await element.updateComplete;
    if (path !== undefined) {
      await element.reveal(path);
      if (focusField(element, path)) return;
    }
    const heading = element.querySelector<HTMLElement>('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
      // On a phone the navigation stands above the section, and focus alone scrolls only as far
      // as the heading, at the bottom of the screen: the editor would see no change. Show the section.
      if (heading.getBoundingClientRect().top > innerHeight / 2) heading.scrollIntoView();
    }
  }

  /**
   * Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo — except in a text field: there the
   * browser's own undo of that field applies (it fires input events, so the store follows),
   * and taking it over would undo a whole typing step where the editor expects one word.
   */
  private onKeydown(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key !== 'z' && key !== 'y') return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && (target.isContentEditable || target.matches('textarea, input:not([type=checkbox], [type=radio], [type=button], [type=submit], [type=reset], [type=file], [type=range], [type=color])'))) return;
    const store = this.store;
    if (!store) return;
    event.preventDefault();
    if (key === 'y' || event.shiftKey) store.redo();
    else store.undo();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('section')) this.dispatchEvent(new CustomEvent('studio-section', { detail: { section: this.section }, bubbles: true }));
  }

  private get errors(): FeedProblem[] {
    return (this.store?.problems ?? []).filter((problem) => problem.severity === 'error');
  }

  /** The name the draft gives its publisher, whatever its shape while it is edited. */
  private get publisherName(): unknown {
    const publisher = this.store!.doc.publisher;
    return publisher && typeof publisher === 'object' ? (publisher as { name?: unknown }).name : undefined;
  }

  protected override render(): TemplateResult {
    const store = this.store!;
    const name = this.publisherName;
    // "Laatst bewaard om" is there, empty, before the first save: a live region added to the
    // page with its text already in it may not be read out.
    return html`<header class="studio-header">
        <div class="studio-header-title">
          <p class="studio-brand">Buurtkit studio</p>
          ${typeof name === 'string' && name ? html`<p class="studio-feed-name">${name}</p>` : nothing}
        </div>
        <div class="studio-header-actions">
          <p class="studio-saved-at" role="status">${this.savedAt === undefined ? nothing : `Laatst bewaard om ${clockTime(this.savedAt)}`}</p>
          <button type="button" class="studio-button studio-button--secondary" ?disabled=${!store.canUndo} @click=${() => store.undo()}>Ongedaan maken</button>
          <button type="button" class="studio-button studio-button--secondary" ?disabled=${!store.canRedo} @click=${() => store.redo()}>Opnieuw doen</button>
          ${this.savedAt === undefined
            ? nothing
            : html`<button type="button" class="studio-button studio-button--secondary studio-discard-button" aria-expanded=${this.confirmingDiscard ? 'true' : 'false'} @click=${() => void this.askDiscard()}>
                Concept weggooien
              </button>`}
        </div>
      </header>
      ${this.confirmingDiscard ? this.discardConfirm() : nothing}
      <div class="studio-layout">
        <nav class="studio-nav" aria-label="Onderdelen van de studio">
          <ul role="list">
            ${SECTIONS.map(
              ({ name, label }) =>
                html`<li>
                  <button type="button" class="studio-nav-item" aria-current=${name === this.section ? 'page' : 'false'} @click=${() => void this.show({ section: name })}>${label}</button>
                </li>`,
            )}
          </ul>
        </nav>
        <main class="studio-main" id="studio-main">
          ${this.section === 'start' ? nothing : this.summary()}${this.section === 'start' ? nothing : this.foundNotice()}${this.sectionTemplate()}
        </main>
      </div>`;
  }

  /** The confirm step of "Concept weggooien": Escape or "Nee" keeps the draft. */
  private discardConfirm(): TemplateResult {
    return html`<div
      class="studio-discard-confirm"
      role="group"
      aria-labelledby="studio-discard-title"
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') void this.cancelDiscard();
      }}
    >
      <h2 id="studio-discard-title" tabindex="-1">Concept weggooien?</h2>
      <p>Alles wat je in de studio hebt gemaakt, wordt van dit apparaat gewist. Dat kun je niet ongedaan maken. Heb je buurt.json nog nodig? Download die dan eerst bij Opslaan.</p>
      <div class="studio-button-group">
        <button type="button" class="studio-button studio-button--warning" @click=${() => void this.discardDraft()}>Ja, gooi het concept weg</button>
        <button type="button" class="studio-button studio-button--secondary" @click=${() => void this.cancelDiscard()}>Nee, bewaren</button>
      </div>
    </div>`;
  }

  /** GOV.UK error summary: how many problems, and a link to each that focuses its field. */
  private summary(): TemplateResult | typeof nothing {
    const errors = this.errors;
    if (errors.length === 0) return nothing;
    const shown = errors.slice(0, SUMMARY_LIMIT);
    return html`<div class="studio-error-summary" tabindex="-1" aria-labelledby="studio-error-summary-title">
      <h2 class="studio-error-summary-title" id="studio-error-summary-title">${errors.length === 1 ? 'Er is 1 probleem' : `Er zijn ${errors.length} problemen`}</h2>
      <ul class="studio-error-summary-list" role="list">
        ${shown.map(
          (problem) =>
            html`<li>
              <a
                href="#${problem.path}"
                @click=${(event: Event) => {
                  event.preventDefault();
                  void this.show({ section: sectionForPath(problem.path), path: problem.path });
                }}
                >${problem.message}</a
              >
            </li>`,
        )}
      </ul>
      ${errors.length > shown.length ? html`<p>En nog ${errors.length - shown.length} andere problemen.</p>` : nothing}
    </div>`;
  }

  /**
   * What reading the opened spreadsheet found, row by row: cells such as "elke 2e dinsdag" are
   * not in the feed, so the studio's own check cannot name them later. Stays until closed or
   * something else is opened.
   */
  private foundNotice(): TemplateResult | typeof nothing {
    const found = this.found;
    if (!found) return nothing;
    const shown = found.problems.slice(0, SUMMARY_LIMIT);
    const several = found.label.includes(',');
    const publisherName = this.publisherName;
    // A sheet without lat and lng gives places that are in the list only: the editor should know where to fix that.
    const places = found.kind === 'csv' && Array.isArray(this.store!.doc.places) ? (this.store!.doc.places as unknown[]) : [];
    const unplaced = places.filter((place) => !(place && typeof place === 'object' && 'location' in place)).length;
    return html`<section class="studio-notice studio-found" aria-labelledby="studio-found-title">
      <h2 id="studio-found-title" tabindex="-1">
        ${found.problems.length === 0 ? 'Kijk dit na in' : found.problems.length === 1 ? 'Kijk 1 ding na in' : `Kijk ${found.problems.length} dingen na in`} ${found.label}
      </h2>
      ${shown.length > 0
        ? html`<p>Dit kwam niet (helemaal) goed over uit je ${found.kind === 'csv' ? 'spreadsheet' : 'bestand'}. Verbeter het hier in de studio, of in je ${found.kind === 'csv' ? 'spreadsheet' : 'bestand'} en open het dan opnieuw.</p>
            <ul role="list" class="studio-found-list">
              ${shown.map((problem) => html`<li>${several && problem.sheet ? `${problem.sheet}: ` : ''}${problem.message}</li>`)}
            </ul>`
        : nothing}
      ${found.problems.length > shown.length ? html`<p>En nog ${found.problems.length - shown.length} andere dingen.</p>` : nothing}
      ${found.kind === 'csv' && publisherName === found.label.split(',')[0]
        ? html`<p>Bij <strong>Naam van de organisatie</strong> staat nu de naam van je bestand. Bewoners zien die naam, bijvoorbeeld bij het aanmeldformulier. Schrijf daar de naam van je organisatie of krant.</p>`
        : nothing}
      ${unplaced > 0
        ? html`<p>
            ${unplaced === places.length ? (unplaced === 1 ? 'De plek staat' : `Alle ${unplaced} plekken staan`) : `${unplaced} van de ${places.length} plekken staan`} nog niet
            op de kaart, alleen in de lijst: de tabel had geen lat en lng. Open de plek bij <strong>Plekken</strong> en kies <strong>Zoek adres op bij PDOK</strong>.
          </p>`
        : nothing}
      <p><button type="button" class="studio-button studio-button--secondary" @click=${() => void this.closeFound()}>Ik heb het gelezen, verberg dit</button></p>
    </section>`;
  }

  private async closeFound(): Promise<void> {
    this.found = undefined;
    await this.show({ section: this.section });
  }

  /** Moves focus to the error summary, as GOV.UK does when a form with errors is sent. */
  async focusSummary(): Promise<boolean> {
    await this.updateComplete;
    const summary = this.querySelector<HTMLElement>('.studio-error-summary');
    summary?.focus();
    return summary !== null;
  }

  private sectionTemplate(): TemplateResult {
    const store = this.store;
    switch (this.section) {
      case 'start':
        return html`<studio-start .store=${store} .draft=${this.draft} .sampleUrl=${this.sampleUrl}></studio-start>`;
      case 'publisher':
        return html`<studio-publisher .store=${store}></studio-publisher>`;
      case 'places':
        return html`<studio-places .store=${store}></studio-places>`;
      case 'tasks':
        return html`<studio-tasks .store=${store}></studio-tasks>`;
      case 'glossary':
        return html`<studio-glossary .store=${store}></studio-glossary>`;
      case 'guides':
        return html`<studio-guides .store=${store}></studio-guides>`;
      case 'preview':
        return html`<studio-preview .store=${store}></studio-preview>`;
      case 'embed':
        return html`<studio-embed .store=${store}></studio-embed>`;
      case 'save':
        return html`<studio-save .store=${store}></studio-save>`;
    }
  }
}
