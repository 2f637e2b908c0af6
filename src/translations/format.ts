/**
 * Grammar the tables share: plural forms, lists and numbers come from `Intl`, so a table
 * names its words and the browser picks the form (Arabic has six plural forms, Polish and
 * Ukrainian three or four), instead of every table hand-joining strings.
 */

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();

/** The form of `forms` that `count` takes in `lang`; `#` in it becomes the number. */
export function plural(lang: string, count: number, forms: PluralForms): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  // Counts are shown in Western digits in every language: the kit's readers in the
  // Netherlands see those on signs, letters and phones.
  return (forms[rules.select(count)] ?? forms.other).replace('#', String(count));
}

/** "a, b en c" / "a, b ve c" / "a، b و c": a list joined the way `lang` joins it. */
export function list(lang: string, items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  const key = `${lang}\u0000${type}`;
  let format = listFormats.get(key);
  if (!format) {
    try {
      format = new Intl.ListFormat(lang, { style: 'long', type });
    } catch {
      format = new Intl.ListFormat('nl', { style: 'long', type });
    }
    listFormats.set(key, format);
  }
  return format.format(items);
}

/** "1,5 km" with the decimal sign of `lang`. */
export function decimal(lang: string, value: number, digits = 1): string {
  return new Intl.NumberFormat([lang, 'nl'], { minimumFractionDigits: digits, maximumFractionDigits: digits, numberingSystem: 'latn' }).format(value);
}
