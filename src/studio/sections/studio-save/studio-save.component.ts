import { html, type TemplateResult } from 'lit';
import { StudioElement } from '../../base/studio-element.js';

/**
 * Placeholder from the studio foundation: its owner replaces this file (same tag name).
 */
export class StudioSave extends StudioElement {
  protected override render(): TemplateResult {
    return html`<section class="studio-save" aria-labelledby="studio-save-title">
      <h2 id="studio-save-title">Opslaan</h2>
      <p>Dit onderdeel komt nog.</p>
    </section>`;
  }
}
