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
import { guideProblems } from './guide-paths.js';
import type { JsonObject } from './json-path.js';
import { DEFAULT_CENTER } from './new-feed.js';

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
  for (const warning of plainLanguage(doc)) {
    if (!seen.has(`${warning.code} ${warning.path}`)) all.push(warning);
  }
  all.push(...studioWarnings(doc));
  // What the guides' path overview finds and validateFeed does not report (an advice without a
  // contact), counted with the places the check kept, as <buurt-guide> would show them.
  all.push(...guideProblems(doc, new Set(feed.places.map((place) => place.id))));
  const rank = (problem: FeedProblem) => (problem.severity === 'error' ? 0 : 1);
  all.sort((a, b) => rank(a) - rank(b));
  return { feed, problems: all };
}

/**
 * The plain-language warnings are advice: a feed they cannot read (checkPlainLanguage recurses
 * without a depth limit and overflows the stack on test/fixtures/feeds/deeply-nested.json)
 * still gets validateFeed's problems.
 */
function plainLanguage(doc: JsonObject): FeedProblem[] {
  try {
    return checkPlainLanguage(doc);
  } catch {
    return [];
  }
}

/** How a store gets its checks: at once on the main thread, or from a Worker. */
export type Checker = (doc: JsonObject) => Promise<Checked>;

/** The main-thread checker. */
export const checkHere: Checker = (doc) => Promise.resolve(checkDoc(doc));

/**
 * What only the studio knows: an area whose centre is still where the start wizard put it,
 * the middle of the Netherlands, would open the map far from the buurt.
 */
function studioWarnings(doc: JsonObject): FeedProblem[] {
  const areas = Array.isArray(doc.areas) ? doc.areas : [];
  const out: FeedProblem[] = [];
  areas.forEach((area: unknown, index) => {
    const center = typeof area === 'object' && area !== null ? (area as JsonObject).center : undefined;
    if (typeof center === 'object' && center !== null && (center as JsonObject).lat === DEFAULT_CENTER.lat && (center as JsonObject).lng === DEFAULT_CENTER.lng) {
      out.push({
        severity: 'warning',
        code: 'studio.area.center-default',
        path: `areas[${index}].center`,
        message: 'Zet het midden van je buurt op de kaart. Nu staat het nog in het midden van Nederland.',
      });
    }
  });
  return out;
}
