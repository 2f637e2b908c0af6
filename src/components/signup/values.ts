/**
 * The shape of the sign-up form: what it holds and which fields can carry an error. Kept
 * apart from the checks in `validation.ts`, because the element needs these to draw the
 * form and keep a draft before it has fetched the code that checks and sends.
 */

/** Why a field is not accepted. Translation keys are built from field + code. */
export type ErrorCode = 'required' | 'invalid' | 'tooLong' | 'contactRequired';

/** Fields that can carry an error, in the order they appear on the form. */
export const SIGNUP_FIELDS = [
  'opportunities',
  'name',
  'email',
  'phone',
  'area',
  'postcode',
  'talents',
  'talentsOther',
  'availability',
  'languages',
  'ageConfirmed',
  'message',
  'consent',
] as const;
export type SignupField = (typeof SIGNUP_FIELDS)[number];

/** Longest accepted value per free-text field; generous, but a form is not a file upload. */
export const MAX_LENGTH = {
  name: 200,
  email: 254,
  phone: 40,
  area: 200,
  postcode: 20,
  talentsOther: 500,
  message: 2000,
} as const;

/** Dagdelen (parts of the day) of the availability grid, in order. */
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

/** What the person filled in, as the form keeps it (also the shape of the saved draft). */
export interface SignupValues {
  opportunities: string[];
  name: string;
  email: string;
  phone: string;
  area: string;
  postcode: string;
  talents: string[];
  talentsOther: string;
  availability: string[];
  languages: string[];
  ageConfirmed: boolean;
  message: string;
  consent: boolean;
  /** The honeypot: people never see it, so it stays empty unless a bot fills it. */
  website: string;
}

export function emptyValues(): SignupValues {
  return {
    opportunities: [],
    name: '',
    email: '',
    phone: '',
    area: '',
    postcode: '',
    talents: [],
    talentsOther: '',
    availability: [],
    languages: [],
    ageConfirmed: false,
    message: '',
    consent: false,
    website: '',
  };
}
