import type { LocalizedText } from './types.js';

/**
 * The text of `value` in `lang`, falling back to Dutch and then to the first language
 * the feed gives, so a resident always sees something rather than nothing.
 * A language tag with a region ("nl-BE") also matches its base language ("nl").
 */
export function localize(value: LocalizedText | undefined, lang = 'nl'): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  const base = lang.split('-')[0]!;
  for (const key of [lang, base, 'nl']) {
    const text = Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
    if (typeof text === 'string' && text !== '') return text;
  }
  for (const text of Object.values(value)) {
    if (typeof text === 'string' && text !== '') return text;
  }
  return '';
}

/** The language actually used by `localize(value, lang)`, for a `lang` attribute on the text. */
export function localizedLanguage(value: LocalizedText | undefined, lang = 'nl', feedLanguage = 'nl'): string {
  if (value === undefined || typeof value === 'string') return feedLanguage;
  const base = lang.split('-')[0]!;
  for (const key of [lang, base, 'nl']) {
    if (Object.prototype.hasOwnProperty.call(value, key) && value[key]) return key;
  }
  return Object.keys(value).find((key) => value[key]) ?? feedLanguage;
}
