// The device's storage is shared with every script on the site's origin (and with older
// buurtkit versions): what it holds may be garbage or hostile. The form must survive it, and
// a sign-up that may already have arrived must never go out again under a new id.
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../harness/wait-until.js';
import '../../../src/components/signup/signup.js';
import type { BuurtSignup } from '../../../src/components/signup/signup.component.js';
import { DRAFT_PREFIX, OUTBOX_KEY } from '../../../src/components/signup/device.js';
import { actionOf, fillValid, makeFeed, newStore, privateStorage, q, submit, waitForRecords } from './helpers.js';

describe('<buurt-signup> with hostile data on the device', function () {
  this.timeout(30_000);
  const storage = privateStorage(`hostile.${Date.now().toString(36)}:`);
  const draftKey = `${DRAFT_PREFIX}page:${location.pathname}`;
  afterEach(() => {
    fixtureCleanup();
    storage.clear();
  });

  it('a draft with values of the wrong types still gives a working form', async () => {
    storage.setItem(
      draftKey,
      JSON.stringify({
        values: { opportunities: null, name: 5, talents: 'voorlezen', availability: { __proto__: 1 }, languages: [1, 'ar'], consent: 'yes', message: ['x'] },
        startedAt: Date.now() - 60_000,
      }),
    );
    const el = await fixture<BuurtSignup>(html`<buurt-signup .feed=${makeFeed()} .storage=${storage}></buurt-signup>`);
    await el.updateComplete;
    expect(q(el, '#signup-name')).to.exist;
    expect(q<HTMLInputElement>(el, '#signup-consent').checked).to.equal(false);
    // The one good value is kept.
    expect(q<HTMLInputElement>(el, 'input[name="languages"][value="ar"]').checked).to.equal(true);
    await fillValid(el);
    expect(q<HTMLInputElement>(el, '#signup-name').value).to.equal('Fatima el Amrani');
  });

  it('an outbox entry with an unreadable date or time does not break the form: the readable entries show, the others do not', async () => {
    const store = await newStore();
    const entry = (id: string, name: string, extra: Record<string, unknown>) => ({
      payload: { id, name, opportunities: [], talents: [], availability: [], languages: [], submittedAt: new Date().toISOString(), ...extra },
      action: new URL(actionOf(store), location.href).href,
      encoding: 'json',
      titles: [`Taak van ${name}`],
      // Refused earlier: shown, but not sent by itself, so nothing changes while the test looks.
      state: 'failed',
      attempts: 1,
      nextAttemptAt: Date.now(),
    });
    storage.setItem(
      OUTBOX_KEY,
      JSON.stringify([
        entry('aaaaaaaa-1', 'Onleesbare datum', { submittedAt: 'gisteren' }),
        { ...entry('aaaaaaaa-2', 'Onleesbare tijd', {}), state: 'waiting', nextAttemptAt: 1e300 },
        entry('aaaaaaaa-3', 'Leesbaar', {}),
      ]),
    );
    const el = await fixture<BuurtSignup>(
      html`<buurt-signup .feed=${makeFeed()} .storage=${storage} action=${actionOf(store)}></buurt-signup>`,
    );
    // Waiting sign-ups make the form fetch its sending code at once; then the list renders.
    await waitUntil(() => el.shadowRoot!.querySelector('.outbox'), 'the list of waiting sign-ups renders');
    const list = q(el, '.outbox');
    expect([...list.querySelectorAll('h3')].map((h) => h.textContent!.trim())).to.deep.equal(['Taak van Leesbaar']);
    expect(list.textContent).to.include('Leesbaar').and.not.include('Onleesbare');
    expect(el.shadowRoot!.querySelector('#signup-name'), 'the form is still there').to.exist;
    await expect(el).to.be.accessible();
    // And it still works: a sign-up typed now is delivered.
    await fillValid(el);
    submit(el);
    const records = await waitForRecords(store, 1);
    expect(records.map((r) => r.name)).to.deep.equal(['Fatima el Amrani']);
  });

  it('a draft whose sign-up left the outbox elsewhere is sent again with the same id, never a new one', async () => {
    const store = await newStore();
    const id = crypto.randomUUID();
    const submittedAt = new Date(Date.now() - 60_000).toISOString();
    // An earlier sign-up delivered by another page of the site (another draft key), or a
    // crash between delivery and erasing the draft: the draft still names its id.
    storage.setItem(OUTBOX_KEY, '[]');
    storage.setItem(
      draftKey,
      JSON.stringify({ values: { name: 'Fatima el Amrani', phone: '06-12345678' }, startedAt: Date.now() - 90_000, submittedId: id, submittedAt }),
    );
    const el = await fixture<BuurtSignup>(
      html`<buurt-signup .feed=${makeFeed()} .storage=${storage} action=${actionOf(store)}></buurt-signup>`,
    );
    await fillValid(el);
    const sent = oneEvent(el, 'buurt-signup-sent');
    submit(el);
    const { detail } = await sent;
    expect(detail.signup.id).to.equal(id);
    const records = await waitForRecords(store, 1);
    expect(records.map((r) => r.id)).to.deep.equal([id]);
  });
});
