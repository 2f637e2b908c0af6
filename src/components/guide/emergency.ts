import type { EmergencyLines, HelpLine } from '../../feed/types.js';

/**
 * The always-visible help line. A guide may bring its own lines; otherwise the Dutch
 * national ones are used, so a worried resident never sees a guide without them.
 */

/** Danger now, in the Netherlands and the rest of the EU. */
export const DANGER_PHONE = '112';

/** Veilig Thuis: free, day and night, anonymous if you want. */
export const HELPLINE_PHONE = '0800-2000';

/** A `tel:` URL for a number as an editor writes it ("0800-2000", "+31 (0)73 123 45 67"); undefined when nothing is dialable. */
export function telHref(phone: string | undefined): string | undefined {
  if (typeof phone !== 'string') return undefined;
  let number = phone.trim();
  // "+31 (0)73 …": the "(0)" is for dialling inside the country and breaks the international form.
  number = number.replace(/\(0\)/g, '');
  const digits = number.replace(/\D/g, '');
  if (digits === '') return undefined;
  return number.startsWith('+') ? `tel:+${digits}` : `tel:${digits}`;
}

/** A help line from the feed when it has a dialable number, else undefined (the default is used). */
function usable(line: HelpLine | undefined): HelpLine | undefined {
  return line && typeof line.phone === 'string' && telHref(line.phone) ? line : undefined;
}

/** The lines a guide shows: its own where usable, each missing one filled in by the default. */
export function emergencyLines(lines: EmergencyLines | undefined): { danger?: HelpLine; helpline?: HelpLine } {
  return { danger: usable(lines?.danger), helpline: usable(lines?.helpline) };
}
