/**
 * The DOM of the map's markers, in one place: Leaflet's divIcons and the first view drawn
 * before Leaflet has loaded (`first-view.ts`) show the same elements, so nothing changes on
 * screen when Leaflet takes over. Styles: `map-area.styles.ts`.
 */
import type { PlaceKind } from '../../feed/types.js';

/** A place marker's box in CSS pixels; the shape is centred on the place. */
export const PLACE_MARKER_SIZE = 34;

/** A cluster marker's diameter in CSS pixels: larger for more places. */
export function clusterSize(count: number): number {
  return count < 10 ? 36 : count < 100 ? 42 : count < 1000 ? 48 : 56;
}

export function clusterLabel(count: number): string {
  return count < 10000 ? String(count) : `${Math.round(count / 1000)}k`;
}

const templates = new Map<string, HTMLElement>();

/** A shape per kind, cloned from one template: cheaper than building each marker anew. */
export function placeMarkerElement(kind: PlaceKind, letter: string): HTMLElement {
  const key = `${kind}:${letter}`;
  let template = templates.get(key);
  if (!template) {
    template = document.createElement('span');
    template.className = `marker marker--${kind}`;
    const shape = document.createElement('span');
    shape.className = 'marker__shape';
    const text = document.createElement('span');
    text.className = 'marker__letter';
    text.textContent = letter;
    template.append(shape, text);
    templates.set(key, template);
  }
  return template.cloneNode(true) as HTMLElement;
}

export function clusterMarkerElement(count: number): HTMLElement {
  const element = document.createElement('span');
  element.className = 'cluster';
  element.textContent = clusterLabel(count);
  return element;
}
