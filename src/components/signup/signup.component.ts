import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BuurtElement, cleanUrlAttribute } from '../../base/buurt-element.js';
import { feedText } from '../../base/feed-lang.js';
import { themeStyles } from '../../base/theme.styles.js';
import type { Feed } from '../../feed/types.js';
import type { KeyValueStorage } from './device.js';
import { DraftController } from './draft-controller.js';
import { titles, type FieldError, type SignupView } from './fields.js';
import { renderForm } from './form.js';
import type { OutboxEntry } from './outbox.js';
import { OutboxController, type Delivery } from './outbox-controller.js';
import type { SignupPayload } from './payload.js';
import type { SendOutcome } from './send.js';
import { renderFailed, renderOffline, renderQueued } from './status.js';
import styles from './signup.styles.js';
import { sendTarget, type Target } from './target.js';
import { emptyValues } from './values.js';
// This element's Dutch strings: a page without a <buurt-signup> does not download them.
import '../../translations/nl/signup.js';

export type { BuurtSignupSentDetail, BuurtSignupQueuedDetail, BuurtSignupFailedDetail } from '../../base/events.js';

/** `offline`: the sending code could not be fetched, so nothing was sent; the form stays as typed. */
type Phase = 'form' | 'sending' | 'queued' | 'sent' | 'failed' | 'mail' | 'offline';

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

  @state() private _errors: Partial<Record<string, FieldError>> = {};
  @state() private _phase: Phase = 'form';
  @state() private _announcement = '';
  @state() private _confirmErase = false;
  @state() private _result?: { payload: SignupPayload; status?: number };
  /** Submitted while the sending code is still being fetched: the button is locked meanwhile. */
  @state() private _awaitingCode = false;

  private readonly _draft = new DraftController(this, {
    storage: () => this.storage,
    key: () => (this.src ? new URL(this.src, document.baseURI).href : `page:${location.pathname}`),
    mayWrite: () => this._phase !== 'sent',
  });

  private readonly _outbox = new OutboxController(this, {
    device: () => this._draft.device,
    loader: () => BuurtSignup.deliveryLoader(),
    timing: () => ({ timeoutMs: this.timeout, retryBaseMs: this.retryDelay }),
    listener: {
      delivered: (entry, status) => this._onDelivered(entry, status),
      queued: (entry, outcome) => this._onQueued(entry, outcome),
      invalid: (entry, errors) => this._onInvalid(entry, errors),
      failed: (entry, status) => this._onFailed(entry, status),
      changed: () => this._onOutboxChanged(),
    },
  });

  private _preselected = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Submitted on an earlier visit and still in the outbox: show where it stands at once.
    // Not there any more means delivered or removed elsewhere; the id stays, so sending these
    // values again is dropped by the receiver as a duplicate.
    const id = this._draft.submittedId;
    const stored = id ? this._outbox.storedState(id) : undefined;
    if (stored) this._phase = stored === 'failed' ? 'failed' : 'queued';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.currentFeed;
    if (feed && !this._preselected) {
      this._preselected = true;
      const id = this.opportunity;
      const values = this._draft.values;
      if (id && feed.opportunities.some((o) => o.id === id) && !values.opportunities.includes(id)) {
        this._draft.preset({ ...values, opportunities: [...values.opportunities, id] });
      }
    }
  }

  // ----- input -----

  private _onText = (event: Event): void => {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const key = input.name as 'name' | 'email' | 'phone' | 'area' | 'postcode' | 'talentsOther' | 'message' | 'website';
    this._draft.set(key, input.value);
  };

  private _onCheck = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const key = input.name as 'opportunities' | 'talents' | 'availability' | 'languages' | 'ageConfirmed' | 'consent';
    if (key === 'ageConfirmed' || key === 'consent') this._draft.set(key, input.checked);
    else this._draft.toggle(key, input.value, input.checked);
  };

  // ----- sending -----

  private _target(feed: Feed): Target {
    return sendTarget(feed, cleanUrlAttribute(this.action), this.encoding, this._draft.values.opportunities);
  }

  private _onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const feed = this.currentFeed;
    // One sign-up in flight: a double click or a second Enter changes nothing.
    if (!feed || this._phase === 'sending' || this._awaitingCode) return;
    if (!this._outbox.ready) {
      this._awaitingCode = true;
      await this._outbox.prefetch();
      this._awaitingCode = false;
    }
    const code = this._outbox.code;
    if (!code || !this._outbox.ready) {
      // Offline before the sending code ever arrived: nothing was sent, nothing typed is lost.
      this._draft.saveNow();
      this._phase = 'offline';
      await this._focus('[part~="status"]');
      return;
    }
    if (this._phase === 'offline') this._phase = 'form';
    const { fields } = feed.signup;
    const values = this._draft.values;
    const codes = code.validateSignup(values, {
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
    this._draft.markSubmitted(id, submittedAt);
    const payload = code.buildPayload(values, {
      id,
      submittedAt: new Date(submittedAt),
      lang: this.language,
      page: location.href.split('#')[0]!,
      feed: this.src ? new URL(this.src, document.baseURI).href : '',
      elapsedMs: now.getTime() - this._draft.startedAt,
    });
    this._phase = 'sending';
    this._announcement = this.t('signupSending');
    await this._outbox.submit({
      payload,
      action: target.action,
      encoding: target.encoding,
      titles: titles(feed, payload.opportunities, this.language),
      state: 'waiting',
      attempts: 0,
      nextAttemptAt: now.getTime(),
    });
  };

  private _isCurrent(entry: OutboxEntry): boolean {
    return entry.payload.id === this._draft.submittedId;
  }

  /** A status that takes over from the form (or the sending state): announce nothing more, focus it. */
  private _show(phase: Phase, focus = '[part~="status"]'): void {
    this._phase = phase;
    this._announcement = '';
    void this._focus(focus);
  }

  private _onDelivered(entry: OutboxEntry, status: number): void {
    this.emit('buurt-signup-sent', { signup: entry.payload, status });
    if (!this._isCurrent(entry)) return;
    this._draft.remove();
    this._result = { payload: entry.payload, status };
    this._show('sent');
  }

  private _onQueued(entry: OutboxEntry, outcome: SendOutcome): void {
    if (entry.attempts === 1) {
      this.emit('buurt-signup-queued', {
        signup: entry.payload,
        reason: outcome.kind === 'retry' ? outcome.reason : 'network',
        attempts: entry.attempts,
        nextAttemptAt: entry.nextAttemptAt,
        persistent: this._draft.persistent,
      });
    }
    if (!this._isCurrent(entry)) return;
    if (this._phase === 'queued') this._announcement = '';
    else this._show('queued');
  }

  private _onInvalid(entry: OutboxEntry, errors: Record<string, string>): void {
    this.emit('buurt-signup-failed', { signup: entry.payload, status: 422, errors });
    if (!this._isCurrent(entry)) return;
    this._errors = this._outbox.code?.receiverErrors(errors) ?? {};
    this._show('form', '.error-summary');
  }

  private _onFailed(entry: OutboxEntry, status: number): void {
    this.emit('buurt-signup-failed', { signup: entry.payload, status });
    if (this._isCurrent(entry)) this._show('failed');
  }

  private _onOutboxChanged(): void {
    const current = this._draft.submittedId;
    // Another tab delivered or removed what this form was waiting for. Which one is not
    // known here, so the id stays: sent again, it cannot become a second sign-up.
    if (current && (this._phase === 'queued' || this._phase === 'failed') && !this._outbox.entries.some((e) => e.payload.id === current)) {
      this._phase = 'form';
    }
  }

  private _onRetry = (id: string): void => {
    // A queued sign-up keeps its panel; a failed one goes back to "sending" so the button locks.
    if (id === this._draft.submittedId && this._phase === 'failed') this._phase = 'sending';
    this._outbox.retryNow(id);
  };

  private _onRemove = async (id: string): Promise<void> => {
    this._outbox.remove(id);
    if (id === this._draft.submittedId) {
      // Its stored draft goes with it; what is on screen stays, to change and send again.
      this._draft.forgetSubmission();
      this._phase = 'form';
    }
    this._announcement = this.t('signupRemoved');
    await this._focus('form, [part~="status"]');
  };

  private _onSendAnother = async (): Promise<void> => {
    const values = emptyValues();
    if (this.opportunity) values.opportunities = [this.opportunity];
    this._draft.reset(values);
    this._result = undefined;
    this._errors = {};
    this._phase = 'form';
    await this._focus('input:not([tabindex="-1"])');
  };

  private _onBackToForm = async (): Promise<void> => {
    this._phase = 'form';
    await this._focus('button[type="submit"]');
  };

  private _onAskErase = async (): Promise<void> => {
    this._confirmErase = true;
    // On the answer that keeps everything (as WAI-ARIA's alert dialog advises for a destructive
    // question): a second Enter, or a key that repeats, must not erase what the person typed.
    await this._focus('#signup-erase-no');
  };

  private _onCancelErase = async (): Promise<void> => {
    this._confirmErase = false;
    // The pressed "Nee" is gone from the page: keyboard focus goes back where the question began.
    await this._focus('#signup-erase');
  };

  private _onErase = async (): Promise<void> => {
    this._outbox.clear();
    this._draft.eraseAll();
    this._errors = {};
    this._phase = 'form';
    this._confirmErase = false;
    this._announcement = this.t('signupErased');
    await this._focus('input:not([tabindex="-1"])');
  };

  /** Error-summary links: fragment links cannot reach into a shadow root, so move focus ourselves. */
  private _onSummaryLink = (event: Event, field: string): void => {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(
      `#signup-${field}:is(input, select, textarea), #signup-${field} input:not([tabindex="-1"])`,
    );
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  };

  private async _focus(selector: string): Promise<void> {
    await this.updateComplete;
    const element = this.renderRoot.querySelector<HTMLElement>(selector);
    element?.focus();
    // With large text on a phone a summary or status can be taller than the screen, and focus
    // would show its middle: show it from its heading.
    if (element && element.offsetHeight > innerHeight) element.scrollIntoView();
  }

  // ----- rendering -----

  private _view(feed: Feed): SignupView {
    const view: SignupView = {
      feed,
      lang: this.language,
      t: (key, ...args) => this.t(key, ...args),
      values: this._draft.values,
      errors: this._errors,
      feedText: (value) => feedText(view, value),
      onText: this._onText,
      onCheck: this._onCheck,
      fieldError: this._outbox.code?.renderFieldError,
    };
    return view;
  }

  private _renderBody(feed: Feed): TemplateResult | typeof nothing {
    const view = this._view(feed);
    const publisher = feed.publisher.name || feed.publisher.url || '';
    const persistent = this._draft.persistent;
    const target = this._target(feed);
    const code = this._outbox.code; // sent, mail and errors come only after it, and it brings their screens
    switch (this._phase) {
      case 'sent':
        return code ? code.renderSent(view, this._result?.payload, publisher, this._onSendAnother) : nothing;
      case 'queued':
        return renderQueued(view, persistent);
      case 'mail':
        return code ? code.renderMail(view, target, this._onBackToForm) : nothing;
      default: {
        const entry = this._outbox.entries.find((e) => this._isCurrent(e));
        const status =
          this._phase === 'failed' ? renderFailed(view, entry?.lastStatus ?? 400) : this._phase === 'offline' ? renderOffline(view, persistent) : nothing;
        const form = renderForm(
          view,
          {
            target,
            persistent,
            confirmErase: this._confirmErase,
            sending: this._phase === 'sending' || this._awaitingCode,
            onSubmit: this._onSubmit,
            onActivity: this._outbox.activity,
            onAskErase: this._onAskErase,
            onErase: this._onErase,
            onCancelErase: this._onCancelErase,
            errorSummary: code?.renderErrorSummary(view, this._onSummaryLink) ?? nothing,
          },
          publisher,
        );
        return html`${status}${form}`;
      }
    }
  }

  override render(): TemplateResult {
    const feed = this.currentFeed;
    let body: TemplateResult | typeof nothing;
    if (feed) body = this._renderBody(feed);
    else if (this.feedStatus.state === 'error') body = this.renderLoadError();
    else if (this.feedStatus.state === 'loading') body = html`<p class="loading">${this.t('loading')}</p>`;
    else body = html`<p>${this.t('noFeed')}</p>`;
    const code = this._outbox.code; // entries exist only once it has read the outbox
    const words = { t: this.t.bind(this) as SignupView['t'], lang: this.language };
    const outbox = this._phase === 'sending' || !code ? nothing : code.renderOutbox(words, this._outbox.entries, this._onRetry, this._onRemove);
    return html`<div part="base" lang=${ifDefined(this.uiLangAttribute)}>
      ${this.renderFeedNotices()}
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
      ${body} ${outbox}
    </div>`;
  }
}
