import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface InViewOptions {
  /** The element to watch, looked up after each update (it may be rendered late or replaced). */
  target(): Element | null | undefined;
  /** Called each time the target comes within `rootMargin` of the viewport. */
  onEnter(): void;
  /** How far ahead of the viewport counts as "in view"; default a screen ahead. */
  rootMargin?: string;
}

/**
 * Calls `onEnter` when an element of the host is about to scroll into view, so heavy work
 * (the Leaflet chunk) starts only for a map that will be seen. Stops watching when the
 * host leaves the page, and watches again when it comes back.
 */
export class InViewController implements ReactiveController {
  private _observer?: IntersectionObserver;
  private _observed?: Element;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: InViewOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Re-added to the page: the first update is long done, so watch the (same) target again now.
    if (this._observed === undefined) this._observe();
  }

  hostUpdated(): void {
    this._observe();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
    this._observed = undefined;
  }

  private _observe(): void {
    const target = this.options.target();
    if (!target || target === this._observed || !this.host.isConnected) return;
    this._observer?.disconnect();
    this._observed = target;
    this._observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.options.onEnter();
      },
      { rootMargin: this.options.rootMargin ?? '100% 0px' },
    );
    this._observer.observe(target);
  }
}
