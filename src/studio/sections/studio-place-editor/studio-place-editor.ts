import { StudioPlaceEditor } from './studio-place-editor.component.js';

if (!customElements.get('studio-place-editor')) customElements.define('studio-place-editor', StudioPlaceEditor);

declare global {
  interface HTMLElementTagNameMap {
    'studio-place-editor': StudioPlaceEditor;
  }
}

export { StudioPlaceEditor };
