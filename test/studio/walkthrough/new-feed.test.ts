// Issue 12, "done when" (1): an editor starts from nothing with the keyboard only — the wizard,
// three places with opening hours, a volunteer task, two glossary words and a three-question
// guide — and downloads buurt.json. The downloaded text has no problems at all (no errors, no
// warnings) and shows in <buurt-map>, <buurt-guide> and <buurt-signup>.
// Only real key presses (Tab, Enter, Space, arrows, typing): no click(), no store calls.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../harness/wait-until.js';
import { checkPlainLanguage } from '../../../src/feed/plain-language.js';
import { validateFeed } from '../../../src/feed/validate.js';
import '../../../src/studio/app/buurt-studio.js';
import type { BuurtStudio } from '../../../src/studio/app/buurt-studio.component.js';
import { fieldId } from '../../../src/studio/base/field-id.js';
import '../../../src/components/map/map.js';
import '../../../src/components/guide/guide.js';
import '../../../src/components/signup/signup.js';
import { linkStudioCss } from '../harness.js';
import { catchDownloads, type DownloadCatcher } from './downloads.js';
import { openSection, settled } from './studio-walk.js';
import { deepActive, enter, fill, press, replaceText, space, tabTo, tabToButton, tabToField, tabToId, type } from './keyboard.js';



/** Opening hours: open on `day` from `opens` to `closes`, typed as an editor writes them. */
async function openOn(studio: BuurtStudio, placePath: string, dayName: string, opens: string, closes: string): Promise<void> {
  await tabToButton(`Open op ${dayName}`);
  await space();
  await settled(studio);
  // Focus is on the new period's "Van".
  const from = deepActive() as HTMLInputElement;
  expect(from.id).to.match(new RegExp(`^${fieldId(`${placePath}.hours.weekly`)}-\\d+-opens$`));
  await replaceText(opens);
  await press('Tab');
  await replaceText(closes);
  await press('Tab');
  await settled(studio);
}


interface PlaceInput {
  /** Which of the three kinds (0, 1, 2), chosen with Space and the arrow keys. */
  kind?: number;
  description: string;
  street: string;
  postcode: string;
  lat: string;
  lng: string;
  hours: Array<[string, string, string]>;
}

/** Fills the open place editor of `places[index]` from the kind onwards, as an editor would: field after field. */
async function fillPlace(studio: BuurtStudio, index: number, place: PlaceInput): Promise<void> {
  const path = `places[${index}]`;
  if (place.kind !== undefined) {
    await tabToField(`${path}.kind`);
    await space();
    for (let i = 0; i < place.kind; i++) await press('ArrowDown');
  }
  await fill(`${path}.description`, place.description);
  await fill(`${path}.address.street`, place.street);
  await fill(`${path}.address.postcode`, place.postcode);
  await fill(`${path}.address.city`, "'s-Hertogenbosch");
  await fill(`${path}.location.lat`, place.lat);
  await fill(`${path}.location.lng`, place.lng);
  for (const [day, opens, closes] of place.hours) await openOn(studio, path, day, opens, closes);
  await tabToButton('Vandaag gecontroleerd');
  await space();
  await settled(studio);
}

describe('walkthrough: a new feed from nothing, keyboard only', function () {
  // A long walk of real key presses on a shared two-core machine.
  this.timeout(600_000);

  let downloads: DownloadCatcher;
  beforeEach(() => {
    downloads = catchDownloads();
  });
  afterEach(() => downloads.stop());

  it('wizard → places with hours → task → words → guide → buurt.json with no problems, shown by all three elements', async () => {
    await linkStudioCss();
    const studio = await fixture<BuurtStudio>(html`<buurt-studio></buurt-studio>`);
    await settled(studio);
    await expect(studio).to.be.accessible();

    // --- Beginnen: the wizard, three questions.
    await tabToId('studio-start-new');
    await space();
    await settled(studio);
    expect(deepActive()!.id).to.equal('studio-wizard-input');
    await expect(studio).to.be.accessible();
    await type('Koffie-inloop De Kruimel');
    await enter();
    await settled(studio);
    await type('Boschveld');
    await enter();
    await settled(studio);
    await type('kruimel@example.nl');
    await enter();
    let store = await settled(studio);
    expect(studio.section).to.equal('publisher');
    expect((store.doc.publisher as { name: string }).name).to.equal('Koffie-inloop De Kruimel');
    await expect(studio).to.be.accessible();

    // --- Organisatie en buurt: put the buurt's centre where Boschveld is.
    await fill('areas[0].center.lat', '51.6978');
    await fill('areas[0].center.lng', '5.2973');
    store = await settled(studio);
    expect((store.doc.areas as Array<{ center: unknown }>)[0]!.center).to.deep.equal({ lat: 51.6978, lng: 5.2973 });
    await expect(studio).to.be.accessible();

    // --- Plekken: the initiative the wizard made gets its place and hours; then three new places.
    await openSection(studio, 'Plekken');
    await expect(studio).to.be.accessible();
    await tabTo((active) => active.classList.contains('studio-places-row'), 'the row of the initiative');
    await space();
    await settled(studio);
    await fillPlace(studio, 0, {
      description: 'Koffie, thee en een praatje. Kinderen spelen in de hoek.',
      street: 'Copernicuslaan 10',
      postcode: '5223 EB',
      lat: '51.6995',
      lng: '5.2981',
      hours: [['woensdag', '9.30', '12']],
    });
    await expect(studio).to.be.accessible();

    const added = [
      {
        name: 'CJG Boschveld',
        kind: 2,
        description: 'Vragen over opvoeden en opgroeien. Je kunt zonder afspraak binnenlopen.',
        street: 'Celsiusstraat 2',
        postcode: '5223 DA',
        lat: '51.6981',
        lng: '5.2962',
        hours: [
          ['maandag', '9', '17'],
          ['donderdag', '13.00', '17.00'],
        ] as Array<[string, string, string]>,
      },
      {
        name: 'Moedergroep Samen Sterk',
        kind: 0,
        description: 'Moeders praten met elkaar over hun kinderen.',
        street: 'Edisonstraat 4',
        postcode: '5223 BC',
        lat: '51.7003',
        lng: '5.2950',
        hours: [['dinsdag', '10', '12']] as Array<[string, string, string]>,
      },
      {
        name: 'Home-Start Den Bosch',
        kind: 1,
        description: 'Een vrijwilliger komt een keer per week bij je thuis.',
        street: 'Boschveldweg 40',
        postcode: '5223 AB',
        lat: '51.6968',
        lng: '5.2990',
        hours: [['vrijdag', '9', '13']] as Array<[string, string, string]>,
      },
    ];
    for (const [n, place] of added.entries()) {
      await tabToButton(n === 0 ? 'Terug naar alle plekken' : 'Terug naar alle plekken');
      await space();
      await settled(studio);
      await tabToButton('Plek toevoegen');
      await space();
      await settled(studio);
      const index = n + 1;
      expect(deepActive()!.id).to.equal(fieldId(`places[${index}].name`));
      await type(place.name);
      await fillPlace(studio, index, place);
    }
    store = await settled(studio);
    expect((store.doc.places as unknown[]).length).to.equal(4);
    await expect(studio).to.be.accessible();

    // --- Vrijwilligerswerk: one task at the koffie-inloop, and where sign-ups go.
    await openSection(studio, 'Vrijwilligerswerk');
    await expect(studio).to.be.accessible();
    await tabToButton('Taak toevoegen');
    await space();
    await settled(studio);
    expect(deepActive()!.id).to.equal(fieldId('opportunities[0].title'));
    await type('Voorlezen aan peuters');
    // "Op welke plek?": the first place of the list, with the arrow key.
    await tabToField('opportunities[0].place');
    await press('ArrowDown');
    await fill('opportunities[0].description', 'Je leest een prentenboek voor aan een klein groepje peuters.');
    await fill('opportunities[0].when', 'Elke woensdagochtend');
    await fill('opportunities[0].contact.name', 'Anja');
    await fill('opportunities[0].contact.phone', '073 123 45 67');
    store = await settled(studio);
    expect(store.doc.opportunities).to.deep.include({
      id: 'taak',
      title: 'Voorlezen aan peuters',
      place: 'koffie-inloop-de-kruimel',
      description: 'Je leest een prentenboek voor aan een klein groepje peuters.',
      when: 'Elke woensdagochtend',
      contact: { name: 'Anja', phone: '073 123 45 67' },
    });
    await expect(studio).to.be.accessible();
    await tabToButton('Terug naar alle taken');
    await space();
    await settled(studio);
    await fill('signup.email', 'kruimel@example.nl');
    await fill('signup.privacyText', 'We gebruiken je gegevens alleen om je te bellen over de taak.');
    store = await settled(studio);
    await expect(studio).to.be.accessible();

    // --- Woordenlijst: two words.
    await openSection(studio, 'Woordenlijst');
    const words = [
      ['CJG', 'Het Centrum voor Jeugd en Gezin helpt bij vragen over opvoeden.'],
      ['inloop', 'Een plek waar je zonder afspraak binnen kunt lopen.'],
    ];
    for (const [n, [term, explanation]] of words.entries()) {
      if (n > 0) {
        // One word at a time: back to the list first.
        await tabToButton('Terug naar de woordenlijst');
        await space();
        await settled(studio);
      }
      await tabToButton('Woord toevoegen');
      await space();
      await settled(studio);
      expect(deepActive()!.id).to.equal(fieldId(`glossary[${n}].term`));
      await type(term!);
      await fill(`glossary[${n}].explanation`, explanation!);
    }
    store = await settled(studio);
    expect((store.doc.glossary as Array<{ term: string }>).map((word) => word.term)).to.deep.equal(['CJG', 'inloop']);
    await expect(studio).to.be.accessible();

    // --- Wegwijzers: three questions, then one advice with a contact.
    await openSection(studio, 'Wegwijzers');
    await tabToId('studio-guides-new-title');
    await type('Zorgen over een kind');
    await enter();
    await settled(studio);
    expect(deepActive()!.id).to.equal(fieldId('guides[0].steps[0].text'));
    await type('Hoe oud is het kind?');
    await fill('guides[0].steps[0].choices[0].label', 'Jonger dan 12');
    await tabToId(`${fieldId('guides[0].steps[0].choices[0]')}-new-question`);
    await space();
    await settled(studio);
    expect(deepActive()!.id).to.equal(fieldId('guides[0].steps[2].text'));
    await type('Maak je je zorgen over thuis?');
    await fill('guides[0].steps[2].choices[0].label', 'Ja');
    await tabToId(`${fieldId('guides[0].steps[2].choices[0]')}-new-question`);
    await space();
    await settled(studio);
    expect(deepActive()!.id).to.equal(fieldId('guides[0].steps[3].text'));
    await type('Wil je eerst met iemand praten?');
    await fill('guides[0].steps[3].choices[0].label', 'Ja, graag');
    // "Gaat naar": the advice, chosen with the arrow keys.
    await tabToField('guides[0].steps[3].choices[0].next');
    const next = deepActive() as HTMLSelectElement;
    for (let i = 0; i < 6 && next.value !== 'advies-1'; i++) await press('ArrowDown');
    expect(next.value).to.equal('advies-1');
    // The advice (step 2 of the list): its title, an action and a person to call.
    await fill('guides[0].steps[1].title', 'Praat erover met het CJG');
    await tabToId(`${fieldId('guides[0].steps[1].actions')}-add`);
    await space();
    await settled(studio);
    expect(deepActive()!.id).to.equal(fieldId('guides[0].steps[1].actions[0]'));
    await type('Bel het CJG of loop binnen');
    await tabToId(`${fieldId('guides[0].steps[1].contacts')}-inline`);
    await space();
    await settled(studio);
    expect(deepActive()!.id).to.equal(fieldId('guides[0].steps[1].contacts[0].name'));
    await type('CJG Boschveld');
    await press('Tab');
    await type('073 123 45 00');
    store = await settled(studio);
    const steps = (store.doc.guides as Array<{ steps: Array<{ type: string }> }>)[0]!.steps;
    expect(steps.filter((step) => step.type === 'question')).to.have.length(3);
    expect(studio.querySelectorAll('.studio-guides-path')).to.have.length(1);
    await expect(studio).to.be.accessible();

    // --- Opslaan: no problems, and the download.
    await openSection(studio, 'Opslaan');
    store = await settled(studio);
    expect(store.problems.map((problem) => `${problem.path}: ${problem.message}`)).to.deep.equal([]);
    expect(studio.querySelector('.studio-save-status')!.textContent).to.contain('Geen problemen');
    await expect(studio).to.be.accessible();
    await tabToButton('Download buurt.json');
    await space();
    const download = await downloads.next();
    expect(download.name).to.equal('buurt.json');
    expect(download.type).to.match(/^application\/json/);
    await settled(studio);
    await expect(studio).to.be.accessible();

    // The file itself: no problem of any kind, and it is what the editor made.
    const exported = JSON.parse(download.text) as Record<string, unknown>;
    expect(validateFeed(exported).problems.map((problem) => `${problem.path}: ${problem.message}`)).to.deep.equal([]);
    expect(checkPlainLanguage(exported).map((problem) => `${problem.path}: ${problem.message}`)).to.deep.equal([]);
    expect(exported).to.deep.equal(JSON.parse(JSON.stringify(store.doc)));

    // --- It shows in all three elements, fed the downloaded text (on a page of their own: the studio has its own <main>).
    studio.remove();
    const page = await fixture<HTMLElement>(html`<main>
      <buurt-map .feed=${exported}></buurt-map>
      <buurt-guide .feed=${exported}></buurt-guide>
      <buurt-signup .feed=${exported}></buurt-signup>
    </main>`);
    const map = page.querySelector('buurt-map')!;
    const guide = page.querySelector('buurt-guide')!;
    const signup = page.querySelector('buurt-signup')!;
    await waitUntil(() => map.shadowRoot?.querySelectorAll('.item').length === 4, 'the map lists the four places', { timeout: 20_000 });
    const listed = [...map.shadowRoot!.querySelectorAll('.item__open')].map((button) => button.textContent!.replace(/\s+/g, ' ').trim());
    for (const name of ['Koffie-inloop De Kruimel', ...added.map((place) => place.name)]) {
      expect(listed.some((text) => text.includes(name)), `${name} in ${listed.join(' | ')}`).to.equal(true);
    }

    // The guide: each question's one choice, until the advice.
    await waitUntil(() => guide.shadowRoot?.querySelector('button.choice'), 'the guide asks its first question', { timeout: 20_000 });
    const asked: string[] = [];
    for (let i = 0; i < 3; i++) {
      const choice = guide.shadowRoot!.querySelector<HTMLButtonElement>('button.choice')!;
      asked.push(guide.shadowRoot!.querySelector('[data-step-heading]')!.textContent!.replace(/\s+/g, ' ').trim());
      choice.focus();
      await press('Enter');
      await (guide as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    }
    expect(asked.join(' / ')).to.match(/Hoe oud is het kind\?.*Maak je je zorgen over thuis\?.*Wil je eerst met iemand praten\?/);
    await waitUntil(() => guide.shadowRoot?.querySelector('.step--advice'), 'the advice', { timeout: 20_000 });
    expect(guide.shadowRoot!.querySelector('.step--advice')!.textContent).to.contain('Praat erover met het CJG');

    await waitUntil(() => signup.shadowRoot?.querySelector('.task__title'), 'the sign-up form lists the task', { timeout: 20_000 });
    expect(signup.shadowRoot!.querySelector('.task__title')!.textContent).to.contain('Voorlezen aan peuters');
    await expect(page).to.be.accessible();
  });
});
