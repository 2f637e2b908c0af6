import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { validateFeed } from '../../../src/feed/validate.js';
import { fieldId } from '../../../src/studio/base/field-id.js';
import { NO_CONTACT_CODE } from '../../../src/studio/model/guide-paths.js';
import { getAt, type JsonObject } from '../../../src/studio/model/json-path.js';
import type { StudioStore } from '../../../src/studio/model/store.js';
import '../../../src/studio/sections/studio-guides/studio-guides.js';
import type { StudioGuides } from '../../../src/studio/sections/studio-guides/studio-guides.js';
import { engine } from '../../harness/engine.js';
import { studioFixture, testStore } from '../harness.js';
import { setViewport } from '../../harness/viewport.js';

const PLACES = [
  { id: 'cjg', name: 'CJG Boschveld', kind: 'professional-service', location: { lat: 51.7, lng: 5.29 } },
];

/** A guide: q1 → q2 or advice a1; q2 → a1. */
function twoQuestions(): JsonObject {
  return {
    version: '1.0',
    publisher: { name: 'Wijkkrant' },
    places: PLACES,
    guides: [
      {
        id: 'zorgen',
        title: 'Zorgen over een kind',
        start: 'q1',
        steps: [
          { type: 'question', id: 'q1', text: 'Is er direct gevaar?', choices: [{ label: 'Nee', next: 'q2' }, { label: 'Ik weet het niet', next: 'a1' }] },
          { type: 'question', id: 'q2', text: 'Woont het kind bij jou?', choices: [{ label: 'Ja', next: 'a1' }] },
          { type: 'advice', id: 'a1', title: 'Praat erover', actions: ['Bel het CJG'], contacts: [{ type: 'place', place: 'cjg' }] },
        ],
      },
    ],
  };
}

async function mount(store: StudioStore): Promise<StudioGuides> {
  const element = await studioFixture<StudioGuides>(html`<studio-guides .store=${store}></studio-guides>`);
  await store.settled();
  await element.updateComplete;
  return element;
}

function byId<T extends HTMLElement = HTMLElement>(root: ParentNode, id: string): T {
  const found = root.querySelector<T>(`#${CSS.escape(id)}`);
  if (!found) throw new Error(`no #${id}`);
  return found;
}

function field<T extends HTMLElement = HTMLInputElement>(root: ParentNode, path: string): T {
  return byId<T>(root, fieldId(path));
}

function problemTexts(element: HTMLElement): string[] {
  return [...element.querySelectorAll('.studio-guides-problem')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
}

function pathTexts(element: HTMLElement): string[] {
  return [...element.querySelectorAll('.studio-guides-path')].map((li) =>
    [...li.querySelectorAll('.studio-guides-leg')].map((leg) => leg.textContent!.trim()).join(' → '),
  );
}

/** Presses Tab until `matches(document.activeElement)`; fails after `max` presses. */
async function tabTo(matches: (active: Element) => boolean, what: string, max = 40): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = document.activeElement;
    if (active && matches(active)) return active as HTMLElement;
  }
  throw new Error(`Tab never reached ${what}`);
}

const isField = (path: string) => (active: Element) => active.id === fieldId(path);
const isButton = (id: string) => (active: Element) => active.id === id;

async function settle(store: StudioStore, element: StudioGuides): Promise<void> {
  await store.settled();
  await element.updateComplete;
}

/** The page's width where the engine can set it (not 320 px in WebKit: NARROW_IN_WEBKIT; there the 320 px box alone counts). */
async function resize(width: number, height: number): Promise<void> {
  if (engine !== 'webkit') await setViewport({ width, height });
}

describe('<studio-guides>', () => {
  afterEach(async () => {
    await resize(800, 600);
  });

  it('builds a three-question guide from nothing with the keyboard only', async function () {
    // Some 150 typed characters, sent one by one through WebDriver in Firefox and WebKit.
    this.timeout(120_000);
    const store = testStore({ version: '1.0', publisher: { name: 'Wijkkrant' }, places: PLACES });
    const element = await mount(store);
    await expect(element).to.be.accessible();

    // The first control of the section is the new guide's title.
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(isButton('studio-guides-new-title'), 'the title of a new guide');
    await sendKeys({ type: 'Zorgen over een kind' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    // A new guide: one question leading to one advice; focus on the question.
    expect(document.activeElement!.id).to.equal(fieldId('guides[0].steps[0].text'));
    expect((getAt(store.doc, 'guides[0].steps') as unknown[]).length).to.equal(2);

    await sendKeys({ type: 'Hoe oud is het kind?' });
    await tabTo(isField('guides[0].steps[0].choices[0].label'), 'choice 1 of question 1');
    await sendKeys({ type: 'Jonger dan 12' });
    await tabTo(isButton(`${fieldId('guides[0].steps[0].choices[0]')}-new-question`), 'new question from choice 1');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(document.activeElement!.id).to.equal(fieldId('guides[0].steps[2].text'));

    await sendKeys({ type: 'Maak je je zorgen over thuis?' });
    await tabTo(isField('guides[0].steps[2].choices[0].label'), 'choice 1 of question 2');
    await sendKeys({ type: 'Ja' });
    await tabTo(isButton(`${fieldId('guides[0].steps[2].choices[0]')}-new-question`), 'new question from question 2');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(document.activeElement!.id).to.equal(fieldId('guides[0].steps[3].text'));

    await sendKeys({ type: 'Wil je eerst met iemand praten?' });
    await tabTo(isField('guides[0].steps[3].choices[0].label'), 'choice 1 of question 3');
    await sendKeys({ type: 'Ja, graag' });
    // "Gaat naar": the advice of the new guide (step 2), chosen with the arrow keys.
    await tabTo(isField('guides[0].steps[3].choices[0].next'), 'where choice 1 of question 3 goes');
    for (let i = 0; i < 4 && getAt(store.doc, 'guides[0].steps[3].choices[0].next') !== 'advies-1'; i++) {
      await sendKeys({ press: 'ArrowDown' });
    }
    expect(getAt(store.doc, 'guides[0].steps[3].choices[0].next')).to.equal('advies-1');

    // The advice: its title, one action and a contact written out.
    (document.activeElement as HTMLElement).blur();
    byId(element, 'studio-guides-title').focus();
    await tabTo(isField('guides[0].steps[1].title'), 'the title of the advice');
    await sendKeys({ type: 'Praat erover met het CJG' });
    await tabTo(isButton(`${fieldId('guides[0].steps[1].actions')}-add`), 'add an action');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(document.activeElement!.id).to.equal(fieldId('guides[0].steps[1].actions[0]'));
    await sendKeys({ type: 'Bel of loop binnen' });
    await tabTo(isButton(`${fieldId('guides[0].steps[1].contacts')}-inline`), 'add a person');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(document.activeElement!.id).to.equal(fieldId('guides[0].steps[1].contacts[0].name'));
    await sendKeys({ type: 'Buurtmoeder Fatima' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '06 12345678' });
    await settle(store, element);

    const steps = getAt(store.doc, 'guides[0].steps') as Array<{ type: string; id: string; choices?: Array<{ next: string }> }>;
    expect(steps.map((step) => step.type)).to.deep.equal(['question', 'advice', 'question', 'question']);
    expect(steps.filter((step) => step.type === 'question')).to.have.length(3);
    // The one path runs through all three questions to the advice, with no problems.
    expect(pathTexts(element)).to.deep.equal([
      'Vraag: Hoe oud is het kind? → Keuze: Jonger dan 12 → Vraag: Maak je je zorgen over thuis? → Keuze: Ja → Vraag: Wil je eerst met iemand praten? → Keuze: Ja, graag → Advies: Praat erover met het CJG',
    ]);
    expect(problemTexts(element)).to.deep.equal([]);
    expect(validateFeed(store.doc).problems.filter((p) => p.path.startsWith('guides'))).to.deep.equal([]);
    await expect(element).to.be.accessible();

    // Every one of those edits is in the undo history.
    store.undo();
    expect(getAt(store.doc, 'guides[0].steps[1].contacts[0].phone')).to.equal(undefined);
  });

  it('shows a loop made in the editor in the overview, with a link to the choice that closes it', async () => {
    const store = testStore(twoQuestions());
    const element = await mount(store);
    expect(problemTexts(element)).to.deep.equal([]);
    expect(pathTexts(element)).to.have.length(2);

    // Question 2's choice now goes back to question 1.
    const select = field<HTMLSelectElement>(element, 'guides[0].steps[1].choices[0].next');
    select.value = 'q1';
    select.dispatchEvent(new Event('change'));
    await settle(store, element);

    const problems = problemTexts(element);
    expect(problems.some((text) => text.startsWith('Rondje: stap 1, dan stap 2, en dan terug naar stap 1.'))).to.equal(true, problems.join('\n'));
    // The validator's own warning sits at the select as well.
    expect(select.closest('.studio-field')!.textContent).to.contain('rondje');
    expect(pathTexts(element)).to.deep.equal(['Vraag: Is er direct gevaar? → Keuze: Ik weet het niet → Advies: Praat erover']);
    await expect(element).to.be.accessible();

    const link = element.querySelector<HTMLAnchorElement>('.studio-guides-problem--loop a')!;
    link.click();
    await element.updateComplete;
    expect(document.activeElement).to.equal(field(element, 'guides[0].steps[1].choices[0].next'));

    store.undo();
    await settle(store, element);
    expect(problemTexts(element)).to.deep.equal([]);
  });

  it('shows a self-loop made in the editor', async () => {
    const store = testStore(twoQuestions());
    const element = await mount(store);
    const select = field<HTMLSelectElement>(element, 'guides[0].steps[1].choices[0].next');
    select.value = 'q2';
    select.dispatchEvent(new Event('change'));
    await settle(store, element);
    expect(problemTexts(element).some((text) => text.startsWith('Rondje: bij stap 2, vraag “Woont het kind bij jou?” gaat keuze “Ja” terug naar dezelfde vraag.'))).to.equal(true);
  });

  it('shows the dead end when a step that others point to is removed, and undo brings it back', async () => {
    const store = testStore(twoQuestions());
    const element = await mount(store);
    const remove = byId(element, `${fieldId('guides[0].steps[1]')}-remove`);
    remove.focus();
    remove.click();
    await settle(store, element);

    expect((getAt(store.doc, 'guides[0].steps') as unknown[]).length).to.equal(2);
    // Focus stays in the list: on the step that took the removed one's place.
    expect(document.activeElement!.id).to.equal(`${fieldId('guides[0].steps[1]')}-remove`);
    const problems = problemTexts(element);
    expect(problems).to.deep.equal([
      'Doodlopend: bij stap 1, vraag “Is er direct gevaar?” gaat keuze “Nee” naar een stap die niet (meer) bestaat. Kies een andere stap.',
    ]);
    // The choice still names the removed step, so the editor sees what it pointed to.
    const select = field<HTMLSelectElement>(element, 'guides[0].steps[0].choices[0].next');
    expect(select.value).to.equal('q2');
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();

    element.querySelector<HTMLAnchorElement>('.studio-guides-problem--dead-end a')!.click();
    await element.updateComplete;
    expect(document.activeElement).to.equal(select);

    store.undo();
    await settle(store, element);
    expect(problemTexts(element)).to.deep.equal([]);
  });

  it('shows the check\'s problems about a whole step inside that step', async () => {
    const doc = twoQuestions();
    const guide = (doc['guides'] as JsonObject[])[0]!;
    guide['steps'] = [...(guide['steps'] as JsonObject[]), { type: 'advice', id: 'a2', title: 'Niemand komt hier', contacts: [{ type: 'place', place: 'cjg' }] }];
    const store = testStore(doc);
    const element = await mount(store);
    const step = field<HTMLElement>(element, 'guides[0].steps[3]');
    expect(step.querySelector('.studio-field-problems')!.textContent).to.contain('Geen enkele keuze leidt naar deze stap');
    expect(problemTexts(element)).to.deep.equal([
      'Geen enkele keuze gaat naar stap 4, advies “Niemand komt hier”. Bezoekers komen daar nooit. Laat een keuze ernaar gaan, of haal de stap weg.',
    ]);
    element.querySelector<HTMLAnchorElement>('.studio-guides-problem--unreachable a')!.click();
    await element.updateComplete;
    expect(document.activeElement).to.equal(field(element, 'guides[0].steps[3].title'));
    await expect(element).to.be.accessible();
  });

  it('keeps 112 and Veilig Thuis in every guide: they can be worded, never removed or emptied', async () => {
    const store = testStore(twoQuestions());
    const element = await mount(store);
    const block = () => element.querySelector<HTMLElement>('.studio-guides-emergency')!;
    expect(block().textContent).to.contain('Direct gevaar? Bel 112');
    expect(block().textContent).to.contain('Veilig Thuis: 0800-2000');
    const buttons = () => [...block().querySelectorAll('button')].map((button) => button.textContent!.replace(/\s+/g, ' ').trim());
    expect(buttons()).to.deep.equal(['Tekst van de hulpnummers aanpassen']);
    await expect(element).to.be.accessible();

    byId(element, fieldId('guides[0].emergency')).click();
    await element.updateComplete;
    const label = field(element, 'guides[0].emergency.danger.label');
    expect(document.activeElement).to.equal(label);
    expect(getAt(store.doc, 'guides[0].emergency.danger.phone')).to.equal('112');
    expect(getAt(store.doc, 'guides[0].emergency.helpline.phone')).to.equal('0800-2000');
    // No way to remove a line: only the wording and "back to the standard text".
    expect(buttons()).to.deep.equal(['Standaardtekst terugzetten']);
    expect(element.querySelector(`[id^="${fieldId('guides[0].emergency.danger.phone')}"]`)).to.equal(null);

    // Emptying the text keeps the last text in the feed and says why.
    label.select();
    await sendKeys({ press: 'Backspace' });
    await element.updateComplete;
    expect(label.value).to.equal('');
    expect(getAt(store.doc, 'guides[0].emergency.danger.label')).to.equal('Direct gevaar? Bel 112');
    expect(label.getAttribute('aria-invalid')).to.equal('true');
    expect(block().textContent).to.contain('Deze regel mag niet leeg zijn');
    await expect(element).to.be.accessible();

    await sendKeys({ type: 'Gevaar? Bel 112' });
    expect(getAt(store.doc, 'guides[0].emergency.danger.label')).to.equal('Gevaar? Bel 112');
    label.select();
    await sendKeys({ press: 'Backspace' });
    label.blur();
    label.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(label.value).to.equal('Gevaar? Bel 112');
    expect(validateFeed(store.doc).feed.guides[0]!.emergency!.danger.label).to.equal('Gevaar? Bel 112');

    // Back to the standard lines: `emergency` leaves the feed, the lines stay in view.
    byId(element, `${fieldId('guides[0].emergency')}-reset`).click();
    await element.updateComplete;
    expect(getAt(store.doc, 'guides[0].emergency')).to.equal(undefined);
    expect(block().textContent).to.contain('Direct gevaar? Bel 112');
    expect(document.activeElement!.id).to.equal(fieldId('guides[0].emergency'));
  });

  it('keeps a translated emergency line non-empty in each language', async () => {
    const doc = twoQuestions();
    (doc['guides'] as JsonObject[])[0]!['emergency'] = {
      danger: { label: { nl: 'Gevaar? Bel 112', en: 'Danger? Call 112' }, phone: '112' },
      helpline: { label: 'Veilig Thuis: 0800-2000', phone: '0800-2000' },
    };
    const store = testStore(doc);
    const element = await mount(store);
    const english = field(element, 'guides[0].emergency.danger.label.en');
    expect(english.value).to.equal('Danger? Call 112');
    english.focus();
    english.select();
    await sendKeys({ press: 'Backspace' });
    await element.updateComplete;
    expect(getAt(store.doc, 'guides[0].emergency.danger.label')).to.deep.equal({ nl: 'Gevaar? Bel 112', en: 'Danger? Call 112' });
    await sendKeys({ type: 'In danger? Call 112' });
    expect(getAt(store.doc, 'guides[0].emergency.danger.label.en')).to.equal('In danger? Call 112');
    await expect(element).to.be.accessible();
  });

  it('reports an advice without a contact, and a contact added from the feed\'s places ends it', async () => {
    const doc = twoQuestions();
    const store = testStore(doc);
    store.set('guides[0].steps[2].contacts', []);
    const element = await mount(store);
    expect(problemTexts(element)).to.deep.equal([
      'Bij stap 3, advies “Praat erover” staat geen contact. Zet er een plek of een persoon bij, zodat de bezoeker weet bij wie hij terecht kan.',
    ]);
    // The store's check lists it too (a warning, for the save section), and the contacts show it.
    expect(store.problemsAt('guides[0].steps[2].contacts').map((p) => [p.severity, p.code])).to.deep.equal([['warning', NO_CONTACT_CODE]]);
    expect(element.querySelector(`#${fieldId('guides[0].steps[2].contacts')}-problems`)!.textContent).to.contain('staat geen contact');
    element.querySelector<HTMLAnchorElement>('.studio-guides-problem--no-contact a')!.click();
    await element.updateComplete;
    expect(document.activeElement!.id).to.equal(fieldId('guides[0].steps[2].contacts'));
    (document.activeElement as HTMLButtonElement).click();
    await settle(store, element);
    const select = field<HTMLSelectElement>(element, 'guides[0].steps[2].contacts[0].place');
    expect(document.activeElement).to.equal(select);
    select.value = 'cjg';
    select.dispatchEvent(new Event('change'));
    await settle(store, element);
    expect(problemTexts(element)).to.deep.equal([]);
    expect(store.problemsAt('guides[0].steps[2].contacts')).to.deep.equal([]);
  });

  it('adds, moves and removes choices with buttons, keeping focus on the moved choice', async () => {
    const store = testStore(twoQuestions());
    const element = await mount(store);
    byId(element, fieldId('guides[0].steps[0].choices')).click();
    await element.updateComplete;
    expect(document.activeElement!.id).to.equal(fieldId('guides[0].steps[0].choices[2].label'));
    await sendKeys({ type: 'Misschien' });
    byId(element, `${fieldId('guides[0].steps[0].choices[2]')}-up`).click();
    await element.updateComplete;
    expect((getAt(store.doc, 'guides[0].steps[0].choices') as Array<{ label: string }>).map((c) => c.label)).to.deep.equal(['Nee', 'Misschien', 'Ik weet het niet']);
    expect(document.activeElement!.id).to.equal(`${fieldId('guides[0].steps[0].choices[1]')}-up`);
    byId(element, `${fieldId('guides[0].steps[0].choices[1]')}-up`).click();
    await element.updateComplete;
    // At the top "Omhoog" is off, so focus moves to "Omlaag" of the same choice.
    expect(document.activeElement!.id).to.equal(`${fieldId('guides[0].steps[0].choices[0]')}-down`);
    byId(element, `${fieldId('guides[0].steps[0].choices[0]')}-remove`).click();
    await settle(store, element);
    expect((getAt(store.doc, 'guides[0].steps[0].choices') as Array<{ label: string }>).map((c) => c.label)).to.deep.equal(['Nee', 'Ik weet het niet']);
    // Moving a step keeps `start`, so the first question stays first.
    byId(element, `${fieldId('guides[0].steps[0]')}-down`).click();
    await settle(store, element);
    expect(getAt(store.doc, 'guides[0].start')).to.equal('q1');
    expect(element.querySelector('.studio-guides-badge')!.closest('.studio-guides-step')!.textContent).to.contain('Stap 2');
    await expect(element).to.be.accessible();
  });

  it('opens the guide of a path from the error summary (reveal) and lists every guide', async () => {
    const doc = twoQuestions();
    const second = { ...(doc['guides'] as JsonObject[])[0]!, id: 'tweede', title: 'Tweede wegwijzer' };
    doc['guides'] = [...(doc['guides'] as JsonObject[]), second];
    const store = testStore(doc);
    const element = await mount(store);
    expect([...element.querySelectorAll('.studio-guides-list-item')].map((b) => b.textContent!.trim())).to.deep.equal([
      'Zorgen over een kind',
      'Tweede wegwijzer',
    ]);
    await element.reveal('guides[1].steps[1].text');
    expect(element.querySelector('#studio-guides-editor-title')!.textContent).to.contain('Tweede wegwijzer');
    expect(element.querySelector(`#${fieldId('guides[1].steps[1].text')}`)).to.not.equal(null);
  });

  it('adds a guide, a choice and a contact where the draft holds something that is no list there', async () => {
    const store = testStore({ guides: { oops: true } });
    const element = await mount(store);
    const title = byId<HTMLInputElement>(element, 'studio-guides-new-title');
    title.value = 'Eerste hulp';
    title.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('.studio-guides-new button[type=submit]')!.click();
    await settle(store, element);
    expect(getAt(store.doc, 'guides[0].id')).to.equal('eerste-hulp');
    store.set('guides[0].steps[0].choices', 'ja of nee');
    store.set('guides[0].steps[1].contacts', 'het CJG');
    await settle(store, element);
    byId(element, fieldId('guides[0].steps[0].choices')).click();
    byId(element, fieldId('guides[0].steps[1].contacts')).click();
    await settle(store, element);
    expect(getAt(store.doc, 'guides[0].steps[0].choices')).to.deep.equal([{ label: '', next: '' }]);
    expect(getAt(store.doc, 'guides[0].steps[1].contacts')).to.deep.equal([{ type: 'place', place: '' }]);
    store.undo();
    store.undo();
    expect(getAt(store.doc, 'guides[0].steps[0].choices')).to.equal('ja of nee');
  });

  it('asks for a title before adding a guide', async () => {
    const store = testStore({});
    const element = await mount(store);
    element.querySelector<HTMLButtonElement>('.studio-guides-new button[type=submit]')!.click();
    await element.updateComplete;
    expect(store.doc['guides']).to.equal(undefined);
    expect(document.activeElement!.id).to.equal('studio-guides-new-title');
    expect(element.querySelector('#studio-guides-new-title-error')!.textContent).to.contain('Vul een titel in');
    await expect(element).to.be.accessible();
  });

  it('fits 320 px without sideways scrolling', async () => {
    await resize(320, 640);
    const store = testStore(twoQuestions());
    store.set('guides[0].steps[1].choices[0].next', 'q1');
    const box = await studioFixture<HTMLElement>(html`<div style="width: 320px"><studio-guides .store=${store}></studio-guides></div>`);
    const element = box.querySelector<StudioGuides>('studio-guides')!;
    await settle(store, element);
    byId(element, fieldId('guides[0].emergency')).click();
    await settle(store, element);
    if (engine !== 'webkit') expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(box.scrollWidth).to.be.at.most(320);
    const right = box.getBoundingClientRect().right;
    for (const control of element.querySelectorAll<HTMLElement>('input, select, textarea, button')) {
      expect(control.getBoundingClientRect().right, control.id || control.textContent!).to.be.at.most(right + 0.5);
    }
    await expect(element).to.be.accessible();
  });

  for (const name of ['html-in-text', 'lists-wrong-type', 'duplicate-ids', 'dangling-references', 'emergency-incomplete', 'guide-cycle', 'guide-dead-end', 'guide-missing-steps', 'guide-no-steps', 'javascript-links']) {
    it(`opens every guide of the hostile fixture ${name}.json as text, without script, and stays accessible`, async () => {
      const doc = (await (await fetch(`/test/fixtures/feeds/${name}.json`)).json()) as JsonObject;
      const store = testStore(doc);
      const element = await mount(store);
      const guides = Array.isArray(doc['guides']) ? doc['guides'] : [];
      for (let index = 0; index < Math.max(1, guides.length); index++) {
        await element.reveal(`guides[${index}]`);
        await settle(store, element);
        expect(element.querySelector('img, script, iframe, object, embed')).to.equal(null);
        for (const link of element.querySelectorAll('a')) expect(link.getAttribute('href')!.startsWith('#')).to.equal(true);
        await expect(element).to.be.accessible();
      }
    });
  }
});
