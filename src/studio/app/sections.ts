import type { SectionName } from '../base/studio-element.js';

/** The sections in the order of the navigation, with the name an editor sees. */
export const SECTIONS: ReadonlyArray<{ name: SectionName; label: string }> = [
  { name: 'start', label: 'Beginnen' },
  { name: 'publisher', label: 'Organisatie en buurt' },
  { name: 'places', label: 'Plekken' },
  { name: 'tasks', label: 'Vrijwilligerswerk' },
  { name: 'glossary', label: 'Woordenlijst' },
  { name: 'guides', label: 'Wegwijzers' },
  { name: 'preview', label: 'Voorbeeld' },
  { name: 'embed', label: 'Op je website' },
  { name: 'save', label: 'Opslaan' },
];

const BY_LIST: Record<string, SectionName> = {
  publisher: 'publisher',
  areas: 'publisher',
  categories: 'publisher',
  places: 'places',
  opportunities: 'tasks',
  signup: 'tasks',
  glossary: 'glossary',
  guides: 'guides',
};

/** The section where the value at `path` is edited; the feed's own fields (version, language …) are with the publisher. */
export function sectionForPath(path: string): SectionName {
  const head = /^[A-Za-z_$][\w$-]*/.exec(path)?.[0] ?? '';
  return BY_LIST[head] ?? 'publisher';
}
