import { html, nothing, type TemplateResult } from 'lit';
import type { Guide, GuideStep, QuestionStep } from '../../feed/types.js';
import { canGoBack, choicesOf, leadsToAdvice, type GuidePath } from './guide-path.js';
import type { GuideView } from './guide-view.js';

/**
 * The parts of a step that questions and advice share (heading, answer buttons, Back and
 * Start again) and the question itself. The element passes what the buttons do.
 */

/** What the step's buttons do; the element's path controller answers them. */
export interface StepActions {
  onChoose(index: number, next: string): void;
  onBack(): void;
  onRestart(): void;
}

export function renderNav(view: GuideView, actions: StepActions, canBack: boolean, canRestart: boolean): TemplateResult {
  return html`<nav class="step-nav" part="nav" aria-label=${view.t('guideStepNavigation')}>
    ${canBack ? html`<button type="button" class="nav-button back" @click=${actions.onBack}>${view.t('guideBack')}</button>` : nothing}
    ${canRestart ? html`<button type="button" class="nav-button restart" @click=${actions.onRestart}>${view.t('guideRestart')}</button>` : nothing}
  </nav>`;
}

/** The step's heading; it takes focus after each move (`data-step-heading`). */
export function renderHeading(label: string, content: TemplateResult | typeof nothing | string): TemplateResult {
  return html`<h3 class="step-heading" part="heading" tabindex="-1" data-step-heading>
    <span class="step-progress">${label}<span class="visually-hidden">: </span></span>
    <span class="step-title">${content}</span>
  </h3>`;
}

/** The answer buttons; `previous` marks the one chosen before, when the visitor came Back. */
export function renderChoices(
  view: GuideView,
  actions: StepActions,
  step: GuideStep,
  steps: Map<string, GuideStep>,
  previous?: number,
): TemplateResult {
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
          @click=${() => actions.onChoose(index, choice.next)}
        >
          ${view.plain(choice.label)}
          ${index === previous ? html`<span class="choice__previous">${view.t('guidePreviousChoice')}</span>` : nothing}
        </button>
      </li>`,
    )}
  </ul>`;
}

/** A question: its number on the path, the answers, and a way out when it leads to no advice. */
export function renderQuestion(
  view: GuideView,
  actions: StepActions,
  guide: Guide,
  path: GuidePath,
  step: QuestionStep,
  steps: Map<string, GuideStep>,
): TemplateResult {
  const entry = path.entries[path.entries.length - 1];
  const number = path.entries.filter((item) => steps.get(item.step)?.type === 'question').length;
  const stuck = !leadsToAdvice(guide, step.id);
  return html`<section class="step step--question" part="step">
    ${renderHeading(view.t('guideQuestionNumber', Math.max(number, 1)), view.text(step.text))}
    ${step.help ? html`<p class="step-help">${view.text(step.help)}</p>` : nothing}
    ${renderChoices(view, actions, step, steps, entry?.choice)}
    ${stuck ? html`<p class="dead-end" role="note">${view.t('guideDeadEnd')}</p>` : nothing}
    ${renderNav(view, actions, canGoBack(path), canGoBack(path) || stuck)}
  </section>`;
}
