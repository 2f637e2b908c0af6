import type { LatLng } from '../types.js';
import { isObject, own, type Context } from './context.js';

/** Beyond this distance from every area centre a place is probably misplaced. */
export const FAR_AWAY_METRES = 50_000;

type CoordinateCodes = 'place.location' | 'area.center';

/**
 * Coordinates: finite numbers within range. A string such as "52,1" is reported, never
 * parsed: a guessed decimal comma puts a place in the wrong street without anyone noticing.
 */
export function readLatLng(ctx: Context, value: unknown, path: string, codes: CoordinateCodes): LatLng | undefined {
  const item = codes === 'area.center' ? 'area' : 'place';
  if (!isObject(value)) {
    ctx.report(`${codes}.invalid`, path, { value: ctx.preview(value), item });
    return undefined;
  }
  const lat = own(value, 'lat');
  const lng = own(value, 'lng');
  // Both are checked (and both reported) before giving up; `&` does not short-circuit.
  const valid = checkCoordinate(ctx, lat, 90, path, 'lat', codes, item) & checkCoordinate(ctx, lng, 180, path, 'lng', codes, item);
  return valid ? { lat: lat as number, lng: lng as number } : undefined;
}

/** 1 when `coordinate` is a finite number within ±`limit`, else 0 (and reported). */
function checkCoordinate(
  ctx: Context,
  coordinate: unknown,
  limit: number,
  path: string,
  key: 'lat' | 'lng',
  codes: CoordinateCodes,
  item: 'area' | 'place',
): 0 | 1 {
  if (typeof coordinate !== 'number' || !Number.isFinite(coordinate)) {
    ctx.report(`${codes}.not-a-number`, `${path}.${key}`, { value: ctx.preview(coordinate), item });
    return 0;
  }
  if (Math.abs(coordinate) > limit) {
    ctx.report(`${codes}.out-of-range`, `${path}.${key}`, { value: String(coordinate), item });
    return 0;
  }
  return 1;
}

/**
 * Distance in metres, equirectangular: within a few metres of the great-circle distance
 * at the scale of a city, and cheap enough to run for every place against every area.
 */
export function roughDistance(a: LatLng, b: LatLng): number {
  const toRad = Math.PI / 180;
  const x = (b.lng - a.lng) * toRad * Math.cos(((a.lat + b.lat) / 2) * toRad);
  const y = (b.lat - a.lat) * toRad;
  return 6_371_000 * Math.sqrt(x * x + y * y);
}

export function nearestDistance(point: LatLng, centres: readonly LatLng[]): number {
  let best = Infinity;
  for (const centre of centres) best = Math.min(best, roughDistance(point, centre));
  return best;
}

/**
 * The classic mistake of the Netherlands: lat ≈ 5, lng ≈ 52. Without areas to compare
 * with, this box is the only evidence we have, and buurtkit is made for Dutch feeds.
 */
export function looksSwappedInNetherlands(point: LatLng): boolean {
  return point.lat >= 3 && point.lat <= 7.5 && point.lng >= 50.5 && point.lng <= 53.7;
}

export type PlacementVerdict = { kind: 'ok' } | { kind: 'swapped' } | { kind: 'far'; distance: number };

// Shared answers: nearly every place is 'ok', and nobody changes a verdict.
const OK: PlacementVerdict = { kind: 'ok' };
const SWAPPED: PlacementVerdict = { kind: 'swapped' };

/** Where a place lies relative to the feed's areas. */
export function judgePlacement(point: LatLng, centres: readonly LatLng[]): PlacementVerdict {
  if (centres.length === 0) return looksSwappedInNetherlands(point) ? SWAPPED : OK;
  // Nearly every place is near some area: the first one near enough settles it.
  for (const centre of centres) if (roughDistance(point, centre) <= FAR_AWAY_METRES) return OK;
  const distance = nearestDistance(point, centres);
  const flipped = { lat: point.lng, lng: point.lat };
  if (Math.abs(flipped.lat) <= 90 && nearestDistance(flipped, centres) <= FAR_AWAY_METRES) return SWAPPED;
  if (looksSwappedInNetherlands(point)) return SWAPPED;
  return { kind: 'far', distance };
}
