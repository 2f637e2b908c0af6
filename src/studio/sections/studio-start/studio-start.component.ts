import { html, type TemplateResult } from 'lit';
import { StudioElement } from '../../base/studio-element.js';

/**
 * Placeholder from the studio foundation: its owner replaces this file (same tag name).
 */
export class StudioStart extends StudioElement {
  protected override render(): TemplateResult {
    return html`<section class="studio-start" aria-labelledby="studio-start-title">
      <h2 id="studio-start-title">Beginnen</h2>
      <p>Dit onderdeel komt nog.</p>
    </section>`;
  }
}
