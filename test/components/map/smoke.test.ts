import { expect } from '@open-wc/testing';
import { $, listNames, mapWithFeed, markers, place, smallFeed, until, count } from './helpers.js';

describe('smoke', () => {
  it('renders list and map', async () => {
    const map = await mapWithFeed(smallFeed([place('a'), place('b', { location: { lat: 51.69, lng: 5.31 } })]));
    expect(listNames(map)).to.deep.equal(['Plek a', 'Plek b']);
    expect(count(map)).to.equal('2 plekken gevonden');
    await until(() => markers(map).length > 0, 8000, 'markers');
    expect($(map, '.leaflet-host')!.clientHeight).to.be.greaterThan(100);
    await expect(map).to.be.accessible();
  });
});
