/**
 * The guide editor's edits that change more than one value at once (a new guide, a new step
 * a choice leads to), as new documents, so each is one step in the undo history. Pure: no
 * DOM, no store.
 */
import { getAt, insertAt, setAt, type JsonObject } from '../../model/json-path.js';
import { idsOf, listOf, slugOf, uniqueId } from '../../model/list-items.js';

export type StepType = 'question' | 'advice';

/** A list at `path`, or an empty one when the draft has something else there. */
export function listAt(doc: unknown, path: string): readonly unknown[] {
  return listOf(getAt(doc, path));
}

/** `base-1`, `base-2` …: the first that no entry of `list` has (steps read better numbered). */
export function freeId(list: readonly unknown[], base: string): string {
  const taken = idsOf(list);
  for (let n = 1; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function newStep(type: StepType, id: string): JsonObject {
  return type === 'question'
    ? { type: 'question', id, text: '', choices: [{ label: '', next: '' }] }
    : { type: 'advice', id, title: '', actions: [], contacts: [] };
}

/**
 * The feed with a new guide at the end of `guides`: one question whose one choice leads to
 * one advice, so a guide is never empty and the editor sees the shape straight away.
 */
export function addGuide(doc: JsonObject, title: string, intro: string): { doc: JsonObject; index: number } {
  const guides = listAt(doc, 'guides');
  // A title in another script leaves no letters for an id: then 'wegwijzer'.
  const id = uniqueId(idsOf(guides), slugOf(title) || 'wegwijzer');
  const guide: JsonObject = { id, title: title.trim() };
  if (intro.trim()) guide['intro'] = intro.trim();
  const question = newStep('question', 'vraag-1');
  question['choices'] = [{ label: '', next: 'advies-1' }];
  Object.assign(guide, { start: 'vraag-1', steps: [question, newStep('advice', 'advies-1')] });
  // A `guides` that is no list cannot be shown anyway (the check says so); the new guide replaces it.
  const next = Array.isArray(getAt(doc, 'guides')) ? insertAt(doc, 'guides', guides.length, guide) : setAt(doc, 'guides', [guide]);
  return { doc: next, index: guides.length };
}

/**
 * The feed with a new step at the end of the guide at `guidePath`; given `choicePath`, that
 * choice now leads to it. Returns where the step went.
 */
export function addStep(doc: JsonObject, guidePath: string, type: StepType, choicePath?: string): { doc: JsonObject; index: number } {
  const stepsPath = `${guidePath}.steps`;
  const steps = listAt(doc, stepsPath);
  const id = freeId(steps, type === 'question' ? 'vraag' : 'advies');
  // A draft whose `steps` is no list gets a list: the step must land somewhere.
  let next = Array.isArray(getAt(doc, stepsPath)) ? doc : setAt(doc, stepsPath, []);
  next = insertAt(next, stepsPath, steps.length, newStep(type, id));
  if (choicePath !== undefined) next = setAt(next, `${choicePath}.next`, id);
  return { doc: next, index: steps.length };
}
