import { expect } from '@open-wc/testing';
import { amsterdamOffset } from '../../src/feed/amsterdam-offset.js';

const HOUR = 3_600_000;

/** Amsterdam's offset at an instant as the zone database of this browser (or Node) has it. */
const zoneDatabase = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' });
function databaseOffset(instant: number): number {
  const name = zoneDatabase.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d\d):(\d\d)/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * HOUR + Number(match[3]) * 60_000);
}

describe('amsterdamOffset: the EU summer-time rule, checked against the zone database', () => {
  it('agrees with the zone database on every hour from 2000 to 2045', () => {
    const disagreements: string[] = [];
    for (let instant = Date.UTC(2000, 0, 1); instant < Date.UTC(2046, 0, 1); instant += HOUR) {
      const expected = databaseOffset(instant);
      if (amsterdamOffset(instant) !== expected) disagreements.push(`${new Date(instant).toISOString()}: ${amsterdamOffset(instant) / HOUR} h, database ${expected / HOUR} h`);
    }
    expect(disagreements.slice(0, 5)).to.deep.equal([]);
  });

  it('switches at 01:00 UTC on the last Sunday of March and of October, not a millisecond before', () => {
    const spring = Date.UTC(2026, 2, 29, 1);
    const autumn = Date.UTC(2026, 9, 25, 1);
    expect(amsterdamOffset(spring - 1)).to.equal(HOUR);
    expect(amsterdamOffset(spring)).to.equal(2 * HOUR);
    expect(amsterdamOffset(autumn - 1)).to.equal(2 * HOUR);
    expect(amsterdamOffset(autumn)).to.equal(HOUR);
  });

  it('finds the last Sunday also when the 31st itself is a Sunday', () => {
    // 31 March 2024 and 31 October 2021 were Sundays.
    expect(amsterdamOffset(Date.UTC(2024, 2, 31, 0, 59))).to.equal(HOUR);
    expect(amsterdamOffset(Date.UTC(2024, 2, 31, 1))).to.equal(2 * HOUR);
    expect(amsterdamOffset(Date.UTC(2021, 9, 31, 0, 59))).to.equal(2 * HOUR);
    expect(amsterdamOffset(Date.UTC(2021, 9, 31, 1))).to.equal(HOUR);
  });
});
