import { BuurtStudio } from './buurt-studio.component.js';

if (!customElements.get('buurt-studio')) customElements.define('buurt-studio', BuurtStudio);

declare global {
  interface HTMLElementTagNameMap {
    'buurt-studio': BuurtStudio;
  }
}

export { BuurtStudio };
