import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedLoadError, isFeedObject, type FirstLook } from '../feed/load.js';
import { loadSources, mergeFeedObjects, type SourceOutcome, type SourcesSnapshot } from '../feed/load-sources.js';
import { validateFeed } from '../feed/validate.js';
import type { Feed, FeedProblem } from '../feed/types.js';
import { cleanUrlAttribute } from './url-attribute.js';

/** Where the element's feed came from. */
export type FeedSource = 'network' | 'cache' | 'property';

export type FeedStatus =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; feed: Feed; problems: FeedProblem[]; source: FeedSource; fetchedAt: number; sources: SourceOutcome[] }
  | { state: 'error'; error: FeedLoadError };

/** What the controller reads from its element: the `src` attribute and the `feed` property. */
export interface FeedHost extends ReactiveControllerHost {
  src?: string;
  feed?: unknown;
  readonly isConnected: boolean;
}

export interface FeedControllerEvents {
  /** A feed is ready (again): the host fires `buurt-load`. */
  load(ready: Extract<FeedStatus, { state: 'ready' }>): void;
  /** Loading (or a background refresh) failed: the host fires `buurt-error`. */
  error(error: FeedLoadError): void;
}

/** For a host that paints part of a feed first (the map); see `LoadFeedOptions.firstLook`. */
export interface FeedControllerOptions {
  /**
   * How to make a first look (see `LoadFeedOptions.firstLook`); `undefined`: the whole feed
   * first. A host that gives one calls `completeNow` once it has painted the first look.
   */
  firstLook?(): FirstLook | undefined;
}

/**
 * The feed of an element, from `src` (one or more URLs separated by spaces) or the `feed`
 * property (an object, or an array of them): the cached copy first, then the fresh one.
 * Shared by all three elements; each source is fetched once per page however many elements
 * ask. Restarts when `src` or `feed` changes, stops listening when the element leaves.
 */
export class FeedController implements ReactiveController {
  private _status: FeedStatus = { state: 'idle' };
  private _abort?: AbortController;
  private _seenSrc?: string;
  private _seenFeed?: unknown;
  /** The whole feed behind the first look on screen: read on first call, or in steps. */
  private _rest?: () => SourcesSnapshot;
  private _restStep?: () => boolean;

  constructor(
    private readonly host: FeedHost,
    private readonly events: FeedControllerEvents,
    private readonly options: FeedControllerOptions = {},
  ) {
    host.addController(this);
  }

  get status(): FeedStatus {
    return this._status;
  }

  /** The URLs in `src`: separated by white space, each cleaned of what a CMS leaves around it. */
  static urls(src: string | null | undefined): string[] {
    return (src ?? '')
      .split(/\s+/)
      .map(cleanUrlAttribute)
      .filter((url) => url !== '');
  }

  hostConnected(): void {
    if (this._status.state === 'idle' && (this.host.src || this.host.feed !== undefined)) this.load();
  }

  hostDisconnected(): void {
    this._abort?.abort();
    this._abort = undefined;
    if (this._status.state === 'loading') this._set({ state: 'idle' });
  }

  /** Before each render: a changed `src` or `feed` starts loading again. */
  hostUpdate(): void {
    this.sync();
  }

  /**
   * Starts loading again when `src` or `feed` changed since the last look. An element whose
   * own `willUpdate` reads the feed calls this first, since `hostUpdate` runs after it.
   */
  sync(): void {
    const { src, feed } = this.host;
    if (src === this._seenSrc && feed === this._seenFeed) return;
    const hadValue = this._seenSrc !== undefined || this._seenFeed !== undefined;
    this._seenSrc = src;
    this._seenFeed = feed;
    if (this.host.isConnected && (hadValue || this._status.state === 'idle')) this.load();
  }

  /**
   * The status holds a first look (see `FeedControllerOptions.firstLook`): reads the whole
   * feed now. The host calls this once it has painted the first look, or before it shows
   * more than the first look has (another page of the list, details, a filter). The status
   * is ready with the complete feed when this returns, and `load` has been told.
   */
  completeNow(): void {
    const rest = this._rest;
    if (!rest) return;
    this._rest = undefined;
    this._ready(rest());
  }

  /**
   * Validates the next slice of the whole feed behind a first look; false when nothing is
   * left (or there is no first look), after which `completeNow` only hands it over.
   */
  stepRest(): boolean {
    return this._rest ? (this._restStep?.() ?? false) : false;
  }

  /** Starts (again) from the current `feed` or `src`. */
  load(): void {
    this._rest = undefined;
    this._abort?.abort();
    const abort = new AbortController();
    this._abort = abort;
    this._seenSrc = this.host.src;
    this._seenFeed = this.host.feed;
    const feed = this.host.feed;

    if (feed !== undefined) {
      if (Array.isArray(feed) && feed.length > 0) {
        this._set({ state: 'loading' });
        mergeFeedObjects(feed).then(
          (merged) => !abort.signal.aborted && this._ready(merged),
          (error: unknown) => !abort.signal.aborted && this._fail(error, 'feed'),
        );
        return;
      }
      if (!isFeedObject(feed)) {
        // Like a fetched `null`: nothing to show, so an error the host hears, not an empty "load".
        this._fail(new FeedLoadError('not-a-feed', ''), '');
        return;
      }
      const { feed: checked, problems } = validateFeed(feed);
      const sources: SourceOutcome[] = [{ url: 'feed', state: 'property', kind: 'feed', problems: problems.length }];
      this._ready({ feed: checked, problems, source: 'property', fetchedAt: Date.now(), sources });
      return;
    }
    const urls = FeedController.urls(this.host.src);
    if (urls.length === 0) {
      this._set({ state: 'idle' });
      return;
    }
    this._set({ state: 'loading' });
    const base = globalThis.document?.baseURI;
    const absolute = urls.map((url) => (base ? new URL(url, base).href : url));
    loadSources(absolute, {
      signal: abort.signal,
      // A large feed's copy in localStorage is written after the first paint, not before it.
      cacheWrite: 'idle',
      firstLook: this.options.firstLook?.(),
      onUpdate: (fresh) => {
        if (!abort.signal.aborted) this._ready(fresh);
      },
      onError: (error) => {
        // The cached copy stays on screen; the host still hears that the refresh failed.
        if (!abort.signal.aborted) this.events.error(error);
      },
    }).then(
      (snapshot) => !abort.signal.aborted && this._ready(snapshot),
      (error: unknown) => !abort.signal.aborted && this._fail(error, absolute[0]!),
    );
  }

  private _ready(snapshot: SourcesSnapshot): void {
    this._rest = undefined;
    const { complete, step, ...rest } = snapshot;
    const ready = { state: 'ready' as const, ...rest };
    this._set(ready);
    if (complete) {
      // A first look: `buurt-load` (with the feed's problems) waits for the whole feed, which
      // the host asks for with `completeNow` once it has painted the first look.
      this._rest = complete;
      this._restStep = step;
      return;
    }
    this.events.load(ready);
  }

  private _fail(error: unknown, url: string): void {
    const loadError = error instanceof FeedLoadError ? error : new FeedLoadError('network', url, String(error));
    this._set({ state: 'error', error: loadError });
    this.events.error(loadError);
  }

  private _set(status: FeedStatus): void {
    this._status = status;
    this.host.requestUpdate();
  }
}
