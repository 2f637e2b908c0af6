import { html, type TemplateResult } from 'lit';
import { StudioElement } from '../../base/studio-element.js';

/**
 * Placeholder from the studio foundation: its owner replaces this file (same tag name).
 */
export class StudioGuides extends StudioElement {
  protected override render(): TemplateResult {
    return html`<section class="studio-guides" aria-labelledby="studio-guides-title">
      <h2 id="studio-guides-title">Wegwijzers</h2>
      <p>Dit onderdeel komt nog.</p>
    </section>`;
  }
}
