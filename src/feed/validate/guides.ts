import type { AdviceStep, EmergencyLines, Guide, GuideChoice, GuideContact, GuideStep, HelpLine, QuestionStep } from '../types.js';
import { IdRegistry, own, readList, type Context, type JsonObject } from './context.js';
import { readFields, readKeyedList } from './keyed.js';
import { readContactFields } from './places.js';
import {
  LIMITS,
  missing,
  readId,
  readItem,
  readLocalized,
  readObject,
  readRequiredId,
} from './values.js';

/** A step as read, with where each of its choices sits in the feed for later reports. */
interface ReadStep {
  step: GuideStep;
  path: string;
  choicePaths: string[];
}

function readChoices(ctx: Context, value: unknown, path: string): Array<{ choice: GuideChoice; path: string }> {
  return readList(ctx, value, path, 'choice', (entry, entryPath) => {
    const raw = readItem(ctx, entry, entryPath);
    if (!raw) return undefined;
    const label = readLocalized(ctx, own(raw, 'label'), `${entryPath}.label`, { max: LIMITS.short });
    if (label === undefined) return missing(ctx, entryPath, 'label', 'choice');
    const next = readId(ctx, own(raw, 'next'), `${entryPath}.next`, 'choice');
    if (next === undefined) return missing(ctx, entryPath, 'next', 'choice');
    return { choice: { label, next }, path: entryPath };
  });
}

function readGuideContact(ctx: Context, raw: JsonObject, path: string, places: ReadonlySet<string>): GuideContact | undefined {
  const rawType = own(raw, 'type');
  // An editor who writes { "place": "cjg" } means a place; without `place`, an inline contact.
  const type = rawType === undefined || rawType === null ? (own(raw, 'place') !== undefined ? 'place' : 'inline') : rawType;
  if (type === 'place') {
    const place = readId(ctx, own(raw, 'place'), `${path}.place`, 'contact');
    if (place === undefined) return missing(ctx, path, 'place', 'contact');
    if (!places.has(place)) {
      ctx.report('reference.unknown-place', `${path}.place`, { id: place, item: 'contact' });
      return undefined;
    }
    const note = readLocalized(ctx, own(raw, 'note'), `${path}.note`);
    return note === undefined ? { type: 'place', place } : { type: 'place', place, note };
  }
  if (type === 'inline') {
    const name = readLocalized(ctx, own(raw, 'name'), `${path}.name`, { name: true, max: LIMITS.short });
    if (name === undefined) return missing(ctx, path, 'name', 'contact');
    const contact: GuideContact = { type: 'inline', name, ...readContactFields(ctx, raw, path) };
    const description = readLocalized(ctx, own(raw, 'description'), `${path}.description`);
    if (description !== undefined) contact.description = description;
    return contact;
  }
  ctx.report('guide.contact.type-invalid', `${path}.type`, { value: ctx.preview(type), item: 'contact' });
  return undefined;
}

function readStep(ctx: Context, entry: unknown, path: string, places: ReadonlySet<string>): ReadStep | undefined {
  const raw = readItem(ctx, entry, path);
  if (!raw) return undefined;
  const rawType = own(raw, 'type');
  if (rawType === undefined || rawType === null || rawType === '') return missing(ctx, path, 'type', 'step');
  if (rawType !== 'question' && rawType !== 'advice') {
    ctx.report('guide.step.type-invalid', `${path}.type`, { value: ctx.preview(rawType), item: 'step' });
    return undefined;
  }
  const id = readRequiredId(ctx, raw, path, 'step');
  if (id === undefined) return undefined;
  const choices = readChoices(ctx, own(raw, 'choices'), `${path}.choices`);

  if (rawType === 'question') {
    const text = readLocalized(ctx, own(raw, 'text'), `${path}.text`);
    if (text === undefined) return missing(ctx, path, 'text', 'step');
    const step: QuestionStep = {
      type: 'question',
      id,
      text,
      choices: choices.map((c) => c.choice),
      ...readFields<QuestionStep>(ctx, raw, path, { help: readLocalized }),
    };
    return { step, path, choicePaths: choices.map((c) => c.path) };
  }

  const title = readLocalized(ctx, own(raw, 'title'), `${path}.title`, { max: LIMITS.short });
  if (title === undefined) return missing(ctx, path, 'title', 'step');
  const step: AdviceStep = {
    type: 'advice',
    id,
    title,
    actions: readList(ctx, own(raw, 'actions'), `${path}.actions`, 'action', (action, actionPath) =>
      readLocalized(ctx, action, actionPath),
    ),
    contacts: readList(ctx, own(raw, 'contacts'), `${path}.contacts`, 'contact', (contact, contactPath) => {
      const rawContact = readItem(ctx, contact, contactPath);
      return rawContact && readGuideContact(ctx, rawContact, contactPath, places);
    }),
    choices: choices.map((c) => c.choice),
  };
  const text = readLocalized(ctx, own(raw, 'text'), `${path}.text`);
  if (text !== undefined) step.text = text;
  return { step, path, choicePaths: choices.map((c) => c.path) };
}

function readHelpLine(ctx: Context, emergency: JsonObject, key: 'danger' | 'helpline', emergencyPath: string): HelpLine | undefined {
  const path = `${emergencyPath}.${key}`;
  const raw = readObject(ctx, own(emergency, key), path);
  if (!raw) return missing(ctx, emergencyPath, key, 'helpline');
  const label = readLocalized(ctx, own(raw, 'label'), `${path}.label`, { name: true, max: LIMITS.short });
  if (label === undefined) return missing(ctx, path, 'label', 'helpline');
  const { phone } = readContactFields(ctx, { phone: own(raw, 'phone') }, path);
  if (phone === undefined) return missing(ctx, path, 'phone', 'helpline');
  return { label, phone, ...readFields<HelpLine>(ctx, raw, path, { description: readLocalized }) };
}

/** Both lines, or none: the element then shows its built-in 112 and Veilig Thuis. */
function readEmergency(ctx: Context, value: unknown, path: string): EmergencyLines | undefined {
  const raw = readObject(ctx, value, path);
  if (!raw) return undefined;
  const danger = readHelpLine(ctx, raw, 'danger', path);
  const helpline = readHelpLine(ctx, raw, 'helpline', path);
  if (danger && helpline) return { danger, helpline };
  ctx.report('guide.emergency.invalid', path);
  return undefined;
}

/**
 * Checks the guide as a graph, so no visitor ends up somewhere without a way on:
 * choices into nothing are dropped, and loops, dead ends and unreachable steps reported.
 */
function checkGraph(ctx: Context, steps: ReadStep[], rawStart: unknown, guidePath: string): string {
  const byId = new Map(steps.map((entry) => [entry.step.id, entry]));
  for (const entry of steps) {
    const kept: GuideChoice[] = [];
    const keptPaths: string[] = [];
    entry.step.choices.forEach((choice, index) => {
      const choicePath = entry.choicePaths[index]!;
      if (byId.has(choice.next)) {
        kept.push(choice);
        keptPaths.push(choicePath);
      } else ctx.report('guide.choice.unknown-step', `${choicePath}.next`, { step: choice.next, item: 'choice' });
    });
    entry.step.choices = kept;
    entry.choicePaths = keptPaths;
    if (entry.step.type === 'question' && kept.length === 0) ctx.report('guide.question.no-choices', entry.path);
  }

  const first = steps[0]!.step.id;
  let start = first;
  const startId = rawStart === undefined || rawStart === null ? undefined : readId(ctx, rawStart, `${guidePath}.start`, 'guide');
  if (startId === undefined) ctx.report('guide.start.missing', `${guidePath}.start`, { first });
  else if (!byId.has(startId)) ctx.report('guide.start.unknown-step', `${guidePath}.start`, { step: startId, first });
  else start = startId;

  // Depth-first from the start, iteratively: a guide of thousands of steps in one long
  // chain must not overflow the call stack. A loop that passes an advice step is a
  // normal "ask something else" link; a loop of questions only is worth a warning.
  // Each frame counts the advice steps on the stack up to and including itself, so whether a
  // loop passes one is a subtraction: copying the loop's part of the stack for every link
  // back took time squared (50,000 questions that each link back to the first: 28 s).
  const state = new Map<string, 'open' | 'done'>();
  const frameOf = (entry: ReadStep, below: number): { entry: ReadStep; next: number; advice: number } => ({
    entry,
    next: 0,
    advice: below + (entry.step.type === 'advice' ? 1 : 0),
  });
  const stack = [frameOf(byId.get(start)!, 0)];
  const depth = new Map<string, number>([[start, 0]]);
  state.set(start, 'open');
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const choices = frame.entry.step.choices;
    if (frame.next >= choices.length) {
      state.set(frame.entry.step.id, 'done');
      stack.pop();
      continue;
    }
    const index = frame.next++;
    const target = choices[index]!.next;
    const seen = state.get(target);
    if (seen === 'open') {
      // The loop is the stack from the target's frame to this one.
      const from = depth.get(target)!;
      const advice = frame.advice - (from > 0 ? stack[from - 1]!.advice : 0);
      if (advice === 0) ctx.report('guide.cycle', `${frame.entry.choicePaths[index]}.next`, { step: target });
    } else if (seen === undefined) {
      state.set(target, 'open');
      depth.set(target, stack.length);
      stack.push(frameOf(byId.get(target)!, frame.advice));
    }
  }

  // Which steps can lead to advice: walk the choices backwards from every advice step.
  const incoming = new Map<string, string[]>();
  for (const { step } of steps) {
    for (const choice of step.choices) {
      const list = incoming.get(choice.next) ?? [];
      list.push(step.id);
      incoming.set(choice.next, list);
    }
  }
  const leadsToAdvice = new Set<string>();
  const queue = steps.filter(({ step }) => step.type === 'advice').map(({ step }) => step.id);
  for (const id of queue) leadsToAdvice.add(id);
  while (queue.length > 0) {
    for (const from of incoming.get(queue.pop()!) ?? []) {
      if (!leadsToAdvice.has(from)) {
        leadsToAdvice.add(from);
        queue.push(from);
      }
    }
  }

  for (const { step, path } of steps) {
    if (!state.has(step.id)) ctx.report('guide.step.unreachable', path);
    else if (step.type === 'question' && step.choices.length > 0 && !leadsToAdvice.has(step.id)) {
      ctx.report('guide.step.no-advice', path);
    }
  }
  return start;
}

/**
 * Guides. A guide without steps is kept, empty and reported: the element can then still
 * show its title, a plain notice and — above all — the emergency lines.
 */
export function readGuides(ctx: Context, value: unknown, path: string, places: ReadonlySet<string>): Guide[] {
  return readKeyedList(ctx, value, path, 'guide', 'title', ({ raw, id, name: title }, entryPath) => {

    const stepIds = new IdRegistry();
    const steps = readList(ctx, own(raw, 'steps'), `${entryPath}.steps`, 'step', (step, stepPath) => {
      const read = readStep(ctx, step, stepPath, places);
      if (!read || stepIds.taken(ctx, read.step.id, `${stepPath}.id`, 'step')) return undefined;
      stepIds.add(read.step.id);
      return read;
    });

    let start = '';
    if (steps.length === 0) ctx.report('guide.no-steps', `${entryPath}.steps`);
    else start = checkGraph(ctx, steps, own(raw, 'start'), entryPath);

    const guide: Guide = { id, title, start, steps: steps.map((s) => s.step) };
    const intro = readLocalized(ctx, own(raw, 'intro'), `${entryPath}.intro`);
    if (intro !== undefined) guide.intro = intro;
    const emergency = readEmergency(ctx, own(raw, 'emergency'), `${entryPath}.emergency`);
    if (emergency !== undefined) guide.emergency = emergency;
    return guide;
  });
}
