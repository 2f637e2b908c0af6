import { expect } from '@open-wc/testing';
import { DUTCH_LANGUAGE_NAMES, languageName } from '../../src/base/language-name.js';
import en from '../../src/translations/en.js';
import pl from '../../src/translations/pl.js';
import tr from '../../src/translations/tr.js';
import uk from '../../src/translations/uk.js';
import { registerTranslation } from '../../src/translations/registry.js';
import { countingDisplayNames } from '../harness/display-names.js';

describe('languageName', () => {
  // First in the file: the names are cached per language once Intl was asked.
  it('names the sign-up form\'s languages and Berber in Dutch without loading the browser\'s language data', () => {
    countingDisplayNames((made) => {
      const names = ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'so', 'ti', 'ber'].map((code) => languageName(code, 'nl'));
      expect(names).to.include.members(['Nederlands', 'Arabisch', 'Berbers (Tamazight)']);
      expect(made()).to.equal(0);
      languageName('fa', 'nl');
      expect(made(), 'a language outside the table still asks Intl').to.equal(1);
    });
  });

  for (const [code, name] of Object.entries(DUTCH_LANGUAGE_NAMES)) {
    it(`writes "${code}" in Dutch as this browser's Intl does: ${name}`, () => {
      const intl = new Intl.DisplayNames(['nl'], { type: 'language' }).of(code)!;
      expect(name).to.equal(intl.charAt(0).toLocaleUpperCase('nl') + intl.slice(1));
    });
  }

  it('asks Intl for other languages of the page, and falls back to the code', () => {
    registerTranslation(en, pl);
    expect(languageName('ar', 'en')).to.equal('Arabic');
    expect(languageName('ber', 'en')).to.equal('Berber (Tamazight)');
    expect(languageName('ar', 'nl-BE')).to.equal('Arabisch');
    expect(languageName('qaa', 'nl')).to.equal('qaa');
  });

  it('starts the kit\'s own names with a capital in every table, as a label in a list does', () => {
    for (const table of [en, pl, tr, uk]) {
      registerTranslation(table);
      for (const code of ['ber', 'rif', 'tzm', 'zgh', 'kab']) {
        const name = languageName(code, table.$code);
        expect(name.charAt(0), `${code} in ${table.$code}: ${name}`).to.equal(name.charAt(0).toLocaleUpperCase(table.$code));
      }
    }
    expect(languageName('kab', 'pl')).to.equal('Kabylski');
  });

  it('asks Intl first on a page whose language has no table of the kit\'s, rather than give a Dutch name', () => {
    const intl = new Intl.DisplayNames(['fr'], { type: 'language' }).of('rif');
    // Where the browser names Riffian in French, that name; where it cannot, the kit's Dutch one.
    expect(languageName('rif', 'fr')).to.equal(intl && intl !== 'rif' ? intl.charAt(0).toLocaleUpperCase('fr') + intl.slice(1) : 'Riffijns (Tarifit)');
    expect(languageName('ar', 'fr')).to.equal('Arabe');
  });
});
