import { html, nothing, type TemplateResult } from 'lit';
import { phoneText } from '../../base/phone-text.js';
import { mailtoHref, telHref, webHref } from '../../feed/links.js';
import type { GuideView } from './guide-view.js';

/** The phone and e-mail/web lines of a person or place in an advice, only as links that work. */

export function renderPhone(view: GuideView, phone: string | undefined): TemplateResult | typeof nothing {
  if (!phone) return nothing;
  const href = telHref(phone);
  return html`<p class="contact__phone">
    ${href ? html`<a href=${href}>${view.t('guideCall', phoneText(phone))}</a>` : html`${view.t('guidePhone')}: ${phoneText(phone)}`}
  </p>`;
}

export function renderLinks(view: GuideView, email: string | undefined, website: string | undefined): TemplateResult | typeof nothing {
  const web = webHref(website);
  const mail = mailtoHref(email);
  if (!web && !mail) return nothing;
  return html`<p class="contact__links">
    ${mail ? html`<a href=${mail}>${email!.trim()}</a>` : nothing}
    ${web ? html`<a href=${web}>${view.t('guideWebsite')}</a>` : nothing}
  </p>`;
}
