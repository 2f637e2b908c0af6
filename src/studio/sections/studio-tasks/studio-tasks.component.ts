import { html, type TemplateResult } from 'lit';
import { StudioElement } from '../../base/studio-element.js';

/**
 * Placeholder from the studio foundation: its owner replaces this file (same tag name).
 */
export class StudioTasks extends StudioElement {
  protected override render(): TemplateResult {
    return html`<section class="studio-tasks" aria-labelledby="studio-tasks-title">
      <h2 id="studio-tasks-title">Vrijwilligerswerk</h2>
      <p>Dit onderdeel komt nog.</p>
    </section>`;
  }
}
