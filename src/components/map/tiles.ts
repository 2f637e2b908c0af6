import type { Translate } from './place-details.js';

/** PDOK BRT achtergrondkaart (Kadaster): free, Dutch government, no key, no tracking. */
export const DEFAULT_TILES = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';

/** The tile URL template the `tiles` attribute asks for; undefined for `none`. */
export function tileTemplate(tiles: string | undefined): string | undefined {
  if (tiles === 'none') return undefined;
  return tiles?.trim() || DEFAULT_TILES;
}

/** Where the tiles come from: what the consent text names and what the choice is stored under. */
export function tileHost(template: string | undefined): string {
  const url = template ?? '';
  try {
    return new URL(url.replace(/\{[^}]*\}/g, '0'), document.baseURI).host;
  } catch {
    return url;
  }
}

/** The tiles' attribution line: the embedder's, else Kadaster's for PDOK, else none. */
export function attributionText(template: string | undefined, attribution: string | undefined, t: Translate): string {
  if (!template) return '';
  return attribution ?? (template === DEFAULT_TILES ? t('mapDefaultAttribution') : '');
}
