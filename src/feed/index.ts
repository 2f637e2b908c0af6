/**
 * `buurtkit/feed`: the feed module on its own. Pure TypeScript with no DOM, so it also
 * runs in Node (the `buurtkit check` command, a CMS build step, a test).
 */
// Problems get sentences, not just codes, for everyone who imports the feed module.
import './messages.js';

export * from './types.js';
export { localize, localizedLanguage } from './text.js';
export { validateFeed } from './validate.js';
export { loadFeed, FeedLoadError } from './load.js';
export type { FeedSnapshot, LoadFeedOptions, FeedErrorCode } from './load.js';
export * from './hours.js';
export * from './search.js';
export * from './glossary.js';
export { checkPlainLanguage } from './plain-language.js';
export type { PlainLanguageOptions } from './plain-language.js';
export { feedMessage, registerFeedMessages, PROBLEM_CODES, PROBLEM_SEVERITY } from './messages.js';
export type { FeedMessageTable, FeedProblemCode, MessageParams } from './messages.js';
// Spreadsheets (CSV), Open Referral HSDS 3.0 and several sources in one feed. The CSV
// parser itself is only reached through `loadCsv()`.
export * from './sources/index.js';
