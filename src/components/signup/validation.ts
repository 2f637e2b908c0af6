/**
 * Checks for the sign-up form, Lion-style: each check returns a code (or `null` when the
 * value is fine) and the element turns codes into words with its translation table, so a
 * new language is one table and the receiver can send back the same codes.
 * Pure functions: no DOM, so the reference receiver's rules can be read next to these.
 */

import { isEmail } from '../../feed/links.js';
import { MAX_LENGTH, type ErrorCode, type SignupField, type SignupValues } from './values.js';

export { DAY_PARTS, MAX_LENGTH, SIGNUP_FIELDS, emptyValues } from './values.js';
export type { DayPart, ErrorCode, SignupField, SignupValues } from './values.js';

export type FieldErrors = Partial<Record<SignupField, ErrorCode>>;

/**
 * A name as typed, with outer and doubled spaces removed. Any script is fine: 't Hooft,
 * İlknur Çelik, محمد, Nguyễn. Only a name without a single letter is refused.
 */
export function normalizeName(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export function checkName(value: string): ErrorCode | null {
  const name = normalizeName(value);
  if (name === '') return 'required';
  if (name.length > MAX_LENGTH.name) return 'tooLong';
  if (!/\p{L}/u.test(name)) return 'invalid';
  return null;
}

/**
 * A deliberately loose e-mail check (something@domain.tld, no spaces): stricter rules
 * refuse real addresses, and the initiative will answer the mail anyway.
 */
export function checkEmail(value: string): ErrorCode | null {
  const email = value.trim();
  if (email === '') return null;
  if (email.length > MAX_LENGTH.email) return 'tooLong';
  return isEmail(email) ? null : 'invalid';
}

/**
 * A phone number in international form (E.164, "+31612345678"), or `null` when it is not
 * one. Accepts how people write Dutch numbers: 06-12345678, 06 1234 5678, (073) 123 45 67,
 * +31 6 12345678, +31 (0)6 12345678, 0031 6 12345678, and other countries with + or 00.
 */
export function normalizePhone(value: string): string | null {
  let text = value.trim();
  if (text === '') return null;
  // "+31 (0)6 …": the (0) is the Dutch trunk prefix that is dropped after the country code.
  text = text.replace(/\(0\)/gu, '');
  if (!/^[+(\d][\d\s\-./()]*$/u.test(text)) return null;
  let digits = text.replace(/[\s\-./()]/gu, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  else if (digits.startsWith('00')) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = `31${digits.slice(1)}`;
  else return null;
  if (!/^\d+$/u.test(digits)) return null;
  if (digits.startsWith('31')) {
    // A Dutch number has nine digits after the country code (a stray trunk 0 is tolerated).
    let national = digits.slice(2);
    if (national.startsWith('0')) national = national.slice(1);
    return /^[1-9]\d{8}$/u.test(national) ? `+31${national}` : null;
  }
  return digits.length >= 8 && digits.length <= 15 && !digits.startsWith('0') ? `+${digits}` : null;
}

export function checkPhone(value: string): ErrorCode | null {
  if (value.trim() === '') return null;
  if (value.length > MAX_LENGTH.phone) return 'tooLong';
  return normalizePhone(value) === null ? 'invalid' : null;
}

/**
 * A Dutch postcode as PostNL writes it ("1234 AB"), or `null`. Accepts "1234ab",
 * "1234 ab", "1234-AB". Postcodes never start with 0 and never use SA, SD or SS.
 */
export function normalizePostcode(value: string): string | null {
  const match = /^\s*([1-9]\d{3})[\s-]*([a-zA-Z]{2})\s*$/u.exec(value);
  if (!match) return null;
  const letters = match[2]!.toUpperCase();
  if (letters === 'SA' || letters === 'SD' || letters === 'SS') return null;
  return `${match[1]} ${letters}`;
}

export function checkPostcode(value: string): ErrorCode | null {
  if (value.trim() === '') return null;
  return normalizePostcode(value) === null ? 'invalid' : null;
}

export function checkLength(value: string, max: number): ErrorCode | null {
  return value.trim().length > max ? 'tooLong' : null;
}

/** Which parts of the form are shown, so hidden fields are never checked. */
export interface FormShape {
  /** True when the feed lists tasks: then at least one must be chosen. */
  opportunities: boolean;
  area: boolean;
  talents: boolean;
  message: boolean;
}

/** Every problem with the form, per field, in form order. Empty when it can be sent. */
export function validateSignup(values: SignupValues, shape: FormShape): FieldErrors {
  const errors: FieldErrors = {};
  const set = (field: SignupField, code: ErrorCode | null): void => {
    if (code) errors[field] = code;
  };
  if (shape.opportunities && values.opportunities.length === 0) set('opportunities', 'required');
  set('name', checkName(values.name));
  const email = checkEmail(values.email);
  const phone = checkPhone(values.phone);
  if (values.email.trim() === '' && values.phone.trim() === '') set('email', 'contactRequired');
  set('email', email);
  set('phone', phone);
  if (shape.area) {
    set('area', checkLength(values.area, MAX_LENGTH.area));
    set('postcode', checkPostcode(values.postcode));
  }
  if (shape.talents) set('talentsOther', checkLength(values.talentsOther, MAX_LENGTH.talentsOther));
  if (!values.ageConfirmed) set('ageConfirmed', 'required');
  if (shape.message) set('message', checkLength(values.message, MAX_LENGTH.message));
  if (!values.consent) set('consent', 'required');
  return errors;
}
