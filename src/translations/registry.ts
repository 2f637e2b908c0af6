import nl, { type Translation } from './nl.js';
import en from './en.js';

/**
 * Translations known on this page. Kept on `globalThis` so two copies of the kit (two
 * versions, or the npm build next to the CDN build) share one table.
 */
const registryKey = Symbol.for('buurtkit.translations');
type Registry = Map<string, Translation>;
const globalStore = globalThis as unknown as Record<symbol, Registry | undefined>;
const translations: Registry = (globalStore[registryKey] ??= new Map());

/** Adds or replaces languages; one call per language file (`registerTranslation(ar)`). */
export function registerTranslation(...added: Translation[]): void {
  for (const translation of added) translations.set(translation.$code.toLowerCase(), translation);
}

registerTranslation(nl, en);

/** The table for `lang` ("en-GB" → "en"), else Dutch. */
export function translationFor(lang: string): Translation {
  const code = lang.toLowerCase();
  return translations.get(code) ?? translations.get(code.split('-')[0]!) ?? nl;
}

type Params<K extends keyof Translation> = Translation[K] extends (...args: infer A) => string ? A : [];

/** The string `key` in `lang`, with parameters for strings that need them. */
export function term<K extends keyof Translation>(lang: string, key: K, ...args: Params<K>): string {
  const table = translationFor(lang);
  const entry = (table[key] ?? nl[key]) as unknown;
  return typeof entry === 'function' ? (entry as (...a: unknown[]) => string)(...args) : String(entry);
}

export type { Translation };
