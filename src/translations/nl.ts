/**
 * Dutch (B1): the source of every string the kit shows. Other languages implement
 * `Translation`, so a missing string is a type error, not a blank on a resident's screen.
 * The strings live in one module per element (nl/map.ts, nl/guide.ts, nl/signup.ts), plus
 * the ones all share (nl/common.ts) and the opening-hours words (nl/hours.ts): the registry
 * has only the common ones built in and each element imports its own, so a page with one
 * element does not download the Dutch of the other two. This is the whole table, for its
 * type and for code that wants every Dutch string at once.
 */
import common from './nl/common.js';
import guide from './nl/guide.js';
import hours from './nl/hours.js';
import map from './nl/map.js';
import signup from './nl/signup.js';

const nl = { ...common, ...hours, ...map, ...guide, ...signup };

export type Translation = typeof nl;
export default nl;
