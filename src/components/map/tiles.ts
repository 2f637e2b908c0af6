import type { Translate } from '../../translations/registry.js';

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

/** Who serves the tiles, in words for the visitor: PDOK by name, any other by its host. */
export function tileSource(template: string, t: Translate): string {
  return template === DEFAULT_TILES ? t('mapTilesPdok') : tileHost(template);
}

export interface TileChoice {
  /** The tile URL template of the `tiles` attribute; undefined for `none`. */
  template?: string;
  /** Whether the visitor decides (with the button in the map), not the embedder. */
  askVisitor: boolean;
  /** The tiles on the map now: none until the visitor agreed, unless the embedder decided. */
  shown?: string;
}

/** Which tiles the map shows, from the `tiles` and `consent` attributes and the visitor's yes. */
export function tileChoice(tiles: string | undefined, consent: string | undefined, visitorAgreed: boolean): TileChoice {
  const template = tileTemplate(tiles);
  const askVisitor = template !== undefined && consent !== 'embedder';
  return { template, askVisitor, shown: askVisitor && !visitorAgreed ? undefined : template };
}
