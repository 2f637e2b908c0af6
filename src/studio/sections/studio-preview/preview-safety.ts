/**
 * The kit's elements inside the studio are a preview: trying them must not leave the studio
 * or send anything. Three things a resident's page does for real are caught here, through the
 * elements' own seams, without changing the elements:
 * - the guide's "Snel weg" (button or Shift three times) would replace the studio's page:
 *   `navigate()` is the guide's documented seam "so tests (and embedders with a router) can
 *   take over"; here it tells the editor where it would go;
 * - the sign-up form would POST a real sign-up to the feed's `action`: its submit is stopped
 *   before the form's own handler (capture phase on its shadow root) and the editor is told;
 * - the sign-up form keeps a draft in localStorage: it gets a store in memory instead.
 */
import type { KeyValueStorage } from '../../../components/signup/device.js';

/** A storage that forgets everything when the page closes (the preview's sign-up drafts). */
export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, String(value)),
    removeItem: (key) => void values.delete(key),
    key: (index) => [...values.keys()][index] ?? null,
    get length() {
      return values.size;
    },
  };
}

/** Makes the guide's quick exit report instead of leaving the page. */
export function catchQuickExit(guide: Element, onExit: (url: string) => void): void {
  (guide as unknown as { navigate: (url: string) => void }).navigate = onExit;
}

const caught = new WeakSet<Element>();

/** Stops every submit of the sign-up form before it is handled; `onSubmit` is told instead. */
export function catchSignupSubmit(signup: Element & { updateComplete?: Promise<unknown> }, onSubmit: () => void): void {
  if (caught.has(signup)) return;
  const root = signup.shadowRoot;
  if (!root) return;
  caught.add(signup);
  // Capture on the shadow root runs before the form's own listener (at the target).
  root.addEventListener(
    'submit',
    (event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
      onSubmit();
    },
    { capture: true },
  );
}
