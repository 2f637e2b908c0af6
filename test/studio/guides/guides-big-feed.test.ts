import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { fieldId } from '../../../src/studio/base/field-id.js';
import { getAt, type JsonObject } from '../../../src/studio/model/json-path.js';
import '../../../src/studio/sections/studio-guides/studio-guides.js';
import type { StudioGuides } from '../../../src/studio/sections/studio-guides/studio-guides.js';
import { bigFeed } from '../big-feed.mjs';
import { studioFixture, testStore } from '../harness.js';

/** A guide of 4 questions and 4 advice, each advice with two places of the feed as contacts. */
function guide(): JsonObject {
  const steps: JsonObject[] = [];
  for (let i = 1; i <= 4; i++) {
    steps.push({ type: 'question', id: `q${i}`, text: `Vraag ${i}`, choices: [{ label: 'Ja', next: `a${i}` }, { label: 'Nee', next: i < 4 ? `q${i + 1}` : 'a4' }] });
  }
  for (let i = 1; i <= 4; i++) {
    steps.push({ type: 'advice', id: `a${i}`, title: `Advies ${i}`, actions: ['Bel'], contacts: [{ type: 'place', place: `plek-${i}` }, { type: 'place', place: `plek-${i * 100}` }] });
  }
  return { id: 'zorgen', title: 'Zorgen', start: 'q1', steps };
}

describe('<studio-guides> with 10,000 places', () => {
  it('typing in a question reaches the draft while eight contacts can pick any of 10,000 places (keystroke time printed)', async function () {
    // Checking 10,000 places on the main thread and axe over the result take seconds on a busy machine.
    this.timeout(120_000);
    const doc = { ...bigFeed(10_000), guides: [guide()] };
    const store = testStore(doc, 250);
    const started = performance.now();
    const element = await studioFixture<StudioGuides>(html`<studio-guides .store=${store}></studio-guides>`);
    await store.settled();
    await element.updateComplete;
    const firstPaint = performance.now() - started;
    const input = element.querySelector<HTMLInputElement>(`#${fieldId('guides[0].steps[0].text')}`)!;
    const keys: number[] = [];
    for (const letter of ' met veel plekken') {
      const t0 = performance.now();
      input.value += letter;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: letter, inputType: 'insertText' }));
      await element.updateComplete;
      keys.push(performance.now() - t0);
    }
    keys.sort((a, b) => a - b);
    const median = keys[Math.floor(keys.length / 2)]!;
    console.log(`guides, 10,000 places: drawn in ${Math.round(firstPaint)} ms; keystroke median ${median.toFixed(1)} ms, slowest ${keys[keys.length - 1]!.toFixed(1)} ms`);
    // Printed, not bounded: speed is measured, and a loaded CI machine would fail a time bound
    // for a reason not in this test's name. (A select of every place per contact took 709 ms here.)
    expect(getAt(store.doc, 'guides[0].steps[0].text')).to.match(/ met veel plekken$/);

    // The contacts search the places instead of listing all 10,000 in a select.
    expect(element.querySelectorAll('option').length).to.be.below(100);
    const search = element.querySelector<HTMLInputElement>(`#${fieldId('guides[0].steps[4].contacts[0].place')}`)!;
    expect(search.type).to.equal('search');
    expect(search.closest('.studio-field')!.textContent).to.contain('Gekozen: Huiswerkklas De Hambaken 1 (plek-1)');
    search.focus();
    await sendKeys({ type: 'huiswerkklas rosmalen 7777' });
    await element.updateComplete;
    const status = element.querySelector(`#${fieldId('guides[0].steps[4].contacts[0].place')}-found`)!;
    expect(status.textContent!.trim()).to.match(/plek(ken)? gevonden|van \d+ plekken/);
    const match = [...element.querySelectorAll<HTMLButtonElement>('.studio-guides-place-matches button')].find((b) => b.textContent!.includes('Huiswerkklas Rosmalen-Noord 7777'));
    expect(match, status.textContent!).to.exist;
    await expect(element).to.be.accessible();
    match!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(store.doc['guides'] && (store.doc['guides'] as Array<{ steps: Array<{ contacts?: Array<{ place: string }> }> }>)[0]!.steps[4]!.contacts![0]!.place).to.equal('plek-7777');
    expect(document.activeElement).to.equal(search);
    expect(search.value).to.equal('');
    expect(search.closest('.studio-field')!.textContent).to.contain('Gekozen: Huiswerkklas Rosmalen-Noord 7777 (plek-7777)');
  });
});
