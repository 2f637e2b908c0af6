import { StudioGlossary } from './studio-glossary.component.js';

if (!customElements.get('studio-glossary')) customElements.define('studio-glossary', StudioGlossary);

declare global {
  interface HTMLElementTagNameMap {
    'studio-glossary': StudioGlossary;
  }
}

export { StudioGlossary };
