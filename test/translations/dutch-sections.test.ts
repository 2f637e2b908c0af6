import { expect } from '@open-wc/testing';
import { registerTranslation, term, translationFor, type Translation } from '../../src/translations/registry.js';

// The Dutch table is built per element (src/translations/nl/*.ts): the registry has only the
// shared strings built in, and each element's module adds its own when it is imported. This file
// imports the sections itself, in order: the first test must run before any map strings arrive.

describe('Dutch strings per element', () => {
  it('has only the shared Dutch built in until the map’s strings are imported', async () => {
    expect(term('nl', 'loading')).to.equal('Bezig met laden…');
    expect(Object.prototype.hasOwnProperty.call(translationFor('nl'), 'mapSearch')).to.equal(false);
    await import('../../src/translations/nl/map.js');
    expect(term('nl', 'mapSearch')).to.equal('Zoeken');
    expect(translationFor('nl').mapSearch).to.equal('Zoeken');
  });

  it('keeps the wording of a Dutch table an embedder registered when an element’s strings arrive', async () => {
    const builtIn = translationFor('nl');
    try {
      registerTranslation({ ...builtIn, guideBack: 'Ga terug' } as Translation);
      await import('../../src/translations/nl/guide.js');
      expect(term('nl', 'guideBack')).to.equal('Ga terug');
      // Strings the embedder's table lacks come from the kit's own Dutch.
      expect(term('nl', 'guideRestart')).to.equal('Opnieuw beginnen');
    } finally {
      registerTranslation(builtIn);
    }
  });

  it('still loads an element’s strings when the embedder registered a frozen Dutch table', async () => {
    const builtIn = translationFor('nl');
    try {
      registerTranslation(Object.freeze({ ...builtIn, signupName: 'Naam' }) as Translation);
      await import('../../src/translations/nl/signup.js');
      expect(term('nl', 'signupName')).to.equal('Naam');
      expect(term('nl', 'signupSubmit')).to.equal('Aanmelden');
    } finally {
      registerTranslation(builtIn);
    }
  });

  it('loses no string in the split: the sections together are the whole table, each key in one section', async () => {
    const [common, hours, map, guide, signup, nl] = await Promise.all([
      import('../../src/translations/nl/common.js'),
      import('../../src/translations/nl/hours.js'),
      import('../../src/translations/nl/map.js'),
      import('../../src/translations/nl/guide.js'),
      import('../../src/translations/nl/signup.js'),
      import('../../src/translations/nl.js'),
    ]);
    const sections = [common, hours, map, guide, signup].map((module) => Object.keys(module.default));
    const all = sections.flat();
    expect(new Set(all).size, 'a key in two sections').to.equal(all.length);
    expect([...all].sort()).to.deep.equal(Object.keys(nl.default).sort());
  });
});
