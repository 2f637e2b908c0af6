import { html, type TemplateResult } from 'lit';
import { StudioElement } from '../../base/studio-element.js';

/**
 * Placeholder from the studio foundation: its owner replaces this file (same tag name).
 */
export class StudioGlossary extends StudioElement {
  protected override render(): TemplateResult {
    return html`<section class="studio-glossary" aria-labelledby="studio-glossary-title">
      <h2 id="studio-glossary-title">Woordenlijst</h2>
      <p>Dit onderdeel komt nog.</p>
    </section>`;
  }
}
