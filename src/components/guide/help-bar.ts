import { html, nothing, type TemplateResult } from 'lit';
import { telHref } from '../../feed/links.js';
import { localize } from '../../feed/text.js';
import type { EmergencyLines, HelpLine } from '../../feed/types.js';
import { DANGER_PHONE, emergencyLines, HELPLINE_PHONE } from './emergency.js';
import type { GuideView } from './guide-view.js';

/**
 * The sticky line on top of the guide in every state: 112, the helpline and "Snel weg".
 * What "Snel weg" does is the element's (quick-exit.ts); this only draws the button.
 */

function renderHelpLine(
  view: GuideView,
  line: HelpLine | undefined,
  fallback: { label: string; phone: string; description: string },
  kind: string,
): TemplateResult {
  const phone = line?.phone ?? fallback.phone;
  const labelText = line ? localize(line.label, view.lang) : fallback.label;
  const label = line ? view.plain(line.label) : fallback.label;
  const description = line ? view.plain(line.description) : fallback.description;
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

/** The help bar with the guide's own lines (each missing one filled in by the national default). */
export function renderHelpBar(view: GuideView, emergency: EmergencyLines | undefined, onQuickExit: () => void): TemplateResult {
  const lines = emergencyLines(emergency);
  // A region, not an aside: the guide usually sits inside the page's <main>, where a complementary landmark does not belong.
  return html`<div class="help-sentinel"></div>
    <section class="help" part="help" aria-label=${view.t('guideHelpRegion')}>
    <ul class="help-lines" role="list">
      ${renderHelpLine(view, lines.danger, { label: view.t('guideDangerLabel'), phone: DANGER_PHONE, description: view.t('guideDangerDescription') }, 'danger')}
      ${renderHelpLine(
        view,
        lines.helpline,
        { label: view.t('guideHelplineLabel'), phone: HELPLINE_PHONE, description: view.t('guideHelplineDescription') },
        'helpline',
      )}
    </ul>
    <div class="quick-exit">
      <button type="button" class="quick-exit__button" part="quick-exit" aria-describedby="quick-exit-description" @click=${onQuickExit}>
        ${view.t('guideQuickExit')}
      </button>
      <span class="quick-exit__hint" id="quick-exit-description">
        <span class="visually-hidden">${view.t('guideQuickExitDescription')}</span>
        ${view.t('guideQuickExitHint')}
      </span>
    </div>
  </section>`;
}
