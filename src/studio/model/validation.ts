/**
 * What the studio checks: validateFeed's problems and the plain-language warnings, in one
 * list, with a plain copy of each problem (the validator formats `message` when it is read,
 * through a getter; a plain object can cross to and from a Worker).
 */
// The Dutch messages: without them a problem's message is its code.
import '../../feed/messages.js';
import { checkPlainLanguage } from '../../feed/plain-language.js';
import type { Feed, FeedProblem } from '../../feed/types.js';
import { validateFeed } from '../../feed/validate.js';
import type { JsonObject } from './json-path.js';

export interface Checked {
  feed: Feed;
  problems: FeedProblem[];
}

/** Checks a raw feed as the studio shows it: errors first, then warnings, each in path order of the file. */
export function checkDoc(doc: JsonObject): Checked {
  const { feed, problems } = validateFeed(doc);
  const all: FeedProblem[] = problems.map((problem) => ({ ...problem, message: problem.message }));
  // The validator already warns about some texts; a second warning with the same code at the same place adds nothing.
  const seen = new Set(all.map((problem) => `${problem.code} ${problem.path}`));
  for (const warning of checkPlainLanguage(doc)) {
    if (!seen.has(`${warning.code} ${warning.path}`)) all.push(warning);
  }
  const rank = (problem: FeedProblem) => (problem.severity === 'error' ? 0 : 1);
  all.sort((a, b) => rank(a) - rank(b));
  return { feed, problems: all };
}

/** How a store gets its checks: at once on the main thread, or from a Worker. */
export type Checker = (doc: JsonObject) => Promise<Checked>;

/** The main-thread checker. */
export const checkHere: Checker = (doc) => Promise.resolve(checkDoc(doc));
