// Two tabs writing the outbox at once. Chromium hands one tab's localStorage writes to
// another only after a short delay, so a tab can rewrite the saved list from a stale copy
// and erase an entry another tab has just added. These tests make that happen on purpose:
// each "tab" is its own store and courier over one storage, and a lagging view lets a tab
// read the list as it was a moment ago. A sign-up must still be delivered once, and what
// was delivered or removed must not come back.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../harness/wait-until.js';
import { DeviceStore, OUTBOX_KEY, SETTLED_KEY } from '../../../src/components/signup/device.js';
import { SignupStore, type OutboxEntry } from '../../../src/components/signup/outbox.js';
import { Courier, type CourierListener } from '../../../src/components/signup/send.js';
import { injectFaults, newStore, privateStorage, readStore, setDown, waitingEntry } from './helpers.js';

type View = ReturnType<typeof privateStorage> & { freeze(): void; thaw(): void };

/**
 * One tab's view of the shared storage. After `freeze()` its reads return what was there at
 * that moment (plus its own writes), as in a tab that has not yet heard of the other's writes.
 */
function laggingView(shared: ReturnType<typeof privateStorage>): View {
  let snapshot: Map<string, string | null> | undefined;
  return {
    ...shared,
    freeze() {
      snapshot = new Map([OUTBOX_KEY, SETTLED_KEY].map((key) => [key, shared.getItem(key)]));
    },
    thaw() {
      snapshot = undefined;
    },
    getItem: (key) => (snapshot?.has(key) ? snapshot.get(key)! : shared.getItem(key)),
    setItem: (key, value) => {
      snapshot?.set(key, value);
      shared.setItem(key, value);
    },
    removeItem: (key) => {
      snapshot?.set(key, null);
      shared.removeItem(key);
    },
  };
}

function entryFor(store: string, name: string, id?: string): OutboxEntry {
  return waitingEntry(store, { name, id });
}

/** What the other tab's write looks like to this one: a `storage` event; tabs answer it under a lock. */
async function otherTabWrote(key = OUTBOX_KEY): Promise<void> {
  globalThis.dispatchEvent(new StorageEvent('storage', { key }));
  // Each tab repairs under the outbox's lock, in the order asked; once this test holds it, all have.
  await navigator.locks.request(`buurtkit-signup-outbox:${OUTBOX_KEY}`, () => undefined);
}

describe('sign-up outbox with two tabs writing at once', function () {
  this.timeout(30_000);
  const shared = privateStorage(`outbox-race.${Date.now().toString(36)}:`);
  const couriers: Courier[] = [];
  // Retries far away: each test decides when a courier sends.
  const options = { retryBaseMs: 60_000, retryMaxMs: 60_000 };

  function tab(listener: CourierListener = {}, timeoutMs = 3_000): { view: View; store: SignupStore; courier: Courier } {
    const view = laggingView(shared);
    const store = new SignupStore({ storage: view });
    const courier = new Courier(store, listener, { ...options, timeoutMs });
    courier.start();
    couriers.push(courier);
    return { view, store, courier };
  }

  const storedIds = (): string[] =>
    (JSON.parse(shared.getItem(OUTBOX_KEY) ?? '[]') as OutboxEntry[]).map((e) => e.payload.id);

  afterEach(() => {
    couriers.splice(0).forEach((c) => c.stop());
    shared.clear();
  });

  it('a stale write that erases a waiting sign-up: the tab that made it puts it back and delivers it once', async () => {
    const receiver = await newStore();
    const queued: string[] = [];
    const delivered: string[] = [];
    const a = tab({ queued: (e) => queued.push(e.payload.id), delivered: (e) => delivered.push(e.payload.id) });
    const b = tab();
    const older = { ...entryFor(receiver, 'Older'), nextAttemptAt: Date.now() + 3_600_000 };
    b.store.put(older);
    b.view.freeze(); // tab B has not yet heard of what tab A writes next

    await setDown(receiver, true);
    const mine = entryFor(receiver, 'Mine');
    await a.courier.submit(mine);
    expect(queued).to.deep.equal([mine.payload.id]);
    expect(storedIds()).to.have.members([older.payload.id, mine.payload.id]);

    // Tab B removes its own entry from its stale copy: the saved list no longer has A's.
    b.store.remove(older.payload.id);
    expect(storedIds(), 'the race really happened').to.deep.equal([]);

    await otherTabWrote();
    expect(storedIds(), 'put back when the other tab wrote').to.deep.equal([mine.payload.id]);

    await setDown(receiver, false);
    await a.courier.flush(true);
    const { records } = await readStore(receiver);
    expect(records.map((r) => r.id)).to.deep.equal([mine.payload.id]);
    expect(delivered).to.deep.equal([mine.payload.id]);
    expect(storedIds()).to.deep.equal([]);
  });

  it('erased while its POST is under way: the answer is still recorded, the form hears "queued", and it is delivered later', async () => {
    const receiver = await newStore();
    const queued: string[] = [];
    // A POST that times out (Chromium itself resends a POST whose connection closed unanswered).
    const a = tab({ queued: (e) => queued.push(e.payload.id) }, 400);
    const b = tab();
    const older = { ...entryFor(receiver, 'Older'), nextAttemptAt: Date.now() + 3_600_000 };
    b.store.put(older);
    b.view.freeze();

    await injectFaults(receiver, ['hang'], { hangMs: '2000' });
    const mine = entryFor(receiver, 'Mine');
    const sending = a.courier.submit(mine);
    await waitUntil(async () => (await readStore(receiver)).requests === 1, 'the POST is under way');
    b.store.remove(older.payload.id); // no storage event: the tab may not hear of it in time
    expect(storedIds()).to.deep.equal([]);
    await sending;

    expect(queued, 'the form is told, not left on "sending"').to.deep.equal([mine.payload.id]);
    expect(storedIds()).to.deep.equal([mine.payload.id]);
    await a.courier.flush(true);
    const { records } = await readStore(receiver);
    expect(records.map((r) => r.id)).to.deep.equal([mine.payload.id]);
  });

  it('a sign-up another tab delivered is not put back or sent again, even when a stale write brings it back', async () => {
    const receiver = await newStore();
    const a = tab();
    const b = tab();
    const c = tab();
    await setDown(receiver, true);
    const mine = entryFor(receiver, 'Mine');
    await a.courier.submit(mine);
    const other = entryFor(receiver, 'Other');
    c.store.put(other);
    c.view.freeze(); // tab C still thinks both are waiting

    await setDown(receiver, false);
    await b.courier.flush(true); // tab B delivers both
    const before = await readStore(receiver);
    expect(before.records.map((r) => r.id)).to.have.members([mine.payload.id, other.payload.id]);
    await otherTabWrote();
    expect(storedIds()).to.deep.equal([]);

    // Tab C retries its own entry from its stale list, writing A's delivered one back.
    c.store.update(other.payload.id, { attempts: 3 });
    expect(storedIds()).to.include(mine.payload.id);
    c.view.thaw(); // and then tab C hears of the rest
    await otherTabWrote();
    await Promise.all([a.courier.flush(true), b.courier.flush(true), c.courier.flush(true)]);

    const after = await readStore(receiver);
    expect(after.requests, 'nothing sent again').to.equal(before.requests);
    expect(a.store.entries()).to.deep.equal([]);
    expect(c.store.entries()).to.deep.equal([]);
  });

  it('a sign-up the person removed in another tab, or erased with "wis mijn gegevens", stays gone', async () => {
    const receiver = await newStore();
    const a = tab();
    const b = tab();
    await setDown(receiver, true);
    const first = entryFor(receiver, 'First');
    const second = entryFor(receiver, 'Second');
    await a.courier.submit(first);
    await a.courier.submit(second);

    b.courier.remove(first.payload.id);
    await otherTabWrote();
    expect(storedIds()).to.deep.equal([second.payload.id]);

    new DeviceStore(shared).clearOutbox();
    await otherTabWrote();
    expect(storedIds()).to.deep.equal([]);

    await setDown(receiver, false);
    await a.courier.flush(true);
    expect((await readStore(receiver)).records).to.deep.equal([]);
  });

  it('the same id sent again after the receiver refused its fields (422) is delivered', async () => {
    const receiver = await newStore();
    const invalid: string[] = [];
    const a = tab({ invalid: (e) => invalid.push(e.payload.id) });
    await injectFaults(receiver, ['422']);
    const mine = entryFor(receiver, 'Mine');
    await a.courier.submit(mine);
    expect(invalid).to.deep.equal([mine.payload.id]);
    expect(storedIds()).to.deep.equal([]);

    // The person fixes the field; the form sends with the same id.
    await a.courier.submit(entryFor(receiver, 'Mine, fixed', mine.payload.id));
    const { records } = await readStore(receiver);
    expect(records.map((r) => r.name)).to.deep.equal(['Mine, fixed']);
    expect(storedIds()).to.deep.equal([]);
  });
});
