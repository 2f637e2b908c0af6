import type { LatLng } from '../../../feed/types.js';

/** How far one arrow button moves the point, in screen pixels at the current zoom. */
export const NUDGE_PIXELS = 10;

/** Six decimals: about 10 cm, more than a hand-placed point means, and short in the file. */
export function round(point: { lat: number; lng: number }): LatLng {
  return { lat: Math.round(point.lat * 1e6) / 1e6, lng: Math.round(point.lng * 1e6) / 1e6 };
}
