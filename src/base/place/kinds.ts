import type { PlaceKind } from '../../feed/types.js';

/**
 * The written name of each kind of place (the study's central distinction), as keys of
 * the translation tables. The map (list, legend, filter, details) and the guide's
 * contacts name kinds the same way.
 */
export const KIND_LABEL_KEYS = {
  'informal-initiative': 'kindInformal',
  'volunteer-organisation': 'kindVolunteer',
  'professional-service': 'kindProfessional',
} as const satisfies Record<PlaceKind, string>;

export type KindLabelKey = (typeof KIND_LABEL_KEYS)[PlaceKind];
