import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AudienceGroup, PlaceKind } from '../../../feed/types.js';
import { fieldId, focusField } from '../../base/field-id.js';
import {
  checkboxGroup,
  dateField,
  localizedTextField,
  numberField,
  problemList,
  textField,
  type Choice,
} from '../../base/fields.js';
import { navigate, StudioElement } from '../../base/studio-element.js';
import { getAt } from '../../model/json-path.js';
import { todayInAmsterdam } from '../../model/hours-grid.js';
import { isRecord, labelOf, listOf } from '../../model/list-items.js';
import { removedNotice, restore, type Removed } from '../editor-parts/removed-notice.js';
import '../studio-hours/studio-hours.js';
import '../studio-location/studio-location.js';

/** The study's three kinds, in the words an editor uses. */
export const KIND_CHOICES: ReadonlyArray<Choice & { value: PlaceKind; hint: string }> = [
  { value: 'informal-initiative', label: 'Initiatief van bewoners', hint: 'Bijvoorbeeld een koffie-inloop of een moedergroep.' },
  { value: 'volunteer-organisation', label: 'Vrijwilligersorganisatie', hint: 'Bijvoorbeeld Home-Start of een taalmaatje.' },
  { value: 'professional-service', label: 'Professionele hulp', hint: 'Bijvoorbeeld het CJG, het wijkteam of de huisarts.' },
];

export const GROUP_CHOICES: ReadonlyArray<Choice & { value: AudienceGroup }> = [
  { value: 'parents', label: 'Ouders' },
  { value: 'children', label: 'Kinderen' },
  { value: 'youth', label: 'Jongeren' },
  { value: 'everyone', label: 'Iedereen' },
];

/** Languages spoken in Dutch neighbourhoods, offered first; any other code in the feed is added. */
const COMMON_LANGUAGES = ['nl', 'en', 'ar', 'tr', 'ber', 'pl', 'uk', 'so', 'ti', 'fa', 'prs', 'pap', 'fr', 'de', 'es', 'zh'];

let languageNames: Intl.DisplayNames | undefined;
function languageName(code: string): string {
  try {
    languageNames ??= new Intl.DisplayNames(['nl'], { type: 'language' });
    const name = languageNames.of(code);
    return name && name !== code ? name.charAt(0).toUpperCase() + name.slice(1) : code;
  } catch {
    return code;
  }
}

/** The common languages, then every other code the list holds, so none is hidden. */
export function languageChoices(current: unknown): Choice[] {
  const codes = [...COMMON_LANGUAGES];
  for (const code of listOf(current)) if (typeof code === 'string' && !codes.includes(code)) codes.push(code);
  return codes.map((code) => ({ value: code, label: languageName(code) }));
}

/** Choices from a list of the feed (categories, areas): id → its label. */
export function referenceChoices(list: unknown, labelKey: string): Choice[] {
  return listOf(list).flatMap((entry) =>
    isRecord(entry) && typeof entry.id === 'string' && entry.id ? [{ value: entry.id, label: labelOf(entry, labelKey, entry.id) }] : [],
  );
}

/**
 * Every field of one place: name, kind, categories, areas, description, address, place on
 * the map, contact, languages, who it is for, opening hours with exceptions, accessibility
 * and "vandaag gecontroleerd". Each writes through the store at the place's own path.
 *
 * @summary The editor of `places[index]`.
 */
export class StudioPlaceEditor extends StudioElement {
  /** Index of the place in the raw `places` list. */
  @property({ type: Number }) index = 0;

  /** The last removed activity, for "Zet terug". */
  @state() private _removed?: Removed;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The same editor is handed another place: what was removed belonged to the last one.
    if (changed.has('index')) this._removed = undefined;
  }

  private get path(): string {
    return `places[${this.index}]`;
  }

  private kindTemplate(): TemplateResult {
    const store = this.store!;
    const path = `${this.path}.kind`;
    const id = fieldId(path);
    const current = getAt(store.doc, path);
    const problems = store.problemsAt(path);
    const error = problems.some((problem) => problem.severity === 'error');
    return html`<fieldset class="studio-fieldset studio-field ${error ? 'studio-field--error' : ''}" aria-describedby=${problems.length ? `${id}-problems` : nothing}>
      <legend class="studio-legend">Wat voor plek is het? <span class="studio-required">(verplicht)</span></legend>
      ${problemList(id, problems)}
      ${KIND_CHOICES.map(
        (choice, n) => html`<div class="studio-radio">
          <input
            type="radio"
            id=${n === 0 ? id : `${id}-${choice.value}`}
            name=${id}
            aria-describedby="${id}-${choice.value}-hint"
            .checked=${current === choice.value}
            @change=${() => store.set(path, choice.value)}
          />
          <label for=${n === 0 ? id : `${id}-${choice.value}`}>${choice.label}</label>
          <div class="studio-hint studio-radio-hint" id="${id}-${choice.value}-hint">${choice.hint}</div>
        </div>`,
      )}
    </fieldset>`;
  }

  private referencesTemplate(listKey: 'categories' | 'areas', labelKey: string, label: string, none: string): TemplateResult {
    const store = this.store!;
    const choices = referenceChoices(store.doc[listKey], labelKey);
    const path = `${this.path}.${listKey}`;
    // Ids the place names that the feed does not have: kept as choices, so the editor can untick them.
    for (const id of listOf(getAt(store.doc, path))) {
      if (typeof id === 'string' && !choices.some((choice) => choice.value === id)) choices.push({ value: id, label: `${id} (bestaat niet)` });
    }
    if (choices.length === 0) {
      return html`<div class="studio-field" id=${fieldId(path)}>
        <p class="studio-label">${label}</p>
        <p class="studio-hint">${none}</p>
        <button type="button" class="studio-button studio-button--secondary" @click=${() => navigate(this, 'publisher', listKey)}>Naar Organisatie en buurt</button>
      </div>`;
    }
    return checkboxGroup(store, path, label, choices);
  }

  /** On the map by click, drag, arrow buttons or typed coordinates, with the PDOK lookup of the address. */
  private locationTemplate(): TemplateResult {
    return html`<studio-location .store=${this.store} path="${this.path}.location"></studio-location>`;
  }

  private async settle(): Promise<void> {
    await this.updateComplete;
    for (const hours of this.querySelectorAll<StudioElement>('studio-hours')) await hours.updateComplete;
  }

  private async addActivity(): Promise<void> {
    const store = this.store!;
    const path = `${this.path}.activities`;
    const list = getAt(store.doc, path);
    const index = Array.isArray(list) ? list.length : 0;
    if (Array.isArray(list)) store.insert(path, index, {});
    else store.set(path, [{}]);
    this._removed = undefined;
    await this.settle();
    focusField(this, `${path}[${index}].name`);
  }

  private async removeActivity(index: number): Promise<void> {
    const store = this.store!;
    const listPath = `${this.path}.activities`;
    const value = listOf(getAt(store.doc, listPath))[index];
    store.remove(`${listPath}[${index}]`);
    this._removed = { listPath, index, value, label: labelOf(value, 'name', `activiteit ${index + 1}`) };
    await this.settle();
    this.querySelector<HTMLElement>('.studio-place-activities .studio-restore')?.focus();
  }

  private async restoreActivity(): Promise<void> {
    const removed = this._removed;
    if (!removed) return;
    const index = restore(this.store!, removed);
    this._removed = undefined;
    await this.settle();
    focusField(this, `${removed.listPath}[${index}].name`);
  }

  /** Walk-in activities with their own times: a koffie-inloop, a play afternoon, a language class. */
  private activitiesTemplate(): TemplateResult {
    const store = this.store!;
    const path = `${this.path}.activities`;
    const activities = listOf(getAt(store.doc, path));
    return html`<div class="studio-place-activities">
      <p class="studio-hint">Iets dat op vaste tijden gebeurt, zoals een koffie-inloop, een speelmiddag of een taalles.</p>
      ${problemList(fieldId(path), store.problemsAt(path))} ${removedNotice(this._removed, () => void this.restoreActivity())}
      ${activities.map((activity, index) => {
        const itemPath = `${path}[${index}]`;
        const name = labelOf(activity, 'name', `Activiteit ${index + 1}`);
        return html`<fieldset class="studio-item" id=${fieldId(itemPath)}>
          <legend class="studio-legend">${name}</legend>
          ${problemList(`${fieldId(itemPath)}-own`, store.problemsAt(itemPath))}
          ${isRecord(activity)
            ? html`${localizedTextField(store, `${itemPath}.name`, 'Naam van de activiteit', { required: true, hint: 'Bijvoorbeeld: Koffie-inloop' })}
                ${localizedTextField(store, `${itemPath}.description`, 'Wat gebeurt er?', { multiline: true })}
                <studio-hours .store=${store} path="${itemPath}.schedule" label="Wanneer is ${name}?"></studio-hours>`
            : html`<p>Dit is geen activiteit: er staat iets anders in de lijst.</p>`}
          <button type="button" class="studio-button studio-button--warning" @click=${() => void this.removeActivity(index)}>
            Haal weg<span class="studio-visually-hidden">: ${name}</span>
          </button>
        </fieldset>`;
      })}
      <button type="button" class="studio-button studio-button--secondary" @click=${() => void this.addActivity()}>Activiteit toevoegen</button>
    </div>`;
  }

  private checkedTemplate(): TemplateResult {
    const store = this.store!;
    const path = `${this.path}.lastChecked`;
    const today = todayInAmsterdam();
    return html`<div class="studio-place-checked">
      ${dateField(store, path, 'Laatst gecontroleerd', { hint: 'De datum waarop je deze gegevens hebt nagekeken.' })}
      <!-- Never disabled: a disabled button drops the keyboard focus of whoever just pressed it. -->
      <button type="button" class="studio-button studio-button--secondary" @click=${() => store.set(path, today)}>Vandaag gecontroleerd</button>
    </div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const store = this.store;
    if (!store) return nothing;
    const path = this.path;
    const place = getAt(store.doc, path);
    const id = fieldId(path);
    if (!isRecord(place)) {
      return html`<div class="studio-place-editor-broken" id=${id}>
        ${problemList(id, store.problemsAt(path))}
        <p>Dit is geen plek: er staat iets anders in de lijst. Haal het weg met de knop hieronder.</p>
      </div>`;
    }
    const name = labelOf(place, 'name', 'Nieuwe plek');
    return html`<div class="studio-place-editor-form">
      ${problemList(`${id}-own`, store.problemsAt(path))}
      ${localizedTextField(store, `${path}.name`, 'Naam', { required: true })} ${this.kindTemplate()}
      ${localizedTextField(store, `${path}.description`, 'Wat is er te doen?', {
        multiline: true,
        hint: 'Een paar korte zinnen. Schrijf zoals je praat.',
      })}
      ${this.referencesTemplate('categories', 'label', 'Soort hulp of activiteit', 'Er zijn nog geen soorten. Maak ze eerst bij Organisatie en buurt.')}
      ${this.referencesTemplate('areas', 'name', 'Buurt', 'Er zijn nog geen buurten. Maak ze eerst bij Organisatie en buurt.')}

      <h3 class="studio-place-heading">Adres en plek</h3>
      <div class="studio-place-group" id=${fieldId(`${path}.address`)}>
        ${problemList(fieldId(`${path}.address`), store.problemsAt(`${path}.address`))}
        ${textField(store, `${path}.address.street`, 'Straat en huisnummer', { autocomplete: 'off' })}
        <div class="studio-pair">
          ${textField(store, `${path}.address.postcode`, 'Postcode', { class: 'studio-field--short', autocomplete: 'off' })}
          ${textField(store, `${path}.address.city`, 'Plaats', { autocomplete: 'off' })}
        </div>
      </div>
      ${this.locationTemplate()}

      <h3 class="studio-place-heading">Contact</h3>
      <div class="studio-place-group" id=${fieldId(`${path}.contact`)}>
        ${problemList(fieldId(`${path}.contact`), store.problemsAt(`${path}.contact`))}
        ${textField(store, `${path}.contact.phone`, 'Telefoon', { type: 'tel', autocomplete: 'off' })}
        ${textField(store, `${path}.contact.email`, 'E-mail', { type: 'email', autocomplete: 'off', spellcheck: false })}
        ${textField(store, `${path}.contact.website`, 'Website', { type: 'url', autocomplete: 'off', spellcheck: false, hint: 'Begint met https://' })}
      </div>
      ${checkboxGroup(store, `${path}.languages`, 'Talen die er gesproken worden', languageChoices(getAt(store.doc, `${path}.languages`)))}

      <h3 class="studio-place-heading">Voor wie?</h3>
      <div class="studio-place-group" id=${fieldId(`${path}.audience`)}>
        ${problemList(fieldId(`${path}.audience`), store.problemsAt(`${path}.audience`))}
        ${checkboxGroup(store, `${path}.audience.groups`, 'Groepen', GROUP_CHOICES)}
        <div class="studio-pair">
          ${numberField(store, `${path}.audience.minAge`, 'Vanaf leeftijd', { class: 'studio-field--short', hint: 'In jaren' })}
          ${numberField(store, `${path}.audience.maxAge`, 'Tot en met leeftijd', { class: 'studio-field--short', hint: 'In jaren' })}
        </div>
      </div>

      <h3 class="studio-place-heading">Wanneer open?</h3>
      <studio-hours .store=${store} path="${path}.hours" label="Openingstijden van ${name}"></studio-hours>

      <h3 class="studio-place-heading">Activiteiten</h3>
      ${this.activitiesTemplate()}

      <h3 class="studio-place-heading">Toegankelijkheid en controle</h3>
      ${localizedTextField(store, `${path}.accessibility`, 'Toegankelijkheid', {
        multiline: true,
        hint: 'Bijvoorbeeld: ingang zonder drempel, lift, rustige ruimte.',
      })}
      ${this.checkedTemplate()}
      ${textField(store, `${path}.id`, 'Code van deze plek', {
        required: true,
        autocomplete: 'off',
        spellcheck: false,
        hint: 'Links en wegwijzers gebruiken deze code. Verander hem liever niet.',
      })}
    </div>`;
  }
}
