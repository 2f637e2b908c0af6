import { html, type TemplateResult } from 'lit';
import { StudioElement } from '../../base/studio-element.js';

/**
 * Placeholder from the studio foundation: its owner replaces this file (same tag name).
 */
export class StudioPlaces extends StudioElement {
  protected override render(): TemplateResult {
    return html`<section class="studio-places" aria-labelledby="studio-places-title">
      <h2 id="studio-places-title">Plekken</h2>
      <p>Dit onderdeel komt nog.</p>
    </section>`;
  }
}
