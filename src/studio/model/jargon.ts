/**
 * Abbreviations and jargon in a feed's texts that its glossary does not explain, as
 * suggestions for the studio's "Voeg toe aan de woordenlijst".
 *
 * It reads exactly the texts `buurtkit check` reads (`residentTexts`), finds abbreviations
 * the way its `plain.abbreviation` warning does (`unexplainedAbbreviations`), and decides
 * "explained" with the glossary's own matcher (`findTerms`), so a word the studio offers
 * to add is a word the elements would then mark. Pure: no DOM.
 */
import { findTerms } from '../../feed/glossary.js';
import { glossaryOf, residentTexts, unexplainedAbbreviations } from '../../feed/plain-language.js';
import type { GlossaryEntry } from '../../feed/types.js';

export interface JargonSuggestion {
  /** The word as the glossary entry should name it. */
  term: string;
  /** Paths of the texts it appears in ("places[3].description"), in feed order. */
  where: string[];
}

/**
 * Words of care and welfare that residents in the seed study did not know, though they are
 * not abbreviations. Matched as whole words in any case, like a glossary term.
 */
export const JARGON_WORDS: readonly string[] = [
  'Veilig Thuis',
  'wijkteam',
  'sociaal wijkteam',
  'jeugdhulp',
  'jeugdzorg',
  'jeugdgezondheidszorg',
  'consultatiebureau',
  'opvoedondersteuning',
  'opvoedingsondersteuning',
  'maatschappelijk werk',
  'schuldhulpverlening',
  'mantelzorg',
  'mantelzorger',
  'indicatie',
  'beschikking',
  'casemanager',
  'zorgaanbieder',
  'keukentafelgesprek',
  'vroegsignalering',
  'voorschool',
  'vroegschoolse educatie',
  'peuterspeelzaal',
  'wijkverpleegkundige',
  'eigen bijdrage',
  'persoonsgebonden budget',
  'Home-Start',
];

// findTerms is built for glossaries: the jargon list as one lets it do the whole-word,
// any-case matching, and its per-glossary cache keeps the pattern compiled once.
const JARGON_GLOSSARY: readonly GlossaryEntry[] = JARGON_WORDS.map((term) => ({ term, aliases: [], explanation: '' }));

/** Jargon words of the list in `text` (the list's spelling), each once. */
function jargonIn(text: string): string[] {
  return findTerms(text, JARGON_GLOSSARY).flatMap((segment) => (typeof segment === 'string' ? [] : [segment.entry.term]));
}

/** True when the glossary marks `word` as one term. */
function explained(word: string, glossary: readonly GlossaryEntry[]): boolean {
  const segments = findTerms(word, glossary);
  return segments.length === 1 && typeof segments[0] !== 'string';
}

/**
 * Suggestions for the glossary of a raw feed (as the studio holds it): every unexplained
 * abbreviation (as written: "GIT") and jargon word (as the list spells it), with the paths
 * of the texts that use it; most used first, then in the order they appear.
 */
export function findJargon(doc: unknown): JargonSuggestion[] {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return [];
  const glossary = glossaryOf(doc as Record<string, unknown>);
  const found = new Map<string, JargonSuggestion>();
  const add = (term: string, path: string) => {
    // One suggestion per word whatever its case in the text: "Mantelzorg" and "mantelzorg" are one entry.
    const key = term.toLocaleLowerCase('nl');
    const suggestion = found.get(key) ?? { term, where: [] };
    if (!suggestion.where.includes(path)) suggestion.where.push(path);
    found.set(key, suggestion);
  };
  for (const { path, text } of residentTexts(doc)) {
    for (const word of unexplainedAbbreviations(text, glossary)) add(word, path);
    for (const word of jargonIn(text)) if (!explained(word, glossary)) add(word, path);
  }
  return [...found.values()].sort((a, b) => b.where.length - a.where.length);
}

/** A new glossary entry for a suggestion: the editor writes the explanation. */
export function glossaryEntryFor(suggestion: Pick<JargonSuggestion, 'term'>): { term: string; aliases: string[]; explanation: string } {
  return { term: suggestion.term, aliases: [], explanation: '' };
}
