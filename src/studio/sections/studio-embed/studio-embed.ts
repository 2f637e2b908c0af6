import { StudioEmbed } from './studio-embed.component.js';

if (!customElements.get('studio-embed')) customElements.define('studio-embed', StudioEmbed);

declare global {
  interface HTMLElementTagNameMap {
    'studio-embed': StudioEmbed;
  }
}

export { StudioEmbed };
