import type { ProblemSeverity } from './types.js';

/**
 * Every problem `validateFeed` can report, with its severity.
 *
 * Codes are stable: editors search for them, CI jobs filter on them and `docs/feed.md`
 * explains each one. Add codes; never rename or reuse one.
 *
 * The rule for severity: an *error* means something in the feed is left out (an item,
 * a link, a reference, coordinates); a *warning* means everything still shows, but
 * something looks wrong or was tidied up.
 */
export const PROBLEM_SEVERITY = {
  'feed.not-an-object': 'error',
  'feed.version.missing': 'warning',
  'feed.version.invalid': 'error',
  'feed.version.newer': 'warning',
  'feed.version.older': 'warning',
  'feed.language.invalid': 'warning',
  'feed.updated.invalid': 'warning',
  'publisher.name.missing': 'warning',
  'feed.nothing-to-show': 'error',

  'field.not-a-list': 'error',
  'field.not-an-object': 'error',
  'field.not-text': 'error',
  'field.not-a-number': 'error',
  'field.not-a-boolean': 'warning',
  'number.out-of-range': 'warning',
  'list.too-long': 'error',

  'item.unreadable': 'error',
  'item.required': 'error',
  'id.too-long': 'error',
  'id.duplicate': 'error',
  'id.reserved': 'error',

  'text.too-long': 'warning',
  'text.bidi-control': 'warning',
  'text.control-characters': 'warning',
  'text.language-key': 'warning',
  'language.invalid': 'warning',

  'link.unsafe-scheme': 'error',
  'link.not-web': 'error',
  'link.invalid': 'error',
  'link.no-scheme': 'warning',
  'email.invalid': 'error',
  'email.hidden-headers': 'error',
  'phone.invalid': 'error',
  'color.invalid': 'warning',
  'icon.too-long': 'warning',
  'date.invalid': 'error',

  'reference.unknown-category': 'error',
  'reference.unknown-area': 'error',
  'reference.unknown-place': 'error',

  'area.center.invalid': 'error',
  'area.center.not-a-number': 'error',
  'area.center.out-of-range': 'error',
  'area.center.swapped': 'error',
  'area.zoom.invalid': 'warning',

  'place.kind.invalid': 'error',
  'place.location.invalid': 'error',
  'place.location.not-a-number': 'error',
  'place.location.out-of-range': 'error',
  'place.location.swapped': 'error',
  'place.location.far-away': 'warning',

  'audience.group.unknown': 'warning',
  'audience.age.order': 'warning',

  'hours.day.invalid': 'error',
  'hours.time.invalid': 'error',
  'hours.period.order': 'error',
  'hours.period.overlap': 'warning',
  'hours.exception.duplicate': 'error',
  'hours.exception.closed-with-periods': 'warning',

  'glossary.term.duplicate': 'error',

  'guide.no-steps': 'error',
  'guide.start.missing': 'warning',
  'guide.start.unknown-step': 'error',
  'guide.step.type-invalid': 'error',
  'guide.choice.unknown-step': 'error',
  'guide.question.no-choices': 'error',
  'guide.step.no-advice': 'error',
  'guide.step.unreachable': 'warning',
  'guide.cycle': 'warning',
  'guide.contact.type-invalid': 'error',
  'guide.emergency.invalid': 'error',

  'signup.encoding.invalid': 'warning',

  // Plain Dutch (src/feed/plain-language.ts, run by `buurtkit check`): always warnings.
  'plain.abbreviation': 'warning',
  'plain.sentence-too-long': 'warning',
  'plain.reading-level': 'warning',
} as const satisfies Record<string, ProblemSeverity>;

export type FeedProblemCode = keyof typeof PROBLEM_SEVERITY;

/** Every code, in the order of the table above (the order of `docs/feed.md`). */
export const PROBLEM_CODES = Object.keys(PROBLEM_SEVERITY) as FeedProblemCode[];

/**
 * Values a message may mention. `value` is a short, printable preview of what the feed
 * holds; `item` is an item kind (see `ItemKind`) that each language turns into words.
 */
export interface MessageParams {
  value?: string;
  field?: string;
  item?: ItemKind;
  id?: string;
  max?: number;
  min?: number;
  scheme?: string;
  distance?: number;
  step?: string;
  first?: string;
  /** The sentence a plain-language warning is about. */
  sentence?: string;
  words?: number;
  /** A Flesch–Douma score. */
  score?: number;
}

export type ItemKind =
  | 'feed'
  | 'place'
  | 'area'
  | 'category'
  | 'glossary'
  | 'guide'
  | 'step'
  | 'choice'
  | 'contact'
  | 'opportunity'
  | 'activity'
  | 'talent'
  | 'period'
  | 'exception'
  | 'action'
  | 'helpline'
  | 'value';

type Describe = (code: FeedProblemCode, params: MessageParams, lang: string) => string;

// On globalThis, so a second copy of the kit on the page finds the messages the first loaded.
const describerKey = Symbol.for('buurtkit.feedMessages');
const globalStore = globalThis as unknown as Record<symbol, Describe | undefined>;

/**
 * Installs the function that turns codes into sentences. `messages.ts` calls it when it
 * loads: the message tables are the largest part of validation, and a widget only needs
 * them when a feed has problems, so the elements load them on demand.
 */
export function setProblemDescriber(describe: Describe): void {
  globalStore[describerKey] = describe;
}

/** The sentence for a problem, or its code while no message table is loaded. */
export function describeProblem(code: FeedProblemCode, params: MessageParams, lang: string): string {
  const describe = globalStore[describerKey];
  return describe ? describe(code, params, lang) : code;
}
