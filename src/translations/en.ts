import type { Translation } from './nl.js';

const en: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',

  // --- common ---
  loading: 'Loading…',
  loadError: 'The information could not be loaded. Please try again later.',
  loadErrorOffline: 'There is no internet connection. Please try again later.',
  showingCachedCopy: (age: string) => `You are seeing a saved copy from ${age}.`,
  sampleData: 'Sample data: this information is not real.',
  noFeed: 'No information has been set up for this part.',
  close: 'Close',
  explainTerm: (term: string) => `What ${term} means`,
  kindInformal: 'Residents’ initiative',
  kindVolunteer: 'Volunteer organisation',
  kindProfessional: 'Professional help',
  // --- end common ---

  // --- map ---
  // --- end map ---

  // --- guide ---
  guideHelpRegion: 'Help in an emergency',
  guideDangerLabel: 'In danger now?',
  guideDangerDescription: 'Call the police, fire brigade or ambulance.',
  guideHelplineLabel: 'Worried about violence or child abuse? Veilig Thuis',
  guideHelplineDescription: 'Free, day and night. You do not have to give your name.',
  guideCall: (number: string) => `Call ${number}`,
  guideQuickExit: 'Leave quickly',
  guideQuickExitHint: 'Or press Shift 3 times.',
  guideQuickExitDescription: 'Closes this page at once and opens another website.',
  guideQuickExitPressesLeft: (count: number) =>
    count === 1 ? 'Press Shift 1 more time to leave quickly.' : `Press Shift ${count} more times to leave quickly.`,
  guideQuestionNumber: (number: number) => `Question ${number}`,
  guideAdvice: 'Advice',
  guidePreviousChoice: '(you chose this before)',
  guideChoices: 'Choose what fits best',
  guideBack: 'Back',
  guideRestart: 'Start again',
  guideStepNavigation: 'Move through the guide',
  guideDeadEnd:
    'This guide cannot help you further from here. Go back or start again. Do you need help now? Call a number at the top.',
  guideNoGuide: 'No guide has been set up yet.',
  guideNoSteps: 'This guide has no questions yet. Do you need help now? Call a number at the top.',
  guideSharedAdvice: 'You opened a link to this advice. Want to answer the questions yourself? Then start again.',
  guideWhatToDo: 'What can you do?',
  guideWhoCanHelp: 'Who can help you?',
  guideYourAnswers: 'Your answers',
  guideAnswersPrivate: 'Your answers are not saved. They are gone when you close the page.',
  guidePrint: 'Print',
  guideCopyLink: 'Copy a link to this advice',
  guideLinkCopied: 'The link has been copied. It contains only the advice, not your answers.',
  guideLinkManual: 'Copy this link. It contains only the advice, not your answers.',
  guideLinkLabel: 'Link to this advice',
  guideShowOnMap: 'Show on the map',
  guideShownOnMap: (name: string) => `${name} is selected on the map.`,
  guideMoreAbout: (name: string) => `More about ${name}`,
  guideAddress: 'Address',
  guidePhone: 'Phone',
  guideEmail: 'Email',
  guideWebsite: 'Website',
  guideOpeningHours: 'Opening hours',
  guideClosed: 'Closed',
  guideAccessibility: 'Accessibility',
  guideLanguages: 'Languages',
  // --- end guide ---

  // --- signup ---
  // --- end signup ---
};

export default en;
