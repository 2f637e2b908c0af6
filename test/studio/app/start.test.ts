import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../../src/studio/app/buurt-studio.js';
import type { BuurtStudio } from '../../../src/studio/app/buurt-studio.js';
import { validateFeed } from '../../../src/feed/validate.js';
import { studioFixture, testStore } from '../harness.js';
import { itExcept } from '../../harness/engine.js';
import { NARROW_IN_WEBKIT, setViewport } from '../../harness/viewport.js';

async function shell(): Promise<BuurtStudio> {
  const element = await studioFixture<BuurtStudio>(html`<buurt-studio .store=${testStore()} sample-url="/demo/feeds/den-bosch.json"></buurt-studio>`);
  await element.updateComplete;
  return element;
}

/** Opens `text` as the file plekken.csv through the start section's file field, as an editor choosing it does. */
async function openSheet(element: BuurtStudio, text: string): Promise<void> {
  const input = element.querySelector<HTMLInputElement>('#studio-start-file')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], 'plekken.csv', { type: 'text/csv' }));
  input.files = transfer.files;
  const section = oneEvent(element, 'studio-section');
  input.dispatchEvent(new Event('change'));
  await section;
}

/** Tabs until `selector` has focus, as a keyboard user would; fails after 40 presses. */
async function tabTo(selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (document.activeElement?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`${selector} not reached with Tab`);
}

const active = () => document.activeElement as HTMLElement;

describe('studio-start', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('makes a new feed from the wizard with the keyboard only, one question at a time, with 0 errors', async () => {
    const element = await shell();
    await expect(element).to.be.accessible();
    await tabTo('#studio-start-new');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(active().id).to.equal('studio-wizard-input');
    expect(element.querySelector('label[for=studio-wizard-input]')!.textContent).to.contain('naam van je initiatief');
    // Enter on an empty answer: the problem is named beside the field, focus stays there.
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(active().getAttribute('aria-invalid')).to.equal('true');
    expect(element.querySelector('#studio-wizard-problem')!.textContent).to.contain('Vul de naam');
    await expect(element).to.be.accessible();
    await sendKeys({ type: 'Koffie-inloop De Kruimel' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.querySelector('.studio-wizard-step')!.textContent).to.equal('Vraag 2 van 3');
    expect(active().id).to.equal('studio-wizard-input');
    await sendKeys({ type: 'Boschveld' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await sendKeys({ type: 'bel ons' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.querySelector('#studio-wizard-problem')!.textContent).to.contain('telefoonnummer');
    for (let i = 0; i < 'bel ons'.length; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'info@kruimel.nl' });
    const section = oneEvent(element, 'studio-section');
    await sendKeys({ press: 'Enter' });
    expect((await section).detail.section).to.equal('publisher');
    const { problems } = validateFeed(element.store!.doc);
    expect(problems).to.deep.equal([]);
    expect((element.store!.doc.publisher as { email: string }).email).to.equal('info@kruimel.nl');
    expect(element.store!.canUndo).to.equal(false);
  });

  it('goes back a question with "Terug", keeping the answer', async () => {
    const element = await shell();
    element.querySelector<HTMLButtonElement>('#studio-start-new')!.click();
    await element.updateComplete;
    const input = element.querySelector<HTMLInputElement>('#studio-wizard-input')!;
    input.value = 'Wijkkrant';
    input.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('.studio-wizard button[type=submit]')!.click();
    await element.updateComplete;
    [...element.querySelectorAll<HTMLButtonElement>('.studio-wizard button')].find((b) => b.textContent!.trim() === 'Terug')!.click();
    await element.updateComplete;
    expect(element.querySelector<HTMLInputElement>('#studio-wizard-input')!.value).to.equal('Wijkkrant');
  });

  it('opens the sample feed only when asked', async () => {
    const element = await shell();
    const button = [...element.querySelectorAll<HTMLButtonElement>('studio-start button')].find((b) => b.textContent!.includes('voorbeeldkaart'))!;
    const section = oneEvent(element, 'studio-section');
    button.click();
    await section;
    expect(element.section).to.equal('publisher');
    expect((element.store!.doc.places as unknown[]).length).to.be.greaterThan(3);
    expect(element.store!.changed).to.equal(false);
  });

  it('says in plain Dutch, focused, why a web address could not be opened', async () => {
    const element = await shell();
    const input = element.querySelector<HTMLInputElement>('#studio-start-url')!;
    input.value = new URL('/test-api/sources/garbage.json', location.href).href;
    input.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('.studio-start-url button')!.click();
    const start = element.querySelector('studio-start')!;
    for (let i = 0; i < 100 && !start.querySelector('.studio-start-failure'); i++) await new Promise(requestAnimationFrame);
    await (start as unknown as { updateComplete: Promise<void> }).updateComplete;
    const failure = start.querySelector<HTMLElement>('.studio-start-failure')!;
    expect(failure.textContent).to.contain('geen leesbare JSON');
    expect(document.activeElement).to.equal(failure);
    expect(element.section).to.equal('start');
    await expect(element).to.be.accessible();
  });

  it('opens chosen CSV files', async () => {
    const element = await shell();
    await openSheet(element, 'naam;soort\nKoffie-inloop;Bewonersinitiatief\n');
    expect(validateFeed(element.store!.doc).feed.places[0]!.name).to.equal('Koffie-inloop');
    // Read without a problem, it still says what to do next: name the organisation, put the place on the map.
    const title = element.querySelector<HTMLElement>('#studio-found-title')!;
    expect(title.textContent!.trim()).to.equal('Kijk dit na in plekken.csv');
    const notice = element.querySelector<HTMLElement>('.studio-found')!;
    expect(notice.querySelector('ul')).to.equal(null);
    expect(notice.textContent!.replace(/\s+/g, ' ')).to.contain('De plek staat nog niet op de kaart');
    await waitUntil(() => document.activeElement === title, 'focus on the notice');
    await expect(element).to.be.accessible();
  });

  it('after opening a spreadsheet, says what did not come through, row by row, and that the organisation is named after the file', async () => {
    const element = await shell();
    const sheet = 'Plekken in Boschveld;;\r\nNaam;Openingstijden;Website\r\nDe Kruimel;ma t/m vr 9-12 uur;https://dekruimel.example\r\nMoedergroep;elke 2e dinsdag;\r\n';
    await openSheet(element, sheet);
    await element.updateComplete;
    expect(validateFeed(element.store!.doc).feed.places.map((place) => place.name)).to.deep.equal(['De Kruimel', 'Moedergroep']);
    const notice = element.querySelector<HTMLElement>('.studio-found')!;
    const title = element.querySelector<HTMLElement>('#studio-found-title')!;
    expect(title.textContent!.trim()).to.equal('Kijk 1 ding na in plekken.csv');
    // Focus moves to the notice once the section is shown.
    await waitUntil(() => document.activeElement === title, 'focus on the notice');
    expect(notice.querySelector('li')!.textContent).to.match(/^Rij 4, kolom openingstijden: 'elke 2e dinsdag' is niet elke week\. Dat kan de kaart niet als vaste tijden tonen\. Schrijf de datums met "open op", bijvoorbeeld: open op /);
    expect(notice.textContent).to.contain('Bij Naam van de organisatie staat nu de naam van je bestand.');
    expect(notice.textContent!.replace(/\s+/g, ' ')).to.contain('Alle 2 plekken staan nog niet op de kaart, alleen in de lijst: de tabel had geen lat en lng.');
    await expect(element).to.be.accessible();
    // It stays while the editor moves through the studio, until closed.
    await element.show({ section: 'places' });
    expect(element.querySelector('.studio-found')).to.not.equal(null);
    const close = [...notice.querySelectorAll('button')].find((button) => button.textContent === 'Ik heb het gelezen, verberg dit')!;
    close.click();
    await element.updateComplete;
    expect(element.querySelector('.studio-found')).to.equal(null);
    await waitUntil(() => document.activeElement?.tagName === 'H2' && document.activeElement.closest('studio-places') !== null, 'focus on the heading of the section');
    await expect(element).to.be.accessible();
  });

  it('shows a note in brackets from the spreadsheet where it shows the hours: beside the times and beside its date', async () => {
    const element = await shell();
    const sheet = 'naam;openingstijden\nKoffie-inloop;"9-12 ma-vr (niet in de schoolvakanties); gesloten op 25-12-2026 (kerst)"\n';
    await openSheet(element, sheet);
    await element.show({ section: 'places', path: 'places[0].hours.note' });
    await waitUntil(() => element.querySelector('#f-places-0-hours-note') !== null, 'the note of the hours is shown');
    expect(element.querySelector<HTMLInputElement>('#f-places-0-hours-note')!.value).to.equal('Niet in de schoolvakanties');
    expect(element.querySelector<HTMLInputElement>('#f-places-0-hours-exceptions-0-note')!.value).to.equal('Kerst');
    // The times came through too: five mornings, none of them a problem.
    expect(validateFeed(element.store!.doc).feed.places[0]!.hours!.weekly).to.have.length(5);
    expect(element.querySelector('.studio-found li')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  itExcept(['webkit'], NARROW_IN_WEBKIT, 'fits 320 px without sideways scrolling, on the start page and in the wizard', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await shell();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    element.querySelector<HTMLButtonElement>('#studio-start-new')!.click();
    await element.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(element).to.be.accessible();
  });
});
