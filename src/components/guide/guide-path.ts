import type { AdviceStep, Guide, GuideChoice, GuideStep, QuestionStep } from '../../feed/types.js';

/**
 * Where a visitor is in a guide, without the DOM: the steps they went through and which
 * choice they took at each. Pure functions over immutable values, so Back and Start
 * again are just older values, and the element cannot get into a state it cannot leave.
 *
 * Nothing here is ever written to storage or history: the answers live only in memory.
 */

/** One step on the path. `choice` is the index of the choice taken there, if any. */
export interface PathEntry {
  readonly step: string;
  readonly choice?: number;
}

/**
 * The visitor's way through a guide. The last entry is the step on screen; when the
 * visitor came back to it, its `choice` is what they chose before, so Back shows the
 * question exactly as they left it.
 */
export interface GuidePath {
  readonly entries: readonly PathEntry[];
}

/** The steps of a guide by id. The first of two steps with the same id wins, as in validation. */
export function stepsById(guide: Guide): Map<string, GuideStep> {
  const steps = new Map<string, GuideStep>();
  for (const step of guide.steps ?? []) {
    if (step && typeof step.id === 'string' && !steps.has(step.id)) steps.set(step.id, step);
  }
  return steps;
}

/** The step a guide starts at: `preferred` (the `start` attribute) when it exists, else the guide's start, else its first step. */
export function startStep(guide: Guide, preferred?: string | null): GuideStep | undefined {
  const steps = stepsById(guide);
  return (
    (preferred ? steps.get(preferred) : undefined) ?? steps.get(guide.start) ?? guide.steps?.find((step) => step && typeof step.id === 'string')
  );
}

/** A fresh path at the guide's start (or at `preferred`); empty when the guide has no steps. */
export function beginPath(guide: Guide, preferred?: string | null): GuidePath {
  const step = startStep(guide, preferred);
  return { entries: step ? [{ step: step.id }] : [] };
}

/** The id of the step on screen. */
export function currentStepId(path: GuidePath): string | undefined {
  return path.entries[path.entries.length - 1]?.step;
}

/** The choices of a step, whether it is a question or an advice with ways on. */
export function choicesOf(step: GuideStep): readonly GuideChoice[] {
  return Array.isArray(step.choices) ? step.choices : [];
}

/**
 * The path after taking choice `index` of the current step. A choice that leads back to a
 * step already on the path (a cycle, or "Ik wil nog iets anders weten" back to the start)
 * returns to that step instead of growing the path forever: Back then keeps meaning
 * "the step before this one", and the summary lists each question once.
 */
export function choose(path: GuidePath, index: number, next: string): GuidePath {
  const entries = path.entries.slice();
  const last = entries.pop();
  if (!last) return path;
  entries.push({ step: last.step, choice: index });
  const earlier = entries.findIndex((entry) => entry.step === next);
  if (earlier !== -1) {
    // Back at an earlier step: forget what was chosen there, as on a first visit.
    return { entries: [...entries.slice(0, earlier), { step: next }] };
  }
  entries.push({ step: next });
  return { entries };
}

/** The path after Back; the previous step keeps the choice taken there. Unchanged at the start. */
export function back(path: GuidePath): GuidePath {
  return path.entries.length > 1 ? { entries: path.entries.slice(0, -1) } : path;
}

/** Whether Back has somewhere to go. */
export function canGoBack(path: GuidePath): boolean {
  return path.entries.length > 1;
}

/** Step ids on the path, current step last: the `path` of the `buurt-step` event. */
export function pathIds(path: GuidePath): string[] {
  return path.entries.map((entry) => entry.step);
}

/** A question on the path with the answer the visitor gave, for the summary. */
export interface Answer {
  question: QuestionStep;
  choice: GuideChoice;
}

/** The answers given so far (questions before the current step), in order. */
export function answersOf(guide: Guide, path: GuidePath): Answer[] {
  const steps = stepsById(guide);
  const answers: Answer[] = [];
  for (const entry of path.entries.slice(0, -1)) {
    const step = steps.get(entry.step);
    if (step?.type !== 'question' || entry.choice === undefined) continue;
    const choice = choicesOf(step)[entry.choice];
    if (choice) answers.push({ question: step, choice });
  }
  return answers;
}

/** Ids of every step reachable from `from` by following choices (including `from`). */
export function reachableSteps(guide: Guide, from: string): Set<string> {
  const steps = stepsById(guide);
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const step = steps.get(id);
    if (seen.has(id) || !step) continue;
    seen.add(id);
    for (const choice of choicesOf(step)) queue.push(choice.next);
  }
  return seen;
}

/** Whether any advice step can be reached from `from`: false for a dead end or a closed loop of questions. */
export function leadsToAdvice(guide: Guide, from: string): boolean {
  const steps = stepsById(guide);
  for (const id of reachableSteps(guide, from)) {
    if (steps.get(id)?.type === 'advice') return true;
  }
  return false;
}

/** An advice step by id, for a shared link; undefined for a question or an unknown id. */
export function adviceStep(guide: Guide, id: string): AdviceStep | undefined {
  const step = stepsById(guide).get(id);
  return step?.type === 'advice' ? step : undefined;
}

const SHARE_KEY = 'advies';

/**
 * The hash of a link to one advice, without the answers that led there: `#advies=<step>`,
 * or `#advies=<guide>/<step>` so a page with several guides opens the right one.
 */
export function adviceHash(guideId: string, stepId: string): string {
  return `#${SHARE_KEY}=${encodeURIComponent(guideId)}/${encodeURIComponent(stepId)}`;
}

/** The advice a shared link points at, or undefined when the hash is not one of ours. */
export function parseAdviceHash(hash: string): { guide?: string; step: string } | undefined {
  const match = /^#?advies=([^&]*)/.exec(hash);
  if (!match) return undefined;
  const parts = match[1]!.split('/');
  try {
    if (parts.length === 1 && parts[0]) return { step: decodeURIComponent(parts[0]) };
    if (parts.length === 2 && parts[1]) return { guide: decodeURIComponent(parts[0]!), step: decodeURIComponent(parts[1]) };
  } catch {
    // A mangled escape (a CMS rewriting "%") is not a link we made.
  }
  return undefined;
}
