/**
 * Phone, e-mail and web links: one set of rules for the validator, the map, the guide and
 * the sign-up form, so an address one of them accepts is never a link another one breaks.
 * Pure: no DOM, so the validator in Node uses the same rules.
 */

/**
 * An e-mail address: something@domain.tld, no spaces. Deliberately loose (stricter rules
 * refuse real addresses), but without the characters that change what a `mailto:` link
 * does: `?` and `&` start headers (bcc, body), `%` hides them encoded, `,` and `;` add
 * recipients, quotes and brackets end attributes in careless host code. An apostrophe
 * stays allowed before the @: O'Brien has a real address.
 */
export const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"?&%]+@[^\s@<>()[\]\\,;:"'?&%/]+\.[\p{L}\p{N}-]{2,}$/u;

/** Longest address the mail standards allow. */
export const MAX_EMAIL_LENGTH = 254;

export function isEmail(text: string): boolean {
  return text.length <= MAX_EMAIL_LENGTH && EMAIL_PATTERN.test(text);
}

/** `mailto:` for a plain address; undefined when it is not one (so nothing can ride along in the link). */
export function mailtoHref(email: string | undefined): string | undefined {
  if (typeof email !== 'string') return undefined;
  const address = email.trim();
  return isEmail(address) ? `mailto:${address}` : undefined;
}

/**
 * A `tel:` URL for a number as an editor writes it ("0800-2000", "+31 (0)73 123 45 67");
 * undefined when fewer than three digits can be dialled (112 has three). The "(0)" after
 * a country code is for dialling inside the country and breaks the international form.
 */
export function telHref(phone: string | undefined): string | undefined {
  if (typeof phone !== 'string') return undefined;
  let number = phone.trim();
  const international = number.startsWith('+');
  if (international) number = number.replace(/\(\s*0\s*\)/g, '');
  const digits = number.replace(/\D/g, '');
  if (digits.length < 3) return undefined;
  return international ? `tel:+${digits}` : `tel:${digits}`;
}

/** The address of a web link when it is http(s) and absolute; anything else gives undefined. */
export function webHref(url: string | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url.trim());
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Headers a `mailto:` may carry from a feed: they only fill in the message, never add recipients. */
const HARMLESS_HEADERS = new Set(['subject', 'body']);

/**
 * Why a written address (with or without "mailto:") would send mail somewhere the reader
 * does not see: a header other than subject/body after "?" (bcc, cc, to …), or a "?", "&",
 * "," or extra "@" hidden percent-encoded in the address itself. Undefined when it is plain.
 */
export function hiddenMailHeaders(text: string): 'header' | 'encoded' | undefined {
  const written = text.trim().replace(/^mailto:/i, '');
  const query = written.indexOf('?');
  const address = query === -1 ? written : written.slice(0, query);
  if (query !== -1) {
    for (const pair of written.slice(query + 1).split('&')) {
      const name = decodeLoosely(pair.split('=')[0] ?? '').trim().toLowerCase();
      if (name !== '' && !HARMLESS_HEADERS.has(name)) return 'header';
    }
  }
  if (address.includes('%')) {
    const decoded = decodeLoosely(address);
    if (/[?&,;]/.test(decoded) || decoded.split('@').length > 2) return 'encoded';
  }
  return undefined;
}

/** `decodeURIComponent`, but a stray "%" leaves the text as it is instead of throwing. */
function decodeLoosely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
