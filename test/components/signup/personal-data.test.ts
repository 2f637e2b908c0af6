// Personal data on the device (issue 9): on a shared computer the next visitor must not find
// someone else's name in the form. Drafts expire 24 hours after the last change and go with
// the sign-up they became; a waiting sign-up is kept until delivered, at most 30 days, and
// the form says so; "Wis mijn gegevens" removes every draft and outbox of the site.
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '../../harness/wait-until.js';
import '../../../src/components/signup/signup.js';
import type { BuurtSignup } from '../../../src/components/signup/signup.component.js';
import { DRAFT_PREFIX, OUTBOX_KEY } from '../../../src/components/signup/device.js';
import { clearOwnStorage, ownStorageKeys } from '../../harness/storage.js';
import { actionOf, fillValid, injectFaults, makeFeed, newStore, q, readStore, setDown, submit, type, waitForDraft, waitForPhase, waitingEntry } from './helpers.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const draftKey = `${DRAFT_PREFIX}page:${location.pathname}`;

async function mount(store: string): Promise<BuurtSignup> {
  const el = await fixture<BuurtSignup>(
    html`<buurt-signup .feed=${makeFeed()} .storage=${localStorage} .retryDelay=${150} action=${actionOf(store)} timeout="3000"></buurt-signup>`,
  );
  await el.updateComplete;
  return el;
}

function storedDraft(key = draftKey): { values: { name: string } } | null {
  return JSON.parse(localStorage.getItem(key) ?? 'null') as { values: { name: string } } | null;
}

function button(el: BuurtSignup, scope: string, text: string): HTMLButtonElement {
  const found = [...q(el, scope).querySelectorAll('button')].find((b) => b.textContent!.includes(text));
  if (!found) throw new Error(`no button "${text}" in ${scope}`);
  return found;
}

/** A form with "Ahmed" kept as a draft, and Enter pressed on "Wis mijn gegevens" by keyboard. */
async function eraseByKeyboard(): Promise<BuurtSignup> {
  const el = await mount(await newStore());
  type(el, '#signup-name', 'Ahmed');
  await waitForDraft(localStorage, draftKey, { name: 'Ahmed' });
  button(el, 'form', 'Wis mijn gegevens').focus();
  await sendKeys({ press: 'Enter' });
  return el;
}

describe('<buurt-signup> and personal data on the device', function () {
  this.timeout(60_000);
  beforeEach(() => clearOwnStorage());
  afterEach(() => {
    fixtureCleanup();
    clearOwnStorage();
  });

  it('a draft last changed more than 24 hours ago is removed, not shown; a younger one is restored', async () => {
    const store = await newStore();
    const old = Date.now() - 25 * HOUR;
    localStorage.setItem(draftKey, JSON.stringify({ values: { name: 'Vorige bezoeker' }, startedAt: old, updatedAt: old }));
    const first = await mount(store);
    expect(q<HTMLInputElement>(first, '#signup-name').value, 'the next visitor sees an empty form').to.equal('');
    expect(localStorage.getItem(draftKey), 'and the old draft is gone from the device').to.equal(null);
    fixtureCleanup();

    // Started two days ago, last changed an hour ago: 24 hours count from the last change.
    localStorage.setItem(draftKey, JSON.stringify({ values: { name: 'Fatima' }, startedAt: Date.now() - 2 * DAY, updatedAt: Date.now() - HOUR }));
    const second = await mount(store);
    expect(q<HTMLInputElement>(second, '#signup-name').value).to.equal('Fatima');
  });

  it('typing records when the draft last changed; a reload without typing does not make it younger', async () => {
    const store = await newStore();
    const el = await mount(store);
    const before = Date.now();
    type(el, '#signup-name', 'Ahmed');
    await waitForDraft(localStorage, draftKey, { name: 'Ahmed' });
    const { updatedAt } = JSON.parse(localStorage.getItem(draftKey)!) as { updatedAt: number };
    expect(updatedAt).to.be.at.least(before).and.at.most(Date.now());
    fixtureCleanup();
    await mount(store);
    fixtureCleanup();
    expect((JSON.parse(localStorage.getItem(draftKey)!) as { updatedAt: number }).updatedAt).to.equal(updatedAt);
  });

  it('"Verwijderen" of a waiting sign-up also removes its draft, so a reload does not fill the form again', async () => {
    const store = await newStore();
    await setDown(store, true);
    const el = await mount(store);
    await fillValid(el);
    const queued = oneEvent(el, 'buurt-signup-queued');
    submit(el);
    await queued;
    await waitForPhase(el, 'Nog niet verstuurd. We proberen het opnieuw.');
    expect(storedDraft()?.values.name).to.equal('Fatima el Amrani');
    button(el, '.outbox', 'Verwijderen').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.outbox')).to.equal(null);
    expect(localStorage.getItem(draftKey), 'the draft went with the sign-up').to.equal(null);
    expect(JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]')).to.deep.equal([]);
    fixtureCleanup(); // a reload (leaving the page must not write the draft back)
    const next = await mount(store);
    expect(q<HTMLInputElement>(next, '#signup-name').value).to.equal('');
    expect(localStorage.getItem(draftKey)).to.equal(null);
    await setDown(store, false);
  });

  it('a draft whose sign-up was delivered or removed elsewhere is removed too', async () => {
    const store = await newStore();
    const entry = waitingEntry(store, { name: 'Fatima el Amrani' });
    // Delivered from another page of the site: settled, no longer in the outbox.
    localStorage.setItem(OUTBOX_KEY, '[]');
    localStorage.setItem(`${OUTBOX_KEY}.settled`, JSON.stringify([{ id: entry.payload.id, ticket: 't1' }]));
    localStorage.setItem(
      draftKey,
      JSON.stringify({ values: { name: 'Fatima el Amrani' }, startedAt: Date.now() - HOUR, updatedAt: Date.now() - HOUR, submittedId: entry.payload.id }),
    );
    const el = await mount(store);
    expect(q<HTMLInputElement>(el, '#signup-name').value).to.equal('');
    expect(localStorage.getItem(draftKey)).to.equal(null);
  });

  it('a waiting sign-up says how long it is kept and that it can be removed; one older than 30 days is removed unsent', async () => {
    const store = await newStore();
    const fresh = { ...waitingEntry(store, { name: 'Nieuw' }), nextAttemptAt: Date.now() + HOUR };
    const old = waitingEntry(store, { name: 'Te oud' });
    old.payload.submittedAt = new Date(Date.now() - 31 * DAY).toISOString();
    localStorage.setItem(OUTBOX_KEY, JSON.stringify([old, fresh]));
    const el = await mount(store);
    await waitUntil(() => el.shadowRoot!.querySelector('.outbox'), 'the list of waiting sign-ups renders');
    const list = q(el, '.outbox');
    expect(list.textContent).to.include('Van Nieuw').and.not.include('Te oud');
    const keptUntil = new Date(Date.parse(fresh.payload.submittedAt) + 30 * DAY);
    const date = new Intl.DateTimeFormat('nl', { dateStyle: 'long' }).format(keptUntil);
    expect(list.textContent).to.include(`Deze aanmelding staat op dit apparaat tot hij verstuurd is, en niet langer dan tot ${date}.`);
    expect(list.textContent).to.include('Wil je dat niet? Kies dan Verwijderen.');
    expect(button(el, '.outbox', 'Verwijderen')).to.exist;
    await expect(el).to.be.accessible();
    const storedNames = (): string[] =>
      (JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]') as Array<{ payload: { name: string } }>).map((e) => e.payload.name);
    await waitUntil(() => storedNames().length === 1, 'the old one is removed from the device');
    expect(storedNames()).to.deep.equal(['Nieuw']);
    expect((await readStore(store)).requests, 'and was never sent').to.equal(0);
  });

  it('"Nee, bewaar het" keeps everything and gives keyboard focus back to "Wis mijn gegevens"', async () => {
    const store = await newStore();
    const el = await mount(store);
    type(el, '#signup-name', 'Ahmed');
    await waitForDraft(localStorage, draftKey, { name: 'Ahmed' });
    button(el, 'form', 'Wis mijn gegevens').click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id, 'focus on the answer that keeps everything').to.equal('signup-erase-no');
    const keep = button(el, 'form', 'Nee, bewaar het');
    keep.focus();
    keep.click();
    await el.updateComplete;
    // The pressed button is gone: without a new place, focus would fall back to the page's start.
    expect(el.shadowRoot!.activeElement?.textContent?.trim(), 'focus on the erase button').to.equal('Wis mijn gegevens');
    expect(storedDraft()?.values.name).to.equal('Ahmed');
    await expect(el).to.be.accessible();
  });

  it('Enter pressed twice on "Wis mijn gegevens" asks, and then keeps everything', async () => {
    const el = await eraseByKeyboard();
    await waitUntil(() => el.shadowRoot!.querySelector('#signup-erase-question'), 'the question asked');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !el.shadowRoot!.querySelector('#signup-erase-question'), 'the question answered');
    expect(storedDraft()?.values.name, 'the draft').to.equal('Ahmed');
    expect(q<HTMLInputElement>(el, '#signup-name').value, 'the name field').to.equal('Ahmed');
    expect(el.shadowRoot!.activeElement?.textContent?.trim(), 'focus back on the erase button').to.equal('Wis mijn gegevens');
  });

  it('Escape at "Alles wissen?" keeps everything, like "Nee, bewaar het"', async () => {
    const el = await eraseByKeyboard();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'signup-erase-no', 'the question asked, focus on "Nee, bewaar het"');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.shadowRoot!.querySelector('#signup-erase-yes'), 'the question gone');
    expect(el.shadowRoot!.activeElement?.textContent?.trim(), 'focus back on the erase button').to.equal('Wis mijn gegevens');
    expect(storedDraft()?.values.name).to.equal('Ahmed');
    await expect(el).to.be.accessible();
  });

  it('"Wis mijn gegevens" removes the drafts and waiting sign-ups of every form on the site', async () => {
    const store = await newStore();
    await setDown(store, true);
    const otherDraft = `${DRAFT_PREFIX}https://wijkkrant.example/andere-feed.json`;
    localStorage.setItem(otherDraft, JSON.stringify({ values: { name: 'Op een andere pagina' }, startedAt: Date.now(), updatedAt: Date.now() }));
    localStorage.setItem(OUTBOX_KEY, JSON.stringify([{ ...waitingEntry(store, { name: 'Andere vorm' }), nextAttemptAt: Date.now() + HOUR }]));
    const el = await mount(store);
    type(el, '#signup-name', 'Ahmed');
    await waitForDraft(localStorage, draftKey, { name: 'Ahmed' });
    button(el, 'form', 'Wis mijn gegevens').click();
    await el.updateComplete;
    q<HTMLButtonElement>(el, '#signup-erase-yes').click();
    await el.updateComplete;
    const personal = ownStorageKeys().filter((key) => key.startsWith(DRAFT_PREFIX) || key === OUTBOX_KEY);
    expect(personal, 'no draft and no outbox left').to.deep.equal([]);
    expect(ownStorageKeys().some((key) => localStorage.getItem(key)!.includes('Op een andere pagina'))).to.equal(false);
    expect(el.shadowRoot!.textContent).to.include('Je gegevens zijn van dit apparaat gewist.');
    await setDown(store, false);
  });

  it('a receiver on another host that does not take sign-ups from this site: its readable 403 stops the form for good', async () => {
    const store = await newStore();
    // The same test server under another name is another origin: the POST goes cross-origin,
    // with a preflight, and the reference receiver refuses this page's origin (no --allow-origin).
    const foreign = new URL(actionOf(store), location.href);
    foreign.hostname = 'localhost';
    const el = await fixture<BuurtSignup>(
      html`<buurt-signup .feed=${makeFeed()} .storage=${localStorage} .retryDelay=${150} action=${foreign.href} timeout="3000"></buurt-signup>`,
    );
    await fillValid(el);
    const failed = oneEvent(el, 'buurt-signup-failed');
    submit(el);
    expect((await failed).detail.status, 'the form could read the refusal').to.equal(403);
    await waitForPhase(el, 'We proberen het niet opnieuw.');
    const [entry] = JSON.parse(localStorage.getItem(OUTBOX_KEY)!) as Array<{ state: string; lastStatus: number }>;
    expect(entry).to.include({ state: 'failed', lastStatus: 403 });
    const { records, requests } = await readStore(store);
    expect(requests, 'it reached the receiver').to.be.at.least(1);
    expect(records).to.deep.equal([]);
  });

  it('a sign-up refused for good (403) is not retried, and the form says so plainly', async () => {
    const store = await newStore();
    await injectFaults(store, ['403']);
    const el = await mount(store);
    await fillValid(el);
    const failed = oneEvent(el, 'buurt-signup-failed');
    submit(el);
    expect((await failed).detail.status).to.equal(403);
    await waitForPhase(el, 'Je aanmelding is niet aangenomen.');
    const status = q(el, '[part~="status"]');
    expect(status.textContent).to.include('De website neemt deze aanmelding niet aan (code 403). We proberen het niet opnieuw.');
    expect(status.textContent).to.not.include('Probeer het later opnieuw');
    expect(q(el, '.outbox').textContent).to.include('Niet aangenomen door de website. We proberen het niet opnieuw.');
    const [entry] = JSON.parse(localStorage.getItem(OUTBOX_KEY)!) as Array<{ state: string; attempts: number }>;
    expect(entry).to.include({ state: 'failed', attempts: 1 });
    await expect(el).to.be.accessible();
  });
});
