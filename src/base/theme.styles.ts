import { css } from 'lit';

/*
 * `--_buurt-rem` is the kit's own rem: the element's text size, in px, inherited by everything
 * in its shadow root. Spacing and sizes are multiples of it instead of `rem`, so they follow
 * the element's text size, which on a page with a 10px root is the page's 16px body text, not
 * the root; on other pages it is 1rem, so nothing changes there. Registered as a length,
 * because unregistered it would travel as the word `1em` and be taken relative to each element
 * that uses it (which is also what an old browser that cannot register it does: close enough).
 */
try {
  CSS.registerProperty({ name: '--_buurt-rem', syntax: '<length>', inherits: true, initialValue: '16px' });
} catch {
  // Registered already (another copy of the kit on the page), or no CSS.registerProperty.
}

/**
 * Design tokens. Each `--buurt-*` property falls back to the matching NL Design System
 * tokens, the Utrecht component token first and then the `--basis-*` token (so a
 * municipality's theme applies without work), and then to a plain default. Proven with the
 * real theme packages @utrecht/design-tokens and @nl-design-system-unstable/voorbeeld-design-tokens
 * in test/base/nlds-themes.test.ts.
 * Every element includes this first. The lines below describe the tokens in
 * custom-elements.json, on every element that reads them.
 *
 * @cssprop --buurt-font-family - Font of all text.
 * @cssprop --buurt-font-size - Base font size; everything else scales with it. Default: 1rem, or the text around the element when that is larger.
 * @cssprop --buurt-line-height - Line height of running text.
 * @cssprop --buurt-color-text - Text colour.
 * @cssprop --buurt-color-muted - Colour of secondary text (dates, hints).
 * @cssprop --buurt-color-background - Background of the element.
 * @cssprop --buurt-color-surface - Background of panels and cards inside it.
 * @cssprop --buurt-color-border - Borders of fields, panels and buttons.
 * @cssprop --buurt-color-primary - Main buttons and the accent colour.
 * @cssprop --buurt-color-on-primary - Text on the primary colour.
 * @cssprop --buurt-color-link - Links.
 * @cssprop --buurt-color-danger - Errors and the emergency accent.
 * @cssprop --buurt-color-success - Success messages.
 * @cssprop --buurt-color-focus - Focus outline.
 * @cssprop --buurt-color-focus-background - Halo around the focus outline.
 * @cssprop --buurt-focus-outline-style - Style of the focus outline (solid; a theme may say dashed).
 * @cssprop --buurt-radius - Corner radius.
 * @cssprop --buurt-space - Base spacing unit (default: the text size).
 * @cssprop --buurt-target-size - Smallest size of anything you can tap or click.
 */
export const themeStyles = css`
  :host {
    /* Order: our own token, then the NL Design System's Utrecht component token (what a theme
       sets for a document, a button, a link), then its basis token (the current architecture:
       --basis-color-action-1-…, --basis-text-font-family-default …), then a plain default. */
    --_font-family: var(--buurt-font-family, var(--utrecht-document-font-family, var(--basis-text-font-family-default, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)));
    --_font-size: var(--buurt-font-size, var(--utrecht-document-font-size, var(--basis-text-font-size-md, max(1rem, 1em))));
    --_line-height: var(--buurt-line-height, var(--utrecht-document-line-height, var(--basis-text-line-height-md, 1.5)));
    --_color-text: var(--buurt-color-text, var(--utrecht-document-color, var(--basis-color-default-color-document, #1a1a1a)));
    --_color-muted: var(--buurt-color-muted, var(--utrecht-color-grey-30, var(--basis-color-default-color-subtle, #4d4d4d)));
    --_color-background: var(--buurt-color-background, var(--utrecht-document-background-color, var(--basis-color-default-bg-document, #ffffff)));
    --_color-surface: var(--buurt-color-surface, var(--utrecht-color-grey-90, var(--basis-color-default-bg-subtle, #f3f3f3)));
    --_color-border: var(--buurt-color-border, var(--utrecht-color-grey-40, var(--basis-color-default-border-default, #767676)));
    --_color-primary: var(--buurt-color-primary, var(--utrecht-button-primary-action-background-color, var(--basis-color-action-1-inverse-bg-default, #154273)));
    --_color-on-primary: var(--buurt-color-on-primary, var(--utrecht-button-primary-action-color, var(--basis-color-action-1-inverse-color-default, #ffffff)));
    --_color-link: var(--buurt-color-link, var(--utrecht-link-color, var(--basis-color-action-1-color-default, #154273)));
    --_color-danger: var(--buurt-color-danger, var(--utrecht-feedback-danger-color, var(--basis-color-negative-color-default, #b00020)));
    --_color-success: var(--buurt-color-success, var(--utrecht-feedback-safe-color, var(--basis-color-positive-color-default, #146c2e)));
    --_color-focus: var(--buurt-color-focus, var(--utrecht-focus-outline-color, var(--basis-focus-outline-color, #000000)));
    --_color-focus-background: var(--buurt-color-focus-background, var(--utrecht-focus-background-color, var(--basis-focus-background-color, #ffdd00)));
    --_focus-outline-style: var(--buurt-focus-outline-style, var(--utrecht-focus-outline-style, var(--basis-focus-outline-style, solid)));
    --_radius: var(--buurt-radius, var(--utrecht-border-radius-md, var(--basis-border-radius-md, 4px)));
    --_space: var(--buurt-space, var(--utrecht-space-block-md, var(--basis-space-block-lg, var(--_buurt-rem))));
    --_target-size: var(--buurt-target-size, var(--utrecht-pointer-target-min-size, var(--basis-pointer-target-min-block-size, 44px)));

    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    /* Never smaller than the text around it: a page may set its root to 10px (html { font-size:
       62.5% }, common in WordPress themes) and its body text back to 16px. */
    font-size: var(--_font-size);
    --_buurt-rem: 1em;
    line-height: var(--_line-height);
    color: var(--_color-text);
    /* Aggressive page CSS (text-align: justify, letter-spacing …), or a CMS that wrapped the
       element in a <p> or <em>, must not leak in: every inherited text property is set here. */
    text-align: start;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-shadow: none;
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    white-space: normal;
    word-break: normal;
    hyphens: manual;
    cursor: auto;
    overflow-wrap: anywhere;
  }

  :host([hidden]) {
    display: none !important;
  }

  /* border-box, not inherit: nothing in the kit sets content-box, so the result is the same,
     but an explicitly inherited value makes the browser restyle every child whenever its
     parent's style changes (Leaflet moves the marker pane on each pan and zoom) and keeps it
     from reusing computed styles: a pan/zoom step restyled 214 elements at 32 µs each, now 129
     at 15 µs. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  /* Right to left, the kit may still show Dutch: its own strings when there is no table for the
     language yet, and feed text without a translation. Each line then takes its direction from
     its own words, so "20 plekken gevonden" and "in gevaar?" keep their order; layout still mirrors. */
  :host([dir='rtl']) * {
    unicode-bidi: plaintext;
  }

  /* A <details> hands its content to a slot in its own shadow root, which does not inherit
     box-sizing: without this, full-width fields in it are wider than the element at 320px. */
  details > * {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px var(--_focus-outline-style) var(--_color-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_color-focus-background);
  }

  a {
    color: var(--_color-link);
  }

  button {
    font: inherit;
    min-height: var(--_target-size);
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }

  .buurt-error {
    border-inline-start: 4px solid var(--_color-danger);
    padding: calc(0.5 * var(--_buurt-rem)) var(--_buurt-rem);
    margin: 0 0 var(--_buurt-rem);
    background: var(--_color-background);
  }

  .buurt-notice {
    font-size: 0.875em;
    color: var(--_color-muted);
    margin: 0 0 calc(0.5 * var(--_buurt-rem));
  }
`;
