import { normalizeName, normalizePhone, normalizePostcode, type SignupValues } from './validation.js';

/**
 * One sign-up as it is sent to the receiver. Documented field by field in
 * the README ("Sign-up endpoint contract"); keep both in step.
 */
export interface SignupPayload {
  /** UUID made at the first submit; the same on every retry, so a receiver can drop duplicates. */
  id: string;
  /** ISO date-time of the first submit (the device's clock). */
  submittedAt: string;
  /** Ids of the chosen opportunities (tasks) from the feed. */
  opportunities: string[];
  name: string;
  email?: string;
  /** E.164, e.g. "+31612345678". */
  phone?: string;
  /** An area id from the feed, or the neighbourhood as typed when the feed lists no areas. */
  area?: string;
  /** "1234 AB". */
  postcode?: string;
  /** Talent ids from `feed.signup.talents`. */
  talents: string[];
  talentsOther?: string;
  /** Dagdelen as "<weekday>-<part>", e.g. "mo-morning", "sa-evening". */
  availability: string[];
  /** Language codes, e.g. "nl", "ar", "tr". */
  languages: string[];
  ageConfirmed: true;
  message?: string;
  consent: true;
  /** The language the form was shown in. */
  lang: string;
  /** The page the form was on, without its #hash. */
  page: string;
  /** The feed URL (`src`), or "" for a feed given as a property. */
  feed: string;
  /** Milliseconds between the form first showing and the submit: bots are fast. */
  elapsedMs: number;
  /** The honeypot: always "" from a person. */
  website: string;
}

/** A random UUID (v4), also outside a secure context where `crypto.randomUUID` is missing. */
export function createSignupId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface PayloadContext {
  id: string;
  submittedAt: Date;
  lang: string;
  page: string;
  feed: string;
  elapsedMs: number;
}

/** The payload for checked values: text trimmed, phone and postcode normalised, empty optional fields left out. */
export function buildPayload(values: SignupValues, context: PayloadContext): SignupPayload {
  const optional = (text: string): string | undefined => {
    const trimmed = text.trim();
    return trimmed === '' ? undefined : trimmed;
  };
  const payload: SignupPayload = {
    id: context.id,
    submittedAt: context.submittedAt.toISOString(),
    opportunities: [...values.opportunities],
    name: normalizeName(values.name),
    talents: [...values.talents],
    availability: [...values.availability],
    languages: [...values.languages],
    ageConfirmed: true,
    consent: true,
    lang: context.lang,
    page: context.page,
    feed: context.feed,
    elapsedMs: Math.max(0, Math.round(context.elapsedMs)),
    website: values.website,
  };
  const email = optional(values.email);
  if (email) payload.email = email;
  const phone = optional(values.phone);
  if (phone) payload.phone = normalizePhone(phone) ?? phone;
  const area = optional(values.area);
  if (area) payload.area = area;
  const postcode = optional(values.postcode);
  if (postcode) payload.postcode = normalizePostcode(postcode) ?? postcode;
  const talentsOther = optional(values.talentsOther);
  if (talentsOther) payload.talentsOther = talentsOther;
  const message = optional(values.message);
  if (message) payload.message = message;
  return payload;
}

/** Fields sent as repeated keys in the form encoding. */
export const LIST_FIELDS = ['opportunities', 'talents', 'availability', 'languages'] as const;

/**
 * The payload as `application/x-www-form-urlencoded`: lists as repeated keys
 * (`talents=voorlezen&talents=knutselen`), booleans as "true", numbers as digits.
 */
export function encodeForm(payload: SignupPayload): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(payload)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.append(key, String(value));
  }
  return params;
}
