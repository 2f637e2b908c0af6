import { BuurtMap } from './map.component.js';

BuurtMap.define('buurt-map');

export { BuurtMap };
export type { BuurtSelectDetail } from './map.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'buurt-map': BuurtMap;
  }
}
