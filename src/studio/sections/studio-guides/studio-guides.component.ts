import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isObject } from '../../../feed/validate/context.js';
import { fieldId, focusField } from '../../base/field-id.js';
import { localizedTextField, problemList, selectField, textField, type Choice } from '../../base/fields.js';
import { StudioElement } from '../../base/studio-element.js';
import { analyzeGuide, placeIds, type GuideAnalysis } from '../../model/guide-paths.js';
import { getAt, type JsonObject } from '../../model/json-path.js';
import { textOf } from '../../model/list-items.js';
import { emergencyLines } from './emergency-lines.js';
import { placePicker, type PickerHost } from './place-picker.js';
import { addGuide, addStep, listAt, type StepType } from './guide-edits.js';
import { issueMessage, issueTarget, legWords, typeWord } from './guide-words.js';

const GUIDE_PATH = /^guides\[(\d+)\]/;

/** A LocalizedText of the draft as one trimmed line of Dutch. */
function lineOf(value: unknown): string {
  return textOf(value).trim();
}

/** A button whose visible word ("Omhoog") gets the rest of its name ("stap 2") for screen readers. */
function smallButton(id: string, word: string, context: string, onClick: () => void, options: { disabled?: boolean; warning?: boolean } = {}): TemplateResult {
  return html`<button
    type="button"
    class="studio-button studio-button--secondary studio-guides-small ${options.warning ? 'studio-guides-remove' : ''}"
    id=${id}
    ?disabled=${options.disabled ?? false}
    @click=${onClick}
  >
    ${word}<span class="studio-visually-hidden"> ${context}</span>
  </button>`;
}

/**
 * The guides ("wegwijzers"): a list of guides, one open guide with its steps as a list
 * (questions with choices, advice with actions and contacts), the fixed 112 and Veilig Thuis
 * lines, and an overview of every path from the first question to its advice with the
 * loops, dead ends, unreachable steps and advice without a contact as problems that move
 * focus to the step or choice concerned. Every edit goes through the store.
 */
export class StudioGuides extends StudioElement {
  /** Index of the guide being edited. */
  @state() private _open = 0;
  @state() private _newTitle = '';
  @state() private _newIntro = '';
  @state() private _newTitleMissing = false;

  /** Emergency wording fields emptied just now (the feed keeps the old text meanwhile). */
  private readonly _emptied = new Set<string>();

  private _analysis?: { guide: unknown; places: unknown; index: number; ids: ReadonlySet<string>; result: GuideAnalysis };

  /** What the editor typed in each place search field (big feeds), by path. */
  private readonly _queries = new Map<string, string>();

  override async reveal(path: string): Promise<void> {
    const match = GUIDE_PATH.exec(path);
    if (match) this._open = Number(match[1]);
    await this.updateComplete;
  }

  /** Focus to the field of `path` (or its nearest ancestor with a field) once rendered. */
  private async _focus(path: string): Promise<void> {
    await this.updateComplete;
    focusField(this, path);
  }

  private get _guides(): readonly unknown[] {
    return listAt(this.store?.doc, 'guides');
  }

  private _analyse(guide: unknown, index: number): GuideAnalysis {
    const places = getAt(this.store!.doc, 'places');
    const cached = this._analysis;
    if (cached && cached.guide === guide && cached.places === places && cached.index === index) return cached.result;
    // The place ids change only with the places list; typing in a guide must not re-read 10,000 places.
    const ids = cached && cached.places === places ? cached.ids : placeIds(this.store!.doc);
    const result = analyzeGuide(guide, { index, places: ids });
    this._analysis = { guide, places, index, ids, result };
    return result;
  }

  private _addGuide(event: Event): void {
    event.preventDefault();
    const store = this.store!;
    if (this._newTitle.trim() === '') {
      this._newTitleMissing = true;
      void this._focusById('studio-guides-new-title');
      return;
    }
    const { doc, index } = addGuide(store.doc, this._newTitle, this._newIntro);
    store.replace(doc);
    this._open = index;
    this._newTitle = '';
    this._newIntro = '';
    this._newTitleMissing = false;
    void this._focus(`guides[${index}].steps[0].text`);
  }

  private async _focusById(id: string): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  }

  private _addStep(guidePath: string, type: StepType, choicePath?: string): void {
    const store = this.store!;
    const { doc, index } = addStep(store.doc, guidePath, type, choicePath);
    store.replace(doc);
    void this._focus(`${guidePath}.steps[${index}].${type === 'question' ? 'text' : 'title'}`);
  }

  /** Adds `value` at the end of the list at `listPath`; a value there that is no list is replaced (undo brings it back). */
  private _append(listPath: string, value: unknown): number {
    const store = this.store!;
    const list = getAt(store.doc, listPath);
    if (Array.isArray(list)) store.insert(listPath, list.length, value);
    else store.set(listPath, [value]);
    return Array.isArray(list) ? list.length : 0;
  }

  /** Moves entry `from` of a list one place up or down; focus stays on the same button of the moved entry. */
  private _move(listPath: string, from: number, by: -1 | 1, button: 'up' | 'down'): void {
    const to = from + by;
    const length = listAt(this.store!.doc, listPath).length;
    if (to < 0 || to >= length) return;
    this.store!.move(listPath, from, to);
    const edge = (button === 'up' && to === 0) || (button === 'down' && to === length - 1);
    // At the top or bottom that button is disabled: the other one keeps focus in the entry.
    void this._focusById(`${fieldId(`${listPath}[${to}]`)}-${edge ? (button === 'up' ? 'down' : 'up') : button}`);
  }

  /** Removes entry `index` of a list; focus goes to the entry that took its place, else the list's add button. */
  private _remove(listPath: string, index: number): void {
    this.store!.remove(`${listPath}[${index}]`);
    const length = listAt(this.store!.doc, listPath).length;
    if (length === 0) void this._focus(listPath);
    else void this._focusById(`${fieldId(`${listPath}[${Math.min(index, length - 1)}]`)}-remove`);
  }

  /** Up, down and remove for entry `index` of a list; `noun` names the entry on the button ("Keuze omhoog"). */
  private _moveButtons(listPath: string, index: number, length: number, noun: string, context: string): TemplateResult {
    const id = fieldId(`${listPath}[${index}]`);
    return html`<div class="studio-guides-tools">
      ${smallButton(`${id}-up`, `${noun} omhoog`, context, () => this._move(listPath, index, -1, 'up'), { disabled: index === 0 })}
      ${smallButton(`${id}-down`, `${noun} omlaag`, context, () => this._move(listPath, index, 1, 'down'), { disabled: index === length - 1 })}
      ${smallButton(`${id}-remove`, `${noun} verwijderen`, context, () => this._remove(listPath, index), { warning: true })}
    </div>`;
  }

  /** The check's problems about a list or an item as a whole (no field of its own shows them). */
  private _problemsAt(path: string): TemplateResult | typeof nothing {
    return problemList(fieldId(path), this.store!.problemsAt(path));
  }

  private _stepChoices(analysis: GuideAnalysis): Choice[] {
    return analysis.steps
      .filter((step) => step.id !== '')
      .map((step) => ({ value: step.id, label: `Stap ${step.index + 1} (${typeWord(step)}): ${step.label || 'nog zonder tekst'}` }));
  }

  private _choices(stepPath: string, stepNumber: number, isAdvice: boolean, analysis: GuideAnalysis, guidePath: string): TemplateResult {
    const store = this.store!;
    const listPath = `${stepPath}.choices`;
    const choices = listAt(store.doc, listPath);
    const steps = this._stepChoices(analysis);
    const titleId = `${fieldId(listPath)}-title`;
    return html`<div class="studio-guides-choices" role="group" aria-labelledby=${titleId}>
      <h5 id=${titleId}>${isAdvice ? 'Verder na dit advies' : 'Keuzes'}</h5>
      ${this._problemsAt(listPath)}
      ${isAdvice
        ? html`<p class="studio-hint">Mag leeg blijven. Bijvoorbeeld: “Ik wil nog iets anders weten” gaat terug naar de eerste vraag.</p>`
        : nothing}
      <ol class="studio-guides-choice-list">
        ${choices.map((_, index) => {
          const path = `${listPath}[${index}]`;
          const context = `keuze ${index + 1} van stap ${stepNumber}`;
          return html`<li class="studio-guides-choice" id=${fieldId(path)}>
            ${this._problemsAt(path)}
            ${localizedTextField(store, `${path}.label`, `Keuze ${index + 1}`, { required: true })}
            ${selectField(store, `${path}.next`, `Keuze ${index + 1} gaat naar`, steps, { emptyLabel: 'Kies een stap…' })}
            <div class="studio-guides-tools">
              ${smallButton(`${fieldId(path)}-new-question`, 'Naar een nieuwe vraag', `(${context})`, () => this._addStep(guidePath, 'question', path))}
              ${smallButton(`${fieldId(path)}-new-advice`, 'Naar een nieuw advies', `(${context})`, () => this._addStep(guidePath, 'advice', path))}
            </div>
            ${this._moveButtons(listPath, index, choices.length, 'Keuze', `(${context})`)}
          </li>`;
        })}
      </ol>
      <button
        type="button"
        class="studio-button studio-button--secondary"
        id=${fieldId(listPath)}
        @click=${() => {
          const added = this._append(listPath, { label: '', next: '' });
          void this._focus(`${listPath}[${added}].label`);
        }}
      >
        Keuze toevoegen<span class="studio-visually-hidden"> bij stap ${stepNumber}</span>
      </button>
    </div>`;
  }

  private _actions(stepPath: string, stepNumber: number): TemplateResult {
    const store = this.store!;
    const listPath = `${stepPath}.actions`;
    const actions = listAt(store.doc, listPath);
    const titleId = `${fieldId(listPath)}-title`;
    return html`<div class="studio-guides-actions" role="group" aria-labelledby=${titleId}>
      <h5 id=${titleId}>Wat kan de bezoeker doen?</h5>
      ${this._problemsAt(listPath)}
      <p class="studio-hint">Korte zinnen, in de volgorde waarin de bezoeker ze doet.</p>
      <ol class="studio-guides-action-list">
        ${actions.map(
          (_, index) => html`<li id=${fieldId(`${listPath}[${index}]`)}>
            ${localizedTextField(store, `${listPath}[${index}]`, `Actie ${index + 1}`)}
            ${this._moveButtons(listPath, index, actions.length, 'Actie', `(actie ${index + 1} van stap ${stepNumber})`)}
          </li>`,
        )}
      </ol>
      <button
        type="button"
        class="studio-button studio-button--secondary"
        id="${fieldId(listPath)}-add"
        @click=${() => {
          const added = this._append(listPath, '');
          void this._focus(`${listPath}[${added}]`);
        }}
      >
        Actie toevoegen<span class="studio-visually-hidden"> bij stap ${stepNumber}</span>
      </button>
    </div>`;
  }

  private _contacts(stepPath: string, stepNumber: number): TemplateResult {
    const store = this.store!;
    const listPath = `${stepPath}.contacts`;
    const contacts = listAt(store.doc, listPath);
    const titleId = `${fieldId(listPath)}-title`;
    const picker: PickerHost = { store, queries: this._queries, requestUpdate: () => this.requestUpdate(), focusPath: (path) => void this._focus(path) };
    const add = (contact: JsonObject, focus: string) => {
      const added = this._append(listPath, contact);
      void this._focus(`${listPath}[${added}].${focus}`);
    };
    return html`<div class="studio-guides-contacts" role="group" aria-labelledby=${titleId}>
      <h5 id=${titleId}>Bij wie kan de bezoeker terecht?</h5>
      ${this._problemsAt(listPath)}
      <ul class="studio-guides-contact-list" role="list">
        ${contacts.map((contact, index) => {
          const path = `${listPath}[${index}]`;
          const raw = isObject(contact) ? contact : {};
          const isPlace = raw['type'] === 'place' || (raw['type'] === undefined && raw['place'] !== undefined);
          const context = `contact ${index + 1} van stap ${stepNumber}`;
          return html`<li class="studio-guides-contact" id=${fieldId(path)}>
            ${this._problemsAt(path)}
            ${isPlace
              ? html`${placePicker(picker, `${path}.place`, `Contact ${index + 1}: plek op de kaart`)}
                ${localizedTextField(store, `${path}.note`, 'Opmerking (mag leeg)')}`
              : html`${localizedTextField(store, `${path}.name`, `Contact ${index + 1}: naam`, { required: true })}
                ${textField(store, `${path}.phone`, 'Telefoon', { type: 'tel', autocomplete: 'off' })}
                ${textField(store, `${path}.email`, 'E-mail', { type: 'email', autocomplete: 'off' })}
                ${textField(store, `${path}.website`, 'Website', { type: 'url', autocomplete: 'off' })}`}
            ${this._moveButtons(listPath, index, contacts.length, 'Contact', `(${context})`)}
          </li>`;
        })}
      </ul>
      <div class="studio-button-group">
        <button type="button" class="studio-button studio-button--secondary" id=${fieldId(listPath)} @click=${() => add({ type: 'place', place: '' }, 'place')}>
          Plek van de kaart toevoegen<span class="studio-visually-hidden"> bij stap ${stepNumber}</span>
        </button>
        <button type="button" class="studio-button studio-button--secondary" id="${fieldId(listPath)}-inline" @click=${() => add({ type: 'inline', name: '' }, 'name')}>
          Persoon of dienst toevoegen<span class="studio-visually-hidden"> bij stap ${stepNumber}</span>
        </button>
      </div>
    </div>`;
  }

  private _step(guidePath: string, index: number, length: number, analysis: GuideAnalysis): TemplateResult {
    const store = this.store!;
    const path = `${guidePath}.steps[${index}]`;
    const summary = analysis.steps[index]!;
    const number = index + 1;
    const headingId = `${fieldId(path)}-title`;
    const isStart = analysis.start === index;
    let body: TemplateResult;
    if (summary.type === 'question') {
      body = html`${localizedTextField(store, `${path}.text`, 'Vraag', { required: true })}
      ${localizedTextField(store, `${path}.help`, 'Uitleg bij de vraag (mag leeg)', { multiline: true })}
      ${this._choices(path, number, false, analysis, guidePath)}`;
    } else if (summary.type === 'advice') {
      body = html`${localizedTextField(store, `${path}.title`, 'Titel van het advies', { required: true })}
      ${localizedTextField(store, `${path}.text`, 'Uitleg (mag leeg)', { multiline: true })} ${this._actions(path, number)}
      ${this._contacts(path, number)} ${this._choices(path, number, true, analysis, guidePath)}`;
    } else {
      body = html`<p class="studio-notice studio-notice--error">
        Deze stap is geen vraag en geen advies. Een bezoeker ziet hem niet. Haal hem weg en maak een nieuwe stap.
      </p>`;
    }
    return html`<li class="studio-guides-step studio-guides-step--${summary.type}">
      <div role="group" aria-labelledby=${headingId} id=${fieldId(path)}>
        <h4 class="studio-guides-step-title" id=${headingId}>
          Stap ${number}: ${typeWord(summary)}${isStart ? html` <span class="studio-guides-badge">eerste stap</span>` : nothing}
        </h4>
        ${this._problemsAt(path)} ${body} ${this._moveButtons(`${guidePath}.steps`, index, length, 'Stap', `(stap ${number})`)}
      </div>
    </li>`;
  }

  private _overview(guide: unknown, analysis: GuideAnalysis): TemplateResult {
    const count = analysis.paths.length;
    const problems = analysis.issues;
    return html`<section class="studio-guides-overview" aria-labelledby="studio-guides-overview-title" id="studio-guides-overview">
      <h4 id="studio-guides-overview-title">Alle wegen door de wegwijzer</h4>
      ${problems.length > 0
        ? html`<div class="studio-guides-problems" role="group" aria-labelledby="studio-guides-problems-title">
            <h5 id="studio-guides-problems-title">${problems.length === 1 ? '1 ding klopt nog niet' : `${problems.length} dingen kloppen nog niet`}</h5>
            <ul class="studio-guides-problem-list" role="list">
              ${problems.map((issue) => {
                const target = issueTarget(issue);
                return html`<li class="studio-guides-problem studio-guides-problem--${issue.kind}">
                  <a
                    href="#${fieldId(target)}"
                    @click=${(event: Event) => {
                      event.preventDefault();
                      void this._focus(target);
                    }}
                    >${issueMessage(issue, analysis, guide)}</a
                  >
                </li>`;
              })}
            </ul>
          </div>`
        : html`<p class="studio-guides-ok">Geen rondjes, geen doodlopende keuzes, en bij elk advies staat een contact.</p>`}
      <p>
        ${count === 0
          ? 'Er is nog geen weg van de eerste vraag naar een advies.'
          : analysis.truncated
            ? `Er zijn meer dan ${count} wegen. We tonen de eerste ${count}.`
            : count === 1
              ? 'Er is 1 weg van de eerste vraag naar een advies:'
              : `Er zijn ${count} wegen van de eerste vraag naar een advies:`}
      </p>
      ${count > 0
        ? html`<ol class="studio-guides-paths">
            ${analysis.paths.map(
              (path) => html`<li class="studio-guides-path">
                ${path.legs
                  .flatMap((leg) => legWords(analysis, guide, leg.step, leg.choice))
                  .map(
                    (words, index) =>
                      html`${index > 0 ? html`<span aria-hidden="true"> → </span><span class="studio-visually-hidden">, dan </span>` : nothing}<span
                          class="studio-guides-leg"
                          >${words}</span
                        >`,
                  )}
              </li>`,
            )}
          </ol>`
        : nothing}
      <p class="studio-hint">Een keuze bij een advies die teruggaat naar een vraag (“Ik wil nog iets anders weten”) is geen rondje.</p>
    </section>`;
  }

  private _guide(index: number): TemplateResult {
    const store = this.store!;
    const guide = this._guides[index];
    const guidePath = `guides[${index}]`;
    const analysis = this._analyse(guide, index);
    const steps = listAt(store.doc, `${guidePath}.steps`);
    const title = lineOf(getAt(guide, 'title'));
    const problemCount = analysis.issues.length;
    return html`<section class="studio-guides-editor" aria-labelledby="studio-guides-editor-title" id=${fieldId(guidePath)}>
      <h3 id="studio-guides-editor-title" tabindex="-1">Wegwijzer: ${title || '(nog zonder titel)'}</h3>
      ${this._problemsAt(guidePath)}
      <p>
        <a
          href="#studio-guides-overview"
          @click=${(event: Event) => {
            event.preventDefault();
            void this._focusById('studio-guides-overview-title');
          }}
          >Naar het overzicht van alle wegen${problemCount ? ` (${problemCount === 1 ? '1 ding klopt' : `${problemCount} dingen kloppen`} nog niet)` : ''}</a
        >
      </p>
      ${localizedTextField(store, `${guidePath}.title`, 'Titel', { required: true })}
      ${localizedTextField(store, `${guidePath}.intro`, 'Korte uitleg bovenaan (mag leeg)', { multiline: true })}
      ${textField(store, `${guidePath}.id`, 'Code van de wegwijzer', {
        required: true,
        hint: 'Hiermee zet je deze wegwijzer op je website. Alleen kleine letters, cijfers en streepjes.',
        spellcheck: false,
        autocomplete: 'off',
      })}
      ${emergencyLines(
        {
          store,
          emptied: this._emptied,
          requestUpdate: () => this.requestUpdate(),
          focusPath: (path) => void this._focus(path),
        },
        guidePath,
      )}
      ${selectField(store, `${guidePath}.start`, 'De wegwijzer begint bij', this._stepChoices(analysis), {
        emptyLabel: 'Kies de eerste stap…',
        hint: 'Meestal de eerste vraag.',
      })}
      <h4 id="studio-guides-steps-title">Stappen</h4>
      ${this._problemsAt(`${guidePath}.steps`)}
      <ol class="studio-guides-steps" aria-labelledby="studio-guides-steps-title">
        ${steps.map((_, stepIndex) => this._step(guidePath, stepIndex, steps.length, analysis))}
      </ol>
      <div class="studio-button-group">
        <button type="button" class="studio-button" id=${fieldId(`${guidePath}.steps`)} @click=${() => this._addStep(guidePath, 'question')}>Vraag toevoegen</button>
        <button type="button" class="studio-button" id="${fieldId(`${guidePath}.steps`)}-advice" @click=${() => this._addStep(guidePath, 'advice')}>
          Advies toevoegen
        </button>
      </div>
      ${this._overview(guide, analysis)}
      <div class="studio-button-group">
        <button
          type="button"
          class="studio-button studio-button--warning"
          id="${fieldId(guidePath)}-remove"
          @click=${() => {
            store.remove(guidePath);
            this._open = Math.max(0, index - 1);
            void this._focusById('studio-guides-title');
          }}
        >
          Wegwijzer verwijderen<span class="studio-visually-hidden"> (${title || 'zonder titel'})</span>
        </button>
      </div>
    </section>`;
  }

  private _addForm(): TemplateResult {
    const error = this._newTitleMissing;
    return html`<form class="studio-guides-new" aria-labelledby="studio-guides-new-title-heading" novalidate @submit=${this._addGuide}>
      <h3 id="studio-guides-new-title-heading">Nieuwe wegwijzer</h3>
      <p class="studio-hint">Een nieuwe wegwijzer begint met één vraag en één advies. Die vul je daarna in.</p>
      <div class="studio-field ${error ? 'studio-field--error' : ''}">
        <label class="studio-label" for="studio-guides-new-title">Titel <span class="studio-required">(verplicht)</span></label>
        <div class="studio-hint" id="studio-guides-new-title-hint">Bijvoorbeeld: Ik maak me zorgen over een kind</div>
        ${error
          ? html`<p class="studio-field-problem studio-field-problem--error" id="studio-guides-new-title-error">
              <span class="studio-visually-hidden">Fout: </span>Vul een titel in.
            </p>`
          : nothing}
        <input
          class="studio-input"
          id="studio-guides-new-title"
          type="text"
          aria-describedby="studio-guides-new-title-hint${error ? ' studio-guides-new-title-error' : ''}"
          aria-invalid=${error ? 'true' : 'false'}
          .value=${this._newTitle}
          @input=${(event: Event) => (this._newTitle = (event.target as HTMLInputElement).value)}
        />
      </div>
      <div class="studio-field">
        <label class="studio-label" for="studio-guides-new-intro">Korte uitleg (mag leeg)</label>
        <textarea
          class="studio-textarea"
          id="studio-guides-new-intro"
          rows="2"
          .value=${this._newIntro}
          @input=${(event: Event) => (this._newIntro = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <button type="submit" class="studio-button">Wegwijzer toevoegen</button>
    </form>`;
  }

  protected override render(): TemplateResult {
    const guides = this._guides;
    const open = Math.min(this._open, guides.length - 1);
    return html`<section class="studio-guides" aria-labelledby="studio-guides-title">
      <h2 id="studio-guides-title" tabindex="-1">Wegwijzers</h2>
      <p>
        Een wegwijzer helpt een bewoner stap voor stap: vragen met keuzes, en aan het eind een advies met wie hij kan bellen of waar hij
        binnen kan lopen.
      </p>
      ${guides.length === 0
        ? html`<p>Er is nog geen wegwijzer.</p>`
        : html`<h3 id="studio-guides-list-title">Je wegwijzers</h3>
            <ul class="studio-guides-list" role="list" aria-labelledby="studio-guides-list-title">
              ${guides.map(
                (guide, index) => html`<li>
                  <button
                    type="button"
                    class="studio-guides-list-item"
                    aria-current=${index === open ? 'true' : 'false'}
                    @click=${() => {
                      this._open = index;
                      void this._focusById('studio-guides-editor-title');
                    }}
                  >
                    ${lineOf(getAt(guide, 'title')) || '(nog zonder titel)'}
                  </button>
                </li>`,
              )}
            </ul>`}
      ${open >= 0 ? this._guide(open) : nothing} ${this._addForm()}
    </section>`;
  }
}
