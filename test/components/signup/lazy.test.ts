// The sending code (delivery.ts) is fetched on demand. This file runs in a page of its own,
// so at the start that code has not been fetched: the form must render, keep a draft, and
// keep everything when the code cannot arrive (offline), then send once when it can.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitUntil } from '../../harness/wait-until.js';
import '../../../src/components/signup/signup.js';
import { BuurtSignup } from '../../../src/components/signup/signup.component.js';
import { DRAFT_PREFIX } from '../../../src/components/signup/device.js';
import { actionOf, deliveryFetched, fillValid, makeFeed, newStore, nextTask, privateStorage, q, readStore, submit, type, waitForDraft, waitForPhase, waitForRecords } from './helpers.js';

const realLoader = BuurtSignup.deliveryLoader;
// Room to see the fetch of delivery.ts among the test page's many modules.
performance.setResourceTimingBufferSize(100_000);

describe('<buurt-signup> before its sending code has arrived', function () {
  this.timeout(60_000);
  const storage = privateStorage(`lazy.${Date.now().toString(36)}:`);
  afterEach(() => {
    fixtureCleanup();
    BuurtSignup.deliveryLoader = realLoader;
    storage.clear();
  });

  it('renders, keeps a draft, and when offline keeps everything typed; back online it sends once', async () => {
    const store = await newStore();
    let calls = 0;
    let fail: (error: Error) => void = () => undefined;
    // The connection drops: the fetch of the sending code hangs, then fails.
    BuurtSignup.deliveryLoader = () => {
      calls += 1;
      return new Promise((_, reject) => (fail = reject));
    };
    const mount = (): Promise<BuurtSignup> =>
      fixture<BuurtSignup>(html`<buurt-signup .feed=${makeFeed()} .storage=${storage} .retryDelay=${150} action=${actionOf(store)} timeout="3000"></buurt-signup>`);

    const el = await mount();
    expect(q(el, '#signup-name'), 'the form renders').to.exist;
    expect(el.shadowRoot!.querySelectorAll('input[name="opportunities"]').length).to.equal(2);
    expect(calls, 'nothing fetched while nobody fills in the form').to.equal(0);
    expect(deliveryFetched()).to.equal(false);
    await expect(el).to.be.accessible();

    q(el, '#signup-name').focus();
    expect(calls, 'starting to fill in prefetches the code').to.equal(1);
    type(el, '#signup-name', 'İlknur Çelik');
    type(el, '#signup-message', "Ik help graag bij 't Hooft.");
    expect(calls, 'one fetch, however much is typed').to.equal(1);
    const draftKey = `${DRAFT_PREFIX}page:${location.pathname}`;
    await waitForDraft(storage, draftKey, { name: 'İlknur Çelik', message: "Ik help graag bij 't Hooft." });
    const second = await (async () => {
      fixtureCleanup(); // a reload
      return mount();
    })();
    expect(q<HTMLInputElement>(second, '#signup-name').value, 'the draft is kept without the sending code').to.equal('İlknur Çelik');
    expect(q<HTMLTextAreaElement>(second, '#signup-message').value).to.equal("Ik help graag bij 't Hooft.");
    fail(new TypeError('Failed to fetch dynamically imported module'));
    await nextTask(); // the failed fetch has been handled

    // Submit while the code cannot be fetched: a plain message, nothing cleared, nothing sent.
    BuurtSignup.deliveryLoader = () => {
      calls += 1;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    await fillValid(second, 'İlknur Çelik');
    const before = calls;
    submit(second);
    await waitForPhase(second, 'Je aanmelding is nog niet verstuurd.');
    expect(calls, 'submit tries to fetch the code again').to.equal(before + 1);
    const status = q(second, '[part~="status"]');
    await waitUntil(() => second.shadowRoot!.activeElement === status, 'the message gets focus');
    expect(status.getAttribute('role')).to.equal('alert');
    expect(status.textContent).to.include('Wat je hebt ingevuld, blijft bewaard.');
    expect(q<HTMLInputElement>(second, '#signup-name').value, 'nothing typed is cleared').to.equal('İlknur Çelik');
    expect(q<HTMLInputElement>(second, '#signup-phone').value).to.equal('06-12345678');
    expect(q<HTMLInputElement>(second, '#signup-consent').checked).to.equal(true);
    expect(q<HTMLButtonElement>(second, 'button[type="submit"]').getAttribute('aria-disabled')).to.equal('false');
    expect(JSON.parse(storage.getItem(draftKey)!).values).to.include({ name: 'İlknur Çelik', phone: '06-12345678', consent: true });
    await expect(second).to.be.accessible();
    expect((await readStore(store)).requests, 'nothing was sent').to.equal(0);

    // The connection is back: the code is fetched again, and the next Aanmelden sends it once.
    BuurtSignup.deliveryLoader = realLoader;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => deliveryFetched(), 'the sending code fetched once online');
    submit(second);
    await waitForPhase(second, 'Bedankt voor je aanmelding!');
    const records = await waitForRecords(store, 1);
    expect(records.map((r) => r.name)).to.deep.equal(['İlknur Çelik']);
    expect(storage.getItem(draftKey), 'the draft is erased after success').to.equal(null);
  });
});
