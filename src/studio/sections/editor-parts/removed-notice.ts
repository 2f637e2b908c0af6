/**
 * "Weggehaald — zet terug": after removing an item from a list, the editor sees what went
 * and can put it back with one button (a new edit, so it works even after other edits and is
 * itself undoable). Used by the editors' sections; a template, not an element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { getAt } from '../../model/json-path.js';
import type { StudioStore } from '../../model/store.js';

export interface Removed {
  /** The list it came from, e.g. "areas" or "signup.talents". */
  listPath: string;
  index: number;
  value: unknown;
  /** What the editor calls it: "Boschveld". */
  label: string;
}

/** Puts `removed` back where it was (or at the end when the list got shorter); returns its index. */
export function restore(store: StudioStore, removed: Removed): number {
  const list = getAt(store.doc, removed.listPath);
  if (!Array.isArray(list)) {
    store.set(removed.listPath, [removed.value]);
    return 0;
  }
  const index = Math.min(removed.index, list.length);
  store.insert(removed.listPath, index, removed.value);
  return index;
}

/** The notice; its button has class `studio-restore` (focus it after removing). */
export function removedNotice(removed: Removed | undefined, onRestore: () => void): TemplateResult | typeof nothing {
  if (!removed) return nothing;
  return html`<div class="studio-notice studio-removed">
    <p>${removed.label} is weggehaald.</p>
    <button type="button" class="studio-button studio-button--secondary studio-restore" @click=${onRestore}>Zet ${removed.label} terug</button>
  </div>`;
}
