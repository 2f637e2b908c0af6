import { expect } from '@open-wc/testing';
import { dayNames } from '../../../src/components/signup/fields.js';

describe('sign-up: weekday names of the availability grid', () => {
  for (const lang of ['nl', 'en', 'ar', 'tr', 'pl', 'uk']) {
    it(`says, Monday first, what Intl says in ${lang} (its narrow name where the short one is the whole word)`, () => {
      const short = new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' });
      const long = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
      const narrow = new Intl.DateTimeFormat(lang, { weekday: 'narrow', timeZone: 'UTC' });
      const expected = [1, 2, 3, 4, 5, 6, 7].map((day) => {
        const date = new Date(Date.UTC(2024, 0, day, 12));
        const whole = short.format(date) === long.format(date);
        return { short: whole ? narrow.format(date) : short.format(date), long: long.format(date) };
      });
      expect(dayNames(lang)).to.deep.equal(expected);
    });
  }

  it('gives Arabic the one-letter day names of its calendars, since its short names are the whole word', () => {
    expect(dayNames('ar').map((day) => day.short)).to.deep.equal(['ن', 'ث', 'ر', 'خ', 'ج', 'س', 'ح']);
    expect(dayNames('ar')[0]!.long).to.equal('الاثنين');
  });

  it('falls back to Dutch for a lang that is no language, also one named like an object property', () => {
    const dutch = dayNames('nl');
    expect(dayNames('constructor')).to.deep.equal(dutch);
    expect(dayNames('__proto__')).to.deep.equal(dutch);
  });
});
