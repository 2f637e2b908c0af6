import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The time "nu open" is measured at: a fixed moment when the host gives one (tests, previews),
 * else the current time, moving on every minute while the host is on the page.
 */
export class ClockController implements ReactiveController {
  private _time = Date.now();
  private _timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fixed: () => Date | undefined,
    private readonly interval = 60_000,
  ) {
    host.addController(this);
  }

  get now(): Date {
    return this.fixed() ?? new Date(this._time);
  }

  hostConnected(): void {
    clearInterval(this._timer);
    this._timer = setInterval(() => {
      if (this.fixed()) return;
      this._time = Date.now();
      this.host.requestUpdate();
    }, this.interval);
  }

  hostDisconnected(): void {
    clearInterval(this._timer);
  }
}
