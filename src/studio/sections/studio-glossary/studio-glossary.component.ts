import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { findTerms } from '../../../feed/glossary.js';
import type { FeedProblem, GlossaryEntry } from '../../../feed/types.js';
import { glossaryOf } from '../../../feed/plain-language.js';
import { sectionForPath } from '../../app/sections.js';
import { fieldId, focusField } from '../../base/field-id.js';
import { localizedTextField, problemList, textField } from '../../base/fields.js';
import { navigate, StudioElement } from '../../base/studio-element.js';
import { getAt, parsePath } from '../../model/json-path.js';
import { findJargon, glossaryEntryFor, type JargonSuggestion } from '../../model/jargon.js';
import { isRecord, labelOf, listOf, textOf } from '../../model/list-items.js';
import { removedNotice, restore, type Removed } from '../editor-parts/removed-notice.js';

/** Suggestions listed at once; the rest are counted. */
const SHOWN_SUGGESTIONS = 20;
/** Places where a word is used, linked per suggestion. */
const SHOWN_WHERE = 3;

const LIST_NAMES: Record<string, string> = {
  places: 'Plek',
  opportunities: 'Taak',
  guides: 'Wegwijzer',
  glossary: 'Woord',
  categories: 'Soort',
  areas: 'Buurt',
};
const NAME_KEYS = ['name', 'title', 'term', 'label'];

/** "Plek: De Kruimel" for "places[3].description": the item a text belongs to, as the editor knows it. */
export function whereLabel(doc: unknown, path: string): string {
  const segments = parsePath(path);
  const [list, index] = segments;
  if (typeof list !== 'string') return path;
  const kind = LIST_NAMES[list];
  if (!kind || typeof index !== 'number') return list === 'signup' ? 'Aanmelden' : list;
  const item = getAt(doc, [list, index]);
  const key = NAME_KEYS.find((name) => isRecord(item) && item[name] !== undefined) ?? 'name';
  return `${kind}: ${labelOf(item, key, String(index + 1))}`;
}

/** Aliases as the editor types them: "AMK, Advies- en Meldpunt" → ["AMK", "Advies- en Meldpunt"]. */
export function parseAliases(text: string): string[] | undefined {
  const aliases = text
    .split(/[,;\n]/)
    .map((alias) => alias.trim())
    .filter(Boolean);
  return aliases.length ? aliases : undefined;
}

/**
 * Words residents may not know, each with aliases and one plain sentence; and the
 * abbreviations and jargon in the feed's texts that the list does not explain yet, each
 * with "Voeg toe aan de woordenlijst".
 *
 * @summary Section "Woordenlijst" of the studio.
 */
export class StudioGlossary extends StudioElement {
  /** Index of the word being edited; the list shows when undefined. */
  @state() private _open?: number;
  @state() private _removed?: Removed;
  @state() private _status = '';

  private get words(): readonly unknown[] {
    return listOf(this.store?.doc.glossary);
  }

  override async reveal(path: string): Promise<void> {
    const match = /^glossary\[(\d+)\]/.exec(path);
    const index = match ? Number(match[1]) : undefined;
    this._open = index !== undefined && index < this.words.length ? index : undefined;
    await this.updateComplete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this._open !== undefined && this._open >= this.words.length) this._open = undefined;
  }

  private async open(index: number | undefined, focus?: string): Promise<void> {
    const from = this._open;
    this._open = index;
    await this.updateComplete;
    if (focus) focusField(this, focus);
    else if (index !== undefined) this.querySelector<HTMLElement>('#studio-glossary-title')?.focus();
    else this.querySelector<HTMLElement>(from === undefined ? '#studio-glossary-title' : `[data-word="${from}"]`)?.focus();
  }

  // Suggestions read every text of the feed: worked out once per check result (after the
  // editor pauses), not on every keystroke.
  private suggestionsFor?: readonly FeedProblem[];
  private suggestions: JargonSuggestion[] = [];

  private currentSuggestions(): JargonSuggestion[] {
    const store = this.store!;
    if (this.suggestionsFor !== store.problems || this.suggestionsFor === undefined) {
      this.suggestionsFor = store.problems;
      this.suggestions = findJargon(store.doc);
    }
    // A word just added is explained now, though the next check has not run yet.
    const glossary: GlossaryEntry[] = glossaryOf(store.doc);
    return this.suggestions.filter((suggestion) => {
      const segments = findTerms(suggestion.term, glossary);
      return !(segments.length === 1 && typeof segments[0] !== 'string');
    });
  }

  private async addWord(term = ''): Promise<void> {
    const store = this.store!;
    const list = store.doc.glossary;
    const entry = term ? glossaryEntryFor({ term }) : { term: '', aliases: [], explanation: '' };
    const index = Array.isArray(list) ? list.length : 0;
    if (Array.isArray(list)) store.insert('glossary', index, entry);
    else store.set('glossary', [entry]);
    this._removed = undefined;
    this._status = term ? `${term} staat in de woordenlijst. Schrijf nu de uitleg.` : 'Nieuw woord toegevoegd.';
    await this.open(index, `glossary[${index}].${term ? 'explanation' : 'term'}`);
  }

  private async removeWord(index: number): Promise<void> {
    const store = this.store!;
    const value = listOf(store.doc.glossary)[index];
    const label = labelOf(value, 'term', `woord ${index + 1}`);
    store.remove(`glossary[${index}]`);
    this._removed = { listPath: 'glossary', index, value, label };
    this._status = '';
    this._open = undefined;
    await this.updateComplete;
    this.querySelector<HTMLElement>('.studio-restore')?.focus();
  }

  private async restoreWord(): Promise<void> {
    const removed = this._removed;
    if (!removed) return;
    const index = restore(this.store!, removed);
    this._removed = undefined;
    this._status = `${removed.label} staat er weer.`;
    await this.open(index, `glossary[${index}].term`);
  }

  private aliasesTemplate(path: string): TemplateResult {
    const store = this.store!;
    const id = fieldId(path);
    const problems = store.problemsAt(path, { deep: true });
    const value = getAt(store.doc, path);
    const text = Array.isArray(value) ? value.filter((alias) => typeof alias === 'string').join(', ') : typeof value === 'string' ? value : '';
    const error = problems.some((problem) => problem.severity === 'error');
    // Written when the editor leaves the field: splitting on every keystroke would eat the comma just typed.
    return html`<div class="studio-field ${error ? 'studio-field--error' : ''}">
      <label class="studio-label" for=${id}>Andere schrijfwijzen</label>
      <div class="studio-hint" id="${id}-hint">Met komma's ertussen. Bijvoorbeeld: AMK, Advies- en Meldpunt</div>
      ${problemList(id, problems)}
      <input
        class="studio-input"
        id=${id}
        type="text"
        autocomplete="off"
        aria-describedby="${id}-hint${problems.length ? ` ${id}-problems` : ''}"
        aria-invalid=${error ? 'true' : 'false'}
        .value=${live(text)}
        @change=${(event: Event) => store.set(path, parseAliases((event.target as HTMLInputElement).value))}
      />
    </div>`;
  }

  private editorTemplate(index: number): TemplateResult {
    const store = this.store!;
    const path = `glossary[${index}]`;
    const entry = this.words[index];
    const term = labelOf(entry, 'term', 'Nieuw woord');
    return html`<button type="button" class="studio-button studio-button--secondary studio-glossary-back" @click=${() => void this.open(undefined)}>
        Terug naar de woordenlijst
      </button>
      <h2 id="studio-glossary-title" tabindex="-1">${term}</h2>
      ${problemList(`${fieldId(path)}-own`, store.problemsAt(path))}
      ${isRecord(entry)
        ? html`<div id=${fieldId(path)}>
            ${textField(store, `${path}.term`, 'Woord of afkorting', { required: true, autocomplete: 'off' })}
            ${this.aliasesTemplate(`${path}.aliases`)}
            ${localizedTextField(store, `${path}.explanation`, 'Uitleg in één gewone zin', {
              required: true,
              multiline: true,
              hint: 'Bijvoorbeeld: Het CJG helpt ouders met vragen over opgroeien en opvoeden.',
            })}
          </div>`
        : html`<p>Dit is geen woord: er staat iets anders in de lijst.</p>`}
      <div class="studio-button-group">
        <!-- The next word straight from this one: words are often added a few at a time. -->
        <button type="button" class="studio-button studio-button--secondary" @click=${() => void this.addWord()}>Woord toevoegen</button>
        <button type="button" class="studio-button studio-button--warning" @click=${() => void this.removeWord(index)}>
          Haal weg<span class="studio-visually-hidden">: ${term}</span>
        </button>
      </div>`;
  }

  private rowTemplate(entry: unknown, index: number, errors: number): TemplateResult {
    const explanation = isRecord(entry) ? textOf(entry.explanation) : '';
    return html`<li>
      <button type="button" class="studio-item-row studio-glossary-row" data-word=${index} @click=${() => void this.open(index)}>
        <span class="studio-glossary-row-term">${labelOf(entry, 'term', `Woord ${index + 1} (leeg)`)}</span>
        <span class="studio-glossary-row-text">${explanation.length > 90 ? `${explanation.slice(0, 88)}…` : explanation || 'Nog geen uitleg'}</span>
        ${errors ? html`<span class="studio-glossary-errors">${errors === 1 ? '1 fout' : `${errors} fouten`}</span>` : nothing}
      </button>
    </li>`;
  }

  private suggestionTemplate(suggestion: JargonSuggestion): TemplateResult {
    const doc = this.store!.doc;
    const where = suggestion.where.slice(0, SHOWN_WHERE);
    const more = suggestion.where.length - where.length;
    return html`<li class="studio-glossary-suggestion">
      <p class="studio-glossary-term" lang="nl">${suggestion.term}</p>
      <p class="studio-glossary-where">
        Staat in:
        ${where.map(
          (path, n) =>
            html`${n ? ', ' : ''}<button type="button" class="studio-glossary-link" @click=${() => navigate(this, sectionForPath(path), path)}>
                ${whereLabel(doc, path)}
              </button>`,
        )}${more ? ` en nog ${more} ${more === 1 ? 'tekst' : 'teksten'}` : ''}
      </p>
      <button type="button" class="studio-button studio-button--secondary" @click=${() => void this.addWord(suggestion.term)}>
        Voeg toe aan de woordenlijst<span class="studio-visually-hidden">: ${suggestion.term}</span>
      </button>
    </li>`;
  }

  private suggestionsTemplate(): TemplateResult {
    const suggestions = this.currentSuggestions();
    const shown = suggestions.slice(0, SHOWN_SUGGESTIONS);
    return html`<h3>Woorden die uitleg nodig hebben</h3>
      ${suggestions.length === 0
        ? html`<p>Alle afkortingen en moeilijke woorden in de teksten staan in de woordenlijst.</p>`
        : html`<p class="studio-hint">
              Deze afkortingen en woorden staan in de teksten, maar niet in de woordenlijst. Bewoners kennen ze vaak niet.
            </p>
            <ul class="studio-glossary-suggestions" role="list">
              ${shown.map((suggestion) => this.suggestionTemplate(suggestion))}
            </ul>
            ${suggestions.length > shown.length ? html`<p>En nog ${suggestions.length - shown.length} andere woorden.</p>` : nothing}`}`;
  }

  private listTemplate(): TemplateResult {
    const store = this.store!;
    const raw = store.doc.glossary;
    const words = this.words;
    const errors = new Map<number, number>();
    for (const problem of store.problems) {
      const match = problem.severity === 'error' ? /^glossary\[(\d+)\]/.exec(problem.path) : null;
      if (match) errors.set(Number(match[1]), (errors.get(Number(match[1])) ?? 0) + 1);
    }
    return html`<h2 id="studio-glossary-title" tabindex="-1">Woordenlijst</h2>
      <p class="studio-section-intro">
        Afkortingen en moeilijke woorden, elk uitgelegd in één gewone zin. Op de website kunnen bewoners op het woord drukken en de uitleg lezen.
      </p>
      ${removedNotice(this._removed, () => void this.restoreWord())} ${problemList(fieldId('glossary'), store.problemsAt('glossary'))}
      ${raw !== undefined && !Array.isArray(raw)
        ? html`<p class="studio-notice studio-notice--error" id=${fieldId('glossary')}>
            De woordenlijst in dit bestand is geen lijst. Als je een woord toevoegt, komt er een nieuwe lijst voor in de plaats.
          </p>`
        : nothing}
      ${words.length
        ? html`<ul class="studio-item-list" role="list">
            ${words.map((entry, index) => this.rowTemplate(entry, index, errors.get(index) ?? 0))}
          </ul>`
        : html`<p>Er staan nog geen woorden in de lijst.</p>`}
      <button type="button" class="studio-button studio-button--secondary studio-glossary-add" @click=${() => void this.addWord()}>Woord toevoegen</button>
      ${this.suggestionsTemplate()}`;
  }

  protected override render(): TemplateResult {
    return html`<section class="studio-glossary" aria-labelledby="studio-glossary-title">
      ${this.store ? (this._open === undefined ? this.listTemplate() : this.editorTemplate(this._open)) : nothing}
      <p class="studio-visually-hidden" role="status">${this._status}</p>
    </section>`;
  }
}
