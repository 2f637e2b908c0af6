import { html, type TemplateResult } from 'lit';
import { localize, localizedLanguage } from '../feed/text.js';
import type { Feed, LocalizedText } from '../feed/types.js';
import type { Translate } from '../translations/registry.js';
import { sameLanguage } from './buurt-element.js';

/**
 * Feed text often exists only in Dutch, shown on a page in English or Arabic. It must say so
 * (WCAG 3.1.2), or a screen reader reads "Koffie-inloop" with an English voice. The kit's own
 * words are in the language of its table, which `t('$code')` names (Dutch on a page in a
 * language the kit has no table for), so every element's template context can ask.
 */

/** What every element's templates hold: the feed, the visitor's language, the kit's words. */
export interface FeedWords {
  feed?: Feed | undefined;
  lang: string;
  t: Translate;
}

/** `lang` for feed text `value`: the language it is shown in, when that is not the kit's own. */
export function feedLang(words: FeedWords, value: LocalizedText | undefined): string | undefined {
  const own = localizedLanguage(value, words.lang, words.feed?.language);
  return sameLanguage(own, words.t('$code')) ? undefined : own;
}

/**
 * Feed text `value` (in the visitor's language or its fallback), or `content` made from it,
 * in its own element where `feedLang` asks for a `lang`; empty without a text.
 */
export function feedText(words: FeedWords, value: LocalizedText | undefined): TemplateResult | string;
export function feedText<T>(words: FeedWords, value: LocalizedText | undefined, content: T): T | TemplateResult;
export function feedText(words: FeedWords, value: LocalizedText | undefined, content: unknown = localize(value, words.lang)): unknown {
  const own = feedLang(words, value);
  return own && content ? html`<span lang=${own} dir="auto">${content}</span>` : content;
}

/** Stands for a feed text in a translated sentence or list (`t('signupTaskPlace', PART)`), until `withParts` puts it in. */
export const PART = '\u0001';

/**
 * A sentence made with `PART` for feed texts ("Where: " + name), with the feed texts (in
 * order) put back as parts of their own, so each keeps its element and `lang`. Sighted
 * readers see the same sentence.
 */
export function withParts(sentence: string, parts: readonly unknown[]): unknown[] {
  return sentence.split(PART).flatMap((piece, index) => (index ? [parts[index - 1], piece] : piece));
}
