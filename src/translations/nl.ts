/**
 * Dutch (B1): the source of every string the kit shows. Other languages implement
 * `Translation`, so a missing string is a type error, not a blank on a resident's screen.
 * Component sections are kept apart so each element's strings are easy to find.
 */
const nl = {
  $code: 'nl',
  $name: 'Nederlands',
  $dir: 'ltr' as 'ltr' | 'rtl',

  // --- common ---
  loading: 'Bezig met laden…',
  loadError: 'De informatie kon niet worden geladen. Probeer het later opnieuw.',
  loadErrorOffline: 'Er is geen internetverbinding. Probeer het later opnieuw.',
  showingCachedCopy: (age: string) => `Je ziet een opgeslagen versie van ${age}.`,
  sampleData: 'Voorbeeldgegevens: deze informatie is niet echt.',
  noFeed: 'Er is geen informatie ingesteld voor dit onderdeel.',
  close: 'Sluiten',
  explainTerm: (term: string) => `Uitleg over ${term}`,
  kindInformal: 'Bewonersinitiatief',
  kindVolunteer: 'Vrijwilligersorganisatie',
  kindProfessional: 'Professionele hulp',
  // --- end common ---

  // --- map ---
  // --- end map ---

  // --- guide ---
  // --- end guide ---

  // --- signup ---
  // --- end signup ---
};

export type Translation = typeof nl;
export default nl;
