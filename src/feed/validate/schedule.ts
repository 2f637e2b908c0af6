import { WEEKDAYS, type DateException, type Schedule, type TimePeriod, type Weekday, type WeeklyPeriod } from '../types.js';
import type { ItemKind } from '../problem-codes.js';
import { own, readList, type Context, type JsonObject } from './context.js';
import {
  missing,
  parseTime,
  readBoolean,
  readDate,
  readItem,
  readLocalized,
  readObject,
} from './values.js';

const WEEKDAY_SET = new Set<string>(WEEKDAYS);

/** Minutes since midnight of a checked "HH:MM"; read digit by digit, as it runs several times per period. */
export function minutes(time: string): number {
  const ZERO = 48; // '0'
  const hours = (time.charCodeAt(0) - ZERO) * 10 + time.charCodeAt(1) - ZERO;
  return hours * 60 + (time.charCodeAt(3) - ZERO) * 10 + time.charCodeAt(4) - ZERO;
}

/** opens/closes of one period; `closes` must come after `opens` on the same day. */
function readPeriod(ctx: Context, value: JsonObject, path: string, item: ItemKind): TimePeriod | undefined {
  const rawOpens = own(value, 'opens');
  const rawCloses = own(value, 'closes');
  const opens = parseTime(rawOpens, false);
  const closes = parseTime(rawCloses, true);
  if (opens === undefined) {
    ctx.report('hours.time.invalid', `${path}.opens`, { value: ctx.preview(rawOpens), item });
    return undefined;
  }
  if (closes === undefined) {
    ctx.report('hours.time.invalid', `${path}.closes`, { value: ctx.preview(rawCloses), item });
    return undefined;
  }
  if (minutes(closes) <= minutes(opens)) {
    ctx.report('hours.period.order', `${path}.closes`, { value: closes, item });
    return undefined;
  }
  return { opens, closes };
}

/** True when two checked periods of the same day share a minute (09:00–12:00 and 11:00–13:00). */
export function periodsOverlap(a: TimePeriod, b: TimePeriod): boolean {
  return minutes(a.opens) < minutes(b.closes) && minutes(b.opens) < minutes(a.closes);
}

/**
 * Warns once per period that starts before an earlier period of the same day ends.
 * `paths[i]` is where `periods[i]` sits in the feed; most days have one period, so the
 * common case allocates nothing.
 */
function reportOverlaps(ctx: Context, periods: readonly TimePeriod[], days: readonly string[], paths: readonly string[]): void {
  // A long list is checked by the minutes each day's periods take: comparing every period with
  // every earlier one took seconds for 50,000.
  if (periods.length > 16) return reportOverlapsPerDay(ctx, periods, days, paths);
  for (let i = 0; i < periods.length; i++) {
    for (let j = 0; j < i; j++) {
      if (days[i] !== days[j]) continue;
      if (periodsOverlap(periods[i]!, periods[j]!)) {
        ctx.report('hours.period.overlap', paths[i]!);
        break;
      }
    }
  }
}

/**
 * `reportOverlaps` for a long list, by the minutes each day's earlier periods take: a period
 * overlaps an earlier one of its day exactly when one of its minutes is taken. The same
 * reports in the same order, in at most 1,440 steps per period.
 */
function reportOverlapsPerDay(ctx: Context, periods: readonly TimePeriod[], days: readonly string[], paths: readonly string[]): void {
  const taken = new Map<string, Uint8Array>();
  for (let i = 0; i < periods.length; i++) {
    let day = taken.get(days[i]!);
    if (day === undefined) taken.set(days[i]!, (day = new Uint8Array(24 * 60)));
    let overlaps = false;
    for (let minute = minutes(periods[i]!.opens), end = minutes(periods[i]!.closes); minute < end; minute++) {
      if (day[minute] === 1) overlaps = true;
      else day[minute] = 1;
    }
    if (overlaps) ctx.report('hours.period.overlap', paths[i]!);
  }
}

function readWeekly(ctx: Context, value: unknown, path: string): WeeklyPeriod[] {
  const paths: string[] = [];
  const weekly = readList(ctx, value, path, 'period', (entry, entryPath): WeeklyPeriod | undefined => {
    const raw = readItem(ctx, entry, entryPath);
    if (!raw) return undefined;
    const rawDay = own(raw, 'day');
    const day = typeof rawDay === 'string' ? rawDay.trim().toLowerCase() : '';
    if (!WEEKDAY_SET.has(day)) {
      ctx.report('hours.day.invalid', `${entryPath}.day`, { value: ctx.preview(rawDay), item: 'period' });
      return undefined;
    }
    const period = readPeriod(ctx, raw, entryPath, 'period') as WeeklyPeriod | undefined;
    if (!period) return undefined;
    paths.push(entryPath);
    return { day: day as Weekday, opens: period.opens, closes: period.closes };
  });
  if (weekly.length > 1) reportOverlaps(ctx, weekly, weekly.map((period) => period.day), paths);
  return weekly;
}

function readExceptions(ctx: Context, value: unknown, path: string): DateException[] {
  // A Set: a list of 50,000 dates, each looked up in an array of those before it, took seconds.
  const dates = new Set<string>();
  return readList(ctx, value, path, 'exception', (entry, entryPath) => {
    const raw = readItem(ctx, entry, entryPath);
    if (!raw) return undefined;
    const rawDate = own(raw, 'date');
    if (rawDate === undefined || rawDate === null) return missing(ctx, entryPath, 'date', 'exception');
    const date = readDate(ctx, rawDate, `${entryPath}.date`, 'exception');
    if (date === undefined) return undefined;
    if (dates.has(date)) {
      ctx.report('hours.exception.duplicate', `${entryPath}.date`, { value: date, item: 'exception' });
      return undefined;
    }
    const paths: string[] = [];
    const periods = readList(ctx, own(raw, 'periods'), `${entryPath}.periods`, 'period', (p, periodPath) => {
      const rawPeriod = readItem(ctx, p, periodPath);
      const period = rawPeriod && readPeriod(ctx, rawPeriod, periodPath, 'period');
      if (period) paths.push(periodPath);
      return period;
    });
    if (periods.length > 1) reportOverlaps(ctx, periods, periods.map(() => date), paths);
    const rawClosed = own(raw, 'closed');
    // Without `closed`, a date without periods is a closed date: that is what editors mean.
    const closed = rawClosed === undefined ? periods.length === 0 : readBoolean(ctx, rawClosed, `${entryPath}.closed`);
    if (closed && periods.length > 0) ctx.report('hours.exception.closed-with-periods', entryPath);
    dates.add(date);
    const exception: DateException = { date, closed, periods: closed ? [] : periods };
    const note = readLocalized(ctx, own(raw, 'note'), `${entryPath}.note`);
    if (note !== undefined) exception.note = note;
    return exception;
  });
}

/** Weekly periods and date exceptions; a bad period is left out, the others stay. */
export function readSchedule(ctx: Context, value: unknown, path: string): Schedule | undefined {
  const raw = readObject(ctx, value, path);
  if (!raw) return undefined;
  const schedule: Schedule = {
    weekly: readWeekly(ctx, own(raw, 'weekly'), `${path}.weekly`),
    exceptions: readExceptions(ctx, own(raw, 'exceptions'), `${path}.exceptions`),
  };
  const note = readLocalized(ctx, own(raw, 'note'), `${path}.note`);
  if (note !== undefined) schedule.note = note;
  return schedule;
}
