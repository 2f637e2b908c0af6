/**
 * Every event the kit fires, with the type of its `detail`, in one place. All are dispatched
 * from the element itself with `bubbles: true, composed: true`, so a page hears them on
 * `document` too, also when it wraps the elements in shadow roots of its own. The maps at the
 * end make `addEventListener('buurt-select', (event) => event.detail.place)` typed on an
 * element, on `document` and on `window`.
 */
import type { SignupPayload } from '../components/signup/payload.js';
import type { SourceOutcome } from '../feed/load-sources.js';
import type { Feed, FeedProblem, Place } from '../feed/types.js';

/** `buurt-load` (all elements): the feed is ready (again). Fires once more when a fresh copy replaces a cached one. */
export interface BuurtLoadDetail {
  feed: Feed;
  problems: FeedProblem[];
  source: 'network' | 'cache' | 'property';
  /** Per source (each URL in `src`, or each object of the `feed` array): what happened to it. */
  sources: SourceOutcome[];
}

/** `buurt-error` (all elements): the feed could not be loaded (or refreshed). */
export interface BuurtErrorDetail {
  /** `network`, `timeout`, `http`, `html`, `not-json`, `truncated` … */
  code: string;
  message: string;
  status?: number;
  url?: string;
}

/** `buurt-select` (`<buurt-map>`): the visitor opened a place, from the list or from a marker. */
export interface BuurtSelectDetail {
  id: string;
  place: Place;
}

/** `buurt-step` (`<buurt-guide>`): a new step is on screen. */
export interface BuurtStepDetail {
  /** Id of the guide. */
  guide: string;
  /** Id of the step on screen. */
  step: string;
  /** Ids of the steps the visitor went through, the current step last. No answers. */
  path: string[];
}

/** `buurt-signup-sent` (`<buurt-signup>`): the receiver accepted the sign-up (2xx). */
export interface BuurtSignupSentDetail {
  signup: SignupPayload;
  status: number;
}

/** `buurt-signup-queued` (`<buurt-signup>`): the sign-up could not be sent yet; it waits on the device and is retried. */
export interface BuurtSignupQueuedDetail {
  signup: SignupPayload;
  /** network, timeout, server or busy. */
  reason: string;
  attempts: number;
  /** Epoch ms of the next try. */
  nextAttemptAt: number;
  /** False when the device cannot keep it past this page. */
  persistent: boolean;
}

/** `buurt-signup-failed` (`<buurt-signup>`): the receiver refused the sign-up (4xx); `errors` for a 422 with field errors. */
export interface BuurtSignupFailedDetail {
  signup: SignupPayload;
  status: number;
  errors?: Record<string, string>;
}

export type BuurtLoadEvent = CustomEvent<BuurtLoadDetail>;
export type BuurtErrorEvent = CustomEvent<BuurtErrorDetail>;
export type BuurtSelectEvent = CustomEvent<BuurtSelectDetail>;
export type BuurtStepEvent = CustomEvent<BuurtStepDetail>;
export type BuurtSignupSentEvent = CustomEvent<BuurtSignupSentDetail>;
export type BuurtSignupQueuedEvent = CustomEvent<BuurtSignupQueuedDetail>;
export type BuurtSignupFailedEvent = CustomEvent<BuurtSignupFailedDetail>;

/** Event name → event, for every event of the kit. */
export interface BuurtEventMap {
  'buurt-load': BuurtLoadEvent;
  'buurt-error': BuurtErrorEvent;
  'buurt-select': BuurtSelectEvent;
  'buurt-step': BuurtStepEvent;
  'buurt-signup-sent': BuurtSignupSentEvent;
  'buurt-signup-queued': BuurtSignupQueuedEvent;
  'buurt-signup-failed': BuurtSignupFailedEvent;
}

/** The `detail` of a kit event, by name. */
export type BuurtEventDetail<K extends keyof BuurtEventMap> = BuurtEventMap[K]['detail'];

declare global {
  // The events bubble out of the element, so listeners on document, window and any ancestor
  // (GlobalEventHandlersEventMap) see them as well as listeners on the element itself.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends BuurtEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends BuurtEventMap {}
}
