/**
 * The map's markers before Leaflet has loaded. Leaflet is the largest part of the map's code
 * (about 40 KB gzip), and a visitor on a slow phone would otherwise look at an empty map
 * beside a filled list while it is downloaded, parsed and run. So as soon as the places are
 * there, the view Leaflet will open with is drawn here: the same clusters and markers
 * (`marker-dom.ts`), with Leaflet's classes and on the pixels Leaflet will put them
 * (`view-geometry.ts`). Leaflet then starts at that view, draws its own markers and this
 * layer is emptied in the same frame, so nothing on screen moves.
 *
 * Until then the layer is a picture with one thing to do: a place marker opens the place,
 * as Leaflet's marker does. Markers are hidden from assistive technology there as in
 * Leaflet's marker pane: the list is the way to every place by keyboard and screen reader.
 */
import type { PlaceKind } from '../../feed/types.js';
import { worldCoordinates } from './grid-cluster.js';
import type { MapPoint } from './leaflet-view.js';
import { clusterMarkerElement, placeMarkerAt, placeMarkerElement } from './marker-dom.js';
import { placeMarkers, type WorldView } from './view-geometry.js';

/** Replaces what `layer` (a box as large as the map) shows by the markers of `view`. */
export function drawFirstView(
  layer: HTMLElement,
  points: readonly MapPoint[],
  view: WorldView,
  size: { width: number; height: number },
  letters: Record<PlaceKind, string>,
): void {
  const { xs, ys } = worldCoordinates(points);
  const markers = document.createDocumentFragment();
  for (const { item, left, top } of placeMarkers(xs, ys, view, size.width, size.height)) {
    const single = item.count === 1;
    const point = single ? points[item.index]! : undefined;
    // The marker element as the Leaflet view shows it (it sizes and centres itself), with the
    // classes and on the pixel Leaflet's view gives it.
    const element = point ? placeMarkerElement(point.kind, letters[point.kind]) : clusterMarkerElement(item.count);
    element.classList.add('leaflet-marker-icon', 'leaflet-interactive');
    placeMarkerAt(element, left, top);
    if (point) element.dataset.id = point.id;
    markers.append(element);
  }
  layer.replaceChildren(markers);
}

/** The place whose marker in the first view was clicked, if any. */
export function firstViewPlaceId(event: Event): string | undefined {
  return (event.target as Element | null)?.closest<HTMLElement>('[data-id]')?.dataset.id;
}
