import { expect } from '@open-wc/testing';
import { localize, localizedLanguage } from '../../src/feed/text.js';

describe('localize', () => {
  it('returns a plain string as it is', () => {
    expect(localize('Koffie-inloop', 'en')).to.equal('Koffie-inloop');
  });

  it('follows the chain: requested language → base language → nl → first available', () => {
    const text = { nl: 'Hallo', en: 'Hello', tr: 'Merhaba' };
    expect(localize(text, 'tr')).to.equal('Merhaba');
    expect(localize(text, 'en-GB')).to.equal('Hello');
    expect(localize(text, 'ar')).to.equal('Hallo');
    expect(localize({ en: 'Hello', tr: 'Merhaba' }, 'ar')).to.equal('Hello');
    expect(localizedLanguage({ en: 'Hello', tr: 'Merhaba' }, 'ar')).to.equal('en');
  });

  it('skips empty translations and survives missing values', () => {
    expect(localize({ en: '', nl: 'Hallo' }, 'en')).to.equal('Hallo');
    expect(localize(undefined, 'nl')).to.equal('');
    expect(localize({}, 'nl')).to.equal('');
  });

  it('does not read inherited keys such as toString', () => {
    expect(localize({ nl: 'Hallo' }, 'toString')).to.equal('Hallo');
    expect(localize({ nl: 'Hallo' }, '__proto__')).to.equal('Hallo');
  });

  it('names the language of the text it shows, for a lang attribute, even past a value that is not text', () => {
    const odd = { en: 5, nl: 'Hallo' } as unknown as Record<string, string>;
    expect(localize(odd, 'en')).to.equal('Hallo');
    expect(localizedLanguage(odd, 'en')).to.equal('nl');
    expect(localizedLanguage({ en: '', nl: 'Hallo' }, 'en')).to.equal('nl');
    expect(localizedLanguage({ nl: 'Hallo' }, '__proto__')).to.equal('nl');
    expect(localizedLanguage('Koffie', 'en', 'tr')).to.equal('tr');
  });
});
