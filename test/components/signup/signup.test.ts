import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../harness/wait-until.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/signup/signup.js';
import type { BuurtSignup } from '../../../src/components/signup/signup.component.js';
import { DRAFT_PREFIX, OUTBOX_KEY } from '../../../src/components/signup/device.js';
import {
  actionOf,
  fillValid,
  injectFaults,
  makeFeed,
  q,
  readStore,
  newStore,
  setDown,
  waitForDraft,
  submit,
  tick,
  type,
  waitForPhase,
  waitForRecords,
} from './helpers.js';
import { clearOwnStorage, ownStorageKeys } from '../../harness/storage.js';

const QUEUED = 'Nog niet verstuurd. We proberen het opnieuw.';
const THANKS = 'Bedankt voor je aanmelding!';

function clearSignupStorage(): void {
  // Only this file's keys (its own storage namespace): other test files share this origin's localStorage.
  clearOwnStorage();
}

async function signupFixture(store: string, options: { encoding?: string; feed?: unknown; storage?: Storage | null; opportunity?: string } = {}): Promise<BuurtSignup> {
  const el = await fixture<BuurtSignup>(html`<buurt-signup
    .feed=${options.feed ?? makeFeed()}
    .retryDelay=${150}
    .storage=${options.storage === undefined ? localStorage : options.storage}
    action=${actionOf(store)}
    encoding=${options.encoding ?? 'json'}
    opportunity=${options.opportunity ?? ''}
    timeout="3000"
  ></buurt-signup>`);
  await el.updateComplete;
  return el;
}

describe('<buurt-signup>', function () {
  // Generous: the machine is shared, and retries with backoff take real time.
  this.timeout(60_000);
  beforeEach(() => clearSignupStorage());
  afterEach(() => {
    fixtureCleanup();
    clearSignupStorage();
  });

  describe('the form', () => {
    it('builds tasks, talents, the availability grid and languages from the feed, and passes axe empty', async () => {
      const store = await newStore();
      const el = await signupFixture(store, { opportunity: 'koken' });
      const root = el.shadowRoot!;
      const tasks = [...root.querySelectorAll<HTMLInputElement>('input[name="opportunities"]')];
      expect(tasks.map((t) => t.value)).to.deep.equal(['voorlezen', 'koken']);
      expect(tasks[1]!.checked, 'opportunity attribute preselects').to.equal(true);
      expect(root.querySelector('#signup-task-0-info')!.textContent).to.include('Waar: De Kruimel').and.include('Je hoort van: Fatima');
      expect(root.querySelectorAll('input[name="talents"]').length).to.equal(2);
      expect(root.querySelectorAll('table input[name="availability"]').length).to.equal(21);
      expect(root.querySelector('table th[scope="row"]')!.textContent).to.include('Ochtend');
      expect(q(el, 'input[value="mo-morning"]').closest('label')!.textContent).to.include('maandag ochtend');
      const languages = [...root.querySelectorAll<HTMLInputElement>('input[name="languages"]')].map((i) => i.value);
      expect(languages).to.include.members(['nl', 'ar', 'tr']);
      const consent = q<HTMLInputElement>(el, '#signup-consent');
      expect(consent.checked, 'consent starts unticked').to.equal(false);
      const privacy = q<HTMLAnchorElement>(el, '#signup-consent-hint a');
      expect(privacy.href).to.equal('https://wijkkrant.example/privacy');
      expect(q(el, '#signup-consent-hint').textContent).to.include('alleen om je te bellen');
      const honeypot = q<HTMLInputElement>(el, '#signup-website');
      expect(honeypot.tabIndex).to.equal(-1);
      expect(honeypot.autocomplete).to.equal('off');
      await expect(el).to.be.accessible();
    });

    it('fits the availability grid on a 320px phone: all days visible, no page scroll, day parts unbroken', async () => {
      const store = await newStore();
      const el = await fixture<BuurtSignup>(html`<div style="width: 288px">
        <buurt-signup .feed=${makeFeed()} action=${actionOf(store)}></buurt-signup>
      </div>`);
      const signup = el.querySelector('buurt-signup')!;
      await signup.updateComplete;
      const scroller = q(signup, '.grid-scroll');
      expect(scroller.scrollWidth, 'no sideways scrolling in the grid').to.be.at.most(scroller.clientWidth);
      const right = signup.getBoundingClientRect().right;
      for (const label of signup.shadowRoot!.querySelectorAll('.slot .visually-hidden')) {
        expect(label.getBoundingClientRect().right, 'hidden labels stay inside').to.be.at.most(right + 0.5);
      }
      const morning = signup.shadowRoot!.querySelector<HTMLElement>('th[scope="row"]')!;
      const words = document.createRange();
      words.selectNodeContents(morning);
      expect(words.getClientRects().length, '"Ochtend" on one line').to.equal(1);
      for (const slot of signup.shadowRoot!.querySelectorAll('.slot')) {
        const box = slot.getBoundingClientRect();
        expect(Math.min(box.width, box.height), 'target size').to.be.at.least(24);
      }
      await expect(signup).to.be.accessible();
    });

    it('marks Dutch feed text with lang="nl" when the form speaks English', async () => {
      const store = await newStore();
      const el = await fixture<BuurtSignup>(html`<buurt-signup
        lang="en"
        .feed=${makeFeed({ opportunities: [{ id: 'voorlezen', title: 'Voorlezen bij De Kruimel', description: { nl: 'Lees voor aan peuters.', en: 'Read to toddlers.' }, skills: [], languages: [] }] })}
        action=${actionOf(store)}
      ></buurt-signup>`);
      await el.updateComplete;
      await waitUntil(() => q(el, 'legend').textContent!.includes('help'), 'English loaded');
      const title = q(el, '.task__title [lang]');
      expect(title.getAttribute('lang')).to.equal('nl');
      expect(title.textContent).to.equal('Voorlezen bij De Kruimel');
      // Text the feed has in English needs no mark of its own.
      expect(q(el, '#signup-task-0-info').textContent).to.include('Read to toddlers.');
      expect(el.shadowRoot!.querySelector('#signup-task-0-info [lang]')).to.equal(null);
      const talent = q(el, 'label[for="signup-talents-0"] [lang]');
      expect(talent.getAttribute('lang')).to.equal('nl');
      expect(q(el, '#signup-consent-hint [lang="nl"]').textContent).to.include('alleen om je te bellen');
      await expect(el).to.be.accessible();
    });

    it('names a language the browser does not know (Berber) instead of showing its code', async () => {
      const store = await newStore();
      const feed = makeFeed();
      (feed.places as Array<Record<string, unknown>>)[0]!.languages = ['nl', 'ber'];
      const el = await signupFixture(store, { feed });
      const labels = [...el.shadowRoot!.querySelectorAll('input[name="languages"]')].map((input) =>
        el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent!.trim(),
      );
      expect(labels).to.include('Berbers (Tamazight)');
      expect(labels.map((label) => label.toLowerCase())).to.not.include('ber');
    });

    it('tells a screen reader in both the e-mail and the phone field that one of the two is enough', async () => {
      const store = await newStore();
      const el = await signupFixture(store);
      for (const id of ['signup-email', 'signup-phone']) {
        const ids = q(el, `#${id}`).getAttribute('aria-describedby')!.split(' ');
        expect(ids, id).to.include('signup-contact-hint');
      }
      expect(q(el, '#signup-contact-hint').textContent).to.include('Eén van de twee is genoeg');
      submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('#signup-email-error'), 'the e-mail error shows');
      expect(q(el, '#signup-email').getAttribute('aria-describedby')!.split(' ')).to.include.members(['signup-contact-hint', 'signup-email-error']);
      await expect(el).to.be.accessible();
    });

    it('asks only the optional fields the feed asks for', async () => {
      const store = await newStore();
      const feed = makeFeed({ signup: { fields: { area: false, talents: false, availability: false, languages: false, message: false } } });
      const el = await signupFixture(store, { feed });
      const root = el.shadowRoot!;
      for (const selector of ['#signup-area', '#signup-postcode', '#signup-talents', '#signup-availability', '#signup-languages', '#signup-message']) {
        expect(root.querySelector(selector), selector).to.equal(null);
      }
      expect(root.querySelector('#signup-name')).to.not.equal(null);
    });

    it('shows errors the GOV.UK way: a focused summary linking into the shadow root, a message at each field, nothing cleared', async () => {
      const store = await newStore();
      const el = await signupFixture(store);
      type(el, '#signup-name', '  ');
      type(el, '#signup-email', 'fatima@');
      type(el, '#signup-postcode', '12345');
      type(el, '#signup-message', 'Ik kan goed voorlezen.');
      await el.updateComplete;
      submit(el);
      // The first submit on a page may wait for the sending code (fetched on demand) to arrive.
      await waitUntil(() => el.shadowRoot!.activeElement?.matches('.error-summary'), 'error summary focused');
      const summary = q(el, '.error-summary');
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
        'Kies minstens één taak waarmee je wilt helpen',
        'Vul je naam in',
        'Vul een e-mailadres in zoals naam@voorbeeld.nl',
        'Vul een postcode in zoals 5211 AB',
        'Kruis aan dat je 16 jaar of ouder bent. Ben je jonger? Meld je dan samen met je ouder aan.',
        'Geef toestemming voor het gebruik van je gegevens. Anders kan je aanmelding niet worden doorgegeven.',
      ]);
      const email = q<HTMLInputElement>(el, '#signup-email');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(email.getAttribute('aria-describedby')).to.include('signup-email-error');
      expect(q(el, '#signup-email-error').textContent).to.include('naam@voorbeeld.nl');
      // The link moves focus into the field inside the shadow root.
      links[2]!.click();
      expect(el.shadowRoot!.activeElement).to.equal(email);
      links[0]!.click();
      expect(el.shadowRoot!.activeElement).to.equal(q(el, '#signup-task-0'));
      expect(email.value, 'nothing typed is cleared').to.equal('fatima@');
      expect(q<HTMLTextAreaElement>(el, '#signup-message').value).to.equal('Ik kan goed voorlezen.');
      expect(q(el, '#signup-ageConfirmed-hint').textContent).to.include('samen met je vader, moeder of verzorger');
      await expect(el).to.be.accessible();
      expect((await readStore(store)).requests, 'nothing is sent with errors').to.equal(0);
    });

    it('accepts names like \'t Hooft and İlknur Çelik and normalises phone and postcode', async () => {
      const store = await newStore();
      const el = await signupFixture(store);
      await fillValid(el, 'İlknur Çelik');
      type(el, '#signup-phone', '+31 6 12345678');
      type(el, '#signup-postcode', '5211ab');
      type(el, '#signup-email', 'ilknur@example.nl');
      tick(el, 'input[value="sa-evening"]');
      tick(el, 'input[name="talents"][value="knutselen"]');
      tick(el, 'input[name="languages"][value="tr"]');
      submit(el);
      const [record] = await waitForRecords(store, 1);
      expect(record!.name).to.equal('İlknur Çelik');
      expect(record!.phone).to.equal('+31612345678');
      expect(record!.postcode).to.equal('5211 AB');
      expect(record!.availability).to.deep.equal(['sa-evening']);
      expect(record!.talents).to.deep.equal(['knutselen']);
      expect(record!.languages).to.deep.equal(['tr']);
      await waitForPhase(el, THANKS);

      const store2 = await newStore();
      fixtureCleanup();
      const el2 = await signupFixture(store2);
      await fillValid(el2, "'t Hooft");
      type(el2, '#signup-phone', '0031 6 1234 5678');
      submit(el2);
      const [second] = await waitForRecords(store2, 1);
      expect(second!.name).to.equal("'t Hooft");
      expect(second!.phone).to.equal('+31612345678');
    });
  });

  describe('nothing lost, nothing twice', () => {
    it('500 then 200: queued, then delivered and stored once; sent shows the follow-up', async function () {
      const store = await newStore();
      await injectFaults(store, ['500']);
      const el = await signupFixture(store);
      await fillValid(el);
      const queued = oneEvent(el, 'buurt-signup-queued');
      const sent = oneEvent(el, 'buurt-signup-sent');
      submit(el);
      const queuedEvent = await queued;
      expect(queuedEvent.detail.reason).to.equal('server');
      expect(queuedEvent.bubbles && queuedEvent.composed).to.equal(true);
      const sentEvent = await sent;
      expect(sentEvent.detail.signup.id).to.equal(queuedEvent.detail.signup.id);
      expect(sentEvent.detail.status).to.equal(201);
      await waitForPhase(el, THANKS);
      expect(el.shadowRoot!.textContent).to.include('De Kruimel neemt binnen een week contact met je op.');
      await expect(el).to.be.accessible();
      const { records, requests } = await readStore(store);
      expect(records.length).to.equal(1);
      expect(requests).to.equal(2);
      expect(Object.keys(localStorage).filter((k) => k.startsWith(DRAFT_PREFIX))).to.deep.equal([]);
      expect(JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]')).to.deep.equal([]);
    });

    it('receiver down: says so plainly, keeps it in the outbox, delivers once when it is back', async () => {
      const store = await newStore();
      await setDown(store, true);
      const el = await signupFixture(store);
      await fillValid(el);
      submit(el);
      await waitForPhase(el, QUEUED);
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('status');
      // The waiting sign-up is visible, with retry and remove.
      expect(q(el, '.outbox').textContent).to.include('Voorlezen bij De Kruimel').and.include('Fatima el Amrani');
      await expect(el).to.be.accessible();
      const outbox = JSON.parse(localStorage.getItem(OUTBOX_KEY)!) as Array<{ payload: { id: string } }>;
      expect(outbox.length).to.equal(1);
      // It is retried while the receiver is down, and stays waiting.
      // The first retry comes after 150 ms and some jitter; on a loaded machine, with the store
      // read over HTTP at each look, that takes longer than waitUntil's default second.
      await waitUntil(async () => (await readStore(store)).requests >= 2, 'a retry while the receiver is down', { timeout: 10_000 });
      expect(q(el, '[part~="status"]').textContent).to.include(QUEUED);
      await setDown(store, false);
      await waitForPhase(el, THANKS);
      const { records } = await readStore(store);
      expect(records.map((r) => r.id)).to.deep.equal([outbox[0]!.payload.id]);
    });

    it('a timeout (the receiver hangs) and a lost answer (stored, reply never arrives) still store once', async () => {
      const store = await newStore();
      // Hangs well past the element's 3 s timeout, so a slow, shared machine cannot blur the two.
      await injectFaults(store, ['hang', 'lost', 'slow'], { hangMs: '6000' });
      const el = await signupFixture(store);
      await fillValid(el);
      submit(el);
      await waitForPhase(el, THANKS, 45000);
      // Every request is counted when it arrives, so all four are counted before the thanks. On a
      // loaded machine the slow answer can pass the timeout too and bring one more try: what this
      // test is about is that however many tries there are, the sign-up is stored once.
      const { records, requests } = await readStore(store);
      expect(records.length).to.equal(1);
      expect(requests).to.be.at.least(4);
    });

    it('429 waits for Retry-After before trying again', async () => {
      const store = await newStore();
      await injectFaults(store, ['429'], { retryAfter: '1' });
      const el = await signupFixture(store);
      await fillValid(el);
      const started = Date.now();
      submit(el);
      await waitForPhase(el, THANKS);
      expect(Date.now() - started).to.be.at.least(950);
      expect((await readStore(store)).records.length).to.equal(1);
    });

    it('a double click and a double submit send one request and store one record', async () => {
      const store = await newStore();
      await injectFaults(store, ['slow'], { hangMs: '300' });
      const el = await signupFixture(store);
      await fillValid(el);
      const button = q<HTMLButtonElement>(el, 'button[type="submit"]');
      button.click();
      button.click();
      q<HTMLFormElement>(el, 'form').requestSubmit();
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent).to.include('Bezig met versturen');
      await expect(el).to.be.accessible();
      await waitForPhase(el, THANKS);
      // A second request would have left with the first, 300 ms before the answer: it is counted by now.
      const { records, requests } = await readStore(store);
      expect(records.length).to.equal(1);
      expect(requests).to.equal(1);
    });

    it('a reload while queued: the next page with the widget delivers it, with the same id', async () => {
      const store = await newStore();
      await setDown(store, true);
      const first = await signupFixture(store);
      await fillValid(first);
      const queued = oneEvent(first, 'buurt-signup-queued');
      submit(first);
      const { detail } = await queued;
      fixtureCleanup(); // the page goes away
      await setDown(store, false);
      const second = await signupFixture(store);
      // The restored draft knows it was submitted: the form shows the waiting state, not a blank form.
      const { detail: sentDetail } = await oneEvent(second, 'buurt-signup-sent');
      expect(sentDetail.signup.id).to.equal(detail.signup.id);
      await waitForPhase(second, THANKS);
      const { records } = await readStore(store);
      expect(records.map((r) => r.id)).to.deep.equal([detail.signup.id]);
    });

    it('keeps a draft across a reload and erases draft and outbox on "Wis mijn gegevens"', async () => {
      const store = await newStore();
      const first = await signupFixture(store);
      type(first, '#signup-name', 'Ahmed');
      type(first, '#signup-message', 'Ik kan op woensdag.');
      tick(first, 'input[value="we-afternoon"]');
      await waitForDraft(localStorage, `${DRAFT_PREFIX}page:${location.pathname}`, { name: 'Ahmed', availability: ['we-afternoon'] });
      fixtureCleanup();
      const second = await signupFixture(store);
      expect(q<HTMLInputElement>(second, '#signup-name').value).to.equal('Ahmed');
      expect(q<HTMLTextAreaElement>(second, '#signup-message').value).to.equal('Ik kan op woensdag.');
      expect(q<HTMLInputElement>(second, 'input[value="we-afternoon"]').checked).to.equal(true);
      const erase = [...second.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Wis mijn gegevens'))!;
      erase.click();
      await second.updateComplete;
      await expect(second).to.be.accessible();
      q<HTMLButtonElement>(second, '#signup-erase-yes').click();
      await second.updateComplete;
      expect(q<HTMLInputElement>(second, '#signup-name').value).to.equal('');
      expect(ownStorageKeys()).to.deep.equal([]);
      expect(second.shadowRoot!.textContent).to.include('Je gegevens zijn van dit apparaat gewist.');
    });

    it('422 with field errors shows them on the fields and keeps what was typed', async () => {
      const store = await newStore();
      await injectFaults(store, ['422'], { errors: JSON.stringify({ email: 'Dit adres is al aangemeld.', phone: 'invalid' }) });
      const el = await signupFixture(store);
      await fillValid(el);
      type(el, '#signup-email', 'fatima@example.nl');
      const failed = oneEvent(el, 'buurt-signup-failed');
      submit(el);
      const { detail } = await failed;
      expect(detail.status).to.equal(422);
      await el.updateComplete;
      await el.updateComplete;
      expect(q(el, '#signup-email-error').textContent).to.include('Dit adres is al aangemeld.');
      expect(q(el, '#signup-phone-error').textContent).to.include('Vul een telefoonnummer in zoals 06-12345678');
      expect(q(el, '#signup-email').getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(q(el, '.error-summary'));
      expect(q<HTMLInputElement>(el, '#signup-email').value).to.equal('fatima@example.nl');
      await expect(el).to.be.accessible();
      // Fixed and sent again: accepted.
      submit(el);
      await waitForPhase(el, THANKS);
      expect((await readStore(store)).records.length).to.equal(1);
    });

    it('422 with an error for the days: a screen reader hears it with the days, as with every other field', async () => {
      const store = await newStore();
      await injectFaults(store, ['422'], { errors: JSON.stringify({ availability: 'Kies minstens één dagdeel.' }) });
      const el = await signupFixture(store);
      await fillValid(el);
      const failed = oneEvent(el, 'buurt-signup-failed');
      submit(el);
      await failed;
      await el.updateComplete;
      expect(q(el, '#signup-availability-error').textContent).to.include('Kies minstens één dagdeel.');
      const describedBy = q(el, '#signup-availability').getAttribute('aria-describedby')!.split(' ');
      expect(describedBy, 'the days described by their error').to.include('signup-availability-error');
      expect(describedBy, 'and still by their hint').to.include('signup-availability-hint');
      await expect(el).to.be.accessible();
    });

    it('422 with an error for the neighbourhood: its list is marked invalid, as every other field with an error is', async () => {
      const store = await newStore();
      await injectFaults(store, ['422'], { errors: JSON.stringify({ area: 'Deze buurt kennen we niet.' }) });
      const el = await signupFixture(store);
      await fillValid(el);
      expect(q(el, '#signup-area').localName, 'a list of neighbourhoods').to.equal('select');
      expect(q(el, '#signup-area').getAttribute('aria-invalid')).to.equal('false');
      const failed = oneEvent(el, 'buurt-signup-failed');
      submit(el);
      await failed;
      await el.updateComplete;
      expect(q(el, '#signup-area-error').textContent).to.include('Deze buurt kennen we niet.');
      expect(q(el, '#signup-area').getAttribute('aria-invalid')).to.equal('true');
      expect(q(el, '#signup-area').getAttribute('aria-describedby')).to.equal('signup-area-error');
      await expect(el).to.be.accessible();
    });

    it('another 4xx: failed, kept for the person to retry or remove, nothing cleared', async () => {
      const store = await newStore();
      await injectFaults(store, ['403']);
      const el = await signupFixture(store);
      await fillValid(el);
      submit(el);
      await waitForPhase(el, 'Je aanmelding is niet aangenomen.');
      expect(q(el, '.outbox').textContent).to.include('Niet aangenomen door de website.');
      expect(q<HTMLInputElement>(el, '#signup-name').value).to.equal('Fatima el Amrani');
      await expect(el).to.be.accessible();
      const remove = [...q(el, '.outbox').querySelectorAll('button')].find((b) => b.textContent!.includes('Verwijderen'))!;
      remove.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.outbox')).to.equal(null);
      expect(q<HTMLInputElement>(el, '#signup-name').value).to.equal('Fatima el Amrani');
      submit(el);
      await waitForPhase(el, THANKS);
      expect((await readStore(store)).records.length).to.equal(1);
    });

    it('retry now sends a failed entry again with the same id', async () => {
      const store = await newStore();
      await injectFaults(store, ['403']);
      const el = await signupFixture(store);
      await fillValid(el);
      const failed = oneEvent(el, 'buurt-signup-failed');
      submit(el);
      const { detail } = await failed;
      await el.updateComplete;
      const retry = [...q(el, '.outbox').querySelectorAll('button')].find((b) => b.textContent!.includes('Nu opnieuw proberen'))!;
      retry.click();
      await waitForPhase(el, THANKS);
      const { records } = await readStore(store);
      expect(records.map((r) => r.id)).to.deep.equal([detail.signup.id]);
    });
  });

  describe('spam and hostile input', () => {
    it('a filled honeypot is not stored, and the form does not let on', async () => {
      const store = await newStore();
      const el = await signupFixture(store);
      await fillValid(el);
      type(el, '#signup-website', 'http://spam.example');
      submit(el);
      await waitForPhase(el, THANKS);
      const { records, requests } = await readStore(store);
      expect(requests).to.equal(1);
      expect(records.length).to.equal(0);
    });

    it('a form sent faster than the minimum fill time (autofill) is still stored, marked for the initiative to check', async () => {
      const store = await newStore(60_000);
      const el = await signupFixture(store);
      await fillValid(el);
      submit(el);
      await waitForPhase(el, THANKS);
      const { records } = await readStore(store);
      expect(records.map((r) => r.suspect)).to.deep.equal(['fast']);
    });

    it('hostile input is stored as typed and shown as text, in the form and on /aanmeldingen', async () => {
      const hostile = `<img src=x onerror="window.__pwned=1">Robert'); DROP TABLE--`;
      const store = await newStore();
      await setDown(store, true);
      const el = await signupFixture(store);
      await fillValid(el, hostile);
      type(el, '#signup-message', `<script>window.__pwned=2</script>\n"quoted" & more`);
      submit(el);
      await waitForPhase(el, QUEUED);
      expect(q(el, '.outbox').textContent).to.include(hostile);
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      await setDown(store, false);
      const [record] = await waitForRecords(store, 1);
      expect(record!.name).to.equal(hostile);
      expect(record!.message).to.equal(`<script>window.__pwned=2</script>\n"quoted" & more`);
      const page = await (await fetch(`/test-api/signup/${store}/r/aanmeldingen`)).text();
      const doc = new DOMParser().parseFromString(page, 'text/html');
      expect(doc.querySelector('td img, td script')).to.equal(null);
      expect(doc.body.textContent).to.include(hostile);
      expect(page).to.include('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('other situations', () => {
    it('storage unavailable: the form says it cannot keep a draft, still sends, and passes axe', async () => {
      const store = await newStore();
      const broken = {
        getItem(): string | null {
          throw new DOMException('blocked', 'SecurityError');
        },
        setItem(): void {
          throw new DOMException('blocked', 'SecurityError');
        },
        removeItem(): void {
          throw new DOMException('blocked', 'SecurityError');
        },
      } as unknown as Storage;
      await setDown(store, true);
      const el = await signupFixture(store, { storage: broken });
      expect(el.shadowRoot!.textContent).to.include('Dit apparaat kan niet bewaren wat je invult.');
      await expect(el).to.be.accessible();
      await fillValid(el);
      submit(el);
      await waitForPhase(el, QUEUED);
      expect(el.shadowRoot!.textContent).to.include('Laat deze pagina open');
      await expect(el).to.be.accessible();
      await setDown(store, false);
      await waitForPhase(el, THANKS);
      expect((await readStore(store)).records.length).to.equal(1);
    });

    it('sends form encoding with lists as repeated keys', async () => {
      const store = await newStore();
      const el = await signupFixture(store, { encoding: 'form' });
      await fillValid(el);
      tick(el, 'input[value="mo-morning"]');
      tick(el, 'input[value="tu-evening"]');
      tick(el, '#signup-task-1');
      submit(el);
      const [record] = await waitForRecords(store, 1);
      expect(record!.encoding).to.equal('form');
      expect(record!.availability).to.deep.equal(['mo-morning', 'tu-evening']);
      expect(record!.opportunities).to.deep.equal(['voorlezen', 'koken']);
    });

    it('uses the feed\'s action when the element has none, resolved against the page', async () => {
      const store = await newStore();
      const feed = makeFeed({ signup: { action: new URL(actionOf(store), location.href).href } });
      const el = await fixture<BuurtSignup>(html`<buurt-signup .feed=${feed}></buurt-signup>`);
      await fillValid(el);
      submit(el);
      await waitForPhase(el, THANKS);
      expect((await readStore(store)).records.length).to.equal(1);
    });

    it('no action anywhere: explains the e-mail route first, then offers a mailto link with the filled-in text', async () => {
      const el = await fixture<BuurtSignup>(html`<buurt-signup .feed=${makeFeed()}></buurt-signup>`);
      expect(el.shadowRoot!.textContent).to.include('Dit formulier verstuurt je aanmelding niet zelf.');
      await fillValid(el);
      type(el, '#signup-message', 'Tot snel & groet');
      submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('a[href^="mailto:"]'), 'mailto link');
      const link = q<HTMLAnchorElement>(el, 'a[href^="mailto:"]');
      const url = new URL(link.href);
      expect(url.pathname).to.equal('fatima@dekruimel.example');
      const body = new URLSearchParams(url.search.replace(/\+/g, '%2B')).get('body')!;
      expect(body).to.include('Fatima el Amrani').and.include('06-12345678').and.include('Tot snel & groet');
      expect(el.shadowRoot!.textContent).to.include('Je e-mailprogramma opent');
      await expect(el).to.be.accessible();
    });

    it('an action that cannot be posted to (javascript:) is ignored: the e-mail route takes over', async () => {
      const el = await fixture<BuurtSignup>(html`<buurt-signup .feed=${makeFeed()} action="javascript:alert(1)"></buurt-signup>`);
      expect(el.shadowRoot!.textContent).to.include('Dit formulier verstuurt je aanmelding niet zelf.');
    });

    it('an action a CMS wrapped in curly quotes still posts', async () => {
      const store = await newStore();
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<buurt-signup timeout="3000" action=”${actionOf(store)}”></buurt-signup>`;
      const el = wrapper.firstElementChild as BuurtSignup;
      el.feed = makeFeed();
      await el.updateComplete;
      await fillValid(el);
      submit(el);
      await waitForPhase(el, THANKS);
      expect((await readStore(store)).records.length).to.equal(1);
    });

    it('a keyboard-only sign-up from the first field to success', async function () {
      this.timeout(40000);
      const store = await newStore();
      const feed = makeFeed({ signup: { fields: { area: false, talents: false, availability: true, languages: false, message: false } } });
      const el = await signupFixture(store, { feed });
      q<HTMLInputElement>(el, '#signup-task-0').focus();
      await sendKeys({ press: ' ' }); // choose the first task (' ' is Space: the one name for it that every engine's driver knows)
      await sendKeys({ press: 'Tab' }); // second task
      await sendKeys({ press: 'Tab' }); // name
      await sendKeys({ type: 'Ilse de Vries' });
      await sendKeys({ press: 'Tab' }); // e-mail
      await sendKeys({ press: 'Tab' }); // phone
      await sendKeys({ type: '06 1234 5678' });
      await sendKeys({ press: 'Tab' }); // monday morning
      await sendKeys({ press: ' ' });
      for (let i = 0; i < 21; i += 1) await sendKeys({ press: 'Tab' }); // past the grid to the age check
      expect(el.shadowRoot!.activeElement?.id).to.equal('signup-ageConfirmed');
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Tab' }); // consent
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Tab' }); // privacy link
      await sendKeys({ press: 'Tab' }); // submit (the honeypot is skipped)
      expect(el.shadowRoot!.activeElement?.getAttribute('type')).to.equal('submit');
      await sendKeys({ press: 'Enter' });
      await waitForPhase(el, THANKS);
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('status');
      const [record] = await waitForRecords(store, 1);
      expect(record!.name).to.equal('Ilse de Vries');
      expect(record!.phone).to.equal('+31612345678');
      expect(record!.availability).to.deep.equal(['mo-morning']);
      expect(record!.opportunities).to.deep.equal(['voorlezen']);
    });

    it('works with the sample feed of \'s-Hertogenbosch loaded from src', async () => {
      const store = await newStore();
      const el = await fixture<BuurtSignup>(html`<buurt-signup
        src="/demo/feeds/den-bosch.json"
        opportunity="voorlezen-kruimel"
        action=${actionOf(store)}
      ></buurt-signup>`);
      await waitUntil(() => el.shadowRoot!.querySelector('form') !== null, 'feed loaded', { timeout: 10000 });
      expect(q<HTMLInputElement>(el, 'input[name="opportunities"][value="voorlezen-kruimel"]').checked).to.equal(true);
      expect(el.shadowRoot!.querySelectorAll('input[name="talents"]').length).to.be.greaterThan(3);
      await expect(el).to.be.accessible();
      await fillValid(el, 'Yasmina Bakkali');
      submit(el);
      await waitForPhase(el, THANKS);
      expect(el.shadowRoot!.textContent).to.include('De Kruimel neemt binnen een week contact met je op.');
      const [record] = await waitForRecords(store, 1);
      expect(record!.opportunities).to.deep.equal(['voorlezen-kruimel']);
      expect(record!.feed).to.equal(new URL('/demo/feeds/den-bosch.json', location.href).href);
    });

    it('speaks English when asked', async () => {
      const store = await newStore();
      const el = await fixture<BuurtSignup>(html`<buurt-signup lang="en" .feed=${makeFeed()} action=${actionOf(store)}></buurt-signup>`);
      expect(el.shadowRoot!.textContent).to.include('What would you like to help with?');
      expect(q(el, 'input[value="mo-morning"]').closest('label')!.textContent).to.include('Monday morning');
      await expect(el).to.be.accessible();
    });
  });
});
