import { expect } from '@open-wc/testing';
import { DUTCH_LANGUAGE_NAMES, languageName } from '../../src/base/language-name.js';
import en from '../../src/translations/en.js';
import { registerTranslation } from '../../src/translations/registry.js';

describe('languageName', () => {
  // First in the file: the names are cached per language once Intl was asked.
  it('names the sign-up form\'s languages and Berber in Dutch without loading the browser\'s language data', () => {
    const Original = Intl.DisplayNames;
    let made = 0;
    Intl.DisplayNames = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made += 1;
      }
    };
    try {
      const names = ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'so', 'ti', 'ber'].map((code) => languageName(code, 'nl'));
      expect(names).to.include.members(['Nederlands', 'Arabisch', 'Berbers (Tamazight)']);
      expect(made).to.equal(0);
      languageName('fa', 'nl');
      expect(made, 'a language outside the table still asks Intl').to.equal(1);
    } finally {
      Intl.DisplayNames = Original;
    }
  });

  for (const [code, name] of Object.entries(DUTCH_LANGUAGE_NAMES)) {
    it(`writes "${code}" in Dutch as this browser's Intl does: ${name}`, () => {
      const intl = new Intl.DisplayNames(['nl'], { type: 'language' }).of(code)!;
      expect(name).to.equal(intl.charAt(0).toLocaleUpperCase('nl') + intl.slice(1));
    });
  }

  it('asks Intl for other languages of the page, and falls back to the code', () => {
    registerTranslation(en);
    expect(languageName('ar', 'en')).to.equal('Arabic');
    expect(languageName('ber', 'en')).to.equal('Berber (Tamazight)');
    expect(languageName('ar', 'nl-BE')).to.equal('Arabisch');
    expect(languageName('qaa', 'nl')).to.equal('qaa');
  });
});
