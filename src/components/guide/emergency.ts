import type { EmergencyLines, HelpLine } from '../../feed/types.js';
import { telHref } from '../../feed/links.js';

/**
 * The always-visible help line. A guide may bring its own lines; otherwise the Dutch
 * national ones are used, so a worried resident never sees a guide without them.
 */

/** Danger now, in the Netherlands and the rest of the EU. */
export const DANGER_PHONE = '112';

/** Veilig Thuis: free, day and night, anonymous if you want. */
export const HELPLINE_PHONE = '0800-2000';

/** A help line from the feed when it has a dialable number, else undefined (the default is used). */
function usable(line: HelpLine | undefined): HelpLine | undefined {
  return line && typeof line.phone === 'string' && telHref(line.phone) ? line : undefined;
}

/** The lines a guide shows: its own where usable, each missing one filled in by the default. */
export function emergencyLines(lines: EmergencyLines | undefined): { danger?: HelpLine; helpline?: HelpLine } {
  return { danger: usable(lines?.danger), helpline: usable(lines?.helpline) };
}
