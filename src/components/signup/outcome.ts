import { html, nothing, type TemplateResult } from 'lit';
import { languageName } from '../../base/language-name.js';
import { localize } from '../../feed/text.js';
import { OUTBOX_TTL_MS } from './device.js';
import { minAge, slotNames, titles, type SignupView } from './fields.js';
import type { OutboxEntry } from './outbox.js';
import type { SignupPayload } from './payload.js';
import { renderStatus } from './status.js';
import type { Target } from './target.js';
import { list } from '../../translations/format.js';

/**
 * The screens that can only follow the sending code (sent, "send it by e-mail", the list of
 * sign-ups waiting on this device), so they travel in its chunk (`delivery.ts`): a page
 * that only shows the form does not download them.
 */

export function renderSent(view: SignupView, payload: SignupPayload | undefined, publisher: string, onSendAnother: () => void): TemplateResult {
  const { feed, lang, t } = view;
  const chosen = feed.opportunities.filter((o) => payload?.opportunities.includes(o.id));
  const followUps = [...new Map(chosen.filter((o) => localize(o.followUp, lang)).map((o) => [localize(o.followUp, lang), o.followUp])).values()];
  return renderStatus(
    'success',
    'status',
    t('signupSentTitle'),
    html`${followUps.length ? followUps.map((text) => html`<p>${view.feedText(text)}</p>`) : html`<p>${t('signupSentGeneric', publisher)}</p>`}
      <button type="button" class="button button--secondary" @click=${onSendAnother}>${t('signupSendAnother')}</button>`,
  );
}

/** The sign-up as the text of an e-mail, a label and a value per paragraph. */
function mailText(view: SignupView): string {
  const { feed, lang, t, values: v } = view;
  const lines: Array<[string, string]> = [
    [t('signupTasksLegend'), list(lang, titles(feed, v.opportunities, lang))],
    [t('signupName'), v.name.trim()],
    [t('signupEmail'), v.email.trim()],
    [t('signupPhone'), v.phone.trim()],
    [t('signupArea'), [v.area, v.postcode].map((s) => s.trim()).filter(Boolean).join(', ')],
    [
      t('signupTalentsLegend'),
      list(lang, [...feed.signup.talents.filter((x) => v.talents.includes(x.id)).map((x) => localize(x.label, lang)), v.talentsOther.trim()].filter(Boolean)),
    ],
    [t('signupAvailabilityLegend'), list(lang, slotNames(view, v.availability))],
    [t('signupLanguagesLegend'), list(lang, v.languages.map((code) => languageName(code, lang)))],
    [t('signupAge', minAge(feed, v)), t('signupYes')],
    [t('signupMessage'), v.message.trim()],
  ];
  return lines
    .filter(([, value]) => value !== '')
    .map(([label, value]) => `${label}\n${value}`)
    .join('\n\n');
}

export function renderMail(view: SignupView, target: Target, onBack: () => void): TemplateResult {
  const { t } = view;
  if (target.kind !== 'mail') {
    return html`<div part="status" class="panel panel--failed" tabindex="-1" role="alert">
      <p>${t('signupNoWayToSend')}</p>
      <button type="button" class="button button--secondary" @click=${onBack}>${t('signupMailBack')}</button>
    </div>`;
  }
  const text = mailText(view);
  const href = `mailto:${target.email}?subject=${encodeURIComponent(t('signupMailSubject'))}&body=${encodeURIComponent(text)}`;
  return html`<div part="status" class="panel" tabindex="-1" role="region" aria-labelledby="signup-status-title">
    <h2 id="signup-status-title">${t('signupMailTitle')}</h2>
    <p>${t('signupMailExplain', target.email)}</p>
    <div class="buttons">
      <a class="button button--primary" href=${href}>${t('signupMailOpen')}</a>
      <button type="button" class="button button--secondary" @click=${onBack}>${t('signupMailBack')}</button>
    </div>
    <h3>${t('signupMailText')}</h3>
    <pre class="mail-text" tabindex="0" aria-label=${t('signupMailText')}>${text}</pre>
  </div>`;
}

/** The sign-ups waiting on this device, each with "try again now" and "remove". */
export function renderOutbox(
  view: Pick<SignupView, 't' | 'lang'>,
  entries: readonly OutboxEntry[],
  onRetry: (id: string) => void,
  onRemove: (id: string) => void,
): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  const { lang, t } = view;
  const time = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' });
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'long' });
  return html`<section class="outbox" aria-labelledby="signup-outbox-title">
    <h2 id="signup-outbox-title">${t('signupOutboxTitle')}</h2>
    <ul>
      ${entries.map((entry) => {
        const id = entry.payload.id;
        const title = entry.titles.length ? list(view.lang, entry.titles) : t('signupOutboxGeneral');
        return html`<li>
          <h3>${title}</h3>
          <p>${t('signupOutboxFrom', entry.payload.name, date.format(new Date(entry.payload.submittedAt)))}</p>
          <p>
            ${entry.state === 'failed'
              ? t('signupOutboxFailed')
              : t('signupOutboxWaiting', time.format(new Date(Math.max(entry.nextAttemptAt, Date.now()))))}
          </p>
          <p>${t('signupOutboxKept', day.format(new Date(Date.parse(entry.payload.submittedAt) + OUTBOX_TTL_MS)))}</p>
          <div class="buttons">
            <button type="button" class="button button--secondary" @click=${() => onRetry(id)}>
              ${t('signupRetry')}<span class="visually-hidden">: ${title}</span>
            </button>
            <button type="button" class="button button--secondary" @click=${() => onRemove(id)}>
              ${t('signupRemove')}<span class="visually-hidden">: ${title}</span>
            </button>
          </div>
        </li>`;
      })}
    </ul>
  </section>`;
}
