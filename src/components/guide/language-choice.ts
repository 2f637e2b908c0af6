import { html, nothing, type TemplateResult } from 'lit';
import { isRightToLeft } from '../../base/buurt-element.js';
import { storageKey } from '../../feed/storage.js';

/**
 * The guide's language choice (`languages="nl ar tr"`): each language named in itself
 * ("Nederlands", "العربية", "Türkçe"), kept for the visit in sessionStorage under the kit's
 * storage namespace, so a resident who switched keeps reading in their language on the next
 * page, and nothing stays behind once the browser closes.
 */

/** The session key: `buurtkit:guide-language` in the default namespace. */
export const LANGUAGE_CHOICE_KEY = ':guide-language';

/** Valid, unique language tags from the attribute ("nl ar tr"); fewer than two means no choice. */
export function parseLanguages(value: string | null | undefined): string[] {
  const codes: string[] = [];
  for (const part of (value ?? '').split(/[\s,]+/)) {
    if (!part) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(part);
      if (canonical && !codes.some((code) => code.toLowerCase() === canonical.toLowerCase())) codes.push(canonical);
    } catch {
      // Not a language tag: left out rather than shown as a button nobody can read.
    }
  }
  return codes.length >= 2 ? codes : [];
}

/**
 * The kit's own languages, named in themselves. Written out because an Intl.DisplayNames per
 * language loads that language's data (about 5 ms each here, more on a phone) in the guide's
 * first render; a test checks them against Intl. Other languages still ask Intl.
 */
export const KIT_LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  nl: 'Nederlands',
  en: 'English',
  ar: 'العربية',
  tr: 'Türkçe',
  pl: 'Polski',
  uk: 'Українська',
};

const ownNames = new Map<string, string>(Object.entries(KIT_LANGUAGE_NAMES));

/** The name of a language in that language itself: "العربية" for "ar", "Türkçe" for "tr". */
export function nativeName(code: string): string {
  let name = ownNames.get(code);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    } catch {
      name = code;
    }
    name = name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
    ownNames.set(code, name);
  }
  return name;
}

function session(): Pick<Storage, 'getItem' | 'setItem'> | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    // A sandboxed frame or blocked storage: the choice then lasts only while the page is open.
    return undefined;
  }
}

/** The language chosen earlier in this visit, when it is one of `languages`. */
export function storedLanguage(languages: readonly string[]): string | undefined {
  let stored: string | null | undefined;
  try {
    stored = session()?.getItem(storageKey(LANGUAGE_CHOICE_KEY));
  } catch {
    return undefined;
  }
  return languages.find((code) => code.toLowerCase() === stored?.toLowerCase());
}

export function storeLanguage(code: string): void {
  try {
    session()?.setItem(storageKey(LANGUAGE_CHOICE_KEY), code);
  } catch {
    // Full or blocked: the choice still applies on this page.
  }
}

/** A row of buttons, the current one pressed; each button speaks its own language. */
export function renderLanguageChoice(
  languages: readonly string[],
  current: string,
  label: string,
  onChoose: (code: string) => void,
): TemplateResult | typeof nothing {
  if (languages.length < 2) return nothing;
  const base = current.toLowerCase().split('-')[0];
  return html`<nav class="languages" part="languages" aria-label=${label}>
    <ul class="languages__list" role="list">
      ${languages.map((code) => {
        const pressed = code.toLowerCase() === current.toLowerCase() || code.toLowerCase() === base;
        return html`<li>
          <button
            type="button"
            class="languages__button"
            lang=${code}
            dir=${isRightToLeft(code) ? 'rtl' : 'ltr'}
            aria-pressed=${pressed ? 'true' : 'false'}
            @click=${() => onChoose(code)}
          >
            ${nativeName(code)}
          </button>
        </li>`;
      })}
    </ul>
  </nav>`;
}
