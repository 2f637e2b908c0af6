import { html, nothing, type TemplateResult } from 'lit';
import type * as Hours from '../../feed/hours.js';
import { localize } from '../../feed/text.js';
import type { AdviceStep, GuideContact, Guide, GuideStep, Place } from '../../feed/types.js';
import { renderLinks, renderPhone } from './contact-lines.js';
import { answersOf, canGoBack, type GuidePath } from './guide-path.js';
import type { GuideView } from './guide-view.js';
import { renderPlaceCard } from './place-card.js';
import { renderChoices, renderHeading, renderNav, type StepActions } from './question.js';

/**
 * The end of a walk through the guide: what to do, who can help (people from the guide,
 * places from the feed), the answers given (only on screen), and print / copy a link.
 */

/** What the advice's buttons do and what the element knows beyond the path. */
export interface AdviceActions extends StepActions {
  onPrint(): void;
  onCopyLink(): void;
  /** "Toon op de kaart" for a place; undefined when no `<buurt-map>` is on the page. */
  onShowOnMap?: (place: Place) => void;
  /** The opening-hours module when loaded; asked only when the advice names a place. */
  hours(): typeof Hours | undefined;
}

/** Where the walk stands, beyond the step itself. */
export interface AdviceState {
  path: GuidePath;
  /** The advice was opened from a `#advies=` link, not by answering. */
  openedFromLink: boolean;
  /** The link to copy by hand, when the clipboard was not available. */
  shareLink?: string;
}

function renderContact(view: GuideView, actions: AdviceActions, contact: GuideContact, places: Map<string, Place>): TemplateResult | typeof nothing {
  if (contact.type === 'place') {
    const place = places.get(contact.place);
    // A reference to a place that is not (or no longer) in the feed: show the others.
    if (!place) return nothing;
    const show = actions.onShowOnMap;
    return renderPlaceCard(view, place, { note: contact.note, hours: actions.hours(), onShowOnMap: show && (() => show(place)) });
  }
  if (contact.type === 'inline') {
    return html`<li class="contact" part="contact">
      <h5 class="contact__name">${view.text(contact.name)}</h5>
      ${contact.description ? html`<p class="contact__note">${view.text(contact.description)}</p>` : nothing}
      ${renderPhone(view, contact.phone)} ${renderLinks(view, contact.email, contact.website)}
    </li>`;
  }
  return nothing;
}

function renderSummary(view: GuideView, guide: Guide, path: GuidePath): TemplateResult | typeof nothing {
  const answers = answersOf(guide, path);
  if (!answers.length) return nothing;
  return html`<section class="summary" part="summary">
    <h4>${view.t('guideYourAnswers')}</h4>
    <dl class="answers">
      ${answers.map(
        (answer) => html`<div class="answer">
          <dt>${view.plain(answer.question.text)}</dt>
          <dd>${view.plain(answer.choice.label)}</dd>
        </div>`,
      )}
    </dl>
    <p class="private-note">${view.t('guideAnswersPrivate')}</p>
  </section>`;
}

export function renderAdvice(
  view: GuideView,
  actions: AdviceActions,
  guide: Guide,
  state: AdviceState,
  step: AdviceStep,
  steps: Map<string, GuideStep>,
): TemplateResult {
  const places = new Map((view.feed?.places ?? []).map((place) => [place.id, place]));
  const todo = (step.actions ?? []).filter((action) => localize(action, view.lang));
  const contacts = (step.contacts ?? []).map((contact) => renderContact(view, actions, contact, places)).filter((item) => item !== nothing);
  const entry = state.path.entries[state.path.entries.length - 1];
  return html`<section class="step step--advice" part="step">
    ${renderHeading(view.t('guideAdvice'), view.text(step.title))}
    ${state.openedFromLink ? html`<p class="shared-note">${view.t('guideSharedAdvice')}</p>` : nothing}
    ${step.text ? html`<p class="advice-text">${view.text(step.text)}</p>` : nothing}
    ${todo.length
      ? html`<h4>${view.t('guideWhatToDo')}</h4>
          <ol class="actions">
            ${todo.map((action) => html`<li>${view.text(action)}</li>`)}
          </ol>`
      : nothing}
    ${contacts.length
      ? html`<h4>${view.t('guideWhoCanHelp')}</h4>
          <ul class="contacts" role="list">
            ${contacts}
          </ul>`
      : nothing}
    ${renderChoices(view, actions, step, steps, entry?.choice)}
    ${renderSummary(view, guide, state.path)}
    <div class="tools">
      <button type="button" class="tool print" @click=${actions.onPrint}>${view.t('guidePrint')}</button>
      <button type="button" class="tool copy-link" @click=${actions.onCopyLink}>${view.t('guideCopyLink')}</button>
    </div>
    ${state.shareLink
      ? html`<div class="share-link">
          <label for="share-link">${view.t('guideLinkManual')}</label>
          <input id="share-link" type="url" readonly .value=${state.shareLink} />
        </div>`
      : nothing}
    ${renderNav(view, actions, canGoBack(state.path), true)}
  </section>`;
}
