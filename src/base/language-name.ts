import { term, translationFor } from '../translations/registry.js';

// Building an Intl.DisplayNames costs far more than asking one; keep one per language.
const displayNames = new Map<string, Intl.DisplayNames | null>();

/**
 * In Dutch, the languages the sign-up form always offers, written out: the page's first
 * Intl.DisplayNames loads the browser's language data, about 20 ms here and 80 on a phone, in
 * the form's first render (its list of languages). A test checks them against Intl; other
 * languages, and other codes, still ask Intl.
 */
export const DUTCH_LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  nl: 'Nederlands',
  en: 'Engels',
  ar: 'Arabisch',
  tr: 'Turks',
  pl: 'Pools',
  uk: 'Oekraïens',
  so: 'Somalisch',
  ti: 'Tigrinya',
};

/**
 * The name of language `code` in language `lang`: "Arabisch" for "ar" in Dutch. The kit's own
 * names come first (Dutch above, and in each table the languages browsers may not name:
 * Chromium gives "ber" back for Berber, the kit says "Berbers (Tamazight)"), then the
 * browser's, and as a last resort the code itself. Starts with a capital, as a label in a
 * list does.
 */
export function languageName(code: string, lang: string): string {
  if (/^nl(-|$)/i.test(lang) && Object.hasOwn(DUTCH_LANGUAGE_NAMES, code)) return DUTCH_LANGUAGE_NAMES[code]!;
  // On a page whose language has a table of the kit's, its own names for the languages browsers
  // may not name come first, which also spares a feed that lists Berber the language data.
  // Elsewhere that table is the Dutch one: the browser's name in the page's language is better.
  const pageTable = translationFor(lang).$code.toLowerCase() === lang.toLowerCase().split('-')[0];
  const kitName = pageTable ? term(lang, 'languageFallback', code) : '';
  if (kitName) return kitName;
  let names = displayNames.get(lang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([lang, 'nl'], { type: 'language' });
    } catch {
      names = null;
    }
    displayNames.set(lang, names);
  }
  let name: string | undefined;
  try {
    name = names?.of(code);
  } catch {
    name = undefined; // Not a valid language tag.
  }
  if (!name || name.toLowerCase() === code.toLowerCase()) return term(lang, 'languageFallback', code) || code;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
