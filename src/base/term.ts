import { css, html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { findTerms } from '../feed/glossary.js';
import { localize, localizedLanguage } from '../feed/text.js';
import type { GlossaryEntry, LocalizedText } from '../feed/types.js';
import { sameLanguage } from './buurt-element.js';

let nextTermId = 0;

/**
 * Feed text with its glossary terms marked. A term is a button (so it works by tap and
 * keyboard, not only hover) whose explanation is its accessible description and shows
 * on focus or tap; Escape or a second tap hides it. The state lives in the DOM, not in
 * the host element, so any element can use this without extra properties.
 *
 * `feed` gives the glossary and the language its plain strings are in; `lang` is the visitor's.
 * `source` is the feed text `text` was localized from. An explanation that falls back to another
 * language than it (the text in English, the glossary only in Dutch, or the other way round)
 * carries its own `lang` (WCAG 3.1.2); without `source` no explanation is marked.
 *
 * @csspart term - A glossary term (a button) in feed text.
 * @csspart term-explanation - The explanation that opens under a glossary term.
 */
export function renderTextWithTerms(
  text: string,
  feed: { glossary: readonly GlossaryEntry[]; language?: string } | undefined,
  lang: string,
  source?: LocalizedText,
): TemplateResult {
  const feedLanguage = feed?.language;
  const textLang = source === undefined ? undefined : localizedLanguage(source, lang, feedLanguage);
  const segments = findTerms(text, feed?.glossary ?? []);
  return html`${repeat(
    segments,
    (segment, index) => (typeof segment === 'string' ? `t${index}` : `g${index}:${segment.text}`),
    (segment) => {
      if (typeof segment === 'string') return segment;
      const { explanation } = segment.entry;
      const own = localizedLanguage(explanation, lang, feedLanguage);
      return renderTerm(segment.text, localize(explanation, lang), textLang && !sameLanguage(own, textLang) ? own : undefined);
    },
  )}`;
}

function renderTerm(text: string, explanation: string, lang: string | undefined): TemplateResult {
  const id = `buurt-term-${++nextTermId}`;
  return html`<span class="term"
    ><button
      type="button"
      class="term__button"
      part="term"
      aria-expanded="false"
      aria-describedby=${id}
      @pointerdown=${rememberState}
      @click=${toggle}
      @focus=${open}
      @blur=${close}
      @keydown=${closeOnEscape}
    >${text}</button
    ><span class="term__tip" part="term-explanation" id=${id} lang=${lang ?? nothing} dir=${lang ? 'auto' : nothing}>${explanation}</span></span
  >`;
}

// A tap focuses the button (which opens the explanation) before its click arrives; the click
// must toggle from the state before the tap, or a first tap opens and closes it at once.
const stateBeforePointer = new WeakMap<HTMLButtonElement, boolean>();

function setExpanded(button: HTMLButtonElement, expanded: boolean): void {
  button.setAttribute('aria-expanded', String(expanded));
  if (expanded) keepInView(button);
}

/**
 * The explanation hangs from the term, so a term near the edge of a phone screen (or of a
 * scrolling panel) would push it out of sight; shift it back inside the element and the viewport.
 */
function keepInView(button: HTMLButtonElement): void {
  const tip = button.nextElementSibling as HTMLElement | null;
  if (!tip) return;
  tip.style.translate = '';
  tip.style.maxInlineSize = '';
  const margin = 8;
  const root = button.getRootNode();
  const host = root instanceof ShadowRoot ? root.host.getBoundingClientRect() : undefined;
  const left = Math.max(margin, host ? host.left : 0);
  const right = Math.min(document.documentElement.clientWidth - margin, host ? host.right : Infinity);
  if (right - left <= 0) return;
  let rect = tip.getBoundingClientRect();
  if (rect.width > right - left) {
    tip.style.maxInlineSize = `${right - left}px`;
    rect = tip.getBoundingClientRect();
  }
  let shift = 0;
  if (rect.right > right) shift = right - rect.right;
  if (rect.left + shift < left) shift = left - rect.left;
  if (shift !== 0) tip.style.translate = `${shift}px 0`;
}

function rememberState(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  stateBeforePointer.set(button, button.getAttribute('aria-expanded') === 'true');
}

function toggle(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  const before = stateBeforePointer.get(button);
  stateBeforePointer.delete(button);
  setExpanded(button, !(before ?? button.getAttribute('aria-expanded') === 'true'));
}

function open(event: Event): void {
  setExpanded(event.currentTarget as HTMLButtonElement, true);
}

function close(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  stateBeforePointer.delete(button);
  setExpanded(button, false);
}

function closeOnEscape(event: KeyboardEvent): void {
  const button = event.currentTarget as HTMLButtonElement;
  if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
    // Escape closes the explanation first; only a second Escape should close a dialog around it.
    event.stopPropagation();
    setExpanded(button, false);
  }
}

/** Styles for `renderTextWithTerms`; include them in the element's `styles`. */
export const termStyles = css`
  .term {
    position: relative;
    display: inline;
  }

  .term__button {
    all: unset;
    min-height: 0;
    cursor: help;
    color: inherit;
    /* Longhands: WebKit reads the shorthand with a style (underline dotted) as invalid, and
       Safari showed no mark at all on the terms that can be explained. */
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
  }

  .term__button:focus-visible {
    outline: 3px solid var(--_color-focus, #000);
    outline-offset: 2px;
    background: var(--_color-focus-background, #ffdd00);
  }

  .term__tip {
    display: none;
    position: absolute;
    z-index: 10;
    inset-block-start: calc(100% + 4px);
    inset-inline-start: 0;
    inline-size: max-content;
    max-inline-size: min(calc(20 * var(--_buurt-rem)), 80vw);
    padding: calc(0.5 * var(--_buurt-rem)) calc(0.75 * var(--_buurt-rem));
    border: 1px solid var(--_color-border, #767676);
    border-radius: var(--_radius, 4px);
    background: var(--_color-background, #fff);
    color: var(--_color-text, #1a1a1a);
    font-size: calc(0.9375 * var(--_buurt-rem));
    font-weight: normal;
    line-height: 1.4;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
    white-space: normal;
  }

  .term__button[aria-expanded='true'] + .term__tip {
    display: block;
  }

  @media print {
    .term__tip {
      display: inline;
      position: static;
      border: none;
      box-shadow: none;
      padding: 0;
    }
    .term__tip::before {
      content: ' (';
    }
    .term__tip::after {
      content: ')';
    }
  }
`;
