import { expect } from '@open-wc/testing';
import '../../src/feed/messages.js';
import { checkPlainLanguage, countSyllables, readingStats, sentencesOf, unexplainedAbbreviations } from '../../src/feed/plain-language.js';
import type { GlossaryEntry } from '../../src/feed/types.js';

const glossary: GlossaryEntry[] = [
  { term: 'Wmo', aliases: ['Wet maatschappelijke ondersteuning'], explanation: 'Een wet.' },
  { term: 'Veilig Thuis', aliases: ['AMK'], explanation: 'Advies bij geweld thuis.' },
  { term: 'GGD', aliases: [], explanation: 'De gezondheidsdienst.' },
];

function feed(texts: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    version: '1.0',
    publisher: { name: 'Test' },
    glossary: [
      { term: 'Wmo', aliases: ['Wet maatschappelijke ondersteuning'], explanation: 'Een wet voor hulp thuis.' },
      { term: 'Veilig Thuis', aliases: ['AMK'], explanation: 'Advies bij geweld thuis.' },
    ],
    places: [{ id: 'a', name: 'De GIT-praktijk', kind: 'informal-initiative', location: { lat: 51.7, lng: 5.3 }, ...texts }],
    ...extra,
  };
}

describe('plain Dutch: the parts', () => {
  it('counts Dutch syllables by vowel groups, with ij as one vowel and a diaeresis opening a new one', () => {
    expect(countSyllables('kinderboerderij')).to.equal(5);
    expect(countSyllables('ideeën')).to.equal(3);
    expect(countSyllables('koffie')).to.equal(2);
    expect(countSyllables('fijn')).to.equal(1);
    expect(countSyllables('geïnteresseerd')).to.equal(5);
    expect(countSyllables('112')).to.equal(1);
  });

  it('splits sentences at . ! ? and line breaks, not inside "0800-2000" or "o.a."', () => {
    expect(sentencesOf('Bel 0800-2000. Dat is gratis! Wil je meer weten?\nKom langs')).to.deep.equal([
      'Bel 0800-2000.',
      'Dat is gratis!',
      'Wil je meer weten?',
      'Kom langs',
    ]);
    expect(sentencesOf('Er is o.a. koffie. Kom.')).to.deep.equal(['Er is o.a. koffie.', 'Kom.']);
  });

  it('scores with Flesch–Douma: 206.835 − 0.93 × words per sentence − 77 × syllables per word', () => {
    const stats = readingStats('Kom koffie drinken. Het is gratis.');
    expect(stats).to.include({ words: 6, sentences: 2, syllables: 9 });
    expect(stats.ease).to.be.closeTo(206.835 - 0.93 * 3 - 77 * (9 / 6), 1e-9);
  });

  it('finds abbreviations the glossary does not explain, as the glossary matches them', () => {
    expect(unexplainedAbbreviations('Bel het AMK of de GGD.', glossary)).to.deep.equal([]);
    expect(unexplainedAbbreviations('Vraag het GIT of MIM-moeders.', glossary)).to.deep.equal(['GIT', 'MIM']);
    // One capital is no abbreviation; "Wmo" in the glossary covers "Wmo"; a postcode is not one.
    expect(unexplainedAbbreviations('De Wmo helpt in 5211 AB.', glossary)).to.deep.equal([]);
    // The glossary matches abbreviations in capitals only: "ggd" is not "GGD", and "GGD's" is.
    expect(unexplainedAbbreviations("De GGD's helpen.", glossary)).to.deep.equal([]);
  });
});

describe('checkPlainLanguage', () => {
  it('warns about an unexplained abbreviation, naming the path and quoting the sentence', () => {
    const problems = checkPlainLanguage(feed({ description: { nl: 'Koffie op maandag. Het GIT komt ook langs.', en: 'The GIT visits.' } }));
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ severity: 'warning', code: 'plain.abbreviation', path: 'places[0].description.nl' });
    expect(problems[0]!.message).to.contain('"GIT"').and.contain('"Het GIT komt ook langs."');
  });

  it('leaves names alone and reads only the Dutch of a translated text', () => {
    // "GIT" in the name and in English is not warned about.
    expect(checkPlainLanguage(feed({ description: { nl: 'Kom langs.', en: 'The GIT visits.' } }))).to.deep.equal([]);
  });

  it('warns about a sentence of more than 20 words, not one of 20', () => {
    const twenty = 'Een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig.';
    const longer = twenty.replace('twintig.', 'twintig eenentwintig.');
    expect(checkPlainLanguage(feed({ description: twenty })).filter((p) => p.code === 'plain.sentence-too-long')).to.deep.equal([]);
    const problems = checkPlainLanguage(feed({ description: longer })).filter((p) => p.code === 'plain.sentence-too-long');
    expect(problems).to.have.length(1);
    expect(problems[0]!.message).to.contain('21 woorden').and.contain(longer);
  });

  it('warns about a text above B1 (Flesch–Douma below 60), quoting its hardest sentence', () => {
    const hard =
      'De gemeentelijke gezondheidsdienst organiseert jaarlijks vaccinatiecampagnes voor alle kinderen. Ouders ontvangen hiervoor tijdig een persoonlijke uitnodiging. Jeugdverpleegkundigen beantwoorden opvoedingsvragen.';
    const problems = checkPlainLanguage(feed({ description: { nl: hard } }));
    expect(problems.map((p) => p.code)).to.deep.equal(['plain.reading-level']);
    expect(problems[0]!.message).to.contain('Flesch-Douma').and.contain('"Jeugdverpleegkundigen beantwoorden opvoedingsvragen."');
    const easy = 'Kom koffie drinken in de buurt. Het is gratis en je bent welkom. Je mag ook je kind mee nemen.';
    expect(checkPlainLanguage(feed({ description: easy }))).to.deep.equal([]);
  });

  it('speaks English with lang "en", and never reports an error', () => {
    const problems = checkPlainLanguage(feed({ description: 'Het GIT komt.' }), { lang: 'en' });
    expect(problems[0]!.message).to.match(/^The abbreviation "GIT" is not in the glossary/);
    expect(problems.every((p) => p.severity === 'warning')).to.equal(true);
  });

  it('reads guides, glossary explanations and opportunities, and skips a feed in another language', () => {
    const problems = checkPlainLanguage(
      feed(
        {},
        {
          guides: [{ id: 'g', title: 'Zorgen', steps: [{ type: 'advice', id: 's', text: { nl: 'Bel het MIM.' } }] }],
          opportunities: [{ id: 'o', title: 'Helpen', description: 'Help bij de VVE.' }],
        },
      ),
    );
    expect(problems.map((p) => p.path)).to.deep.equal(['guides[0].steps[0].text.nl', 'opportunities[0].description']);
    expect(checkPlainLanguage({ ...feed({ description: 'The GIT visits.' }), language: 'en' })).to.deep.equal([]);
  });

  it('finds nothing to say about the sample feed', async () => {
    const sample = await (await fetch('/demo/feeds/den-bosch.json')).json();
    expect(checkPlainLanguage(sample).map((p) => `${p.path}: ${p.message}`)).to.deep.equal([]);
  });

  it('reads a hostile file nested thousands of lists deep without overflowing the stack (fixture deeply-nested)', async () => {
    const nested = await (await fetch('/test/fixtures/feeds/deeply-nested.json')).json();
    expect(() => checkPlainLanguage(nested)).not.to.throw();
    // Texts at an ordinary depth are still read beside it.
    const beside = { ...nested, guides: [{ id: 'g', steps: [{ id: 's', type: 'advice', title: 'Bel het GIT.', contacts: [{ type: 'inline', description: { nl: 'De MIM helpt.' } }] }] }] };
    expect(checkPlainLanguage(beside).map((p) => `${p.code} ${p.path}`)).to.deep.equal([
      'plain.abbreviation guides[0].steps[0].title',
      'plain.abbreviation guides[0].steps[0].contacts[0].description.nl',
    ]);
  });
});
