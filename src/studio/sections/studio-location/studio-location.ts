import { StudioLocation } from './studio-location.component.js';

export { StudioLocation };

if (!customElements.get('studio-location')) customElements.define('studio-location', StudioLocation);

declare global {
  interface HTMLElementTagNameMap {
    'studio-location': StudioLocation;
  }
}
