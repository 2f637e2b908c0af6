import { html, type TemplateResult } from 'lit';
import { StudioElement } from '../../base/studio-element.js';

/**
 * Placeholder from the studio foundation: its owner replaces this file (same tag name).
 */
export class StudioPublisher extends StudioElement {
  protected override render(): TemplateResult {
    return html`<section class="studio-publisher" aria-labelledby="studio-publisher-title">
      <h2 id="studio-publisher-title">Organisatie en buurt</h2>
      <p>Dit onderdeel komt nog.</p>
    </section>`;
  }
}
