/**
 * Opening hours in one spreadsheet cell, the way people write them:
 *
 *     ma-vr 9:00-12:00; wo 13:30-16:00
 *     di en do 9:15-11:45
 *     za 10-12
 *     9-12 ma-vr                   (the times first)
 *     di 9-12 (inloop)             (text in brackets is a note beside the hours)
 *     gesloten op 25-12            (every year)
 *     gesloten op 25-12-2026       (one date)
 *     gesloten van 20-7 t/m 31-8   (each day of a run, at most 99)
 *     open op 24-12 9:00-12:00     (other hours on that date, every year; or with a year, once)
 *
 * Parts are separated by `;`, `|` or a new line. A part that cannot be read is returned as a
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
/** "24/7", "dag en nacht bereikbaar": a phone line or shelter open every hour of the week. */
const ALWAYS = /^(?:24\s*\/\s*7|24 uur per dag(?:,? 7 dagen per week)?|dag en nacht(?: open| bereikbaar)?|altijd (?:open|bereikbaar)|24 hours a day)$/i;
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

const FULL_DUTCH_DAY = '(?:maan|dins|woens|donder|vrij|zater|zon)dag';
/** A Dutch day in full or short ("woensdag", "wo"). */
const DUTCH_DAY = `${FULL_DUTCH_DAY}|${Object.values(SHORT).join('|')}`;
const ORDINAL_WORD = '(?:eerste|tweede|derde|vierde|laatste)';
/** "1e", "2de", "1ste". */
const ORDINAL_NUMBER = String.raw`\d\s*(?:e|ste|de)`;
const LIST_AND = String.raw`\s*(?:,|en|of|&)\s*`;

/**
 * "elke 2e dinsdag", "iedere eerste maandag van de maand", "om de week", "even weken": times
 * that do not come back every week. A week cannot say them; dates with "open op" can. A
 * number with "e" counts before a day or "week" ("1e en 3e woensdag") and in a list ("(1e en
 * 3e)"): "(1e verdieping)" is a note.
 */
const NOT_WEEKLY = new RegExp(
  String.raw`\b(?:${[
    String.raw`om de (?:week|twee weken|andere week|\d+ weken|\d+ dagen)`,
    String.raw`(?:elke|iedere|de)\s+${ORDINAL_WORD}\b`,
    String.raw`(?:elke|iedere)\s+\d`,
    String.raw`${ORDINAL_NUMBER}(?:${LIST_AND}${ORDINAL_NUMBER}){0,6}\s+(?:${DUTCH_DAY}|week|mon|tue|wed|thu|fri|sat|sun)\b`,
    String.raw`${ORDINAL_NUMBER}${LIST_AND}${ORDINAL_NUMBER}\b`,
    String.raw`${ORDINAL_WORD}${LIST_AND}${ORDINAL_WORD}\b`,
    String.raw`laatste\s+(?:${DUTCH_DAY}|week)\b`,
    String.raw`week\s+\d`,
    '(?:van|per) de maand',
    String.raw`v\.?\s?d\.?\s?maand`,
    'per maand',
    'maandelijks',
    'tweewekelijks',
    '(?:on)?even weken',
    '(?:on)?even weeknummers',
  ].join('|')})`,
  'i',
);
const EXAMPLE_CLOSED = 'gesloten op 25-12';
const EXAMPLE_OPEN = 'open op 24-12 9:00-12:00';
/** How a note goes beside the hours: in brackets after them. */
const EXAMPLE_NOTE = 'ma-vr 9:00-12:00 (niet in de schoolvakanties)';
/** Days with hours of their own: each their own part. */
const EXAMPLE_TWO = 'ma 9:00-12:00; wo 13:00-16:00';
/** Two times on the same days, as a lunch break or "ook 13-15" in brackets meant. */
const EXAMPLE_BREAK = 'ma-vr 9:00-12:00 en 13:00-17:00';
/**
 * A time in a note: "13-15", "vanaf 14 uur", "tot 12" ("tot 12 jaar" is an age). The hours
 * outside the brackets would then be shown as if the note changed nothing.
 */
const TIME_IN_NOTE = /\d{1,2}(?:[:.]\d{2})?\s*(?:-|–|—|\btot\b|t\/m)\s*\d|\d\s*u(?:ur)?\b|\b(?:vanaf|tot|van|na|voor|om)\s+\d{1,2}(?:[:.]\d{2})?(?![\d:.])(?!\s*jaar)/i;
/** A weekday written in full ("woensdagmiddag", "zaterdags", "Monday"). */
const FULL_DAY = new RegExp(`${FULL_DUTCH_DAY}|(?:mon|tues|wednes|thurs|fri|satur|sun)day`, 'i');

/** Reads an opening-hours cell. Never throws. */
export function parseHoursCell(cell: string, options: HoursCellOptions = {}): HoursCellResult {
  const year = options.year ?? new Date().getFullYear();
  const weekly: WeeklyPeriod[] = [];
  const exceptions: DateException[] = [];
  const problems: HoursCellProblem[] = [];
  const notes: SaidNote[] = [];
  const weeklyParts = new Set<string>();
  for (const raw of cell.split(/[;|\n\r]+/).flatMap(daysOfTheirOwn)) {
    const part = raw.trim().replace(/\s+/g, ' ');
    if (part === '') continue;
    // "di 9-12 (inloop)": the hours are read outside the brackets; inside is a note.
    const bracketed = splitBrackets(part);
    // Brackets alone ("(inloop)", "(ma-vr 9-12)") have no hours outside them to read.
    if (!bracketed || bracketed.rest === '') {
      problems.push({ text: part, example: EXAMPLE_NOTE });
      continue;
    }
    const { said } = bracketed;
    // Month names ("25 december") only where dates are read: a note keeps its own words.
    const rest = CLOSED.test(bracketed.rest) || OPEN.test(bracketed.rest) ? numericDates(bracketed.rest) : bracketed.rest;
    if (BY_APPOINTMENT.test(rest)) {
      notes.push({ text: rest }, ...said.map((text) => ({ text })));
      continue;
    }
    // "gesloten op 24-12 (vanaf 14 uur)": the date's hours are in the note, not in what is read.
    if ((CLOSED.test(rest) || OPEN.test(rest)) && said.some((note) => TIME_IN_NOTE.test(note))) {
      problems.push({ text: part, example: EXAMPLE_OPEN });
      continue;
    }
    const closed = CLOSED.exec(rest);
    if (closed) {
      const dates = readDates(closed[1]!, year);
      if (!dates) problems.push({ text: part, example: EXAMPLE_CLOSED });
      else if (dates.some((date) => exceptions.some((e) => e.date === date && !e.closed))) problems.push({ text: part, example: EXAMPLE_CLOSED });
      else for (const date of dates) addClosed(exceptions, date, said.map(capital));
      continue;
    }
    const open = OPEN.exec(rest);
    if (open) {
      const match = OPEN_DATES_TIMES.exec(open[1]!);
      const dates = match ? readDates(match[1]!, year) : undefined;
      const times = match ? readTimes(match[2]!) : undefined;
      // A date that is also closed says two things at once: the editor decides which holds.
      if (!dates || !times || dates.some((date) => exceptions.some((e) => e.date === date && e.closed))) {
        problems.push({ text: part, example: EXAMPLE_OPEN });
      } else for (const date of dates) addOpen(exceptions, date, times, said.map(capital));
      continue;
    }
    // The brackets count too: "wo 14-16 (even weken)" is no week, whatever stands outside them.
    if (NOT_WEEKLY.test(part)) {
      problems.push({ text: part, example: exampleDates(year), notWeekly: true });
      continue;
    }
    const periods = readWeek(rest);
    // A bracket with days in it ("ma-vr 9-17 (wo tot 12)", "ma (en wo) 9-12") or only times
    // ("ma 9-12 (13-16)") changes the week itself: as a note the map would show the hours
    // outside it, and those would be wrong.
    const daysInBrackets = said.some(namesDays);
    // "(ook 13-15)", "(lunch 12-13)", "(in de zomer tot 16 uur)": more or other times on these days.
    const timesInBrackets = !daysInBrackets && said.some((note) => TIME_IN_NOTE.test(note));
    if (!periods || daysInBrackets || timesInBrackets) {
      const example = timesInBrackets ? EXAMPLE_BREAK : daysInBrackets || twoOrders(rest) ? EXAMPLE_TWO : said.length > 0 ? EXAMPLE_NOTE : EXAMPLE_WEEK;
      problems.push({ text: part, example });
      continue;
    }
    for (const period of periods) if (!weekly.some((p) => same(p, period))) weekly.push(period);
    // The part as the map writes hours ("ma-vr 9:00-12:00"), however the editor wrote it.
    weeklyParts.add(partText(periods));
    notes.push(...said.map((text) => ({ text, periods })));
  }
  if (weekly.length === 0 && exceptions.length === 0 && notes.length === 0) return { problems };
  weekly.sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.opens.localeCompare(b.opens));
  exceptions.sort((a, b) => a.date.localeCompare(b.date));
  const schedule: Schedule = { weekly, exceptions };
  if (notes.length > 0) schedule.note = joinNotes(notes, weeklyParts.size);
  return { schedule, problems };
}

/** A note as written, and the periods of the weekly part it was in brackets after, if any. */
interface SaidNote {
  text: string;
  periods?: WeeklyPeriod[];
}

/**
 * The place's note: each note once, with a capital. A bracket note that not every weekly
 * part has says which part it belongs to ("Di 9:00-12:00: inloop"): the map shows one note
 * for the whole week, and a bare "Inloop" beside tuesday and thursday would make both walk-ins.
 */
function joinNotes(notes: readonly SaidNote[], weeklyParts: number): string {
  const partsOf = new Map<string, { text: string; parts: Set<string>; periods: WeeklyPeriod[] }>();
  for (const { text, periods } of notes) {
    const key = capital(text);
    const seen = partsOf.get(key) ?? { text, parts: new Set(), periods: [] };
    if (periods) {
      seen.parts.add(partText(periods));
      seen.periods.push(...periods);
    }
    partsOf.set(key, seen);
  }
  // The parts of one note written together, as the week is ("ma en wo 9:00-12:00"): so it
  // reads back the same from "ma en wo 9:00-12:00 (inloop)".
  return [...partsOf]
    .map(([key, { text, parts, periods }]) =>
      parts.size === 0 || parts.size === weeklyParts ? key : `${capital(partText(periods))}: ${text}`,
    )
    .join('. ');
}

/**
 * "di 9-12 (inloop) en do 13-15", "ma-do 9-17, vr 9-12 (inloop)": after a time or a bracket,
 * "," or "en" before days starts a part of its own, so a bracket is the note of the days it
 * follows only. Never inside brackets.
 */
function daysOfTheirOwn(part: string): string[] {
  const [first = '', ...rest] = part.split(/((?<=\d|\bu(?:ur)?|\))\s*(?:,|\s(?:en|&)\s)\s*(?=\p{L}))/u);
  const pieces = [first];
  for (let i = 0; i < rest.length; i += 2) {
    const last = pieces.at(-1)!;
    // A piece that opened a bracket it did not close was cut inside it.
    if ((last.match(/\(/g)?.length ?? 0) > (last.match(/\)/g)?.length ?? 0)) pieces[pieces.length - 1] = `${last}${rest[i]}${rest[i + 1]}`;
    else pieces.push(rest[i + 1]!);
  }
  // Only days (or "op afspraak") start a part: "di 9-12, soms later" stays one question.
  const startsOwnPart = (piece: string): boolean =>
    dayWord(/^\p{L}+/u.exec(piece)?.[0].toLowerCase().replace(/dag(?:ochtend|middag|avond|morgen)$/, 'dag') ?? '') !== undefined ||
    BY_APPOINTMENT.test(piece.replace(/\(.*\)/, '').trim());
  return pieces.slice(1).every(startsOwnPart) ? pieces : [part];
}

/**
 * True for a note that says something about days or is only times: a day in full ("niet op
 * woensdag"), only days ("en wo"), a Dutch short day ("wo gesloten", "laatste do"), a short day
 * with a number ("sat 10"), or only times ("13-16": on which days?). "zo", "we" and "vrij" are
 * also words ("zo nodig", "we hebben 2 zalen", "vrij entree"): they never count on their own.
 */
function namesDays(note: string): boolean {
  if (FULL_DAY.test(note) || readDays(note) !== undefined || readTimes(note) !== undefined) return true;
  const words = note.toLowerCase().split(/[^a-z]+/);
  if (words.some((word) => DUTCH_SHORT_DAYS.has(word))) return true;
  return /\d/.test(note) && words.some((word) => !ALSO_WORDS.has(word) && dayWord(word) !== undefined);
}

const ALSO_WORDS = new Set(['zo', 'we', 'vrij']);
const DUTCH_SHORT_DAYS = new Set(Object.values(SHORT).filter((day) => !ALSO_WORDS.has(day)));

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * "di 9-12 (inloop)" → "di 9-12" and ["inloop"]. Undefined when a bracket is not closed or
 * holds another ("(a (b))"): which part is the note would be a guess.
 */
function splitBrackets(part: string): { rest: string; said: string[] } | undefined {
  if (!part.includes('(') && !part.includes(')')) return { rest: part, said: [] };
  const said: string[] = [];
  const rest = part.replace(/\(([^()]*)\)/g, (_, inside: string) => {
    const note = inside.trim();
    if (note !== '') said.push(note);
    return ' ';
  });
  if (rest.includes('(') || rest.includes(')')) return undefined;
  return { rest: rest.replace(/\s+/g, ' ').replace(/ ,/g, ',').trim(), said };
}

/**
 * One part of the week: the days first ("ma-vr 9-12") or the times first ("9-12 ma-vr"), or
 * several joined by a comma or "en" ("di 9-12, do 13-15"), each with its own days, all in one order.
 */
function readWeek(part: string): WeeklyPeriod[] | undefined {
  if (ALWAYS.test(part)) return WEEKDAYS.map((day) => ({ day, opens: '00:00', closes: '24:00' }));
  const whole = readDaysFirst(part) ?? readTimesFirst(part);
  if (whole) return whole;
  // "ma-do 9-17 en vr 9-12": after a time, "en" or "&" before days starts the next days.
  const pieces = part.split(/,|(?<=\d|\bu(?:ur)?)\s+(?:en|&)\s+(?=\p{L})/iu).map((piece) => piece.trim());
  if (pieces.length < 2) return undefined;
  for (const read of [readDaysFirst, readTimesFirst]) {
    const periods = pieces.map(read);
    if (periods.every((p) => p !== undefined)) return periods.flat();
  }
  return undefined;
}

/**
 * "ma 9-12, 13-16 wo" and "9-12 ma 13-16": both orders in one part. Is 13-16 on Monday too?
 * Not read, but answered with an example of two parts.
 */
function twoOrders(part: string): boolean {
  const pieces = part.split(',').map((piece) => piece.trim());
  if (pieces.length > 1 && pieces.every((piece) => readDaysFirst(piece) ?? readTimesFirst(piece))) return true;
  const words = part.replace(/\b(?:uur|u|tot|en|to|and)\b/gi, '');
  const letter = words.search(/\p{L}/u);
  return /^\d/.test(words) && letter > 0 && /\d/.test(words.slice(letter));
}

function same(a: WeeklyPeriod, b: WeeklyPeriod): boolean {
  return a.day === b.day && a.opens === b.opens && a.closes === b.closes;
}

function addOpen(exceptions: DateException[], date: string, times: TimePeriod[], notes: readonly string[]): void {
  let exception = exceptions.find((e) => e.date === date);
  if (!exception) {
    exception = { date, closed: false, periods: [] };
    exceptions.push(exception);
  }
  for (const t of times) if (!exception.periods.some((p) => p.opens === t.opens && p.closes === t.closes)) exception.periods.push({ ...t });
  exception.periods.sort((a, b) => a.opens.localeCompare(b.opens));
  addNotes(exception, notes);
}

function addClosed(exceptions: DateException[], date: string, notes: readonly string[]): void {
  let exception = exceptions.find((e) => e.date === date);
  if (!exception) {
    exception = { date, closed: true, periods: [] };
    exceptions.push(exception);
  }
  addNotes(exception, notes);
}

/** "gesloten op 25-12 (kerst)": the bracket is that date's note, which the map shows with it. */
function addNotes(exception: DateException, notes: readonly string[]): void {
  const old = typeof exception.note === 'string' ? exception.note.split('. ') : [];
  const all = [...new Set([...old, ...notes])];
  if (all.length > 0) exception.note = all.join('. ');
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6, juli: 7, jul: 7,
  augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH_DATES = new RegExp(String.raw`(?<![-/.])\b(\d{1,2}(?:\s*(?:,|en|t\/m|tot en met)\s*\d{1,2})*)\s+(${Object.keys(MONTHS).join('|')})\b\.?(?:\s+(\d{4})\b)?`, 'gi');

/**
 * "25 december", "24 en 31 dec 2026", "20 t/m 31 juli" → "25-12", "24-12-2026 en 31-12-2026",
 * "20-7 t/m 31-7": how the dates are read. The month of a list or run is said once, at its end.
 */
function numericDates(part: string): string {
  return part.replace(MONTH_DATES, (_, days: string, month: string, year: string | undefined) =>
    days.replace(/\d+/g, (day) => `${day}-${MONTHS[month.toLowerCase()]}${year ? `-${year}` : ''}`),
  );
}

/** "gesloten van 20-7 t/m 31-8": a summer closure is a run of dates, at most a season long. */
const RANGE = /^(?:van\s+)?(\S+)\s*(?:t\/m|tm|tot en met)\s*(\S+)$/i;
/** The most dates one run may have, the first and last included. */
const LONGEST_RANGE_DAYS = 99;
const DAY_MS = 86_400_000;

/**
 * "20-7 t/m 31-8" (this year and next), "24-12 t/m 1-1" (into the next year), "20-7-2026 t/m
 * 31-8-2026": each date of the run. Undefined for one that is not a run of dates, ends before
 * it starts or is longer than a season.
 */
function readRange(text: string, year: number): string[] | undefined {
  const match = RANGE.exec(text.trim());
  const from = match && DATE.exec(match[1]!);
  const to = match && DATE.exec(match[2]!);
  if (!from || !to) return undefined;
  const [fromDay, fromMonth, toDay, toMonth] = [from[1], from[2], to[1], to[2]].map(Number) as [number, number, number, number];
  // "24-12 t/m 1-1" ends in the year after it starts.
  const wraps = toMonth * 100 + toDay < fromMonth * 100 + fromDay;
  // Without years: this year's and next year's; one over New Year also last year's, which is
  // still going on in early January (when a sheet read then starts its year).
  const startYears = from[3] ? [Number(from[3])] : to[3] ? [Number(to[3]) - (wraps ? 1 : 0)] : wraps ? [year - 1, year, year + 1] : [year, year + 1];
  const dates: string[] = [];
  for (const startYear of startYears) {
    const first = validDate(startYear, fromMonth, fromDay);
    const last = validDate(to[3] ? Number(to[3]) : startYear + (wraps ? 1 : 0), toMonth, toDay);
    if (!first || !last) return undefined;
    const start = Date.parse(first);
    const days = (Date.parse(last) - start) / DAY_MS;
    if (days < 1 || days + 1 > LONGEST_RANGE_DAYS) return undefined;
    for (let day = 0; day <= days; day += 1) dates.push(new Date(start + day * DAY_MS).toISOString().slice(0, 10));
  }
  return dates;
}

/** "25-12" (this year and next), "25-12-2026", "2026-12-25", several joined by "," or "en". */
function readDates(text: string, year: number): string[] | undefined {
  const range = readRange(text, year);
  if (range) return range;
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

/** "2026-12-31" → "2027-01-01". */
function dayAfter(date: string): string {
  return new Date(Date.parse(date) + DAY_MS).toISOString().slice(0, 10);
}

function validDate(year: number, month: number, day: number): string | undefined {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** "ma-vr 9:00-12:00", "di en do 9:15-11:45 en 13-15", "dagelijks 10-12". */
function readDaysFirst(part: string): WeeklyPeriod[] | undefined {
  const firstDigit = part.search(/\d/);
  if (firstDigit <= 0) return undefined;
  const days = readDays(plainDays(part.slice(0, firstDigit).trim().replace(/[:,]$/, '').trim()));
  if (!days) return undefined;
  const times = readTimes(part.slice(firstDigit), true);
  if (!times) return undefined;
  return onDays(days, times);
}

/**
 * "9-12 ma-vr", "9:00-12:30 ma t/m vr", "13.00 - 17.00 uur dinsdag en donderdag", "van 9 tot 12
 * op woensdag": the times up to the last digit (and its "uur"), then the days.
 */
function readTimesFirst(part: string): WeeklyPeriod[] | undefined {
  const text = part.replace(/^van\s+/i, '');
  if (!/^\d/.test(text)) return undefined;
  let end = text.length;
  while (end > 0 && !/\d/.test(text.charAt(end - 1))) end--;
  const unit = /^\s*(?:uur|u)\b/i.exec(text.slice(end));
  if (unit) end += unit[0].length;
  const times = readTimes(text.slice(0, end), true);
  if (!times) return undefined;
  const days = readDays(plainDays(text.slice(end).trim().replace(/^[:,]\s*/, '').replace(/^op\s+/i, '')));
  if (!days) return undefined;
  return onDays(days, times);
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

/**
 * The times on each day; a time past midnight ("vr 20-02") goes on into the next day until it
 * closes: friday 20:00-24:00 and saturday 0:00-2:00.
 */
function onDays(days: Weekday[], times: OvernightPeriod[]): WeeklyPeriod[] {
  return days.flatMap((day) =>
    times.flatMap(({ opens, closes, nextDay }) => {
      const periods = [{ day, opens, closes }];
      if (nextDay) periods.push({ day: WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % 7]!, opens: '00:00', closes: nextDay });
      return periods;
    }),
  );
}

/** A period that may go on after midnight: it closes at 24:00, and the next day at `nextDay`. */
interface OvernightPeriod extends TimePeriod {
  nextDay?: string;
}

/**
 * Only an evening goes on past midnight, into the early morning: "ma 9-5" is more likely 9 to
 * 17 than a night, so it is asked about.
 */
const NIGHT_OPENS = '18:00';
const NIGHT_CLOSES = '06:00';

/**
 * "9:00-12:00", "9-12 en 13-15", "9.00-12.00, 13:30-16:00"; with `overnight`, "20-02" goes on
 * past midnight.
 */
function readTimes(text: string, overnight = false): OvernightPeriod[] | undefined {
  const times: OvernightPeriod[] = [];
  // "8.30-12.30 / 13.30-17.00": a slash between two times of day is "en".
  for (const piece of text.split(/\s*(?:,|\ben\b|\band\b|&|(?<=\d|\bu(?:ur)?)\s*\/(?=\s*\d))\s*/i)) {
    const match = PERIOD.exec(piece.trim());
    if (!match) return undefined;
    const opens = time(match[1]!, match[2]);
    const closes = time(match[3]!, match[4]);
    if (!opens || !closes || opens === '24:00') return undefined;
    if (overnight && closes < opens && opens >= NIGHT_OPENS && closes <= NIGHT_CLOSES && closes > '00:00') times.push({ opens, closes: '24:00', nextDay: closes });
    else if (closes === '00:00' && opens > closes) times.push({ opens, closes: '24:00' });
    else if (closes <= opens) return undefined;
    else times.push({ opens, closes });
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
 * hours, and the notes (in brackets, or "op afspraak"). Three days or more closed in a row
 * are one run ("gesloten op 20-07 t/m 31-08"), in runs of at most 99 days. A note that would
 * read back otherwise (one with brackets or ";" in it, another language) is left out; one
 * that would only gain a capital is written.
 */
export function formatHoursCell(schedule: Schedule | undefined): string {
  if (!schedule) return '';
  const weekParts = weekPartsOf(schedule.weekly).map((part) => part.text);
  // An exception by the words that say it: closed, or open at these times ("" for neither),
  // then its note in brackets when reading it back gives the same note.
  const say = (e: DateException): string =>
    e.closed ? 'gesloten op' : e.periods.length > 0 ? `open op ${e.periods.map((p) => `${short(p.opens)}-${short(p.closes)}`).join(' en ')}` : '';
  const said = new Map<string, string>();
  const dateParts: string[] = [];
  for (const e of schedule.exceptions) if (say(e) !== '') said.set(e.date, `${say(e)}${sayableDateNote(e.note) ? ` (${e.note})` : ''}`);
  const written = new Set<string>();
  const nextYear = (date: string): string => `${String(Number(date.slice(0, 4)) + 1).padStart(4, '0')}${date.slice(4)}`;
  // The same day, said the same way, this year and next: what "gesloten op 25-12" reads as.
  const yearly = (date: string): boolean => said.get(nextYear(date)) === said.get(date);
  for (const date of [...said.keys()].sort()) {
    if (written.has(date)) continue;
    const words = said.get(date)!;
    const [lead, rest] = words.startsWith('open op ') ? ['open op', words.slice('open op '.length)] : words.startsWith('gesloten op') ? ['gesloten op', words.slice('gesloten op'.length).trim()] : [words, ''];
    // Three days or more closed in a row, said the same way: "gesloten op 20-07 t/m 31-08".
    const run = [date];
    for (let day = dayAfter(date); lead === 'gesloten op' && run.length < LONGEST_RANGE_DAYS && said.get(day) === words && yearly(day) === yearly(date) && !written.has(day); day = dayAfter(day)) run.push(day);
    const last = run.length >= 3 ? run.at(-1)! : date;
    // A run over New Year without a year is read in three years (readRange): all are said.
    const overNewYear = last.slice(0, 4) !== date.slice(0, 4);
    for (const day of last === date ? [date] : run) {
      written.add(day);
      for (let twin = nextYear(day), years = 0; yearly(date) && said.get(twin) === words && years < (overNewYear ? 2 : 1); twin = nextYear(twin), years += 1) written.add(twin);
    }
    const dayMonth = (day: string): string => `${day.slice(8)}-${day.slice(5, 7)}${yearly(date) ? '' : `-${day.slice(0, 4)}`}`;
    dateParts.push(`${lead} ${dayMonth(date)}${last === date ? '' : ` t/m ${dayMonth(last)}`}${rest ? ` ${rest}` : ''}`);
  }
  const cell = [...weekParts, ...dateParts].join('; ');
  const note = schedule.note;
  if (typeof note !== 'string') return cell;
  // "Op afspraak" as its own part, as it is written.
  const pieces = note.split('. ');
  if (pieces.every((piece) => BY_APPOINTMENT.test(piece))) return [...weekParts, ...dateParts, ...pieces].join('; ');
  const readsBack = (parts: string[]): boolean => {
    const read = parseHoursCell(parts.join('; ')).schedule;
    return read !== undefined && readsBackAs(read.note, note) && sameWeek(read.weekly, schedule.weekly);
  };
  for (const noted of weekParts.length > 0 ? notedWeek(schedule.weekly, pieces) : []) {
    if (readsBack([...noted, ...dateParts])) return [...noted, ...dateParts].join('; ');
  }
  // A note for the whole week, after every weekly part, or after "op afspraak"; left out
  // when reading it back would not give it.
  const withNote = weekParts.map((part) => `${part} (${note})`);
  if (weekParts.length === 0 && BY_APPOINTMENT.test(pieces[0]!)) withNote.push(`${pieces[0]} (${pieces.slice(1).join('. ')})`);
  return withNote.length > 0 && readsBack([...withNote, ...dateParts]) ? [...withNote, ...dateParts].join('; ') : cell;
}

/** A part of the week as the map writes hours ("ma en wo 9:00-12:00, vr 13:00-15:00"). */
function partText(periods: readonly WeeklyPeriod[]): string {
  return weekPartsOf(periods)
    .map((p) => p.text)
    .join(', ');
}

/** The week as parts of days with the same times ("ma-vr 9:00-12:00"), in the order of the week. */
function weekPartsOf(weekly: readonly WeeklyPeriod[]): { first: number; text: string }[] {
  const byTime = new Map<string, Weekday[]>();
  for (const period of weekly) {
    const key = `${period.opens}-${period.closes}`;
    const days = byTime.get(key) ?? [];
    if (!days.includes(period.day)) days.push(period.day);
    byTime.set(key, days);
  }
  return [...byTime]
    .map(([key, days]) => {
      days.sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
      const [opens, closes] = key.split('-') as [string, string];
      return { first: WEEKDAYS.indexOf(days[0]!), opens, text: `${formatDays(days)} ${short(opens)}-${short(closes)}` };
    })
    .sort((a, b) => a.first - b.first || a.opens.localeCompare(b.opens));
}

/**
 * The week written with the notes that name their part ("Di 9:00-12:00: inloop") in brackets
 * after that part ("di 9:00-12:00 (inloop)"); a note that names none goes with the part before
 * it. In the order of the week, as an editor writes it, and in the order of the notes, for
 * notes in another order; none when no note names a part of this week.
 */
function notedWeek(weekly: readonly WeeklyPeriod[], pieces: readonly string[]): string[][] {
  const noted: { first: number; text: string; brackets: string[][] }[] = [];
  const named: WeeklyPeriod[] = [];
  // Notes before the first that names a part are the whole week's: after every weekly part.
  const wholeWeek: string[] = [];
  for (const piece of pieces) {
    const [, part, text] = /^(.+?): (.+)$/.exec(piece) ?? [];
    const read = part ? parseHoursCell(part) : undefined;
    const periods = read?.problems.length === 0 && read.schedule?.exceptions.length === 0 && read.schedule.note === undefined ? read.schedule.weekly : [];
    const last = noted.at(-1);
    if (periods.length > 0 && periods.every((p) => weekly.some((q) => same(p, q)))) {
      const head = part!.charAt(0).toLowerCase() + part!.slice(1);
      const sameHead = noted.find((n) => n.text === head);
      if (sameHead) sameHead.brackets.push([text!]);
      else noted.push({ first: WEEKDAYS.indexOf(periods[0]!.day), text: head, brackets: [[text!]] });
      named.push(...periods);
    } else if (BY_APPOINTMENT.test(piece)) noted.push({ first: WEEKDAYS.length, text: piece, brackets: [] });
    else if (last?.brackets.length) last.brackets.at(-1)!.push(piece);
    else if (last) last.brackets.push([piece]);
    else wholeWeek.push(piece);
  }
  if (named.length === 0) return [];
  const unnamed = weekPartsOf(weekly.filter((p) => !named.some((q) => same(p, q)))).map((part) => ({ ...part, brackets: [] }));
  const write = (parts: typeof noted) =>
    parts.map(({ first, text, brackets }) => {
      const all = wholeWeek.length > 0 && first < WEEKDAYS.length ? [wholeWeek, ...brackets] : brackets;
      return [text, ...all.map((sentences) => `(${sentences.join('. ')})`)].join(' ');
    });
  return [write([...unnamed, ...noted].sort((a, b) => a.first - b.first)), write([...unnamed, ...noted])];
}

function sameWeek(a: readonly WeeklyPeriod[], b: readonly WeeklyPeriod[]): boolean {
  return a.length === b.length && a.every((p) => b.some((q) => same(p, q)));
}

/** True for a date's note that reads back the same in brackets after the date. */
function sayableDateNote(note: DateException['note']): note is string {
  return typeof note === 'string' && readsBackAs(parseHoursCell(`gesloten op 1-1-2000 (${note})`).schedule?.exceptions[0]?.note, note);
}

/**
 * A note read back from brackets starts with a capital, as the map shows it: "inloop" typed in
 * the studio is written as "(inloop)" and comes back "Inloop", which beats leaving it out.
 */
function readsBackAs(read: unknown, note: string): boolean {
  return read === note || read === capital(note);
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
