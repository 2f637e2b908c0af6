import { localize } from '../../feed/text.js';
import type { FeedProblem, Guide, GuideStep, LocalizedText } from '../../feed/types.js';
import { Context, isObject, own, type JsonObject } from '../../feed/validate/context.js';
import { readGuides } from '../../feed/validate/guides.js';
import { readId } from '../../feed/validate/values.js';

/**
 * The shape of a guide as the studio's editor sees it, without the DOM: every way from the
 * first question to an advice, and everything that keeps a visitor from getting there.
 *
 * The guide is read by the feed's own validator (`readGuides`), so "a dead end", "a step
 * nobody reaches" and "where it starts" mean exactly what `validateFeed` and the
 * <buurt-guide> element mean by them. This module adds what the validator has no use
 * for: the list of paths, each loop as the steps that form it, and advice without a
 * contact. All step and choice numbers are indexes in the RAW guide, so the editor can
 * move focus to the field concerned even while steps are half filled in.
 */

/** One step of the raw guide, as far as the overview needs it. */
export interface StepSummary {
  /** Index in the raw `steps` list. */
  readonly index: number;
  /** Its id as the validator reads it (trimmed); '' when it has none. */
  readonly id: string;
  readonly type: 'question' | 'advice' | 'unknown';
  /** The question's text or the advice's title, in Dutch where given; '' when empty. */
  readonly label: string;
  /** Where it sits in the feed: 'guides[0].steps[2]'. */
  readonly path: string;
  /** The validator kept it: a visitor can see this step. */
  readonly usable: boolean;
}

/** A step on a path, and the choice taken there (absent on the advice at the end). */
export interface PathLeg {
  readonly step: number;
  readonly choice?: number;
}

/** One way from the start to an advice; the last leg is the advice. */
export interface AdvicePath {
  readonly legs: readonly PathLeg[];
}

export type DeadEndReason =
  /** The choice does not say where it goes (`next` is missing or empty). */
  | 'no-next'
  /** The choice goes to an id that no step has. */
  | 'unknown-step'
  /** The choice goes to a step that exists but is not complete, so visitors never see it. */
  | 'incomplete-step'
  /** A question without any choice. */
  | 'no-choices';

export type GuideIssue =
  | {
      readonly kind: 'loop';
      /** The choice that closes the loop: 'guides[0].steps[3].choices[1]'. */
      readonly path: string;
      readonly step: number;
      readonly choice: number;
      /** The steps of the loop in order; the last one's `choice` leads back to the first. */
      readonly cycle: readonly number[];
    }
  | {
      readonly kind: 'dead-end';
      readonly reason: DeadEndReason;
      /** The choice ('…choices[1]') or, for `no-choices`, the step. */
      readonly path: string;
      readonly step: number;
      readonly choice?: number;
      /** The id the choice names, for `unknown-step` and `incomplete-step`. */
      readonly target?: string;
    }
  | { readonly kind: 'unreachable'; readonly path: string; readonly step: number }
  /** A question from which no choice, however many steps later, leads to an advice. */
  | { readonly kind: 'no-advice'; readonly path: string; readonly step: number }
  /** An advice without a usable contact; `path` is its contacts list. */
  | { readonly kind: 'no-contact'; readonly path: string; readonly step: number }
  /** `start` is missing or names no step: the guide starts at its first usable step. */
  | { readonly kind: 'start'; readonly reason: 'missing' | 'unknown'; readonly path: string; readonly target?: string }
  /** No usable step at all. */
  | { readonly kind: 'no-steps'; readonly path: string };

export interface GuideAnalysis {
  /** Index of the step the guide starts at; undefined without usable steps. */
  readonly start: number | undefined;
  readonly steps: readonly StepSummary[];
  /** Every path from the start to an advice, depth first, at most `maxPaths`. */
  readonly paths: readonly AdvicePath[];
  /** True when there are more paths than listed (or the search was cut short). */
  readonly truncated: boolean;
  readonly issues: readonly GuideIssue[];
}

export interface AnalyzeOptions {
  /** Index of the guide in the feed's `guides`, for the paths. Default 0. */
  index?: number;
  /** Ids of the feed's places; a contact naming another place does not count. Default: none. */
  places?: ReadonlySet<string>;
  /** Most paths to list. Default `MAX_PATHS`. */
  maxPaths?: number;
}

/**
 * A guide of 12 questions with 3 choices each can have hundreds of thousands of paths;
 * nobody reads more than this, and the loops and dead ends are found without listing them.
 */
export const MAX_PATHS = 200;

/** Steps visited while listing paths before we stop, so a big guide cannot freeze the editor. */
const MAX_VISITS = 50_000;

const STEP_PATH = /^guides\[0\]\.steps\[(\d+)\](?:\.choices\[(\d+)\](\.next)?)?$/;

/** The validator reads one guide; its own id and title are not what we are after. */
function readOne(raw: JsonObject, places: ReadonlySet<string>): { guide: Guide | undefined; problems: FeedProblem[] } {
  const ctx = new Context('nl');
  const [guide] = readGuides(ctx, [{ ...raw, id: 'guide', title: 'guide' }], 'guides', places);
  return { guide, problems: ctx.problems };
}

function rawList(raw: JsonObject, key: string): unknown[] {
  const value = own(raw, key);
  return Array.isArray(value) ? value : [];
}

function labelOf(raw: JsonObject, key: string): string {
  const value = own(raw, key);
  if (typeof value === 'string') return value.trim();
  return isObject(value) ? localize(value as LocalizedText).trim() : '';
}

/**
 * Ties the validator's steps to raw indexes: the n-th kept step is the first raw step after
 * the previous match with the same id and type that was not refused as a duplicate.
 */
function matchSteps(rawSteps: readonly unknown[], guide: Guide | undefined, duplicates: ReadonlySet<number>, scratch: Context): {
  ids: string[];
  kept: Map<number, GuideStep>;
} {
  const ids = rawSteps.map((step) => (isObject(step) ? readId(scratch, own(step, 'id'), '', 'step') ?? '' : ''));
  const kept = new Map<number, GuideStep>();
  let from = 0;
  for (const step of guide?.steps ?? []) {
    for (let index = from; index < rawSteps.length; index++) {
      const raw = rawSteps[index];
      if (ids[index] === step.id && isObject(raw) && own(raw, 'type') === step.type && !duplicates.has(index)) {
        kept.set(index, step);
        from = index + 1;
        break;
      }
    }
  }
  return { ids, kept };
}

/**
 * Loops a visitor can go round without ever reaching advice: the strongly connected parts
 * of the graph of questions (Tarjan, iteratively). A way back from an advice ("Ik wil nog
 * iets anders weten") is not a loop: the visitor has had their advice.
 */
function findLoops(edges: ReadonlyMap<number, ReadonlyArray<{ choice: number; to: number }>>, order: readonly number[]): number[][] {
  const indexOf = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (const root of order) {
    if (indexOf.has(root)) continue;
    const work: Array<{ node: number; next: number }> = [{ node: root, next: 0 }];
    indexOf.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const out = edges.get(frame.node) ?? [];
      if (frame.next < out.length) {
        const to = out[frame.next++]!.to;
        if (!indexOf.has(to)) {
          indexOf.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, indexOf.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === indexOf.get(frame.node)) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = component.length === 1 && out.some((edge) => edge.to === frame.node);
        if (component.length > 1 || selfLoop) components.push(component);
      }
    }
  }
  return components;
}

/** One concrete round through a loop: from its first step (in `order`) back to itself. */
function cycleIn(component: readonly number[], edges: ReadonlyMap<number, ReadonlyArray<{ choice: number; to: number }>>, order: readonly number[]) {
  const members = new Set(component);
  const first = order.find((node) => members.has(node))!;
  const cameFrom = new Map<number, number>();
  const queue = [first];
  for (let at = 0; at < queue.length; at++) {
    const node = queue[at]!;
    for (const edge of edges.get(node) ?? []) {
      if (!members.has(edge.to)) continue;
      if (edge.to === first) {
        const cycle = [node];
        while (cycle[0] !== first) cycle.unshift(cameFrom.get(cycle[0]!)!);
        return { cycle, step: node, choice: edge.choice };
      }
      if (!cameFrom.has(edge.to)) {
        cameFrom.set(edge.to, node);
        queue.push(edge.to);
      }
    }
  }
  // Unreachable: a strongly connected component always has a way back to each member.
  throw new Error('loop without a way back');
}

/**
 * Analyses one guide as the editor has it (raw JSON). Never throws on any input: a value
 * that is not a guide gives an analysis with a `no-steps` issue.
 */
export function analyzeGuide(raw: unknown, options: AnalyzeOptions = {}): GuideAnalysis {
  const guideIndex = options.index ?? 0;
  const base = `guides[${guideIndex}]`;
  const maxPaths = options.maxPaths ?? MAX_PATHS;
  const rawGuide = isObject(raw) ? raw : {};
  const rawSteps = rawList(rawGuide, 'steps');
  const { guide, problems } = readOne(rawGuide, options.places ?? new Set());
  const stepPath = (index: number) => `${base}.steps[${index}]`;

  // What the validator said about the steps, by raw index.
  const issues: GuideIssue[] = [];
  const duplicates = new Set<number>();
  const deadEnds: GuideIssue[] = [];
  const unreachable = new Set<number>();
  const noAdvice = new Set<number>();
  let startIssue: GuideIssue | undefined;
  for (const problem of problems) {
    if (problem.path === 'guides[0].start') {
      if (problem.code === 'guide.start.missing') startIssue = { kind: 'start', reason: 'missing', path: `${base}.start` };
      if (problem.code === 'guide.start.unknown-step') {
        const target = readId(new Context('nl'), own(rawGuide, 'start'), '', 'guide');
        startIssue = { kind: 'start', reason: 'unknown', path: `${base}.start`, ...(target === undefined ? {} : { target }) };
      }
      continue;
    }
    const match = STEP_PATH.exec(problem.path.replace(/\.id$/, ''));
    if (!match) continue;
    const step = Number(match[1]);
    const choice = match[2] === undefined ? undefined : Number(match[2]);
    if (problem.code === 'id.duplicate' && problem.path.endsWith('.id') && choice === undefined) duplicates.add(step);
    else if (problem.code === 'guide.question.no-choices' && choice === undefined) {
      deadEnds.push({ kind: 'dead-end', reason: 'no-choices', path: stepPath(step), step });
    } else if (choice !== undefined && match[3] && problem.code === 'item.required') {
      deadEnds.push({ kind: 'dead-end', reason: 'no-next', path: `${stepPath(step)}.choices[${choice}]`, step, choice });
    } else if (choice !== undefined && match[3] && problem.code === 'guide.choice.unknown-step') {
      deadEnds.push({ kind: 'dead-end', reason: 'unknown-step', path: `${stepPath(step)}.choices[${choice}]`, step, choice });
    } else if (problem.code === 'guide.step.unreachable' && choice === undefined) unreachable.add(step);
    else if (problem.code === 'guide.step.no-advice' && choice === undefined) noAdvice.add(step);
  }

  const scratch = new Context('nl');
  const { ids, kept } = matchSteps(rawSteps, guide, duplicates, scratch);
  const steps: StepSummary[] = rawSteps.map((entry, index) => {
    const rawStep = isObject(entry) ? entry : {};
    const type = own(rawStep, 'type');
    const known = type === 'question' || type === 'advice' ? type : 'unknown';
    return {
      index,
      id: ids[index]!,
      type: known,
      label: labelOf(rawStep, known === 'advice' ? 'title' : 'text'),
      path: stepPath(index),
      usable: kept.has(index),
    };
  });
  const byId = new Map<string, number>();
  for (const [index, step] of kept) byId.set(step.id, index);

  // A choice to a step that exists but was left out (its text is still empty, say) is not
  // "a step that does not exist" for the editor who just added it.
  for (const issue of deadEnds) {
    if (issue.kind !== 'dead-end' || issue.reason !== 'unknown-step' || issue.choice === undefined) continue;
    const rawStep = rawSteps[issue.step];
    const choices = isObject(rawStep) ? rawList(rawStep, 'choices') : [];
    const rawChoice = choices[issue.choice];
    const target = isObject(rawChoice) ? readId(scratch, own(rawChoice, 'next'), '', 'choice') : undefined;
    const exists = target !== undefined && ids.includes(target);
    Object.assign(issue, { reason: exists ? 'incomplete-step' : 'unknown-step', ...(target === undefined ? {} : { target }) });
  }

  // The graph of the usable steps, with raw choice indexes. The validator keeps a choice
  // when it has a label and leads to a kept step; the same test here.
  const edges = new Map<number, Array<{ choice: number; to: number }>>();
  for (const [index] of kept) {
    const rawStep = rawSteps[index] as JsonObject;
    const out: Array<{ choice: number; to: number }> = [];
    rawList(rawStep, 'choices').forEach((choice, choiceIndex) => {
      if (!isObject(choice) || labelOf(choice, 'label') === '') return;
      const next = readId(scratch, own(choice, 'next'), '', 'choice');
      const to = next === undefined ? undefined : byId.get(next);
      if (to !== undefined) out.push({ choice: choiceIndex, to });
    });
    edges.set(index, out);
  }

  const start = guide && guide.steps.length > 0 ? byId.get(guide.start) : undefined;
  if (start === undefined) issues.push({ kind: 'no-steps', path: `${base}.steps` });
  else if (startIssue) issues.push(startIssue);

  // Paths: depth first from the start, ending at the first advice. A choice back onto the
  // path is a loop (reported below, once per loop), not a path.
  const paths: AdvicePath[] = [];
  let truncated = false;
  if (start !== undefined) {
    // Iteratively: a guide of thousands of questions in one chain must not overflow the stack.
    let visits = 0;
    const legs: PathLeg[] = [];
    const onPath = new Set<number>([start]);
    const stack: Array<{ node: number; next: number }> = [{ node: start, next: 0 }];
    if (kept.get(start)!.type === 'advice') paths.push({ legs: [{ step: start }] });
    else {
      while (stack.length > 0) {
        const frame = stack[stack.length - 1]!;
        const out = edges.get(frame.node) ?? [];
        if (frame.next >= out.length) {
          stack.pop();
          onPath.delete(frame.node);
          legs.pop();
          continue;
        }
        const edge = out[frame.next++]!;
        if (onPath.has(edge.to)) continue;
        if (++visits > MAX_VISITS) {
          truncated = true;
          break;
        }
        if (kept.get(edge.to)!.type === 'advice') {
          if (paths.length >= maxPaths) {
            truncated = true;
            break;
          }
          paths.push({ legs: [...legs, { step: frame.node, choice: edge.choice }, { step: edge.to }] });
          continue;
        }
        legs.push({ step: frame.node, choice: edge.choice });
        onPath.add(edge.to);
        stack.push({ node: edge.to, next: 0 });
      }
    }
  }

  // Loops among questions only (advice ends a path), in the order of the steps.
  const order = [...kept.keys()];
  const questionEdges = new Map([...edges].filter(([index]) => kept.get(index)!.type === 'question'));
  for (const component of findLoops(questionEdges, order)) {
    const { cycle, step, choice } = cycleIn(component, questionEdges, order);
    issues.push({ kind: 'loop', path: `${stepPath(step)}.choices[${choice}]`, step, choice, cycle });
  }

  issues.push(...deadEnds);
  for (const step of unreachable) issues.push({ kind: 'unreachable', path: stepPath(step), step });
  for (const step of noAdvice) issues.push({ kind: 'no-advice', path: stepPath(step), step });
  for (const [index, step] of kept) {
    if (step.type === 'advice' && step.contacts.length === 0) {
      issues.push({ kind: 'no-contact', path: `${stepPath(index)}.contacts`, step: index });
    }
  }
  return { start, steps, paths, truncated, issues };
}

/** The ids of the feed's places, read as the validator reads ids. */
export function placeIds(doc: unknown): Set<string> {
  const ids = new Set<string>();
  const places = isObject(doc) ? own(doc, 'places') : undefined;
  if (!Array.isArray(places)) return ids;
  const scratch = new Context('nl');
  for (const place of places) {
    const id = isObject(place) ? readId(scratch, own(place, 'id'), '', 'place') : undefined;
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** Each guide of a feed, analysed; `places` defaults to the feed's own. */
export function analyzeGuides(doc: unknown, places: ReadonlySet<string> = placeIds(doc)): GuideAnalysis[] {
  const guides = isObject(doc) ? own(doc, 'guides') : undefined;
  if (!Array.isArray(guides)) return [];
  return guides.map((guide, index) => analyzeGuide(guide, { index, places }));
}

/** The problem code of an advice without a contact; the studio's own, `validateFeed` does not know it. */
export const NO_CONTACT_CODE = 'studio.guide.advice.no-contact';

/**
 * What the guides' overview finds that `validateFeed` does not report, as problems for the
 * studio's error summary and the save section (dead ends, loops among questions,
 * unreachable steps and the start are already among `validateFeed`'s problems).
 */
export function guideProblems(doc: unknown, places?: ReadonlySet<string>): FeedProblem[] {
  const problems: FeedProblem[] = [];
  for (const analysis of analyzeGuides(doc, places)) {
    for (const issue of analysis.issues) {
      if (issue.kind !== 'no-contact') continue;
      const step = analysis.steps[issue.step]!;
      problems.push({
        severity: 'warning',
        code: NO_CONTACT_CODE,
        path: issue.path,
        message: `${step.label ? `Bij het advies "${step.label}"` : 'Bij dit advies'} staat geen contact. Zet er een plek of een persoon bij, zodat de bezoeker weet bij wie hij terecht kan.`,
      });
    }
  }
  return problems;
}
