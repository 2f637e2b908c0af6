import { StudioHours } from './studio-hours.component.js';

if (!customElements.get('studio-hours')) customElements.define('studio-hours', StudioHours);

declare global {
  interface HTMLElementTagNameMap {
    'studio-hours': StudioHours;
  }
}

export { StudioHours };
