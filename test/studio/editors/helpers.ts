// Helpers for the editors' tests (owner: studio-editors).
import { sendKeys } from '@web/test-runner-commands';
import { fieldId } from '../../../src/studio/base/field-id.js';
import type { StudioStore } from '../../../src/studio/model/store.js';

export function $<T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** The control of `path` (its id is fieldId(path)). */
export function field<T extends HTMLElement = HTMLInputElement>(root: ParentNode, path: string): T {
  return $<T>(root, `#${CSS.escape(fieldId(path))}`);
}

/** The first button whose text (visible and hidden parts, spaces folded) starts with `text`. */
export function button(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim().startsWith(text));
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** Waits for the store's check and for every studio element under `root` to render. */
export async function settled(root: Updating, store: StudioStore): Promise<void> {
  await store.settled();
  await root.updateComplete;
  for (const inner of root.querySelectorAll<Updating>('*')) {
    if (inner.localName.startsWith('studio-') && 'updateComplete' in inner) await inner.updateComplete;
  }
}

/** Focuses `input` and types `text` with real key presses. */
export async function typeInto(input: HTMLElement, text: string): Promise<void> {
  input.focus();
  await sendKeys({ type: text });
}

/** Presses Tab until `target` has focus (at most `limit` times): proves it is reachable by keyboard. */
export async function tabTo(target: Element, limit = 200): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await sendKeys({ press: 'Tab' });
    if (document.activeElement === target) return presses;
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 80)}`);
}
