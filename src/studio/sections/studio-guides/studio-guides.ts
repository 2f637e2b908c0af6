import { StudioGuides } from './studio-guides.component.js';

if (!customElements.get('studio-guides')) customElements.define('studio-guides', StudioGuides);

declare global {
  interface HTMLElementTagNameMap {
    'studio-guides': StudioGuides;
  }
}

export { StudioGuides };
