import { BuurtMap } from './map.component.js';

BuurtMap.define('buurt-map');

export { BuurtMap };
export type { BuurtSelectDetail, BuurtSelectEvent } from '../../base/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'buurt-map': BuurtMap;
  }
}
