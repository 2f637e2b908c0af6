import { expect } from '@open-wc/testing';
import { FilterState } from '../../../../src/components/map/filter-state.js';

const NOW = new Date('2026-03-02T09:00:00Z');

describe('FilterState', () => {
  it('starts empty and narrows nothing', () => {
    expect(FilterState.EMPTY.activeCount).to.equal(0);
    expect(FilterState.EMPTY.narrows).to.equal(false);
    expect(FilterState.EMPTY.toPlaceFilter(NOW)).to.deep.equal({});
  });

  it('makes a new state for a change and returns the same one for no change', () => {
    const a = FilterState.EMPTY.with({ area: 'oost' });
    expect(a).to.not.equal(FilterState.EMPTY);
    expect(FilterState.EMPTY.area).to.equal('');
    expect(a.with({ area: 'oost' })).to.equal(a);
  });

  it('counts the select filters, not the search text or "nu open"', () => {
    const state = FilterState.EMPTY.with({ kind: 'informal-initiative', language: 'ar', query: 'koffie', openNow: true });
    expect(state.activeCount).to.equal(2);
    expect(FilterState.EMPTY.with({ query: '  ' }).narrows).to.equal(false);
    expect(FilterState.EMPTY.with({ openNow: true }).narrows).to.equal(true);
  });

  it('turns into a place filter, ignoring an unknown kind', () => {
    const state = FilterState.EMPTY.with({
      query: 'koffie',
      kind: 'informal-initiative',
      category: 'gezin',
      area: 'oost',
      age: '0-3',
      language: 'ar',
      openNow: true,
    });
    expect(state.toPlaceFilter(NOW)).to.deep.equal({
      query: 'koffie',
      kinds: ['informal-initiative'],
      categories: ['gezin'],
      areas: ['oost'],
      ageGroups: ['0-3'],
      languages: ['ar'],
      openAt: NOW,
    });
    expect(FilterState.EMPTY.with({ kind: 'spaceship' }).toPlaceFilter(NOW)).to.deep.equal({});
  });
});
