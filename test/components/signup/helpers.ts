// Shared helpers for the sign-up tests: a real receiver per test (see test/server/signup-routes.mjs).
import { waitUntil } from '../../harness/wait-until.js';
import type { BuurtSignup } from '../../../src/components/signup/signup.component.js';
import type { OutboxEntry } from '../../../src/components/signup/outbox.js';
import { createSignupId } from '../../../src/components/signup/payload.js';
import { storageKey } from '../../../src/feed/storage.js';

export interface StoredSignup {
  id: string;
  name: string;
  email?: string;
  phone?: string;
  postcode?: string;
  opportunities: string[];
  talents: string[];
  availability: string[];
  languages: string[];
  message?: string;
  encoding: 'json' | 'form';
  [key: string]: unknown;
}

let counter = 0;

/** A fresh receiver store with a unique name; `minFillMs` 0 unless a test is about bots. */
export async function newStore(minFillMs = 0): Promise<string> {
  const name = `t${Date.now().toString(36)}${(counter += 1)}${Math.random().toString(36).slice(2, 6)}`;
  const response = await fetch(`/test-api/signup/${name}/reset?minFillMs=${minFillMs}`, { method: 'POST' });
  if (!response.ok) throw new Error('reset failed');
  return name;
}

export function actionOf(store: string): string {
  return `/test-api/signup/${store}/r/api/aanmelden`;
}

export async function injectFaults(store: string, kinds: string[], extra: Record<string, string> = {}): Promise<void> {
  const query = new URLSearchParams({ kinds: kinds.join(','), ...extra });
  await fetch(`/test-api/signup/${store}/faults?${query}`, { method: 'POST' });
}

export async function setDown(store: string, down: boolean): Promise<void> {
  await fetch(`/test-api/signup/${store}/down?on=${down ? 1 : 0}`, { method: 'POST' });
}

export async function setChaos(store: string, params: Record<string, string>): Promise<void> {
  await fetch(`/test-api/signup/${store}/chaos?${new URLSearchParams(params)}`, { method: 'POST' });
}

export async function readStore(store: string): Promise<{ records: StoredSignup[]; requests: number }> {
  const response = await fetch(`/test-api/signup/${store}/records`);
  return (await response.json()) as { records: StoredSignup[]; requests: number };
}

/** A small feed as an editor would write it. */
export function makeFeed(overrides: { signup?: Record<string, unknown>; opportunities?: unknown[] } = {}): Record<string, unknown> {
  return {
    version: '1.0',
    publisher: { name: 'Wijkkrant Test', email: 'redactie@wijkkrant.example' },
    areas: [{ id: 'boschveld', name: 'Boschveld', center: { lat: 51.7, lng: 5.29 } }],
    places: [
      {
        id: 'kruimel',
        name: 'De Kruimel',
        kind: 'informal-initiative',
        contact: {},
        languages: ['nl', 'ar'],
        location: { lat: 51.7, lng: 5.29 },
      },
    ],
    opportunities: overrides.opportunities ?? [
      {
        id: 'voorlezen',
        place: 'kruimel',
        title: 'Voorlezen bij De Kruimel',
        when: 'Woensdagochtend',
        contact: { name: 'Fatima', email: 'fatima@dekruimel.example' },
        followUp: 'De Kruimel neemt binnen een week contact met je op.',
        languages: ['nl'],
        skills: [],
      },
      { id: 'koken', title: 'Koken voor de buurtmaaltijd', languages: ['tr'], skills: [] },
    ],
    signup: {
      privacyUrl: 'https://wijkkrant.example/privacy',
      privacyText: 'We gebruiken je gegevens alleen om je te bellen of te mailen.',
      fields: { area: true, talents: true, availability: true, languages: true, message: true },
      talents: [
        { id: 'voorlezen', label: 'Voorlezen' },
        { id: 'knutselen', label: 'Knutselen' },
      ],
      ...overrides.signup,
    },
  };
}

export function shadow(el: BuurtSignup): ShadowRoot {
  return el.shadowRoot!;
}

export function q<T extends Element = HTMLElement>(el: BuurtSignup, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`not found: ${selector}`);
  return found;
}

/** Types into a field the way a browser reports it: value, then an input event. */
export function type(el: BuurtSignup, selector: string, value: string): void {
  const input = q<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function tick(el: BuurtSignup, selector: string): void {
  q<HTMLInputElement>(el, selector).click();
}

/** The minimum a person fills in to sign up. */
export async function fillValid(el: BuurtSignup, name = 'Fatima el Amrani'): Promise<void> {
  await el.updateComplete;
  const task = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="opportunities"]');
  if (task && !task.checked) task.click();
  type(el, '#signup-name', name);
  type(el, '#signup-phone', '06-12345678');
  tick(el, '#signup-ageConfirmed');
  tick(el, '#signup-consent');
  await el.updateComplete;
}

export function submit(el: BuurtSignup): void {
  q<HTMLButtonElement>(el, 'button[type="submit"]').click();
}

export async function waitForPhase(el: BuurtSignup, text: string, timeout = 15000): Promise<void> {
  await waitUntil(() => (el.shadowRoot?.textContent ?? '').includes(text), `waiting for "${text}"`, { timeout, interval: 25 });
}

export async function waitForRecords(store: string, count: number, timeout = 15000): Promise<StoredSignup[]> {
  let records: StoredSignup[] = [];
  await waitUntil(
    async () => {
      records = (await readStore(store)).records;
      return records.length >= count;
    },
    `waiting for ${count} record(s)`,
    { timeout, interval: 100 },
  );
  return records;
}

/** One task later: every promise already settled has run its handlers by then. Not a wait for time. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Waits until the draft under `key` in `storage` holds `values` (written after a pause in typing). */
export async function waitForDraft(storage: Pick<Storage, 'getItem'>, key: string, values: Record<string, unknown>): Promise<void> {
  await waitUntil(
    () => {
      const draft = JSON.parse(storage.getItem(key) ?? 'null') as { values?: Record<string, unknown> } | null;
      return Object.entries(values).every(([field, value]) => JSON.stringify(draft?.values?.[field]) === JSON.stringify(value));
    },
    `waiting for the draft to hold ${Object.keys(values).join(', ')}`,
    { interval: 25 },
  );
}

/**
 * localStorage under a prefix of the test's own, inside the file's storage namespace: other
 * tests in this file would otherwise see (and send) this test's outbox.
 */
export function privateStorage(name: string): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { clear(): void } {
  const prefix = storageKey(`.${name}`);
  return {
    getItem: (key) => localStorage.getItem(prefix + key),
    setItem: (key, value) => localStorage.setItem(prefix + key, value),
    removeItem: (key) => localStorage.removeItem(prefix + key),
    clear: () => {
      for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.removeItem(key);
    },
  };
}

/** Whether this page has fetched the sign-up's sending code (`delivery.ts`) so far. */
export function deliveryFetched(): boolean {
  return performance.getEntriesByType('resource').some((entry) => /\/signup\/delivery\.(js|ts)/.test(entry.name));
}

/** A valid sign-up waiting in the outbox for `store`'s receiver, as the form would queue it. */
export function waitingEntry(
  store: string,
  { name, id = createSignupId(), availability = [], encoding = 'json' }: { name: string; id?: string; availability?: string[]; encoding?: 'json' | 'form' },
): OutboxEntry {
  return {
    payload: {
      id,
      submittedAt: new Date().toISOString(),
      opportunities: ['voorlezen'],
      name,
      phone: '+31612345678',
      talents: [],
      availability,
      languages: ['nl'],
      ageConfirmed: true,
      consent: true,
      lang: 'nl',
      page: location.href,
      feed: '',
      elapsedMs: 10_000,
      website: '',
    },
    action: new URL(actionOf(store), location.href).href,
    encoding,
    titles: ['Voorlezen'],
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: Date.now(),
  };
}
