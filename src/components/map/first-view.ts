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
import { worldX, worldY } from './grid-cluster.js';
import type { MapPoint } from './leaflet-view.js';
import { PLACE_MARKER_SIZE, clusterMarkerElement, clusterSize, placeMarkerElement } from './marker-dom.js';
import { placeMarkers, type WorldView } from './view-geometry.js';

/** Replaces what `layer` (a box as large as the map) shows by the markers of `view`. */
export function drawFirstView(
  layer: HTMLElement,
  points: readonly MapPoint[],
  view: WorldView,
  size: { width: number; height: number },
  letters: Record<PlaceKind, string>,
): void {
  const xs = new Float64Array(points.length);
  const ys = new Float64Array(points.length);
  for (let i = 0; i < points.length; i++) {
    xs[i] = worldX(points[i]!.lng);
    ys[i] = worldY(points[i]!.lat);
  }
  const markers = document.createDocumentFragment();
  for (const { item, left, top } of placeMarkers(xs, ys, view, size.width, size.height)) {
    const single = item.count === 1;
    const box = single ? PLACE_MARKER_SIZE : clusterSize(item.count);
    // What Leaflet's divIcon and marker make of the same icon: classes, size, anchor, position.
    const element = document.createElement('div');
    element.className = `leaflet-marker-icon ${single ? 'buurt-marker' : 'buurt-cluster'} leaflet-interactive`;
    element.style.width = element.style.height = `${box}px`;
    element.style.marginLeft = element.style.marginTop = `${-box / 2}px`;
    element.style.transform = `translate3d(${left}px, ${top}px, 0px)`;
    // Lower markers stand in front, as in Leaflet's marker pane.
    element.style.zIndex = String(top);
    if (single) {
      const point = points[item.index]!;
      element.dataset.id = point.id;
      element.append(placeMarkerElement(point.kind, letters[point.kind]));
    } else {
      element.append(clusterMarkerElement(item.count));
    }
    markers.append(element);
  }
  layer.replaceChildren(markers);
}

/** The place whose marker in the first view was clicked, if any. */
export function firstViewPlaceId(event: Event): string | undefined {
  return (event.target as Element | null)?.closest<HTMLElement>('[data-id]')?.dataset.id;
}
