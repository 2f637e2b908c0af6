// A page of its own, so the sending code (delivery.ts) has not been fetched when the form
// connects: a sign-up left waiting on the device must make the form fetch it at once and
// deliver the sign-up (same id, stored once) without anyone touching the form.
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/signup/signup.js';
import { BuurtSignup } from '../../../src/components/signup/signup.component.js';
import { DRAFT_PREFIX, OUTBOX_KEY } from '../../../src/components/signup/device.js';
import { actionOf, deliveryFetched, makeFeed, newStore, privateStorage, q, waitForPhase, waitForRecords } from './helpers.js';

const realLoader = BuurtSignup.deliveryLoader;
// Room to see the fetch of delivery.ts among the test page's many modules.
performance.setResourceTimingBufferSize(100_000);

describe('<buurt-signup> with a sign-up waiting on the device', function () {
  this.timeout(60_000);
  const storage = privateStorage(`lazy-outbox.${Date.now().toString(36)}:`);
  afterEach(() => {
    fixtureCleanup();
    BuurtSignup.deliveryLoader = realLoader;
    storage.clear();
  });

  // First: later in this file the code is fetched, and then it is simply there.
  it('an empty outbox does not fetch the sending code on connect', async () => {
    let calls = 0;
    BuurtSignup.deliveryLoader = () => {
      calls += 1;
      return realLoader();
    };
    storage.setItem(OUTBOX_KEY, '[]');
    const el = await fixture<BuurtSignup>(html`<buurt-signup .feed=${makeFeed()} .storage=${storage}></buurt-signup>`);
    await el.updateComplete;
    expect(calls).to.equal(0);
  });

  it('fetches the sending code on connect and delivers the waiting sign-up once, with its id', async () => {
    const store = await newStore();
    const id = crypto.randomUUID();
    const submittedAt = new Date(Date.now() - 60_000).toISOString();
    const payload = {
      id,
      submittedAt,
      opportunities: ['voorlezen'],
      name: 'Fatima el Amrani',
      phone: '+31612345678',
      talents: [],
      availability: ['we-morning'],
      languages: ['nl', 'ar'],
      ageConfirmed: true,
      consent: true,
      lang: 'nl',
      page: location.href,
      feed: '',
      elapsedMs: 30_000,
      website: '',
    };
    // What an earlier visit left behind: the outbox entry and the draft that knows its id.
    storage.setItem(
      OUTBOX_KEY,
      JSON.stringify([
        {
          payload,
          action: new URL(actionOf(store), location.href).href,
          encoding: 'json',
          titles: ['Voorlezen bij De Kruimel'],
          state: 'waiting',
          attempts: 2,
          nextAttemptAt: Date.now() - 1_000,
        },
      ]),
    );
    storage.setItem(
      `${DRAFT_PREFIX}page:${location.pathname}`,
      JSON.stringify({ values: { name: 'Fatima el Amrani', phone: '06-12345678' }, startedAt: Date.now() - 90_000, submittedId: id, submittedAt }),
    );
    let calls = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    BuurtSignup.deliveryLoader = async () => {
      calls += 1;
      await gate;
      return realLoader();
    };
    expect(deliveryFetched()).to.equal(false);

    const el = await fixture<BuurtSignup>(
      html`<buurt-signup .feed=${makeFeed()} .storage=${storage} .retryDelay=${150} action=${actionOf(store)} timeout="3000"></buurt-signup>`,
    );
    expect(calls, 'fetched on connect, without any input').to.equal(1);
    // Before the code arrives the form already shows that the sign-up is waiting.
    expect(q(el, '[part~="status"]').textContent).to.include('Nog niet verstuurd. We proberen het opnieuw.');
    await expect(el).to.be.accessible();

    const sent = oneEvent(el, 'buurt-signup-sent');
    release();
    const { detail } = await sent;
    expect(detail.signup.id).to.equal(id);
    await waitForPhase(el, 'Bedankt voor je aanmelding!');
    const records = await waitForRecords(store, 1);
    expect(records.map((r) => r.id)).to.deep.equal([id]);
    expect(JSON.parse(storage.getItem(OUTBOX_KEY) ?? '[]')).to.deep.equal([]);
    expect(storage.getItem(`${DRAFT_PREFIX}page:${location.pathname}`)).to.equal(null);
    expect(calls).to.equal(1);
  });

});
