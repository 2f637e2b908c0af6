// A fault-injected soak: many sign-ups through the real outbox and courier (the code the
// element sends with), and through the element itself, against the real reference receiver
// with random 500s, 429s, hangs past the timeout, dropped connections and lost answers.
// It counts what was delivered, lost and duplicated; the goal is all, 0, 0.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitUntil } from '../../harness/wait-until.js';
import '../../../src/components/signup/signup.js';
import type { BuurtSignup } from '../../../src/components/signup/signup.component.js';
import { SignupStore, type OutboxEntry } from '../../../src/components/signup/outbox.js';
import { Courier } from '../../../src/components/signup/send.js';
import { storageKey } from '../../../src/feed/storage.js';
import { actionOf, fillValid, makeFeed, newStore, readStore, setChaos, submit, waitForPhase, waitingEntry } from './helpers.js';

const FAULT_KINDS = '500,429,hang,down,lost,slow';

function entryFor(store: string, index: number): OutboxEntry {
  // Both encodings, so the receiver's form path is soaked too.
  return waitingEntry(store, { name: `Buurtbewoner ${index}`, availability: ['mo-morning'], encoding: index % 2 === 0 ? 'json' : 'form' });
}

function count(submitted: string[], stored: Array<{ id: string }>): { delivered: number; lost: number; duplicated: number } {
  const storedIds = stored.map((r) => r.id);
  const unique = new Set(storedIds);
  return {
    delivered: submitted.filter((id) => unique.has(id)).length,
    lost: submitted.filter((id) => !unique.has(id)).length,
    duplicated: storedIds.length - unique.size,
  };
}

describe('sign-up soak with injected faults', () => {
  afterEach(() => fixtureCleanup());

  it('200 sign-ups from two "tabs" sharing one outbox: all delivered, none lost, none twice', async function () {
    this.timeout(420_000);
    const store = await newStore();
    await setChaos(store, { rate: '0.35', kinds: FAULT_KINDS, seed: '20260', retryAfter: '0', hangMs: '1500' });
    // Not the element's own outbox key: two couriers of this test only.
    const outboxKey = storageKey(`.soak.${store}.outbox`);
    const delivered = new Map<string, number>();
    const listener = {
      delivered: (entry: OutboxEntry) => delivered.set(entry.payload.id, (delivered.get(entry.payload.id) ?? 0) + 1),
    };
    const options = { timeoutMs: 1000, retryBaseMs: 100, retryMaxMs: 2000 };
    // Two couriers on one storage key behave like two open tabs of the same site.
    const tabs = [0, 1].map(() => new Courier(new SignupStore({ storage: localStorage, outboxKey }), listener, options));
    tabs.forEach((tab) => tab.start());
    const submitted: string[] = [];
    const total = 200;
    const sends: Promise<void>[] = [];
    for (let i = 0; i < total; i += 1) {
      const entry = entryFor(store, i);
      submitted.push(entry.payload.id);
      sends.push(tabs[i % 2]!.submit(entry));
      // People do not all press the button in the same millisecond.
      if (i % 20 === 19) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all(sends);
    const probe = new SignupStore({ storage: localStorage, outboxKey });
    try {
      await waitUntil(() => probe.entries().length === 0, 'outbox drained', { timeout: 400_000, interval: 250 });
    } catch (error) {
      const left = probe.entries().map((e) => `${e.state}/${e.attempts}/${e.lastProblem ?? ''}/${e.lastStatus ?? ''}/${e.nextAttemptAt - Date.now()}ms`);
      console.log(`signup soak: ${left.length} not drained: ${left.slice(0, 20).join(', ')}`);
      throw error;
    }
    tabs.forEach((tab) => tab.stop());
    await setChaos(store, { rate: '0' });
    const { records, requests } = await readStore(store);
    const result = count(submitted, records);
    const sentTwice = [...delivered.values()].filter((n) => n > 1).length;
    console.log(
      `signup soak (outbox + courier, 2 tabs): submitted ${total}, requests ${requests}, ` +
        `delivered ${result.delivered}, lost ${result.lost}, duplicated ${result.duplicated}, ` +
        `"sent" reported twice ${sentTwice}`,
    );
    localStorage.removeItem(outboxKey);
    expect(result).to.deep.equal({ delivered: total, lost: 0, duplicated: 0 });
    expect(sentTwice).to.equal(0);
    expect(requests).to.be.greaterThan(total); // the faults really happened
  });

  it('40 sign-ups through the element itself, with random faults: all delivered once', async function () {
    this.timeout(240_000);
    const store = await newStore();
    // A storage of its own, so this element never picks up sign-ups from tests running in parallel.
    const prefix = storageKey(`.soak.${store}:`);
    const storage = {
      getItem: (key: string) => localStorage.getItem(prefix + key),
      setItem: (key: string, value: string) => localStorage.setItem(prefix + key, value),
      removeItem: (key: string) => localStorage.removeItem(prefix + key),
    };
    await setChaos(store, { rate: '0.45', kinds: FAULT_KINDS, seed: '7', retryAfter: '0', hangMs: '500' });
    const el = await fixture<BuurtSignup>(html`<buurt-signup
      .feed=${makeFeed()}
      .retryDelay=${60}
      .storage=${storage}
      action=${actionOf(store)}
      timeout="350"
    ></buurt-signup>`);
    const submitted: string[] = [];
    el.addEventListener('buurt-signup-sent', (event) => submitted.push(event.detail.signup.id));
    const total = 40;
    for (let i = 0; i < total; i += 1) {
      await fillValid(el, `Bewoner ${i}`);
      submit(el);
      await waitForPhase(el, 'Bedankt voor je aanmelding!', 60_000);
      const again = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Nog iemand aanmelden'))!;
      again.click();
      await el.updateComplete;
    }
    await setChaos(store, { rate: '0' });
    for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.removeItem(key);
    const { records, requests } = await readStore(store);
    const result = count(submitted, records);
    console.log(
      `signup soak (element): submitted ${total}, requests ${requests}, delivered ${result.delivered}, ` +
        `lost ${result.lost}, duplicated ${result.duplicated}, sent events ${submitted.length}`,
    );
    expect(submitted.length).to.equal(total);
    expect(new Set(submitted).size).to.equal(total);
    expect(result).to.deep.equal({ delivered: total, lost: 0, duplicated: 0 });
    expect(records.length).to.equal(total);
  });
});
