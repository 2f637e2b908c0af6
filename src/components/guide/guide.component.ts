import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BuurtElement, sameLanguage } from '../../base/buurt-element.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { languageName } from '../../base/language-name.js';
import { renderTextWithTerms, termStyles } from '../../base/term.js';
import { themeStyles } from '../../base/theme.styles.js';
import type * as Hours from '../../feed/hours.js';
import { localize, localizedLanguage } from '../../feed/text.js';
import type {
  AdviceStep,
  Feed,
  Guide,
  GuideContact,
  GuideStep,
  HelpLine,
  LocalizedText,
  Place,
  QuestionStep,
} from '../../feed/types.js';
import { DANGER_PHONE, emergencyLines, HELPLINE_PHONE } from './emergency.js';
import { addressLine } from '../../base/place/address.js';
import { KIND_LABEL_KEYS } from '../../base/place/kinds.js';
import { weekTable } from '../../base/place/week-table.js';
import { mailtoHref, telHref, webHref } from '../../feed/links.js';
import {
  adviceHash,
  adviceStep,
  answersOf,
  back,
  beginPath,
  canGoBack,
  choicesOf,
  choose,
  currentStepId,
  leadsToAdvice,
  parseAdviceHash,
  pathIds,
  stepsById,
  type GuidePath,
} from './guide-path.js';
import styles from './guide.styles.js';
import { DEFAULT_EXIT_URL, safeExitUrl, ShiftTripleController } from './quick-exit.js';
import { hoursWords } from '../../translations/hours-words.js';
import { list } from '../../translations/format.js';

export type { BuurtStepDetail } from '../../base/events.js';

// Opening hours only matter once an advice names a place, so their code (the time-zone
// arithmetic) is fetched then, not with the first question.
let hoursModule: typeof Hours | undefined;
let hoursLoading: Promise<typeof Hours> | undefined;
function loadHours(): Promise<typeof Hours> {
  return (hoursLoading ??= import('../../feed/hours.js').then((module) => (hoursModule = module)));
}

/** What a `<buurt-map>` offers the guide; its definition may not be loaded yet. */
type MapLike = HTMLElement & { selected?: string | null };

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

  @state() private _path: GuidePath = { entries: [] };
  /** The guide and start the path belongs to; a change of either starts afresh. */
  @state() private _pathKey?: string;
  @state() private _openedFromLink = false;
  @state() private _shareLink?: string;
  @state() private _status = '';
  @state() private _exiting = false;

  private _focusHeading = false;
  private _lastStepKey?: string;

  constructor() {
    super();
    new ShiftTripleController(this, {
      onTrigger: () => this.quickExit(),
      onCount: (count) => {
        this._status = count === 0 ? '' : this.t('guideQuickExitPressesLeft', 3 - count);
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this._onPageShow);
    window.addEventListener('hashchange', this._onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this._onPageShow);
    window.removeEventListener('hashchange', this._onHashChange);
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
    // Hidden synchronously: Lit renders in a microtask, the person behind the visitor does not wait.
    this.toggleAttribute('data-exiting', true);
    this._exiting = true;
    this._path = { entries: [] };
    this._pathKey = undefined;
    this._shareLink = undefined;
    this._status = '';
    this.navigate(this.resolvedExitUrl);
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const guide = this._activeGuide;
    if (!guide || this._exiting) return;
    const key = `${guide.id}\u0000${this.start ?? ''}`;
    if (key !== this._pathKey) {
      this._pathKey = key;
      this._beginAt(guide);
      return;
    }
    // A fresh copy of the feed: keep the visitor where they are if their steps still exist.
    const steps = stepsById(guide);
    if (this._path.entries.some((entry) => !steps.has(entry.step))) this._beginAt(guide);
  }

  private _beginAt(guide: Guide): void {
    const advice = this._sharedAdvice(guide);
    this._openedFromLink = Boolean(advice);
    this._path = advice ? { entries: [{ step: advice.id }] } : beginPath(guide, this.start);
    this._shareLink = undefined;
  }

  /** The advice a `#advies=…` link on this page points at, if it is in this guide. */
  private _sharedAdvice(guide: Guide): AdviceStep | undefined {
    const shared = parseAdviceHash(globalThis.location?.hash ?? '');
    return shared && (!shared.guide || shared.guide === guide.id) ? adviceStep(guide, shared.step) : undefined;
  }

  private _onHashChange = (): void => {
    // A link to an advice on the page itself (a newsletter item, "lees het advies"), followed while the guide is open.
    const guide = this._activeGuide;
    const advice = guide && !this._exiting ? this._sharedAdvice(guide) : undefined;
    if (!advice) return;
    this._openedFromLink = true;
    this._go({ entries: [{ step: advice.id }] });
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const guide = this._activeGuide;
    const step = currentStepId(this._path);
    if (guide && step && !this._exiting) {
      const key = `${guide.id}\u0000${pathIds(this._path).join('\u0000')}`;
      if (key !== this._lastStepKey) {
        this._lastStepKey = key;
        this.emit('buurt-step', { guide: guide.id, step, path: pathIds(this._path) });
      }
    }
    if (this._focusHeading) {
      this._focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('[data-step-heading]')?.focus();
    }
  }

  private _go(path: GuidePath): void {
    this._path = path;
    this._shareLink = undefined;
    this._status = '';
    // Only after the visitor acted: moving focus on page load would yank them into the guide.
    this._focusHeading = true;
  }

  private _onChoose(index: number, next: string): void {
    this._openedFromLink = false;
    this._go(choose(this._path, index, next));
  }

  private _onBack(): void {
    this._go(back(this._path));
  }

  private _onRestart(): void {
    const guide = this._activeGuide;
    if (!guide) return;
    this._openedFromLink = false;
    // A `start` that is an advice is a way to link to that advice; starting again means the questions.
    const start = this.start && stepsById(guide).get(this.start)?.type === 'question' ? this.start : undefined;
    this._go(beginPath(guide, start));
  }

  private _onPageShow = (event: PageTransitionEvent): void => {
    // Restored from the back-forward cache after "Snel weg": show the guide again, from the start.
    if (!event.persisted || !this._exiting) return;
    this.toggleAttribute('data-exiting', false);
    this._exiting = false;
  };

  private _onQuickExit(): void {
    this.quickExit();
  }

  private _onPrint(): void {
    this.openPrintDialog();
  }

  private async _onCopyLink(guide: Guide, stepId: string): Promise<void> {
    const url = new URL(window.location.href);
    url.hash = adviceHash(guide.id, stepId).slice(1);
    const link = url.href;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      this._shareLink = undefined;
      this._status = this.t('guideLinkCopied');
    } catch {
      // No clipboard (an old browser, an iframe without permission): show the link to copy by hand.
      this._shareLink = link;
      this._status = '';
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>('.share-link input');
      field?.focus();
      field?.select();
    }
  }

  private _onShowOnMap(map: MapLike, place: Place): void {
    map.selected = place.id;
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    map.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'start' });
    this._status = this.t('guideShownOnMap', localize(place.name, this.language));
  }

  /** A `<buurt-map>` on the page or in the same shadow root, for "Toon op de kaart". */
  private _findMap(): MapLike | undefined {
    const root = this.getRootNode();
    const inRoot = root instanceof ShadowRoot ? root.querySelector<MapLike>('buurt-map') : null;
    return inRoot ?? document.querySelector<MapLike>('buurt-map') ?? undefined;
  }

  /** Feed text with glossary terms marked, and its own `lang` when it differs from the kit's. */
  private _text(feed: Feed, value: LocalizedText | undefined): TemplateResult | typeof nothing {
    const text = localize(value, this.language);
    if (!text) return nothing;
    const lang = localizedLanguage(value, this.language, feed.language);
    const marked = renderTextWithTerms(text, feed.glossary, this.language);
    return sameLanguage(lang, this.uiLanguage) ? marked : html`<span lang=${lang} dir="auto">${marked}</span>`;
  }

  /** Feed text as plain text (for places where buttons cannot go, such as inside a button). */
  private _plain(feed: Feed, value: LocalizedText | undefined): TemplateResult | string {
    const text = localize(value, this.language);
    const lang = localizedLanguage(value, this.language, feed.language);
    return sameLanguage(lang, this.uiLanguage) ? text : html`<span lang=${lang} dir="auto">${text}</span>`;
  }

  private _renderHelpLine(
    line: HelpLine | undefined,
    fallback: { label: string; phone: string; description: string },
    kind: string,
  ): TemplateResult {
    const feed = this.currentFeed;
    const phone = line?.phone ?? fallback.phone;
    const labelText = line ? localize(line.label, this.language) : fallback.label;
    const label = line && feed ? this._plain(feed, line.label) : fallback.label;
    const description = line && feed ? this._plain(feed, line.description) : fallback.description;
    // The number must be visible (a call link is useless on a laptop), but not twice.
    const showsNumber = labelText.replace(/\D/g, '').includes(phone.replace(/\D/g, ''));
    // One inline wrapper: as loose flex items of the inline-flex link, the label and the number
    // would lose the space between them ("Veilig Thuis:0800-2000").
    const text = html`<span class="help-line__text">${label}${showsNumber ? nothing : html`: <span class="help-line__number">${phone}</span>`}</span>`;
    const href = telHref(phone);
    return html`<li class="help-line help-line--${kind}">
      ${href ? html`<a class="help-line__call" href=${href}>${text}</a>` : html`<span class="help-line__call">${text}</span>`}
      ${description ? html`<span class="help-line__description">${description}</span>` : nothing}
    </li>`;
  }

  private _renderHelpBar(): TemplateResult {
    const lines = emergencyLines(this._activeGuide?.emergency);
    // A region, not an aside: the guide usually sits inside the page's <main>, where a complementary landmark does not belong.
    return html`<section class="help" part="help" aria-label=${this.t('guideHelpRegion')}>
      <ul class="help-lines" role="list">
        ${this._renderHelpLine(
          lines.danger,
          { label: this.t('guideDangerLabel'), phone: DANGER_PHONE, description: this.t('guideDangerDescription') },
          'danger',
        )}
        ${this._renderHelpLine(
          lines.helpline,
          { label: this.t('guideHelplineLabel'), phone: HELPLINE_PHONE, description: this.t('guideHelplineDescription') },
          'helpline',
        )}
      </ul>
      <div class="quick-exit">
        <button
          type="button"
          class="quick-exit__button"
          part="quick-exit"
          aria-describedby="quick-exit-description"
          @click=${this._onQuickExit}
        >
          ${this.t('guideQuickExit')}
        </button>
        <span class="quick-exit__hint" id="quick-exit-description">
          <span class="visually-hidden">${this.t('guideQuickExitDescription')}</span>
          ${this.t('guideQuickExitHint')}
        </span>
      </div>
    </section>`;
  }

  private _renderNav(canBack: boolean, canRestart: boolean): TemplateResult {
    return html`<nav class="step-nav" part="nav" aria-label=${this.t('guideStepNavigation')}>
      ${canBack ? html`<button type="button" class="nav-button back" @click=${this._onBack}>${this.t('guideBack')}</button>` : nothing}
      ${canRestart
        ? html`<button type="button" class="nav-button restart" @click=${this._onRestart}>${this.t('guideRestart')}</button>`
        : nothing}
    </nav>`;
  }

  private _renderHeading(label: string, content: TemplateResult | typeof nothing | string): TemplateResult {
    return html`<h3 class="step-heading" part="heading" tabindex="-1" data-step-heading>
      <span class="step-progress">${label}<span class="visually-hidden">: </span></span>
      <span class="step-title">${content}</span>
    </h3>`;
  }

  private _renderChoices(feed: Feed, step: GuideStep, steps: Map<string, GuideStep>, previous?: number): TemplateResult {
    // A choice that points at a missing step is left out: a button that leads nowhere is a trap.
    const choices = choicesOf(step)
      .map((choice, index) => ({ choice, index }))
      .filter(({ choice }) => steps.has(choice.next));
    if (choices.length === 0) return html``;
    return html`<ul class="choices" role="list">
      ${choices.map(
        ({ choice, index }) => html`<li>
          <button
            type="button"
            class="choice ${index === previous ? 'choice--previous' : ''}"
            part="choice"
            @click=${() => this._onChoose(index, choice.next)}
          >
            ${this._plain(feed, choice.label)}
            ${index === previous ? html`<span class="choice__previous">${this.t('guidePreviousChoice')}</span>` : nothing}
          </button>
        </li>`,
      )}
    </ul>`;
  }

  private _renderQuestion(feed: Feed, guide: Guide, step: QuestionStep, steps: Map<string, GuideStep>): TemplateResult {
    const entry = this._path.entries[this._path.entries.length - 1];
    const number = this._path.entries.filter((item) => steps.get(item.step)?.type === 'question').length;
    const stuck = !leadsToAdvice(guide, step.id);
    return html`<section class="step step--question" part="step">
      ${this._renderHeading(this.t('guideQuestionNumber', Math.max(number, 1)), this._text(feed, step.text))}
      ${step.help ? html`<p class="step-help">${this._text(feed, step.help)}</p>` : nothing}
      ${this._renderChoices(feed, step, steps, entry?.choice)}
      ${stuck ? html`<p class="dead-end" role="note">${this.t('guideDeadEnd')}</p>` : nothing}
      ${this._renderNav(canGoBack(this._path), canGoBack(this._path) || stuck)}
    </section>`;
  }

  private _renderAddress(place: Place): TemplateResult | typeof nothing {
    const line = addressLine(place);
    return line ? html`<p class="contact__address"><span class="visually-hidden">${this.t('guideAddress')}: </span>${line}</p>` : nothing;
  }

  private _renderPhone(phone: string | undefined): TemplateResult | typeof nothing {
    if (!phone) return nothing;
    const href = telHref(phone);
    return html`<p class="contact__phone">
      ${href ? html`<a href=${href}>${this.t('guideCall', phone)}</a>` : html`${this.t('guidePhone')}: ${phone}`}
    </p>`;
  }

  private _renderLinks(email: string | undefined, website: string | undefined): TemplateResult | typeof nothing {
    const web = webHref(website);
    const mail = mailtoHref(email);
    if (!web && !mail) return nothing;
    return html`<p class="contact__links">
      ${mail ? html`<a href=${mail}>${email!.trim()}</a>` : nothing}
      ${web ? html`<a href=${web}>${this.t('guideWebsite')}</a>` : nothing}
    </p>`;
  }

  /** The opening-hours module once loaded; until then contacts show without "Nu open". */
  private _hours(): typeof Hours | undefined {
    if (!hoursModule) {
      void loadHours().then(
        () => this.requestUpdate(),
        () => undefined, // Offline: the advice stays, without opening hours.
      );
    }
    return hoursModule;
  }

  private _renderPlaceDetails(feed: Feed, place: Place, name: string): TemplateResult {
    const hours = this._hours();
    const week = hours?.hasOpeningHours(place.hours) ? hours.describeWeek(place.hours!, hoursWords(this.language)) : [];
    return html`<details class="contact__details">
      <summary>${this.t('guideMoreAbout', name)}</summary>
      <div class="contact__details-body">
        ${place.description ? html`<p>${this._text(feed, place.description)}</p>` : nothing}
        ${week.length
          ? weekTable(week, { className: 'hours', caption: this.t('guideOpeningHours'), showCaption: true, closed: this.t('guideClosed') })
          : nothing}
        ${place.hours?.note ? html`<p>${this._text(feed, place.hours.note)}</p>` : nothing}
        ${place.accessibility
          ? html`<p><strong>${this.t('guideAccessibility')}:</strong> ${this._text(feed, place.accessibility)}</p>`
          : nothing}
        ${place.languages.length
          ? html`<p><strong>${this.t('guideLanguages')}:</strong> ${list(this.language, place.languages.map((code) => languageName(code, this.language)))}</p>`
          : nothing}
        ${this._renderLinks(place.contact.email, place.contact.website)}
      </div>
    </details>`;
  }

  private _renderContact(feed: Feed, contact: GuideContact, places: Map<string, Place>, map: MapLike | undefined): TemplateResult | typeof nothing {
    if (contact.type === 'place') {
      const place = places.get(contact.place);
      // A reference to a place that is not (or no longer) in the feed: show the others.
      if (!place) return nothing;
      const name = localize(place.name, this.language);
      const open = this._hours()?.summarizeOpenStatus(place.hours, new Date(), hoursWords(this.language));
      return html`<li class="contact" part="contact">
        <h5 class="contact__name">${this._text(feed, place.name)}</h5>
        <p class="contact__kind">${this.t(KIND_LABEL_KEYS[place.kind] ?? 'kindProfessional')}</p>
        ${open ? html`<p class="contact__open">${open}</p>` : nothing}
        ${contact.note ? html`<p class="contact__note">${this._text(feed, contact.note)}</p>` : nothing}
        ${this._renderPhone(place.contact.phone)} ${this._renderAddress(place)}
        ${map
          ? html`<button type="button" class="map-button" @click=${() => this._onShowOnMap(map, place)}>
              ${this.t('guideShowOnMap')}<span class="visually-hidden">: ${name}</span>
            </button>`
          : this._renderPlaceDetails(feed, place, name)}
      </li>`;
    }
    if (contact.type === 'inline') {
      return html`<li class="contact" part="contact">
        <h5 class="contact__name">${this._text(feed, contact.name)}</h5>
        ${contact.description ? html`<p class="contact__note">${this._text(feed, contact.description)}</p>` : nothing}
        ${this._renderPhone(contact.phone)} ${this._renderLinks(contact.email, contact.website)}
      </li>`;
    }
    return nothing;
  }

  private _renderAdvice(feed: Feed, guide: Guide, step: AdviceStep, steps: Map<string, GuideStep>): TemplateResult {
    const places = new Map(feed.places.map((place) => [place.id, place]));
    const map = this._findMap();
    const actions = (step.actions ?? []).filter((action) => localize(action, this.language));
    const contacts = (step.contacts ?? []).map((contact) => this._renderContact(feed, contact, places, map)).filter((item) => item !== nothing);
    const answers = answersOf(guide, this._path);
    const entry = this._path.entries[this._path.entries.length - 1];
    return html`<section class="step step--advice" part="step">
      ${this._renderHeading(this.t('guideAdvice'), this._text(feed, step.title))}
      ${this._openedFromLink ? html`<p class="shared-note">${this.t('guideSharedAdvice')}</p>` : nothing}
      ${step.text ? html`<p class="advice-text">${this._text(feed, step.text)}</p>` : nothing}
      ${actions.length
        ? html`<h4>${this.t('guideWhatToDo')}</h4>
            <ol class="actions">
              ${actions.map((action) => html`<li>${this._text(feed, action)}</li>`)}
            </ol>`
        : nothing}
      ${contacts.length
        ? html`<h4>${this.t('guideWhoCanHelp')}</h4>
            <ul class="contacts" role="list">
              ${contacts}
            </ul>`
        : nothing}
      ${this._renderChoices(feed, step, steps, entry?.choice)}
      ${answers.length
        ? html`<section class="summary" part="summary">
            <h4>${this.t('guideYourAnswers')}</h4>
            <dl class="answers">
              ${answers.map(
                (answer) => html`<div class="answer">
                  <dt>${this._plain(feed, answer.question.text)}</dt>
                  <dd>${this._plain(feed, answer.choice.label)}</dd>
                </div>`,
              )}
            </dl>
            <p class="private-note">${this.t('guideAnswersPrivate')}</p>
          </section>`
        : nothing}
      <div class="tools">
        <button type="button" class="tool print" @click=${this._onPrint}>${this.t('guidePrint')}</button>
        <button type="button" class="tool copy-link" @click=${() => this._onCopyLink(guide, step.id)}>
          ${this.t('guideCopyLink')}
        </button>
      </div>
      ${this._shareLink
        ? html`<div class="share-link">
            <label for="share-link">${this.t('guideLinkManual')}</label>
            <input id="share-link" type="url" readonly .value=${this._shareLink} />
          </div>`
        : nothing}
      ${this._renderNav(canGoBack(this._path), true)}
    </section>`;
  }

  private _renderStep(feed: Feed, guide: Guide): TemplateResult {
    const steps = stepsById(guide);
    const id = currentStepId(this._path);
    const step = id === undefined ? undefined : steps.get(id);
    if (!step) return html`<p class="empty">${this.t('guideNoSteps')}</p>`;
    return step.type === 'advice' ? this._renderAdvice(feed, guide, step, steps) : this._renderQuestion(feed, guide, step, steps);
  }

  private _renderBody(): TemplateResult | typeof nothing {
    switch (this.feedStatus.state) {
      case 'idle':
        return html`<p class="empty">${this.t('noFeed')}</p>`;
      case 'loading':
        return html`<p class="loading">${this.t('loading')}</p>`;
      case 'error':
        return this.renderLoadError();
      case 'ready': {
        const feed = this.feedStatus.feed;
        const guide = this._activeGuide;
        if (!guide) return html`<p class="empty">${this.t('guideNoGuide')}</p>`;
        return html`<h2 class="guide-title">${this._text(feed, guide.title)}</h2>
          ${guide.intro && this._path.entries.length <= 1 ? html`<p class="guide-intro">${this._text(feed, guide.intro)}</p>` : nothing}
          ${this._renderStep(feed, guide)}`;
      }
    }
  }

  override render(): TemplateResult {
    return html`<div class="guide" part="base" lang=${ifDefined(this.uiLangAttribute)} ?hidden=${this._exiting}>
      ${this._renderHelpBar()}
      <div class="content">${this.renderFeedNotices()} ${this._renderBody()}</div>
      <div class="visually-hidden" role="status" aria-live="polite">${this._status}</div>
    </div>`;
  }
}
