import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRecord, OUTBOX_KEY, type DeviceStore } from './device.js';
import type { OutboxEntry, OutboxState, SignupStore } from './outbox.js';
import type { Courier, CourierListener } from './send.js';

/** The checking and sending code, fetched on demand (see `delivery.ts`). */
export type Delivery = typeof import('./delivery.js');

let delivery: Delivery | undefined;
let deliveryLoading: Promise<Delivery> | undefined;

/** One fetch for every form on the page; a failed one may be tried again (the connection may be back). */
function loadDelivery(loader: () => Promise<Delivery>): Promise<Delivery> {
  deliveryLoading ??= loader().then(
    (module) => (delivery = module),
    (error: unknown) => {
      deliveryLoading = undefined;
      throw error;
    },
  );
  return deliveryLoading;
}

export interface OutboxOptions {
  /** The device store the draft opened; read on connect, so add this controller after the draft's. */
  device(): DeviceStore | undefined;
  /** Fetches the sending code. */
  loader(): Promise<Delivery>;
  /** Milliseconds one POST may take, and the first retry delay; read when the courier starts. */
  timing(): { timeoutMs: number; retryBaseMs: number };
  /** What the courier reports; `changed` comes after `entries` is up to date. */
  listener: CourierListener;
}

/**
 * The sign-ups waiting on this device, and the courier that delivers them. The sending code
 * is fetched only when it is needed: at once when sign-ups wait from an earlier visit, when
 * someone starts filling in (`activity`), or on submit; a failed fetch is tried again when
 * the connection returns. Until it arrives, `entries` is empty and `storedState` is the only
 * look at the outbox.
 */
export class OutboxController implements ReactiveController {
  /** What waits in the outbox (also what other tabs put there), fresh after every change. */
  entries: OutboxEntry[] = [];
  private _store?: SignupStore;
  private _courier?: Courier;
  private _connected = false;
  /** A prefetch failed: wait for the connection or a submit instead of trying on every key. */
  private _prefetchFailed = false;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _options: OutboxOptions,
  ) {
    _host.addController(this);
  }

  /** The sending code, once this page has it. */
  get code(): Delivery | undefined {
    return delivery;
  }

  /** Whether the courier runs, so a submit can be sent now. */
  get ready(): boolean {
    return this._courier !== undefined;
  }

  hostConnected(): void {
    this._connected = true;
    globalThis.addEventListener('online', this._onOnline);
    // Sign-ups left from an earlier visit: fetch the sending code now, so they go out.
    if (delivery || this._options.device()?.hasOutbox()) void this.prefetch();
  }

  hostDisconnected(): void {
    this._connected = false;
    globalThis.removeEventListener('online', this._onOnline);
    this._courier?.stop();
    this._courier = this._store = undefined;
  }

  /** Fetches the sending code (once per page) and starts the courier with it. */
  async prefetch(): Promise<void> {
    try {
      this._start(delivery ?? (await loadDelivery(this._options.loader)));
      this._prefetchFailed = false;
    } catch {
      this._prefetchFailed = true;
    }
  }

  /** Someone started filling in: fetch the code now, while there is a connection. */
  activity = (): void => {
    if (!this._courier && !this._prefetchFailed) void this.prefetch();
  };

  /** Saves the entry, then sends it. */
  async submit(entry: OutboxEntry): Promise<void> {
    await this._courier?.submit(entry);
  }

  retryNow(id: string): void {
    void this._courier?.retryNow(id);
  }

  remove(id: string): void {
    this._courier?.remove(id);
  }

  /** Empties the outbox; recorded as settled too, so a tab still holding an entry does not write it back. */
  clear(): void {
    this._options.device()?.clearOutbox();
    this._refresh();
  }

  /**
   * Where an entry stands in the outbox as stored, read without the sending code: the form
   * can show "waiting" at once, before the code that reads the outbox properly has arrived.
   */
  storedState(id: string): OutboxState | undefined {
    const outbox = this._options.device()?.read(OUTBOX_KEY);
    const entry = Array.isArray(outbox) ? outbox.find((e) => isRecord(e) && isRecord(e.payload) && e.payload.id === id) : undefined;
    return isRecord(entry) ? (entry.state === 'failed' ? 'failed' : 'waiting') : undefined;
  }

  private _start(code: Delivery): void {
    const device = this._options.device();
    if (!this._connected || this._courier || !device) return;
    this._store = new code.SignupStore({ device });
    const { listener } = this._options;
    this._courier = new code.Courier(
      this._store,
      { ...listener, changed: () => this._refresh() },
      this._options.timing(),
    );
    this._refresh();
    // Starting the courier is what finishes sign-ups left from an earlier visit.
    this._courier.start();
  }

  private _refresh(): void {
    if (!this._store) return;
    this.entries = this._store.entries();
    this._options.listener.changed?.();
    this._host.requestUpdate();
  }

  private _onOnline = (): void => {
    if (!this._courier && this._prefetchFailed) void this.prefetch();
  };
}
