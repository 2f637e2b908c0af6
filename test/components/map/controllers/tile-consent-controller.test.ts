import { expect } from '@open-wc/testing';
import { consentKey, TileConsentController } from '../../../../src/components/map/tile-consent-controller.js';
import { mountHost, type TestHost } from './host.js';

const HOST = 'tiles.consent-test.example';
const KEY = consentKey(HOST);

function monthsAgo(months: number, from = new Date()): string {
  const date = new Date(from);
  date.setMonth(date.getMonth() - months);
  return date.toISOString();
}

describe('TileConsentController on a bare host', () => {
  let host: TestHost | undefined;
  afterEach(() => {
    host?.remove();
    localStorage.removeItem(KEY);
  });

  async function setup(): Promise<TileConsentController> {
    const mounted = await mountHost((el) => new TileConsentController(el, () => HOST));
    host = mounted.host;
    return mounted.controller;
  }

  it('starts without a yes, and stores the date of a yes under the tile host', async () => {
    const consent = await setup();
    expect(consent.given).to.equal(false);
    consent.give();
    expect(consent.given).to.equal(true);
    const stored = new Date(localStorage.getItem(KEY)!);
    expect(Math.abs(stored.getTime() - Date.now())).to.be.lessThan(60_000);
  });

  it('keeps a yes of 5 months ago', async () => {
    localStorage.setItem(KEY, monthsAgo(5));
    expect((await setup()).given).to.equal(true);
  });

  it('forgets a yes older than 6 months, on the device too', async () => {
    localStorage.setItem(KEY, monthsAgo(6, new Date(Date.now() - 24 * 3600_000)));
    expect((await setup()).given).to.equal(false);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('does not count an old "yes" without a date, a date in the future or nonsense as a yes', async () => {
    for (const value of ['yes', new Date(Date.now() + 7 * 24 * 3600_000).toISOString(), '{"__proto__":1}']) {
      localStorage.setItem(KEY, value);
      const consent = await setup();
      expect(consent.given, value).to.equal(false);
      host!.remove();
    }
  });

  it('withdraws: no yes, nothing stored, the host renders again', async () => {
    const consent = await setup();
    consent.give();
    await host!.updateComplete;
    const renders = host!.renders;
    consent.withdraw();
    await host!.updateComplete;
    expect(consent.given).to.equal(false);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(host!.renders).to.be.greaterThan(renders);
  });
});
