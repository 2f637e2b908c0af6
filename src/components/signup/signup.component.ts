import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { BuurtElement, cleanUrlAttribute, sameLanguage } from '../../base/buurt-element.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { languageName } from '../../base/language-name.js';
import { themeStyles } from '../../base/theme.styles.js';
import { localize, localizedLanguage } from '../../feed/text.js';
import type { Feed, LocalizedText, Opportunity } from '../../feed/types.js';
import { WEEKDAYS } from '../../feed/types.js';
import type { Translation } from '../../translations/registry.js';
import { DeviceStore, isRecord, OUTBOX_KEY, type Draft, type KeyValueStorage } from './device.js';
import type { OutboxEntry, SignupStore } from './outbox.js';
import type { SignupPayload } from './payload.js';
import type { Courier, SendOutcome } from './send.js';
import { DAY_PARTS, MAX_LENGTH, SIGNUP_FIELDS, emptyValues, type DayPart, type ErrorCode, type SignupField, type SignupValues } from './values.js';
import styles from './signup.styles.js';

/** The checking and sending code, fetched on demand (see `delivery.ts`). */
type Delivery = typeof import('./delivery.js');

/** `buurt-signup-sent`: the receiver accepted the sign-up (2xx). */
export interface BuurtSignupSentDetail {
  signup: SignupPayload;
  status: number;
}

/** `buurt-signup-queued`: the sign-up could not be sent yet; it waits on the device and is retried. */
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

/** `buurt-signup-failed`: the receiver refused the sign-up (4xx); `errors` for a 422 with field errors. */
export interface BuurtSignupFailedDetail {
  signup: SignupPayload;
  status: number;
  errors?: Record<string, string>;
}

/** `offline`: the sending code could not be fetched, so nothing was sent; the form stays as typed. */
type Phase = 'form' | 'sending' | 'queued' | 'sent' | 'failed' | 'mail' | 'offline';

/** A field error: a code from the form's checks, or the receiver's own words. */
interface FieldError {
  code?: ErrorCode;
  text?: string;
}

type Target = { kind: 'post'; action: string; encoding: 'json' | 'form' } | { kind: 'mail'; email: string } | { kind: 'none' };

/** Languages offered besides those the feed mentions: the most spoken in Dutch neighbourhoods. */
const COMMON_LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'so', 'ti'];
const DRAFT_DELAY_MS = 400;
const SIMPLE_EMAIL = /^[^\s@<>(),;:"?&]+@[^\s@<>(),;:"?&]+\.[^\s@<>(),;:"?&.]{2,}$/u;

const ERROR_KEYS: Partial<Record<`${SignupField}:${ErrorCode}`, keyof Translation>> = {
  'opportunities:required': 'signupErrorOpportunitiesRequired',
  'name:required': 'signupErrorNameRequired',
  'name:invalid': 'signupErrorNameInvalid',
  'email:contactRequired': 'signupErrorEmailContactRequired',
  'email:invalid': 'signupErrorEmailInvalid',
  'phone:invalid': 'signupErrorPhoneInvalid',
  'phone:tooLong': 'signupErrorPhoneInvalid',
  'postcode:invalid': 'signupErrorPostcodeInvalid',
  'consent:required': 'signupErrorConsentRequired',
};

const ERROR_CODES = new Set<string>(['required', 'invalid', 'tooLong', 'contactRequired']);

let delivery: Delivery | undefined;
let deliveryLoading: Promise<Delivery> | undefined;

/** One fetch for every form on the page; a failed one may be tried again (the connection may be back). */
function loadDelivery(): Promise<Delivery> {
  deliveryLoading ??= BuurtSignup.deliveryLoader().then(
    (module) => (delivery = module),
    (error: unknown) => {
      deliveryLoading = undefined;
      throw error;
    },
  );
  return deliveryLoading;
}

/**
 * An `action` as the browser will post to it: resolved against the page, and only http(s).
 * Anything else (a typo, a `javascript:` URL) is ignored, so the feed's action or the
 * e-mail fallback takes over instead of retrying a request that can never succeed.
 */
function webUrl(value: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A volunteer sign-up form built from the feed's opportunities that never loses a sign-up:
 * what is typed is kept as a draft on the device, a sign-up that cannot be sent waits in an
 * outbox and is retried (with the same id, so the receiver can drop duplicates) until the
 * receiver accepts it, here or on the next visit to any page with the form.
 *
 * @tag buurt-signup
 * @summary Volunteer sign-up for concrete tasks, with talents, time and languages.
 *
 * @fires buurt-signup-sent - The receiver accepted the sign-up. `detail: { signup, status }`.
 * @fires buurt-signup-queued - Not sent yet; kept on the device and retried. `detail: { signup, reason, attempts, nextAttemptAt, persistent }`.
 * @fires buurt-signup-failed - The receiver refused it (4xx). `detail: { signup, status, errors? }`.
 * @fires buurt-load - The feed is ready.
 * @fires buurt-error - The feed could not be loaded.
 *
 * @attr src - URL of the feed.
 * @attr lang - Language of the form; else the nearest `[lang]`, else Dutch.
 * @attr action - Where sign-ups are POSTed; wins over `signup.action` in the feed. Resolved against the page URL.
 * @attr encoding - `json` (default) or `form` (`application/x-www-form-urlencoded`, lists as repeated keys).
 * @attr opportunity - Id of an opportunity to preselect, so a page about one task can link straight to it.
 * @attr timeout - Milliseconds one POST may take before it counts as failed and is retried (default 15000).
 *
 * @csspart base - The wrapper around everything.
 * @csspart form - The form.
 * @csspart submit - The submit button.
 * @csspart status - The panel that says sent, queued, failed or mail.
 * @csspart error - The message when the feed cannot be loaded.
 * @csspart notice - Notes about sample data or a cached feed.
 *
 * @cssprop --buurt-color-primary - Buttons and checkboxes.
 * @cssprop --buurt-color-danger - Errors.
 * @cssprop --buurt-color-success - The success panel.
 * @cssprop --buurt-target-size - Smallest size of anything you can tap (default 44px).
 */
export class BuurtSignup extends BuurtElement {
  static override styles = [themeStyles, styles];

  /**
   * Fetches the checking and sending code. Tests replace it to play a connection that drops
   * before the code arrived.
   * @internal
   */
  static deliveryLoader = (): Promise<Delivery> => import('./delivery.js');

  /** Where sign-ups are POSTed; wins over the feed's `signup.action`. */
  @property() action?: string;

  /** `json` or `form`; else the feed's `signup.encoding`, else `json`. */
  @property() encoding?: 'json' | 'form';

  /** Id of an opportunity to preselect. */
  @property() opportunity?: string;

  /** Milliseconds one POST may take. */
  @property({ type: Number }) timeout = 15_000;

  /** First retry delay in ms; doubles per attempt. Mainly for tests and slow networks. */
  @property({ attribute: false }) retryDelay = 2_000;

  /**
   * Where the draft and the outbox are kept; `localStorage` by default. `null` (or a storage
   * that throws) makes the form work from memory and say that it cannot keep a draft.
   */
  @property({ attribute: false }) storage?: KeyValueStorage | null;

  @state() private _values: SignupValues = emptyValues();
  @state() private _errors: Partial<Record<string, FieldError>> = {};
  @state() private _phase: Phase = 'form';
  @state() private _outbox: OutboxEntry[] = [];
  @state() private _announcement = '';
  @state() private _confirmErase = false;
  @state() private _persistent = true;
  @state() private _result?: { payload: SignupPayload; status?: number };
  /** Submitted while the sending code is still being fetched: the button is locked meanwhile. */
  @state() private _awaitingCode = false;

  private _device?: DeviceStore;
  private _store?: SignupStore;
  private _courier?: Courier;
  private _draft: Draft = { values: emptyValues(), startedAt: Date.now() };
  private _draftKey = '';
  private _draftTimer?: ReturnType<typeof setTimeout>;
  private _preselected = false;
  /** A prefetch failed: wait for the connection or a submit instead of trying on every key. */
  private _prefetchFailed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this._device = new DeviceStore(this.storage);
    this._persistent = this._device.persistent;
    this._restoreDraft();
    globalThis.addEventListener('pagehide', this._onPageHide);
    globalThis.addEventListener('online', this._onOnline);
    // Sign-ups left from an earlier visit: fetch the sending code now, so they go out.
    if (delivery || this._device.hasOutbox()) void this._prefetch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener('pagehide', this._onPageHide);
    globalThis.removeEventListener('online', this._onOnline);
    this._saveDraftNow();
    this._courier?.stop();
    this._courier = this._store = undefined;
  }

  // ----- the sending code, on demand -----

  /** Fetches the sending code (once per page) and starts this form's courier with it. */
  private async _prefetch(): Promise<void> {
    try {
      this._startCourier(delivery ?? (await loadDelivery()));
      this._prefetchFailed = false;
    } catch {
      this._prefetchFailed = true;
    }
  }

  private _startCourier(code: Delivery): void {
    if (!this.isConnected || this._courier || !this._device) return;
    this._store = new code.SignupStore({ device: this._device });
    this._courier = new code.Courier(
      this._store,
      {
        delivered: (entry, status) => this._onDelivered(entry, status),
        queued: (entry, outcome) => this._onQueued(entry, outcome),
        invalid: (entry, errors) => this._onInvalid(entry, errors),
        failed: (entry, status) => this._onFailed(entry, status),
        changed: () => this._refreshOutbox(),
      },
      { timeoutMs: this.timeout, retryBaseMs: this.retryDelay },
    );
    this._refreshOutbox();
    // Starting the courier is what finishes sign-ups left from an earlier visit.
    this._courier.start();
  }

  /** Someone started filling in: fetch the code now, while there is a connection. */
  private _onFormActivity = (): void => {
    if (!this._courier && !this._prefetchFailed) void this._prefetch();
  };

  private _onOnline = (): void => {
    if (!this._courier && this._prefetchFailed) void this._prefetch();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.currentFeed;
    if (feed && !this._preselected) {
      this._preselected = true;
      const id = this.opportunity;
      if (id && feed.opportunities.some((o) => o.id === id) && !this._values.opportunities.includes(id)) {
        this._values = { ...this._values, opportunities: [...this._values.opportunities, id] };
      }
    }
  }

  // ----- drafts -----

  private _restoreDraft(): void {
    this._draftKey = this.src ? new URL(this.src, document.baseURI).href : `page:${location.pathname}`;
    const draft = this._device!.loadDraft(this._draftKey);
    if (!draft) {
      this._draft = { values: this._values, startedAt: Date.now() };
      return;
    }
    this._draft = draft;
    this._values = { ...emptyValues(), ...draft.values, website: '' };
    // A look at the outbox as stored, before the code that reads it properly has arrived.
    const outbox = this._device!.read(OUTBOX_KEY);
    const pending = Array.isArray(outbox)
      ? outbox.find((e) => isRecord(e) && isRecord(e.payload) && e.payload.id === draft.submittedId)
      : undefined;
    // Not waiting any more: delivered from another tab or page (or removed there). The id
    // stays, so sending these values again is dropped by the receiver as a duplicate.
    if (draft.submittedId && pending) this._phase = pending.state === 'failed' ? 'failed' : 'queued';
  }

  private _scheduleDraftSave(): void {
    clearTimeout(this._draftTimer);
    this._draftTimer = setTimeout(() => this._saveDraftNow(), DRAFT_DELAY_MS);
  }

  private _saveDraftNow(): void {
    clearTimeout(this._draftTimer);
    this._draftTimer = undefined;
    if (!this._device || this._phase === 'sent') return;
    this._draft = { ...this._draft, values: this._values };
    this._device.saveDraft(this._draftKey, this._draft);
    this._persistent = this._device.persistent;
  }

  private _onPageHide = (): void => {
    if (this._draftTimer !== undefined) this._saveDraftNow();
  };

  // ----- input -----

  private _set<K extends keyof SignupValues>(key: K, value: SignupValues[K]): void {
    this._values = { ...this._values, [key]: value };
    this._scheduleDraftSave();
  }

  private _toggle(key: 'opportunities' | 'talents' | 'availability' | 'languages', item: string, on: boolean): void {
    const list = this._values[key].filter((x) => x !== item);
    this._set(key, on ? [...list, item] : list);
  }

  private _onText = (event: Event): void => {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const key = input.name as 'name' | 'email' | 'phone' | 'area' | 'postcode' | 'talentsOther' | 'message' | 'website';
    this._set(key, input.value);
  };

  private _onCheck = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const key = input.name as 'opportunities' | 'talents' | 'availability' | 'languages' | 'ageConfirmed' | 'consent';
    if (key === 'ageConfirmed' || key === 'consent') this._set(key, input.checked);
    else this._toggle(key, input.value, input.checked);
  };

  // ----- sending -----

  private _target(feed: Feed): Target {
    const action = webUrl(cleanUrlAttribute(this.action)) ?? feed.signup.action;
    if (action) {
      const encoding = this.encoding === 'form' || this.encoding === 'json' ? this.encoding : feed.signup.encoding;
      return { kind: 'post', action, encoding: encoding === 'form' ? 'form' : 'json' };
    }
    const chosen = feed.opportunities.filter((o) => this._values.opportunities.includes(o.id));
    const candidates = [...chosen.map((o) => o.contact?.email), feed.signup.email, feed.publisher.email];
    const email = candidates.find((c): c is string => typeof c === 'string' && SIMPLE_EMAIL.test(c));
    return email ? { kind: 'mail', email } : { kind: 'none' };
  }

  private _onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const feed = this.currentFeed;
    // One sign-up in flight: a double click or a second Enter changes nothing.
    if (!feed || this._phase === 'sending' || this._awaitingCode) return;
    if (!this._courier) {
      this._awaitingCode = true;
      await this._prefetch();
      this._awaitingCode = false;
    }
    const code = delivery;
    if (!code || !this._courier) {
      // Offline before the sending code ever arrived: nothing was sent, nothing typed is lost.
      this._saveDraftNow();
      this._phase = 'offline';
      await this._focus('[part~="status"]');
      return;
    }
    if (this._phase === 'offline') this._phase = 'form';
    const { fields } = feed.signup;
    const codes = code.validateSignup(this._values, {
      opportunities: feed.opportunities.length > 0,
      area: fields.area,
      talents: fields.talents,
      message: fields.message,
    });
    if (Object.keys(codes).length > 0) {
      this._errors = Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, { code }]));
      await this._focus('.error-summary');
      return;
    }
    this._errors = {};
    const target = this._target(feed);
    if (target.kind !== 'post') {
      this._phase = 'mail';
      await this._focus('[part~="status"]');
      return;
    }
    const now = new Date();
    const id = this._draft.submittedId ?? code.createSignupId();
    const submittedAt = this._draft.submittedAt ?? now.toISOString();
    this._draft = { ...this._draft, submittedId: id, submittedAt };
    this._saveDraftNow();
    const payload = code.buildPayload(this._values, {
      id,
      submittedAt: new Date(submittedAt),
      lang: this.language,
      page: location.href.split('#')[0]!,
      feed: this.src ? new URL(this.src, document.baseURI).href : '',
      elapsedMs: now.getTime() - this._draft.startedAt,
    });
    this._phase = 'sending';
    this._announcement = this.t('signupSending');
    await this._courier.submit({
      payload,
      action: target.action,
      encoding: target.encoding,
      titles: this._titles(feed, payload.opportunities),
      state: 'waiting',
      attempts: 0,
      nextAttemptAt: now.getTime(),
    });
  };

  private _isCurrent(entry: OutboxEntry): boolean {
    return entry.payload.id === this._draft.submittedId;
  }

  private _onDelivered(entry: OutboxEntry, status: number): void {
    this.emit('buurt-signup-sent', { signup: entry.payload, status });
    if (!this._isCurrent(entry)) return;
    clearTimeout(this._draftTimer);
    this._device?.removeDraft(this._draftKey);
    this._result = { payload: entry.payload, status };
    this._phase = 'sent';
    this._announcement = '';
    void this._focus('[part~="status"]');
  }

  private _onQueued(entry: OutboxEntry, outcome: SendOutcome): void {
    if (entry.attempts === 1) {
      this.emit('buurt-signup-queued', {
        signup: entry.payload,
        reason: outcome.kind === 'retry' ? outcome.reason : 'network',
        attempts: entry.attempts,
        nextAttemptAt: entry.nextAttemptAt,
        persistent: this._store?.persistent ?? false,
      });
    }
    if (!this._isCurrent(entry)) return;
    const wasQueued = this._phase === 'queued';
    this._phase = 'queued';
    this._announcement = '';
    if (!wasQueued) void this._focus('[part~="status"]');
  }

  private _onInvalid(entry: OutboxEntry, errors: Record<string, string>): void {
    this.emit('buurt-signup-failed', { signup: entry.payload, status: 422, errors });
    if (!this._isCurrent(entry)) return;
    this._errors = Object.fromEntries(
      Object.entries(errors).map(([field, value]) => [field, ERROR_CODES.has(value) ? { code: value as ErrorCode } : { text: value }]),
    );
    this._phase = 'form';
    this._announcement = '';
    void this._focus('.error-summary');
  }

  private _onFailed(entry: OutboxEntry, status: number): void {
    this.emit('buurt-signup-failed', { signup: entry.payload, status });
    if (!this._isCurrent(entry)) return;
    this._phase = 'failed';
    this._announcement = '';
    void this._focus('[part~="status"]');
  }

  private _refreshOutbox(): void {
    if (!this._store) return;
    this._outbox = this._store.entries();
    this._persistent = this._store.persistent;
    const current = this._draft.submittedId;
    // Another tab delivered or removed what this form was waiting for. Which one is not
    // known here, so the id stays: sent again, it cannot become a second sign-up.
    if (current && (this._phase === 'queued' || this._phase === 'failed') && !this._outbox.some((e) => e.payload.id === current)) {
      this._phase = 'form';
    }
  }

  private _onRetry(id: string): void {
    // A queued sign-up keeps its panel; a failed one goes back to "sending" so the button locks.
    if (id === this._draft.submittedId && this._phase === 'failed') this._phase = 'sending';
    void this._courier?.retryNow(id);
  }

  private async _onRemove(id: string): Promise<void> {
    this._courier?.remove(id);
    if (id === this._draft.submittedId) {
      // What was typed stays: the person may want to change it and send again.
      delete this._draft.submittedId;
      delete this._draft.submittedAt;
      this._phase = 'form';
      this._saveDraftNow();
    }
    this._announcement = this.t('signupRemoved');
    await this._focus('form, [part~="status"]');
  }

  private _onSendAnother = async (): Promise<void> => {
    this._values = emptyValues();
    if (this.opportunity) this._values.opportunities = [this.opportunity];
    this._draft = { values: this._values, startedAt: Date.now() };
    this._result = undefined;
    this._errors = {};
    this._phase = 'form';
    await this._focus('input:not([tabindex="-1"])');
  };

  private _onBackToForm = async (): Promise<void> => {
    this._phase = 'form';
    await this._focus('button[type="submit"]');
  };

  private _onErase = async (): Promise<void> => {
    // Recorded as settled too, so a tab still holding one of these entries does not write it back.
    this._device?.clearOutbox();
    this._device?.removeDraft(this._draftKey);
    this._values = emptyValues();
    this._draft = { values: this._values, startedAt: Date.now() };
    this._errors = {};
    this._phase = 'form';
    this._confirmErase = false;
    this._refreshOutbox();
    this._announcement = this.t('signupErased');
    await this._focus('input:not([tabindex="-1"])');
  };

  /** Error-summary links: fragment links cannot reach into a shadow root, so move focus ourselves. */
  private _onSummaryLink(event: Event, field: string): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(
      `#signup-${field}:is(input, select, textarea), #signup-${field} input:not([tabindex="-1"])`,
    );
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }

  private async _focus(selector: string): Promise<void> {
    await this.updateComplete;
    const element = this.renderRoot.querySelector<HTMLElement>(selector);
    element?.focus();
  }

  // ----- rendering helpers -----

  private _titles(feed: Feed, ids: readonly string[]): string[] {
    return feed.opportunities.filter((o) => ids.includes(o.id)).map((o) => localize(o.title, this.language));
  }

  /** Feed text with its own `lang` when it is not in the kit's language (a screen reader then reads it right). */
  private _feedText(feed: Feed, value: LocalizedText | undefined): TemplateResult | string {
    const text = localize(value, this.language);
    const lang = localizedLanguage(value, this.language, feed.language);
    return !text || sameLanguage(lang, this.uiLanguage) ? text : html`<span lang=${lang} dir="auto">${text}</span>`;
  }

  private _publisherName(feed: Feed): string {
    return feed.publisher.name || feed.publisher.url || '';
  }

  private _minAge(feed: Feed): number {
    const chosen = feed.opportunities.filter((o) => this._values.opportunities.includes(o.id));
    return Math.max(16, ...chosen.map((o) => o.minAge ?? 0));
  }

  private _errorText(field: string, error: FieldError, feed: Feed): string {
    if (error.text) return error.text;
    const code = error.code ?? 'invalid';
    const key = ERROR_KEYS[`${field as SignupField}:${code}`];
    if (key) return this.t(key as 'signupErrorNameRequired');
    if (field === 'ageConfirmed') return this.t('signupErrorAgeRequired', this._minAge(feed));
    if (code === 'tooLong') {
      const max = MAX_LENGTH[field as keyof typeof MAX_LENGTH] ?? 200;
      return this.t('signupErrorTooLong', max);
    }
    return code === 'required' ? this.t('signupErrorRequired') : this.t('signupErrorInvalid');
  }

  private _languageName(code: string): string {
    return languageName(code, this.language);
  }


  private _dayNames(): Array<{ short: string; long: string }> {
    // 1 January 2024 was a Monday; noon UTC is the same day in every time zone we serve.
    return WEEKDAYS.map((_, index) => {
      const date = new Date(Date.UTC(2024, 0, 1 + index, 12));
      const format = (weekday: 'short' | 'long'): string => {
        try {
          return new Intl.DateTimeFormat(this.language, { weekday, timeZone: 'UTC' }).format(date);
        } catch {
          return new Intl.DateTimeFormat('nl', { weekday, timeZone: 'UTC' }).format(date);
        }
      };
      return { short: format('short'), long: format('long') };
    });
  }

  private _languageOptions(feed: Feed): string[] {
    const codes = new Set<string>();
    for (const o of feed.opportunities) o.languages.forEach((l) => codes.add(l));
    for (const code of COMMON_LANGUAGES) codes.add(code);
    for (const p of feed.places) p.languages.forEach((l) => codes.add(l));
    for (const code of this._values.languages) codes.add(code);
    return [...codes].filter((c) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u.test(c));
  }

  private _describedBy(field: string, hint = false): string | typeof nothing {
    // "One of the two is enough" stands above both fields; a screen reader hears it in each.
    const shared = field === 'email' || field === 'phone' ? 'signup-contact-hint' : '';
    const ids = [shared, hint ? `signup-${field}-hint` : '', this._errors[field] ? `signup-${field}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  private _renderError(field: string, feed: Feed): TemplateResult | typeof nothing {
    const error = this._errors[field];
    if (!error) return nothing;
    return html`<p class="error-message" id="signup-${field}-error">
      <span class="visually-hidden">${this.t('signupErrorSummary')}: </span>${this._errorText(field, error, feed)}
    </p>`;
  }

  private _renderTextField(
    feed: Feed,
    field: 'name' | 'email' | 'phone' | 'area' | 'postcode' | 'talentsOther',
    label: string,
    options: { type?: string; autocomplete?: string; hint?: string; inputmode?: string } = {},
  ): TemplateResult {
    const invalid = Boolean(this._errors[field]);
    return html`<div class="field ${invalid ? 'field--error' : ''}">
      <label class="label" for="signup-${field}">${label}</label>
      ${options.hint ? html`<span class="hint" id="signup-${field}-hint">${options.hint}</span>` : nothing}
      ${this._renderError(field, feed)}
      <input
        id="signup-${field}"
        name=${field}
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete ?? 'off'}
        inputmode=${options.inputmode ?? nothing}
        spellcheck="false"
        maxlength=${MAX_LENGTH[field] + 50}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${this._describedBy(field, Boolean(options.hint))}
        .value=${live(this._values[field])}
        @input=${this._onText}
      />
    </div>`;
  }

  private _renderOpportunity(feed: Feed, o: Opportunity, index: number): TemplateResult {
    const lang = this.language;
    const place = o.place ? feed.places.find((p) => p.id === o.place) : undefined;
    const info = [
      place ? this.t('signupTaskPlace', localize(place.name, lang)) : '',
      o.when ? this.t('signupTaskWhen', localize(o.when, lang)) : '',
      o.contact?.name ? this.t('signupTaskContact', o.contact.name) : '',
      o.minAge && o.minAge > 16 ? this.t('signupTaskMinAge', o.minAge) : '',
    ].filter(Boolean);
    const description = localize(o.description, lang);
    const infoId = `signup-task-${index}-info`;
    return html`<div class="task">
      <div class="choice">
        <input
          type="checkbox"
          id="signup-task-${index}"
          name="opportunities"
          .value=${o.id}
          .checked=${live(this._values.opportunities.includes(o.id))}
          aria-describedby=${infoId}
          @change=${this._onCheck}
        />
        <label for="signup-task-${index}" class="task__title">${this._feedText(feed, o.title)}</label>
      </div>
      <ul class="task__info" id=${infoId}>
        ${description ? html`<li>${this._feedText(feed, o.description)}</li>` : nothing} ${info.map((line) => html`<li>${line}</li>`)}
      </ul>
    </div>`;
  }

  private _renderChoices(
    feed: Feed,
    field: 'talents' | 'languages',
    legend: string,
    items: Array<{ id: string; label: string | TemplateResult }>,
  ): TemplateResult {
    return html`<fieldset id="signup-${field}" aria-describedby=${this._describedBy(field)}>
      <legend>${legend}</legend>
      ${this._renderError(field, feed)}
      <div class="choices">
        ${items.map(
          (item, index) => html`<div class="choice">
            <input
              type="checkbox"
              id="signup-${field}-${index}"
              name=${field}
              .value=${item.id}
              .checked=${live(this._values[field].includes(item.id))}
              @change=${this._onCheck}
            />
            <label for="signup-${field}-${index}">${item.label}</label>
          </div>`,
        )}
      </div>
    </fieldset>`;
  }

  private _renderAvailability(feed: Feed): TemplateResult {
    const days = this._dayNames();
    const parts = this._partNames();
    return html`<fieldset id="signup-availability" aria-describedby="signup-availability-hint">
      <legend>${this.t('signupAvailabilityLegend')}</legend>
      <span class="hint" id="signup-availability-hint">${this.t('signupAvailabilityHint')}</span>
      ${this._renderError('availability', feed)}
      <div class="grid-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col"><span class="visually-hidden">${this.t('signupDayPart')}</span></th>
              ${days.map((day) => html`<th scope="col"><abbr title=${day.long}>${day.short}</abbr></th>`)}
            </tr>
          </thead>
          <tbody>
            ${DAY_PARTS.map(
              (part) => html`<tr>
                <th scope="row">${parts[part]}</th>
                ${WEEKDAYS.map((day, index) => {
                  const slot = `${day}-${part}`;
                  return html`<td>
                    <label class="slot">
                      <input
                        type="checkbox"
                        name="availability"
                        .value=${slot}
                        .checked=${live(this._values.availability.includes(slot))}
                        @change=${this._onCheck}
                      />
                      <span class="visually-hidden">${this.t('signupSlot', days[index]!.long, parts[part])}</span>
                    </label>
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </fieldset>`;
  }

  private _renderCheckbox(feed: Feed, field: 'ageConfirmed' | 'consent', label: string, hint: TemplateResult): TemplateResult {
    const invalid = Boolean(this._errors[field]);
    return html`<div class="field ${invalid ? 'field--error' : ''}">
      ${this._renderError(field, feed)}
      <div class="choice">
        <input
          type="checkbox"
          id="signup-${field}"
          name=${field}
          .checked=${live(this._values[field])}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${this._describedBy(field, true)}
          @change=${this._onCheck}
        />
        <label for="signup-${field}">${label}</label>
      </div>
      <div class="hint" id="signup-${field}-hint">${hint}</div>
    </div>`;
  }

  private _renderErrorSummary(feed: Feed): TemplateResult | typeof nothing {
    const fields = Object.keys(this._errors);
    if (fields.length === 0) return nothing;
    const order = (field: string): number => {
      const index = (SIGNUP_FIELDS as readonly string[]).indexOf(field);
      return index === -1 ? SIGNUP_FIELDS.length : index;
    };
    fields.sort((a, b) => order(a) - order(b));
    return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="signup-error-summary-title">
      <h2 id="signup-error-summary-title">${this.t('signupErrorSummary')}</h2>
      <ul>
        ${fields.map((field) => {
          const text = this._errorText(field, this._errors[field]!, feed);
          return html`<li>
            ${this._fieldShown(feed, field) ? html`<a href="#signup-${field}" @click=${(e: Event) => this._onSummaryLink(e, field)}>${text}</a>` : text}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private _fieldShown(feed: Feed, field: string): boolean {
    const { fields } = feed.signup;
    switch (field) {
      case 'opportunities':
        return feed.opportunities.length > 0;
      case 'area':
      case 'postcode':
        return fields.area;
      case 'talents':
      case 'talentsOther':
        return fields.talents;
      case 'availability':
      case 'languages':
      case 'message':
        return fields[field];
      default:
        return (SIGNUP_FIELDS as readonly string[]).includes(field);
    }
  }

  private _renderOutbox(): TemplateResult | typeof nothing {
    if (this._outbox.length === 0 || this._phase === 'sending') return nothing;
    const time = new Intl.DateTimeFormat(this.language, { hour: 'numeric', minute: '2-digit' });
    const date = new Intl.DateTimeFormat(this.language, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<section class="outbox" aria-labelledby="signup-outbox-title">
      <h2 id="signup-outbox-title">${this.t('signupOutboxTitle')}</h2>
      <ul>
        ${this._outbox.map((entry) => {
          const id = entry.payload.id;
          const title = entry.titles.length ? entry.titles.join(', ') : this.t('signupOutboxGeneral');
          return html`<li>
            <h3>${title}</h3>
            <p>${this.t('signupOutboxFrom', entry.payload.name, date.format(new Date(entry.payload.submittedAt)))}</p>
            <p>
              ${entry.state === 'failed'
                ? this.t('signupOutboxFailed')
                : this.t('signupOutboxWaiting', time.format(new Date(Math.max(entry.nextAttemptAt, Date.now()))))}
            </p>
            <div class="buttons">
              <button type="button" class="button button--secondary" @click=${() => this._onRetry(id)}>
                ${this.t('signupRetry')}<span class="visually-hidden">: ${title}</span>
              </button>
              <button type="button" class="button button--secondary" @click=${() => this._onRemove(id)}>
                ${this.t('signupRemove')}<span class="visually-hidden">: ${title}</span>
              </button>
            </div>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  /** The panel that says where the sign-up stands; it takes focus when that changes. */
  private _renderStatus(kind: 'success' | 'warning' | 'failed', role: 'status' | 'alert', title: string, body: unknown): TemplateResult {
    return html`<div part="status" class="panel panel--${kind}" tabindex="-1" role=${role} aria-labelledby="signup-status-title">
      <h2 id="signup-status-title">${title}</h2>
      ${body}
    </div>`;
  }

  private _renderMemoryOnly(): TemplateResult | typeof nothing {
    return this._persistent ? nothing : html`<p><strong>${this.t('signupQueuedMemoryOnly')}</strong></p>`;
  }

  private _renderSent(feed: Feed): TemplateResult {
    const payload = this._result?.payload;
    const chosen = feed.opportunities.filter((o) => payload?.opportunities.includes(o.id));
    const followUps = [...new Map(chosen.filter((o) => localize(o.followUp, this.language)).map((o) => [localize(o.followUp, this.language), o.followUp])).values()];
    return this._renderStatus(
      'success',
      'status',
      this.t('signupSentTitle'),
      html`${followUps.length
          ? followUps.map((text) => html`<p>${this._feedText(feed, text)}</p>`)
          : html`<p>${this.t('signupSentGeneric', this._publisherName(feed))}</p>`}
        <button type="button" class="button button--secondary" @click=${this._onSendAnother}>${this.t('signupSendAnother')}</button>`,
    );
  }

  private _renderQueued(): TemplateResult {
    return this._renderStatus('warning', 'status', this.t('signupQueued'), html`<p>${this.t('signupQueuedDetail')}</p>${this._renderMemoryOnly()}`);
  }

  private _renderFailed(): TemplateResult {
    const entry = this._outbox.find((e) => e.payload.id === this._draft.submittedId);
    return this._renderStatus('failed', 'alert', this.t('signupFailedTitle'), html`<p>${this.t('signupFailedDetail', entry?.lastStatus ?? 400)}</p>`);
  }

  private _renderOffline(): TemplateResult {
    return this._renderStatus('warning', 'alert', this.t('signupNotSentTitle'), html`<p>${this.t('signupNotSentDetail')}</p>${this._renderMemoryOnly()}`);
  }

  private _mailText(feed: Feed): string {
    const v = this._values;
    const lines: Array<[string, string]> = [
      [this.t('signupTasksLegend'), this._titles(feed, v.opportunities).join(', ')],
      [this.t('signupName'), v.name.trim()],
      [this.t('signupEmail'), v.email.trim()],
      [this.t('signupPhone'), v.phone.trim()],
      [this.t('signupArea'), [v.area, v.postcode].map((s) => s.trim()).filter(Boolean).join(', ')],
      [
        this.t('signupTalentsLegend'),
        [...feed.signup.talents.filter((x) => v.talents.includes(x.id)).map((x) => localize(x.label, this.language)), v.talentsOther.trim()]
          .filter(Boolean)
          .join(', '),
      ],
      [this.t('signupAvailabilityLegend'), this._slotNames(v.availability).join(', ')],
      [this.t('signupLanguagesLegend'), v.languages.map((code) => this._languageName(code)).join(', ')],
      [this.t('signupAge', this._minAge(feed)), this.t('signupYes')],
      [this.t('signupMessage'), v.message.trim()],
    ];
    return lines
      .filter(([, value]) => value !== '')
      .map(([label, value]) => `${label}\n${value}`)
      .join('\n\n');
  }

  private _partNames(): Record<DayPart, string> {
    return { morning: this.t('signupMorning'), afternoon: this.t('signupAfternoon'), evening: this.t('signupEvening') };
  }

  private _slotNames(slots: readonly string[]): string[] {
    const days = this._dayNames();
    const parts: Record<string, string> = this._partNames();
    return slots.map((slot) => {
      const [day, part] = slot.split('-');
      const index = WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]);
      return index === -1 ? slot : this.t('signupSlot', days[index]!.long, parts[part!] ?? part!);
    });
  }

  private _renderMail(feed: Feed): TemplateResult {
    const target = this._target(feed);
    if (target.kind !== 'mail') {
      return html`<div part="status" class="panel panel--failed" tabindex="-1" role="alert">
        <p>${this.t('signupNoWayToSend')}</p>
        <button type="button" class="button button--secondary" @click=${this._onBackToForm}>${this.t('signupMailBack')}</button>
      </div>`;
    }
    const text = this._mailText(feed);
    const href = `mailto:${target.email}?subject=${encodeURIComponent(this.t('signupMailSubject'))}&body=${encodeURIComponent(text)}`;
    return html`<div part="status" class="panel" tabindex="-1" role="region" aria-labelledby="signup-status-title">
      <h2 id="signup-status-title">${this.t('signupMailTitle')}</h2>
      <p>${this.t('signupMailExplain', target.email)}</p>
      <div class="buttons">
        <a class="button button--primary" href=${href}>${this.t('signupMailOpen')}</a>
        <button type="button" class="button button--secondary" @click=${this._onBackToForm}>${this.t('signupMailBack')}</button>
      </div>
      <h3>${this.t('signupMailText')}</h3>
      <pre class="mail-text" tabindex="0" aria-label=${this.t('signupMailText')}>${text}</pre>
    </div>`;
  }

  private _renderForm(feed: Feed): TemplateResult {
    const lang = this.language;
    const { fields } = feed.signup;
    const publisher = this._publisherName(feed);
    const target = this._target(feed);
    const sending = this._phase === 'sending' || this._awaitingCode;
    const minAge = this._minAge(feed);
    const privacyText = localize(feed.signup.privacyText, lang)
      ? this._feedText(feed, feed.signup.privacyText)
      : this.t('signupPrivacyDefault', publisher);
    const privacyUrl = feed.signup.privacyUrl && /^https?:/iu.test(feed.signup.privacyUrl) ? feed.signup.privacyUrl : undefined;
    return html`
      ${this._renderErrorSummary(feed)}
      <form
        part="form"
        class="form"
        novalidate
        aria-busy=${sending ? 'true' : 'false'}
        @submit=${this._onSubmit}
        @input=${this._onFormActivity}
        @change=${this._onFormActivity}
        @focusin=${this._onFormActivity}
      >
        ${target.kind === 'mail' ? html`<p class="panel">${this.t('signupMailIntro', target.email)}</p>` : nothing}
        ${target.kind === 'none' ? html`<p class="panel panel--failed">${this.t('signupNoWayToSend')}</p>` : nothing}
        ${feed.opportunities.length
          ? html`<fieldset
              id="signup-opportunities"
              aria-describedby=${this._describedBy('opportunities', true)}
              class=${this._errors.opportunities ? 'field--error' : ''}
            >
              <legend>${this.t('signupTasksLegend')}</legend>
              <span class="hint" id="signup-opportunities-hint">${this.t('signupTasksHint')}</span>
              ${this._renderError('opportunities', feed)}
              ${feed.opportunities.map((o, index) => this._renderOpportunity(feed, o, index))}
            </fieldset>`
          : nothing}
        ${this._renderTextField(feed, 'name', this.t('signupName'), { autocomplete: 'name' })}
        <p class="hint" id="signup-contact-hint">${this.t('signupContactHint')}</p>
        ${this._renderTextField(feed, 'email', this.t('signupEmail'), { type: 'email', autocomplete: 'email', inputmode: 'email' })}
        ${this._renderTextField(feed, 'phone', this.t('signupPhone'), {
          type: 'tel',
          autocomplete: 'tel',
          inputmode: 'tel',
          hint: this.t('signupPhoneHint'),
        })}
        ${fields.area ? this._renderArea(feed) : nothing}
        ${fields.area
          ? this._renderTextField(feed, 'postcode', this.t('signupPostcode'), {
              autocomplete: 'postal-code',
              hint: this.t('signupPostcodeHint'),
            })
          : nothing}
        ${fields.talents
          ? html`${feed.signup.talents.length
                ? this._renderChoices(
                    feed,
                    'talents',
                    this.t('signupTalentsLegend'),
                    feed.signup.talents.map((t) => ({ id: t.id, label: this._feedText(feed, t.label) })),
                  )
                : nothing}
              ${this._renderTextField(
                feed,
                'talentsOther',
                feed.signup.talents.length ? this.t('signupTalentsOther') : this.t('signupTalentsLegend'),
              )}`
          : nothing}
        ${fields.availability ? this._renderAvailability(feed) : nothing}
        ${fields.languages
          ? this._renderChoices(
              feed,
              'languages',
              this.t('signupLanguagesLegend'),
              this._languageOptions(feed).map((code) => ({ id: code, label: this._languageName(code) })),
            )
          : nothing}
        ${this._renderCheckbox(feed, 'ageConfirmed', this.t('signupAge', minAge), html`${this.t('signupAgeHint', minAge)}`)}
        ${fields.message
          ? html`<div class="field ${this._errors.message ? 'field--error' : ''}">
              <label class="label" for="signup-message">${this.t('signupMessage')}</label>
              ${this._renderError('message', feed)}
              <textarea
                id="signup-message"
                name="message"
                rows="4"
                aria-invalid=${this._errors.message ? 'true' : 'false'}
                aria-describedby=${this._describedBy('message')}
                .value=${live(this._values.message)}
                @input=${this._onText}
              ></textarea>
            </div>`
          : nothing}
        ${this._renderCheckbox(
          feed,
          'consent',
          this.t('signupConsent', publisher),
          html`${privacyText}
          ${privacyUrl
            ? html`<a href=${privacyUrl} target="_blank" rel="noopener noreferrer"
                >${this.t('signupPrivacyLink')}<span class="visually-hidden"> ${this.t('opensInNewWindow')}</span></a
              >`
            : nothing}`,
        )}
        <div class="honeypot" aria-hidden="true">
          <label for="signup-website">${this.t('signupHoneypot')}</label>
          <input id="signup-website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${live(this._values.website)} @input=${this._onText} />
        </div>
        <p class="storage-note">${this._persistent ? this.t('signupDraftKept') : this.t('signupNoStorage')}</p>
        <div class="buttons">
          <button
            type="submit"
            part="submit"
            class="button button--primary"
            aria-disabled=${sending ? 'true' : 'false'}
          >
            ${sending ? this.t('signupSending') : this.t('signupSubmit')}
          </button>
          ${this._renderErase()}
        </div>
      </form>
    `;
  }

  private _renderArea(feed: Feed): TemplateResult {
    if (feed.areas.length === 0) return this._renderTextField(feed, 'area', this.t('signupArea'), { autocomplete: 'address-level3' });
    return html`<div class="field">
      <label class="label" for="signup-area">${this.t('signupArea')}</label>
      ${this._renderError('area', feed)}
      <select id="signup-area" name="area" aria-describedby=${this._describedBy('area')} @change=${this._onText}>
        <option value="" ?selected=${this._values.area === ''}>${this.t('signupAreaNone')}</option>
        ${feed.areas.map(
          (area) => html`<option value=${area.id} ?selected=${this._values.area === area.id}>${localize(area.name, this.language)}</option>`,
        )}
      </select>
    </div>`;
  }

  private _renderErase(): TemplateResult {
    if (!this._confirmErase) {
      return html`<button type="button" class="button button--secondary" @click=${this._onAskErase}>${this.t('signupErase')}</button>`;
    }
    return html`<div role="group" aria-labelledby="signup-erase-question" class="buttons">
      <p id="signup-erase-question">${this.t('signupEraseConfirm')}</p>
      <button type="button" class="button button--primary" id="signup-erase-yes" @click=${this._onErase}>${this.t('signupEraseYes')}</button>
      <button type="button" class="button button--secondary" @click=${this._onCancelErase}>${this.t('signupEraseNo')}</button>
    </div>`;
  }

  private _onAskErase = async (): Promise<void> => {
    this._confirmErase = true;
    await this._focus('#signup-erase-yes');
  };

  private _onCancelErase = (): void => {
    this._confirmErase = false;
  };

  override render(): TemplateResult {
    const feed = this.currentFeed;
    let body: TemplateResult | typeof nothing;
    if (!feed) {
      body =
        this.feedStatus.state === 'error'
          ? this.renderLoadError()
          : this.feedStatus.state === 'loading'
            ? html`<p>${this.t('loading')}</p>`
            : html`<p>${this.t('noFeed')}</p>`;
    } else if (this._phase === 'sent') body = this._renderSent(feed);
    else if (this._phase === 'queued') body = this._renderQueued();
    else if (this._phase === 'mail') body = this._renderMail(feed);
    else {
      const status = this._phase === 'failed' ? this._renderFailed() : this._phase === 'offline' ? this._renderOffline() : nothing;
      body = html`${status}${this._renderForm(feed)}`;
    }
    return html`<div part="base" lang=${ifDefined(this.uiLangAttribute)}>
      ${this.renderFeedNotices()}
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
      ${body} ${this._renderOutbox()}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'buurt-signup-sent': CustomEvent<BuurtSignupSentDetail>;
    'buurt-signup-queued': CustomEvent<BuurtSignupQueuedDetail>;
    'buurt-signup-failed': CustomEvent<BuurtSignupFailedDetail>;
  }
}
