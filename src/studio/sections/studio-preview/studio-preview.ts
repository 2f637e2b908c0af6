import { StudioPreview } from './studio-preview.component.js';

if (!customElements.get('studio-preview')) customElements.define('studio-preview', StudioPreview);

declare global {
  interface HTMLElementTagNameMap {
    'studio-preview': StudioPreview;
  }
}

export { StudioPreview };
