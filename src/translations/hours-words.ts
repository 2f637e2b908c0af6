import type { HoursWords } from '../feed/hours.js';
import { translationFor, type Translation } from './registry.js';
// The Dutch words: only pages whose elements show opening hours (map, guide) load them.
import './nl/hours.js';

const cache = new WeakMap<Translation, HoursWords>();

/** The opening-hours words of `lang`'s table, in the shape src/feed/hours.ts takes. */
export function hoursWords(lang: string): HoursWords {
  const t = translationFor(lang);
  let words = cache.get(t);
  if (!words) {
    words = {
      openUntil: t.hoursOpenUntil,
      openNow: t.hoursOpenNow,
      closedNow: t.hoursClosedNow,
      againToday: t.hoursAgainToday,
      againTomorrow: t.hoursAgainTomorrow,
      againOnWeekday: t.hoursAgainOnWeekday,
      againOnDate: t.hoursAgainOnDate,
      tomorrow: t.hoursTomorrow,
      closedOn: t.hoursClosedOn,
      closedFromTo: t.hoursClosedFromTo,
      openOn: t.hoursOpenOn,
      locale: t.$locale,
    };
    cache.set(t, words);
  }
  return words;
}
