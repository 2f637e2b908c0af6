import { nothing, type TemplateResult } from 'lit';
import { feedText } from '../../base/feed-lang.js';
import { renderTextWithTerms } from '../../base/term.js';
import { localize } from '../../feed/text.js';
import type { Feed, LocalizedText } from '../../feed/types.js';
import type { Translate } from '../../translations/registry.js';

/**
 * What the guide's templates (help bar, question, advice, place card) read: the words and
 * the feed text in the visitor's language. The element builds one per render and keeps the
 * state; the templates only draw.
 */

export interface GuideView {
  /** The feed on screen; undefined while it loads (the help bar is drawn in every state). */
  feed?: Feed;
  /** The element's language (feed texts are chosen in it). */
  lang: string;
  /** A string from the translation table in the element's language. */
  t: Translate;
  /** Feed text with glossary terms marked, and its own `lang` when it differs from the kit's. */
  text(value: LocalizedText | undefined): TemplateResult | typeof nothing;
  /** Feed text as plain text (for places where buttons cannot go, such as inside a button). */
  plain(value: LocalizedText | undefined): TemplateResult | string;
}

/** The view of `feed` for a visitor reading `lang`, in the words of `t`. */
export function guideView(feed: Feed | undefined, lang: string, t: Translate): GuideView {
  const view: GuideView = {
    feed,
    lang,
    t,
    text(value) {
      const text = localize(value, lang);
      return text ? feedText(view, value, renderTextWithTerms(text, feed, lang, value)) : nothing;
    },
    // Empty without a text: no empty element marked as Dutch where a help line has no description.
    plain: (value) => feedText(view, value),
  };
  return view;
}
