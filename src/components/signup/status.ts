import { html, nothing, type TemplateResult } from 'lit';
import type { SignupView } from './fields.js';

/**
 * The screens that say where a sign-up stands before the sending code may have arrived:
 * waiting, refused, not sent. Each status panel takes focus when it appears; the element
 * does that. The screens that can only follow the sending code are in `outcome.ts`.
 */

/** The panel that says where the sign-up stands. */
export function renderStatus(kind: 'success' | 'warning' | 'failed', role: 'status' | 'alert', title: string, body: unknown): TemplateResult {
  return html`<div part="status" class="panel panel--${kind}" tabindex="-1" role=${role} aria-labelledby="signup-status-title">
    <h2 id="signup-status-title">${title}</h2>
    ${body}
  </div>`;
}

function renderMemoryOnly(view: SignupView, persistent: boolean): TemplateResult | typeof nothing {
  return persistent ? nothing : html`<p><strong>${view.t('signupQueuedMemoryOnly')}</strong></p>`;
}

export function renderQueued(view: SignupView, persistent: boolean): TemplateResult {
  const { t } = view;
  return renderStatus('warning', 'status', t('signupQueued'), html`<p>${t('signupQueuedDetail')}</p>${renderMemoryOnly(view, persistent)}`);
}

export function renderFailed(view: SignupView, status: number): TemplateResult {
  return renderStatus('failed', 'alert', view.t('signupFailedTitle'), html`<p>${view.t('signupFailedDetail', status)}</p>`);
}

export function renderOffline(view: SignupView, persistent: boolean): TemplateResult {
  const { t } = view;
  return renderStatus('warning', 'alert', t('signupNotSentTitle'), html`<p>${t('signupNotSentDetail')}</p>${renderMemoryOnly(view, persistent)}`);
}
