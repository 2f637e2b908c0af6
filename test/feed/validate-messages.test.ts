import { expect } from '@open-wc/testing';
import { feedMessage, PROBLEM_CODES, PROBLEM_SEVERITY, type MessageParams } from '../../src/feed/messages.js';

const params: MessageParams = {
  value: '"x"',
  field: 'name',
  item: 'place',
  id: 'wijkplaats',
  max: 100,
  min: 0,
  scheme: 'javascript:',
  distance: 80,
  step: 'q1',
  first: 'q0',
  sentence: 'Neem contact op met het AMK.',
  words: 24,
  score: 48,
};

describe('feed problem messages', () => {
  it('have a Dutch and an English message for every code, with every value filled in', () => {
    expect(PROBLEM_CODES.length).to.be.at.least(60);
    for (const code of PROBLEM_CODES) {
      for (const lang of ['nl', 'en']) {
        const message = feedMessage(code, params, lang);
        expect(message, `${code} ${lang}`).to.be.a('string').and.have.length.greaterThan(20);
        expect(message, `${code} ${lang}`).not.to.match(/undefined|\[object|NaN/);
      }
      expect(feedMessage(code, params, 'nl'), code).not.to.equal(feedMessage(code, params, 'en'));
      expect(['error', 'warning']).to.include(PROBLEM_SEVERITY[code]);
    }
  });

  it('fall back to Dutch for a language without a table, and use the base language of a region', () => {
    expect(feedMessage('id.duplicate', params, 'tr')).to.equal(feedMessage('id.duplicate', params, 'nl'));
    expect(feedMessage('id.duplicate', params, 'en-GB')).to.equal(feedMessage('id.duplicate', params, 'en'));
  });

  it('are all explained in docs/feed.md with their severity', async () => {
    const response = await fetch('/docs/feed.md');
    expect(response.ok).to.equal(true);
    const doc = await response.text();
    for (const code of PROBLEM_CODES) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
      expect(row, code).to.be.a('string');
      expect(row!.split('|')[2]!.trim(), code).to.equal(PROBLEM_SEVERITY[code] === 'error' ? 'fout' : 'waarschuwing');
    }
  });
});

describe('problem messages without the message tables', () => {
  it('are formatted when read, so the elements can load the tables only for a feed with problems', async () => {
    const { validateFeed } = await import('../../src/feed/validate.js');
    const { problems } = validateFeed({ version: '1.0', publisher: { name: 'x' }, places: [{ id: 'a', name: 'A', kind: 'x' }] });
    expect(problems.length).to.be.greaterThan(0);
    // This test file imports messages.ts above, so the sentence is there; the getter reads it late.
    expect(problems[0]!.message).to.not.equal(problems[0]!.code);
    expect(JSON.parse(JSON.stringify(problems[0]))).to.have.property('message', problems[0]!.message);
  });
});
