/**
 * The text of a download. Keys keep the order they have in the draft (the order of the file
 * that was opened; json-path appends new keys), so a diff of two saves shows only what the
 * editor changed. The indentation and final newline of the opened file are kept, so opening
 * a file and saving it without changes gives the same bytes back (for a file written by
 * JSON.stringify, as buurtkit convert and the studio write them). `updated` is set only when
 * something changed.
 */
import { setAt, type JsonObject } from './json-path.js';

export interface TextFormat {
  /** What JSON.stringify indents with: 2, 4, '\t', or 0 for one line. */
  indent: number | string;
  /** Whether the text ends with a newline. */
  newline: boolean;
}

/** How the studio writes a new feed: two spaces and a final newline. */
export const DEFAULT_FORMAT: TextFormat = { indent: 2, newline: true };

/** The format of a JSON text: its indentation (from the first indented line) and final newline. */
export function formatOf(text: string): TextFormat {
  const body = text.replace(/^\uFEFF/, '');
  const indent = /\n([ \t]+)\S/.exec(body)?.[1];
  return {
    indent: indent === undefined ? (/\n/.test(body.trim()) ? 2 : 0) : indent.startsWith('\t') ? '\t' : indent.length,
    newline: /\n$/.test(body),
  };
}

/**
 * `updated` for a save now: the same form as before (a date, or a date and time) and a date
 * when there was none. Times are written in UTC ("Z") so two editors' files compare.
 */
export function updatedValue(previous: unknown, now: Date): string {
  if (typeof previous === 'string' && previous.includes('T')) return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return now.toISOString().slice(0, 10);
}

export interface SerializeOptions {
  /** True when the draft differs from what was opened: only then `updated` changes. */
  changed: boolean;
  format?: TextFormat;
  now?: Date;
}

/** The draft as the text of buurt.json. */
export function serializeFeed(doc: JsonObject, { changed, format = DEFAULT_FORMAT, now = new Date() }: SerializeOptions): string {
  const out = changed ? setAt(doc, 'updated', updatedValue(doc.updated, now)) : doc;
  return JSON.stringify(out, null, format.indent) + (format.newline ? '\n' : '');
}
