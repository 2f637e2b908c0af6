/**
 * Reading a fetched source — a buurtkit feed, Open Referral HSDS, or a spreadsheet
 * CSV — into a checked feed. Only a CSV source imports the CSV chunk.
 */
import { validateFeed } from '../validate.js';
import type { SourceFeed } from './merge.js';
import { isCsvBody, fileLabel, CSV_KEY } from './detect.js';
import { hsdsToFeed } from './hsds.js';
import { sourceProblem } from './problems.js';
import { plainLabel } from './label.js';

export type SourceKind = 'feed' | 'hsds' | 'csv';

/** One source read and validated: what the merge takes (`SourceFeed`) before it has its URL. */
export interface SourceResult extends Omit<SourceFeed, 'id'> {
  kind: SourceKind;
}

export interface ReadSourceOptions {
  lang?: string;
  /** The year "gesloten op 25-12" starts from. */
  year?: number;
}

/**
 * Reads what came from `url` (parsed JSON, or a CSV body) into a checked feed. Never
 * throws for bad content: every problem is in `problems`.
 */
export async function readSource(json: unknown, url: string, options: ReadSourceOptions = {}): Promise<SourceResult> {
  const lang = options.lang ?? 'nl';
  // The file name is shown after "Bron:" when the source names no publisher: cleaned as a name.
  const name = plainLabel(fileLabel(url)) ?? 'bron';
  if (isCsvBody(json)) {
    const { readSpreadsheet } = await import('./csv.js');
    const result = readSpreadsheet([{ name, text: json[CSV_KEY] }], name, { lang, year: options.year });
    if (json.encoding && json.encoding !== 'utf-8') {
      const label = json.encoding === 'windows-1252' ? 'Windows-1252 (ANSI)' : 'UTF-16';
      result.problems.unshift(sourceProblem('sheet.encoding', name, { sheet: name, encoding: label }, lang));
    }
    return { kind: 'csv', label: name, ...result };
  }
  const hsds = hsdsToFeed(json, lang);
  if (hsds) {
    const result = validateFeed(hsds.json, { lang });
    const label = result.feed.publisher.name || name;
    if (!result.feed.publisher.name) result.feed.publisher = { name: label };
    // The feed has no publisher of its own: that is HSDS, not an editor's omission.
    const problems = [...hsds.problems, ...result.problems.filter((p) => p.code !== 'publisher.name.missing')];
    return { kind: 'hsds', label, feed: result.feed, problems };
  }
  const result = validateFeed(json, { lang });
  return { kind: 'feed', label: result.feed.publisher.name || name, ...result };
}
