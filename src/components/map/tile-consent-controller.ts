import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { storageKey } from '../../feed/storage.js';

/** `buurtkit:map-consent:` in the page's storage namespace (see `feed/storage.ts`). */
const KEY_PREFIX = storageKey(':map-consent:');
/** A stored yes holds this many months; then the map asks again. */
export const CONSENT_MONTHS = 6;

/** The storage key of the visitor's yes for one tile service (its host name). */
export function consentKey(tileHost: string): string {
  return KEY_PREFIX + tileHost;
}

/**
 * The visitor's yes to loading map tiles from a third party, per tile service, remembered on
 * the device for `CONSENT_MONTHS` months (the date of the yes is stored, nothing else), and
 * withdrawn from the map itself. Storage can be blocked (private mode, strict cookie
 * settings): then the yes holds for this page only and the map asks again next time.
 */
export class TileConsentController implements ReactiveController {
  /** Whether the visitor said yes to this tile service (now, or less than 6 months ago). */
  given = false;
  private _key = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The tile service's host name; the yes is stored under it. */
    private readonly tileHost: () => string,
    private readonly now: () => Date = () => new Date(),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
  }

  /** Reads the stored choice again, e.g. after the tile service changed. */
  refresh(): void {
    this._key = consentKey(this.tileHost());
    this.given = this._readStored();
  }

  /** The visitor said yes: remember it with today's date. */
  give(): void {
    this.given = true;
    try {
      globalThis.localStorage?.setItem(this._key, this.now().toISOString());
    } catch {
      // Not remembered; the tiles still load now.
    }
    this.host.requestUpdate();
  }

  /** The visitor took the yes back: forget it on the device too. */
  withdraw(): void {
    this.given = false;
    try {
      globalThis.localStorage?.removeItem(this._key);
    } catch {
      // Nothing stored that we could reach.
    }
    this.host.requestUpdate();
  }

  private _readStored(): boolean {
    let stored: string | null | undefined;
    try {
      stored = globalThis.localStorage?.getItem(this._key);
    } catch {
      return false;
    }
    const given = stored ? new Date(stored) : undefined;
    if (!given || Number.isNaN(given.getTime())) return false;
    const expires = new Date(given);
    expires.setMonth(expires.getMonth() + CONSENT_MONTHS);
    // A date in the future is a clock that was wrong or a value someone wrote: not a yes.
    const now = this.now().getTime();
    if (expires.getTime() > now && given.getTime() <= now + 60_000) return true;
    try {
      globalThis.localStorage?.removeItem(this._key);
    } catch {
      // Expired anyway.
    }
    return false;
  }
}
