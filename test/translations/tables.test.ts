import { expect } from '@open-wc/testing';
import nl from '../../src/translations/nl.js';
import { knownLanguages, loadTranslation, translationFor, type Params, type Translation } from '../../src/translations/registry.js';

// TypeScript already refuses a table that misses a key; these tests check what it cannot:
// that every registered loader really delivers its table, and that every function entry
// gives words (not '', not a leftover '#', not 'undefined') for the arguments the kit passes.

type FunctionKey = { [K in keyof Translation]: Translation[K] extends (...args: never[]) => string ? K : never }[keyof Translation];

const counts = [0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 100, 101];

/** Sample arguments per function key; a key without samples is a type error. */
const samples: { [K in FunctionKey]: Params<K>[] } = {
  showingCachedCopy: [['3 nov. 2026 10:00']],
  explainTerm: [['Wmo']],
  languageFallback: [['ber'], ['rif'], ['tzm'], ['zgh'], ['kab']],
  hoursOpenUntil: [['11:30']],
  hoursAgainToday: [['14:00']],
  hoursAgainTomorrow: [['9:30']],
  hoursAgainOnWeekday: [['dinsdag', '9:30']],
  hoursAgainOnDate: [['5 januari']],
  hoursClosedOn: [['vrijdag 25 december']],
  hoursClosedFromTo: [['maandag 20 juli', 'maandag 31 augustus']],
  hoursOpenOn: [['zondag 20 december', '13:00–16:00']],
  mapActiveFilters: counts.filter((n) => n > 0).map((n) => [n] as [number]),
  mapAgeGroup: [[4, 12], [12, undefined], [1, undefined], [2, undefined], [5, undefined], [21, undefined]],
  mapCount: counts.map((n) => [n] as [number]),
  mapCountSimilar: counts.filter((n) => n > 0).map((n) => [n] as [number]),
  mapShowMore: [[50, 120]],
  mapDistance: [[340], [1500]],
  mapOpenDetails: [['Buurthuis De Poort']],
  mapAges: [[4, 12], [12, undefined], [undefined, 18]],
  mapPhone: [['073 123 45 67']],
  mapEmail: [['info@voorbeeld.nl']],
  mapLastChecked: [['3 november 2026']],
  mapMarkerCluster: counts.filter((n) => n > 1).map((n) => [n] as [number]),
  mapTilesShow: [['PDOK (Kadaster)']],
  mapTilesWhy: [['PDOK (Kadaster)']],
  guideCall: [['0800-2000']],
  guideQuickExitPressesLeft: [[1], [2]],
  guideQuestionNumber: [[1], [2]],
  guideShownOnMap: [['CJG']],
  guideMoreAbout: [['CJG']],
  signupTaskPlace: [['Buurthuis']],
  signupTaskWhen: [['maandagochtend']],
  signupTaskContact: [['Fatima']],
  signupTaskMinAge: [[16]],
  signupSlot: [['maandag', 'Ochtend']],
  signupAge: [[16]],
  signupAgeHint: [[16]],
  signupConsent: [['Stichting Buurt']],
  signupPrivacyDefault: [['Stichting Buurt']],
  signupErrorAgeRequired: [[16]],
  signupErrorTooLong: [[1], [2], [5], [200], [1000]],
  signupSentGeneric: [['Stichting Buurt']],
  signupFailedDetail: [[403]],
  signupOutboxWaiting: [['14:05']],
  signupOutboxKept: [['30 december 2026']],
  signupOutboxFrom: [['Fatima', '3 nov. 2026']],
  signupMailIntro: [['aanmelden@voorbeeld.nl']],
  signupMailExplain: [['aanmelden@voorbeeld.nl']],
};

const codes = knownLanguages();

describe('translation tables', () => {
  it('registers Dutch, English, Arabic, Turkish, Polish and Ukrainian', () => {
    expect([...codes].sort()).to.include.members(['ar', 'en', 'nl', 'pl', 'tr', 'uk']);
  });

  for (const code of codes) {
    describe(code, () => {
      let table: Translation;
      before(async () => {
        await loadTranslation(code);
        table = translationFor(code);
      });

      it('loads its own table, not the Dutch fallback', () => {
        expect(table.$code).to.equal(code);
        expect(table.$name).to.be.a('string').and.not.empty;
        expect(['ltr', 'rtl']).to.include(table.$dir);
        expect(() => new Intl.DateTimeFormat(table.$locale)).not.to.throw();
      });

      it('has every key Dutch has, of the same kind, and nothing else', () => {
        const missing = Object.keys(nl).filter((key) => !(key in table));
        const extra = Object.keys(table).filter((key) => !(key in nl));
        const wrongKind = Object.keys(nl).filter(
          (key) => key in table && typeof table[key as keyof Translation] !== typeof nl[key as keyof Translation],
        );
        expect({ missing, extra, wrongKind }).to.deep.equal({ missing: [], extra: [], wrongKind: [] });
      });

      it('has no empty string', () => {
        const empty = Object.entries(table).filter(([, value]) => typeof value === 'string' && value.trim() === '');
        expect(empty.map(([key]) => key)).to.deep.equal([]);
      });

      it('gives words for the sample arguments of every function', () => {
        const bad: string[] = [];
        for (const [key, argLists] of Object.entries(samples) as [FunctionKey, unknown[][]][]) {
          const entry = table[key] as unknown as (...args: unknown[]) => string;
          for (const args of argLists) {
            const result = entry(...args);
            if (typeof result !== 'string' || result.trim() === '' || /#|undefined|NaN|\$\{/.test(result)) {
              bad.push(`${key}(${args.join(', ')}) → ${JSON.stringify(result)}`);
            }
          }
        }
        expect(bad).to.deep.equal([]);
      });

      it('puts the number into counted phrases (plural forms through Intl.PluralRules)', () => {
        // Arabic writes 1 and 2 as words ("مكان واحد", "مكانان"), so those are left out there.
        const wordForms = code === 'ar' ? new Set([0, 1, 2]) : new Set<number>();
        const missing: string[] = [];
        for (const n of [3, 5, 11, 22, 101].concat(wordForms.size ? [] : [1, 2])) {
          for (const key of ['mapCount', 'mapCountSimilar', 'mapActiveFilters', 'mapMarkerCluster'] as const) {
            const text = (table[key] as (count: number) => string)(n);
            if (!text.includes(String(n))) missing.push(`${key}(${n}) → ${text}`);
          }
        }
        expect(missing).to.deep.equal([]);
      });
    });
  }

  it('uses the plural forms of each language (Polish and Ukrainian 2 vs 5, Arabic 3 vs 11)', async () => {
    await Promise.all(['pl', 'uk', 'ar'].map((code) => loadTranslation(code)));
    const pl = translationFor('pl');
    const uk = translationFor('uk');
    const ar = translationFor('ar');
    expect(pl.mapCount(2)).to.equal('Znaleziono 2 miejsca');
    expect(pl.mapCount(5)).to.equal('Znaleziono 5 miejsc');
    expect(pl.mapCount(22)).to.equal('Znaleziono 22 miejsca');
    expect(uk.mapCount(21)).to.equal('Знайдено 21 місце');
    expect(uk.mapCount(11)).to.equal('Знайдено 11 місць');
    expect(ar.mapCount(2)).to.equal('تم العثور على مكانين');
    expect(ar.mapCount(3)).to.equal('تم العثور على 3 أماكن');
    expect(ar.mapCount(11)).to.equal('تم العثور على 11 مكانًا');
  });
});
