import { BuurtGuide } from './guide.component.js';

export { BuurtGuide };
export type { BuurtStepDetail } from './guide.component.js';

BuurtGuide.define('buurt-guide');

declare global {
  interface HTMLElementTagNameMap {
    'buurt-guide': BuurtGuide;
  }
}
