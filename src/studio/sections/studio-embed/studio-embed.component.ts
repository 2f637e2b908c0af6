import { html, type TemplateResult } from 'lit';
import { StudioElement } from '../../base/studio-element.js';

/**
 * Placeholder from the studio foundation: its owner replaces this file (same tag name).
 */
export class StudioEmbed extends StudioElement {
  protected override render(): TemplateResult {
    return html`<section class="studio-embed" aria-labelledby="studio-embed-title">
      <h2 id="studio-embed-title">Op je website</h2>
      <p>Dit onderdeel komt nog.</p>
    </section>`;
  }
}
