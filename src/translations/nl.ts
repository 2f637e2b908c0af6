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
  guideHelpRegion: 'Hulp in nood',
  guideDangerLabel: 'Direct gevaar?',
  guideDangerDescription: 'Bel de politie, brandweer of ambulance.',
  guideHelplineLabel: 'Zorgen over geweld of kindermishandeling? Veilig Thuis',
  guideHelplineDescription: 'Gratis, dag en nacht. Je hoeft je naam niet te zeggen.',
  guideCall: (number: string) => `Bel ${number}`,
  guideQuickExit: 'Snel weg',
  guideQuickExitHint: 'Of druk 3 keer op Shift.',
  guideQuickExitDescription: 'Sluit deze pagina meteen en ga naar een andere website.',
  guideQuickExitPressesLeft: (count: number) =>
    count === 1 ? 'Druk nog 1 keer op Shift om snel weg te gaan.' : `Druk nog ${count} keer op Shift om snel weg te gaan.`,
  guideQuestionNumber: (number: number) => `Vraag ${number}`,
  guideAdvice: 'Advies',
  guidePreviousChoice: '(dit koos je eerder)',
  guideChoices: 'Kies wat het beste past',
  guideBack: 'Terug',
  guideRestart: 'Opnieuw beginnen',
  guideStepNavigation: 'Verder in de gids',
  guideDeadEnd:
    'Hier kan deze gids je niet verder helpen. Ga terug of begin opnieuw. Heb je nu hulp nodig? Bel een nummer bovenaan.',
  guideNoGuide: 'Er is nog geen gids ingesteld.',
  guideNoSteps: 'Deze gids heeft nog geen vragen. Heb je nu hulp nodig? Bel een nummer bovenaan.',
  guideSharedAdvice: 'Je opende een link naar dit advies. Wil je de vragen zelf beantwoorden? Begin dan opnieuw.',
  guideWhatToDo: 'Wat kun je doen?',
  guideWhoCanHelp: 'Wie kan je helpen?',
  guideYourAnswers: 'Jouw antwoorden',
  guideAnswersPrivate: 'Je antwoorden worden niet bewaard. Ze verdwijnen als je de pagina sluit.',
  guidePrint: 'Afdrukken',
  guideCopyLink: 'Link naar dit advies kopiëren',
  guideLinkCopied: 'De link is gekopieerd. In de link staat alleen het advies, niet je antwoorden.',
  guideLinkManual: 'Kopieer deze link. In de link staat alleen het advies, niet je antwoorden.',
  guideLinkLabel: 'Link naar dit advies',
  guideShowOnMap: 'Toon op de kaart',
  guideShownOnMap: (name: string) => `${name} is gekozen op de kaart.`,
  guideMoreAbout: (name: string) => `Meer over ${name}`,
  guideAddress: 'Adres',
  guidePhone: 'Telefoon',
  guideEmail: 'E-mail',
  guideWebsite: 'Website',
  guideOpeningHours: 'Openingstijden',
  guideClosed: 'Gesloten',
  guideAccessibility: 'Toegankelijkheid',
  guideLanguages: 'Talen',
  // --- end guide ---

  // --- signup ---
  // --- end signup ---
};

export type Translation = typeof nl;
export default nl;
