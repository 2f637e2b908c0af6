import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Marks the help line `data-stuck` while it is stuck to the top of the screen. Stuck, the line
 * shows only the numbers and "Snel weg", in at most a third of the screen (guide.styles.ts).
 * In every browser: CSS `scroll-state(stuck: top)` exists only in Chrome (late 2026), and
 * without this Firefox kept half of a 320 px phone screen for the line.
 * The signal is a sentinel of no height just above the line, shifted up in CSS by the line's
 * sticky offset: it leaves the top of the screen exactly when the line sticks. Reading the
 * offset here (its computed `top`) laid out the whole page while it loaded: 17 ms on the demo
 * page, 70 with the CPU slowed 4×.
 */
/** More than any page is long, in CSS pixels. */
const BELOW_THE_SCREEN = 1_000_000;

export class StuckHelpController implements ReactiveController {
  private _observer?: IntersectionObserver;
  private _sentinel?: Element;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** Moved in the page (a CMS or framework re-parents it): Lit does not render again, so look again. */
  hostConnected(): void {
    this.hostUpdated();
  }

  hostUpdated(): void {
    const sentinel = this.host.renderRoot.querySelector('.help-sentinel') ?? undefined;
    if (sentinel === this._sentinel) return;
    this._stop();
    const help = sentinel?.nextElementSibling;
    if (!sentinel || !help || typeof IntersectionObserver === 'undefined') return;
    this._sentinel = sentinel;
    this._observer = new IntersectionObserver(
      (entries) => {
        // A busy page may hand over several changes at once: the last one is now.
        const entry = entries[entries.length - 1];
        if (!entry) return;
        // Out of view above the top.
        const stuck = !entry.isIntersecting && entry.boundingClientRect.top < (entry.rootBounds?.top ?? 0);
        help.toggleAttribute('data-stuck', stuck);
      },
      // Below the screen counts as in view: a jump from below the guide into it (a link to it, a
      // fast flick) never shows the sentinel, which has no height, and only a change is reported.
      { rootMargin: `0px 0px ${BELOW_THE_SCREEN}px 0px` },
    );
    this._observer.observe(sentinel);
  }

  hostDisconnected(): void {
    this._stop();
  }

  private _stop(): void {
    this._sentinel?.nextElementSibling?.removeAttribute('data-stuck');
    this._observer?.disconnect();
    this._observer = undefined;
    this._sentinel = undefined;
  }
}
