/**
 * The DOM of the map's markers, in one place: Leaflet's icons and the first view drawn
 * before Leaflet has loaded (`first-view.ts`) show the same elements, so nothing changes on
 * screen when Leaflet takes over. Styles: `map-area.styles.ts`.
 *
 * Each marker is ONE element, the whole marker: absolutely placed, its own size, and centred
 * by negative margins on the point it is moved to (Leaflet moves it with a transform), so it
 * needs no box around it. A pan or zoom adds and removes many markers at once, and every
 * element and every rule that matches it costs style, layout and paint in that frame: a
 * marker was four elements (Leaflet's div, ours, the shape, the letter), now it is one with
 * its letter as text and its shape drawn by `::before`.
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

/**
 * A place marker: the letter of its kind as text, on the kind's shape (circle, diamond,
 * square: shapes, not only colours, tell the kinds apart). Cloned from one template per kind.
 */
export function placeMarkerElement(kind: PlaceKind, letter: string): HTMLElement {
  const key = `${kind}:${letter}`;
  let template = templates.get(key);
  if (!template) {
    template = document.createElement('span');
    template.className = `marker marker--${kind}`;
    template.textContent = letter;
    templates.set(key, template);
  }
  return template.cloneNode(true) as HTMLElement;
}

/**
 * Puts a marker on a whole pixel of its layer (Leaflet rounds them too); lower markers stand
 * in front, as in Leaflet's marker pane. A 2D translate, not Leaflet's translate3d: that made
 * every marker a compositor layer of its own, which cost a pan or zoom with a hundred markers
 * about a third of its main-thread time.
 */
export function placeMarkerAt(element: HTMLElement, x: number, y: number, zOffset = 0): void {
  element.style.transform = `translate(${x}px, ${y}px)`;
  element.style.zIndex = String(y + zOffset);
}

/** A cluster marker: the number of places in a circle sized by that number. */
export function clusterMarkerElement(count: number): HTMLElement {
  const element = document.createElement('span');
  element.className = 'cluster';
  updateClusterElement(element, count);
  return element;
}

/**
 * Shows another count on a cluster marker (markers are reused when the clusters change on a
 * zoom), writing only what changed: each write restyles the element.
 */
export function updateClusterElement(element: HTMLElement, count: number): void {
  const label = clusterLabel(count);
  // The text node's data, not textContent: that would replace the node (new layout objects).
  const text = element.firstChild;
  if (text instanceof Text) {
    if (text.data !== label) text.data = label;
  } else {
    element.textContent = label;
  }
  const size = clusterSize(count);
  const style = element.style;
  if (style.width === `${size}px`) return;
  style.width = style.height = `${size}px`;
  style.marginLeft = style.marginTop = `${-size / 2}px`;
}
