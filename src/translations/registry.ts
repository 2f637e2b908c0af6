import common from './nl/common.js';
import type { Translation } from './nl.js';

/**
 * Translations known on this page. Kept on `globalThis` so two copies of the kit (two
 * versions, or the npm build next to the CDN build) share one table.
 * Dutch is built in, element by element: the strings all elements share are here, and each
 * element's module adds its own (`addDutch`). Other languages are fetched whole when an
 * element first needs them, so a Dutch page does not download every language the kit speaks.
 */
interface Registry {
  tables: Map<string, Translation>;
  loaders: Map<string, () => Promise<{ default: Translation }>>;
  pending: Map<string, Promise<void>>;
}

const registryKey = Symbol.for('buurtkit.translations.v1');
const globalStore = globalThis as unknown as Record<symbol, Registry | undefined>;
const registry: Registry = (globalStore[registryKey] ??= { tables: new Map(), loaders: new Map(), pending: new Map() });

/** Adds or replaces languages; one call per language file (`registerTranslation(ar)`). */
export function registerTranslation(...added: Translation[]): void {
  for (const translation of added) registry.tables.set(translation.$code.toLowerCase(), translation);
}

/** Makes a language available on demand: `registerTranslationLoader('tr', () => import('./tr.js'))`. */
export function registerTranslationLoader(code: string, load: () => Promise<{ default: Translation }>): void {
  registry.loaders.set(code.toLowerCase(), load);
}

/**
 * The Dutch table of this copy of the kit: the shared strings, then each element's as its
 * module arrives. Typed whole because every string a loaded element asks for is in it.
 */
const nl = { ...common } as Translation;

/**
 * Adds one element's Dutch strings (src/translations/nl/*.ts call this when imported).
 * Keys already there are kept, so a Dutch table an embedder registered keeps its wording.
 */
export function addDutch(section: Partial<Translation>): void {
  const tables = new Set([nl, registry.tables.get('nl')]);
  for (const table of tables) {
    // A frozen table of the embedder's stays as it is; `term` falls back to ours for the rest.
    if (!table || !Object.isExtensible(table)) continue;
    for (const [key, value] of Object.entries(section)) {
      if (!Object.prototype.hasOwnProperty.call(table, key)) (table as Record<string, unknown>)[key] = value;
    }
  }
}

registerTranslation(nl);
registerTranslationLoader('en', () => import('./en.js'));
registerTranslationLoader('ar', () => import('./ar.js'));
registerTranslationLoader('tr', () => import('./tr.js'));
registerTranslationLoader('pl', () => import('./pl.js'));
registerTranslationLoader('uk', () => import('./uk.js'));

/** Every language this page can show: the loaded tables and the ones it can fetch. */
export function knownLanguages(): string[] {
  return [...new Set([...registry.tables.keys(), ...registry.loaders.keys()])];
}

function codesFor(lang: string): string[] {
  const code = lang.toLowerCase();
  return [code, code.split('-')[0]!];
}

/**
 * Fetches the table for `lang` when it is known but not yet loaded. Resolves at once when
 * there is nothing to fetch; a language that fails to load falls back to Dutch.
 */
export function loadTranslation(lang: string): Promise<void> {
  for (const code of codesFor(lang)) {
    if (registry.tables.has(code)) return Promise.resolve();
    const load = registry.loaders.get(code);
    if (!load) continue;
    const pending =
      registry.pending.get(code) ??
      load().then(
        (module) => registerTranslation(module.default),
        () => {
          registry.pending.delete(code);
        },
      );
    registry.pending.set(code, pending);
    return pending;
  }
  return Promise.resolve();
}

/** The table for `lang` ("en-GB" → "en") when loaded, else Dutch. */
export function translationFor(lang: string): Translation {
  for (const code of codesFor(lang)) {
    const table = registry.tables.get(code);
    if (table) return table;
  }
  return nl;
}

export type Params<K extends keyof Translation> = Translation[K] extends (...args: infer A) => string ? A : [];

/** An element's `t()`, handed to template modules so they speak the element's language and table. */
export type Translate = <K extends keyof Translation>(key: K, ...args: Params<K>) => string;

/** The string `key` in `lang`, with parameters for strings that need them. */
export function term<K extends keyof Translation>(lang: string, key: K, ...args: Params<K>): string {
  const table = translationFor(lang);
  const entry = (table[key] ?? nl[key]) as unknown;
  return typeof entry === 'function' ? (entry as (...a: unknown[]) => string)(...args) : String(entry);
}

export type { Translation };
