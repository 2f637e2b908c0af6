/**
 * 112 and Veilig Thuis in the guide editor: two fixed lines in every guide. Their wording may
 * change, their number and their presence may not: there is no way to remove them, and a
 * line's text cannot be emptied (an empty field keeps the last text). Without `emergency` in
 * the feed, <buurt-guide> shows its own Dutch lines; those are what the editor sees then.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DANGER_PHONE, HELPLINE_PHONE } from '../../../components/guide/emergency.js';
import nl from '../../../translations/nl.js';
import { isObject } from '../../../feed/validate/context.js';
import { fieldId } from '../../base/field-id.js';
import { localizedTextField, problemList } from '../../base/fields.js';
import { getAt, type JsonObject } from '../../model/json-path.js';
import type { StudioStore } from '../../model/store.js';

type LineKey = 'danger' | 'helpline';

/** The lines the element shows when a guide brings none, as feed JSON. */
export function defaultEmergency(): JsonObject {
  return {
    danger: { label: nl.guideDangerLabel, phone: DANGER_PHONE, description: nl.guideDangerDescription },
    helpline: { label: nl.guideHelplineLabel, phone: HELPLINE_PHONE, description: nl.guideHelplineDescription },
  };
}

const LINES: ReadonlyArray<{ key: LineKey; name: string; phone: string }> = [
  { key: 'danger', name: 'Direct gevaar', phone: DANGER_PHONE },
  { key: 'helpline', name: 'Veilig Thuis', phone: HELPLINE_PHONE },
];

export interface EmergencyHost {
  store: StudioStore;
  /** Paths of wording fields the editor has emptied just now (the feed keeps the old text). */
  emptied: Set<string>;
  requestUpdate(): void;
  focusPath(path: string): void;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A wording field that never writes an empty text: while empty, the feed keeps the last one. */
function wordingField(host: EmergencyHost, path: string, label: string): TemplateResult {
  const value = getAt(host.store.doc, path);
  if (isObject(value)) {
    return html`${Object.keys(value).map((lang) => wordingField(host, `${path}.${lang}`, `${label} (${lang})`))}`;
  }
  const id = fieldId(path);
  const empty = host.emptied.has(path);
  const onInput = (event: Event) => {
    const text = (event.target as HTMLInputElement).value;
    if (text.trim() === '') host.emptied.add(path);
    else {
      host.emptied.delete(path);
      host.store.set(path, text, { coalesce: path });
    }
    host.requestUpdate();
  };
  const onChange = () => {
    host.store.seal();
    // Leaving an empty field puts the text that is still in the feed back in view.
    if (host.emptied.delete(path)) host.requestUpdate();
  };
  const problems = host.store.problemsAt(path);
  const describedBy = [empty ? `${id}-empty` : '', problems.length ? `${id}-problems` : ''].filter(Boolean).join(' ') || nothing;
  return html`<div class="studio-field ${empty ? 'studio-field--error' : ''}">
    <label class="studio-label" for=${id}>${label}</label>
    ${empty
      ? html`<p class="studio-field-problem studio-field-problem--error" id="${id}-empty">
          Deze regel mag niet leeg zijn. Zolang het vak leeg is, blijft de vorige tekst staan.
        </p>`
      : nothing}
    ${problemList(id, problems)}
    <input
      class="studio-input"
      id=${id}
      type="text"
      aria-describedby=${describedBy}
      aria-invalid=${empty ? 'true' : 'false'}
      .value=${live(empty ? '' : textOf(value))}
      @input=${onInput}
      @change=${onChange}
    />
  </div>`;
}

/** The two fixed lines of the guide at `guidePath`. */
export function emergencyLines(host: EmergencyHost, guidePath: string): TemplateResult {
  const path = `${guidePath}.emergency`;
  const own = getAt(host.store.doc, path);
  const titleId = `${fieldId(path)}-title`;
  const problems = host.store.problemsAt(path, { deep: true }).filter((problem) => problem.path === path);
  const intro = html`<p class="studio-hint">
    Deze twee regels staan altijd bovenaan de wegwijzer, bij elke vraag en elk advies. Je kunt de tekst aanpassen, maar je kunt ze
    niet weghalen. Het nummer blijft altijd hetzelfde.
  </p>`;
  if (!isObject(own)) {
    const lines = defaultEmergency();
    return html`<section class="studio-guides-emergency" aria-labelledby=${titleId}>
      <h4 id=${titleId}>Hulpnummers</h4>
      ${intro}
      <ul class="studio-guides-emergency-lines" role="list">
        ${LINES.map(({ key }) => {
          const line = lines[key] as { label: string; description: string };
          return html`<li><strong>${line.label}</strong><br />${line.description}</li>`;
        })}
      </ul>
      <div class="studio-button-group">
        <button
          type="button"
          class="studio-button studio-button--secondary"
          id=${fieldId(path)}
          @click=${() => {
            host.store.set(path, defaultEmergency());
            host.focusPath(`${path}.danger.label`);
          }}
        >
          Tekst van de hulpnummers aanpassen
        </button>
      </div>
    </section>`;
  }
  // The section carries the path's id, so a problem about `emergency` as a whole focuses its first field.
  return html`<section class="studio-guides-emergency" aria-labelledby=${titleId} id=${fieldId(path)}>
    <h4 id=${titleId}>Hulpnummers</h4>
    ${intro} ${problemList(fieldId(path), problems)}
    ${LINES.map(({ key, name, phone }) => {
      const linePath = `${path}.${key}`;
      const ownPhone = textOf(getAt(own, `${key}.phone`)).trim();
      return html`<fieldset class="studio-fieldset studio-guides-emergency-line" id=${fieldId(linePath)}>
        <legend class="studio-legend">${name}: ${ownPhone || phone}</legend>
        <p class="studio-hint">Het nummer ${ownPhone || phone} staat vast.</p>
        ${wordingField(host, `${linePath}.label`, 'Tekst van de regel')}
        ${localizedTextField(host.store, `${linePath}.description`, 'Uitleg onder de regel (mag leeg)', { multiline: true })}
      </fieldset>`;
    })}
    <div class="studio-button-group">
      <button
        type="button"
        class="studio-button studio-button--secondary"
        id="${fieldId(path)}-reset"
        @click=${() => {
          host.store.set(path, undefined);
          host.focusPath(path);
        }}
      >
        Standaardtekst terugzetten
      </button>
    </div>
  </section>`;
}
