import { StudioPublisher } from './studio-publisher.component.js';

if (!customElements.get('studio-publisher')) customElements.define('studio-publisher', StudioPublisher);

declare global {
  interface HTMLElementTagNameMap {
    'studio-publisher': StudioPublisher;
  }
}

export { StudioPublisher };
