import { term } from '../translations/registry.js';

// Building an Intl.DisplayNames costs far more than asking one; keep one per language.
const displayNames = new Map<string, Intl.DisplayNames | null>();

/**
 * The name of language `code` in language `lang`: "Arabisch" for "ar" in Dutch. For codes the
 * browser cannot name (Chromium gives "ber" back for Berber) the kit's own table answers
 * ("Berbers (Tamazight)"), and as a last resort the code itself. Starts with a capital, as a
 * label in a list does.
 */
export function languageName(code: string, lang: string): string {
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
