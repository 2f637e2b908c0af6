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
  // --- end guide ---

  // --- signup ---
  // --- end signup ---
};

export default en;
