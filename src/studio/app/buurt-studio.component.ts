import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { FeedProblem } from '../../feed/types.js';
import { focusField } from '../base/field-id.js';
import { StudioElement, type SectionName, type StudioNavigateDetail } from '../base/studio-element.js';
import { StudioStore } from '../model/store.js';
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

/**
 * The studio: header with undo and redo, the error summary, the section navigation and
 * the current section. Any element asks for another section (and a field in it) with a
 * `studio-navigate` event; the shell shows the section, lets it open the item (`reveal`),
 * and focuses the field.
 *
 * @fires studio-section - The shown section changed; detail { section }.
 */
export class BuurtStudio extends StudioElement {
  /** The section shown. */
  @state() section: SectionName = 'start';

  constructor() {
    super();
    this.store = new StudioStore();
    this.addEventListener('studio-navigate', (event) => {
      event.stopPropagation();
      void this.show(event.detail);
    });
    this.addEventListener('keydown', (event) => this.onKeydown(event));
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

  protected override render(): TemplateResult {
    const store = this.store!;
    const name = store.doc.publisher && typeof store.doc.publisher === 'object' ? (store.doc.publisher as { name?: unknown }).name : undefined;
    return html`<header class="studio-header">
        <div class="studio-header-title">
          <p class="studio-brand">Buurtkit studio</p>
          ${typeof name === 'string' && name ? html`<p class="studio-feed-name">${name}</p>` : nothing}
        </div>
        <div class="studio-header-actions">
          <button type="button" class="studio-button studio-button--secondary" ?disabled=${!store.canUndo} @click=${() => store.undo()}>Ongedaan maken</button>
          <button type="button" class="studio-button studio-button--secondary" ?disabled=${!store.canRedo} @click=${() => store.redo()}>Opnieuw doen</button>
        </div>
      </header>
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
        <main class="studio-main" id="studio-main">${this.section === 'start' ? nothing : this.summary()}${this.sectionTemplate()}</main>
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
        return html`<studio-start .store=${store}></studio-start>`;
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
