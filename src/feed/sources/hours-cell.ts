/**
 * Opening hours in one spreadsheet cell, the way people write them:
 *
 *     ma-vr 9:00-12:00; wo 13:30-16:00
 *     di en do 9:15-11:45
 *     za 10-12
 *     gesloten op 25-12            (every year)
 *     gesloten op 25-12-2026       (one date)
 *     open op 24-12 9:00-12:00     (other hours on that date, every year; or with a year, once)
 *
 * Parts are separated by `;` or a new line. A part that cannot be read is returned as a
 * problem with its own text, and the other parts still count. The syntax is documented in
 * docs/spreadsheet.md; every example there is a test.
 */
import { WEEKDAYS, type DateException, type Schedule, type TimePeriod, type Weekday, type WeeklyPeriod } from '../types.js';

/** A part of the cell that could not be read. */
export interface HoursCellProblem {
  /** The part as the editor wrote it. */
  text: string;
  /** A line the editor can copy and change. */
  example: string;
  /** Times that do not come back every week ("elke 2e dinsdag"): only dates can say them. */
  notWeekly?: true;
}

export interface HoursCellResult {
  /** Undefined when the cell is empty or nothing in it could be read. */
  schedule?: Schedule;
  problems: HoursCellProblem[];
}

export interface HoursCellOptions {
  /**
   * The year "gesloten op 25-12" and "open op 24-12 9-12" start from: that date counts in this
   * year and the next.
   * The current year by default.
   */
  year?: number;
}

const DAY_WORDS: Record<string, Weekday> = {
  ma: 'mo', maa: 'mo', maan: 'mo', maandag: 'mo', maandags: 'mo', mo: 'mo', mon: 'mo', monday: 'mo',
  di: 'tu', din: 'tu', dins: 'tu', dinsdag: 'tu', dinsdags: 'tu', tu: 'tu', tue: 'tu', tues: 'tu', tuesday: 'tu',
  wo: 'we', woe: 'we', woens: 'we', woensdag: 'we', woensdags: 'we', we: 'we', wed: 'we', wednesday: 'we',
  do: 'th', don: 'th', dond: 'th', donderdag: 'th', donderdags: 'th', th: 'th', thu: 'th', thur: 'th', thurs: 'th', thursday: 'th',
  vr: 'fr', vrij: 'fr', vrijdag: 'fr', vrijdags: 'fr', fr: 'fr', fri: 'fr', friday: 'fr',
  za: 'sa', zat: 'sa', zaterdag: 'sa', zaterdags: 'sa', sa: 'sa', sat: 'sa', saturday: 'sa',
  zo: 'su', zon: 'su', zondag: 'su', zondags: 'su', su: 'su', sun: 'su', sunday: 'su',
};

/**
 * The weekday a word names; an own key only. Through the prototype "constructor" named a
 * function, and "ma-constructor 9-12" looped for ever, filling memory until the tab crashed.
 */
function dayWord(word: string): Weekday | undefined {
  return Object.prototype.hasOwnProperty.call(DAY_WORDS, word) ? DAY_WORDS[word] : undefined;
}

const EVERY_DAY = new Set(['dagelijks', 'elke dag', 'iedere dag', 'daily', 'every day']);
const CLOSED = /^(?:gesloten|dicht|closed)\s+(?:op\s+|on\s+)?(.+)$/i;
const OPEN = /^(?:open|geopend)\s+(?:op\s+|on\s+)?(.+)$/i;
const DATE_WORD = String.raw`(?:\d{4}-\d{2}-\d{2}|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{4})?)`;
// The dates, then the times: "24-12 9:00-12:00", "24-12 en 31-12 9-12 en 13-15".
const OPEN_DATES_TIMES = new RegExp(String.raw`^(${DATE_WORD}(?:\s*(?:,|\ben\b|\band\b)\s*${DATE_WORD})*)\s+(\d.*)$`, 'i');
const DATE = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// 9, 9:00, 9.00, 09u30, 9 uur, 9u
const TIME = String.raw`(\d{1,2})(?:[:.u](\d{2}))?(?:\s*(?:uur|u)\b)?`;
const PERIOD = new RegExp(String.raw`^${TIME}\s*(?:-|–|—|tot|t/m|to)\s*${TIME}$`, 'i');

const SHORT: Record<Weekday, string> = { mo: 'ma', tu: 'di', we: 'wo', th: 'do', fr: 'vr', sa: 'za', su: 'zo' };

const EXAMPLE_WEEK = 'ma 9:00-12:00';
/** Dates with a year, as the way to say "every second Tuesday": each is a day with its own hours. */
const exampleDates = (year: number): string => `open op 13-1-${year + 1} 9:00-12:00; open op 10-2-${year + 1} 9:00-12:00`;

/**
 * "op afspraak", "alleen op afspraak", "na afspraak", "volgens afspraak": no times, but a clear
 * answer. It becomes the schedule's note, which the map shows as it is written.
 */
const BY_APPOINTMENT = /^(?:alleen\s+)?(?:op|na|volgens|via|by)\s+(?:afspraak|appointment)(?:\s+only)?$/i;

/**
 * "elke 2e dinsdag", "iedere eerste maandag van de maand", "om de week": times that do not
 * come back every week. A week cannot say them; dates with "open op" can.
 */
const NOT_WEEKLY = /\b(?:om de (?:week|twee weken|andere week|\d+ weken)|(?:elke|iedere|de)\s+(?:eerste|tweede|derde|vierde|laatste)\b|\d\s*(?:e|ste|de)\b|(?:van|per) de maand|maandelijks|tweewekelijks)/i;
const EXAMPLE_CLOSED = 'gesloten op 25-12';
const EXAMPLE_OPEN = 'open op 24-12 9:00-12:00';

/** Reads an opening-hours cell. Never throws. */
export function parseHoursCell(cell: string, options: HoursCellOptions = {}): HoursCellResult {
  const year = options.year ?? new Date().getFullYear();
  const weekly: WeeklyPeriod[] = [];
  const exceptions: DateException[] = [];
  const problems: HoursCellProblem[] = [];
  const notes: string[] = [];
  for (const raw of cell.split(/[;\n\r]+/)) {
    const part = raw.trim().replace(/\s+/g, ' ');
    if (part === '') continue;
    if (BY_APPOINTMENT.test(part)) {
      notes.push(part.charAt(0).toUpperCase() + part.slice(1));
      continue;
    }
    const closed = CLOSED.exec(part);
    if (closed) {
      const dates = readDates(closed[1]!, year);
      if (!dates) problems.push({ text: part, example: EXAMPLE_CLOSED });
      else if (dates.some((date) => exceptions.some((e) => e.date === date && !e.closed))) problems.push({ text: part, example: EXAMPLE_CLOSED });
      else for (const date of dates) addClosed(exceptions, date);
      continue;
    }
    const open = OPEN.exec(part);
    if (open) {
      const match = OPEN_DATES_TIMES.exec(open[1]!);
      const dates = match ? readDates(match[1]!, year) : undefined;
      const times = match ? readTimes(match[2]!) : undefined;
      // A date that is also closed says two things at once: the editor decides which holds.
      if (!dates || !times || dates.some((date) => exceptions.some((e) => e.date === date && e.closed))) {
        problems.push({ text: part, example: EXAMPLE_OPEN });
      } else for (const date of dates) addOpen(exceptions, date, times);
      continue;
    }
    let periods = NOT_WEEKLY.test(part) ? undefined : readWeekPart(part);
    // "di 9-12, do 13-15": parts joined by a comma instead of ";", each with its own days.
    if (!periods && !NOT_WEEKLY.test(part) && part.includes(',')) {
      const pieces = part.split(',').map((piece) => readWeekPart(piece.trim()));
      if (pieces.length > 1 && pieces.every((piece) => piece !== undefined)) periods = pieces.flat();
    }
    if (!periods) problems.push(NOT_WEEKLY.test(part) ? { text: part, example: exampleDates(year), notWeekly: true } : { text: part, example: EXAMPLE_WEEK });
    else for (const period of periods) if (!weekly.some((p) => same(p, period))) weekly.push(period);
  }
  if (weekly.length === 0 && exceptions.length === 0 && notes.length === 0) return { problems };
  weekly.sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.opens.localeCompare(b.opens));
  exceptions.sort((a, b) => a.date.localeCompare(b.date));
  const schedule: Schedule = { weekly, exceptions };
  if (notes.length > 0) schedule.note = notes.join('. ');
  return { schedule, problems };
}

function same(a: WeeklyPeriod, b: WeeklyPeriod): boolean {
  return a.day === b.day && a.opens === b.opens && a.closes === b.closes;
}

function addOpen(exceptions: DateException[], date: string, times: TimePeriod[]): void {
  let exception = exceptions.find((e) => e.date === date);
  if (!exception) {
    exception = { date, closed: false, periods: [] };
    exceptions.push(exception);
  }
  for (const t of times) if (!exception.periods.some((p) => p.opens === t.opens && p.closes === t.closes)) exception.periods.push({ ...t });
  exception.periods.sort((a, b) => a.opens.localeCompare(b.opens));
}

function addClosed(exceptions: DateException[], date: string): void {
  if (!exceptions.some((e) => e.date === date)) exceptions.push({ date, closed: true, periods: [] });
}

/** "25-12" (this year and next), "25-12-2026", "2026-12-25", several joined by "," or "en". */
function readDates(text: string, year: number): string[] | undefined {
  const dates: string[] = [];
  for (const word of text.split(/\s*(?:,|\ben\b|\band\b)\s*/i)) {
    if (word === '') continue;
    const iso = ISO_DATE.exec(word);
    if (iso) {
      const date = validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
      if (!date) return undefined;
      dates.push(date);
      continue;
    }
    const match = DATE.exec(word);
    if (!match) return undefined;
    const day = Number(match[1]);
    const month = Number(match[2]);
    const years = match[3] ? [Number(match[3])] : [year, year + 1];
    for (const y of years) {
      const date = validDate(y, month, day);
      if (!date) return undefined;
      dates.push(date);
    }
  }
  return dates.length > 0 ? dates : undefined;
}

function validDate(year: number, month: number, day: number): string | undefined {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** "ma-vr 9:00-12:00", "di en do 9:15-11:45 en 13-15", "dagelijks 10-12". */
function readWeekPart(part: string): WeeklyPeriod[] | undefined {
  const firstDigit = part.search(/\d/);
  if (firstDigit <= 0) return undefined;
  const days = readDays(plainDays(part.slice(0, firstDigit).trim().replace(/[:,]$/, '').trim()));
  if (!days) return undefined;
  const times = readTimes(part.slice(firstDigit));
  if (!times) return undefined;
  return days.flatMap((day) => times.map((t) => ({ day, ...t })));
}

/**
 * The days without words that add nothing when the times follow: "elke woensdag" and "iedere
 * dinsdag" (every week is what a week says; "elke 2e dinsdag" never gets here), "ma van" (9 tot
 * 12), "woensdagmiddag" (the times say which part of the day).
 */
function plainDays(text: string): string {
  if (EVERY_DAY.has(text.toLowerCase())) return text;
  return text
    .replace(/^(?:elke|iedere)\s+/i, '')
    .replace(/\s+van$/i, '')
    .replace(/dag(?:ochtend|middag|avond|morgen)\b/gi, 'dag');
}

/** "9:00-12:00", "9-12 en 13-15", "9.00-12.00, 13:30-16:00". */
function readTimes(text: string): TimePeriod[] | undefined {
  const times: TimePeriod[] = [];
  for (const piece of text.split(/\s*(?:,|\ben\b|\band\b|&)\s*/i)) {
    const match = PERIOD.exec(piece.trim());
    if (!match) return undefined;
    const opens = time(match[1]!, match[2]);
    const closes = time(match[3]!, match[4]);
    if (!opens || !closes || closes <= opens || opens === '24:00') return undefined;
    times.push({ opens, closes });
  }
  return times;
}

function time(hours: string, minutes: string | undefined): string | undefined {
  const h = Number(hours);
  const m = minutes === undefined ? 0 : Number(minutes);
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return undefined;
  return `${pad(h)}:${pad(m)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "ma-vr", "ma t/m vr", "di en do", "ma, wo, vr", "di/do", "dagelijks". */
function readDays(text: string): Weekday[] | undefined {
  // "t/m" and "tot en met" would otherwise be cut at their "/" and "en".
  const lower = text.toLowerCase().replace(/\s*(?:\btot en met\b|\bt\/m\b|\btm\b|\bthrough\b)\s*/g, '-');
  if (EVERY_DAY.has(lower)) return [...WEEKDAYS];
  const days: Weekday[] = [];
  for (const group of lower.split(/\s*(?:,|\/|&|\ben\b|\band\b)\s*/)) {
    if (group === '') continue;
    const range = /^([a-z]+)\.?\s*[-–]\s*([a-z]+)\.?$/.exec(group);
    if (range) {
      const from = dayWord(range[1]!);
      const to = dayWord(range[2]!);
      if (!from || !to) return undefined;
      const start = WEEKDAYS.indexOf(from);
      const end = WEEKDAYS.indexOf(to);
      // "za-ma" wraps over the weekend.
      for (let i = start; ; i = (i + 1) % 7) {
        days.push(WEEKDAYS[i]!);
        if (i === end) break;
      }
      continue;
    }
    const day = dayWord(group.replace(/\.$/, ''));
    if (!day) return undefined;
    days.push(day);
  }
  return days.length > 0 ? [...new Set(days)] : undefined;
}

/**
 * Writes a schedule back as one cell, so a feed can become a spreadsheet and back:
 * parsing the result gives the same weekly periods, closed dates and dates with other
 * hours. Of notes only "op afspraak" has a cell syntax; other notes are left out.
 */
export function formatHoursCell(schedule: Schedule | undefined): string {
  if (!schedule) return '';
  const byTime = new Map<string, Weekday[]>();
  for (const period of schedule.weekly) {
    const key = `${period.opens}-${period.closes}`;
    const days = byTime.get(key) ?? [];
    if (!days.includes(period.day)) days.push(period.day);
    byTime.set(key, days);
  }
  const parts = [...byTime]
    .map(([key, days]) => {
      days.sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
      const [opens, closes] = key.split('-') as [string, string];
      return { first: WEEKDAYS.indexOf(days[0]!), opens, text: `${formatDays(days)} ${short(opens)}-${short(closes)}` };
    })
    .sort((a, b) => a.first - b.first || a.opens.localeCompare(b.opens))
    .map((part) => part.text);

  // An exception by the words that say it: closed, or open at these times ("" for neither).
  const say = (e: DateException): string =>
    e.closed ? 'gesloten op' : e.periods.length > 0 ? `open op ${e.periods.map((p) => `${short(p.opens)}-${short(p.closes)}`).join(' en ')}` : '';
  const said = new Map<string, string>();
  for (const e of schedule.exceptions) if (say(e) !== '') said.set(e.date, say(e));
  const written = new Set<string>();
  for (const [date, words] of said) {
    if (written.has(date)) continue;
    const next = `${String(Number(date.slice(0, 4)) + 1).padStart(4, '0')}${date.slice(4)}`;
    const [y, m, d] = date.split('-');
    // The same day, said the same way, this year and next: what "gesloten op 25-12" reads as.
    const yearly = said.get(next) === words;
    if (yearly) written.add(next);
    const [lead, times] = words.startsWith('open op ') ? ['open op', words.slice('open op '.length)] : [words, ''];
    parts.push(`${lead} ${d}-${m}${yearly ? '' : `-${y}`}${times ? ` ${times}` : ''}`);
    written.add(date);
  }
  // A note the cell can say again ("Op afspraak"); other notes have no cell syntax.
  if (typeof schedule.note === 'string' && schedule.note.split('. ').every((note) => BY_APPOINTMENT.test(note))) parts.push(schedule.note.split('. ').join('; '));
  return parts.join('; ');
}

function formatDays(days: Weekday[]): string {
  const indexes = days.map((day) => WEEKDAYS.indexOf(day));
  const consecutive = indexes.every((index, i) => i === 0 || index === indexes[i - 1]! + 1);
  if (days.length >= 3 && consecutive) return `${SHORT[days[0]!]}-${SHORT[days[days.length - 1]!]}`;
  const names = days.map((day) => SHORT[day]);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

/** "09:00" → "9:00". */
function short(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}
