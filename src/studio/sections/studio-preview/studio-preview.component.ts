import { html, type TemplateResult } from 'lit';
import { StudioElement } from '../../base/studio-element.js';

/**
 * Placeholder from the studio foundation: its owner replaces this file (same tag name).
 */
export class StudioPreview extends StudioElement {
  protected override render(): TemplateResult {
    return html`<section class="studio-preview" aria-labelledby="studio-preview-title">
      <h2 id="studio-preview-title">Voorbeeld</h2>
      <p>Dit onderdeel komt nog.</p>
    </section>`;
  }
}
