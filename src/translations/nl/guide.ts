/** Dutch strings of <buurt-guide>: only a page with a guide loads them. */
import { plural } from '../format.js';
import { addDutch } from '../registry.js';

const guide = {
  guideLanguageChoice: 'Kies je taal',
  guideHelpRegion: 'Hulp in nood',
  guideDangerLabel: 'Direct gevaar? Bel 112',
  guideDangerDescription: 'Bel de politie, brandweer of ambulance.',
  guideHelplineLabel: 'Zorgen over geweld thuis? Veilig Thuis: 0800-2000',
  guideHelplineDescription: 'Gratis, dag en nacht. Je hoeft je naam niet te zeggen.',
  guideCall: (number: string) => `Bel ${number}`,
  guideQuickExit: 'Snel weg',
  guideQuickExitHint: 'Of druk 3 keer op Shift.',
  guideQuickExitDescription: 'Sluit deze pagina meteen en ga naar een andere website.',
  guideQuickExitPressesLeft: (count: number) => plural('nl', count, { other: 'Druk nog # keer op Shift om snel weg te gaan.' }),
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
};

// Registered on import: the element that shows these strings imports this module.
addDutch(guide);

export default guide;
