import type { Feed, FeedProblem } from '../feed/types.js';

/** `buurt-load`: the feed is ready (again). Fires once more when a fresh copy replaces a cached one. */
export interface BuurtLoadDetail {
  feed: Feed;
  problems: FeedProblem[];
  source: 'network' | 'cache' | 'property';
}

/** `buurt-error`: the feed could not be loaded (or refreshed). */
export interface BuurtErrorDetail {
  /** `network`, `timeout`, `http`, `html`, `not-json`, `truncated` … */
  code: string;
  message: string;
  status?: number;
  url?: string;
}
