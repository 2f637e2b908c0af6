/**
 * Sources other than one hand-written JSON feed: spreadsheets (CSV), Open Referral HSDS 3.0
 * and several sources merged into one feed. Pure modules without DOM; the CSV parser is
 * only reached through a dynamic import (`loadCsv`), so importing this costs no CSV code.
 */
export { parseHoursCell, formatHoursCell } from './hours-cell.js';
export type { HoursCellOptions, HoursCellProblem, HoursCellResult } from './hours-cell.js';
export { hsdsToFeed, feedToHsds } from './hsds.js';
export { mergeSources } from './merge.js';
export type { MergeResult, SourceFeed } from './merge.js';
export { readSource } from './read.js';
export { hsdsShape, isCsv, isCsvBody, isWorkbook, looksLikeHtml, fileLabel, CSV_KEY } from './detect.js';
export type { CsvBody } from './detect.js';
export { decodeText } from './decode.js';
export type { Encoding } from './decode.js';
export type { SourceKind, SourceResult, ReadSourceOptions } from './read.js';
export { SOURCE_PROBLEM_SEVERITY, sourceProblem } from './problems.js';
export type { SourceProblemCode } from './problems.js';
export { languageCode, dutchLanguageName } from './languages.js';

/** The spreadsheet reader and writer, loaded on first use (it carries the CSV parser). */
export function loadCsv(): Promise<typeof import('./csv.js')> {
  return import('./csv.js');
}
