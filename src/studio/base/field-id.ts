import { ancestorsOf } from '../model/json-path.js';

/** The id of the input for `path`: 'places[3].location.lat' → 'f-places-3-location-lat'. */
export function fieldId(path: string): string {
  return 'f-' + path.replace(/[^A-Za-z0-9]+/g, '-');
}

const FOCUSABLE = 'input:not([type=hidden]), select, textarea, button, [tabindex]';

/**
 * Moves focus to the field of `path`, or of the nearest ancestor path that has one (a
 * problem about a whole place lands on the first field of that place's group). A group
 * (fieldset) with that id passes focus to its first control. Returns the focused element.
 */
export function focusField(root: ParentNode, path: string): HTMLElement | undefined {
  for (const candidate of ancestorsOf(path)) {
    const element = root.querySelector<HTMLElement>(`#${CSS.escape(fieldId(candidate))}`);
    if (!element) continue;
    const target = element.matches(FOCUSABLE) ? element : (element.querySelector<HTMLElement>(FOCUSABLE) ?? element);
    if (target === element && !element.matches(FOCUSABLE)) element.tabIndex = -1;
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
    return target;
  }
  return undefined;
}
