import { WEEKDAYS, type DateException, type Schedule, type TimePeriod, type Weekday, type WeeklyPeriod } from '../types.js';
import type { ItemKind } from '../messages.js';
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

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
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

/** Warns once per period that starts before an earlier period of the same day ends. */
function reportOverlaps(ctx: Context, periods: Array<{ period: TimePeriod; path: string; day: string }>): void {
  if (periods.length < 2) return;
  // Most schedules have one period per day; sort only when a day repeats.
  const days = new Set(periods.map((entry) => entry.day));
  if (days.size === periods.length) return;
  for (const day of days) {
    const list = periods.filter((entry) => entry.day === day);
    if (list.length < 2) continue;
    list.sort((a, b) => minutes(a.period.opens) - minutes(b.period.opens));
    let latestClose = -1;
    for (const { period, path } of list) {
      if (minutes(period.opens) < latestClose) ctx.report('hours.period.overlap', path);
      latestClose = Math.max(latestClose, minutes(period.closes));
    }
  }
}

function readWeekly(ctx: Context, value: unknown, path: string): WeeklyPeriod[] {
  const seen: Array<{ period: TimePeriod; path: string; day: string }> = [];
  const weekly = readList(ctx, value, path, 'period', (entry, entryPath) => {
    const raw = readItem(ctx, entry, entryPath);
    if (!raw) return undefined;
    const rawDay = own(raw, 'day');
    const day = typeof rawDay === 'string' ? rawDay.trim().toLowerCase() : undefined;
    if (day === undefined || !WEEKDAY_SET.has(day)) {
      ctx.report('hours.day.invalid', `${entryPath}.day`, { value: ctx.preview(rawDay), item: 'period' });
      return undefined;
    }
    const period = readPeriod(ctx, raw, entryPath, 'period');
    if (!period) return undefined;
    seen.push({ period, path: entryPath, day });
    return { day: day as Weekday, opens: period.opens, closes: period.closes };
  });
  reportOverlaps(ctx, seen);
  return weekly;
}

function readExceptions(ctx: Context, value: unknown, path: string): DateException[] {
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
    const seen: Array<{ period: TimePeriod; path: string; day: string }> = [];
    const periods = readList(ctx, own(raw, 'periods'), `${entryPath}.periods`, 'period', (p, periodPath) => {
      const rawPeriod = readItem(ctx, p, periodPath);
      const period = rawPeriod && readPeriod(ctx, rawPeriod, periodPath, 'period');
      if (period) seen.push({ period, path: periodPath, day: date });
      return period;
    });
    reportOverlaps(ctx, seen);
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
