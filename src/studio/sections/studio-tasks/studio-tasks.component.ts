import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { fieldId, focusField } from '../../base/field-id.js';
import { checkboxGroup, localizedTextField, numberField, problemList, selectField, textField, type Choice } from '../../base/fields.js';
import { StudioElement } from '../../base/studio-element.js';
import { getAt } from '../../model/json-path.js';
import { duplicateOf, idsOf, isRecord, labelOf, listOf, searchPlaces, uniqueId } from '../../model/list-items.js';
import { removedNotice, restore, type Removed } from '../editor-parts/removed-notice.js';
import { languageChoices } from '../studio-place-editor/studio-place-editor.component.js';

/** Up to this many places the place of a task is a drop-down; above it, a code with suggestions. */
const SELECT_LIMIT = 300;
const SUGGESTIONS = 20;

const TASK_PATH = /^opportunities\[(\d+)\]/;

/** The optional questions of the sign-up form, as the editor reads them. */
const SIGNUP_FIELDS: ReadonlyArray<{ key: string; label: string }> = [
  { key: 'area', label: 'In welke buurt woon je?' },
  { key: 'talents', label: 'Wat kun je goed? (de talenten hieronder)' },
  { key: 'availability', label: 'Wanneer heb je tijd?' },
  { key: 'languages', label: 'Welke talen spreek je?' },
  { key: 'message', label: 'Wil je nog iets zeggen?' },
];

/**
 * Volunteer tasks (one at a time: title, place, what, when, talents, languages, minimum age,
 * contact, what happens next) and the settings of the sign-up form (where sign-ups go,
 * privacy, which questions, the talents to choose from).
 *
 * @summary Section "Vrijwilligerswerk" of the studio.
 */
export class StudioTasks extends StudioElement {
  /** Index of the task being edited; the list shows when undefined. */
  @state() private _open?: number;
  @state() private _removed?: Removed;
  @state() private _status = '';

  private get tasks(): readonly unknown[] {
    return listOf(this.store?.doc.opportunities);
  }

  override async reveal(path: string): Promise<void> {
    const match = TASK_PATH.exec(path);
    const index = match ? Number(match[1]) : undefined;
    this._open = index !== undefined && index < this.tasks.length ? index : undefined;
    await this.updateComplete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this._open !== undefined && this._open >= this.tasks.length) this._open = undefined;
  }

  private async open(index: number | undefined, focus?: string): Promise<void> {
    const from = this._open;
    this._open = index;
    await this.updateComplete;
    if (focus) focusField(this, focus);
    else if (index !== undefined) this.querySelector<HTMLElement>('#studio-tasks-title')?.focus();
    else this.querySelector<HTMLElement>(from === undefined ? '#studio-tasks-title' : `[data-task="${from}"]`)?.focus();
  }

  private async addTask(): Promise<void> {
    const store = this.store!;
    const list = store.doc.opportunities;
    const task = { id: uniqueId(idsOf(list), 'taak') };
    const index = Array.isArray(list) ? list.length : 0;
    if (Array.isArray(list)) store.insert('opportunities', index, task);
    else store.set('opportunities', [task]);
    this._removed = undefined;
    this._status = 'Nieuwe taak toegevoegd.';
    await this.open(index, `opportunities[${index}].title`);
  }

  private async duplicateTask(index: number): Promise<void> {
    const store = this.store!;
    store.insert('opportunities', index + 1, duplicateOf(this.tasks[index], idsOf(store.doc.opportunities), 'title'));
    this._removed = undefined;
    this._status = 'Kopie gemaakt.';
    await this.open(index + 1, `opportunities[${index + 1}].title`);
  }

  private async removeTask(index: number): Promise<void> {
    const store = this.store!;
    const value = this.tasks[index];
    this._removed = { listPath: 'opportunities', index, value, label: labelOf(value, 'title', `taak ${index + 1}`) };
    store.remove(`opportunities[${index}]`);
    this._status = '';
    this._open = undefined;
    await this.updateComplete;
    this.querySelector<HTMLElement>('.studio-restore')?.focus();
  }

  private async restoreItem(): Promise<void> {
    const removed = this._removed;
    if (!removed) return;
    const index = restore(this.store!, removed);
    this._removed = undefined;
    this._status = `${removed.label} staat er weer.`;
    if (removed.listPath === 'opportunities') await this.open(index);
    else {
      await this.updateComplete;
      focusField(this, `${removed.listPath}[${index}].label`);
    }
  }

  private async addTalent(): Promise<void> {
    const store = this.store!;
    const list = getAt(store.doc, 'signup.talents');
    const index = Array.isArray(list) ? list.length : 0;
    const talent = { id: uniqueId(idsOf(list), 'talent') };
    if (Array.isArray(list)) store.insert('signup.talents', index, talent);
    else store.set('signup.talents', [talent]);
    this._removed = undefined;
    await this.updateComplete;
    focusField(this, `signup.talents[${index}].label`);
  }

  private async removeTalent(index: number): Promise<void> {
    const store = this.store!;
    const value = listOf(getAt(store.doc, 'signup.talents'))[index];
    this._removed = { listPath: 'signup.talents', index, value, label: labelOf(value, 'label', `talent ${index + 1}`) };
    store.remove(`signup.talents[${index}]`);
    await this.updateComplete;
    this.querySelector<HTMLElement>('.studio-restore')?.focus();
  }

  /** The place of a task: a drop-down of the places, or with very many a code field with matching suggestions. */
  private placeTemplate(path: string): TemplateResult {
    const store = this.store!;
    const places = listOf(store.doc.places);
    const choices = (indexes: Iterable<number>): Choice[] =>
      [...indexes].flatMap((i) => {
        const place = places[i];
        return isRecord(place) && typeof place.id === 'string' && place.id ? [{ value: place.id, label: labelOf(place, 'name', place.id) }] : [];
      });
    if (places.length <= SELECT_LIMIT) {
      return selectField(store, path, 'Op welke plek?', choices(places.keys()), { emptyLabel: 'Geen vaste plek' });
    }
    const current = getAt(store.doc, path);
    const query = typeof current === 'string' ? current : '';
    const listId = `${fieldId(path)}-places`;
    return html`${textField(store, path, 'Op welke plek? (code van de plek)', {
        autocomplete: 'off',
        spellcheck: false,
        hint: 'Typ een deel van de naam of de code en kies uit de lijst.',
      })}
      <datalist id=${listId}>
        ${choices(searchPlaces(places, query, SUGGESTIONS).indexes).map((choice) => html`<option value=${choice.value}>${choice.label}</option>`)}
      </datalist>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // textField has no list option: tie the suggestions to the place field here.
    for (const list of this.querySelectorAll('datalist[id$="-places"]')) {
      const input = this.querySelector<HTMLInputElement>(`#${CSS.escape(list.id.replace(/-places$/, ''))}`);
      input?.setAttribute('list', list.id);
    }
  }

  private skillChoices(current: unknown): Choice[] {
    const store = this.store!;
    const choices: Choice[] = listOf(getAt(store.doc, 'signup.talents')).flatMap((talent) =>
      isRecord(talent) && typeof talent.id === 'string' && talent.id ? [{ value: talent.id, label: labelOf(talent, 'label', talent.id) }] : [],
    );
    for (const skill of listOf(current)) if (typeof skill === 'string' && !choices.some((c) => c.value === skill)) choices.push({ value: skill, label: skill });
    return choices;
  }

  private editorTemplate(index: number): TemplateResult {
    const store = this.store!;
    const path = `opportunities[${index}]`;
    const task = this.tasks[index];
    const title = labelOf(task, 'title', 'Nieuwe taak');
    const skills = this.skillChoices(getAt(store.doc, `${path}.skills`));
    return html`<button type="button" class="studio-button studio-button--secondary studio-tasks-back" @click=${() => void this.open(undefined)}>
        Terug naar alle taken
      </button>
      <h2 id="studio-tasks-title" tabindex="-1">${title}</h2>
      <div class="studio-button-group">
        <button type="button" class="studio-button studio-button--secondary" @click=${() => void this.duplicateTask(index)}>
          Dupliceer<span class="studio-visually-hidden"> ${title}</span>
        </button>
        <button type="button" class="studio-button studio-button--warning" @click=${() => void this.removeTask(index)}>
          Haal weg<span class="studio-visually-hidden">: ${title}</span>
        </button>
      </div>
      ${problemList(`${fieldId(path)}-own`, store.problemsAt(path))}
      ${isRecord(task)
        ? html`<div class="studio-tasks-form" id=${fieldId(path)}>
            ${localizedTextField(store, `${path}.title`, 'Wat is de taak?', { required: true, hint: 'Kort, bijvoorbeeld: Voorlezen aan peuters' })}
            ${this.placeTemplate(`${path}.place`)}
            ${localizedTextField(store, `${path}.description`, 'Wat ga je doen?', { multiline: true, hint: 'Een paar korte zinnen.' })}
            ${localizedTextField(store, `${path}.when`, 'Wanneer?', { hint: 'Bijvoorbeeld: Elke woensdagmiddag' })}
            ${skills.length
              ? checkboxGroup(store, `${path}.skills`, 'Welke talenten passen erbij?', skills)
              : html`<p class="studio-hint">Talenten kies je hier zodra ze bij "Aanmelden" staan.</p>`}
            ${checkboxGroup(store, `${path}.languages`, 'In welke talen kan het?', languageChoices(getAt(store.doc, `${path}.languages`)))}
            ${numberField(store, `${path}.minAge`, 'Vanaf welke leeftijd?', { class: 'studio-field--short', hint: 'In jaren' })}
            <fieldset class="studio-item" id=${fieldId(`${path}.contact`)}>
              <legend class="studio-legend">Wie neemt contact op met de vrijwilliger?</legend>
              ${problemList(fieldId(`${path}.contact`), store.problemsAt(`${path}.contact`))}
              ${textField(store, `${path}.contact.name`, 'Naam', { autocomplete: 'off' })}
              ${textField(store, `${path}.contact.phone`, 'Telefoon', { type: 'tel', autocomplete: 'off' })}
              ${textField(store, `${path}.contact.email`, 'E-mail', { type: 'email', autocomplete: 'off', spellcheck: false })}
            </fieldset>
            ${localizedTextField(store, `${path}.followUp`, 'Wat gebeurt er na het aanmelden?', {
              multiline: true,
              hint: 'Bijvoorbeeld: De Kruimel belt je binnen een week.',
            })}
            ${textField(store, `${path}.id`, 'Code van de taak', {
              required: true,
              autocomplete: 'off',
              spellcheck: false,
              hint: 'Links gebruiken deze code. Verander hem liever niet.',
            })}
          </div>`
        : html`<p>Dit is geen taak: er staat iets anders in de lijst.</p>`}`;
  }

  private signupFieldsTemplate(): TemplateResult {
    const store = this.store!;
    const id = fieldId('signup.fields');
    const problems = store.problemsAt('signup.fields', { deep: true });
    return html`<fieldset class="studio-fieldset studio-field" id=${id}>
      <legend class="studio-legend">Welke vragen staan er nog op het formulier?</legend>
      <div class="studio-hint">Naam en e-mail of telefoon vraagt het formulier altijd.</div>
      ${problemList(id, problems)}
      <div class="studio-checkboxes">
        ${SIGNUP_FIELDS.map(
          ({ key, label }) => html`<div class="studio-checkbox">
            <input
              type="checkbox"
              id=${fieldId(`signup.fields.${key}`)}
              .checked=${live(getAt(store.doc, `signup.fields.${key}`) === true)}
              @change=${(event: Event) => store.set(`signup.fields.${key}`, (event.target as HTMLInputElement).checked || undefined)}
            />
            <label for=${fieldId(`signup.fields.${key}`)}>${label}</label>
          </div>`,
        )}
      </div>
    </fieldset>`;
  }

  private signupTemplate(): TemplateResult {
    const store = this.store!;
    const talents = listOf(getAt(store.doc, 'signup.talents'));
    return html`<h3 id="studio-tasks-signup">Aanmelden</h3>
      <p class="studio-hint">Waar de aanmeldingen heen gaan en wat er met de gegevens gebeurt.</p>
      ${problemList(`${fieldId('signup')}-own`, store.problemsAt('signup'))}
      <div id=${fieldId('signup')}>
        ${textField(store, 'signup.action', 'Adres dat de aanmeldingen ontvangt', {
          type: 'url',
          autocomplete: 'off',
          spellcheck: false,
          hint: 'Een https-adres van jullie eigen website. Vraag het aan wie de website maakt.',
        })}
        ${textField(store, 'signup.email', 'Of: e-mail voor aanmeldingen', {
          type: 'email',
          autocomplete: 'off',
          spellcheck: false,
          hint: 'Als er geen adres hierboven is, opent het formulier een e-mail aan dit adres.',
        })}
        ${localizedTextField(store, 'signup.privacyText', 'Wat gebeurt er met de gegevens?', {
          multiline: true,
          hint: 'Een of twee gewone zinnen. Bijvoorbeeld: We gebruiken je gegevens alleen om je te bellen over de taak.',
        })}
        ${textField(store, 'signup.privacyUrl', 'Link naar de privacyverklaring', { type: 'url', autocomplete: 'off', spellcheck: false })}
        ${this.signupFieldsTemplate()}
        <h4>Talenten om uit te kiezen</h4>
        ${problemList(fieldId('signup.talents'), store.problemsAt('signup.talents'))}
        ${talents.map((talent, index) => {
          const path = `signup.talents[${index}]`;
          const label = labelOf(talent, 'label', `Talent ${index + 1}`);
          return html`<fieldset class="studio-item" id=${fieldId(path)}>
            <legend class="studio-legend">${label}</legend>
            ${problemList(`${fieldId(path)}-own`, store.problemsAt(path))}
            ${isRecord(talent)
              ? html`${localizedTextField(store, `${path}.label`, 'Talent', { required: true, hint: 'Bijvoorbeeld: Voorlezen, Knutselen, Koken' })}
                ${textField(store, `${path}.id`, 'Code van het talent', { required: true, autocomplete: 'off', spellcheck: false })}`
              : html`<p>Dit is geen talent: er staat iets anders in de lijst.</p>`}
            <button type="button" class="studio-button studio-button--warning" @click=${() => void this.removeTalent(index)}>
              Haal weg<span class="studio-visually-hidden">: ${label}</span>
            </button>
          </fieldset>`;
        })}
        <button type="button" class="studio-button studio-button--secondary" @click=${() => void this.addTalent()}>Talent toevoegen</button>
      </div>`;
  }

  private listTemplate(): TemplateResult {
    const store = this.store!;
    const raw = store.doc.opportunities;
    const tasks = this.tasks;
    return html`<h2 id="studio-tasks-title" tabindex="-1">Vrijwilligerswerk</h2>
      <p class="studio-section-intro">Taken waarvoor bewoners zich kunnen aanmelden, en hoe het aanmelden werkt.</p>
      ${removedNotice(this._removed, () => void this.restoreItem())}
      ${problemList(fieldId('opportunities'), store.problemsAt('opportunities'))}
      ${raw !== undefined && !Array.isArray(raw)
        ? html`<p class="studio-notice studio-notice--error" id=${fieldId('opportunities')}>
            De lijst met taken in dit bestand is geen lijst. Als je een taak toevoegt, komt er een nieuwe lijst voor in de plaats.
          </p>`
        : nothing}
      <h3>Taken</h3>
      ${tasks.length
        ? html`<ul class="studio-item-list" role="list">
            ${tasks.map(
              (task, index) => html`<li>
                <button type="button" class="studio-item-row studio-tasks-row" data-task=${index} @click=${() => void this.open(index)}>
                  ${labelOf(task, 'title', `Taak ${index + 1} (zonder titel)`)}
                </button>
              </li>`,
            )}
          </ul>`
        : html`<p>Er zijn nog geen taken.</p>`}
      <button type="button" class="studio-button studio-tasks-add" @click=${() => void this.addTask()}>Taak toevoegen</button>
      ${this.signupTemplate()}`;
  }

  protected override render(): TemplateResult {
    return html`<section class="studio-tasks" aria-labelledby="studio-tasks-title">
      ${this.store ? (this._open === undefined ? this.listTemplate() : this.editorTemplate(this._open)) : nothing}
      <p class="studio-visually-hidden" role="status">${this._status}</p>
    </section>`;
  }
}
