/**
 * What the map shows for a given view, worked out without Leaflet: the settings Leaflet's map
 * is made with, where a `fitBounds` lands, and where each marker stands. The first view
 * (`first-view.ts`) draws its markers from this before Leaflet has loaded; Leaflet, started
 * at the same view, puts its own markers on exactly the same pixels.
 *
 * Coordinates are Web Mercator world units (0…1, see `grid-cluster.ts`); a world is
 * 256 × 2^zoom CSS pixels wide, as in Leaflet's EPSG:3857.
 */
import { clusterView, worldX, worldY, type GridCluster } from './grid-cluster.js';

/** Above this zoom every place is shown on its own. */
export const CLUSTER_MAX_ZOOM = 15;
export const MAX_ZOOM = 19;
/** A neighbourhood map never needs more than the whole country. */
export const MIN_ZOOM = 6;
/** Grid cell of the clustering, in CSS pixels: about two markers wide. */
export const CELL_SIZE = 64;
/**
 * Markers for the view and a margin of about a marker around it (so one standing on the edge
 * shows); a margin of 15 % of the view, as before, cost the first frame 70 % more markers.
 */
export const VIEW_MARGIN_PX = 40;
/** Space kept free around the places when the map fits them, in CSS pixels per side. */
export const FIT_PADDING_PX = 24;

/** Where the map looks: its centre in world units and a whole zoom level. */
export interface WorldView {
  x: number;
  y: number;
  zoom: number;
}

export type InitialView = { center: [number, number]; zoom: number } | { bounds: [[number, number], [number, number]] };

/**
 * The view Leaflet's `setView(center, zoom)` or `fitBounds(bounds, { maxZoom:
 * CLUSTER_MAX_ZOOM, padding: [FIT_PADDING_PX, FIT_PADDING_PX] })` shows in a box of
 * `width` × `height`, with the map's zoom limits and whole zoom steps (`zoomSnap: 1`).
 */
export function worldView(initial: InitialView, width: number, height: number): WorldView {
  if ('center' in initial) {
    const [lat, lng] = initial.center;
    return { x: worldX(lng), y: worldY(lat), zoom: clampZoom(initial.zoom) };
  }
  const [[south, west], [north, east]] = initial.bounds;
  const x0 = worldX(west);
  const x1 = worldX(east);
  const y0 = worldY(north);
  const y1 = worldY(south);
  // As Leaflet's getBoundsZoom: the scale at which the bounds fill the box less its padding,
  // as a zoom level, snapped down to a whole level (unless within 1 % of the next one).
  const scale = Math.min((width - 2 * FIT_PADDING_PX) / ((x1 - x0) * 256), (height - 2 * FIT_PADDING_PX) / ((y1 - y0) * 256));
  let zoom = Math.log2(scale);
  if (Number.isNaN(zoom)) zoom = Infinity;
  zoom = Math.floor(Math.round(zoom * 100) / 100);
  return { x: (x0 + x1) / 2, y: (y0 + y1) / 2, zoom: Math.min(CLUSTER_MAX_ZOOM, clampZoom(zoom)) };
}

function clampZoom(zoom: number): number {
  return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
}

/** A marker of a view: a cluster or a single point, at whole CSS pixels in the box. */
export interface PlacedMarker {
  item: GridCluster;
  left: number;
  top: number;
}

/**
 * The clusters and single points a view shows, and where: the same grid clustering over the
 * same area as the Leaflet view's render, and Leaflet's rounding of the view's top-left
 * corner and of each marker's projected position.
 */
export function placeMarkers(xs: Float64Array, ys: Float64Array, view: WorldView, width: number, height: number): PlacedMarker[] {
  const scale = 256 * 2 ** view.zoom;
  const originX = Math.round(view.x * scale - width / 2);
  const originY = Math.round(view.y * scale - height / 2);
  const margin = VIEW_MARGIN_PX / scale;
  const bounds = {
    x0: Math.max(0, originX / scale - margin),
    x1: Math.min(1, (originX + width) / scale + margin),
    y0: originY / scale - margin,
    y1: (originY + height) / scale + margin,
  };
  const items = clusterView(xs, ys, bounds, view.zoom, { cellSize: CELL_SIZE, maxZoom: CLUSTER_MAX_ZOOM });
  return items.map((item) => ({ item, left: Math.round(item.x * scale) - originX, top: Math.round(item.y * scale) - originY }));
}
