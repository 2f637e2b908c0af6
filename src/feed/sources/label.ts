/**
 * Text from outside the feed's checks that is shown as a name: a file name, a spreadsheet's
 * `bron` or `wijk` cell, a source's label after "Bron:". Its own module, so only the code
 * that reads other sources (csv, read, merge: chunks of their own) carries the name checks
 * with it; detect.ts stays small for the loader.
 */
import { Context } from '../validate/context.js';
import { readName } from '../validate/values.js';

/**
 * `text` cleaned as the feed's names are: no control or bidi characters, trimmed, at most 300
 * characters. Undefined when nothing visible is left.
 */
export function plainLabel(text: string): string | undefined {
  return readName(new Context('nl'), text, '');
}
