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

/** A word found in a text, before the glossary is asked: the glossary changes more often than the texts. */
interface Found {
  word: string;
  /** Path of the text inside its item ("description.nl"), or from the feed's root for a non-list part. */
  path: string;
}

const NO_GLOSSARY: readonly GlossaryEntry[] = [];

function wordsIn(part: Record<string, unknown>): Found[] {
  const found: Found[] = [];
  for (const { path, text } of residentTexts(part)) {
    for (const word of unexplainedAbbreviations(text, NO_GLOSSARY)) found.push({ word, path });
    for (const word of jargonIn(text)) found.push({ word, path });
  }
  return found;
}

// Words per list item, kept while the item object lives: an edit copies only the item it
// changes, so after a keystroke one place is read again, not 10,000.
const itemWords = new WeakMap<object, { language: unknown; found: Found[] }>();

function wordsOfItem(key: string, item: object, language: unknown): Found[] {
  const cached = itemWords.get(item);
  if (cached && cached.language === language) return cached.found;
  // Read as a one-item feed, so residentTexts decides exactly as for the whole feed.
  const prefix = `${key}[0]`;
  const found = wordsIn({ language, [key]: [item] }).map(({ word, path }) => ({ word, path: path.slice(prefix.length) }));
  itemWords.set(item, { language, found });
  return found;
}

/**
 * Suggestions for the glossary of a raw feed (as the studio holds it): every unexplained
 * abbreviation (as written: "GIT") and jargon word (as the list spells it), with the paths
 * of the texts that use it; most used first, then in the order they appear.
 */
export function findJargon(doc: unknown): JargonSuggestion[] {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return [];
  const feed = doc as Record<string, unknown>;
  const glossary = glossaryOf(feed);
  const verdicts = new Map<string, boolean>();
  const found = new Map<string, JargonSuggestion>();
  const add = (word: string, path: string) => {
    let unexplained = verdicts.get(word);
    if (unexplained === undefined) verdicts.set(word, (unexplained = !explained(word, glossary)));
    if (!unexplained) return;
    // One suggestion per word whatever its case in the text: "Mantelzorg" and "mantelzorg" are one entry.
    const key = word.toLocaleLowerCase('nl');
    const suggestion = found.get(key) ?? { term: word, where: [] };
    if (!suggestion.where.includes(path)) suggestion.where.push(path);
    found.set(key, suggestion);
  };
  for (const key of Object.keys(feed)) {
    const value = feed[key];
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const base = `${key}[${index}]`;
        if (item && typeof item === 'object') for (const { word, path } of wordsOfItem(key, item, feed.language)) add(word, base + path);
        else for (const { word, path } of wordsIn({ language: feed.language, [key]: [item] })) add(word, base + path.slice(`${key}[0]`.length));
      });
    } else {
      for (const { word, path } of wordsIn({ language: feed.language, [key]: value })) add(word, path);
    }
  }
  return [...found.values()].sort((a, b) => b.where.length - a.where.length);
}

/** A new glossary entry for a suggestion: the editor writes the explanation. */
export function glossaryEntryFor(suggestion: Pick<JargonSuggestion, 'term'>): { term: string; aliases: string[]; explanation: string } {
  return { term: suggestion.term, aliases: [], explanation: '' };
}
