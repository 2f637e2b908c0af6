import { html, type TemplateResult } from 'lit';
import type { PlaceKind } from '../../feed/types.js';

/**
 * The kind of a place is told by shape (circle, diamond, square) and by its written name,
 * never by colour alone; the same shapes mark the map, the list and the legend.
 */
export function kindShape(kind: PlaceKind): TemplateResult {
  return html`<span class="kind-shape kind-shape--${kind}" aria-hidden="true"></span>`;
}

/** The one-letter mark inside a cluster or marker for each kind, as translation keys. */
export const KIND_LETTER_KEYS = {
  'informal-initiative': 'mapKindLetterInformal',
  'volunteer-organisation': 'mapKindLetterVolunteer',
  'professional-service': 'mapKindLetterProfessional',
} as const satisfies Record<PlaceKind, string>;
