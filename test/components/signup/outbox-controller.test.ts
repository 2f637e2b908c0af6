// The outbox controller on a bare host element, sending to a real receiver of the test server
// (test/server/signup-routes.mjs): it fetches the sending code only when needed, finishes
// sign-ups left from an earlier visit, and stops for good when the receiver refuses one.
//
// The sending code is fetched once per page, so the test that plays a failed fetch runs first.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitUntil } from '../../harness/wait-until.js';
import { LitElement } from 'lit';
import { DraftController } from '../../../src/components/signup/draft-controller.js';
import { OUTBOX_KEY, type KeyValueStorage } from '../../../src/components/signup/device.js';
import { OutboxController, type Delivery } from '../../../src/components/signup/outbox-controller.js';
import { injectFaults, newStore, nextTask, privateStorage, readStore, waitForRecords, waitingEntry } from './helpers.js';

// open-wc's waitUntil gives up after 1 s by default; loading the sending code and a real HTTP
// round trip took longer than that on a loaded CI machine. A deadline, not a sleep.
const DEADLINE = { timeout: 15_000 };

const realLoader = (): Promise<Delivery> => import('../../../src/components/signup/delivery.js');

class OutboxHost extends LitElement {
  storage?: KeyValueStorage | null;
  loader: () => Promise<Delivery> = realLoader;
  loads = 0;
  readonly heard: string[] = [];
  readonly draft = new DraftController(this, { storage: () => this.storage, key: () => 'outbox-test' });
  readonly outbox = new OutboxController(this, {
    device: () => this.draft.device,
    loader: () => {
      this.loads += 1;
      return this.loader();
    },
    timing: () => ({ timeoutMs: 3_000, retryBaseMs: 150 }),
    listener: {
      delivered: (entry, status) => this.heard.push(`delivered ${entry.payload.name} ${status}`),
      queued: (entry) => this.heard.push(`queued ${entry.payload.name}`),
      failed: (entry, status) => this.heard.push(`failed ${entry.payload.name} ${status}`),
    },
  });

  override render(): unknown {
    return html`<p>${this.outbox.entries.map((e) => `${e.payload.name}: ${e.state}`).join(', ')}</p>`;
  }
}
customElements.define('outbox-controller-host', OutboxHost);

describe('OutboxController', function () {
  this.timeout(30_000);
  const storage = privateStorage(`outbox-controller.${Date.now().toString(36)}:`);
  const mount = (loader = realLoader): Promise<OutboxHost> =>
    fixture<OutboxHost>(html`<outbox-controller-host .storage=${storage} .loader=${loader}></outbox-controller-host>`);

  afterEach(() => {
    fixtureCleanup();
    storage.clear();
  });

  it('fetches the sending code when someone starts filling in, and after a failed fetch only when the connection returns', async () => {
    const host = await mount(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    expect(host.loads, 'nothing fetched while nothing waits and nobody types').to.equal(0);
    host.outbox.activity();
    expect(host.loads, 'fetched on the first activity').to.equal(1);
    await nextTask(); // the refused fetch has been handled
    host.outbox.activity();
    expect(host.outbox.ready).to.equal(false);
    expect(host.loads, 'no new fetch on every key after a failure').to.equal(1);
    host.loads = 0;
    host.loader = realLoader;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => host.outbox.ready, 'the courier runs once the code arrived', DEADLINE);
    expect(host.loads).to.equal(1);
    expect(host.outbox.code?.createSignupId()).to.match(/^[0-9a-f-]{36}$/u);
  });

  it('shows a sign-up left from an earlier visit as waiting at once, and delivers it on connect', async () => {
    const store = await newStore();
    const entry = waitingEntry(store, { name: 'Fatima el Amrani' });
    storage.setItem(OUTBOX_KEY, JSON.stringify([entry]));
    const host = await mount();
    expect(host.outbox.storedState(entry.payload.id), 'read without the sending code').to.equal('waiting');
    await waitUntil(() => host.heard.includes('delivered Fatima el Amrani 201'), 'delivered', DEADLINE);
    const records = await waitForRecords(store, 1);
    expect(records.map((r) => r.id)).to.deep.equal([entry.payload.id]);
    expect(host.outbox.entries).to.deep.equal([]);
    expect(host.outbox.storedState(entry.payload.id)).to.equal(undefined);
  });

  it('a 403 is refused for good: the entry is marked failed and never sent again by itself', async () => {
    const store = await newStore();
    // The first request is refused; the second is stored at once but answered only after a
    // second, which is longer than six retry delays of this host: a retry would have come.
    await injectFaults(store, ['403', 'slow'], { hangMs: '1000' });
    const host = await mount();
    await waitUntil(() => host.outbox.ready, 'the courier runs', DEADLINE);
    const refused = waitingEntry(store, { name: 'Geweigerd' });
    await host.outbox.submit(refused);
    expect(host.heard).to.deep.equal(['failed Geweigerd 403']);
    expect(host.outbox.storedState(refused.payload.id)).to.equal('failed');
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.include('Geweigerd: failed');

    window.dispatchEvent(new Event('online'));
    await host.outbox.submit(waitingEntry(store, { name: 'Later' }));
    expect(host.heard).to.deep.equal(['failed Geweigerd 403', 'delivered Later 201']);
    const { records, requests } = await readStore(store);
    expect(records.map((r) => r.name)).to.deep.equal(['Later']);
    expect(requests, 'the refused sign-up was sent once').to.equal(2);
    expect(host.outbox.entries.map((e) => [e.payload.name, e.state, e.attempts])).to.deep.equal([['Geweigerd', 'failed', 1]]);
  });
});
