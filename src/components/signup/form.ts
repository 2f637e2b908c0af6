import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { localize } from '../../feed/text.js';
import {
  describedBy,
  minAge,
  renderArea,
  renderAvailability,
  renderCheckbox,
  renderChoices,
  renderError,
  renderLanguages,
  renderMessage,
  renderOpportunity,
  renderTextField,
  type SignupView,
} from './fields.js';
import type { Target } from './target.js';

/** What the form needs besides the fields: where it sends, whether it is busy, and its buttons. */
export interface FormState {
  target: Target;
  /** A sign-up is on its way (or waits for the sending code): the button locks. */
  sending: boolean;
  /** Whether what is typed survives a reload. */
  persistent: boolean;
  /** "Wis mijn gegevens" asks first. */
  confirmErase: boolean;
  onSubmit(event: Event): void;
  /** Someone is filling in: the element fetches the sending code. */
  onActivity(): void;
  /** Above the form, when something is wrong. */
  errorSummary: TemplateResult | typeof nothing;
  onAskErase(): void;
  onErase(): void;
  onCancelErase(): void;
}

function renderErase(view: SignupView, state: FormState): TemplateResult {
  const { t } = view;
  if (!state.confirmErase) {
    return html`<button type="button" class="button button--secondary" id="signup-erase" @click=${state.onAskErase}>${t('signupErase')}</button>`;
  }
  // Escape answers "Nee", as it closes a question anywhere else (the studio's "weggooien?" too).
  return html`<div
    role="group"
    aria-labelledby="signup-erase-question"
    class="buttons"
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && state.onCancelErase()}
  >
    <p id="signup-erase-question">${t('signupEraseConfirm')}</p>
    <button type="button" class="button button--primary" id="signup-erase-yes" @click=${state.onErase}>${t('signupEraseYes')}</button>
    <button type="button" class="button button--secondary" id="signup-erase-no" @click=${state.onCancelErase}>${t('signupEraseNo')}</button>
  </div>`;
}

function renderTalents(view: SignupView): TemplateResult {
  const { feed, t } = view;
  const { talents } = feed.signup;
  return html`${talents.length
    ? renderChoices(
        view,
        'talents',
        t('signupTalentsLegend'),
        talents.map((x) => ({ id: x.id, label: view.feedText(x.label) })),
      )
    : nothing}
  ${renderTextField(view, 'talentsOther', talents.length ? t('signupTalentsOther') : t('signupTalentsLegend'))}`;
}

function renderConsent(view: SignupView, publisher: string): TemplateResult {
  const { feed, t } = view;
  const privacyText = localize(feed.signup.privacyText, view.lang) ? view.feedText(feed.signup.privacyText) : t('signupPrivacyDefault', publisher);
  const privacyUrl = feed.signup.privacyUrl && /^https?:/iu.test(feed.signup.privacyUrl) ? feed.signup.privacyUrl : undefined;
  return renderCheckbox(
    view,
    'consent',
    t('signupConsent', publisher),
    html`${privacyText}
    ${privacyUrl
      ? html`<a href=${privacyUrl} target="_blank" rel="noopener noreferrer"
          >${t('signupPrivacyLink')}<span class="visually-hidden"> ${t('opensInNewWindow')}</span></a
        >`
      : nothing}`,
  );
}

/** The whole form, with its error summary above it. */
export function renderForm(view: SignupView, state: FormState, publisher: string): TemplateResult {
  const { feed, t } = view;
  const { fields } = feed.signup;
  const { target, sending } = state;
  const age = minAge(feed, view.values);
  return html`
    ${state.errorSummary}
    <form
      part="form"
      class="form"
      novalidate
      aria-busy=${sending ? 'true' : 'false'}
      @submit=${state.onSubmit}
      @input=${state.onActivity}
      @change=${state.onActivity}
      @focusin=${state.onActivity}
    >
      ${target.kind === 'mail' ? html`<p class="panel">${t('signupMailIntro', target.email)}</p>` : nothing}
      ${target.kind === 'none' ? html`<p class="panel panel--failed">${t('signupNoWayToSend')}</p>` : nothing}
      ${feed.opportunities.length
        ? html`<fieldset
            id="signup-opportunities"
            aria-describedby=${describedBy(view, 'opportunities', true)}
            class=${view.errors.opportunities ? 'field--error' : ''}
          >
            <legend>${t('signupTasksLegend')}</legend>
            <span class="hint" id="signup-opportunities-hint">${t('signupTasksHint')}</span>
            ${renderError(view, 'opportunities')} ${feed.opportunities.map((o, index) => renderOpportunity(view, o, index))}
          </fieldset>`
        : nothing}
      ${renderTextField(view, 'name', t('signupName'), { autocomplete: 'name' })}
      <p class="hint" id="signup-contact-hint">${t('signupContactHint')}</p>
      ${renderTextField(view, 'email', t('signupEmail'), { type: 'email', autocomplete: 'email', inputmode: 'email' })}
      ${renderTextField(view, 'phone', t('signupPhone'), { type: 'tel', autocomplete: 'tel', inputmode: 'tel', hint: t('signupPhoneHint') })}
      ${fields.area ? renderArea(view) : nothing}
      ${fields.area
        ? renderTextField(view, 'postcode', t('signupPostcode'), { autocomplete: 'postal-code', hint: t('signupPostcodeHint') })
        : nothing}
      ${fields.talents ? renderTalents(view) : nothing} ${fields.availability ? renderAvailability(view) : nothing}
      ${fields.languages ? renderLanguages(view) : nothing}
      ${renderCheckbox(view, 'ageConfirmed', t('signupAge', age), html`${t('signupAgeHint', age)}`)}
      ${fields.message ? renderMessage(view) : nothing} ${renderConsent(view, publisher)}
      <div class="honeypot" aria-hidden="true">
        <label for="signup-website">${t('signupHoneypot')}</label>
        <input id="signup-website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${live(view.values.website)} @input=${view.onText} />
      </div>
      <p class="storage-note">${state.persistent ? t('signupDraftKept') : t('signupNoStorage')}</p>
      <div class="buttons">
        <button type="submit" part="submit" class="button button--primary" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? t('signupSending') : t('signupSubmit')}
        </button>
        ${renderErase(view, state)}
      </div>
    </form>
  `;
}
