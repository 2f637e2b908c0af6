import type { GlossaryEntry } from './types.js';

/** A piece of text: plain, or a glossary term found in it. */
export type TermSegment = string | { text: string; entry: GlossaryEntry };

interface TermMatcher {
  pattern: RegExp;
  entries: Map<string, GlossaryEntry>;
}

// Compiling one pattern per glossary (not per text) keeps marking cheap in long lists.
const matchers = new WeakMap<readonly GlossaryEntry[], TermMatcher | null>();

/**
 * Splits `text` into plain parts and glossary terms, so a widget can mark the terms and
 * explain them. Each term is marked once per text (its first occurrence): marking every
 * "CJG" in a paragraph would make a row of buttons out of a sentence.
 * Abbreviations (no lower-case letters, like "GGD") match only in capitals, so the
 * Dutch word "git" or "mim" in a sentence is not taken for an abbreviation; other terms
 * ("koffie-inloop") match in any case. Terms match whole words only.
 */
export function findTerms(text: string, glossary: readonly GlossaryEntry[]): TermSegment[] {
  const matcher = matcherFor(glossary);
  if (!matcher || text === '') return text === '' ? [] : [text];

  const segments: TermSegment[] = [];
  const seen = new Set<GlossaryEntry>();
  let last = 0;
  matcher.pattern.lastIndex = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const found = match[0];
    const entry = matcher.entries.get(found.toLocaleLowerCase('nl'));
    if (!entry || seen.has(entry)) continue;
    const spelling = [entry.term, ...entry.aliases].find((name) => name.toLocaleLowerCase('nl') === found.toLocaleLowerCase('nl'));
    if (spelling && isAbbreviation(spelling) && spelling !== found) continue;
    seen.add(entry);
    if (match.index > last) segments.push(text.slice(last, match.index));
    segments.push({ text: found, entry });
    last = match.index + found.length;
  }
  if (last < text.length) segments.push(text.slice(last));
  return segments;
}

function isAbbreviation(term: string): boolean {
  return term === term.toLocaleUpperCase('nl') && /\p{Lu}/u.test(term);
}

function matcherFor(glossary: readonly GlossaryEntry[]): TermMatcher | null {
  const cached = matchers.get(glossary);
  if (cached !== undefined) return cached;

  const entries = new Map<string, GlossaryEntry>();
  for (const entry of glossary) {
    for (const name of [entry.term, ...entry.aliases]) {
      const key = name.trim().toLocaleLowerCase('nl');
      if (key && !entries.has(key)) entries.set(key, entry);
    }
  }
  const names = [...entries.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const matcher =
    names.length === 0
      ? null
      : { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), entries };
  matchers.set(glossary, matcher);
  return matcher;
}

function escapeRegExp(text: string): string {
  // Only syntax characters: the `u` flag rejects needless escapes such as `\-`.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
