/**
 * Opening hours, always in Europe/Amsterdam.
 *
 * A resident in Rotterdam, a volunteer on holiday in Morocco and a test runner in UTC must
 * all see the same "Nu open tot 11:30", so nothing here reads the visitor's own clock zone:
 * wall-clock time is UTC plus Amsterdam's offset (the EU summer-time rule, `amsterdamOffset`),
 * and calendar arithmetic is done on plain day numbers. No local-time `Date` getters are used.
 *
 * Daylight saving: a wall time that does not exist (02:30 on the last Sunday of March) is
 * taken to start at the switch (03:00 CEST), because by then the clock has passed it; a wall
 * time that happens twice (02:30 on the last Sunday of October) is taken at its first
 * occurrence, except when a period is running during the second one.
 */
import type { DateException, LocalizedText, Schedule, TimePeriod, Weekday } from './types.js';
import { WEEKDAYS } from './types.js';
import { amsterdamOffset } from './amsterdam-offset.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const MINUTES_PER_DAY = 1440;
/** How far ahead `nextOpening` looks: a year and a day covers any yearly exception. */
const SEARCH_DAYS = 366;

// ---------------------------------------------------------------------------------------
// Calendar arithmetic on day numbers (days since 1970-01-01), independent of any zone.

interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Monday = 0 … Sunday = 6; 1970-01-01 was a Thursday. */
function weekdayIndex(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isoDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Day number of a "YYYY-MM-DD" string, or NaN when it is not one. */
function parseIsoDate(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof text === 'string' ? text : '');
  if (!match) return NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  return daysFromCivil(year, month, day);
}

/** Minutes after midnight of "HH:MM" (00:00–24:00), or NaN for anything else. */
function parseTime(text: string): number {
  if (typeof text !== 'string') return NaN;
  // Validated feeds always give "HH:MM"; read it without a regular expression.
  if (text.length === 5 && text.charCodeAt(2) === 58) {
    const h1 = text.charCodeAt(0) - 48;
    const h2 = text.charCodeAt(1) - 48;
    const m1 = text.charCodeAt(3) - 48;
    const m2 = text.charCodeAt(4) - 48;
    if (h1 >= 0 && h1 <= 9 && h2 >= 0 && h2 <= 9 && m1 >= 0 && m1 <= 5 && m2 >= 0 && m2 <= 9) {
      return checkedMinutes(h1 * 10 + h2, m1 * 10 + m2);
    }
  }
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  return match ? checkedMinutes(Number(match[1]), Number(match[2])) : NaN;
}

function checkedMinutes(hours: number, minutes: number): number {
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return NaN;
  return hours * 60 + minutes;
}

// ---------------------------------------------------------------------------------------
// Amsterdam wall clock

/** Formatters are expensive to create; one per purpose, made on first use. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let result = formatters.get(key);
  if (!result) {
    result = dateTimeFormat(locale, options);
    formatters.set(key, result);
  }
  return result;
}

/** Amsterdam wall-clock time of an instant, as milliseconds since 1970 if that wall time were UTC. */
function wallTime(instant: number): number {
  return instant + amsterdamOffset(instant);
}

/** The Amsterdam date and time of an instant. */
interface WallClock {
  /** Day number of the Amsterdam date. */
  days: number;
  /** "YYYY-MM-DD" of the Amsterdam date. */
  date: string;
  /** Monday = 0 … Sunday = 6. */
  weekday: number;
  /** Minutes after midnight, 0–1439. */
  minute: number;
}

function wallClock(instant: number): WallClock {
  const wall = wallTime(instant);
  const days = Math.floor(wall / DAY);
  return {
    days,
    date: isoDate(days),
    weekday: weekdayIndex(days),
    minute: Math.floor((wall - days * DAY) / MINUTE),
  };
}

/**
 * The instant at which Amsterdam's clock shows `minute` minutes after the start of day
 * `days` (1440 is the next midnight). In the spring gap it is the switch itself; in the
 * autumn fold it is the first occurrence, or the second when `after` is past the first.
 */
function wallToInstant(days: number, minute: number, after = -Infinity): number {
  const wall = days * DAY + minute * MINUTE;
  const candidates = new Set<number>();
  for (const offset of [amsterdamOffset(wall - DAY), amsterdamOffset(wall + DAY)]) {
    const instant = wall - offset;
    if (wallTime(instant) === wall) candidates.add(instant);
  }
  const sorted = [...candidates].sort((a, b) => a - b);
  if (sorted.length > 0) return sorted.find((instant) => instant > after) ?? sorted[0]!;
  // Skipped by the spring switch: the first instant whose wall clock is past it is the switch.
  const a = wall - amsterdamOffset(wall - DAY);
  const b = wall - amsterdamOffset(wall + DAY);
  return offsetSwitch(Math.min(a, b), Math.max(a, b));
}

/** The first instant (to the minute) in (low, high] with a different offset than `low`. */
function offsetSwitch(low: number, high: number): number {
  const lowOffset = amsterdamOffset(low);
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (amsterdamOffset(middle) === lowOffset) low = middle;
    else high = middle;
  }
  return high;
}

// ---------------------------------------------------------------------------------------
// Compiled schedules: periods as minute intervals, merged, per weekday and per date.

/** Sorted, merged [start, end) pairs in minutes, flattened: [s0, e0, s1, e1, …]. */
type Intervals = readonly number[];

/**
 * A schedule turned into minute intervals, ready for fast checks. Made by
 * `compileSchedules`; every function here accepts it wherever it accepts a `Schedule`.
 */
export class CompiledSchedule {
  constructor(
    /** Index 0 = Monday. */
    readonly weekly: readonly Intervals[],
    /** Exception date "YYYY-MM-DD" → that date's intervals (empty when closed). */
    readonly exceptions: ReadonlyMap<string, Intervals>,
  ) {
    this.hasHours =
      weekly.some((intervals) => intervals.length > 0) || [...exceptions.values()].some((intervals) => intervals.length > 0);
  }

  /** True when the schedule has at least one period anywhere. */
  readonly hasHours: boolean;
}

/** A feed schedule or one compiled from several. */
export type ScheduleLike = Schedule | CompiledSchedule;

/** Shared by every day without hours, so compiling 100,000 schedules allocates little. */
const NO_INTERVALS: Intervals = Object.freeze([]) as Intervals;
const NO_EXCEPTIONS: ReadonlyMap<string, Intervals> = new Map();

function mergePeriods(periods: readonly TimePeriod[]): Intervals {
  const pairs: number[] = [];
  for (const period of periods) {
    if (!period || typeof period !== 'object') continue;
    const start = parseTime(period.opens);
    const end = parseTime(period.closes);
    if (Number.isNaN(start) || Number.isNaN(end) || end <= start) continue;
    pairs.push(start, end);
  }
  return mergeIntervals(pairs);
}

/** Sorts and merges flattened [start, end) pairs. */
function mergeIntervals(pairs: readonly number[]): Intervals {
  if (pairs.length === 0) return NO_INTERVALS;
  if (pairs.length === 2) return pairs;
  const order: number[] = [];
  for (let i = 0; i < pairs.length; i += 2) order.push(i);
  order.sort((a, b) => pairs[a]! - pairs[b]!);
  const merged: number[] = [];
  for (const i of order) {
    const start = pairs[i]!;
    const end = pairs[i + 1]!;
    const last = merged.length - 1;
    // Periods that touch (09:00–12:00 and 12:00–17:00) are one opening for a visitor.
    if (last > 0 && start <= merged[last]!) merged[last] = Math.max(merged[last]!, end);
    else merged.push(start, end);
  }
  return merged;
}

const compiledCache = new WeakMap<Schedule, CompiledSchedule>();

/**
 * Schedules are compiled once and remembered per object, so a details view or a list that
 * asks again pays nothing. Feed objects are treated as immutable.
 */
function compile(schedule: ScheduleLike): CompiledSchedule {
  if (schedule instanceof CompiledSchedule) return schedule;
  let compiled = compiledCache.get(schedule);
  if (!compiled) {
    compiled = compileUncached(schedule);
    compiledCache.set(schedule, compiled);
  }
  return compiled;
}

function compileUncached(schedule: Schedule): CompiledSchedule {
  const byDay: TimePeriod[][] = [[], [], [], [], [], [], []];
  for (const period of Array.isArray(schedule.weekly) ? schedule.weekly : []) {
    const day = period && typeof period === 'object' ? WEEKDAYS.indexOf(period.day) : -1;
    if (day >= 0) byDay[day]!.push(period);
  }
  let exceptions = NO_EXCEPTIONS;
  for (const exception of Array.isArray(schedule.exceptions) ? schedule.exceptions : []) {
    if (!exception || Number.isNaN(parseIsoDate(exception.date))) continue;
    // The first exception for a date wins, as validation keeps the first of duplicates.
    if (exceptions.has(exception.date)) continue;
    if (exceptions === NO_EXCEPTIONS) exceptions = new Map();
    const periods = exception.closed || !Array.isArray(exception.periods) ? [] : exception.periods;
    (exceptions as Map<string, Intervals>).set(exception.date, mergePeriods(periods));
  }
  return new CompiledSchedule(byDay.map(mergePeriods), exceptions);
}

/**
 * One schedule that is open whenever any of the given ones is: a place's own hours together
 * with its walk-in activities. Each schedule's exceptions apply to that schedule only.
 */
export function compileSchedules(schedules: readonly (ScheduleLike | undefined)[]): CompiledSchedule {
  return union((Array.isArray(schedules) ? schedules : []).filter(isSchedule).map(compile));
}

/**
 * As `compileSchedules`, but nothing is remembered: for tables of every place
 * (`ScheduleTable`), whose 50,000 compiled schedules are needed once and then collected.
 */
export function compileSchedulesOnce(schedules: readonly (ScheduleLike | undefined)[]): CompiledSchedule {
  const parts = (Array.isArray(schedules) ? schedules : []).filter(isSchedule);
  return union(parts.map((schedule) => (schedule instanceof CompiledSchedule ? schedule : compileUncached(schedule))));
}

function union(parts: readonly CompiledSchedule[]): CompiledSchedule {
  if (parts.length === 1) return parts[0]!;
  const weekly = WEEKDAYS.map((_, day) => mergeIntervals(parts.flatMap((part) => part.weekly[day]!)));
  let exceptions = NO_EXCEPTIONS;
  for (const part of parts) {
    for (const date of part.exceptions.keys()) {
      if (exceptions.has(date)) continue;
      if (exceptions === NO_EXCEPTIONS) exceptions = new Map();
      const days = parseIsoDate(date);
      const union = mergeIntervals(parts.flatMap((other) => intervalsOn(other, days, date)));
      (exceptions as Map<string, Intervals>).set(date, union);
    }
  }
  return new CompiledSchedule(weekly, exceptions);
}

function isSchedule(value: unknown): value is ScheduleLike {
  return typeof value === 'object' && value !== null;
}

function intervalsOn(compiled: CompiledSchedule, days: number, date = isoDate(days)): Intervals {
  return compiled.exceptions.get(date) ?? compiled.weekly[weekdayIndex(days)]!;
}

function openIn(intervals: Intervals, minute: number): number {
  for (let i = 0; i < intervals.length; i += 2) {
    if (minute >= intervals[i]! && minute < intervals[i + 1]!) return i;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------
// Public API

export interface OpenStatus {
  open: boolean;
  /** When open: the end of the current opening (undefined when it lasts beyond a year). */
  closesAt?: Date;
  /** When closed: the next opening within 366 days, if any. */
  nextOpening?: Date;
}

/** True when the schedule has any period at all; false means "hours unknown". */
export function hasOpeningHours(schedule: ScheduleLike | undefined): boolean {
  return isSchedule(schedule) && compile(schedule).hasHours;
}

/**
 * A fast "open at this moment?" test for many schedules: the Amsterdam date, weekday and
 * minute are computed once, after which each schedule is a short loop over its periods
 * (compiled once per schedule object). For tens of thousands of places at once,
 * `ScheduleTable` is faster still; `filterPlaces` uses that.
 */
export function createOpenAtChecker(at: Date): (schedule: ScheduleLike | undefined) => boolean {
  const time = at instanceof Date ? at.getTime() : NaN;
  if (Number.isNaN(time)) return () => false;
  const clock = wallClock(time);
  return (schedule) => {
    if (!isSchedule(schedule)) return false;
    const compiled = compile(schedule);
    if (!compiled.hasHours) return false;
    const intervals = compiled.exceptions.get(clock.date) ?? compiled.weekly[clock.weekday]!;
    return openIn(intervals, clock.minute) >= 0;
  };
}

/**
 * The opening hours of many places in flat typed arrays, for "which are open at t?" over
 * tens of thousands of places: one pass over contiguous memory instead of a walk through
 * objects, and a repeated question within the same minute (a resident typing while "nu
 * open" is on) is answered from the previous pass.
 */
export class ScheduleTable {
  /** Number of entries. */
  readonly size: number;
  /** Entry i, weekday d: its intervals are `_intervals[_offsets[i * 7 + d] … _offsets[i * 7 + d + 1]]`. */
  private readonly _offsets: Uint32Array;
  private readonly _intervals: Uint16Array;
  /** Exception date → entries whose periods differ on that date. */
  private readonly _exceptions = new Map<string, Array<{ entry: number; intervals: Intervals }>>();
  private _lastKey = '';
  private _lastFlags = new Uint8Array(0);

  /**
   * @param entries per entry (a place), the schedules that make it open: its own hours and
   *   those of its activities; the entry is open when any of them is.
   */
  constructor(entries: readonly (readonly (ScheduleLike | undefined)[])[]) {
    const list = Array.isArray(entries) ? entries : [];
    this.size = list.length;
    this._offsets = new Uint32Array(this.size * 7 + 1);
    const intervals: number[] = [];
    list.forEach((schedules, entry) => {
      // Uncached: the table is the only holder, so 50,000 compiled objects can be collected.
      const parts = (Array.isArray(schedules) ? schedules : [])
        .filter(isSchedule)
        .map((schedule) => (schedule instanceof CompiledSchedule ? schedule : compileUncached(schedule)));
      const compiled = parts.length === 0 ? undefined : union(parts);
      for (let day = 0; day < 7; day++) {
        this._offsets[entry * 7 + day] = intervals.length;
        if (compiled) for (const minute of compiled.weekly[day]!) intervals.push(minute);
      }
      compiled?.exceptions.forEach((dateIntervals, date) => {
        let list = this._exceptions.get(date);
        if (!list) this._exceptions.set(date, (list = []));
        list.push({ entry, intervals: dateIntervals });
      });
    });
    this._offsets[this.size * 7] = intervals.length;
    this._intervals = Uint16Array.from(intervals);
  }

  /**
   * One flag per entry, 1 when open at `at`. The array is shared with the next call within
   * the same minute: read it, do not change it.
   */
  openAt(at: Date): Uint8Array {
    const time = at instanceof Date ? at.getTime() : NaN;
    if (Number.isNaN(time)) return new Uint8Array(this.size);
    const { date, weekday, minute } = wallClock(time);
    const key = `${date} ${minute}`;
    if (key === this._lastKey) return this._lastFlags;
    const flags = new Uint8Array(this.size);
    const offsets = this._offsets;
    const intervals = this._intervals;
    for (let entry = 0, slot = weekday; entry < this.size; entry++, slot += 7) {
      const end = offsets[slot + 1]!;
      for (let i = offsets[slot]!; i < end; i += 2) {
        if (minute >= intervals[i]! && minute < intervals[i + 1]!) {
          flags[entry] = 1;
          break;
        }
      }
    }
    for (const { entry, intervals: dateIntervals } of this._exceptions.get(date) ?? []) {
      flags[entry] = openIn(dateIntervals, minute) >= 0 ? 1 : 0;
    }
    this._lastKey = key;
    this._lastFlags = flags;
    return flags;
  }
}

/** Whether the schedule is open at `at` (Amsterdam time). Odd input counts as closed. */
export function isOpenAt(schedule: ScheduleLike | undefined, at: Date): boolean {
  return createOpenAtChecker(at)(schedule);
}

/**
 * The next moment after `after` at which the schedule goes from closed to open, within
 * 366 days. While open, that is the reopening after the current opening ends.
 */
export function nextOpening(schedule: ScheduleLike | undefined, after: Date): Date | undefined {
  const time = after instanceof Date ? after.getTime() : NaN;
  if (!isSchedule(schedule) || Number.isNaN(time)) return undefined;
  const compiled = compile(schedule);
  if (!compiled.hasHours) return undefined;
  const today = wallClock(time).days;
  let previous = intervalsOn(compiled, today - 1);
  for (let days = today; days <= today + SEARCH_DAYS; days++) {
    const intervals = intervalsOn(compiled, days);
    for (let i = 0; i < intervals.length; i += 2) {
      const start = intervals[i]!;
      // "24:00" meeting the next day's "00:00" is one opening, not a reopening at midnight.
      if (start === 0 && previous[previous.length - 1] === MINUTES_PER_DAY) continue;
      const opens = wallToInstant(days, start);
      const closes = wallToInstant(days, intervals[i + 1]!, opens);
      // A period inside the spring gap never happens on the clock.
      if (opens > time && closes > opens) return new Date(opens);
    }
    previous = intervals;
  }
  return undefined;
}

/** Open or closed at `at`, and until when or from when. */
export function openStatus(schedule: ScheduleLike | undefined, at: Date): OpenStatus {
  const time = at instanceof Date ? at.getTime() : NaN;
  if (!isSchedule(schedule) || Number.isNaN(time)) return { open: false };
  const compiled = compile(schedule);
  if (!compiled.hasHours) return { open: false };
  const clock = wallClock(time);
  let intervals = intervalsOn(compiled, clock.days);
  const index = openIn(intervals, clock.minute);
  if (index < 0) {
    const next = nextOpening(schedule, at);
    return next ? { open: false, nextOpening: next } : { open: false };
  }
  // Follow an opening that runs to "24:00" into the next day's "00:00" period.
  let days = clock.days;
  let end = intervals[index + 1]!;
  while (end === MINUTES_PER_DAY && days < clock.days + SEARCH_DAYS) {
    const tomorrow = intervalsOn(compiled, days + 1);
    if (tomorrow[0] !== 0) break;
    days += 1;
    intervals = tomorrow;
    end = tomorrow[1]!;
  }
  if (end === MINUTES_PER_DAY && intervalsOn(compiled, days + 1)[0] === 0) return { open: true };
  return { open: true, closesAt: new Date(wallToInstant(days, end, time)) };
}

// ---------------------------------------------------------------------------------------
// Words

type PhraseLanguage = 'nl' | 'en';

/**
 * The words of an opening-hours line. The elements pass the ones from their translation
 * table (src/translations, keys `hours*`), so every language the kit speaks has them; a
 * language code instead picks the built-in Dutch or English.
 */
export interface HoursWords {
  openUntil: (time: string) => string;
  openNow: string;
  closedNow: string;
  againToday: (time: string) => string;
  againTomorrow: (time: string) => string;
  againOnWeekday: (weekday: string, time: string) => string;
  againOnDate: (date: string) => string;
  tomorrow: string;
  closedOn: (date: string) => string;
  /** Days closed in a row, the first and last included: a summer closure is one line. */
  closedFromTo: (from: string, to: string) => string;
  openOn: (date: string, periods: string) => string;
  locale: string;
}

/** A tiny table so the feed module stays pure; the elements' own tables hold everything else. */
const PHRASES: Record<PhraseLanguage, HoursWords> = {
  nl: {
    openUntil: (time) => `Nu open tot ${time}`,
    openNow: 'Nu open',
    closedNow: 'Nu gesloten',
    againToday: (time) => `Weer open om ${time}`,
    againTomorrow: (time) => `Weer open morgen ${time}`,
    againOnWeekday: (weekday, time) => `Weer open ${weekday} ${time}`,
    againOnDate: (date) => `Weer open op ${date}`,
    tomorrow: 'morgen',
    closedOn: (date) => `Gesloten op ${date}`,
    closedFromTo: (from, to) => `Gesloten van ${from} tot en met ${to}`,
    openOn: (date, periods) => `Op ${date} open ${periods}`,
    locale: 'nl-NL',
  },
  en: {
    openUntil: (time) => `Open now until ${time}`,
    openNow: 'Open now',
    closedNow: 'Closed now',
    againToday: (time) => `Opens again at ${time}`,
    againTomorrow: (time) => `Opens again tomorrow ${time}`,
    againOnWeekday: (weekday, time) => `Opens again ${weekday} ${time}`,
    againOnDate: (date) => `Opens again on ${date}`,
    tomorrow: 'tomorrow',
    closedOn: (date) => `Closed on ${date}`,
    closedFromTo: (from, to) => `Closed from ${from} to ${to}`,
    openOn: (date, periods) => `Open on ${date} ${periods}`,
    locale: 'en-GB',
  },
};

/** A language code, or the words of the element's own table. */
export type HoursLanguage = string | HoursWords;

function phrasesFor(lang: HoursLanguage): HoursWords {
  if (lang && typeof lang === 'object') return lang;
  return PHRASES[typeof lang === 'string' && lang.toLowerCase().split('-')[0] === 'en' ? 'en' : 'nl'];
}

/**
 * A formatter in `locale`, or in Dutch when the browser has no data for it (or the tag is not
 * one). The fallback is in the list the browser chooses from, not asked beforehand with
 * `supportedLocalesOf`: its first call lists every locale the browser has, 30–220 ms measured
 * here, inside the first render of the map's list.
 */
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat([locale, 'nl-NL'], options);
  } catch {
    return new Intl.DateTimeFormat('nl-NL', options);
  }
}

/** "9:30", the Dutch way (no leading zero); 1440 is "24:00". */
function formatMinutes(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${pad2(minutes % 60)}`;
}

function formatPeriods(intervals: Intervals): string[] {
  const result: string[] = [];
  for (let i = 0; i < intervals.length; i += 2) {
    result.push(`${formatMinutes(intervals[i]!)}–${formatMinutes(intervals[i + 1]!)}`);
  }
  return result;
}

/**
 * Weekday (Monday first) and month names of Dutch and English, the languages this module
 * speaks itself. Other languages ask Intl; the first date formatter of a page costs about
 * 25 ms (the browser loads its calendar data), which the map's first list does not have to
 * pay for the two languages most pages use. A test checks these against Intl.
 */
const DATE_NAMES: Record<PhraseLanguage, { weekdays: readonly string[]; months: readonly string[] }> = {
  nl: {
    weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  },
  en: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
};

/** Dutch of any region, and British English: the tables say what Intl says for those. */
function builtInNames(locale: string): (typeof DATE_NAMES)[PhraseLanguage] | undefined {
  const tag = locale.toLowerCase();
  if (tag === 'nl' || tag.startsWith('nl-')) return DATE_NAMES.nl;
  // American English writes "January 5": Intl says that.
  return tag === 'en-gb' ? DATE_NAMES.en : undefined;
}

function weekdayName(weekday: number, phrases: HoursWords): string {
  const known = builtInNames(phrases.locale);
  if (known) return known.weekdays[weekday]!;
  // 2024-01-01 was a Monday; formatting a UTC noon in UTC gives the name without any zone.
  const noon = (daysFromCivil(2024, 1, 1) + weekday) * DAY + DAY / 2;
  return formatter(`weekday-${phrases.locale}`, phrases.locale, { timeZone: 'UTC', weekday: 'long' }).format(noon);
}

/** "5 januari" / "5 January" of a day number; "maandag 5 januari" with the weekday. */
function dateName(days: number, phrases: HoursWords, withWeekday = false): string {
  const known = builtInNames(phrases.locale);
  if (known) {
    const { month, day } = civilFromDays(days);
    const date = `${day} ${known.months[month - 1]}`;
    return withWeekday ? `${known.weekdays[weekdayIndex(days)]} ${date}` : date;
  }
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', day: 'numeric', month: 'long' };
  if (withWeekday) options.weekday = 'long';
  const key = `date-${phrases.locale}-${withWeekday}`;
  // Dutch and British English both put the weekday first without a comma in this form.
  return formatter(key, phrases.locale, options)
    .format(days * DAY + DAY / 2)
    .replace(',', '');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A short line for a list or a popup: "Nu open tot 11:30", "Weer open om 14:00" (later
 * today), "Weer open morgen 9:30", "Weer open dinsdag 9:30" (within a week), "Weer open op
 * 5 januari" (later), "Nu gesloten" when no opening lies within a year, and "" when the
 * schedule has no hours at all. Dutch unless `lang` is English.
 */
export function summarizeOpenStatus(schedule: ScheduleLike | undefined, at: Date, lang: HoursLanguage = 'nl'): string {
  if (!hasOpeningHours(schedule) || !(at instanceof Date) || Number.isNaN(at.getTime())) return '';
  const phrases = phrasesFor(lang);
  const language = phrases;
  const status = openStatus(schedule, at);
  const today = wallClock(at.getTime()).days;
  if (status.open) {
    if (!status.closesAt) return phrases.openNow;
    const closes = wallClock(status.closesAt.getTime());
    // Closing at midnight reads as "tot 24:00", not "tot 0:00".
    if (closes.days === today + 1 && closes.minute === 0) return phrases.openUntil(formatMinutes(MINUTES_PER_DAY));
    const time = formatMinutes(closes.minute);
    if (closes.days === today) return phrases.openUntil(time);
    if (closes.days === today + 1) return phrases.openUntil(`${phrases.tomorrow} ${time}`);
    if (closes.days - today < 7) return phrases.openUntil(`${weekdayName(closes.weekday, language)} ${time}`);
    return phrases.openUntil(dateName(closes.days, language));
  }
  if (!status.nextOpening) return phrases.closedNow;
  const opens = wallClock(status.nextOpening.getTime());
  const time = formatMinutes(opens.minute);
  const daysAhead = opens.days - today;
  if (daysAhead === 0) return phrases.againToday(time);
  if (daysAhead === 1) return phrases.againTomorrow(time);
  if (daysAhead < 7) return phrases.againOnWeekday(weekdayName(opens.weekday, language), time);
  return phrases.againOnDate(dateName(opens.days, language));
}

export interface WeekRow {
  day: Weekday;
  /** "Maandag" / "Monday". */
  dayName: string;
  /** Merged periods, "9:30–11:30"; empty on days without hours. */
  periods: string[];
}

/** The regular week for a details table, Monday first, every day present. */
export function describeWeek(schedule: ScheduleLike | undefined, lang: HoursLanguage = 'nl'): WeekRow[] {
  const language = phrasesFor(lang);
  const compiled = isSchedule(schedule) ? compile(schedule) : undefined;
  return WEEKDAYS.map((day, index) => ({
    day,
    dayName: capitalize(weekdayName(index, language)),
    periods: compiled ? formatPeriods(compiled.weekly[index]!) : [],
  }));
}

export interface UpcomingException {
  /** "YYYY-MM-DD". */
  date: string;
  closed: boolean;
  /** The replacing periods, "13:00–16:00"; empty when closed. */
  periods: string[];
  note?: LocalizedText;
  /** "vrijdag 25 december" / "Friday 25 December". */
  dateText: string;
  /** The last day of days closed in a row ("YYYY-MM-DD"), from `date` on. */
  until?: string;
  /**
   * A whole line: "Gesloten op vrijdag 25 december" / "Op zondag 20 december open 13:00–16:00" /
   * "Gesloten van maandag 20 juli tot en met maandag 31 augustus".
   */
  text: string;
}

/**
 * One line for an exception date: "Gesloten op vrijdag 25 december", "Op zondag
 * 20 december open 13:00–16:00". Empty for an exception without a valid date.
 */
export function formatDateException(exception: DateException, lang: HoursLanguage = 'nl'): string {
  const days = exception && typeof exception === 'object' ? parseIsoDate(exception.date) : NaN;
  if (Number.isNaN(days)) return '';
  const language = phrasesFor(lang);
  const intervals = exception.closed || !Array.isArray(exception.periods) ? [] : mergePeriods(exception.periods);
  const dateText = dateName(days, language, true);
  if (intervals.length === 0) return language.closedOn(dateText);
  return language.openOn(dateText, formatPeriods(intervals).join(', '));
}

/**
 * Exceptions whose date lies within `days` days from the Amsterdam date of `from`
 * (today included), in date order, with their words ready to show. Days closed in a row with
 * the same note are one line to their last day, also past `days`: a summer closure read from
 * "gesloten van 20-7 t/m 31-8" is 43 dates.
 */
export function upcomingExceptions(
  schedule: Schedule | undefined,
  from: Date,
  days = 30,
  lang: HoursLanguage = 'nl',
): UpcomingException[] {
  const time = from instanceof Date ? from.getTime() : NaN;
  if (!schedule || typeof schedule !== 'object' || !Array.isArray(schedule.exceptions) || Number.isNaN(time)) return [];
  const language = phrasesFor(lang);
  const today = wallClock(time).days;
  const byDay = new Map<number, { exception: DateException; intervals: ReturnType<typeof mergePeriods> }>();
  for (const exception of schedule.exceptions) {
    const day = exception ? parseIsoDate(exception.date) : NaN;
    if (Number.isNaN(day) || day < today || byDay.has(day)) continue;
    const intervals = exception.closed || !Array.isArray(exception.periods) ? [] : mergePeriods(exception.periods);
    byDay.set(day, { exception, intervals });
  }
  const result: UpcomingException[] = [];
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
    if (day >= today + days) break;
    const found = byDay.get(day);
    if (!found) continue;
    const { exception, intervals } = found;
    const closed = intervals.length === 0;
    const item: UpcomingException = {
      date: exception.date,
      closed,
      periods: formatPeriods(intervals),
      dateText: dateName(day, language, true),
      text: formatDateException(exception, language),
    };
    const note = JSON.stringify(exception.note);
    let last = day;
    while (closed && byDay.get(last + 1)?.intervals.length === 0 && JSON.stringify(byDay.get(last + 1)!.exception.note) === note) last += 1;
    // Three days or more: two stay two lines, as the spreadsheet writes them.
    if (last - day >= 2) {
      for (let next = day + 1; next <= last; next += 1) byDay.delete(next);
      item.until = isoDate(last);
      item.text = language.closedFromTo(item.dateText, dateName(last, language, true));
    }
    if (exception.note !== undefined) item.note = exception.note;
    result.push(item);
  }
  return result;
}
