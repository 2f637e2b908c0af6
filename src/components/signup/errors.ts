import { html, nothing, type TemplateResult } from 'lit';
import type { Feed } from '../../feed/types.js';
import type { Translation } from '../../translations/registry.js';
import { minAge, type FieldError, type SignupView } from './fields.js';
import { MAX_LENGTH, SIGNUP_FIELDS, type ErrorCode, type SignupField } from './values.js';

/**
 * What is wrong, in words: the error under a field and the summary above the form. Errors
 * come only from the checks and the receiver, both in the sending code's chunk, so these
 * travel with it (`delivery.ts`).
 */

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

/** The receiver's field errors: a known code gets the form's own words, anything else is shown as sent. */
export function receiverErrors(errors: Record<string, string>): Record<string, FieldError> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, value]) => [field, ERROR_CODES.has(value) ? { code: value as ErrorCode } : { text: value }]),
  );
}

function errorText(view: SignupView, field: string, error: FieldError): string {
  const { t } = view;
  if (error.text) return error.text;
  const code = error.code ?? 'invalid';
  const key = ERROR_KEYS[`${field as SignupField}:${code}`];
  if (key) return t(key as 'signupErrorNameRequired');
  if (field === 'ageConfirmed') return t('signupErrorAgeRequired', minAge(view.feed, view.values));
  if (code === 'tooLong') return t('signupErrorTooLong', MAX_LENGTH[field as keyof typeof MAX_LENGTH] ?? 200);
  return code === 'required' ? t('signupErrorRequired') : t('signupErrorInvalid');
}

export function renderFieldError(view: SignupView, field: string): TemplateResult {
  const error = view.errors[field]!;
  return html`<p class="error-message" id="signup-${field}-error">
    <span class="visually-hidden">${view.t('signupErrorSummary')}: </span>${errorText(view, field, error)}
  </p>`;
}

/** Whether the form shows `field`, so the error summary links only to what is there. */
function fieldShown(feed: Feed, field: string): boolean {
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

export function renderErrorSummary(view: SignupView, onLink: (event: Event, field: string) => void): TemplateResult | typeof nothing {
  const fields = Object.keys(view.errors);
  if (fields.length === 0) return nothing;
  const order = (field: string): number => {
    const index = (SIGNUP_FIELDS as readonly string[]).indexOf(field);
    return index === -1 ? SIGNUP_FIELDS.length : index;
  };
  fields.sort((a, b) => order(a) - order(b));
  return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="signup-error-summary-title">
    <h2 id="signup-error-summary-title">${view.t('signupErrorSummary')}</h2>
    <ul>
      ${fields.map((field) => {
        const text = errorText(view, field, view.errors[field]!);
        return html`<li>
          ${fieldShown(view.feed, field) ? html`<a href="#signup-${field}" @click=${(e: Event) => onLink(e, field)}>${text}</a>` : text}
        </li>`;
      })}
    </ul>
  </div>`;
}
