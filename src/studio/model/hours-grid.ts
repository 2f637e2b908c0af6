/**
 * Opening hours as an editor fills them in: a row per weekday, each closed or with one or
 * more periods, plus dates that differ from the week (closed, or other times).
 *
 * The feed keeps a flat list (`hours.weekly` of {day, opens, closes}); the grid is a view of
 * that list. Every grid period remembers its index in the list, so a time field writes to
 * exactly the path the validator reports at (`places[3].hours.weekly[5].closes`). Changes of
 * shape (a period more or less, a day closed, a day copied) return a new list, written with
 * one `store.set`, so one press is one undo step. Entries are never rebuilt from the grid:
 * fields the studio does not know survive every change.
 *
 * Time rules are the validator's own (`parseTime`, `minutes`, `periodsOverlap`), so what
 * the grid accepts is what the elements show. Pure: no DOM.
 */
import { WEEKDAYS, type TimePeriod, type Weekday } from '../../feed/types.js';
import { isDate, parseTime } from '../../feed/validate/values.js';
import { minutes, periodsOverlap } from '../../feed/validate/schedule.js';

export { isDate };

/** A period of the grid: the times as written, and where the period sits in `weekly`. */
export interface GridPeriod {
  index: number;
  opens: string;
  closes: string;
}

/** One weekday: closed when it has no periods. */
export interface GridRow {
  day: Weekday;
  closed: boolean;
  periods: GridPeriod[];
}

export interface HoursGrid {
  /** Monday to Sunday, always seven. */
  rows: GridRow[];
  /** Indexes of entries without a day the grid knows ("maandag", 3, null): shown apart, never dropped. */
  unplaced: number[];
}

/** A row as `gridToWeekly` reads it: a `GridRow`, or one made by hand. */
export interface GridRowInput {
  day: Weekday;
  closed?: boolean;
  periods: readonly TimePeriod[];
}

/** A weekly period as JSON (what `gridToWeekly` writes). */
export interface WeeklyPeriodJson {
  day: Weekday;
  opens: string;
  closes: string;
}

/** What the grid says about two times, in the validator's codes. */
export type PeriodProblem = 'hours.time.invalid' | 'hours.period.order';

type Json = Record<string, unknown>;

const DAY_SET = new Set<string>(WEEKDAYS);
const FIRST_PERIOD: TimePeriod = { opens: '09:00', closes: '12:00' };
const DAY_END = 24 * 60;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The day of a raw entry as the validator reads it ("MO " is Monday), or undefined. */
export function dayOf(entry: unknown): Weekday | undefined {
  if (!isRecord(entry) || typeof entry.day !== 'string') return undefined;
  const day = entry.day.trim().toLowerCase();
  return DAY_SET.has(day) ? (day as Weekday) : undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

/** The grid of a raw `hours.weekly` value (anything: a broken feed still opens). */
export function weeklyToGrid(weekly: unknown): HoursGrid {
  const rows: GridRow[] = WEEKDAYS.map((day) => ({ day, closed: true, periods: [] }));
  const unplaced: number[] = [];
  list(weekly).forEach((entry, index) => {
    const day = dayOf(entry);
    if (!day) {
      unplaced.push(index);
      return;
    }
    const row = rows[WEEKDAYS.indexOf(day)]!;
    const raw = entry as Json;
    row.periods.push({ index, opens: text(raw.opens), closes: text(raw.closes) });
    row.closed = false;
  });
  return { rows, unplaced };
}

/**
 * The weekly list of grid rows, Monday first, periods in the order of their row. A closed
 * row writes nothing, whatever periods it still holds.
 */
export function gridToWeekly(rows: readonly GridRowInput[]): WeeklyPeriodJson[] {
  const ordered = [...rows].sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day));
  return ordered.flatMap((row) => (row.closed ? [] : row.periods.map((p) => ({ day: row.day, opens: p.opens, closes: p.closes }))));
}

/** A time as the validator reads it ("9:30" → "09:30"), or undefined. "24:00" only as a closing time. */
export function normalizeTime(value: unknown, closing: boolean): string | undefined {
  return parseTime(value, closing);
}

/**
 * A time as typed, tidied when the editor leaves the field: "9" → "09:00", "9.30" and
 * "9u30" → "09:30", as people write them on a poster. Undefined when it still is no time
 * the validator reads: then the typed text stays, and the check says what is wrong.
 */
export function tidyTime(text: string, closing: boolean): string | undefined {
  let time = text.trim().replace(/\s*uur$/i, '').replace(/^(\d{1,2})[.u](\d{2})$/i, '$1:$2');
  if (/^\d{1,2}$/.test(time)) time = `${time}:00`;
  return parseTime(time, closing);
}

/** The validator's verdict on one period, or undefined when it is fine. */
export function periodProblem(opens: unknown, closes: unknown): PeriodProblem | undefined {
  const from = parseTime(opens, false);
  const to = parseTime(closes, true);
  if (from === undefined || to === undefined) return 'hours.time.invalid';
  return minutes(to) <= minutes(from) ? 'hours.period.order' : undefined;
}

/** Periods (readable ones only) that overlap an earlier one of the same list: the validator's warning. */
export function overlappingPeriods(periods: readonly { opens: unknown; closes: unknown }[]): number[] {
  const read = periods.map((p) => (periodProblem(p.opens, p.closes) ? undefined : { opens: parseTime(p.opens, false)!, closes: parseTime(p.closes, true)! }));
  const out: number[] = [];
  read.forEach((a, i) => {
    if (a && read.slice(0, i).some((b) => b && periodsOverlap(a, b))) out.push(i);
  });
  return out;
}

function formatMinutes(total: number): string {
  const h = Math.floor(total / 60);
  return `${String(h).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * Times for a new period after `previous` (the last of its day): an hour after it closes,
 * for three hours, kept within the day. 09:00–12:00 when there is nothing before it, and
 * empty times when the day is full (the editor types them; the validator says what is wrong).
 */
export function nextPeriod(previous?: { closes: unknown }): TimePeriod {
  if (!previous) return { ...FIRST_PERIOD };
  const closes = parseTime(previous.closes, true);
  if (closes === undefined) return { opens: '', closes: '' };
  const after = minutes(closes);
  const begin = after + 60 < DAY_END ? after + 60 : after;
  const end = Math.min(begin + 180, DAY_END);
  if (end <= begin) return { opens: '', closes: '' };
  return { opens: formatMinutes(begin), closes: formatMinutes(end) };
}

/** Where a new period of `day` goes: after that day's last period, else before the first later day. */
function insertIndex(entries: readonly unknown[], day: Weekday): number {
  const order = WEEKDAYS.indexOf(day);
  let at = -1;
  entries.forEach((entry, index) => {
    const d = dayOf(entry);
    if (d && WEEKDAYS.indexOf(d) <= order) at = index;
  });
  return at + 1;
}

/** `weekly` with a new period for `day`; `index` is where it landed (to focus its first field). */
export function addPeriod(weekly: unknown, day: Weekday, period?: TimePeriod): { weekly: unknown[]; index: number } {
  const entries = list(weekly);
  const row = weeklyToGrid(entries).rows[WEEKDAYS.indexOf(day)]!;
  const times = period ?? nextPeriod(row.periods[row.periods.length - 1]);
  const index = insertIndex(entries, day);
  const next = [...entries];
  next.splice(index, 0, { day, opens: times.opens, closes: times.closes });
  return { weekly: next, index };
}

/** `weekly` without the entry at `index`. */
export function removePeriod(weekly: unknown, index: number): unknown[] {
  return list(weekly).filter((_, i) => i !== index);
}

/** `weekly` with `day` closed: none of its periods left. */
export function closeDay(weekly: unknown, day: Weekday): unknown[] {
  return list(weekly).filter((entry) => dayOf(entry) !== day);
}

/**
 * `weekly` with the periods of each day in `to` replaced by copies of the periods of `from`
 * ("dezelfde tijden als maandag"). Entries stay in weekday order.
 */
export function copyDay(weekly: unknown, from: Weekday, to: readonly Weekday[]): unknown[] {
  const entries = list(weekly);
  const source = entries.filter((entry) => dayOf(entry) === from);
  const replaced = new Set<Weekday>(to.filter((day) => day !== from));
  let next = entries.filter((entry) => {
    const day = dayOf(entry);
    return !day || !replaced.has(day);
  });
  for (const day of replaced) {
    const at = insertIndex(next, day);
    const copies = source.map((entry) => ({ ...(entry as Json), day }));
    next = [...next.slice(0, at), ...copies, ...next.slice(at)];
  }
  return next;
}

/* ---- Exceptions: dates that differ from the week ---- */

/** What an exception date is: closed, or open at other times. */
export type ExceptionKind = 'closed' | 'other-times';

/** Index of the exception for `date` ("YYYY-MM-DD"), or -1. */
export function exceptionIndex(exceptions: unknown, date: string): number {
  return list(exceptions).findIndex((entry) => isRecord(entry) && typeof entry.date === 'string' && entry.date.trim() === date);
}

/** Closed or other times, as the validator reads it: without `closed`, a date without periods is closed. */
export function exceptionKind(exception: unknown): ExceptionKind {
  if (!isRecord(exception)) return 'closed';
  if (typeof exception.closed === 'boolean') return exception.closed ? 'closed' : 'other-times';
  return list(exception.periods).length === 0 ? 'closed' : 'other-times';
}

/** Where a new date goes: before the first later date, so a sorted list stays sorted. */
function dateIndex(entries: readonly unknown[], date: string): number {
  const at = entries.findIndex((entry) => isRecord(entry) && typeof entry.date === 'string' && entry.date.trim() > date);
  return at === -1 ? entries.length : at;
}

function putException(exceptions: unknown, date: string, make: (old: Json | undefined) => Json): { exceptions: unknown[]; index: number } {
  const entries = list(exceptions);
  const existing = exceptionIndex(entries, date);
  if (existing !== -1) {
    const next = [...entries];
    next[existing] = make(entries[existing] as Json);
    return { exceptions: next, index: existing };
  }
  const index = dateIndex(entries, date);
  const next = [...entries];
  next.splice(index, 0, make(undefined));
  return { exceptions: next, index };
}

/** Closed on `date`: replaces what that date had (its note and unknown fields stay). */
export function closedOn(exceptions: unknown, date: string, note?: string): { exceptions: unknown[]; index: number } {
  return putException(exceptions, date, (old) => ({ ...old, date, closed: true, periods: [], ...(note === undefined ? {} : { note }) }));
}

/** Open at other times on `date` (default 09:00–12:00). */
export function otherTimesOn(exceptions: unknown, date: string, periods: readonly TimePeriod[] = [FIRST_PERIOD], note?: string): { exceptions: unknown[]; index: number } {
  return putException(exceptions, date, (old) => ({
    ...old,
    date,
    closed: false,
    periods: periods.map((p) => ({ opens: p.opens, closes: p.closes })),
    ...(note === undefined ? {} : { note }),
  }));
}

/**
 * The exception switched to `kind`: closed drops its periods (the validator warns about a
 * closed date with times), other times gets one period to start from when it had none.
 */
export function withExceptionKind(exception: unknown, kind: ExceptionKind): Json {
  const old = isRecord(exception) ? exception : {};
  if (kind === 'closed') return { ...old, closed: true, periods: [] };
  const periods = list(old.periods);
  return { ...old, closed: false, periods: periods.length > 0 ? periods : [{ ...FIRST_PERIOD }] };
}

/** Days closed in a row, as the indexes of the first and last in the list of exceptions. */
export interface ClosedRun {
  first: number;
  last: number;
}

/**
 * Runs of three days or more closed in a row with the same note, next to each other in the
 * list: a summer closure read from "gesloten van 20-7 t/m 31-8" is 43 dates a year, which the
 * editor sees as one line.
 */
export function closedRuns(exceptions: unknown): ClosedRun[] {
  const entries = list(exceptions);
  const closedDate = (index: number): string | undefined => {
    const entry = entries[index];
    return isRecord(entry) && exceptionKind(entry) === 'closed' && typeof entry.date === 'string' && isDate(entry.date) ? entry.date : undefined;
  };
  const note = (index: number): string => JSON.stringify((entries[index] as { note?: unknown }).note);
  const runs: ClosedRun[] = [];
  for (let first = 0; first < entries.length; first += 1) {
    let last = first;
    while (closedDate(last) && closedDate(last + 1) === addDays(closedDate(last)!, 1) && note(last + 1) === note(first)) last += 1;
    if (last - first >= 2) runs.push({ first, last });
    first = Math.max(first, last);
  }
  return runs;
}

/** A date that is not yet in `exceptions`: `from`, or the first free day after it. */
export function freeDate(exceptions: unknown, from: string): string {
  let date = from;
  for (let i = 0; i < 400 && exceptionIndex(exceptions, date) !== -1; i++) date = addDays(date, 1);
  return date;
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return next.toISOString().slice(0, 10);
}

/** Today's date "YYYY-MM-DD" in Europe/Amsterdam, where every time of the feed lives. */
export function todayInAmsterdam(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
