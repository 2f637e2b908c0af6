/**
 * Which place of the feed a guide's contact names. A feed of a few places gets a plain
 * select; a big one (10,000 places) a search field with a short list of matches, because a
 * select with every place, in every contact, would cost seconds per keystroke to draw.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldId } from '../../base/field-id.js';
import { problemList, selectField } from '../../base/fields.js';
import { getAt } from '../../model/json-path.js';
import { isRecord, labelOf, listOf, searchPlaces } from '../../model/list-items.js';
import type { StudioStore } from '../../model/store.js';

/** Up to this many places, a select; above it, search. */
export const SELECT_LIMIT = 200;

/** Matches shown under the search field. */
export const MATCH_LIMIT = 8;

export interface PickerHost {
  store: StudioStore;
  /** What the editor typed in each search field, by the contact's `place` path. */
  queries: Map<string, string>;
  requestUpdate(): void;
  focusPath(path: string): void;
}

// The places' labels by id, read once per places list (an edit elsewhere keeps the list).
const labels = new WeakMap<readonly unknown[], Map<string, string>>();

function placeLabels(places: readonly unknown[]): Map<string, string> {
  let map = labels.get(places);
  if (!map) {
    map = new Map();
    for (const place of places) {
      const id = isRecord(place) && typeof place['id'] === 'string' ? place['id'].trim() : '';
      if (id && !map.has(id)) map.set(id, labelOf(place, 'name', id));
    }
    labels.set(places, map);
  }
  return map;
}

/** The field for the place of the contact at `path` ('guides[0].steps[2].contacts[0].place'). */
export function placePicker(host: PickerHost, path: string, label: string): TemplateResult {
  const store = host.store;
  const places = listOf(getAt(store.doc, 'places'));
  const names = placeLabels(places);
  if (names.size <= SELECT_LIMIT) {
    const choices = [...names].map(([value, name]) => ({ value, label: name === value ? value : `${name} (${value})` }));
    return selectField(store, path, label, choices, { emptyLabel: 'Kies een plek…' });
  }

  const id = fieldId(path);
  const current = getAt(store.doc, path);
  const chosen = typeof current === 'string' ? current.trim() : '';
  const query = host.queries.get(path) ?? '';
  const problems = store.problemsAt(path);
  const found = query.trim() ? searchPlaces(places, query, MATCH_LIMIT) : undefined;
  const choose = (placeId: string) => {
    host.queries.delete(path);
    store.set(path, placeId);
    host.focusPath(path);
  };
  const chosenText = chosen ? `Gekozen: ${names.get(chosen) ?? 'een plek die niet (meer) bestaat'} (${chosen})` : 'Nog geen plek gekozen.';
  return html`<div class="studio-field studio-guides-place-search ${problems.some((p) => p.severity === 'error') ? 'studio-field--error' : ''}">
    <label class="studio-label" for=${id}>${label}</label>
    <div class="studio-hint" id="${id}-hint">${chosenText} Typ een deel van de naam of het adres om een plek te zoeken.</div>
    ${problemList(id, problems)}
    <input
      class="studio-input"
      id=${id}
      type="search"
      autocomplete="off"
      aria-describedby="${id}-hint ${id}-found${problems.length ? ` ${id}-problems` : ''}"
      .value=${live(query)}
      @input=${(event: Event) => {
        host.queries.set(path, (event.target as HTMLInputElement).value);
        host.requestUpdate();
      }}
    />
    <p class="studio-hint" id="${id}-found" role="status">
      ${found
        ? found.total === 0
          ? 'Geen plek gevonden.'
          : found.total > found.indexes.length
            ? `${found.indexes.length} van ${found.total} plekken. Typ meer om te kiezen uit minder.`
            : `${found.total === 1 ? '1 plek' : `${found.total} plekken`} gevonden.`
        : nothing}
    </p>
    ${found && found.indexes.length > 0
      ? html`<ul class="studio-guides-place-matches" role="list">
          ${found.indexes.map((index) => {
            const place = places[index];
            const placeId = isRecord(place) && typeof place['id'] === 'string' ? place['id'].trim() : '';
            return placeId
              ? html`<li>
                  <button type="button" class="studio-button studio-button--secondary studio-guides-small" @click=${() => choose(placeId)}>
                    ${labelOf(place, 'name', placeId)}<span class="studio-visually-hidden"> kiezen</span>
                  </button>
                </li>`
              : nothing;
          })}
        </ul>`
      : nothing}
  </div>`;
}
