/**
 * Clustering for one view at a time, on a grid fixed to the world (not to the view, so a
 * pan does not regroup anything). A render scans the points once — about a millisecond for
 * 50,000 — and needs nothing prepared beforehand, so a new feed or a filter change shows at
 * once. Hierarchical clustering (supercluster) builds a tree per zoom level first, which
 * took longer than the rest of the first paint put together on a phone-class CPU.
 *
 * Coordinates are Web Mercator "world" units: 0…1 across the whole map at every zoom.
 */

/** Longitude → world x (0…1). */
export function worldX(lng: number): number {
  return (lng + 180) / 360;
}

/** Latitude → world y (0…1, north at 0). */
export function worldY(lat: number): number {
  const sin = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

/** The points in world units, as the clustering scans them. */
export function worldCoordinates(points: ReadonlyArray<{ lat: number; lng: number }>): { xs: Float64Array<ArrayBuffer>; ys: Float64Array<ArrayBuffer> } {
  const xs = new Float64Array(points.length);
  const ys = new Float64Array(points.length);
  for (let i = 0; i < points.length; i++) {
    xs[i] = worldX(points[i]!.lng);
    ys[i] = worldY(points[i]!.lat);
  }
  return { xs, ys };
}

export interface GridCluster {
  /** Stable while the zoom stays the same: the same group of cells keeps its key. */
  key: string;
  /** Number of points; 1 means `index` is a single point. */
  count: number;
  /** The first point in the cluster (the only one when `count` is 1). */
  index: number;
  /** Centre of the points, in world units. */
  x: number;
  y: number;
  /** Bounds of the points, in world units. */
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface GridOptions {
  /** Grid cell size in CSS pixels. */
  cellSize: number;
  /** Above this zoom every point stands on its own. */
  maxZoom: number;
}

interface Cell {
  cx: number;
  cy: number;
  count: number;
  index: number;
  sumX: number;
  sumY: number;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  merged: boolean;
}

/**
 * Groups the points inside [x0, x1] × [y0, y1] (world units) for `zoom`. Neighbouring cells
 * whose centres end up closer than half a cell are merged, so two clusters never sit on
 * top of each other at a cell border.
 */
export function clusterView(
  xs: Float64Array,
  ys: Float64Array,
  view: { x0: number; y0: number; x1: number; y1: number },
  zoom: number,
  options: GridOptions,
): GridCluster[] {
  const { x0, y0, x1, y1 } = view;
  const result: GridCluster[] = [];
  if (zoom > options.maxZoom) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]!;
      const y = ys[i]!;
      if (x < x0 || x > x1 || y < y0 || y > y1) continue;
      result.push({ key: `p${i}`, count: 1, index: i, x, y, minX: x, minY: y, maxX: x, maxY: y });
    }
    return result;
  }

  const cellsPerWorld = (256 * 2 ** zoom) / options.cellSize;
  const rows = Math.ceil(cellsPerWorld) + 1;
  const cells = new Map<number, Cell>();
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    if (x < x0 || x > x1 || y < y0 || y > y1) continue;
    const cx = Math.floor(x * cellsPerWorld);
    const cy = Math.floor(y * cellsPerWorld);
    const key = cx * rows + cy;
    const cell = cells.get(key);
    if (cell) {
      cell.count++;
      cell.sumX += x;
      cell.sumY += y;
      if (x < cell.minX) cell.minX = x;
      if (x > cell.maxX) cell.maxX = x;
      if (y < cell.minY) cell.minY = y;
      if (y > cell.maxY) cell.maxY = y;
    } else {
      cells.set(key, { cx, cy, count: 1, index: i, sumX: x, sumY: y, minX: x, minY: y, maxX: x, maxY: y, merged: false });
    }
  }

  const mergeDistance = 0.5 / cellsPerWorld;
  for (const cell of cells.values()) {
    if (cell.merged) continue;
    for (const [dx, dy] of NEIGHBOURS) {
      const other = cells.get((cell.cx + dx) * rows + cell.cy + dy);
      if (!other || other.merged) continue;
      const distance = Math.hypot(cell.sumX / cell.count - other.sumX / other.count, cell.sumY / cell.count - other.sumY / other.count);
      if (distance >= mergeDistance) continue;
      other.merged = true;
      cell.count += other.count;
      cell.sumX += other.sumX;
      cell.sumY += other.sumY;
      cell.minX = Math.min(cell.minX, other.minX);
      cell.minY = Math.min(cell.minY, other.minY);
      cell.maxX = Math.max(cell.maxX, other.maxX);
      cell.maxY = Math.max(cell.maxY, other.maxY);
    }
  }

  for (const cell of cells.values()) {
    if (cell.merged) continue;
    const single = cell.count === 1;
    result.push({
      key: single ? `p${cell.index}` : `c${zoom}:${cell.cx}:${cell.cy}:${cell.count}`,
      count: cell.count,
      index: cell.index,
      x: single ? cell.sumX : cell.sumX / cell.count,
      y: single ? cell.sumY : cell.sumY / cell.count,
      minX: cell.minX,
      minY: cell.minY,
      maxX: cell.maxX,
      maxY: cell.maxY,
    });
  }
  return result;
}

/** The cells after this one in scan order, so each pair is looked at once. */
const NEIGHBOURS: ReadonlyArray<readonly [number, number]> = [
  [1, 0],
  [0, 1],
  [1, 1],
  [-1, 1],
];

/** World units back to latitude and longitude. */
export function toLatLng(x: number, y: number): [number, number] {
  const lng = x * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [lat, lng];
}
