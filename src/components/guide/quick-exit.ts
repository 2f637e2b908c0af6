import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where "Snel weg" goes when the embedder sets no `exit-url`: the front page of the NOS,
 * the Dutch public broadcaster. A visitor who has to hide the guide fast needs a page that
 * looks ordinary on anyone's screen (a blank page or a search box draws questions), that
 * loads for everyone without a login or cookie wall, and that belongs to no advertiser or
 * search engine. It is a top-level navigation the visitor asked for, not a request the
 * kit makes in the background. Embedders choose their own with `exit-url`.
 */
export const DEFAULT_EXIT_URL = 'https://nos.nl/';

/** The exit target: an http(s) URL (or about:blank) from the embedder, else the default. */
export function safeExitUrl(value: string | null | undefined, base: string): string {
  if (!value) return DEFAULT_EXIT_URL;
  if (value.trim() === 'about:blank') return 'about:blank';
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : DEFAULT_EXIT_URL;
  } catch {
    return DEFAULT_EXIT_URL;
  }
}

/**
 * How long the visitor has between Shift presses. GOV.UK's "Exit this page" uses 5 seconds
 * after user research with people in danger: under stress, and with some motor
 * disabilities, three presses within a second are not a given.
 */
export const SHIFT_TIMEOUT_MS = 5000;

/**
 * Counts Shift presses on the whole document the way GOV.UK's "Exit this page" does: a
 * Shift key-up counts unless the key released before it was pressed with Shift held (typing
 * a capital letter, Shift+Tab), any other key starts the count again, and a pause longer
 * than `SHIFT_TIMEOUT_MS` resets it. Escape is left alone: it closes dialogs and tips.
 */
export class ShiftTripleController implements ReactiveController {
  /** Shift presses counted so far (0–2). */
  count = 0;

  private _lastKeyWasModified = false;
  private _timer?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: { onTrigger: () => void; onCount?: (count: number) => void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Capture phase: a host page that stops propagation of key events must not disable the exit.
    document.addEventListener('keyup', this._onKeyUp, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('keyup', this._onKeyUp, true);
    this._reset(false);
  }

  private _onKeyUp = (event: KeyboardEvent): void => {
    if (event.key === 'Shift' && !this._lastKeyWasModified) {
      this.count += 1;
      clearTimeout(this._timer);
      if (this.count >= 3) {
        this._reset(false);
        this.options.onTrigger();
      } else {
        this.options.onCount?.(this.count);
        this._timer = setTimeout(() => this._reset(true), SHIFT_TIMEOUT_MS);
      }
    } else if (this.count > 0) {
      this._reset(true);
    }
    this._lastKeyWasModified = event.shiftKey;
  };

  private _reset(notify: boolean): void {
    clearTimeout(this._timer);
    this._timer = undefined;
    const hadCount = this.count > 0;
    this.count = 0;
    if (notify && hadCount) this.options.onCount?.(0);
  }
}

/**
 * "Snel weg" on a host element: Shift three times (ShiftTripleController) or `exit()` hides
 * the host at once (`data-exiting`, set synchronously: Lit renders in a microtask, the
 * person behind the visitor does not wait), then `leave` forgets and navigates. When the
 * browser restores the page from the back-forward cache, the host shows again.
 */
export class QuickExitController implements ReactiveController {
  /** Hidden for "Snel weg" until the page is restored. */
  exiting = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: { leave: () => void; onCount?: (count: number) => void },
  ) {
    host.addController(this);
    new ShiftTripleController(host, { onTrigger: () => this.exit(), onCount: options.onCount });
  }

  hostConnected(): void {
    window.addEventListener('pageshow', this._onPageShow);
  }

  hostDisconnected(): void {
    window.removeEventListener('pageshow', this._onPageShow);
  }

  exit(): void {
    this.host.toggleAttribute('data-exiting', true);
    this.exiting = true;
    this.host.requestUpdate();
    this.options.leave();
  }

  private _onPageShow = (event: PageTransitionEvent): void => {
    // Restored from the back-forward cache after "Snel weg": show the guide again, from the start.
    if (!event.persisted || !this.exiting) return;
    this.host.toggleAttribute('data-exiting', false);
    this.exiting = false;
    this.host.requestUpdate();
  };
}
