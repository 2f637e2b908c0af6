import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FeedLoadError, FirstLook } from '../feed/load.js';
import type { Feed } from '../feed/types.js';
import { loadTranslation, term, translationFor, type Params, type Translation } from '../translations/registry.js';
import { VERSION } from '../version.js';
import { FeedController, type FeedStatus } from './feed-controller.js';
import { findLanguage } from './find-language.js';
import type { BuurtEventDetail, BuurtEventMap } from './events.js';

export type { FeedSource, FeedStatus } from './feed-controller.js';

const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** True when two language tags share their base language ("nl-BE" and "nl"). */
export function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase().split('-')[0] === b.toLowerCase().split('-')[0];
}

/** True for languages written right to left (Arabic, Hebrew, Persian, Kurdish (Sorani), Urdu …). */
export function isRightToLeft(lang: string): boolean {
  return RIGHT_TO_LEFT.has(lang.toLowerCase().split('-')[0]!);
}

/**
 * What every buurtkit element shares: safe registration, the feed (from `src` or the
 * `feed` property), the visitor's language and direction, translations and typed events.
 * Subclasses render from `feedStatus` and react to changes in `updated()`.
 */
export abstract class BuurtElement extends LitElement {
  /**
   * Registers the element under `tag`. Safe to call twice, or with a second copy of the kit
   * on the page: a tag that is taken is left alone, with a warning when versions differ.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    const existing = registry.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (existing) {
      if (existing.version !== VERSION) {
        console.warn(
          `buurtkit: <${tag}> is already defined by buurtkit ${existing.version ?? '(unknown version)'}; ` +
            `this copy (${VERSION}) is not used.`,
        );
      }
      return;
    }
    // A subclass per registration keeps `define('a')` and `define('b')` from sharing a constructor.
    registry.define(tag, class extends this {} as unknown as CustomElementConstructor);
  }

  /** The version of buurtkit that defined this element. */
  static version = VERSION;

  /**
   * URL of the feed, or several separated by spaces: buurtkit feeds (JSON), Open Referral
   * HSDS 3.0 (JSON) or published spreadsheets (CSV), merged into one. Ignored when the `feed`
   * property is set.
   */
  @property({ reflect: true }) src?: string;

  /**
   * The feed as an object (or an array of feed objects, merged), for pages that have it
   * already. It is validated like a fetched feed; problems are reported in `buurt-load`.
   */
  @property({ attribute: false }) feed?: unknown;

  private readonly _feedController = new FeedController(
    this,
    {
      load: (ready) => this._loaded(ready),
      error: (error) => this._emitError(error),
    },
    { firstLook: () => this.feedFirstLook },
  );

  /** Where the feed loading stands; subclasses render from this. */
  protected get feedStatus(): FeedStatus {
    return this._feedController.status;
  }

  /**
   * For an element that can paint part of a large feed first (the map): how it makes that
   * first look (`firstLookFeed` of feed/validate/first-look.ts: the places it needs in full,
   * every other place with only its checked id, name, kind and location). The feed then
   * arrives in two steps: the first look, and the whole, fully validated feed when the
   * element calls `completeFeed()` (once it has painted the first look, or before it shows
   * more); `buurt-load` waits for the whole feed. `undefined` (the default): the whole feed
   * is validated before anything shows.
   */
  protected get feedFirstLook(): FirstLook | undefined {
    return undefined;
  }

  /** Reads the whole feed now when a first look is on screen (see `feedFirstLook`). */
  protected completeFeed(): void {
    this._feedController.completeNow();
  }

  /**
   * Validates the next slice of the whole feed behind a first look, so an element can spread
   * that work over idle time before `completeFeed()`; false when nothing is left.
   */
  protected stepFeed(): boolean {
    return this._feedController.stepRest();
  }

  /** The resolved language: own `lang`, nearest `[lang]` ancestor, `<html lang>`, else `nl`. */
  @state() protected language = 'nl';

  private _langObserver?: MutationObserver;
  private _translationLoading?: Promise<void>;

  override connectedCallback(): void {
    super.connectedCallback();
    this._resolveLanguage();
    // A host page may switch language without reloading; follow the attribute that decided ours.
    this._langObserver = new MutationObserver(() => this._resolveLanguage());
    this._langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this._langObserver.observe(this, { attributes: true, attributeFilter: ['lang'] });
  }

  /** Holds the first render until the visitor's language is loaded, so nobody sees Dutch flash by. */
  protected override async scheduleUpdate(): Promise<void> {
    if (this._translationLoading) await this._translationLoading;
    super.scheduleUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._langObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Subclasses read the feed in their own willUpdate: a new `src` or `feed` must be in by then.
    this._feedController.sync();
    super.willUpdate(changed);
  }

  /** A string from the translation table in the element's language. */
  protected t<K extends keyof Translation>(key: K, ...args: Params<K>): string {
    return term(this.language, key, ...args);
  }

  /**
   * The language of the kit's own words: the visitor's when the kit has a table for it,
   * else Dutch. On an Arabic page before Arabic is added, `language` is "ar" (feed texts are
   * chosen in Arabic) while the buttons and labels are Dutch.
   */
  protected get uiLanguage(): string {
    return this.translation.$code;
  }

  /**
   * `lang` for the element's outermost wrapper when its own words are not in the page's
   * language, so a screen reader does not read Dutch with an Arabic voice.
   */
  protected get uiLangAttribute(): string | undefined {
    return sameLanguage(this.uiLanguage, this.language) ? undefined : this.uiLanguage;
  }

  /** The translation table in use, for strings that are functions of several values. */
  protected get translation(): Translation {
    return translationFor(this.language);
  }

  /** Dispatches a bubbling, composed, typed event from the host. */
  protected emit<K extends keyof BuurtEventMap>(
    name: K,
    detail: BuurtEventDetail<K>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(buurtEvent(name, detail, options.cancelable ?? false));
  }

  /** The current feed, when one is ready. */
  protected get currentFeed(): Feed | undefined {
    return this.feedStatus.state === 'ready' ? this.feedStatus.feed : undefined;
  }

  /**
   * The message shown when the feed cannot be loaded (and no copy is cached), with a
   * role that screen readers announce.
   */
  protected renderLoadError(): TemplateResult | typeof nothing {
    if (this.feedStatus.state !== 'error') return nothing;
    const offline = this.feedStatus.error.code === 'network' && globalThis.navigator?.onLine === false;
    return html`<p part="error" class="buurt-error" role="alert">
      ${offline ? this.t('loadErrorOffline') : this.t('loadError')}
    </p>`;
  }

  /**
   * A short notice for sample data, a cached copy and a source that failed, so nobody mistakes
   * what they see for the whole, live picture.
   */
  protected renderFeedNotices(): TemplateResult | typeof nothing {
    if (this.feedStatus.state !== 'ready') return nothing;
    const { feed, source, fetchedAt, sources } = this.feedStatus;
    const stale = source === 'cache';
    // One notice however many sources failed: residents need to know something is missing, not what.
    const missing = sources.some((item) => item.state === 'failed');
    if (!feed.sample && !stale && !missing) return nothing;
    return html`<p part="notice" class="buurt-notice">
      ${feed.sample ? this.t('sampleData') : nothing} ${stale ? this.t('showingCachedCopy', formatAge(fetchedAt, this.language)) : nothing}
      ${missing ? this.t('sourcesFailed') : nothing}
    </p>`;
  }

  private _resolveLanguage(): void {
    const language = findLanguage(this);
    if (language !== this.language) this.language = language;
    const loading = loadTranslation(language).then(() => {
      if (this._translationLoading === loading) this._translationLoading = undefined;
      this.requestUpdate();
    });
    this._translationLoading = loading;
    // `dir` is the author's to set; we only fill it in for right-to-left languages.
    const direction = isRightToLeft(language) ? 'rtl' : translationFor(language).$dir;
    if (!this.hasAttribute('dir') || this.dataset.buurtDir === 'auto') {
      this.setAttribute('dir', direction);
      this.dataset.buurtDir = 'auto';
    }
  }

  private _loaded(ready: Extract<FeedStatus, { state: 'ready' }>): void {
    const { feed, problems, source, sources } = ready;
    if (problems.length === 0) {
      this.emit('buurt-load', { feed, problems, source, sources });
      return;
    }
    // The message tables are only fetched for a feed with problems; residents already see the
    // feed, and its editor finds the problems in words in the console and in the event.
    void import('../feed/messages-nl.js').then(
      () => this._reportProblems(ready),
      () => this._reportProblems(ready),
    );
  }

  private _reportProblems({ feed, problems, source, sources }: Extract<FeedStatus, { state: 'ready' }>): void {
    const errors = problems.filter((problem) => problem.severity === 'error').length;
    console.warn(
      `buurtkit: ${errors} fout(en) en ${problems.length - errors} waarschuwing(en) in de feed ${this.src ?? ''}`.trim(),
      problems.map(({ path, message, source: from }) => `${from && sources.length > 1 ? `${from} ` : ''}${path}: ${message}`),
    );
    this.emit('buurt-load', { feed, problems, source, sources });
  }

  private _emitError(error: FeedLoadError): void {
    this.emit('buurt-error', { code: error.code, message: error.message, status: error.status, url: error.url });
  }
}

/**
 * Composed, so host pages that wrap us in their own shadow roots still hear it. Built
 * outside the class so the manifest analyzer does not list a generic event called "name".
 */
function buurtEvent<D>(name: string, detail: D, cancelable: boolean): CustomEvent<D> {
  return new CustomEvent(name, { bubbles: true, composed: true, cancelable, detail });
}

// Building an Intl formatter costs far more than using one; keep one per language.
const ageFormats = new Map<string, Intl.DateTimeFormat>();

function formatAge(fetchedAt: number, lang: string): string {
  let format = ageFormats.get(lang);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
    } catch {
      // A page may carry a `lang` that Intl does not accept.
      format = new Intl.DateTimeFormat('nl', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
    }
    ageFormats.set(lang, format);
  }
  return format.format(fetchedAt);
}

// Apart from this module, so the script-tag autoloader reads `src` as the element will.
export { cleanUrlAttribute } from './url-attribute.js';
