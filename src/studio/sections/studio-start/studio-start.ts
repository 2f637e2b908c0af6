import { StudioStart } from './studio-start.component.js';

if (!customElements.get('studio-start')) customElements.define('studio-start', StudioStart);

declare global {
  interface HTMLElementTagNameMap {
    'studio-start': StudioStart;
  }
}

export { StudioStart };
