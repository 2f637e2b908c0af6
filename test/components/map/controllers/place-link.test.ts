import { expect } from '@open-wc/testing';
import { clearPlaceLink, placeIdFromHash, placeLinkUrl, writePlaceLink } from '../../../../src/components/map/place-link.js';

describe('place links (#plek=)', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('writes, reads and clears a link without adding to the history', () => {
    const length = history.length;
    writePlaceLink('koffie & thee/1');
    expect(location.hash).to.equal('#plek=koffie%20%26%20thee%2F1');
    expect(placeIdFromHash()).to.equal('koffie & thee/1');
    expect(history.length).to.equal(length);
    clearPlaceLink();
    expect(location.hash).to.equal('');
    expect(placeIdFromHash()).to.equal(undefined);
  });

  it('leaves another hash alone and reads a broken one as no place', () => {
    history.replaceState(null, '', '#inhoud');
    clearPlaceLink();
    expect(location.hash).to.equal('#inhoud');
    history.replaceState(null, '', '#plek=%E0%A4%A');
    expect(placeIdFromHash()).to.equal(undefined);
    history.replaceState(null, '', '#plek=');
    expect(placeIdFromHash()).to.equal(undefined);
  });

  it('makes a full address to share', () => {
    const url = new URL(placeLinkUrl('a b'));
    expect(url.pathname).to.equal(location.pathname);
    expect(url.hash).to.equal('#plek=a%20b');
  });
});
