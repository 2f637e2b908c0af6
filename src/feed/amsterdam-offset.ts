/**
 * Amsterdam's offset from UTC, for the opening hours (`hours.ts`), which are always in
 * Amsterdam time whatever the visitor's own clock zone.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** 01:00 UTC on the last Sunday of a month with 31 days (March, October): when the clocks change. */
function switchInstant(year: number, month: 3 | 10): number {
  const last = Date.UTC(year, month - 1, 31);
  return last - new Date(last).getUTCDay() * DAY + HOUR;
}

/** Per year, when summer time starts and ends: a list of places asks for the same few years. */
const summers = new Map<number, [number, number]>();

/**
 * Amsterdam's offset from UTC at an instant, in milliseconds: CET (UTC+1), and CEST (UTC+2)
 * from 01:00 UTC on the last Sunday of March until 01:00 UTC on the last Sunday of October,
 * the EU's summer time (Directive 2000/84/EC; the same dates since 1996).
 *
 * Written out, not asked of `Intl.DateTimeFormat` with `timeZone: 'Europe/Amsterdam'`: the
 * first such formatter makes the browser load its zone data, 25–90 ms on a desktop and
 * several times that on a phone, and the map's first list cannot say "nu open" without it.
 * test/feed/amsterdam-offset.test.ts compares this with the browser's zone database for
 * every hour of 2000–2045, so a change of the rule there makes a test fail here.
 */
export function amsterdamOffset(instant: number): number {
  const year = new Date(instant).getUTCFullYear();
  let summer = summers.get(year);
  if (!summer) summers.set(year, (summer = [switchInstant(year, 3), switchInstant(year, 10)]));
  return instant >= summer[0] && instant < summer[1] ? 2 * HOUR : HOUR;
}
