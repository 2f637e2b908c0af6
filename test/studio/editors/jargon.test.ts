import { expect } from '@open-wc/testing';
import '../../../src/feed/messages.js';
import { checkPlainLanguage } from '../../../src/feed/plain-language.js';
import { findTerms } from '../../../src/feed/glossary.js';
import { findJargon, glossaryEntryFor } from '../../../src/studio/model/jargon.js';

function feed(extra: Record<string, unknown> = {}) {
  return {
    version: '1.0',
    publisher: { name: 'Wijkkrant' },
    glossary: [
      { term: 'CJG', aliases: ['Centrum voor Jeugd en Gezin'], explanation: 'Hulp bij opgroeien.' },
      { term: 'Veilig Thuis', aliases: ['AMK'], explanation: 'Advies bij geweld thuis.' },
    ],
    places: [
      {
        id: 'a',
        name: 'GIT-praktijk',
        kind: 'professional-service',
        description: 'Het GIT werkt samen met het CJG en het wijkteam. Bel bij twijfel het AMK.',
        accessibility: 'Rolstoel: ja, postcode 5211 AB.',
      },
      { id: 'b', name: 'MIM', kind: 'volunteer-organisation', description: { nl: 'Maatjes (MIM) voor gezinnen. Het Wijkteam helpt ook.', en: 'GGD buddies' } },
    ],
    ...extra,
  };
}

describe('jargon suggestions for the glossary', () => {
  it('names each unexplained abbreviation and jargon word once, with every text it is in', () => {
    const suggestions = findJargon(feed());
    expect(suggestions).to.deep.equal([
      { term: 'wijkteam', where: ['places[0].description', 'places[1].description.nl'] },
      { term: 'GIT', where: ['places[0].description'] },
      { term: 'MIM', where: ['places[1].description.nl'] },
    ]);
  });

  it('leaves out what the glossary explains (term or alias), postcodes, names and texts in other languages', () => {
    const terms = findJargon(feed()).map((s) => s.term);
    expect(terms).not.to.include('CJG');
    expect(terms).not.to.include('AMK');
    expect(terms).not.to.include('AB');
    expect(terms).not.to.include('GGD');
  });

  it('offers the same abbreviations as the plain.abbreviation warning of buurtkit check, at the same paths', () => {
    const doc = feed();
    const warned = checkPlainLanguage(doc)
      .filter((p) => p.code === 'plain.abbreviation')
      .map((p) => p.path)
      .sort();
    const offered = findJargon(doc)
      .filter((s) => /\p{Lu}{2}/u.test(s.term))
      .flatMap((s) => s.where)
      .sort();
    expect(offered).to.deep.equal(warned);
  });

  it('stops suggesting a word once the glossary has it, and the new entry marks it in the elements', () => {
    const doc = feed();
    const entry = { ...glossaryEntryFor({ term: 'GIT' }), explanation: 'Een team dat gezinnen helpt.' };
    expect(glossaryEntryFor({ term: 'GIT' })).to.deep.equal({ term: 'GIT', aliases: [], explanation: '' });
    const after = { ...doc, glossary: [...doc.glossary, entry, { term: 'wijkteam', aliases: [], explanation: 'Hulp in de wijk.' }] };
    expect(findJargon(after).map((s) => s.term)).to.deep.equal(['MIM']);
    const marked = findTerms('Het GIT helpt.', [entry]);
    expect(marked[1]).to.deep.include({ text: 'GIT' });
  });

  it('gives nothing for a feed without texts or for anything that is not a feed', () => {
    expect(findJargon(null)).to.deep.equal([]);
    expect(findJargon([])).to.deep.equal([]);
    expect(findJargon('CJG')).to.deep.equal([]);
    expect(findJargon({ version: '1.0', places: 'x', glossary: 7 })).to.deep.equal([]);
  });

  it('reads only Dutch, as buurtkit check does: in a feed in English only the nl texts count', () => {
    expect(findJargon(feed({ language: 'en' }))).to.deep.equal([
      { term: 'MIM', where: ['places[1].description.nl'] },
      { term: 'wijkteam', where: ['places[1].description.nl'] },
    ]);
  });

  it('reads an edited place again, keeps what it read of the others, and reads again when the language changes', () => {
    const doc = feed();
    expect(findJargon(doc).map((s) => s.term)).to.deep.equal(['wijkteam', 'GIT', 'MIM']);
    const edited = { ...doc, places: [doc.places[0]!, { ...doc.places[1]!, description: 'Vraag het de POH.' }] };
    expect(findJargon(edited)).to.deep.equal([
      { term: 'GIT', where: ['places[0].description'] },
      { term: 'wijkteam', where: ['places[0].description'] },
      { term: 'POH', where: ['places[1].description'] },
    ]);
    // Same place objects, another feed language: plain strings are no longer Dutch.
    expect(findJargon({ ...doc, language: 'en' }).map((s) => s.term)).to.deep.equal(['MIM', 'wijkteam']);
  });
});
