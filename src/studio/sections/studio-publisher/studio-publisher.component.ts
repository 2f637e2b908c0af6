import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { fieldId, focusField } from '../../base/field-id.js';
import { localizedTextField, numberField, problemList, textField } from '../../base/fields.js';
import { StudioElement } from '../../base/studio-element.js';
import { getAt } from '../../model/json-path.js';
import { idsOf, isRecord, labelOf, listOf, uniqueId } from '../../model/list-items.js';
import { removedNotice, restore, type Removed } from '../editor-parts/removed-notice.js';
import '../studio-location/studio-location.js';

/** A colour the colour picker can show: only #rrggbb (a #rgb is spelled out). */
function pickerColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^#[0-9a-f]{6}$/i.test(text)) return text.toLowerCase();
  if (/^#[0-9a-f]{3}$/i.test(text)) return `#${[...text.slice(1)].map((c) => c + c).join('')}`.toLowerCase();
  return undefined;
}

/**
 * Who publishes the feed, its neighbourhoods (name, middle of the map and zoom) and its
 * categories (label, colour, symbol). Lists are short, so every item is shown at once.
 *
 * @summary Section "Organisatie en buurt" of the studio.
 */
export class StudioPublisher extends StudioElement {
  @state() private _removed?: Removed;
  @state() private _status = '';

  /** Every item is on the page already: waits for the maps inside to render their fields. */
  override async reveal(_path: string): Promise<void> {
    await this.updateComplete;
    for (const element of this.querySelectorAll<StudioElement>('studio-location')) await element.updateComplete;
  }

  private async add(listPath: 'areas' | 'categories'): Promise<void> {
    const store = this.store!;
    const list = store.doc[listPath];
    const item = { id: uniqueId(idsOf(list), listPath === 'areas' ? 'buurt' : 'soort') };
    const index = Array.isArray(list) ? list.length : 0;
    if (Array.isArray(list)) store.insert(listPath, index, item);
    else store.set(listPath, [item]);
    this._removed = undefined;
    this._status = listPath === 'areas' ? 'Nieuwe buurt toegevoegd.' : 'Nieuwe soort toegevoegd.';
    await this.reveal('');
    focusField(this, `${listPath}[${index}].${listPath === 'areas' ? 'name' : 'label'}`);
  }

  private async removeItem(listPath: 'areas' | 'categories', index: number): Promise<void> {
    const store = this.store!;
    const value = listOf(store.doc[listPath])[index];
    const label = labelOf(value, listPath === 'areas' ? 'name' : 'label', listPath === 'areas' ? `buurt ${index + 1}` : `soort ${index + 1}`);
    store.remove(`${listPath}[${index}]`);
    this._removed = { listPath, index, value, label };
    this._status = '';
    await this.updateComplete;
    this.querySelector<HTMLElement>('.studio-restore')?.focus();
  }

  private async restore(): Promise<void> {
    const removed = this._removed;
    if (!removed) return;
    const index = restore(this.store!, removed);
    this._removed = undefined;
    this._status = `${removed.label} staat er weer.`;
    await this.reveal('');
    focusField(this, `${removed.listPath}[${index}]`);
  }

  /** Referenced by places: removing it makes those references unknown, which the check then names. */
  private usedBy(listPath: 'areas' | 'categories', id: unknown): number {
    if (typeof id !== 'string') return 0;
    let count = 0;
    for (const place of listOf(this.store!.doc.places)) if (isRecord(place) && listOf(place[listPath]).includes(id)) count++;
    return count;
  }

  private publisherTemplate(): TemplateResult {
    const store = this.store!;
    return html`<fieldset class="studio-item" id=${fieldId('publisher')}>
      <legend class="studio-legend">Wie maakt deze informatie?</legend>
      ${problemList(`${fieldId('publisher')}-own`, store.problemsAt('publisher'))}
      ${textField(store, 'publisher.name', 'Naam van de organisatie of krant', { required: true, autocomplete: 'organization' })}
      ${textField(store, 'publisher.url', 'Website', { type: 'url', autocomplete: 'url', spellcheck: false, hint: 'Begint met https://' })}
      ${textField(store, 'publisher.email', 'E-mail', { type: 'email', autocomplete: 'email', spellcheck: false })}
      ${textField(store, 'publisher.phone', 'Telefoon', { type: 'tel', autocomplete: 'tel' })}
    </fieldset>`;
  }

  private centerTemplate(path: string): TemplateResult {
    return html`<studio-location .store=${this.store} path=${path} label="Midden van de buurt op de kaart"></studio-location>`;
  }

  private areaTemplate(area: unknown, index: number): TemplateResult {
    const store = this.store!;
    const path = `areas[${index}]`;
    const name = labelOf(area, 'name', `Buurt ${index + 1}`);
    const used = isRecord(area) ? this.usedBy('areas', area.id) : 0;
    return html`<fieldset class="studio-item" id=${fieldId(path)}>
      <legend class="studio-legend">${name}</legend>
      ${problemList(`${fieldId(path)}-own`, store.problemsAt(path))}
      ${isRecord(area)
        ? html`${localizedTextField(store, `${path}.name`, 'Naam van de buurt', { required: true })} ${this.centerTemplate(`${path}.center`)}
          ${numberField(store, `${path}.zoom`, 'Inzoomen', {
            class: 'studio-field--short',
            hint: 'Van 1 (heel Nederland) tot 19 (één straat). 15 laat een buurt zien.',
          })}
          ${textField(store, `${path}.id`, 'Code van de buurt', {
            required: true,
            autocomplete: 'off',
            spellcheck: false,
            hint: 'Plekken en links gebruiken deze code. Verander hem liever niet.',
          })}`
        : html`<p>Dit is geen buurt: er staat iets anders in de lijst.</p>`}
      ${used ? html`<p class="studio-hint" id="${fieldId(path)}-used">${used === 1 ? '1 plek hoort bij deze buurt.' : `${used} plekken horen bij deze buurt.`}</p>` : nothing}
      <button
        type="button"
        class="studio-button studio-button--warning"
        aria-describedby=${ifDefined(used ? `${fieldId(path)}-used` : undefined)}
        @click=${() => void this.removeItem('areas', index)}
      >
        Haal weg<span class="studio-visually-hidden">: ${name}</span>
      </button>
    </fieldset>`;
  }

  private colorTemplate(path: string): TemplateResult {
    const store = this.store!;
    const picker = pickerColor(getAt(store.doc, path));
    return html`<div class="studio-pair studio-publisher-color">
      ${textField(store, path, 'Kleur', { class: 'studio-field--short', autocomplete: 'off', spellcheck: false, hint: 'Bijvoorbeeld #1d70b8' })}
      <div class="studio-field">
        <label class="studio-label" for="${fieldId(path)}-picker">Kies een kleur</label>
        <input
          class="studio-publisher-picker"
          id="${fieldId(path)}-picker"
          type="color"
          .value=${live(picker ?? '#000000')}
          @input=${(event: Event) => store.set(path, (event.target as HTMLInputElement).value, { coalesce: path })}
          @change=${() => store.seal()}
        />
      </div>
    </div>`;
  }

  private categoryTemplate(category: unknown, index: number): TemplateResult {
    const store = this.store!;
    const path = `categories[${index}]`;
    const label = labelOf(category, 'label', `Soort ${index + 1}`);
    const used = isRecord(category) ? this.usedBy('categories', category.id) : 0;
    return html`<fieldset class="studio-item" id=${fieldId(path)}>
      <legend class="studio-legend">${label}</legend>
      ${problemList(`${fieldId(path)}-own`, store.problemsAt(path))}
      ${isRecord(category)
        ? html`${localizedTextField(store, `${path}.label`, 'Naam', { required: true, hint: 'Bijvoorbeeld: Koffie-inloop, Opvoeden, Taal' })}
          ${this.colorTemplate(`${path}.color`)}
          ${textField(store, `${path}.icon`, 'Teken', { class: 'studio-field--short', autocomplete: 'off', hint: 'Eén letter of emoji, bijvoorbeeld ☕' })}
          ${textField(store, `${path}.id`, 'Code van de soort', {
            required: true,
            autocomplete: 'off',
            spellcheck: false,
            hint: 'Plekken en links gebruiken deze code. Verander hem liever niet.',
          })}`
        : html`<p>Dit is geen soort: er staat iets anders in de lijst.</p>`}
      ${used ? html`<p class="studio-hint" id="${fieldId(path)}-used">${used === 1 ? '1 plek heeft deze soort.' : `${used} plekken hebben deze soort.`}</p>` : nothing}
      <button
        type="button"
        class="studio-button studio-button--warning"
        aria-describedby=${ifDefined(used ? `${fieldId(path)}-used` : undefined)}
        @click=${() => void this.removeItem('categories', index)}
      >
        Haal weg<span class="studio-visually-hidden">: ${label}</span>
      </button>
    </fieldset>`;
  }

  private listTemplate(listPath: 'areas' | 'categories'): TemplateResult {
    const store = this.store!;
    const raw = store.doc[listPath];
    const broken = raw !== undefined && !Array.isArray(raw);
    const items = listOf(raw);
    return html`${problemList(fieldId(listPath), store.problemsAt(listPath))}
      ${broken
        ? html`<p class="studio-notice studio-notice--error" id=${fieldId(listPath)}>
            Dit deel van het bestand is geen lijst. Als je iets toevoegt, komt er een nieuwe lijst voor in de plaats.
          </p>`
        : nothing}
      ${items.length === 0 ? html`<p>${listPath === 'areas' ? 'Er zijn nog geen buurten.' : 'Er zijn nog geen soorten.'}</p>` : nothing}
      ${items.map((item, index) => (listPath === 'areas' ? this.areaTemplate(item, index) : this.categoryTemplate(item, index)))}
      <button type="button" class="studio-button studio-button--secondary" @click=${() => void this.add(listPath)}>
        ${listPath === 'areas' ? 'Buurt toevoegen' : 'Soort toevoegen'}
      </button>`;
  }

  protected override render(): TemplateResult {
    return html`<section class="studio-publisher" aria-labelledby="studio-publisher-title">
      <h2 id="studio-publisher-title">Organisatie en buurt</h2>
      <p class="studio-section-intro">Wie deze informatie maakt, over welke buurten het gaat, en welke soorten hulp en activiteiten er zijn.</p>
      ${removedNotice(this._removed, () => void this.restore())}
      ${this.store
        ? html`${this.publisherTemplate()}
            <h3>Buurten</h3>
            <p class="studio-hint">De kaart begint in het midden van de buurt. Bewoners kunnen per buurt zoeken.</p>
            ${this.listTemplate('areas')}
            <h3>Soorten hulp en activiteiten</h3>
            <p class="studio-hint">Bewoners kunnen op soort zoeken. Elke soort heeft een kleur en een teken op de kaart.</p>
            ${this.listTemplate('categories')}`
        : nothing}
      <p class="studio-visually-hidden" role="status">${this._status}</p>
    </section>`;
  }
}
