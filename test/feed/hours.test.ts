import { expect } from '@open-wc/testing';
import {
  ScheduleTable,
  compileSchedules,
  createOpenAtChecker,
  describeWeek,
  formatDateException,
  hasOpeningHours,
  isOpenAt,
  nextOpening,
  openStatus,
  summarizeOpenStatus,
  upcomingExceptions,
} from '../../src/feed/hours.js';
import type { Schedule, WeeklyPeriod } from '../../src/feed/types.js';

/** Instants are written in UTC on purpose: the Amsterdam time is in the comment beside each. */
const at = (iso: string): Date => new Date(iso);
const iso = (date: Date | undefined): string | undefined => date?.toISOString();

/** A CJG-like week: a split Monday that touches at noon, a Tuesday with a lunch gap, holidays. */
const cjg: Schedule = {
  weekly: [
    { day: 'mo', opens: '09:30', closes: '12:00' },
    { day: 'mo', opens: '12:00', closes: '17:00' },
    { day: 'tu', opens: '14:00', closes: '16:00' },
    { day: 'tu', opens: '09:30', closes: '11:30' },
    { day: 'we', opens: '09:00', closes: '17:00' },
    { day: 'th', opens: '09:00', closes: '17:00' },
    { day: 'fr', opens: '09:00', closes: '12:00' },
  ],
  exceptions: [
    { date: '2026-12-25', closed: true, periods: [] },
    { date: '2026-12-20', closed: false, periods: [{ opens: '13:00', closes: '16:00' }] },
  ],
};

describe('hours: open or closed at a fixed instant (Europe/Amsterdam)', () => {
  it('is open on Monday 10:00 until 17:00, because touching periods merge', () => {
    const monday10 = at('2026-11-30T09:00:00Z'); // Monday 10:00 CET
    expect(isOpenAt(cjg, monday10)).to.equal(true);
    const status = openStatus(cjg, monday10);
    expect(status.open).to.equal(true);
    expect(iso(status.closesAt)).to.equal('2026-11-30T16:00:00.000Z'); // 17:00, not 12:00
    expect(status.nextOpening).to.equal(undefined);
    expect(summarizeOpenStatus(cjg, monday10)).to.equal('Nu open tot 17:00');
    expect(summarizeOpenStatus(cjg, monday10, 'en')).to.equal('Open now until 17:00');
  });

  it('is closed on Sunday 23:00 and opens again on Monday 9:30', () => {
    const sunday23 = at('2026-11-29T22:00:00Z'); // Sunday 23:00 CET
    expect(isOpenAt(cjg, sunday23)).to.equal(false);
    const status = openStatus(cjg, sunday23);
    expect(status).to.deep.equal({ open: false, nextOpening: at('2026-11-30T08:30:00Z') });
    expect(summarizeOpenStatus(cjg, sunday23)).to.equal('Weer open morgen 9:30');
    expect(summarizeOpenStatus(cjg, sunday23, 'en')).to.equal('Opens again tomorrow 9:30');
  });

  it('treats the start of a period as open and its end as closed', () => {
    expect(isOpenAt(cjg, at('2026-11-30T08:30:00Z'))).to.equal(true); // Monday 9:30
    expect(isOpenAt(cjg, at('2026-11-30T08:29:59Z'))).to.equal(false);
    expect(isOpenAt(cjg, at('2026-11-30T16:00:00Z'))).to.equal(false); // Monday 17:00
    expect(isOpenAt(cjg, at('2026-11-30T15:59:59Z'))).to.equal(true);
  });

  it('knows the gap between two periods of one day', () => {
    const tuesday10 = at('2026-12-01T09:00:00Z');
    expect(openStatus(cjg, tuesday10)).to.deep.equal({ open: true, closesAt: at('2026-12-01T10:30:00Z') });
    expect(summarizeOpenStatus(cjg, tuesday10)).to.equal('Nu open tot 11:30');

    const tuesdayNoon = at('2026-12-01T11:00:00Z'); // in the lunch gap
    expect(isOpenAt(cjg, tuesdayNoon)).to.equal(false);
    expect(iso(nextOpening(cjg, tuesdayNoon))).to.equal('2026-12-01T13:00:00.000Z');
    expect(summarizeOpenStatus(cjg, tuesdayNoon)).to.equal('Weer open om 14:00');
    expect(summarizeOpenStatus(cjg, tuesdayNoon, 'en')).to.equal('Opens again at 14:00');
  });

  it('names the weekday within a week and the date beyond it', () => {
    const saturday = at('2026-12-05T11:00:00Z');
    expect(summarizeOpenStatus(cjg, saturday)).to.equal('Weer open maandag 9:30');
    expect(summarizeOpenStatus(cjg, saturday, 'en')).to.equal('Opens again Monday 9:30');

    const tuesdaysOnly: Schedule = { weekly: [{ day: 'tu', opens: '09:30', closes: '11:30' }], exceptions: [] };
    expect(summarizeOpenStatus(tuesdaysOnly, saturday)).to.equal('Weer open dinsdag 9:30');
    expect(summarizeOpenStatus(tuesdaysOnly, saturday, 'en')).to.equal('Opens again Tuesday 9:30');

    const afterTheHolidays: Schedule = {
      weekly: [],
      exceptions: [{ date: '2027-01-05', closed: false, periods: [{ opens: '10:00', closes: '12:00' }] }],
    };
    expect(summarizeOpenStatus(afterTheHolidays, saturday)).to.equal('Weer open op 5 januari');
    expect(summarizeOpenStatus(afterTheHolidays, saturday, 'en')).to.equal('Opens again on 5 January');
  });

  it('nextOpening while open is the reopening after the current period', () => {
    const tuesday10 = at('2026-12-01T09:00:00Z');
    expect(iso(nextOpening(cjg, tuesday10))).to.equal('2026-12-01T13:00:00.000Z');
    const monday10 = at('2026-11-30T09:00:00Z');
    // Not 12:00: the touching afternoon is the same opening. Tuesday 9:30 is the next one.
    expect(iso(nextOpening(cjg, monday10))).to.equal('2026-12-01T08:30:00.000Z');
  });
});

describe('hours: date exceptions', () => {
  it('is closed on Christmas, a Friday, while an ordinary Friday is open', () => {
    expect(isOpenAt(cjg, at('2026-12-18T09:00:00Z'))).to.equal(true); // Friday 10:00
    expect(isOpenAt(cjg, at('2026-12-25T09:00:00Z'))).to.equal(false); // Friday 25 Dec 10:00
    // From Thursday evening the next opening skips the holiday and the weekend.
    const thursdayEvening = at('2026-12-24T17:00:00Z');
    expect(iso(nextOpening(cjg, thursdayEvening))).to.equal('2026-12-28T08:30:00.000Z');
    expect(summarizeOpenStatus(cjg, thursdayEvening)).to.equal('Weer open maandag 9:30');
  });

  it('opens on a Sunday that has an extra opening', () => {
    expect(isOpenAt(cjg, at('2026-12-13T13:00:00Z'))).to.equal(false); // an ordinary Sunday 14:00
    const extraSunday = at('2026-12-20T13:00:00Z'); // Sunday 20 Dec 14:00
    expect(openStatus(cjg, extraSunday)).to.deep.equal({ open: true, closesAt: at('2026-12-20T15:00:00Z') });
    expect(summarizeOpenStatus(cjg, at('2026-12-19T11:00:00Z'))).to.equal('Weer open morgen 13:00');
  });

  it('an exception replaces the periods of its date rather than adding to them', () => {
    const shortMonday: Schedule = {
      weekly: cjg.weekly,
      exceptions: [{ date: '2026-11-30', closed: false, periods: [{ opens: '13:00', closes: '15:00' }] }],
    };
    expect(isOpenAt(shortMonday, at('2026-11-30T09:00:00Z'))).to.equal(false);
    expect(isOpenAt(shortMonday, at('2026-11-30T12:30:00Z'))).to.equal(true);
    expect(summarizeOpenStatus(shortMonday, at('2026-11-30T09:00:00Z'))).to.equal('Weer open om 13:00');
  });

  it('lists the exceptions of the coming 30 days with their words', () => {
    const list = upcomingExceptions(cjg, at('2026-12-01T09:00:00Z'));
    expect(list.map((item) => item.date)).to.deep.equal(['2026-12-20', '2026-12-25']);
    expect(list[0]).to.include({ closed: false, dateText: 'zondag 20 december', text: 'Op zondag 20 december open 13:00–16:00' });
    expect(list[0]!.periods).to.deep.equal(['13:00–16:00']);
    expect(list[1]).to.include({ closed: true, text: 'Gesloten op vrijdag 25 december' });
    expect(upcomingExceptions(cjg, at('2026-12-01T09:00:00Z'), 30, 'en').map((item) => item.text)).to.deep.equal([
      'Open on Sunday 20 December 13:00–16:00',
      'Closed on Friday 25 December',
    ]);
    expect(upcomingExceptions(cjg, at('2026-12-01T09:00:00Z'), 10)).to.deep.equal([]);
    // Today counts; yesterday does not.
    expect(upcomingExceptions(cjg, at('2026-12-25T22:00:00Z'), 1).map((item) => item.date)).to.deep.equal(['2026-12-25']);
    expect(upcomingExceptions(cjg, at('2026-12-25T23:30:00Z'), 1)).to.deep.equal([]);
    expect(formatDateException({ date: '2027-01-01', closed: true, periods: [] })).to.equal('Gesloten op vrijdag 1 januari');
  });

  it('says days closed in a row with the same note in one line, to their last day, also past the 30 days', () => {
    const closedDays = (first: string, count: number, note?: string) =>
      Array.from({ length: count }, (_, day) => ({ date: new Date(Date.parse(first) + day * 86_400_000).toISOString().slice(0, 10), closed: true, periods: [], ...(note ? { note } : {}) }));
    // "gesloten van 20-7 t/m 31-8 (zomerstop)", seen on 1 July, and a short closure the week before it.
    const summer: Schedule = { weekly: cjg.weekly, exceptions: [...closedDays('2026-07-13', 2), ...closedDays('2026-07-20', 43, 'Zomerstop')] };
    const list = upcomingExceptions(summer, at('2026-07-01T09:00:00Z'));
    expect(list.map((item) => [item.date, item.until, item.text, item.note])).to.deep.equal([
      ['2026-07-13', undefined, 'Gesloten op maandag 13 juli', undefined],
      ['2026-07-14', undefined, 'Gesloten op dinsdag 14 juli', undefined],
      ['2026-07-20', '2026-08-31', 'Gesloten van maandag 20 juli tot en met maandag 31 augustus', 'Zomerstop'],
    ]);
    expect(upcomingExceptions(summer, at('2026-07-01T09:00:00Z'), 30, 'en').at(-1)!.text).to.equal('Closed from Monday 20 July to Monday 31 August');
    // In the middle of it, the run starts today.
    expect(upcomingExceptions(summer, at('2026-08-10T09:00:00Z')).map((item) => [item.date, item.until])).to.deep.equal([['2026-08-10', '2026-08-31']]);
    // Another note, or a day open in between, ends the run.
    const broken: Schedule = {
      weekly: [],
      exceptions: [...closedDays('2026-07-20', 3), ...closedDays('2026-07-23', 3, 'Verbouwing'), { date: '2026-07-26', closed: false, periods: [{ opens: '10:00', closes: '12:00' }] }, ...closedDays('2026-07-27', 3)],
    };
    expect(upcomingExceptions(broken, at('2026-07-20T09:00:00Z')).map((item) => [item.date, item.until ?? ''])).to.deep.equal([
      ['2026-07-20', '2026-07-22'], ['2026-07-23', '2026-07-25'], ['2026-07-26', ''], ['2026-07-27', '2026-07-29'],
    ]);
  });
});

describe('hours: midnight and "24:00"', () => {
  const lateNight: Schedule = {
    weekly: [
      { day: 'sa', opens: '20:00', closes: '24:00' },
      { day: 'su', opens: '00:00', closes: '02:00' },
      { day: 'fr', opens: '20:00', closes: '24:00' },
    ],
    exceptions: [],
  };

  it('"24:00" meets the next day\'s "00:00" as one opening', () => {
    const saturday23 = at('2026-11-28T22:00:00Z');
    expect(openStatus(lateNight, saturday23)).to.deep.equal({ open: true, closesAt: at('2026-11-29T01:00:00Z') });
    expect(summarizeOpenStatus(lateNight, saturday23)).to.equal('Nu open tot morgen 2:00');
    expect(isOpenAt(lateNight, at('2026-11-29T00:30:00Z'))).to.equal(true); // Sunday 1:30
    // Sunday 0:00 is not a new opening.
    expect(iso(nextOpening(lateNight, saturday23))).to.equal('2026-12-04T19:00:00.000Z');
  });

  it('closes at midnight when nothing follows, and says "24:00"', () => {
    const friday23 = at('2026-11-27T22:00:00Z');
    expect(openStatus(lateNight, friday23)).to.deep.equal({ open: true, closesAt: at('2026-11-27T23:00:00Z') });
    expect(summarizeOpenStatus(lateNight, friday23)).to.equal('Nu open tot 24:00');
    expect(isOpenAt(lateNight, at('2026-11-27T22:59:59Z'))).to.equal(true);
    expect(isOpenAt(lateNight, at('2026-11-27T23:00:00Z'))).to.equal(false); // Saturday 0:00
  });

  it('is simply "Nu open" when it never closes', () => {
    const always: Schedule = {
      weekly: (['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const).map((day) => ({ day, opens: '00:00', closes: '24:00' })),
      exceptions: [],
    };
    expect(openStatus(always, at('2026-11-30T09:00:00Z'))).to.deep.equal({ open: true });
    expect(summarizeOpenStatus(always, at('2026-11-30T09:00:00Z'))).to.equal('Nu open');
    expect(summarizeOpenStatus(always, at('2026-11-30T09:00:00Z'), 'en')).to.equal('Open now');
  });
});

describe('hours: daylight saving time', () => {
  const nightShift: Schedule = {
    weekly: [
      { day: 'su', opens: '02:30', closes: '05:00' },
      { day: 'mo', opens: '09:30', closes: '17:00' },
    ],
    exceptions: [],
  };

  it('spring (29 March 2026): an opening at 02:30, which the clock skips, starts at the switch', () => {
    // 01:00Z: the clock jumps from 02:00 CET to 03:00 CEST, so "02:30" has passed by then.
    expect(iso(nextOpening(nightShift, at('2026-03-28T23:00:00Z')))).to.equal('2026-03-29T01:00:00.000Z');
    expect(isOpenAt(nightShift, at('2026-03-29T00:59:00Z'))).to.equal(false); // 01:59 CET
    expect(isOpenAt(nightShift, at('2026-03-29T01:00:00Z'))).to.equal(true); // 03:00 CEST
    expect(openStatus(nightShift, at('2026-03-29T01:30:00Z'))).to.deep.equal({
      open: true,
      closesAt: at('2026-03-29T03:00:00Z'), // 05:00 CEST
    });
    expect(summarizeOpenStatus(nightShift, at('2026-03-28T21:00:00Z'))).to.equal('Weer open morgen 3:00'); // Saturday 22:00
    expect(summarizeOpenStatus(nightShift, at('2026-03-28T23:00:00Z'))).to.equal('Weer open om 3:00'); // Sunday 0:00
  });

  it('spring: times after the switch are in summer time', () => {
    // Monday 30 March 9:30 CEST is 07:30Z, an hour earlier in UTC than in winter.
    expect(iso(nextOpening(nightShift, at('2026-03-29T12:00:00Z')))).to.equal('2026-03-30T07:30:00.000Z');
    expect(isOpenAt(nightShift, at('2026-03-30T07:30:00Z'))).to.equal(true);
    expect(isOpenAt(nightShift, at('2026-03-30T07:29:00Z'))).to.equal(false);
    expect(summarizeOpenStatus(nightShift, at('2026-03-30T07:30:00Z'))).to.equal('Nu open tot 17:00');
    // From Friday before the switch, across it, to Monday.
    expect(iso(nextOpening(cjg, at('2026-03-27T17:00:00Z')))).to.equal('2026-03-30T07:30:00.000Z');
  });

  it('autumn (25 October 2026): an hour that happens twice is open both times and closes once', () => {
    // 02:30 CEST (first time) = 00:30Z; the clock goes back at 01:00Z; 05:00 CET = 04:00Z.
    expect(iso(nextOpening(nightShift, at('2026-10-24T22:00:00Z')))).to.equal('2026-10-25T00:30:00.000Z');
    expect(openStatus(nightShift, at('2026-10-25T00:45:00Z'))).to.deep.equal({
      open: true,
      closesAt: at('2026-10-25T04:00:00Z'),
    });
    expect(openStatus(nightShift, at('2026-10-25T01:45:00Z'))).to.deep.equal({
      open: true,
      closesAt: at('2026-10-25T04:00:00Z'),
    });
    expect(isOpenAt(nightShift, at('2026-10-25T03:59:00Z'))).to.equal(true);
    expect(isOpenAt(nightShift, at('2026-10-25T04:00:00Z'))).to.equal(false);
  });

  it('autumn: times after the switch are in winter time again', () => {
    // Monday 26 October 9:30 CET is 08:30Z.
    expect(iso(nextOpening(cjg, at('2026-10-23T16:00:00Z')))).to.equal('2026-10-26T08:30:00.000Z');
    expect(isOpenAt(cjg, at('2026-10-26T08:30:00Z'))).to.equal(true);
    expect(isOpenAt(cjg, at('2026-10-26T07:30:00Z'))).to.equal(false);
    // A period that ends within the repeated hour: 02:00-02:45 on the autumn Sunday.
    const shortNight: Schedule = { weekly: [{ day: 'su', opens: '02:00', closes: '02:45' }], exceptions: [] };
    expect(openStatus(shortNight, at('2026-10-25T00:10:00Z')).closesAt?.toISOString()).to.equal('2026-10-25T00:45:00.000Z');
    // During the repetition it closes at the second 02:45, never at an instant already past.
    expect(openStatus(shortNight, at('2026-10-25T01:10:00Z')).closesAt?.toISOString()).to.equal('2026-10-25T01:45:00.000Z');
  });
});

/** Independent oracle for the test only: EU summer time from 01:00Z on the last Sunday of March to 01:00Z on the last Sunday of October. */
function amsterdamOracle(instant: number): { weekday: number; minute: number } {
  const year = new Date(instant).getUTCFullYear();
  const lastSunday = (month: number): number => {
    const last = Date.UTC(year, month + 1, 0, 1);
    return last - new Date(last).getUTCDay() * 86_400_000;
  };
  const summer = instant >= lastSunday(2) && instant < lastSunday(9);
  const wall = new Date(instant + (summer ? 2 : 1) * 3_600_000);
  return { weekday: (wall.getUTCDay() + 6) % 7, minute: wall.getUTCHours() * 60 + wall.getUTCMinutes() };
}

describe('hours: independent of the visitor\'s time zone', () => {
  it('reads the Amsterdam day where UTC is still on the day before', () => {
    // 23:30Z on Sunday is Monday 00:30 in Amsterdam.
    const schedule: Schedule = {
      weekly: [
        { day: 'mo', opens: '00:00', closes: '01:00' },
        { day: 'su', opens: '23:00', closes: '24:00' },
      ],
      exceptions: [{ date: '2026-12-01', closed: true, periods: [] }],
    };
    expect(isOpenAt(schedule, at('2026-11-29T23:30:00Z'))).to.equal(true);
    expect(openStatus(schedule, at('2026-11-29T23:30:00Z')).closesAt?.toISOString()).to.equal('2026-11-30T00:00:00.000Z');
    // 22:30Z on Sunday is Sunday 23:30 in Amsterdam, which runs on into Monday 0:00–1:00.
    expect(openStatus(schedule, at('2026-11-29T22:30:00Z')).closesAt?.toISOString()).to.equal('2026-11-30T00:00:00.000Z');
    // 23:30Z on Monday 30 November is Tuesday 1 December in Amsterdam: the exception's date.
    const tuesday: Schedule = { weekly: [{ day: 'tu', opens: '00:00', closes: '02:00' }], exceptions: [] };
    expect(isOpenAt(tuesday, at('2026-11-30T23:30:00Z'))).to.equal(true);
    expect(isOpenAt({ ...tuesday, exceptions: schedule.exceptions }, at('2026-11-30T23:30:00Z'))).to.equal(false);
  });

  it('agrees with an independent Amsterdam clock at 40,000 instants through 2026', () => {
    const weekly: WeeklyPeriod[] = [
      { day: 'mo', opens: '00:00', closes: '01:00' },
      { day: 'mo', opens: '09:30', closes: '12:00' },
      { day: 'tu', opens: '14:00', closes: '16:00' },
      { day: 'we', opens: '23:00', closes: '24:00' },
      { day: 'th', opens: '00:00', closes: '00:30' },
      { day: 'sa', opens: '01:30', closes: '03:30' },
      { day: 'su', opens: '02:00', closes: '04:00' },
    ];
    const schedule: Schedule = { weekly, exceptions: [] };
    const days = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
    const toMinutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
    let mismatches = 0;
    let checked = 0;
    for (let instant = Date.UTC(2026, 0, 1); instant < Date.UTC(2027, 0, 1); instant += 13 * 60_000) {
      const clock = amsterdamOracle(instant);
      const expected = weekly.some(
        (period) =>
          period.day === days[clock.weekday] &&
          clock.minute >= toMinutes(period.opens) &&
          clock.minute < toMinutes(period.closes),
      );
      const check = createOpenAtChecker(new Date(instant));
      if (isOpenAt(schedule, new Date(instant)) !== expected || check(schedule) !== expected) mismatches++;
      checked++;
    }
    expect(checked).to.be.greaterThan(40_000);
    expect(mismatches).to.equal(0);
  });

  it('uses no local-time Date getters in its source, nor in the Amsterdam offset it uses', async () => {
    for (const file of ['/src/feed/hours.ts', '/src/feed/amsterdam-offset.ts']) {
      const response = await fetch(file);
      expect(response.ok).to.equal(true);
      const source = await response.text();
      expect(source).not.to.match(
        /\.(getHours|getDay|getDate|getMonth|getFullYear|getYear|getMinutes|getTimezoneOffset|setHours|setDate|toLocaleString|toLocaleDateString|toLocaleTimeString)\(/,
      );
    }
  });
});

describe('hours: week table and odd input', () => {
  it('describes the week Monday first, merged, without leading zeros, every day present', () => {
    const week = describeWeek(cjg);
    expect(week.map((row) => row.day)).to.deep.equal(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']);
    expect(week[0]).to.deep.equal({ day: 'mo', dayName: 'Maandag', periods: ['9:30–17:00'] });
    expect(week[1]).to.deep.equal({ day: 'tu', dayName: 'Dinsdag', periods: ['9:30–11:30', '14:00–16:00'] });
    expect(week[5]).to.deep.equal({ day: 'sa', dayName: 'Zaterdag', periods: [] });
    expect(describeWeek(cjg, 'en').map((row) => row.dayName)).to.deep.equal([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(describeWeek(undefined).every((row) => row.periods.length === 0)).to.equal(true);
  });

  it('falls back to Dutch for languages without a table', () => {
    expect(summarizeOpenStatus(cjg, at('2026-11-30T09:00:00Z'), 'tr')).to.equal('Nu open tot 17:00');
    expect(describeWeek(cjg, 'ar')[0]!.dayName).to.equal('Maandag');
    expect(summarizeOpenStatus(cjg, at('2026-11-30T09:00:00Z'), 'en-GB')).to.equal('Open now until 17:00');
  });

  it('says nothing without hours, and "Nu gesloten" when no opening lies within a year', () => {
    expect(summarizeOpenStatus(undefined, at('2026-11-30T09:00:00Z'))).to.equal('');
    expect(summarizeOpenStatus({ weekly: [], exceptions: [] }, at('2026-11-30T09:00:00Z'))).to.equal('');
    expect(hasOpeningHours({ weekly: [], exceptions: [] })).to.equal(false);
    const past: Schedule = {
      weekly: [],
      exceptions: [{ date: '2025-06-01', closed: false, periods: [{ opens: '10:00', closes: '12:00' }] }],
    };
    expect(summarizeOpenStatus(past, at('2026-11-30T09:00:00Z'))).to.equal('Nu gesloten');
    expect(summarizeOpenStatus(past, at('2026-11-30T09:00:00Z'), 'en')).to.equal('Closed now');
    expect(nextOpening(past, at('2026-11-30T09:00:00Z'))).to.equal(undefined);
  });

  it('never throws on odd input and treats it as closed', () => {
    const odd = [
      null,
      undefined,
      'open',
      {},
      { weekly: 'always', exceptions: 7 },
      { weekly: [null, 3, { day: 'xx', opens: '09:00', closes: '17:00' }], exceptions: [null] },
      { weekly: [{ day: 'mo', opens: '25:00', closes: '26:00' }], exceptions: [] },
      { weekly: [{ day: 'mo', opens: '17:00', closes: '09:00' }], exceptions: [] },
      { weekly: [{ day: 'mo', opens: 'nine', closes: 9 }], exceptions: [{ date: 'soon', closed: false, periods: 'x' }] },
      { weekly: [{ day: 'mo', opens: '24:30', closes: '24:00' }], exceptions: [{ date: '2026-13-45', closed: true }] },
    ] as unknown as Schedule[];
    const monday10 = at('2026-11-30T09:00:00Z');
    for (const schedule of odd) {
      expect(isOpenAt(schedule, monday10)).to.equal(false);
      expect(openStatus(schedule, monday10)).to.deep.equal({ open: false });
      expect(nextOpening(schedule, monday10)).to.equal(undefined);
      expect(summarizeOpenStatus(schedule, monday10)).to.equal('');
      expect(describeWeek(schedule)).to.have.length(7);
      expect(upcomingExceptions(schedule, monday10)).to.deep.equal([]);
    }
    expect(isOpenAt(cjg, new Date(NaN))).to.equal(false);
    expect(openStatus(cjg, 'now' as unknown as Date)).to.deep.equal({ open: false });
    expect(summarizeOpenStatus(cjg, new Date(NaN))).to.equal('');
  });

  it('accepts "9:30" without a leading zero', () => {
    const loose: Schedule = { weekly: [{ day: 'mo', opens: '9:30', closes: '12:00' }], exceptions: [] };
    expect(isOpenAt(loose, at('2026-11-30T09:00:00Z'))).to.equal(true);
  });
});

describe('hours: fast path and combined schedules', () => {
  it('createOpenAtChecker agrees with isOpenAt', () => {
    const schedules = [cjg, { weekly: [], exceptions: [] }, undefined] as Array<Schedule | undefined>;
    for (let hour = 0; hour < 24 * 14; hour += 1) {
      const instant = new Date(Date.UTC(2026, 11, 14, hour, 15));
      const check = createOpenAtChecker(instant);
      for (const schedule of schedules) expect(check(schedule)).to.equal(isOpenAt(schedule, instant));
    }
  });

  it('ScheduleTable answers for many places at once, like isOpenAt', () => {
    const other: Schedule = {
      weekly: [{ day: 'su', opens: '22:00', closes: '24:00' }, { day: 'mo', opens: '00:00', closes: '01:00' }],
      exceptions: [{ date: '2026-12-21', closed: true, periods: [] }],
    };
    const entries = [[cjg], [other], [], [undefined], [cjg, other]];
    const table = new ScheduleTable(entries);
    expect(table.size).to.equal(5);
    for (let hour = 0; hour < 24 * 21; hour += 1) {
      const instant = new Date(Date.UTC(2026, 11, 13, hour, 30));
      const flags = table.openAt(instant);
      entries.forEach((schedules, entry) => {
        const expected = schedules.some((schedule) => isOpenAt(schedule, instant)) ? 1 : 0;
        expect(flags[entry], `${instant.toISOString()} entry ${entry}`).to.equal(expected);
      });
    }
    // Asked again within the same minute, it answers from its last pass.
    expect(table.openAt(at('2026-11-30T09:00:10Z'))).to.equal(table.openAt(at('2026-11-30T09:00:50Z')));
    expect(Array.from(table.openAt(new Date(Number.NaN)))).to.deep.equal([0, 0, 0, 0, 0]);
  });

  it('a place with an activity is open when either is, each with its own exceptions', () => {
    const hours: Schedule = { weekly: [{ day: 'mo', opens: '09:00', closes: '12:00' }], exceptions: [] };
    const koffieInloop: Schedule = {
      weekly: [{ day: 'mo', opens: '12:00', closes: '14:00' }, { day: 'we', opens: '10:00', closes: '11:30' }],
      exceptions: [{ date: '2026-12-02', closed: true, periods: [] }],
    };
    const place = compileSchedules([hours, koffieInloop, undefined]);
    expect(openStatus(place, at('2026-11-30T09:00:00Z'))).to.deep.equal({ open: true, closesAt: at('2026-11-30T13:00:00Z') });
    expect(isOpenAt(place, at('2026-11-25T09:30:00Z'))).to.equal(true); // an ordinary Wednesday
    expect(isOpenAt(place, at('2026-12-02T09:30:00Z'))).to.equal(false); // the inloop's day off
    expect(summarizeOpenStatus(place, at('2026-12-01T09:00:00Z'))).to.equal('Weer open maandag 9:00');
    expect(describeWeek(place)[0]!.periods).to.deep.equal(['9:00–14:00']);
  });
});

describe('hours: weekday and month names written out for Dutch and English', () => {
  // Dutch and English names come from a table in hours.ts (no date formatter in the first
  // render); they must say what Intl would say.
  for (const [lang, locale] of [
    ['nl', 'nl-NL'],
    ['en', 'en-GB'],
  ] as const) {
    it(`names every day of a year as Intl does (${locale})`, () => {
      const exceptions = [];
      for (let day = 0; day < 366; day++) {
        // A note of its own each: days closed in a row with the same note would be one line.
        exceptions.push({ date: new Date(Date.UTC(2028, 0, 1 + day)).toISOString().slice(0, 10), closed: true, periods: [], note: `${day}` });
      }
      const intl = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
      const found = upcomingExceptions({ weekly: [], exceptions }, new Date('2027-12-31T23:30:00Z'), 400, lang);
      expect(found).to.have.length(366);
      const differences = found
        .map((item) => [item.dateText, intl.format(new Date(`${item.date}T12:00:00Z`)).replace(',', '')])
        .filter(([ours, theirs]) => ours !== theirs);
      expect(differences.slice(0, 5)).to.deep.equal([]);
      const weekdays = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long' });
      const expected = [1, 2, 3, 4, 5, 6, 7].map((day) => weekdays.format(Date.UTC(2024, 0, day, 12)));
      expect(describeWeek({ weekly: [], exceptions: [] }, lang).map((row) => row.dayName.toLowerCase())).to.deep.equal(expected.map((name) => name.toLowerCase()));
    });
  }
});
