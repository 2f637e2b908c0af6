import { expect } from '@open-wc/testing';
import { validateFeed } from '../../../src/feed/validate.js';
import {
  addPeriod,
  closeDay,
  closedOn,
  copyDay,
  exceptionIndex,
  exceptionKind,
  freeDate,
  gridToWeekly,
  nextPeriod,
  otherTimesOn,
  overlappingPeriods,
  periodProblem,
  removePeriod,
  tidyTime,
  todayInAmsterdam,
  weeklyToGrid,
  withExceptionKind,
} from '../../../src/studio/model/hours-grid.js';

const weekly = [
  { day: 'mo', opens: '09:00', closes: '12:00' },
  { day: 'mo', opens: '13:00', closes: '17:00' },
  { day: 'we', opens: '13:30', closes: '16:00', note: 'onbekend veld' },
  { day: 'su', opens: '10:00', closes: '24:00' },
];

/** Problems the validator reports for a place with these hours, as code@path. */
function hoursProblems(hours: unknown): string[] {
  const feed = { version: '1.0', publisher: { name: 'T' }, places: [{ id: 'p', name: 'P', kind: 'informal-initiative', hours }] };
  return validateFeed(feed)
    .problems.filter((p) => p.code.startsWith('hours.'))
    .map((p) => `${p.code}@${p.path}`);
}

describe('hours grid: weekly periods ⇄ rows', () => {
  it('puts every period in the row of its day, with its index in the list, and marks days without periods closed', () => {
    const grid = weeklyToGrid(weekly);
    expect(grid.rows.map((row) => row.day)).to.deep.equal(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']);
    expect(grid.rows.map((row) => row.closed)).to.deep.equal([false, true, false, true, true, true, false]);
    expect(grid.rows[0]!.periods).to.deep.equal([
      { index: 0, opens: '09:00', closes: '12:00' },
      { index: 1, opens: '13:00', closes: '17:00' },
    ]);
    expect(grid.rows[2]!.periods).to.deep.equal([{ index: 2, opens: '13:30', closes: '16:00' }]);
    expect(grid.unplaced).to.deep.equal([]);
  });

  it('round trips: grid → weekly → grid gives the same rows, and a list in day order comes back as it was', () => {
    const grid = weeklyToGrid(weekly);
    const back = gridToWeekly(grid.rows);
    expect(back).to.deep.equal(weekly.map(({ day, opens, closes }) => ({ day, opens, closes })));
    expect(weeklyToGrid(back)).to.deep.equal(grid);
  });

  it('writes rows Monday first whatever their order, and a closed row writes nothing even with periods left in it', () => {
    const rows = [
      { day: 'fr' as const, periods: [{ opens: '09:00', closes: '10:00' }] },
      { day: 'tu' as const, closed: true, periods: [{ opens: '09:00', closes: '10:00' }] },
      { day: 'mo' as const, periods: [{ opens: '08:00', closes: '09:00' }] },
    ];
    expect(gridToWeekly(rows)).to.deep.equal([
      { day: 'mo', opens: '08:00', closes: '09:00' },
      { day: 'fr', opens: '09:00', closes: '10:00' },
    ]);
  });

  it('reads days as the validator does ("MO " is Monday) and keeps entries without a known day apart, not lost', () => {
    const grid = weeklyToGrid([{ day: 'MO ', opens: '9:00', closes: '12:00' }, { day: 'maandag', opens: '1', closes: '2' }, 'x', null]);
    expect(grid.rows[0]!.periods).to.deep.equal([{ index: 0, opens: '9:00', closes: '12:00' }]);
    expect(grid.unplaced).to.deep.equal([1, 2, 3]);
  });

  it('opens anything a broken feed has: no list, a string, numbers for times', () => {
    expect(weeklyToGrid(undefined).rows.every((row) => row.closed)).to.equal(true);
    expect(weeklyToGrid('ma-vr').rows.every((row) => row.closed)).to.equal(true);
    expect(weeklyToGrid([{ day: 'tu', opens: 9, closes: null }]).rows[1]!.periods).to.deep.equal([{ index: 0, opens: '9', closes: '' }]);
  });
});

describe('hours grid: the validator’s time rules', () => {
  it('agrees with validateFeed on every period: fine, unreadable time, closing before opening', () => {
    const cases: [string, string][] = [
      ['09:00', '12:00'],
      ['9:30', '12:00'],
      ['10:00', '24:00'],
      ['24:00', '24:00'],
      ['12:00', '09:00'],
      ['12:00', '12:00'],
      ['9', '12'],
      ['25:00', '26:00'],
      ['', '12:00'],
    ];
    for (const [opens, closes] of cases) {
      const validator = hoursProblems({ weekly: [{ day: 'mo', opens, closes }] }).map((p) => p.split('@')[0]);
      const grid = periodProblem(opens, closes);
      expect(grid ? [grid] : [], `${opens}–${closes}`).to.deep.equal(validator);
    }
  });

  it('tidies times as people write them into what the validator reads, and leaves what it cannot read', () => {
    expect(tidyTime('9', false)).to.equal('09:00');
    expect(tidyTime(' 9.30 ', false)).to.equal('09:30');
    expect(tidyTime('13u15', false)).to.equal('13:15');
    expect(tidyTime('17 uur', true)).to.equal('17:00');
    expect(tidyTime('24', true)).to.equal('24:00');
    expect(tidyTime('24', false)).to.equal(undefined);
    expect(tidyTime('25', true)).to.equal(undefined);
    expect(tidyTime('half tien', false)).to.equal(undefined);
    for (const typed of ['9', '9.30', '13u15', '17 uur']) {
      expect(periodProblem(tidyTime(typed, false), '23:00'), typed).to.equal(undefined);
    }
  });

  it('finds the overlapping periods the validator warns about, at the same index', () => {
    const periods = [
      { opens: '09:00', closes: '12:00' },
      { opens: '11:00', closes: '13:00' },
      { opens: '12:00', closes: '14:00' },
      { opens: 'x', closes: '14:00' },
    ];
    expect(overlappingPeriods(periods)).to.deep.equal([1, 2]);
    const validator = hoursProblems({ weekly: periods.map((p) => ({ day: 'mo', ...p })) }).filter((p) => p.startsWith('hours.period.overlap'));
    expect(validator).to.deep.equal(['hours.period.overlap@places[0].hours.weekly[1]', 'hours.period.overlap@places[0].hours.weekly[2]']);
  });

  it('suggests a next period an hour after the last one closes, inside the day, and nothing when the day is full', () => {
    expect(nextPeriod()).to.deep.equal({ opens: '09:00', closes: '12:00' });
    expect(nextPeriod({ closes: '12:00' })).to.deep.equal({ opens: '13:00', closes: '16:00' });
    expect(nextPeriod({ closes: '22:30' })).to.deep.equal({ opens: '23:30', closes: '24:00' });
    expect(nextPeriod({ closes: '23:30' })).to.deep.equal({ opens: '23:30', closes: '24:00' });
    expect(nextPeriod({ closes: '24:00' })).to.deep.equal({ opens: '', closes: '' });
    expect(nextPeriod({ closes: 'later' })).to.deep.equal({ opens: '', closes: '' });
  });
});

describe('hours grid: changes of shape', () => {
  it('adds a period after its day’s last one (or where its day belongs) and says where, keeping unknown fields of the others', () => {
    const tuesday = addPeriod(weekly, 'tu');
    expect(tuesday.index).to.equal(2);
    expect(tuesday.weekly[2]).to.deep.equal({ day: 'tu', opens: '09:00', closes: '12:00' });
    expect(tuesday.weekly[3]).to.equal(weekly[2]);
    const monday = addPeriod(weekly, 'mo');
    expect(monday.index).to.equal(2);
    expect(monday.weekly[2]).to.deep.equal({ day: 'mo', opens: '18:00', closes: '21:00' });
    expect(addPeriod(undefined, 'fr')).to.deep.equal({ weekly: [{ day: 'fr', opens: '09:00', closes: '12:00' }], index: 0 });
    expect(weekly).to.have.length(4);
  });

  it('removes one period, closes a whole day, and copies a day to others in weekday order', () => {
    expect(removePeriod(weekly, 1)).to.deep.equal([weekly[0], weekly[2], weekly[3]]);
    expect(closeDay(weekly, 'mo')).to.deep.equal([weekly[2], weekly[3]]);
    const copied = copyDay(weekly, 'mo', ['tu', 'we', 'mo']);
    expect(gridToWeekly(weeklyToGrid(copied).rows).map((p) => `${p.day} ${p.opens}-${p.closes}`)).to.deep.equal([
      'mo 09:00-12:00',
      'mo 13:00-17:00',
      'tu 09:00-12:00',
      'tu 13:00-17:00',
      'we 09:00-12:00',
      'we 13:00-17:00',
      'su 10:00-24:00',
    ]);
    expect(copied.map((p) => (p as { day: string }).day)).to.deep.equal(['mo', 'mo', 'tu', 'tu', 'we', 'we', 'su']);
    expect(hoursProblems({ weekly: copied })).to.deep.equal([]);
  });
});

describe('hours grid: exceptions', () => {
  const exceptions = [{ date: '2026-12-25', closed: true, periods: [], note: 'Kerst' }];

  it('closes a date, in date order, and replaces what an existing date had but keeps its note', () => {
    const added = closedOn(exceptions, '2026-12-24');
    expect(added.index).to.equal(0);
    expect(added.exceptions[0]).to.deep.equal({ date: '2026-12-24', closed: true, periods: [] });
    const open = otherTimesOn(exceptions, '2026-12-25', [{ opens: '10:00', closes: '12:00' }]);
    expect(open.index).to.equal(0);
    expect(open.exceptions).to.deep.equal([{ date: '2026-12-25', closed: false, periods: [{ opens: '10:00', closes: '12:00' }], note: 'Kerst' }]);
    expect(hoursProblems({ exceptions: open.exceptions })).to.deep.equal([]);
    expect(exceptionIndex(open.exceptions, '2026-12-25')).to.equal(0);
    expect(exceptionIndex(open.exceptions, '2026-12-26')).to.equal(-1);
  });

  it('reads closed or other times as the validator does, and switching drops or starts periods', () => {
    expect(exceptionKind({ date: '2026-01-01' })).to.equal('closed');
    expect(exceptionKind({ date: '2026-01-01', periods: [{ opens: '9:00', closes: '10:00' }] })).to.equal('other-times');
    expect(exceptionKind({ date: '2026-01-01', closed: false, periods: [] })).to.equal('other-times');
    const open = withExceptionKind(exceptions[0], 'other-times');
    expect(open).to.deep.equal({ date: '2026-12-25', closed: false, periods: [{ opens: '09:00', closes: '12:00' }], note: 'Kerst' });
    expect(withExceptionKind(open, 'closed')).to.deep.equal({ ...exceptions[0] });
    expect(hoursProblems({ exceptions: [withExceptionKind(open, 'closed')] })).to.deep.equal([]);
  });

  it('finds a free date for a new exception, and today in Europe/Amsterdam (not UTC)', () => {
    expect(freeDate(exceptions, '2026-12-25')).to.equal('2026-12-26');
    expect(freeDate(exceptions, '2026-12-31')).to.equal('2026-12-31');
    // 23:30 UTC on 31 December is already 1 January in Amsterdam (UTC+1 in winter).
    expect(todayInAmsterdam(new Date('2026-12-31T23:30:00Z'))).to.equal('2027-01-01');
    // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (UTC+2).
    expect(todayInAmsterdam(new Date('2026-06-30T22:30:00Z'))).to.equal('2026-07-01');
    expect(todayInAmsterdam(new Date('2026-06-30T21:30:00Z'))).to.equal('2026-06-30');
  });
});
