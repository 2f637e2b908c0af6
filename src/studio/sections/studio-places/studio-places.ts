import { StudioPlaces } from './studio-places.component.js';

if (!customElements.get('studio-places')) customElements.define('studio-places', StudioPlaces);

declare global {
  interface HTMLElementTagNameMap {
    'studio-places': StudioPlaces;
  }
}

export { StudioPlaces };
