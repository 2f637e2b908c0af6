import { BuurtGuide } from './guide.component.js';

export { BuurtGuide };
export type { BuurtStepDetail, BuurtStepEvent } from '../../base/events.js';

BuurtGuide.define('buurt-guide');

declare global {
  interface HTMLElementTagNameMap {
    'buurt-guide': BuurtGuide;
  }
}
