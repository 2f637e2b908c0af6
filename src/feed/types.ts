/**
 * Types of a buurtkit feed, version 1.
 *
 * The feed is one JSON document that all three elements read. Field names follow
 * Open Referral HSDS where a concept matches (organization → place, service_at_location,
 * regular_schedule → `hours.weekly`, holiday_schedule → `hours.exceptions`), written in
 * camelCase because the feed is written by hand by editors, not exported from a database.
 *
 * These are the types of a feed *after* `validateFeed`: every array exists, every id is
 * unique, every link has a safe scheme and every reference points at something real.
 */

/** Major version of the feed format this code reads. */
export const FEED_MAJOR_VERSION = 1;

/** A human-readable text: plain Dutch, or a map of language code → text. */
export type LocalizedText = string | { readonly [lang: string]: string };

/** WGS84 coordinates in decimal degrees. */
export interface LatLng {
  lat: number;
  lng: number;
}

export interface Publisher {
  name: string;
  url?: string;
  email?: string;
  phone?: string;
}

/** A neighbourhood (wijk or buurt). */
export interface Area {
  id: string;
  name: LocalizedText;
  center: LatLng;
  /** Leaflet zoom level that shows the whole area; 15 when absent. */
  zoom: number;
}

export interface Category {
  id: string;
  label: LocalizedText;
  /** A hex colour (#rgb or #rrggbb); anything else is dropped so it cannot inject CSS. */
  color?: string;
  /** A short symbol (one emoji or letter) shown next to the label. */
  icon?: string;
}

/**
 * The study's central distinction: small informal initiatives (a koffie-inloop, a
 * mothers' group), organised volunteer work (Home-Start, MIM) and professional services
 * (CJG, social work, GIT).
 */
export type PlaceKind = 'informal-initiative' | 'volunteer-organisation' | 'professional-service';
export const PLACE_KINDS: readonly PlaceKind[] = [
  'informal-initiative',
  'volunteer-organisation',
  'professional-service',
];

export type AudienceGroup = 'parents' | 'children' | 'youth' | 'everyone';
export const AUDIENCE_GROUPS: readonly AudienceGroup[] = ['parents', 'children', 'youth', 'everyone'];

export interface Audience {
  groups: AudienceGroup[];
  /** Youngest age in years, inclusive. */
  minAge?: number;
  /** Oldest age in years, inclusive. */
  maxAge?: number;
  description?: LocalizedText;
}

export interface Address {
  street?: string;
  postcode?: string;
  city?: string;
  /** A wijk as a spreadsheet names it, when it is not one of the feed's areas. */
  district?: string;
}

/** Ways to reach a place or person. Links are already checked: only safe schemes remain. */
export interface Contact {
  /** As written by the editor, e.g. "073-123 45 67". */
  phone?: string;
  email?: string;
  /** An http(s) URL. */
  website?: string;
}

export type Weekday = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su';
export const WEEKDAYS: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** A time of day in Europe/Amsterdam, "HH:MM", 00:00–24:00. */
export type TimeOfDay = string;

/** A daily period. `closes` after `opens`; "24:00" means midnight at the end of the day. */
export interface TimePeriod {
  opens: TimeOfDay;
  closes: TimeOfDay;
}

/** One weekly period: several may share a day (a morning and an afternoon). */
export interface WeeklyPeriod extends TimePeriod {
  day: Weekday;
}

/**
 * A date that differs from the week: a holiday (closed) or an extra or changed opening.
 * `periods` replaces the weekly periods of that date; `closed: true` means no periods.
 */
export interface DateException {
  /** "YYYY-MM-DD" in Europe/Amsterdam. */
  date: string;
  closed: boolean;
  periods: TimePeriod[];
  note?: LocalizedText;
}

/** When something is open or happens. All times are Europe/Amsterdam. */
export interface Schedule {
  weekly: WeeklyPeriod[];
  exceptions: DateException[];
  /** Free text such as "Op afspraak" when times alone do not say it. */
  note?: LocalizedText;
}

/** A walk-in activity at a place: a koffie-inloop, a play afternoon, a language class. */
export interface Activity {
  name: LocalizedText;
  description?: LocalizedText;
  audience?: Audience;
  schedule: Schedule;
}

export interface Place {
  id: string;
  name: LocalizedText;
  kind: PlaceKind;
  /** Category ids; every id exists in `feed.categories`. */
  categories: string[];
  /** Area ids; every id exists in `feed.areas`. */
  areas: string[];
  description?: LocalizedText;
  audience?: Audience;
  address?: Address;
  /** Absent when the place has no valid coordinates: it still shows in lists. */
  location?: LatLng;
  contact: Contact;
  /** Language codes (BCP 47, e.g. "nl", "ar", "tr") of languages spoken there. */
  languages: string[];
  hours?: Schedule;
  activities: Activity[];
  accessibility?: LocalizedText;
  /** "YYYY-MM-DD": when the editor last checked this entry. */
  lastChecked?: string;
  /** Where the place comes from when a page combines sources (see `mergeSources`). */
  source?: string;
}

/** An abbreviation or a piece of jargon, explained in one plain sentence. */
export interface GlossaryEntry {
  term: string;
  /** Other spellings that should be marked too (e.g. "AMK" for Veilig Thuis). */
  aliases: string[];
  explanation: LocalizedText;
  source?: string;
}

export interface GuideChoice {
  label: LocalizedText;
  /** Id of the next step in the same guide. */
  next: string;
}

export interface QuestionStep {
  type: 'question';
  id: string;
  text: LocalizedText;
  help?: LocalizedText;
  choices: GuideChoice[];
}

/** A contact in an advice step: a place of the feed, or a person or service written inline. */
export type GuideContact =
  | { type: 'place'; place: string; note?: LocalizedText }
  | {
      type: 'inline';
      name: LocalizedText;
      description?: LocalizedText;
      phone?: string;
      email?: string;
      website?: string;
    };

export interface AdviceStep {
  type: 'advice';
  id: string;
  title: LocalizedText;
  text?: LocalizedText;
  /** Concrete things to do, in the order to do them. */
  actions: LocalizedText[];
  contacts: GuideContact[];
  /** Optional ways on from this advice (e.g. "Ik wil nog iets anders weten"). */
  choices: GuideChoice[];
}

export type GuideStep = QuestionStep | AdviceStep;

/** A phone line that is always visible while a guide is open. */
export interface HelpLine {
  label: LocalizedText;
  phone: string;
  description?: LocalizedText;
}

export interface EmergencyLines {
  /** Danger now: 112. */
  danger: HelpLine;
  /** Worries about abuse or neglect: Veilig Thuis 0800-2000. */
  helpline: HelpLine;
}

export interface Guide {
  id: string;
  title: LocalizedText;
  intro?: LocalizedText;
  /** Id of the first step. */
  start: string;
  steps: GuideStep[];
  /** Absent: the element shows its built-in Dutch defaults (112 and Veilig Thuis). */
  emergency?: EmergencyLines;
  source?: string;
}

export interface Opportunity {
  id: string;
  /** Id of the place where the task is done. */
  place?: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** When the task happens, in words ("Elke woensdagmiddag"). */
  when?: LocalizedText;
  schedule?: Schedule;
  /** Talent ids from `signup.talents`, or free words. */
  skills: string[];
  languages: string[];
  minAge?: number;
  /** Who contacts the volunteer. */
  contact?: Contact & { name?: string };
  /** What happens after sign-up, e.g. "De Kruimel belt je binnen een week". */
  followUp?: LocalizedText;
  source?: string;
}

export interface Talent {
  id: string;
  label: LocalizedText;
}

/** Optional fields of the sign-up form; each is asked only when true. */
export interface SignupFields {
  area: boolean;
  talents: boolean;
  availability: boolean;
  languages: boolean;
  message: boolean;
}

export interface SignupSettings {
  /** Where sign-ups are POSTed; the element's `action` attribute wins. */
  action?: string;
  encoding: 'json' | 'form';
  /** Fallback address for a mailto sign-up when there is no `action`. */
  email?: string;
  privacyUrl?: string;
  /** What happens with the data, in one or two plain sentences. */
  privacyText?: LocalizedText;
  fields: SignupFields;
  talents: Talent[];
}

export interface Feed {
  /** "1.0", "1.2" …: the major number decides compatibility. */
  version: string;
  /** True for demonstration data, so no one mistakes it for real information. */
  sample: boolean;
  publisher: Publisher;
  /** ISO date-time of the last change. */
  updated?: string;
  /** Default language of the texts; "nl" when absent. */
  language: string;
  areas: Area[];
  categories: Category[];
  places: Place[];
  glossary: GlossaryEntry[];
  guides: Guide[];
  opportunities: Opportunity[];
  signup: SignupSettings;
}

export type ProblemSeverity = 'error' | 'warning';

/** One thing wrong with a feed, for its author. */
export interface FeedProblem {
  severity: ProblemSeverity;
  /** Stable machine code, e.g. "place.location.range". */
  code: string;
  /** Where in the JSON, e.g. "places[3].location.lat". */
  path: string;
  /** Plain Dutch for the feed author. */
  message: string;
  /** With several sources: the source this problem belongs to (its URL or file name). */
  source?: string;
  /** For a spreadsheet: the sheet, the row as the spreadsheet shows it (header = 1) and the column. */
  sheet?: string;
  row?: number;
  column?: string;
}

export interface ValidationResult {
  /** The usable feed: bad items are left out, good ones stay. */
  feed: Feed;
  problems: FeedProblem[];
}
