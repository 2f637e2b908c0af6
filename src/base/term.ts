import { css, html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { findTerms } from '../feed/glossary.js';
import { localize } from '../feed/text.js';
import type { GlossaryEntry } from '../feed/types.js';

let nextTermId = 0;

/**
 * Feed text with its glossary terms marked. A term is a button (so it works by tap and
 * keyboard, not only hover) whose explanation is its accessible description and shows
 * on focus or tap; Escape or a second tap hides it. The state lives in the DOM, not in
 * the host element, so any element can use this without extra properties.
 */
export function renderTextWithTerms(text: string, glossary: readonly GlossaryEntry[], lang: string): TemplateResult {
  const segments = findTerms(text, glossary);
  return html`${repeat(
    segments,
    (segment, index) => (typeof segment === 'string' ? `t${index}` : `g${index}:${segment.text}`),
    (segment) => (typeof segment === 'string' ? segment : renderTerm(segment.text, localize(segment.entry.explanation, lang))),
  )}`;
}

function renderTerm(text: string, explanation: string): TemplateResult {
  const id = `buurt-term-${++nextTermId}`;
  return html`<span class="term"
    ><button
      type="button"
      class="term__button"
      part="term"
      aria-expanded="false"
      aria-describedby=${id}
      @click=${toggle}
      @focus=${open}
      @blur=${close}
      @keydown=${closeOnEscape}
    >${text}</button
    ><span class="term__tip" part="term-explanation" id=${id}>${explanation}</span></span
  >`;
}

function setExpanded(button: HTMLButtonElement, expanded: boolean): void {
  button.setAttribute('aria-expanded', String(expanded));
}

function toggle(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  setExpanded(button, button.getAttribute('aria-expanded') !== 'true');
}

function open(event: Event): void {
  setExpanded(event.currentTarget as HTMLButtonElement, true);
}

function close(event: Event): void {
  setExpanded(event.currentTarget as HTMLButtonElement, false);
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
    text-decoration: underline dotted;
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
    max-inline-size: min(20rem, 80vw);
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_color-border, #767676);
    border-radius: var(--_radius, 4px);
    background: var(--_color-background, #fff);
    color: var(--_color-text, #1a1a1a);
    font-size: 0.9375rem;
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
