/** Dutch strings every element shows (loading, errors, notices, kinds of place), built in to the registry. */

const common = {
  $code: 'nl',
  $name: 'Nederlands',
  $dir: 'ltr' as 'ltr' | 'rtl',
  /** The locale `Intl` formats weekdays and dates in. */
  $locale: 'nl-NL',
  loading: 'Bezig met laden…',
  loadError: 'De informatie kon niet worden geladen. Probeer het later opnieuw.',
  loadErrorOffline: 'Er is geen internetverbinding. Probeer het later opnieuw.',
  showingCachedCopy: (age: string) => `Je ziet een opgeslagen versie van ${age}.`,
  sourcesFailed: 'Niet alle informatie kon worden geladen. Je ziet wat er wel is.',
  sampleData: 'Voorbeeldgegevens: deze informatie is niet echt.',
  noFeed: 'Er is geen informatie ingesteld voor dit onderdeel.',
  close: 'Sluiten',
  explainTerm: (term: string) => `Uitleg over ${term}`,
  kindInformal: 'Bewonersinitiatief',
  kindVolunteer: 'Vrijwilligersorganisatie',
  kindProfessional: 'Professionele hulp',
  // Languages spoken in Dutch neighbourhoods that browsers may not name ("ber" would show as "ber").
  languageFallback: (code: string) => new Map([['ber', 'Berbers (Tamazight)'], ['rif', 'Riffijns (Tarifit)'], ['tzm', 'Tamazight'], ['zgh', 'Tamazight'], ['kab', 'Kabylisch']]).get(code.toLowerCase()) ?? '',
  opensInNewWindow: '(opent in een nieuw venster)',
};

export default common;
