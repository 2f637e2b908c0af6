import type { LocalizedText } from './types.js';

/**
 * The language whose text `localize` shows: `lang`, its base language, Dutch, then the first
 * language the feed gives a text in. One search for both functions, so the `lang` put on a
 * text always names the language that text is in.
 */
function languageShown(value: { readonly [lang: string]: string }, lang: string): string | undefined {
  return [lang, lang.split('-')[0]!, 'nl', ...Object.keys(value)].find(
    (key) => Object.prototype.hasOwnProperty.call(value, key) && typeof value[key] === 'string' && value[key] !== '',
  );
}

/**
 * The text of `value` in `lang`, falling back to Dutch and then to the first language
 * the feed gives, so a resident always sees something rather than nothing.
 * A language tag with a region ("nl-BE") also matches its base language ("nl").
 */
export function localize(value: LocalizedText | undefined, lang = 'nl'): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  const shown = languageShown(value, lang);
  return shown === undefined ? '' : value[shown]!;
}

/** The language actually used by `localize(value, lang)`, for a `lang` attribute on the text. */
export function localizedLanguage(value: LocalizedText | undefined, lang = 'nl', feedLanguage = 'nl'): string {
  if (value === undefined || typeof value === 'string') return feedLanguage;
  return languageShown(value, lang) ?? feedLanguage;
}
