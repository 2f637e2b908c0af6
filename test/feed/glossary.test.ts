import { expect } from '@open-wc/testing';
import { findTerms } from '../../src/feed/glossary.js';
import type { GlossaryEntry } from '../../src/feed/types.js';

const glossary: GlossaryEntry[] = [
  { term: 'CJG', aliases: [], explanation: 'Centrum voor Jeugd en Gezin.' },
  { term: 'Veilig Thuis', aliases: ['AMK'], explanation: 'Advies bij huiselijk geweld.' },
  { term: 'GIT', aliases: [], explanation: 'Gezinsinterventieteam.' },
  { term: 'koffie-inloop', aliases: [], explanation: 'Je loopt binnen voor koffie.' },
];

describe('findTerms', () => {
  it('marks each term once, as whole words, keeping the rest as text', () => {
    const segments = findTerms('Bel het CJG of Veilig Thuis. Het CJG helpt.', glossary);
    expect(segments.map((s) => (typeof s === 'string' ? s : `[${s.text}]`)).join('')).to.equal(
      'Bel het [CJG] of [Veilig Thuis]. Het CJG helpt.',
    );
  });

  it('matches aliases to their entry', () => {
    const [, term] = findTerms('Vroeger heette dit het AMK.', glossary);
    expect(term).to.deep.include({ text: 'AMK' });
    expect((term as { entry: GlossaryEntry }).entry.term).to.equal('Veilig Thuis');
  });

  it('does not take ordinary words for abbreviations, nor parts of words', () => {
    expect(findTerms('Ik git mijn code; GITaar; het CJGhuis', glossary)).to.deep.equal(['Ik git mijn code; GITaar; het CJGhuis']);
  });

  it('matches ordinary terms in any case, with hyphens', () => {
    const segments = findTerms('De Koffie-inloop is op dinsdag.', glossary);
    expect(segments[1]).to.deep.include({ text: 'Koffie-inloop' });
  });

  it('treats regular-expression characters in terms as text', () => {
    const odd: GlossaryEntry[] = [{ term: 'C++ (.*)', aliases: [], explanation: 'x' }];
    expect(findTerms('leer C++ (.*) nu', odd)[1]).to.deep.include({ text: 'C++ (.*)' });
    expect(findTerms('anything', odd)).to.deep.equal(['anything']);
  });

  it('returns the text when there is no glossary, and nothing for empty text', () => {
    expect(findTerms('CJG', [])).to.deep.equal(['CJG']);
    expect(findTerms('', glossary)).to.deep.equal([]);
  });
});
