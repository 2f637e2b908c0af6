/**
 * Plain Dutch, checked: warnings (never errors) about texts that make a resident stop
 * reading. Used by `buurtkit check`; pure, no DOM, so it runs in Node and in a browser.
 *
 * Three checks, on the Dutch of every text a resident reads (descriptions, guide steps,
 * choices, advice, glossary explanations, …):
 * - `plain.abbreviation`: a word with two or more capitals in a row (AMK, GIT, MIM) that the
 *   feed's glossary does not explain, matched as the glossary matches (`findTerms`);
 * - `plain.sentence-too-long`: a sentence of more than 20 words;
 * - `plain.reading-level`: a text whose Flesch–Douma score is below 60 (see docs/feed.md
 *   for why 60 stands for B1, and the syllable rule below).
 */
import { findTerms } from './glossary.js';
import { describeProblem, type FeedProblemCode } from './problem-codes.js';
import type { FeedProblem, GlossaryEntry } from './types.js';

/** The longest sentence B1 writing guides allow; "more than 20 words" is the warning. */
export const MAX_SENTENCE_WORDS = 20;
/** Flesch–Douma below this is above B1 (docs/feed.md, "Eenvoudig Nederlands"). */
export const MIN_READING_EASE = 60;
/** Shorter texts are not scored: the formula says little about a label of a few words. */
export const MIN_WORDS_TO_SCORE = 15;

/** Fields whose text residents read. Names, ids, addresses and links are not prose. */
const TEXT_FIELDS = new Set([
  'title',
  'intro',
  'text',
  'help',
  'label',
  'description',
  'explanation',
  'note',
  'accessibility',
  'privacyText',
  'actions',
  'message',
]);

export interface PlainLanguageOptions {
  /** Language of the messages: "nl" (default) or "en". */
  lang?: string;
}

export interface ReadingStats {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Douma: 206.835 − 0.93 × words per sentence − 77 × syllables per word. */
  ease: number;
}

// Vowels, including accented ones; "ij" counts as one vowel. A vowel with a diaeresis
// (ideeën, geïnteresseerd) starts a new syllable, as the diaeresis is there to say so.
const VOWEL_GROUP = /ij|[aeiouyàáâäèéêíîóôúûý]+|[ëïöü][aeiouyàáâèéêíîóôúûý]*/giu;

/**
 * Syllables of a Dutch word, by the common vowel-group rule: every run of vowels ("aa",
 * "oei", "ij") is one syllable, a vowel with a diaeresis opens a new one; at least 1.
 * Numbers and symbols count as one.
 */
export function countSyllables(word: string): number {
  const matches = word.toLocaleLowerCase('nl').match(VOWEL_GROUP);
  return Math.max(1, matches?.length ?? 0);
}

/** Words: runs of letters and digits, with inner hyphens and apostrophes ("e-mail", "auto's"). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’\-–][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Sentences: ends at . ! ? or … followed by a space, or at a line break. A full stop inside
 * a number or an abbreviation with dots ("o.a.", "bijv.") does not end one.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?…])\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsOf(sentence).length > 0);
}

/** Flesch–Douma (Douma 1960), the Dutch adaptation of Flesch's Reading Ease. */
export function readingStats(text: string): ReadingStats {
  const sentences = sentencesOf(text);
  const words = sentences.flatMap(wordsOf);
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  const ease =
    words.length === 0 ? 100 : 206.835 - 0.93 * (words.length / Math.max(1, sentences.length)) - 77 * (syllables / words.length);
  return { words: words.length, sentences: sentences.length, syllables, ease };
}

/** A Dutch postcode ("5211 AB") is not an abbreviation. */
const POSTCODE = /\b\d{4}\s?\p{Lu}{2}\b/gu;
const ABBREVIATION = /(?<![\p{L}\p{N}])\p{L}*\p{Lu}{2,}\p{L}*(?![\p{L}\p{N}])/gu;

/** Abbreviations in `text` that the glossary does not explain, each once. */
export function unexplainedAbbreviations(text: string, glossary: readonly GlossaryEntry[]): string[] {
  const found = new Set<string>();
  for (const match of text.replace(POSTCODE, ' ').matchAll(ABBREVIATION)) {
    const word = match[0];
    // The glossary's own matcher decides: "GGD" in the glossary covers "GGD", "Wmo" covers "Wmo".
    const segments = findTerms(word, glossary);
    const explained = segments.length === 1 && typeof segments[0] !== 'string';
    if (!explained) found.add(word);
  }
  return [...found];
}

/** A text a resident reads, with its path in the JSON ("places[3].description.nl"). */
export interface TextAt {
  path: string;
  text: string;
}

/**
 * Deepest nesting read. A resident's text sits at most a few levels down
 * (guides[0].steps[1].contacts[0].description.nl); a hostile file nests thousands of lists,
 * which would otherwise overflow the call stack.
 */
const MAX_DEPTH = 32;

/** Every resident-facing Dutch text in a raw feed, with its path in the JSON. */
function dutchTexts(value: unknown, path: string, inText: boolean, feedLanguage: string, out: TextAt[], depth = 0): TextAt[] {
  if (depth > MAX_DEPTH) return out;
  if (typeof value === 'string') {
    if (inText && feedLanguage === 'nl' && value.trim()) out.push({ path, text: value });
    return out;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => dutchTexts(item, `${path}[${index}]`, inText, feedLanguage, out, depth + 1));
    return out;
  }
  if (!value || typeof value !== 'object') return out;
  const record = value as Record<string, unknown>;
  if (inText && typeof record.nl === 'string') {
    if (record.nl.trim()) out.push({ path: `${path}.nl`, text: record.nl });
    return out;
  }
  for (const [key, child] of Object.entries(record)) {
    dutchTexts(child, path ? `${path}.${key}` : key, TEXT_FIELDS.has(key), feedLanguage, out, depth + 1);
  }
  return out;
}

/**
 * Every resident-facing Dutch text of a raw feed (as read from JSON), with its path: the
 * texts `checkPlainLanguage` reads. The studio's jargon suggestions read the same ones.
 */
export function residentTexts(feed: unknown): TextAt[] {
  if (!feed || typeof feed !== 'object' || Array.isArray(feed)) return [];
  const record = feed as Record<string, unknown>;
  const feedLanguage = typeof record.language === 'string' ? record.language.toLowerCase().split('-')[0]! : 'nl';
  return dutchTexts(record, '', false, feedLanguage, []);
}

/** The glossary of a raw feed as far as marking needs it: terms and aliases, no explanations. */
export function glossaryOf(feed: Record<string, unknown>): GlossaryEntry[] {
  if (!Array.isArray(feed.glossary)) return [];
  return feed.glossary.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== 'object') return [];
    const { term, aliases } = entry as { term?: unknown; aliases?: unknown };
    if (typeof term !== 'string' || !term.trim()) return [];
    const names = Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string') : [];
    return [{ term: term.trim(), aliases: names, explanation: '' } as GlossaryEntry];
  });
}

/**
 * Warnings about plain Dutch in a raw feed (as read from JSON). Paths are those of the
 * JSON file, like the validator's ("places[3].description.nl").
 */
export function checkPlainLanguage(feed: unknown, options: PlainLanguageOptions = {}): FeedProblem[] {
  if (!feed || typeof feed !== 'object' || Array.isArray(feed)) return [];
  const lang = options.lang ?? 'nl';
  const glossary = glossaryOf(feed as Record<string, unknown>);
  const problems: FeedProblem[] = [];
  const warn = (code: FeedProblemCode, path: string, params: Parameters<typeof describeProblem>[1]) =>
    problems.push({ severity: 'warning', code, path, message: describeProblem(code, params, lang) });

  for (const { path, text } of residentTexts(feed)) {
    const sentences = sentencesOf(text);
    const named = new Set<string>();
    for (const sentence of sentences) {
      for (const abbreviation of unexplainedAbbreviations(sentence, glossary)) {
        // Once per text: the first sentence is enough to find it.
        if (named.has(abbreviation)) continue;
        named.add(abbreviation);
        warn('plain.abbreviation', path, { value: abbreviation, sentence });
      }
      const words = wordsOf(sentence).length;
      if (words > MAX_SENTENCE_WORDS) warn('plain.sentence-too-long', path, { sentence, words, max: MAX_SENTENCE_WORDS });
    }
    const stats = readingStats(text);
    if (stats.words >= MIN_WORDS_TO_SCORE && stats.ease < MIN_READING_EASE) {
      // Quote the hardest sentence, so the editor knows where to start.
      const hardest = sentences.reduce((worst, sentence) => (readingStats(sentence).ease < readingStats(worst).ease ? sentence : worst));
      warn('plain.reading-level', path, { sentence: hardest, score: Math.round(stats.ease), min: MIN_READING_EASE });
    }
  }
  return problems;
}
