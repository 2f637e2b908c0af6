import { expect } from '@open-wc/testing';
import {
  adviceHash,
  answersOf,
  back,
  beginPath,
  canGoBack,
  choose,
  leadsToAdvice,
  parseAdviceHash,
  pathIds,
  reachableSteps,
  startStep,
} from '../../../src/components/guide/guide-path.js';
import { emergencyLines } from '../../../src/components/guide/emergency.js';
import { telHref } from '../../../src/feed/links.js';
import { DEFAULT_EXIT_URL, safeExitUrl } from '../../../src/components/guide/quick-exit.js';
import type { Guide } from '../../../src/feed/types.js';

const guide: Guide = {
  id: 'g',
  title: 'Gids',
  start: 'a',
  steps: [
    { type: 'question', id: 'a', text: 'A?', choices: [{ label: 'naar b', next: 'b' }, { label: 'naar c', next: 'c' }] },
    { type: 'question', id: 'b', text: 'B?', choices: [{ label: 'terug', next: 'a' }, { label: 'advies', next: 'z' }] },
    { type: 'question', id: 'c', text: 'C?', choices: [{ label: 'nergens', next: 'weg' }, { label: 'd', next: 'd' }] },
    { type: 'question', id: 'd', text: 'D?', choices: [{ label: 'c', next: 'c' }] },
    { type: 'advice', id: 'z', title: 'Z', actions: [], contacts: [], choices: [] },
  ],
};

describe('guide-path', () => {
  it('begins at the start, the preferred step, or the first step', () => {
    expect(pathIds(beginPath(guide))).to.deep.equal(['a']);
    expect(pathIds(beginPath(guide, 'c'))).to.deep.equal(['c']);
    expect(pathIds(beginPath(guide, 'onbekend'))).to.deep.equal(['a']);
    expect(startStep({ ...guide, start: 'weg' })!.id).to.equal('a');
    expect(pathIds(beginPath({ ...guide, steps: [] }))).to.deep.equal([]);
  });

  it('choose records the choice, back keeps it, and a return to an earlier step cuts the path', () => {
    const atB = choose(beginPath(guide), 0, 'b');
    expect(atB.entries).to.deep.equal([{ step: 'a', choice: 0 }, { step: 'b' }]);
    expect(canGoBack(atB)).to.equal(true);
    const atZ = choose(atB, 1, 'z');
    expect(answersOf(guide, atZ).map((answer) => [answer.question.id, answer.choice.label])).to.deep.equal([
      ['a', 'naar b'],
      ['b', 'advies'],
    ]);
    expect(back(atZ).entries).to.deep.equal([{ step: 'a', choice: 0 }, { step: 'b', choice: 1 }]);
    const looped = choose(atB, 0, 'a');
    expect(looped.entries).to.deep.equal([{ step: 'a' }]);
    expect(back(looped)).to.equal(looped);
    expect(canGoBack(looped)).to.equal(false);
  });

  it('knows what is reachable and what leads to advice', () => {
    expect([...reachableSteps(guide, 'a')].sort()).to.deep.equal(['a', 'b', 'c', 'd', 'z']);
    expect(leadsToAdvice(guide, 'a')).to.equal(true);
    expect(leadsToAdvice(guide, 'c')).to.equal(false);
    expect(leadsToAdvice(guide, 'd')).to.equal(false);
    expect(leadsToAdvice(guide, 'weg')).to.equal(false);
  });

  it('makes and reads advice links without answers', () => {
    expect(adviceHash('zorgen om', 'git/x')).to.equal('#advies=zorgen%20om/git%2Fx');
    expect(parseAdviceHash('#advies=zorgen%20om/git%2Fx')).to.deep.equal({ guide: 'zorgen om', step: 'git/x' });
    expect(parseAdviceHash('#advies=git')).to.deep.equal({ step: 'git' });
    expect(parseAdviceHash('#advies=%E0%A4%A')).to.equal(undefined);
    expect(parseAdviceHash('#inhoud')).to.equal(undefined);
    expect(parseAdviceHash('#advies=')).to.equal(undefined);
  });
});

describe('emergency and exit helpers', () => {
  it('normalises phone numbers to tel: links', () => {
    expect(telHref('112')).to.equal('tel:112');
    expect(telHref('0800-2000')).to.equal('tel:08002000');
    expect(telHref('+31 (0)73 123 45 67')).to.equal('tel:+31731234567');
    expect(telHref('javascript:alert()')).to.equal(undefined);
    expect(telHref('')).to.equal(undefined);
  });

  it('uses a guide line only when it has a dialable number', () => {
    const line = { label: 'Bel', phone: '0800 2000' };
    expect(emergencyLines({ danger: { label: 'x', phone: 'geen' }, helpline: line })).to.deep.equal({ danger: undefined, helpline: line });
    expect(emergencyLines(undefined)).to.deep.equal({ danger: undefined, helpline: undefined });
  });

  it('accepts only http(s) and about:blank as exit targets', () => {
    expect(safeExitUrl(undefined, location.href)).to.equal(DEFAULT_EXIT_URL);
    expect(safeExitUrl('/weer', 'https://krant.example/gids')).to.equal('https://krant.example/weer');
    expect(safeExitUrl('about:blank', location.href)).to.equal('about:blank');
    expect(safeExitUrl('javascript:alert(1)', location.href)).to.equal(DEFAULT_EXIT_URL);
    expect(safeExitUrl('data:text/html,x', location.href)).to.equal(DEFAULT_EXIT_URL);
  });
});
