import { StudioSave } from './studio-save.component.js';

if (!customElements.get('studio-save')) customElements.define('studio-save', StudioSave);

declare global {
  interface HTMLElementTagNameMap {
    'studio-save': StudioSave;
  }
}

export { StudioSave };
