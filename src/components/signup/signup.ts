import { BuurtSignup } from './signup.component.js';

export { BuurtSignup };
export type {
  BuurtSignupSentDetail,
  BuurtSignupQueuedDetail,
  BuurtSignupFailedDetail,
  BuurtSignupSentEvent,
  BuurtSignupQueuedEvent,
  BuurtSignupFailedEvent,
} from '../../base/events.js';
export type { SignupPayload } from './payload.js';

BuurtSignup.define('buurt-signup');

declare global {
  interface HTMLElementTagNameMap {
    'buurt-signup': BuurtSignup;
  }
}
