import { createSignupId, encodeForm } from './payload.js';
import type { OutboxEntry, SignupStore } from './outbox.js';

/** What one POST came to. */
export type SendOutcome =
  /** 2xx: the receiver has it (or dropped it on purpose; that is its business). */
  | { kind: 'accepted'; status: number }
  /** Nothing arrived, or the receiver asked us to come back: keep it and try again. */
  | { kind: 'retry'; reason: 'network' | 'timeout' | 'server' | 'busy'; status?: number; retryAfterMs?: number }
  /** 422 with field errors: the person can fix them. */
  | { kind: 'invalid'; status: number; errors: Record<string, string> }
  /** Any other 4xx: retrying will not help, so the person decides. */
  | { kind: 'rejected'; status: number };

/** Statuses that mean "not now" rather than "no". */
const RETRY_STATUSES = new Set([408, 425, 429]);
const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;

/** `Retry-After` in ms (seconds or an HTTP date), capped at an hour; `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  let ms: number;
  if (/^\d+$/u.test(trimmed)) ms = Number(trimmed) * 1000;
  else {
    const date = Date.parse(trimmed);
    if (Number.isNaN(date)) return undefined;
    ms = date - now;
  }
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

function readErrors(body: unknown): Record<string, string> | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const errors = (body as { errors?: unknown }).errors;
  if (typeof errors !== 'object' || errors === null || Array.isArray(errors)) return undefined;
  const result: Record<string, string> = {};
  for (const [field, value] of Object.entries(errors)) {
    if (typeof value === 'string' && value !== '') result[field] = value;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

/**
 * POSTs one outbox entry, with the id also as `Idempotency-Key`. Never throws: every way
 * it can go wrong is an outcome. The timeout covers the whole exchange, body included.
 */
export async function sendSignup(entry: OutboxEntry, options: { timeoutMs?: number } = {}): Promise<SendOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 15_000);
  const { payload } = entry;
  const form = entry.encoding === 'form';
  try {
    const response = await fetch(entry.action, {
      method: 'POST',
      headers: {
        'Content-Type': form ? 'application/x-www-form-urlencoded;charset=UTF-8' : 'application/json',
        Accept: 'application/json',
        'Idempotency-Key': payload.id,
      },
      body: form ? encodeForm(payload).toString() : JSON.stringify(payload),
      signal: controller.signal,
      cache: 'no-store',
    });
    const { status } = response;
    if (status >= 200 && status < 300) {
      void response.body?.cancel().catch(() => undefined);
      return { kind: 'accepted', status };
    }
    if (status >= 500 || RETRY_STATUSES.has(status)) {
      const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
      void response.body?.cancel().catch(() => undefined);
      return { kind: 'retry', reason: status === 429 ? 'busy' : 'server', status, retryAfterMs };
    }
    if (status === 422) {
      const errors = readErrors(await response.json().catch(() => undefined));
      if (errors) return { kind: 'invalid', status, errors };
    }
    return { kind: 'rejected', status };
  } catch {
    return { kind: 'retry', reason: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What a courier tells its owner. Every call follows a change already saved in the store;
 * the specific call comes before `changed`, so the owner knows why its entry left the outbox.
 */
export interface CourierListener {
  /** The receiver accepted the entry; it is gone from the outbox. */
  delivered?(entry: OutboxEntry, status: number): void;
  /** The entry stays in the outbox and will be retried at `entry.nextAttemptAt`. */
  queued?(entry: OutboxEntry, outcome: SendOutcome): void;
  /** 422 with field errors; the entry is taken out of the outbox, the draft still holds the values. */
  invalid?(entry: OutboxEntry, errors: Record<string, string>): void;
  /** Refused for good; the entry stays, marked failed, until the person retries or removes it. */
  failed?(entry: OutboxEntry, status: number): void;
  /** Anything in the outbox changed (here or in another tab). */
  changed?(): void;
}

export interface CourierOptions {
  // @option timeoutMs: number = 15000
  // How long one POST may take, body included.
  timeoutMs?: number;
  // @option retryBaseMs: number = 2000
  // First retry delay; it doubles per attempt, with jitter so many phones do not retry in step.
  retryBaseMs?: number;
  // @option retryMaxMs: number = 300000
  // Longest delay between retries while the page is open.
  retryMaxMs?: number;
}

/** Ids being sent by any courier on this page; `navigator.locks` covers other tabs. */
const inFlight = new Set<string>();
const SKIPPED = Symbol('skipped');

function lockManager(): LockManager | undefined {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks?.request ? locks : undefined;
}

async function withLock<T>(name: string, task: () => Promise<T>): Promise<T | typeof SKIPPED> {
  const locks = lockManager();
  if (!locks) return task();
  return locks.request(name, { ifAvailable: true }, async (lock) => (lock ? task() : SKIPPED));
}

/**
 * Runs a change to one stored outbox under a lock that all tabs of the site share for that
 * outbox (named after its storage key; other outboxes need not wait), so two tabs rarely
 * rewrite the list at once. Rarely, not never: a tab may still read a list that is a moment
 * old after the lock passes to it, so `SignupStore.repair()` is what makes it safe.
 */
async function withOutboxLock<T>(outboxKey: string, change: () => T): Promise<T> {
  const locks = lockManager();
  return locks ? locks.request(`buurtkit-signup-outbox:${outboxKey}`, async () => change()) : change();
}

/**
 * Delivers the outbox: sends an entry now, retries waiting ones with backoff while the page
 * is open, again when the connection returns, and at start (so the next visit to any page
 * with the widget finishes the job). An entry is re-read from storage under its lock just
 * before each send, so a copy another tab already delivered is never sent again.
 */
export class Courier {
  readonly store: SignupStore;
  private readonly _listener: CourierListener;
  private readonly _options: Required<CourierOptions>;
  private _running = false;
  private _timer?: ReturnType<typeof setTimeout>;
  /** Entries another sender holds: look again later instead of spinning. */
  private readonly _busyUntil = new Map<string, number>();

  constructor(store: SignupStore, listener: CourierListener = {}, options: CourierOptions = {}) {
    this.store = store;
    this._listener = listener;
    this._options = {
      timeoutMs: options.timeoutMs ?? 15_000,
      retryBaseMs: options.retryBaseMs ?? 2_000,
      retryMaxMs: options.retryMaxMs ?? 300_000,
    };
  }

  start(): void {
    if (this._running) return;
    this._running = true;
    globalThis.addEventListener?.('online', this._onOnline);
    globalThis.addEventListener?.('storage', this._onStorage);
    globalThis.document?.addEventListener('visibilitychange', this._onVisible);
    void this.flush();
  }

  /** Stops retrying from this page. A POST under way still finishes and updates the store. */
  stop(): void {
    this._running = false;
    clearTimeout(this._timer);
    globalThis.removeEventListener?.('online', this._onOnline);
    globalThis.removeEventListener?.('storage', this._onStorage);
    globalThis.document?.removeEventListener('visibilitychange', this._onVisible);
  }

  /** Saves the entry first (so a crash mid-send loses nothing), then sends it. */
  async submit(entry: OutboxEntry): Promise<void> {
    await withOutboxLock(this.store.outboxKey, () => this.store.put({ ...entry, ticket: createSignupId() }));
    this._listener.changed?.();
    await this._attempt(entry.payload.id);
  }

  /** The person asked to try again now (also for a failed entry). */
  async retryNow(id: string): Promise<void> {
    if (!(await withOutboxLock(this.store.outboxKey, () => this.store.update(id, { state: 'waiting', nextAttemptAt: Date.now() })))) return;
    this._busyUntil.delete(id);
    this._listener.changed?.();
    await this._attempt(id);
  }

  /** Not under the lock, so the person sees it gone at once; an entry this write loses is put back by its tab. */
  remove(id: string): void {
    this.store.remove(id);
    this._listener.changed?.();
  }

  /** Sends every waiting entry that is due (or all waiting ones with `force`). */
  async flush(force = false): Promise<void> {
    if (await withOutboxLock(this.store.outboxKey, () => this.store.repair())) this._listener.changed?.();
    const now = Date.now();
    const due = this.store
      .entries()
      .filter((e) => e.state === 'waiting' && (force || (e.nextAttemptAt <= now && (this._busyUntil.get(e.payload.id) ?? 0) <= now)));
    await Promise.all(due.map((e) => this._attempt(e.payload.id)));
    this._schedule();
  }

  private async _attempt(id: string): Promise<void> {
    if (inFlight.has(id)) {
      this._markBusy(id);
      return;
    }
    inFlight.add(id);
    try {
      const result = await withLock(`buurtkit-signup-${id}`, async () => {
        // Put back first: a stale write from another tab may have erased this very entry.
        const entry = await withOutboxLock(this.store.outboxKey, () => {
          this.store.repair();
          return this.store.get(id);
        });
        if (!entry || entry.state !== 'waiting') return;
        const outcome = await sendSignup(entry, { timeoutMs: this._options.timeoutMs });
        await withOutboxLock(this.store.outboxKey, () => this._apply(entry, outcome));
      });
      if (result === SKIPPED) this._markBusy(id);
      else this._busyUntil.delete(id);
    } finally {
      inFlight.delete(id);
      this._schedule();
    }
  }

  private _apply(entry: OutboxEntry, outcome: SendOutcome): void {
    const id = entry.payload.id;
    const attempts = entry.attempts + 1;
    switch (outcome.kind) {
      case 'accepted':
        this.store.remove(id, entry);
        this._listener.delivered?.(entry, outcome.status);
        break;
      case 'retry': {
        const delay = outcome.retryAfterMs ?? this._backoff(attempts);
        const update = { attempts, nextAttemptAt: Date.now() + delay, lastStatus: outcome.status, lastProblem: outcome.reason };
        const updated = this.store.update(id, update);
        if (updated) this._listener.queued?.(updated, outcome);
        break;
      }
      case 'invalid':
        this.store.remove(id, entry);
        this._listener.invalid?.(entry, outcome.errors);
        break;
      case 'rejected': {
        // Refused for good (403 from a receiver that does not take sign-ups from this site, …): no retry timer.
        const updated = this.store.update(id, { state: 'failed', attempts, lastStatus: outcome.status, lastProblem: 'rejected' });
        if (updated) this._listener.failed?.(updated, outcome.status);
      }
    }
    this._listener.changed?.();
  }

  /** Exponential backoff with jitter (50–100 % of the step). */
  private _backoff(attempts: number): number {
    const { retryBaseMs, retryMaxMs } = this._options;
    const step = Math.min(retryMaxMs, retryBaseMs * 2 ** Math.max(0, attempts - 1));
    return Math.round(step * (0.5 + Math.random() * 0.5));
  }

  private _markBusy(id: string): void {
    this._busyUntil.set(id, Date.now() + this._options.retryBaseMs);
  }

  private _schedule(): void {
    clearTimeout(this._timer);
    if (!this._running) return;
    const waiting = this.store.entries().filter((e) => e.state === 'waiting' && !inFlight.has(e.payload.id));
    if (waiting.length === 0) return;
    const next = Math.min(...waiting.map((e) => Math.max(e.nextAttemptAt, this._busyUntil.get(e.payload.id) ?? 0)));
    this._timer = setTimeout(() => void this.flush(), Math.max(50, next - Date.now()));
  }

  private _onOnline = (): void => {
    if (this._running) void this.flush(true);
  };

  /** Another tab wrote: if that write lost one of ours, put it back at once. */
  private _onStorage = async (event: StorageEvent): Promise<void> => {
    if (event.key !== null && event.key !== this.store.outboxKey && event.key !== this.store.settledKey) return;
    await withOutboxLock(this.store.outboxKey, () => this.store.repair());
    if (!this._running) return;
    this._listener.changed?.();
    this._schedule();
  };

  private _onVisible = (): void => {
    if (this._running && globalThis.document?.visibilityState === 'visible') void this.flush();
  };
}
