import { expect } from '@open-wc/testing';
import { formatHoursCell, parseHoursCell } from '../../../src/feed/sources/hours-cell.js';
import { validateFeed } from '../../../src/feed/validate.js';

const week = (cell: string): string[] =>
  (parseHoursCell(cell, { year: 2026 }).schedule?.weekly ?? []).map((p) => `${p.day} ${p.opens}-${p.closes}`);

describe('hours cell: the syntax people write', () => {
  it('reads a range of days and an extra afternoon', () => {
    expect(week('ma-vr 9:00-12:00; wo 13:30-16:00')).to.deep.equal([
      'mo 09:00-12:00', 'tu 09:00-12:00', 'we 09:00-12:00', 'we 13:30-16:00', 'th 09:00-12:00', 'fr 09:00-12:00',
    ]);
  });

  it('reads two days joined by "en"', () => {
    expect(week('di en do 9:15-11:45')).to.deep.equal(['tu 09:15-11:45', 'th 09:15-11:45']);
  });

  it('reads whole hours without minutes', () => {
    expect(week('za 10-12')).to.deep.equal(['sa 10:00-12:00']);
  });

  it('reads "t/m", "tot en met", dots, full day names and English', () => {
    expect(week('ma t/m vr 9.00-17.00')).to.have.length(5);
    expect(week('maandag tot en met woensdag 9-12')).to.deep.equal(['mo 09:00-12:00', 'tu 09:00-12:00', 'we 09:00-12:00']);
    expect(week('Mon-Tue 9:00 to 10:00')).to.deep.equal(['mo 09:00-10:00', 'tu 09:00-10:00']);
    expect(week('zo 20:00-24:00')).to.deep.equal(['su 20:00-24:00']);
  });

  it('reads "gesloten op 25-12" as closed this year and next, and a full date once', () => {
    const yearly = parseHoursCell('gesloten op 25-12', { year: 2026 }).schedule!;
    expect(yearly.exceptions.map((e) => [e.date, e.closed])).to.deep.equal([['2026-12-25', true], ['2027-12-25', true]]);
    const once = parseHoursCell('gesloten op 25-12-2026', { year: 2026 }).schedule!;
    expect(once.exceptions.map((e) => e.date)).to.deep.equal(['2026-12-25']);
  });

  it('reads "open op 24-12 9:00-12:00" as other hours on that date this year and next, and a full date once', () => {
    const yearly = parseHoursCell('ma-vr 9-17; open op 24-12 9:00-12:00', { year: 2026 });
    expect(yearly.problems).to.deep.equal([]);
    expect(yearly.schedule!.weekly).to.have.length(5);
    expect(yearly.schedule!.exceptions).to.deep.equal([
      { date: '2026-12-24', closed: false, periods: [{ opens: '09:00', closes: '12:00' }] },
      { date: '2027-12-24', closed: false, periods: [{ opens: '09:00', closes: '12:00' }] },
    ]);
    const once = parseHoursCell('open op 31-12-2026 13-15 en 9-12', { year: 2026 }).schedule!;
    expect(once.exceptions).to.deep.equal([
      { date: '2026-12-31', closed: false, periods: [{ opens: '09:00', closes: '12:00' }, { opens: '13:00', closes: '15:00' }] },
    ]);
    const several = parseHoursCell('Open op 24-12 en 31-12-2026 10.00-14.00', { year: 2026 }).schedule!;
    expect(several.exceptions.map((e) => e.date)).to.deep.equal(['2026-12-24', '2026-12-31', '2027-12-24']);
  });

  it('names an "open op" it cannot read, and a date that is both closed and open, and keeps the rest', () => {
    const result = parseHoursCell('open op 24-12; open op 24-12 12-9; open op 31-02 9-12; gesloten op 25-12; open op 25-12-2026 9-12; di 9-12', { year: 2026 });
    expect(result.problems).to.deep.equal([
      { text: 'open op 24-12', example: 'open op 24-12 9:00-12:00' },
      { text: 'open op 24-12 12-9', example: 'open op 24-12 9:00-12:00' },
      { text: 'open op 31-02 9-12', example: 'open op 24-12 9:00-12:00' },
      { text: 'open op 25-12-2026 9-12', example: 'open op 24-12 9:00-12:00' },
    ]);
    expect(result.schedule!.exceptions.map((e) => [e.date, e.closed])).to.deep.equal([['2026-12-25', true], ['2027-12-25', true]]);
    expect(result.schedule!.weekly).to.deep.equal([{ day: 'tu', opens: '09:00', closes: '12:00' }]);
  });

  it('gives a schedule with "open op" that feed validation accepts without a problem', () => {
    const schedule = parseHoursCell('ma-vr 9-17; open op 24-12 9-12; gesloten op 25-12', { year: 2026 }).schedule!;
    const { feed, problems } = validateFeed({ version: '1.0', publisher: { name: 'Test' }, places: [{ id: 'a', name: 'A', kind: 'informal-initiative', hours: schedule }] });
    expect(problems).to.deep.equal([]);
    expect(feed.places[0]!.hours!.exceptions.map((e) => [e.date, e.closed, e.periods.length])).to.deep.equal([
      ['2026-12-24', false, 1], ['2026-12-25', true, 0], ['2027-12-24', false, 1], ['2027-12-25', true, 0],
    ]);
  });

  it('gives back what it cannot read, with an example, and keeps the rest', () => {
    const result = parseHoursCell('maandagochtend; di 9-12; ma 12-9; gesloten op 31-02', { year: 2026 });
    expect(result.problems.map((p) => p.text)).to.deep.equal(['maandagochtend', 'ma 12-9', 'gesloten op 31-02']);
    expect(result.problems[0]!.example).to.equal('ma 9:00-12:00');
    expect(result.schedule!.weekly).to.deep.equal([{ day: 'tu', opens: '09:00', closes: '12:00' }]);
  });

  it('takes "constructor" for no day: "ma-constructor 9-12" looped for ever (a prototype key), the others gave periods without a day', () => {
    const result = parseHoursCell('ma-constructor 9-12; constructor-ma 9-12; constructor 9-12; di 9-12', { year: 2026 });
    expect(result.problems.map((p) => p.text)).to.deep.equal(['ma-constructor 9-12', 'constructor-ma 9-12', 'constructor 9-12']);
    expect(result.schedule!.weekly).to.deep.equal([{ day: 'tu', opens: '09:00', closes: '12:00' }]);
  });

  it('reads what editors add around days and times: "elke", "van … tot", "u", a part of the day, parts joined by a comma', () => {
    expect(week('elke woensdag 14-16')).to.deep.equal(['we 14:00-16:00']);
    expect(week('iedere dinsdag 9:30-11:30')).to.deep.equal(['tu 09:30-11:30']);
    expect(week('elke dag 10-12')).to.have.length(7);
    expect(week('ma t/m vr van 9 tot 12')).to.have.length(5);
    expect(week('ma van 9.00 tot 12.00 uur')).to.deep.equal(['mo 09:00-12:00']);
    expect(week('ma-vr 9u-12u')).to.have.length(5);
    expect(week('wo 9:00-12:00u')).to.deep.equal(['we 09:00-12:00']);
    expect(week('woensdagmiddag 13-16')).to.deep.equal(['we 13:00-16:00']);
    expect(week('dinsdagochtend en donderdagochtend 9-12')).to.deep.equal(['tu 09:00-12:00', 'th 09:00-12:00']);
    expect(week('di 9-12, do 13-15')).to.deep.equal(['tu 09:00-12:00', 'th 13:00-15:00']);
    // Without times a part of the day stays a question: which hours?
    expect(parseHoursCell('maandagochtend', { year: 2026 }).problems.map((p) => p.text)).to.deep.equal(['maandagochtend']);
    // A comma part that is no week still says so, as a whole.
    expect(parseHoursCell('di 9-12, soms later', { year: 2026 }).problems.map((p) => p.text)).to.deep.equal(['di 9-12, soms later']);
  });

  it('reads "op afspraak" as a note the map shows, not as a problem, alone or after times', () => {
    for (const cell of ['op afspraak', 'Alleen op afspraak', 'na afspraak', 'By appointment']) {
      const result = parseHoursCell(cell, { year: 2026 });
      expect(result.problems, cell).to.deep.equal([]);
      expect(result.schedule, cell).to.deep.equal({ weekly: [], exceptions: [], note: cell.charAt(0).toUpperCase() + cell.slice(1) });
    }
    const both = parseHoursCell('di 9-12; op afspraak', { year: 2026 });
    expect(both.problems).to.deep.equal([]);
    expect(both.schedule).to.deep.equal({ weekly: [{ day: 'tu', opens: '09:00', closes: '12:00' }], exceptions: [], note: 'Op afspraak' });
    const { problems } = validateFeed({ version: '1.0', publisher: { name: 'Test' }, places: [{ id: 'a', name: 'A', kind: 'informal-initiative', hours: both.schedule }] });
    expect(problems).to.deep.equal([]);
  });

  it('says how to write times that are not every week ("elke 2e dinsdag", "om de week"): as dates with "open op"', () => {
    for (const cell of ['elke 2e dinsdag', 'elke 2e dinsdag 9-12', 'iedere eerste maandag van de maand 14-16', 'om de week wo 9-11', '1e en 3e woensdag 13:30-15:30']) {
      const result = parseHoursCell(cell, { year: 2026 });
      expect(result.problems, cell).to.deep.equal([{ text: cell, example: 'open op 13-1-2027 9:00-12:00; open op 10-2-2027 9:00-12:00', notWeekly: true }]);
      // Not read as every week: "wo 9-11" would be wrong every other week.
      expect(result.schedule, cell).to.equal(undefined);
    }
    // The example it gives is read without a problem.
    expect(parseHoursCell('open op 13-1-2027 9:00-12:00; open op 10-2-2027 9:00-12:00', { year: 2026 }).problems).to.deep.equal([]);
  });

  it('gives no schedule for an empty cell', () => {
    expect(parseHoursCell('  ')).to.deep.equal({ problems: [] });
  });

  it('reads days with their own times joined by "en" or "&", times joined by "/", and parts split by "|"', () => {
    const weekdays = (times: string[], days = ['mo', 'tu', 'we', 'th', 'fr']) => days.flatMap((day) => times.map((t) => `${day} ${t}`));
    expect(week('ma t/m do 9:00-17:00 en vr 9:00-12:30')).to.deep.equal([...weekdays(['09:00-17:00'], ['mo', 'tu', 'we', 'th']), 'fr 09:00-12:30']);
    expect(week('di en do 9-12 & za 10-12')).to.deep.equal(['tu 09:00-12:00', 'th 09:00-12:00', 'sa 10:00-12:00']);
    expect(week('ma-vr 8.30-12.30 / 13.30-17.00')).to.deep.equal(weekdays(['08:30-12:30', '13:30-17:00']));
    expect(week('ma-vr 9 t/m 12 uur/13-17 uur')).to.deep.equal(weekdays(['09:00-12:00', '13:00-17:00']));
    expect(week('ma 9-12 | di 13-17')).to.deep.equal(['mo 09:00-12:00', 'tu 13:00-17:00']);
    // "en" between times stays one day's two periods; between days, one list of days.
    expect(week('wo 9-12 en 13-16')).to.deep.equal(['we 09:00-12:00', 'we 13:00-16:00']);
    expect(week('ma/wo/vr 9-12')).to.deep.equal(['mo 09:00-12:00', 'we 09:00-12:00', 'fr 09:00-12:00']);
  });

  it('reads an evening that goes on past midnight ("vr 20-02") into the next morning, and asks about "ma 9-5"', () => {
    expect(week('vr 20-02')).to.deep.equal(['fr 20:00-24:00', 'sa 00:00-02:00']);
    expect(week('20:00-1:00 vr en za')).to.deep.equal(['fr 20:00-24:00', 'sa 00:00-01:00', 'sa 20:00-24:00', 'su 00:00-01:00']);
    expect(week('zo 22:00-2:00')).to.deep.equal(['mo 00:00-02:00', 'su 22:00-24:00']);
    // Until midnight, written as 0 or 00:00.
    expect(week('za 22-0')).to.deep.equal(['sa 22:00-24:00']);
    expect(week('za 18:00-00:00')).to.deep.equal(['sa 18:00-24:00']);
    expect(formatHoursCell(read('vr 20-02').schedule)).to.equal('vr 20:00-24:00; za 0:00-2:00');
    // Not an evening into the early morning: more likely a mistake than a night ("9-5" for 9 to 17).
    for (const cell of ['ma 9-5', 'vr 20-06:30', 'vr 17-01']) expect(read(cell).problems.map((p) => p.text), cell).to.deep.equal([cell]);
  });

  it('reads "24/7" and "dag en nacht bereikbaar" as every hour of the week, and "open" alone as nothing', () => {
    const always = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'].map((day) => `${day} 00:00-24:00`);
    for (const cell of ['24/7', '24 / 7', 'dag en nacht bereikbaar', 'Dag en nacht', 'altijd bereikbaar', '24 uur per dag, 7 dagen per week']) {
      expect(week(cell), cell).to.deep.equal(always);
    }
    expect(read('24/7 (telefonisch)').schedule!.note).to.equal('Telefonisch');
    expect(formatHoursCell(read('24/7').schedule)).to.equal('ma-zo 0:00-24:00');
    // Open when? A shop "elke dag open" has hours; the editor is asked.
    for (const cell of ['open', 'bereikbaar', 'elke dag open']) expect(read(cell).problems.map((p) => p.text), cell).to.deep.equal([cell]);
  });

  it('reads dates with the month in words ("25 december", "24 en 31 dec", "1 mei 2026"), and keeps a note\'s own words', () => {
    const dates = (cell: string) => read(cell).schedule?.exceptions.map((e) => `${e.date}${e.closed ? ' dicht' : ` ${e.periods.map((p) => `${p.opens}-${p.closes}`).join(' ')}`}`);
    expect(dates('gesloten op 25 december')).to.deep.equal(['2026-12-25 dicht', '2027-12-25 dicht']);
    expect(dates('gesloten op 24 en 31 dec')).to.deep.equal(['2026-12-24 dicht', '2026-12-31 dicht', '2027-12-24 dicht', '2027-12-31 dicht']);
    expect(dates('gesloten op 1 mei 2026, 5 Mei 2026')).to.deep.equal(['2026-05-01 dicht', '2026-05-05 dicht']);
    // A date in numbers before one in words: "12 en 1" is not a list of days in January.
    expect(dates('gesloten op 25-12-2026 en 1 januari 2027')).to.deep.equal(['2026-12-25 dicht', '2027-01-01 dicht']);
    expect(dates('open op 24 dec. 9-12')).to.deep.equal(['2026-12-24 09:00-12:00', '2027-12-24 09:00-12:00']);
    expect(read('gesloten op 32 december').problems.map((p) => p.text)).to.deep.equal(['gesloten op 32 december']);
    expect(read('ma-vr 9-17 (niet op 5 mei)').schedule!.note).to.equal('Niet op 5 mei');
  });

  it('reads a run of closed dates ("gesloten van 20-7 t/m 31-8"): each day of it, this year and next, or once with a year', () => {
    const closed = (cell: string) => read(cell).schedule?.exceptions.filter((e) => e.closed).map((e) => e.date);
    const summer = closed('gesloten van 20-7 t/m 31-8 (zomerstop)')!;
    expect(summer).to.have.length(2 * 43);
    expect([summer[0], summer[42], summer[43], summer[85]]).to.deep.equal(['2026-07-20', '2026-08-31', '2027-07-20', '2027-08-31']);
    expect(read('gesloten van 20-7 t/m 31-8 (zomerstop)').schedule!.exceptions.every((e) => e.note === 'Zomerstop')).to.equal(true);
    // Over the turn of the year; in words; with years; "tot en met".
    // Over New Year: also last year's run, still going on in early January.
    const christmas = (from: number) => [...['24', '25', '26', '27', '28', '29', '30', '31'].map((d) => `${from}-12-${d}`), `${from + 1}-01-01`];
    expect(closed('gesloten op 24-12 t/m 1-1')).to.deep.equal([...christmas(2025), ...christmas(2026), ...christmas(2027)]);
    // A sheet read on 1 January 2027 (its year 2027) shows that day closed.
    expect(parseHoursCell('gesloten op 24-12 t/m 2-1', { year: 2027 }).schedule!.exceptions.map((e) => e.date)).to.include.members(['2027-01-01', '2027-01-02']);
    expect(closed('gesloten van 27 juli t/m 2 augustus 2026')).to.deep.equal(['2026-07-27', '2026-07-28', '2026-07-29', '2026-07-30', '2026-07-31', '2026-08-01', '2026-08-02']);
    expect(closed('gesloten van 27 t/m 29 juli 2026')).to.deep.equal(['2026-07-27', '2026-07-28', '2026-07-29']);
    // At most 99 dates: 1 January to 9 April is 99, to 10 April 100.
    expect(closed('gesloten van 1-1-2026 t/m 9-4-2026')).to.have.length(99);
    expect(read('gesloten van 1-1-2026 t/m 10-4-2026').problems).to.have.length(1);
    expect(closed('gesloten op 30-12-2026 tot en met 2-1-2027')).to.deep.equal(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    // Backwards, longer than a season, or with a day that does not exist: asked, not guessed.
    for (const cell of ['gesloten op 31-8-2026 t/m 20-7-2026', 'gesloten van 1-6 t/m 31-12', 'gesloten op 30-2 t/m 3-3', 'gesloten op 1-7 t/m']) {
      expect(read(cell).problems.map((p) => [p.text, p.example]), cell).to.deep.equal([[cell, 'gesloten op 25-12']]);
    }
  });
});

const EXAMPLE_TWO = 'ma 9:00-12:00; wo 13:00-16:00';
const EXAMPLE_NOTE = 'ma-vr 9:00-12:00 (niet in de schoolvakanties)';
const NOT_WEEKLY_EXAMPLE = 'open op 13-1-2027 9:00-12:00; open op 10-2-2027 9:00-12:00';
const read = (cell: string) => parseHoursCell(cell, { year: 2026 });

describe('hours cell: the times before the days', () => {
  it('reads "9-12 ma-vr" and the other times-first forms as their days-first twins', () => {
    for (const [timesFirst, daysFirst] of [
      ['9-12 ma-vr', 'ma-vr 9-12'],
      ['9:00-12:30 ma t/m vr', 'ma t/m vr 9:00-12:30'],
      ['13.00 - 17.00 uur dinsdag en donderdag', 'dinsdag en donderdag 13.00-17.00'],
      ['9-12 ma, wo; 13-16 vr', 'ma, wo 9-12; vr 13-16'],
      ['9-12 en 13-16 woensdag', 'wo 9-12 en 13-16'],
      ['van 9 tot 12 op maandag', 'ma 9-12'],
      ['9-12 elke dinsdag', 'di 9-12'],
      ['9u-12u ma', 'ma 9-12'],
      ['10-22 dagelijks', 'dagelijks 10-22'],
      ['9-12 ma, 13-16 wo', 'ma 9-12; wo 13-16'],
    ]) {
      const result = read(timesFirst);
      expect(result.problems, timesFirst).to.deep.equal([]);
      expect(result.schedule, timesFirst).to.deep.equal(read(daysFirst).schedule);
    }
  });

  it('guesses nothing when a part could mean two things: times on both sides of the days, or both orders in one part', () => {
    // Is 13-16 on Monday too, or on its own day? Two parts say it.
    for (const cell of ['9-12 ma 13-16', 'ma 9-12, 13-16 wo', '9-12 ma, wo 13-16']) {
      const result = read(cell);
      expect(result.schedule, cell).to.equal(undefined);
      expect(result.problems, cell).to.deep.equal([{ text: cell, example: EXAMPLE_TWO }]);
      // The example it gives is read.
      expect(read(EXAMPLE_TWO).problems).to.deep.equal([]);
    }
    // Times without days stay a question: which days?
    for (const cell of ['9-12', '9-12 uur', '9-12 soms']) expect(read(cell).problems, cell).to.deep.equal([{ text: cell, example: 'ma 9:00-12:00' }]);
    // A date is no time: "25-12 gesloten" is not read as hours.
    expect(read('25-12 gesloten').schedule).to.equal(undefined);
  });

  it('still says "not every week" for times first ("9-12 elke 2e dinsdag")', () => {
    expect(read('9-12 elke 2e dinsdag').problems).to.deep.equal([{ text: '9-12 elke 2e dinsdag', example: NOT_WEEKLY_EXAMPLE, notWeekly: true }]);
  });
});

describe('hours cell: a note in brackets', () => {
  it('reads the hours outside the brackets and makes the text inside the note the map shows', () => {
    for (const [cell, hours, note] of [
      ['ma-vr 9-12 (niet in de schoolvakanties)', 'ma-vr 9-12', 'Niet in de schoolvakanties'],
      ['di 9-12 (inloop)', 'di 9-12', 'Inloop'],
      ['9-12 ma-vr (inloop)', 'ma-vr 9-12', 'Inloop'],
      ['di 9-12 (1e verdieping)', 'di 9-12', '1e verdieping'],
      ['ma-vr 9-12 (zo nodig langer)', 'ma-vr 9-12', 'Zo nodig langer'],
      ['wo 14-16 (voor kinderen tot 12 jaar)', 'wo 14-16', 'Voor kinderen tot 12 jaar'],
      ['di 9-12 (2e zaal)', 'di 9-12', '2e zaal'],
      ['di 9-12 (we hebben 2 zalen)', 'di 9-12', 'We hebben 2 zalen'],
    ]) {
      const result = read(cell);
      expect(result.problems, cell).to.deep.equal([]);
      expect(result.schedule, cell).to.deep.equal({ ...read(hours).schedule!, note });
    }
    // Notes of several parts, and "op afspraak", together; the same note once.
    expect(read('di 9-12 (inloop); do 13-15 (taalcafé); op afspraak (bel eerst); wo 9-10 (inloop)').schedule!.note).to.equal(
      'Di 9:00-12:00, wo 9:00-10:00: inloop. Do 13:00-15:00: taalcafé. Op afspraak. Bel eerst',
    );
    // Empty brackets say nothing.
    expect(read('di 9-12 ()').schedule).to.deep.equal(read('di 9-12').schedule);
  });

  it('a note that not every weekly part has says which part it belongs to, in the map\'s way of writing hours, or the map would show it beside every day', () => {
    for (const [cell, note] of [
      ['ma 9-12; di 9-12 (inloop)', 'Di 9:00-12:00: inloop'],
      ['ma-vr 9-12 (niet in de schoolvakanties); za 10-12', 'Ma-vr 9:00-12:00: niet in de schoolvakanties'],
      ['dinsdag 9.00 - 12.00 uur (inloop); donderdag 13-15 (spreekuur CJG)', 'Di 9:00-12:00: inloop. Do 13:00-15:00: spreekuur CJG'],
      ['op afspraak; di 9-12 (inloop); do 13-15', 'Op afspraak. Di 9:00-12:00: inloop'],
      // Parts with the same times, said together as the week is; a whole-week note first.
      ['ma 9-12 (inloop); wo 9-12 (inloop); vr 13-15', 'Ma en wo 9:00-12:00: inloop'],
      ['ma 9-12 (bel aan); di 13-15 (bel aan) (inloop)', 'Bel aan. Di 13:00-15:00: inloop'],
      // A bracket in a part of days joined by "en" or "," is the note of the days it follows.
      ['di 9-12 (inloop) en do 13-15', 'Di 9:00-12:00: inloop'],
      ['di 9-12 (inloop), do 13-15', 'Di 9:00-12:00: inloop'],
      ['ma-do 9-17 en vr 9-12 (inloop)', 'Vr 9:00-12:00: inloop'],
      // Every weekly part says it (or there is one): the note is the whole week's.
      ['di 9-12 (inloop); wo 9-10 (Inloop)', 'Inloop'],
      ['ma-vr 9-12 (inloop); gesloten op 25-12', 'Inloop'],
    ]) {
      const { schedule, problems } = read(cell);
      expect(problems, cell).to.deep.equal([]);
      expect(schedule!.note, cell).to.equal(note);
      expect(read(formatHoursCell(schedule)).schedule, `${cell} written back`).to.deep.equal(schedule);
    }
  });

  it('a bracket after a date is the note of that date ("gesloten op 25-12 (kerst)")', () => {
    const { schedule, problems } = read('ma-vr 9-17; open op 24-12 9-12 (kerstavond); gesloten op 25-12 (1e kerstdag)');
    expect(problems).to.deep.equal([]);
    expect(schedule!.note).to.equal(undefined);
    expect(schedule!.exceptions.map((e) => [e.date, e.note])).to.deep.equal([
      ['2026-12-24', 'Kerstavond'], ['2026-12-25', '1e kerstdag'], ['2027-12-24', 'Kerstavond'], ['2027-12-25', '1e kerstdag'],
    ]);
  });

  it('a bracket that makes the hours not every week ("even weken", "om de week", "1e maandag") gets the not-weekly message, and no week', () => {
    for (const cell of [
      'wo 14-16 (even weken)', 'wo 14-16 (oneven weken)', 'ma 9-12 (om de week)', 'ma 9-12 (1e maandag)', 'za 10-12 (1x per maand)', 'di 9-12 (iedere 2e)', '9-12 ma (1e en 3e maandag)',
      'do 19-21 (1e en 3e)', 'do 19-21 (eerste en derde)', 'do 19-21 (laatste do vd maand)', 'di 9-12 (om de 14 dagen)', 'di 9-12 (week 1 en 3)', 'vr 10-12 (laatste vrijdag)',
    ]) {
      const result = read(cell);
      expect(result.problems, cell).to.deep.equal([{ text: cell, example: NOT_WEEKLY_EXAMPLE, notWeekly: true }]);
      expect(result.schedule, cell).to.equal(undefined);
    }
  });

  it('a bracket that names days ("niet op woensdag", "wo tot 12", "en wo") or is only times ("13-16") changes the week: asked, not made a note', () => {
    for (const cell of ['ma-vr 9-12 (niet op woensdag)', 'ma-vr 9-17 (wo tot 12)', 'ma (en wo) 9-12', 'ma-vr 9-12 (di/do)', 'ma 9-12 (wo 13-16)', 'ma 9-12 (13-16)', 'ma 9-12 (13.00 - 16.00 uur)']) {
      const result = read(cell);
      expect(result.problems, cell).to.deep.equal([{ text: cell, example: EXAMPLE_TWO }]);
      expect(result.schedule, cell).to.equal(undefined);
    }
  });

  it('a bracket with other or more times for the same days ("ook 13-15", "lunch 12-13") changes the week: asked, with two times as the example', () => {
    for (const cell of ['wo 9-12 (ook 13-15)', 'ma-vr 9-12 (en 13-17)', 'ma t/m vr 9.00-17.00 uur (lunch 12-13)', 'ma-vr 9-17 (pauze van 12 tot 13)', 'za 10-14 (in de zomer tot 16 uur)', 'di 9-12 (vanaf 10 uur koffie)']) {
      const result = read(cell);
      expect(result.problems, cell).to.deep.equal([{ text: cell, example: 'ma-vr 9:00-12:00 en 13:00-17:00' }]);
      expect(result.schedule, cell).to.equal(undefined);
    }
    expect(read('ma-vr 9:00-12:00 en 13:00-17:00').problems, 'the example is read').to.deep.equal([]);
  });

  it('a bracket with a Dutch short day and no number ("wo gesloten", "behalve wo en vr", "alleen eerste za") changes the week: asked', () => {
    for (const cell of ['ma-vr 9-17 (wo gesloten)', 'ma-vr 9-17 (niet op wo)', 'ma-vr 9-17 (behalve wo en vr)', 'ma-vr (behalve wo) 9-12', 'za 10-16 (alleen eerste za)']) {
      const result = read(cell);
      expect(result.problems, cell).to.deep.equal([{ text: cell, example: EXAMPLE_TWO }]);
      expect(result.schedule, cell).to.equal(undefined);
    }
  });

  it('a date with a time in its bracket ("gesloten op 24-12 (vanaf 14 uur)") is asked about, not shown closed all day', () => {
    for (const cell of ['gesloten op 24-12 (vanaf 14 uur)', 'open op 24-12 9-12 (en 13-15)']) {
      const result = read(cell);
      expect(result.problems, cell).to.deep.equal([{ text: cell, example: 'open op 24-12 9:00-12:00' }]);
      expect(result.schedule, cell).to.equal(undefined);
    }
  });

  it('names a bracket that is not closed, brackets in brackets, and brackets alone, and keeps the other parts', () => {
    const cells = ['ma-vr 9-12 (niet in', 'ma-vr 9-12 niet in)', 'di 9-12 ((inloop))', '(inloop)', '(ma-vr 9-12)', '()', 'di 9-12 (<img src=x onerror=alert(1)>)'];
    const result = read([...cells, 'za 10-12'].join('; '));
    expect(result.problems).to.deep.equal(cells.map((text) => ({ text, example: EXAMPLE_NOTE })));
    expect(result.schedule).to.deep.equal({ weekly: [{ day: 'sa', opens: '10:00', closes: '12:00' }], exceptions: [] });
    // The example it gives is read.
    expect(read(EXAMPLE_NOTE).problems).to.deep.equal([]);
  });

  it('keeps markup in a bracket as plain text, and the feed checks the note as any note (controls out, at most 5000 characters)', () => {
    const markup = '<b onmouseover="x">inloop</b> <script>alert`1`</script>';
    const cut = (schedule: unknown) => validateFeed({ version: '1.0', publisher: { name: 'Test' }, places: [{ id: 'a', name: 'A', kind: 'informal-initiative', hours: schedule }] });
    const plain = cut(read(`di 9-12 (${markup})`).schedule);
    expect(plain.problems).to.deep.equal([]);
    expect(plain.feed.places[0]!.hours!.note).to.equal(markup);

    const long = read(`di 9-12 (${'lang '.repeat(2000)})`).schedule!;
    expect((long.note as string).length).to.equal(9999);
    const checked = cut(long);
    expect(checked.problems.map((p) => [p.code, p.path])).to.deep.equal([['text.too-long', 'places[0].hours.note']]);
    expect((checked.feed.places[0]!.hours!.note as string).length).to.be.at.most(5000);
    expect(checked.feed.places[0]!.hours!.weekly).to.have.length(1);

    const controls = cut(read('di 9-12 (in\u0007loop\u202e)').schedule);
    expect(controls.problems.map((p) => p.code)).to.deep.equal(['text.control-characters']);
    expect(controls.feed.places[0]!.hours!.note).to.equal('Inloop\u202e');
  });
});

describe('hours cell: writing back', () => {
  it('writes the shortest form people read, and reads it back the same', () => {
    for (const cell of [
      'ma-vr 9:00-12:00; wo 13:30-16:00',
      'di en do 9:15-11:45',
      'gesloten op 25-12',
      'gesloten op 25-12-2026',
      'open op 24-12 9:00-12:00',
      'open op 31-12-2026 9:00-12:00 en 13:00-15:00',
      'ma-vr 9:00-17:00; open op 24-12 9:00-12:00; gesloten op 25-12',
    ]) {
      const schedule = parseHoursCell(cell, { year: 2026 }).schedule;
      expect(formatHoursCell(schedule)).to.equal(cell);
    }
    expect(formatHoursCell(parseHoursCell('za 10-12').schedule)).to.equal('za 10:00-12:00');
    expect(formatHoursCell(undefined)).to.equal('');
  });

  it('writes three closed days or more in a row as one run ("gesloten op 20-07 t/m 31-08"), and reads it back the same', () => {
    for (const [cell, written] of [
      ['ma-vr 9-17; gesloten van 20 juli t/m 31 augustus (zomerstop)', 'ma-vr 9:00-17:00; gesloten op 20-07 t/m 31-08 (Zomerstop)'],
      ['gesloten op 24-12 t/m 1-1', 'gesloten op 24-12 t/m 01-01'],
      ['gesloten op 30-12-2026 t/m 2-1-2027', 'gesloten op 30-12-2026 t/m 02-01-2027'],
      ['gesloten op 24-12, 25-12, 26-12', 'gesloten op 24-12 t/m 26-12'],
      // Two days stay two; a run with another note is its own.
      ['gesloten op 25-12 en 26-12', 'gesloten op 25-12; gesloten op 26-12'],
      ['gesloten op 20-7 t/m 22-7 (verbouwing); gesloten op 23-7 t/m 25-7', 'gesloten op 20-07 t/m 22-07 (Verbouwing); gesloten op 23-07 t/m 25-07'],
      // Over New Year, read in three years: said once.
      ['gesloten op 24-12 t/m 1-1 (kerstvakantie)', 'gesloten op 24-12 t/m 01-01 (Kerstvakantie)'],
      // Longer than a run may be: in runs of at most 99 days.
      ['gesloten van 1-5 t/m 31-7; gesloten van 1-8 t/m 31-8', 'gesloten op 01-05 t/m 07-08; gesloten op 08-08 t/m 31-08'],
    ]) {
      const { schedule } = read(cell);
      expect(formatHoursCell(schedule), cell).to.equal(written);
      expect(read(written).schedule, written).to.deep.equal(schedule);
    }
  });

  it('writes a note in brackets and reads it back the same; a note it cannot say again is left out', () => {
    for (const cell of [
      'ma-vr 9:00-12:00 (Niet in de schoolvakanties)',
      'di 9:00-12:00 (Inloop. Taalcafé); do 13:00-15:00',
      'ma 9:00-12:00; di 9:00-12:00 (inloop); do 13:00-15:00',
      'Op afspraak (Bel eerst)',
      'Op afspraak',
      'gesloten op 25-12 (Kerst)',
      'ma-vr 9:00-17:00 (Inloop); open op 24-12 9:00-12:00 (Kerstavond); gesloten op 25-12-2026 (1e kerstdag)',
    ]) {
      const schedule = read(cell).schedule;
      expect(formatHoursCell(schedule), cell).to.equal(cell);
      expect(read(formatHoursCell(schedule)).schedule, cell).to.deep.equal(schedule);
    }
    // Notes from a feed or the studio: written when they read back the same.
    const week = [{ day: 'tu' as const, opens: '09:00', closes: '12:00' }];
    expect(formatHoursCell({ weekly: week, exceptions: [], note: 'Inloop' })).to.equal('di 9:00-12:00 (Inloop)');
    // A note of the whole week goes after every weekly part, so it reads back as the whole week's.
    const twoParts = [...week, { day: 'sa' as const, opens: '10:00', closes: '12:00' }];
    expect(formatHoursCell({ weekly: twoParts, exceptions: [], note: 'Inloop' })).to.equal('di 9:00-12:00 (Inloop); za 10:00-12:00 (Inloop)');
    // A note that names a part of the week goes after that part; one naming hours the week does not have is left out.
    expect(formatHoursCell({ weekly: twoParts, exceptions: [], note: 'Za 10:00-12:00: koffie' })).to.equal('di 9:00-12:00; za 10:00-12:00 (koffie)');
    expect(formatHoursCell({ weekly: twoParts, exceptions: [], note: 'Wo 10-12: koffie' })).to.equal('di 9:00-12:00; za 10:00-12:00');
    // A lower-case start is written, and comes back with the capital the reader gives every bracket note.
    expect(formatHoursCell({ weekly: week, exceptions: [], note: 'inloop' })).to.equal('di 9:00-12:00 (inloop)');
    expect(read('di 9:00-12:00 (inloop)').schedule!.note).to.equal('Inloop');
    expect(formatHoursCell({ weekly: [], exceptions: [{ date: '2026-12-25', closed: true, periods: [], note: 'kerst' }] })).to.equal('gesloten op 25-12-2026 (kerst)');
    // Brackets, a ";", days, "om de week", another language, or no hours to put it after: left out.
    for (const note of ['Inloop (koffie)', 'Inloop; koffie', 'Niet op woensdag', 'Om de week', { en: 'Walk-in' }]) {
      expect(formatHoursCell({ weekly: week, exceptions: [], note }), JSON.stringify(note)).to.equal('di 9:00-12:00');
    }
    expect(formatHoursCell({ weekly: [], exceptions: [], note: 'Inloop' })).to.equal('');
    expect(formatHoursCell({ weekly: [], exceptions: [{ date: '2026-12-25', closed: true, periods: [], note: 'Kerst (dicht)' }] })).to.equal('gesloten op 25-12-2026');
  });
});

describe('hours cell: every example in docs/spreadsheet.md', () => {
  it('reads each example of the table without a problem and writes it back to the same hours', async () => {
    const doc = await (await fetch('/docs/spreadsheet.md')).text();
    const section = doc.slice(doc.indexOf('## Openingstijden in één cel'), doc.indexOf('## Wat kan er mis gaan?'));
    const examples = [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);
    expect(examples.length).to.be.at.least(10);
    for (const example of examples) {
      const { schedule, problems } = parseHoursCell(example, { year: 2026 });
      expect(problems, example).to.deep.equal([]);
      expect(schedule, example).to.not.equal(undefined);
      const again = parseHoursCell(formatHoursCell(schedule), { year: 2026 }).schedule;
      expect(again, example).to.deep.equal(schedule);
    }
  });
});
