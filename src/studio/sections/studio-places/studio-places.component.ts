import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { FeedProblem } from '../../../feed/types.js';
import { focusField } from '../../base/field-id.js';
import { problemList } from '../../base/fields.js';
import { StudioElement } from '../../base/studio-element.js';
import { duplicateOf, idsOf, isRecord, labelOf, listOf, prepareSearch, searchPlaces, textOf, uniqueId } from '../../model/list-items.js';
import { KIND_CHOICES } from '../studio-place-editor/studio-place-editor.component.js';
import '../studio-place-editor/studio-place-editor.js';
import { removedNotice, restore, type Removed } from '../editor-parts/removed-notice.js';

/** Rows shown at once, and added by "Toon meer": 10,000 rows would make every keystroke slow. */
export const PAGE_SIZE = 50;

const PLACE_PATH = /^places\[(\d+)\]/;

/** Errors per place index, counted once per check result (not once per row per render). */
const errorCounts = new WeakMap<readonly FeedProblem[], Map<number, number>>();
function errorsByPlace(problems: readonly FeedProblem[]): Map<number, number> {
  let counts = errorCounts.get(problems);
  if (counts) return counts;
  counts = new Map();
  for (const problem of problems) {
    if (problem.severity !== 'error') continue;
    const match = PLACE_PATH.exec(problem.path);
    if (match) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1);
  }
  errorCounts.set(problems, counts);
  return counts;
}

const numberFormat = new Intl.NumberFormat('nl-NL');

/**
 * The places of the feed: a list with search that renders at most a page of rows (so
 * 10,000 places stay fast), adding, and the editor of one place at a time, with duplicate
 * and remove (a removed place can be put back).
 *
 * @summary Section "Plekken" of the studio.
 */
export class StudioPlaces extends StudioElement {
  /** Index of the place being edited; the list shows when undefined. */
  @state() private _open?: number;
  @state() private _query = '';
  @state() private _limit = PAGE_SIZE;
  /** The last removed place, for "Zet terug". */
  @state() private _removed?: Removed;
  /** Said to screen readers (role=status). */
  @state() private _status = '';

  private get places(): readonly unknown[] {
    return listOf(this.store?.doc.places);
  }

  /** Opens the place that holds `path`; the shell then focuses its field. */
  override async reveal(path: string): Promise<void> {
    const match = PLACE_PATH.exec(path);
    const index = match ? Number(match[1]) : undefined;
    this._open = index !== undefined && index < this.places.length ? index : undefined;
    await this.settle();
  }

  /** Waits for this section and the editors inside it, which render in their own updates. */
  private async settle(): Promise<void> {
    await this.updateComplete;
    for (const element of this.querySelectorAll<StudioElement>('studio-place-editor, studio-hours, studio-location')) {
      await element.updateComplete;
    }
  }

  /** The places list whose search text is being read ahead, in idle time. */
  private preparing?: readonly unknown[];

  /**
   * Reads the search text of every place in idle time, 1,000 at a time, so the first letter
   * typed in the search field does not have to read 10,000 places at once.
   */
  private prepareSearchWhenIdle(): void {
    const places = this.places;
    if (this.preparing === places || places.length < 1000) return;
    this.preparing = places;
    const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 50));
    const step = (from: number) =>
      idle(() => {
        if (this.preparing !== places || !this.isConnected) return;
        const next = prepareSearch(places, from, from + 1000);
        if (next < places.length) step(next);
      });
    step(0);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this._open === undefined) this.prepareSearchWhenIdle();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Undo can take away the place being edited.
    if (this._open !== undefined && this._open >= this.places.length) this._open = undefined;
  }

  private async open(index: number): Promise<void> {
    this._open = index;
    await this.settle();
    this.querySelector<HTMLElement>('.studio-places-title')?.focus();
  }

  private async backToList(): Promise<void> {
    const index = this._open;
    this._open = undefined;
    await this.settle();
    const row = index === undefined ? null : this.querySelector<HTMLElement>(`[data-place="${index}"]`);
    (row ?? this.querySelector<HTMLElement>('#studio-places-search'))?.focus();
  }

  private async add(): Promise<void> {
    const store = this.store!;
    const place = { id: uniqueId(idsOf(store.doc.places), 'plek') };
    if (Array.isArray(store.doc.places)) store.insert('places', store.doc.places.length, place);
    else store.set('places', [place]);
    this._removed = undefined;
    this._status = 'Nieuwe plek toegevoegd.';
    this._open = this.places.length - 1;
    await this.settle();
    focusField(this, `places[${this._open}].name`);
  }

  private async duplicate(index: number): Promise<void> {
    const store = this.store!;
    const copy = duplicateOf(this.places[index], idsOf(store.doc.places));
    store.insert('places', index + 1, copy);
    this._removed = undefined;
    this._status = `Kopie gemaakt: ${labelOf(copy, 'name', 'plek')}.`;
    this._open = index + 1;
    await this.settle();
    focusField(this, `places[${index + 1}].name`);
  }

  private async removePlace(index: number): Promise<void> {
    const store = this.store!;
    const value = this.places[index];
    const label = labelOf(value, 'name', `plek ${index + 1}`);
    store.remove(`places[${index}]`);
    this._removed = { listPath: 'places', index, value, label };
    this._status = '';
    this._open = undefined;
    await this.settle();
    this.querySelector<HTMLElement>('.studio-restore')?.focus();
  }

  private async restore(): Promise<void> {
    const removed = this._removed;
    if (!removed) return;
    const index = restore(this.store!, removed);
    this._removed = undefined;
    this._status = `${removed.label} staat er weer.`;
    await this.open(index);
  }

  private async showMore(): Promise<void> {
    const first = this._limit;
    this._limit += PAGE_SIZE;
    await this.settle();
    // Focus the first new row, so the keyboard goes on where the list went on.
    const rows = this.querySelectorAll<HTMLElement>('.studio-places-row');
    (rows[first] ?? rows[rows.length - 1])?.focus();
  }

  private onSearch(event: Event): void {
    this._query = (event.target as HTMLInputElement).value;
    this._limit = PAGE_SIZE;
  }

  private rowTemplate(index: number, errors: Map<number, number>): TemplateResult {
    const place = this.places[index];
    const name = labelOf(place, 'name', `Plek ${index + 1} (zonder naam)`);
    const kind = isRecord(place) ? KIND_CHOICES.find((choice) => choice.value === place.kind)?.label : undefined;
    const city = isRecord(place) && isRecord(place.address) ? textOf(place.address.street) || textOf(place.address.city) : '';
    const count = errors.get(index) ?? 0;
    return html`<li>
      <button type="button" class="studio-item-row studio-places-row" data-place=${index} @click=${() => void this.open(index)}>
        <span class="studio-places-name">${name}</span>
        <span class="studio-places-meta">${[kind, city].filter(Boolean).join(' · ')}</span>
        ${count ? html`<span class="studio-places-errors">${count === 1 ? '1 fout' : `${count} fouten`}</span>` : nothing}
      </button>
    </li>`;
  }

  private listTemplate(): TemplateResult {
    const store = this.store!;
    const places = this.places;
    const broken = store.doc.places !== undefined && !Array.isArray(store.doc.places);
    const { indexes, total } = searchPlaces(places, this._query, this._limit);
    const errors = errorsByPlace(store.problems);
    const count = numberFormat.format(places.length);
    const found = this._query.trim()
      ? `${numberFormat.format(total)} van ${count} plekken gevonden`
      : places.length === 1
        ? '1 plek'
        : `${count} plekken`;
    return html`<h2 class="studio-places-title" id="studio-places-title" tabindex="-1">Plekken</h2>
      <p>Alle plekken in de buurt: initiatieven, vrijwilligers en hulp. Kies een plek om die te veranderen.</p>
      ${problemList('f-places', store.problemsAt('places'))}
      ${broken
        ? html`<p class="studio-notice studio-notice--error" id="f-places">
            De lijst met plekken in dit bestand is geen lijst. Als je een plek toevoegt, komt er een nieuwe lijst voor in de plaats.
          </p>`
        : nothing}
      ${removedNotice(this._removed, () => void this.restore())}
      <div class="studio-places-tools">
        <div class="studio-field studio-places-search">
          <label class="studio-label" for="studio-places-search">Zoek een plek</label>
          <div class="studio-hint" id="studio-places-search-hint">Op naam, adres of code.</div>
          <input
            class="studio-input"
            id="studio-places-search"
            type="search"
            autocomplete="off"
            aria-describedby="studio-places-search-hint studio-places-count"
            .value=${this._query}
            @input=${this.onSearch}
          />
        </div>
        <button type="button" class="studio-button studio-places-add" @click=${() => void this.add()}>Plek toevoegen</button>
      </div>
      <p class="studio-places-count" id="studio-places-count">${found}</p>
      ${indexes.length
        ? html`<ul class="studio-item-list" role="list">
            ${indexes.map((index) => this.rowTemplate(index, errors))}
          </ul>`
        : html`<p>${places.length ? 'Geen plek gevonden. Probeer een ander woord.' : 'Er zijn nog geen plekken.'}</p>`}
      ${total > indexes.length
        ? html`<button type="button" class="studio-button studio-button--secondary studio-places-more" @click=${() => void this.showMore()}>
            Toon meer (nog ${numberFormat.format(total - indexes.length)})
          </button>`
        : nothing}`;
  }

  private editorTemplate(index: number): TemplateResult {
    const place = this.places[index];
    const name = labelOf(place, 'name', 'Nieuwe plek');
    return html`<button type="button" class="studio-button studio-button--secondary studio-places-back" @click=${() => void this.backToList()}>
        Terug naar alle plekken
      </button>
      <h2 class="studio-places-title" id="studio-places-title" tabindex="-1">${name}</h2>
      <div class="studio-button-group studio-places-actions">
        <button type="button" class="studio-button studio-button--secondary" @click=${() => void this.duplicate(index)}>
          Dupliceer<span class="studio-visually-hidden"> ${name}</span>
        </button>
        <button type="button" class="studio-button studio-button--warning" @click=${() => void this.removePlace(index)}>
          Haal weg<span class="studio-visually-hidden">: ${name}</span>
        </button>
      </div>
      <studio-place-editor .store=${this.store} .index=${index}></studio-place-editor>`;
  }

  protected override render(): TemplateResult {
    return html`<section class="studio-places" aria-labelledby="studio-places-title">
      ${this.store ? (this._open === undefined ? this.listTemplate() : this.editorTemplate(this._open)) : nothing}
      <p class="studio-visually-hidden" role="status">${this._status}</p>
    </section>`;
  }
}
