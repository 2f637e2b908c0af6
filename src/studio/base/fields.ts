/**
 * Field templates for every studio form. Each renders a label, an optional hint, the
 * problems the last check found at its path (inline, as GOV.UK does: under the label, above
 * the input) and the input itself with id = fieldId(path), so the error summary can focus
 * it. `aria-invalid` is set only for errors; warnings show but do not mark the input invalid.
 * Every input writes through store.set(path, value, { coalesce: path }): typing in one field
 * is one undo step; leaving the field (change) ends that step.
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { Directive, directive, PartType, type PartInfo, type PropertyPart } from 'lit/directive.js';
import type { FeedProblem } from '../../feed/types.js';
import { formatPath, getAt, parsePath } from '../model/json-path.js';
import type { StudioStore } from '../model/store.js';
import { fieldId } from './field-id.js';

export interface FieldOptions {
  hint?: string;
  /** Shows "(verplicht)" after the label. The check still decides what is wrong. */
  required?: boolean;
  autocomplete?: string;
  /** Extra class on the field's wrapper, e.g. 'studio-field--short'. */
  class?: string;
}

export interface TextFieldOptions extends FieldOptions {
  type?: 'text' | 'email' | 'tel' | 'url' | 'search';
  inputmode?: 'text' | 'email' | 'tel' | 'url' | 'numeric' | 'decimal';
  spellcheck?: boolean;
}

export interface Choice {
  value: string;
  label: string;
}

function problemsOf(store: StudioStore, path: string, deep = false): FeedProblem[] {
  return store.problemsAt(path, { deep });
}

function hasError(problems: readonly FeedProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

function describedBy(id: string, hint: string | undefined, problems: readonly FeedProblem[]): string | undefined {
  const ids = [hint ? `${id}-hint` : '', problems.length ? `${id}-problems` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function labelText(label: string, options: FieldOptions): TemplateResult {
  return html`${label}${options.required ? html` <span class="studio-required">(verplicht)</span>` : nothing}`;
}

function hintTemplate(id: string, hint: string | undefined): TemplateResult | typeof nothing {
  return hint ? html`<div class="studio-hint" id="${id}-hint">${hint}</div>` : nothing;
}

/** The problems at a field, each with its kind spoken first ("Fout:", "Let op:"). */
export function problemList(id: string, problems: readonly FeedProblem[]): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<ul class="studio-field-problems" id="${id}-problems" role="list">
    ${problems.map(
      (problem) =>
        html`<li class="studio-field-problem studio-field-problem--${problem.severity}">
          <span class="studio-visually-hidden">${problem.severity === 'error' ? 'Fout: ' : 'Let op: '}</span>${problem.message}
        </li>`,
    )}
  </ul>`;
}

function wrapperClass(options: FieldOptions, problems: readonly FeedProblem[]): string {
  return ['studio-field', hasError(problems) ? 'studio-field--error' : '', options.class ?? ''].filter(Boolean).join(' ');
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** Where emptying a field took its key out of its object (per store: one field is typed in at a time). */
const emptied = new WeakMap<StudioStore, { path: string; index: number }>();

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The GOV.UK order every one-control field shares: label, hint, problems, then the control. */
function fieldShell(id: string, label: string, options: FieldOptions, problems: readonly FeedProblem[], control: TemplateResult): TemplateResult {
  return html`<div class=${wrapperClass(options, problems)}>
    <label class="studio-label" for=${id}>${labelText(label, options)}</label>
    ${hintTemplate(id, options.hint)} ${problemList(id, problems)} ${control}
  </div>`;
}

/**
 * The same for a group of controls: a fieldset that carries fieldId(path), so a problem about
 * the group as a whole focuses its first control, with the label as its legend.
 */
function groupShell(id: string, label: string, options: FieldOptions, problems: readonly FeedProblem[], controls: TemplateResult): TemplateResult {
  return html`<fieldset class=${wrapperClass(options, problems) + ' studio-fieldset'} id=${id} aria-describedby=${ifDefined(describedBy(id, options.hint, problems))}>
    <legend class="studio-legend">${labelText(label, options)}</legend>
    ${hintTemplate(id, options.hint)} ${problemList(id, problems)} ${controls}
  </fieldset>`;
}

/**
 * Empty text removes the key, so an emptied optional field does not leave "" in the file. Typing
 * in that field again puts the key back where it was, not at the end of its object: an editor
 * who clears "09:30" and types "10:00" changes one line of the download, not three.
 */
function writeText(store: StudioStore, path: string, text: string): void {
  const segments = parsePath(path);
  const key = segments[segments.length - 1];
  const parentPath = formatPath(segments.slice(0, -1));
  const parent = segments.length > 1 ? getAt(store.doc, parentPath) : store.doc;
  const removed = emptied.get(store);
  emptied.delete(store);
  if (text === '') {
    if (typeof key === 'string' && isObject(parent) && Object.hasOwn(parent, key)) emptied.set(store, { path, index: Object.keys(parent).indexOf(key) });
    store.set(path, undefined, { coalesce: path });
    return;
  }
  if (removed?.path === path && segments.length > 1 && typeof key === 'string' && isObject(parent) && !Object.hasOwn(parent, key)) {
    const entries = Object.entries(parent);
    entries.splice(removed.index, 0, [key, text]);
    store.set(parentPath, Object.fromEntries(entries), { coalesce: path });
    return;
  }
  store.set(path, text, { coalesce: path });
}

export function textField(store: StudioStore, path: string, label: string, options: TextFieldOptions = {}): TemplateResult {
  const id = fieldId(path);
  const problems = problemsOf(store, path);
  return fieldShell(id, label, options, problems, html`<input
    class="studio-input"
    id=${id}
    type=${options.type ?? 'text'}
    inputmode=${ifDefined(options.inputmode)}
    autocomplete=${ifDefined(options.autocomplete)}
    spellcheck=${ifDefined(options.spellcheck === undefined ? undefined : String(options.spellcheck))}
    aria-describedby=${ifDefined(describedBy(id, options.hint, problems))}
    aria-invalid=${ifDefined(hasError(problems) ? 'true' : undefined)}
    .value=${live(textOf(getAt(store.doc, path)))}
    @input=${(event: Event) => writeText(store, path, (event.target as HTMLInputElement).value)}
    @change=${() => store.seal()}
  />`);
}

export function textAreaField(store: StudioStore, path: string, label: string, options: FieldOptions & { rows?: number } = {}): TemplateResult {
  const id = fieldId(path);
  const problems = problemsOf(store, path);
  return fieldShell(id, label, options, problems, html`<textarea
    class="studio-textarea"
    id=${id}
    rows=${options.rows ?? 4}
    aria-describedby=${ifDefined(describedBy(id, options.hint, problems))}
    aria-invalid=${ifDefined(hasError(problems) ? 'true' : undefined)}
    .value=${live(textOf(getAt(store.doc, path)))}
    @input=${(event: Event) => writeText(store, path, (event.target as HTMLTextAreaElement).value)}
    @change=${() => store.seal()}
  ></textarea>`);
}

let languageNames: Intl.DisplayNames | undefined;
function languageLabel(code: string): string {
  try {
    languageNames ??= new Intl.DisplayNames(['nl'], { type: 'language' });
    const name = languageNames.of(code);
    return name ? name.charAt(0).toUpperCase() + name.slice(1) : code;
  } catch {
    return code;
  }
}

/**
 * A LocalizedText: a string (one input) or an object {nl, en, …} (one input per language
 * present, each at path.<lang>). The group's fieldset carries fieldId(path), so a problem
 * about the text as a whole focuses its first input.
 */
export function localizedTextField(
  store: StudioStore,
  path: string,
  label: string,
  options: FieldOptions & { multiline?: boolean } = {},
): TemplateResult {
  const value = getAt(store.doc, path);
  const single = (fieldPath: string, fieldLabel: string, fieldOptions: FieldOptions) =>
    options.multiline ? textAreaField(store, fieldPath, fieldLabel, fieldOptions) : textField(store, fieldPath, fieldLabel, fieldOptions);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return single(path, label, options);
  const id = fieldId(path);
  const problems = problemsOf(store, path);
  const segments = parsePath(path);
  const languages = Object.keys(value);
  return groupShell(id, label, options, problems, html`${languages.map((lang) => single(formatPath([...segments, lang]), `${label} (${languageLabel(lang)})`, {}))}`);
}

/** Reads "51,7" as 51.7; text that is no number is kept as text, so the check names it. */
export function readNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const number = Number(trimmed.replace(',', '.'));
  return /^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed) && Number.isFinite(number) ? number : text;
}

/**
 * A number field's text. While the text in the input reads as the stored number it stays as
 * typed: "5." and "5,30" are stored as 5 and 5.3, and a redraw between two keys (the check's
 * result arriving does one) must not write "5" or "5.3" back, or the next digit lands after the
 * lost point or zero and 5.3037 becomes 5.337. Any other stored value (undo, a placement on the
 * map) is written into the input, as `live` would.
 */
class NumberText extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.PROPERTY) throw new Error('numberText belongs on .value');
  }

  render(value: unknown): string {
    return textOf(value);
  }

  override update(part: PropertyPart, [value]: [unknown]): typeof noChange {
    const input = part.element as HTMLInputElement;
    if (readNumber(input.value) !== value) input.value = textOf(value);
    return noChange;
  }
}
const numberText = directive(NumberText);

export function numberField(store: StudioStore, path: string, label: string, options: FieldOptions & { decimal?: boolean } = {}): TemplateResult {
  const id = fieldId(path);
  const problems = problemsOf(store, path);
  // type=text: a number input hides what the editor typed when it is no number ("51,7" in some
  // browsers), and the check should see and name it.
  return fieldShell(id, label, options, problems, html`<input
    class="studio-input studio-input--number"
    id=${id}
    type="text"
    inputmode=${options.decimal ? 'decimal' : 'numeric'}
    aria-describedby=${ifDefined(describedBy(id, options.hint, problems))}
    aria-invalid=${ifDefined(hasError(problems) ? 'true' : undefined)}
    .value=${numberText(getAt(store.doc, path))}
    @input=${(event: Event) => store.set(path, readNumber((event.target as HTMLInputElement).value), { coalesce: path })}
    @change=${() => store.seal()}
  />`);
}

export function selectField(
  store: StudioStore,
  path: string,
  label: string,
  choices: readonly Choice[],
  options: FieldOptions & { emptyLabel?: string } = {},
): TemplateResult {
  const id = fieldId(path);
  const problems = problemsOf(store, path);
  const current = textOf(getAt(store.doc, path));
  const known = current === '' || choices.some((choice) => choice.value === current);
  return fieldShell(id, label, options, problems, html`<select
    class="studio-select"
    id=${id}
    aria-describedby=${ifDefined(describedBy(id, options.hint, problems))}
    aria-invalid=${ifDefined(hasError(problems) ? 'true' : undefined)}
    @change=${(event: Event) => {
      const value = (event.target as HTMLSelectElement).value;
      store.set(path, value === '' ? undefined : value);
    }}
  >
    <option value="" ?selected=${current === ''}>${options.emptyLabel ?? 'Kies…'}</option>
    ${known ? nothing : html`<option value=${current} selected>${current}</option>`}
    ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === current}>${choice.label}</option>`)}
  </select>`);
}

/** A list of strings as checkboxes; values in the list that are no choice are kept. */
export function checkboxGroup(store: StudioStore, path: string, label: string, choices: readonly Choice[], options: FieldOptions = {}): TemplateResult {
  const id = fieldId(path);
  const problems = problemsOf(store, path, true);
  const raw = getAt(store.doc, path);
  const values = Array.isArray(raw) ? raw : [];
  const toggle = (value: string, on: boolean) => {
    const list = Array.isArray(getAt(store.doc, path)) ? (getAt(store.doc, path) as unknown[]) : [];
    const next = on ? [...list.filter((entry) => entry !== value), value] : list.filter((entry) => entry !== value);
    store.set(path, next.length ? next : undefined);
  };
  return groupShell(id, label, options, problems, html`<div class="studio-checkboxes">
    ${choices.map(
      (choice, index) => html`<div class="studio-checkbox">
        <input
          type="checkbox"
          id="${id}-${index}"
          .checked=${live(values.includes(choice.value))}
          @change=${(event: Event) => toggle(choice.value, (event.target as HTMLInputElement).checked)}
        />
        <label for="${id}-${index}">${choice.label}</label>
      </div>`,
    )}
  </div>`);
}

function dateOrTimeField(store: StudioStore, path: string, label: string, type: 'date' | 'time', options: FieldOptions): TemplateResult {
  const id = fieldId(path);
  const problems = problemsOf(store, path);
  return fieldShell(id, label, options, problems, html`<input
    class="studio-input studio-input--${type}"
    id=${id}
    type=${type}
    aria-describedby=${ifDefined(describedBy(id, options.hint, problems))}
    aria-invalid=${ifDefined(hasError(problems) ? 'true' : undefined)}
    .value=${live(textOf(getAt(store.doc, path)))}
    @change=${(event: Event) => writeText(store, path, (event.target as HTMLInputElement).value)}
  />`);
}

/** A date as YYYY-MM-DD (the feed's format). */
export function dateField(store: StudioStore, path: string, label: string, options: FieldOptions = {}): TemplateResult {
  return dateOrTimeField(store, path, label, 'date', options);
}

/** A time as HH:MM. */
export function timeField(store: StudioStore, path: string, label: string, options: FieldOptions = {}): TemplateResult {
  return dateOrTimeField(store, path, label, 'time', options);
}
