import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BuurtElement } from '../../base/buurt-element.js';
import { PART, withParts } from '../../base/feed-lang.js';
import { termStyles } from '../../base/term.js';
import { themeStyles } from '../../base/theme.styles.js';
import type { Guide } from '../../feed/types.js';
import { renderAdvice, type AdviceActions } from './advice.js';
import { currentStepId, stepsById } from './guide-path.js';
import { GuidePathController } from './guide-path-controller.js';
import styles from './guide.styles.js';
import { guideView, type GuideView } from './guide-view.js';
import { renderHelpBar } from './help-bar.js';
import { StuckHelpController } from './stuck-help-controller.js';
import { findMap, loadedHours, showOnMap } from './place-card.js';
import { renderQuestion, type StepActions } from './question.js';
import { DEFAULT_EXIT_URL, QuickExitController, safeExitUrl } from './quick-exit.js';
import { parseLanguages, renderLanguageChoice, storedLanguage, storeLanguage } from './language-choice.js';
// This element's Dutch strings: a page without a <buurt-guide> does not download them.
import '../../translations/nl/guide.js';

export type { BuurtStepDetail } from '../../base/events.js';

// Where the guide's behaviour lives: the walk (path, Back, Start again, `start`, `#advies=`
// links, `buurt-step`) in guide-path-controller.ts over the pure guide-path.ts; "Snel weg" in
// quick-exit.ts; the templates in help-bar.ts, question.ts, advice.ts and place-card.ts (the
// place parts it shares with the map are in src/base/place/). This element wires them up.

/**
 * The "wat kan ik doen?" guide: a branching guide from the feed, one question at a time,
 * ending in advice with concrete actions and people to turn to. 112 and the helpline stay
 * in view in every state, and "Snel weg" (or Shift three times) leaves the page at once.
 * The visitor's answers live only in memory: nothing is written to storage, cookies or
 * the browser history.
 *
 * @tag buurt-guide
 * @summary A step-by-step guide for residents who worry about a child.
 *
 * @attr src - URL of the feed (JSON).
 * @attr lang - Language of the kit's own words and the feed texts; else the nearest `[lang]`, else `nl`.
 * @attr guide - Id of the guide in the feed; the first guide when absent or unknown.
 * @attr start - Id of the step to start at (a question or an advice), e.g. to link straight to one advice.
 * @attr languages - Languages the visitor may switch between, e.g. `"nl ar tr"`: a small choice on top, each
 *   language named in itself; the choice sets `lang` (and `dir`) and lasts for the visit (sessionStorage).
 * @attr exit-url - Where "Snel weg" goes (http(s) or `about:blank`). Default: `https://nos.nl/`, an
 *   ordinary news page that draws no attention on a shared screen and belongs to no advertiser.
 *
 * @prop {unknown} feed - The feed as an object instead of `src`; validated like a fetched one.
 *
 * @fires {CustomEvent<BuurtStepDetail>} buurt-step - A step is shown (also the first one). Detail: `{ guide, step, path }`.
 * @fires {CustomEvent<BuurtLoadDetail>} buurt-load - The feed is ready.
 * @fires {CustomEvent<BuurtErrorDetail>} buurt-error - The feed could not be loaded.
 *
 * @csspart base - The element's wrapper.
 * @csspart languages - The language choice (with `languages`).
 * @csspart help - The sticky line with 112, the helpline and "Snel weg".
 * @csspart quick-exit - The "Snel weg" button.
 * @csspart step - The question or advice on screen.
 * @csspart heading - The heading of the current step (receives focus on each new step).
 * @csspart choice - Each answer button.
 * @csspart contact - A person or place to turn to in an advice.
 * @csspart summary - The answers given, under the advice.
 * @csspart nav - The Back and Start again buttons.
 * @csspart error - The message when the feed cannot be loaded.
 * @csspart notice - The sample-data / saved-copy notice.
 * @csspart term - A glossary term button.
 * @csspart term-explanation - The explanation that opens under a glossary term.
 *
 * @cssprop --buurt-guide-sticky-top - Offset of the help line from the top of the viewport, for pages with a sticky header of their own (default 0).
 * @cssprop --buurt-guide-exit-background - Background of the "Snel weg" button (default the danger colour).
 * @cssprop --buurt-color-primary - Answer buttons and links (NL Design System fallbacks, see the theme).
 * @cssprop --buurt-color-danger - The help line's accent.
 */
export class BuurtGuide extends BuurtElement {
  static override styles = [themeStyles, termStyles, styles];

  /** Id of the guide to show; the first guide of the feed when absent or unknown. */
  @property({ reflect: true }) guide?: string;

  /** Id of the step to start at; the guide's own start when absent or unknown. */
  @property({ reflect: true }) start?: string;

  /** Where "Snel weg" goes; see the class description for the default. */
  @property({ attribute: 'exit-url' }) exitUrl?: string;

  /** Languages the visitor may choose from, e.g. "nl ar tr"; no choice with fewer than two. */
  @property({ reflect: true }) languages?: string;

  override connectedCallback(): void {
    // Before the base class reads `lang`: a language chosen earlier in this visit comes first.
    const chosen = storedLanguage(parseLanguages(this.getAttribute('languages')));
    if (chosen) this.setAttribute('lang', chosen);
    super.connectedCallback();
  }

  private readonly _onChooseLanguage = (code: string): void => {
    storeLanguage(code);
    // The base class follows its own `lang`: it loads the table, sets `dir` and renders again.
    this.setAttribute('lang', code);
  };

  /** What a screen reader hears: Shift presses left, "link copied", "shown on the map". */
  @state() private _status: string | unknown[] = '';

  private _focusHeading = false;

  private readonly _exit = new QuickExitController(this, {
    leave: () => {
      this._walk.forget();
      this._status = '';
      this.navigate(this.resolvedExitUrl);
    },
    onCount: (count) => {
      this._status = count === 0 ? '' : this.t('guideQuickExitPressesLeft', 3 - count);
    },
  });

  private readonly _walk: GuidePathController = new GuidePathController(this, {
    guide: () => this._activeGuide,
    start: () => this.start,
    paused: () => this._exit.exiting,
    onStep: (detail) => this.emit('buurt-step', detail),
    onMove: () => {
      this._status = '';
      // Only after the visitor acted: moving focus on page load would yank them into the guide.
      this._focusHeading = true;
    },
  });

  /** The step buttons' handlers, made once so Lit keeps the same listeners from render to render. */
  private readonly _stepActions: StepActions = {
    onChoose: (index, next) => this._walk.choose(index, next),
    onBack: () => this._walk.back(),
    onRestart: () => this._walk.restart(),
  };

  private readonly _onQuickExit = (): void => this.quickExit();

  constructor() {
    super();
    new StuckHelpController(this);
  }

  /** The exit target after checking: only http(s) or about:blank. */
  get resolvedExitUrl(): string {
    return safeExitUrl(this.exitUrl ?? DEFAULT_EXIT_URL, document.baseURI);
  }

  /**
   * Leaves the page for `exit-url` at once, replacing it in the history so Back does not
   * return. The guide's content is hidden and the answers forgotten before navigating.
   */
  quickExit(): void {
    this._exit.exit();
  }

  /** Replaces the page. Its own method so tests (and embedders with a router) can take over. */
  protected navigate(url: string): void {
    window.location.replace(url);
  }

  /** Opens the browser's print dialog; its own method so tests need no real dialog. */
  protected openPrintDialog(): void {
    window.print();
  }

  /** The guide on screen: the one named in `guide`, else the first. */
  private get _activeGuide(): Guide | undefined {
    const guides = this.currentFeed?.guides ?? [];
    return guides.find((guide) => guide.id === this.guide) ?? guides[0];
  }

  /**
   * Measures the sticky help line as focus moves (before the browser scrolls to what takes it),
   * so the styles' scroll margin keeps it below the line: with large text on a phone the line is
   * a third to over half of the screen high, and no fixed size fits.
   */
  private readonly _onFocusIn = (event: FocusEvent): void => {
    const guide = event.currentTarget as HTMLElement;
    const help = guide.querySelector<HTMLElement>('.help')!;
    guide.style.setProperty('--_help-size', `${help.offsetHeight}px`);
    // Firefox does not scroll to a control that is on screen but under the stuck line (only to
    // one off screen), so it stayed hidden there. Keyboard focus only: a tap that scrolled the
    // page between press and release would lose its click.
    const target = event.target as Element;
    if (help.hasAttribute('data-stuck') && !help.contains(target) && target.matches(':focus-visible')) target.scrollIntoView({ block: 'nearest' });
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this._focusHeading) {
      this._focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('[data-step-heading]')?.focus();
    }
  }

  private async _onCopyLink(): Promise<void> {
    const result = await this._walk.copyLink();
    if (result === 'copied') this._status = this.t('guideLinkCopied');
    if (result !== 'manual') return;
    this._status = '';
    await this.updateComplete;
    const field = this.renderRoot.querySelector<HTMLInputElement>('.share-link input');
    field?.focus();
    field?.select();
  }

  private _view(): GuideView {
    return guideView(this.currentFeed, this.language, (key, ...args) => this.t(key, ...args));
  }

  private _adviceActions(): AdviceActions {
    const map = findMap(this);
    return {
      ...this._stepActions,
      onPrint: () => this.openPrintDialog(),
      onCopyLink: () => void this._onCopyLink(),
      onShowOnMap: map
        ? (place) => {
            showOnMap(map, place);
            this._status = withParts(this.t('guideShownOnMap', PART), [this._view().plain(place.name)]);
          }
        : undefined,
      hours: () => loadedHours(() => this.requestUpdate()),
    };
  }

  private _renderStep(view: GuideView, guide: Guide): TemplateResult {
    const steps = stepsById(guide);
    const path = this._walk.path;
    const id = currentStepId(path);
    const step = id === undefined ? undefined : steps.get(id);
    if (!step) return html`<p class="empty">${this.t('guideNoSteps')}</p>`;
    if (step.type === 'question') return renderQuestion(view, this._stepActions, guide, path, step, steps);
    return renderAdvice(view, this._adviceActions(), guide, this._walk, step, steps);
  }

  private _renderBody(view: GuideView): TemplateResult | typeof nothing {
    switch (this.feedStatus.state) {
      case 'idle':
        return html`<p class="empty">${this.t('noFeed')}</p>`;
      case 'loading':
        return html`<p class="loading">${this.t('loading')}</p>`;
      case 'error':
        return this.renderLoadError();
      case 'ready': {
        const guide = this._activeGuide;
        if (!guide) return html`<p class="empty">${this.t('guideNoGuide')}</p>`;
        return html`<h2 class="guide-title">${view.text(guide.title)}</h2>
          ${guide.intro && this._walk.path.entries.length <= 1 ? html`<p class="guide-intro">${view.text(guide.intro)}</p>` : nothing}
          ${this._renderStep(view, guide)}`;
      }
    }
  }

  override render(): TemplateResult {
    const view = this._view();
    return html`<div class="guide" part="base" lang=${ifDefined(this.uiLangAttribute)} ?hidden=${this._exit.exiting} @focusin=${this._onFocusIn}>
      ${renderLanguageChoice(parseLanguages(this.languages), this.language, this.t('guideLanguageChoice'), this._onChooseLanguage)}
      ${renderHelpBar(view, this._activeGuide?.emergency, this._onQuickExit)}
      <div class="content">${this.renderFeedNotices()} ${this._renderBody(view)}</div>
      <div class="visually-hidden" role="status" aria-live="polite">${this._status}</div>
    </div>`;
  }
}
