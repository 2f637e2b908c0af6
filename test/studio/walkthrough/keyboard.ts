// The editor's hands in the walkthrough tests: real key presses through @web/test-runner-commands
// (CDP in Chromium, WebDriver BiDi in Firefox, classic WebDriver actions in WebKit): Tab and
// Shift+Tab, Enter, the space bar, arrows, Backspace and typing.
// Focus never goes round the end of the page: in Firefox, once Tab has left the document for the
// browser's own controls, keys no longer activate buttons when focus comes back. So a control
// above the focused one is reached with Shift+Tab, as an editor would.
import { sendKeys } from '@web/test-runner-commands';
import { fieldId } from '../../../src/studio/base/field-id.js';

/** The focused element, inside shadow roots too. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/** Chromium and Firefox run through puppeteer, which can hold a key down; WebKit runs through WebDriver. */
const HOLDS_KEYS = /Chrome|Firefox/.test(navigator.userAgent);

/**
 * Shift+Tab. Puppeteer holds Shift down around a Tab; the WebDriver launcher has only `press`,
 * and scripts/engines.mjs's WebKit launcher reads "Shift+Tab" there.
 */
export async function shiftTab(): Promise<void> {
  if (!HOLDS_KEYS) {
    await sendKeys({ press: 'Shift+Tab' });
    return;
  }
  await sendKeys({ down: 'Shift' });
  try {
    await sendKeys({ press: 'Tab' });
  } finally {
    await sendKeys({ up: 'Shift' });
  }
}

/** Whether the first element that `matches` comes before the focused one in the page. */
function isAbove(matches: (element: Element) => boolean): boolean {
  const current = deepActive();
  if (!current || current === document.body) return false;
  const target = [...document.body.querySelectorAll('*')].find((element) => matches(element));
  return target !== undefined && (current.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
}

/**
 * Presses Tab (or Shift+Tab, when the target is above the focused control) until
 * `matches(focused element)`. Fails after `max` presses, naming `what` and where focus went.
 */
export async function tabTo(matches: (active: Element) => boolean, what: string, max = 400): Promise<HTMLElement> {
  const current = deepActive();
  if (current && matches(current)) return current as HTMLElement;
  const back = isAbove(matches);
  const trail: string[] = [];
  for (let i = 0; i < max; i++) {
    if (back) await shiftTab();
    else await press('Tab');
    const active = deepActive();
    if (active && matches(active)) return active as HTMLElement;
    trail.push(describe(active));
  }
  throw new Error(`Tab never reached ${what} in ${max} presses; focus went ${[...new Set(trail)].slice(0, 30).join(', ')}`);
}

function describe(element: Element | null): string {
  if (!element) return 'nothing';
  const text = element.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${element.localName}${element.id ? ` id="${element.id}"` : ''}>${text ?? ''}`;
}

/** The accessible-ish name of a control: its text, else its label's text. */
function nameOf(element: Element): string {
  const own = element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (own) return own;
  const id = element.id;
  const label = id ? document.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
  return label?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Tabs to the field of `path` (its id is fieldId(path)). */
export function tabToField(path: string): Promise<HTMLElement> {
  const id = fieldId(path);
  return tabTo((active) => active.id === id, `the field ${path}`);
}

/** Tabs to the element with this id. */
export function tabToId(id: string): Promise<HTMLElement> {
  return tabTo((active) => active.id === id, `#${id}`);
}

/** Tabs to a button whose text starts with `text` (optionally inside `within`). */
export function tabToButton(text: string, within?: Element): Promise<HTMLElement> {
  return tabTo(
    (active) => active.localName === 'button' && nameOf(active).startsWith(text) && (!within || within.contains(active)),
    `the button "${text}"`,
  );
}

/** Enter on the focused control. */
export function enter(): Promise<void> {
  return press('Enter');
}

/** The space bar: ' ' is the key name every launcher knows (Firefox's BiDi has no "Space"). */
export function space(): Promise<void> {
  return press(' ');
}

/** Empties the focused text field with End and Backspace, then types `text`. */
export async function replaceText(text: string): Promise<void> {
  const input = deepActive() as HTMLInputElement | null;
  if (!input || !('value' in input)) throw new Error(`no text field has focus (${describe(input)})`);
  await press('End');
  for (let i = input.value.length; i > 0; i--) await press('Backspace');
  if (input.value !== '') throw new Error(`could not empty ${describe(input)}: "${input.value}"`);
  await type(text);
}

/**
 * Types over the focused field's text: a browser selects all of a text field's text when Tab
 * brings focus into it, so what is typed replaces it without the field ever being empty.
 */
export async function typeOver(text: string): Promise<void> {
  const input = deepActive() as HTMLInputElement | null;
  if (!input || !('value' in input)) throw new Error(`no text field has focus (${describe(input)})`);
  if (input.selectionStart !== 0 || input.selectionEnd !== input.value.length) {
    throw new Error(`the text of ${describe(input)} is not selected (${input.selectionStart}–${input.selectionEnd} of ${input.value.length})`);
  }
  await type(text);
}

/** Tabs to the field of `path` and types `text` into it (emptying it first). */
export async function fill(path: string, text: string): Promise<void> {
  await tabToField(path);
  await replaceText(text);
}
