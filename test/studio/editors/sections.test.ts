import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fieldId } from '../../../src/studio/base/field-id.js';
import { getAt } from '../../../src/studio/model/json-path.js';
import type { StudioStore } from '../../../src/studio/model/store.js';
import '../../../src/studio/sections/studio-publisher/studio-publisher.js';
import '../../../src/studio/sections/studio-tasks/studio-tasks.js';
import '../../../src/studio/sections/studio-glossary/studio-glossary.js';
import type { StudioGlossary } from '../../../src/studio/sections/studio-glossary/studio-glossary.js';
import type { StudioPublisher } from '../../../src/studio/sections/studio-publisher/studio-publisher.js';
import type { StudioTasks } from '../../../src/studio/sections/studio-tasks/studio-tasks.js';
import { parseAliases, whereLabel } from '../../../src/studio/sections/studio-glossary/studio-glossary.component.js';
import { findJargon } from '../../../src/studio/model/jargon.js';
import { studioFixture, testStore } from '../harness.js';
import { $, button, field, settled, typeInto } from './helpers.js';

const base = {
  version: '1.0',
  publisher: { name: 'Wijkkrant Noord' },
  areas: [{ id: 'boschveld', name: 'Boschveld', center: { lat: 51.7, lng: 5.3 }, zoom: 15 }],
  categories: [{ id: 'koffie', label: 'Koffie-inloop', color: '#1d70b8', icon: '☕' }],
  places: [
    { id: 'kruimel', name: 'De Kruimel', kind: 'informal-initiative', areas: ['boschveld'], categories: ['koffie'], location: { lat: 51.7, lng: 5.3 } },
  ],
};

function errors(store: StudioStore): string[] {
  return store.problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.code}@${problem.path}`);
}

describe('studio-publisher', () => {
  async function mount(store: StudioStore): Promise<StudioPublisher> {
    const el = await studioFixture<StudioPublisher>(html`<studio-publisher .store=${store}></studio-publisher>`);
    await settled(el, store);
    return el;
  }

  it('writes the publisher, a new area with centre and zoom, and a new category with colour and symbol at their paths', async () => {
    const store = testStore({ version: '1.0' });
    const el = await mount(store);
    await expect(el).to.be.accessible();
    await typeInto(field(el, 'publisher.name'), 'Wijkkrant Oost');
    await typeInto(field(el, 'publisher.url'), 'https://oost.example');
    await typeInto(field(el, 'publisher.email'), 'redactie@oost.example');
    await typeInto(field(el, 'publisher.phone'), '073-555 12 34');

    button(el, 'Buurt toevoegen').focus();
    await sendKeys({ press: 'Enter' });
    await settled(el, store);
    expect(document.activeElement).to.equal(field(el, 'areas[0].name'));
    await sendKeys({ type: 'De Hambaken' });
    // Pasted, not typed key by key: base/fields.ts numberField redraws "5." as "5" when a check
    // result arrives between the keys (reported to studio-core in STUDIO.md, 05:00).
    for (const [path, text] of [['areas[0].center.lat', '51,71'], ['areas[0].center.lng', '5.33']] as const) {
      const input = field(el, path);
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }
    await typeInto(field(el, 'areas[0].zoom'), '16');

    button(el, 'Soort toevoegen').click();
    await settled(el, store);
    expect(document.activeElement).to.equal(field(el, 'categories[0].label'));
    await sendKeys({ type: 'Opvoeden' });
    await typeInto(field(el, 'categories[0].color'), '#0b0');
    await typeInto(field(el, 'categories[0].icon'), 'O');
    await settled(el, store);

    expect(store.doc).to.deep.equal({
      version: '1.0',
      publisher: { name: 'Wijkkrant Oost', url: 'https://oost.example', email: 'redactie@oost.example', phone: '073-555 12 34' },
      areas: [{ id: 'buurt', name: 'De Hambaken', center: { lat: 51.71, lng: 5.33 }, zoom: 16 }],
      categories: [{ id: 'soort', label: 'Opvoeden', color: '#0b0', icon: 'O' }],
    });
    // Only that there is nothing for residents yet: no place, guide or task.
    expect(errors(store)).to.deep.equal(['feed.nothing-to-show@']);
    // The colour picker shows the same colour, spelled out.
    expect($<HTMLInputElement>(el, `#${fieldId('categories[0].color')}-picker`).value).to.equal('#00bb00');
    await expect(el).to.be.accessible();
  });

  it('shows a problem beside its field, says how many places use an area, and removes it with a way back', async () => {
    const store = testStore({ ...base, areas: [...base.areas, { id: 'noord', name: 'Noord', center: { lat: 51.7, lng: 5.3 }, zoom: 40 }] });
    const el = await mount(store);
    expect(document.getElementById(`${fieldId('areas[1].zoom')}-problems`)!.textContent).to.contain('40');
    expect(el.textContent).to.contain('1 plek hoort bij deze buurt.');
    await expect(el).to.be.accessible();

    button(el, 'Haal weg: Boschveld').click();
    await settled(el, store);
    expect((store.doc.areas as unknown[]).length).to.equal(1);
    expect(errors(store)).to.include('reference.unknown-area@places[0].areas[0]');
    expect(document.activeElement).to.equal($(el, '.studio-restore'));
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await settled(el, store);
    expect(getAt(store.doc, 'areas[0].id')).to.equal('boschveld');
    expect(errors(store)).not.to.include('reference.unknown-area@places[0].areas[0]');
  });
});

describe('studio-tasks', () => {
  async function mount(store: StudioStore): Promise<StudioTasks> {
    const el = await studioFixture<StudioTasks>(html`<studio-tasks .store=${store}></studio-tasks>`);
    await settled(el, store);
    return el;
  }

  it('adds a task and fills in every field by keyboard, each written at its path', async () => {
    const store = testStore({ ...base, signup: { talents: [{ id: 'voorlezen', label: 'Voorlezen' }] } });
    const el = await mount(store);
    await expect(el).to.be.accessible();
    button(el, 'Taak toevoegen').focus();
    await sendKeys({ press: 'Enter' });
    await settled(el, store);
    expect(document.activeElement).to.equal(field(el, 'opportunities[0].title'));
    await sendKeys({ type: 'Voorlezen aan peuters' });
    const place = field<HTMLSelectElement>(el, 'opportunities[0].place');
    place.value = 'kruimel';
    place.dispatchEvent(new Event('change', { bubbles: true }));
    await typeInto(field(el, 'opportunities[0].description'), 'Je leest voor uit prentenboeken.');
    await typeInto(field(el, 'opportunities[0].when'), 'Elke woensdagmiddag');
    field(el, 'opportunities[0].skills').querySelector<HTMLInputElement>('input')!.click();
    field(el, 'opportunities[0].languages').querySelector<HTMLInputElement>('input')!.click();
    await typeInto(field(el, 'opportunities[0].minAge'), '16');
    await typeInto(field(el, 'opportunities[0].contact.name'), 'Fatima');
    await typeInto(field(el, 'opportunities[0].contact.phone'), '06-12345678');
    await typeInto(field(el, 'opportunities[0].followUp'), 'Fatima belt je binnen een week.');
    await settled(el, store);
    expect(getAt(store.doc, 'opportunities')).to.deep.equal([
      {
        id: 'taak',
        title: 'Voorlezen aan peuters',
        place: 'kruimel',
        description: 'Je leest voor uit prentenboeken.',
        when: 'Elke woensdagmiddag',
        skills: ['voorlezen'],
        languages: ['nl'],
        minAge: 16,
        contact: { name: 'Fatima', phone: '06-12345678' },
        followUp: 'Fatima belt je binnen een week.',
      },
    ]);
    expect(errors(store)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    button(el, 'Terug naar alle taken').click();
    await settled(el, store);
    expect(document.activeElement).to.equal($(el, '[data-task="0"]'));
  });

  it('sets where sign-ups go, the privacy text, the questions and the talents', async () => {
    const store = testStore({ ...base });
    const el = await mount(store);
    await typeInto(field(el, 'signup.action'), 'https://oost.example/aanmelden');
    await typeInto(field(el, 'signup.email'), 'vrijwilligers@oost.example');
    await typeInto(field(el, 'signup.privacyText'), 'We bellen je alleen over de taak.');
    await typeInto(field(el, 'signup.privacyUrl'), 'https://oost.example/privacy');
    field(el, 'signup.fields.talents').click();
    field(el, 'signup.fields.languages').click();
    button(el, 'Talent toevoegen').click();
    await settled(el, store);
    expect(document.activeElement).to.equal(field(el, 'signup.talents[0].label'));
    await sendKeys({ type: 'Knutselen' });
    await settled(el, store);
    expect(store.doc.signup).to.deep.equal({
      action: 'https://oost.example/aanmelden',
      email: 'vrijwilligers@oost.example',
      privacyText: 'We bellen je alleen over de taak.',
      privacyUrl: 'https://oost.example/privacy',
      fields: { talents: true, languages: true },
      talents: [{ id: 'talent', label: 'Knutselen' }],
    });
    field(el, 'signup.fields.talents').click();
    await settled(el, store);
    expect(getAt(store.doc, 'signup.fields')).to.deep.equal({ languages: true });
    const action = field(el, 'signup.action');
    action.focus();
    action.select();
    await sendKeys({ type: 'javascript:alert(1)' });
    await settled(el, store);
    expect(field(el, 'signup.action').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('with more than 300 places the place of a task is a code field with suggestions that match what is typed', async () => {
    const places = Array.from({ length: 400 }, (_, i) => ({ id: `plek-${i}`, name: i === 321 ? 'Speeltuin Het Zand' : `Plek ${i}`, kind: 'informal-initiative' }));
    const store = testStore({ ...base, places, opportunities: [{ id: 't', title: 'Helpen' }] });
    const el = await mount(store);
    await el.reveal('opportunities[0]');
    await settled(el, store);
    const input = field(el, 'opportunities[0].place');
    expect(input.localName).to.equal('input');
    await typeInto(input, 'zand');
    await settled(el, store);
    const list = document.getElementById(input.getAttribute('list')!)!;
    expect([...list.querySelectorAll('option')].map((option) => `${option.value} ${option.textContent}`)).to.deep.equal(['plek-321 Speeltuin Het Zand']);
    input.select();
    await sendKeys({ type: 'plek-321' });
    await settled(el, store);
    expect(getAt(store.doc, 'opportunities[0].place')).to.equal('plek-321');
    expect(errors(store)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('opens the task of a problem, duplicates and removes one with a way back', async () => {
    const store = testStore({ ...base, opportunities: [{ id: 'a', title: 'Koken' }, { id: 'b', title: 'Bellen', contact: { email: 'geen mail' } }] });
    const el = await mount(store);
    await el.reveal('opportunities[1].contact.email');
    const { focusField } = await import('../../../src/studio/base/field-id.js');
    focusField(el, 'opportunities[1].contact.email');
    expect(document.activeElement).to.equal(field(el, 'opportunities[1].contact.email'));
    expect(field(el, 'opportunities[1].contact.email').getAttribute('aria-invalid')).to.equal('true');
    button(el, 'Dupliceer').click();
    await settled(el, store);
    expect((store.doc.opportunities as Array<{ id: string; title: string }>).map((t) => `${t.id}:${t.title}`)).to.deep.equal(['a:Koken', 'b:Bellen', 'b-kopie:Bellen (kopie)']);
    button(el, 'Haal weg').click();
    await settled(el, store);
    expect((store.doc.opportunities as unknown[]).length).to.equal(2);
    expect(document.activeElement).to.equal($(el, '.studio-restore'));
    await expect(el).to.be.accessible();
  });
});

describe('studio-glossary', () => {
  async function mount(store: StudioStore): Promise<StudioGlossary> {
    const el = await studioFixture<StudioGlossary>(html`<studio-glossary .store=${store}></studio-glossary>`);
    await settled(el, store);
    return el;
  }

  const withJargon = {
    ...base,
    glossary: [{ term: 'CJG', aliases: [], explanation: 'Hulp bij opgroeien.' }],
    places: [{ ...base.places[0], description: 'Samen met het CJG en het GIT. Het wijkteam helpt ook.' }],
  };

  it('suggests the unexplained words, and "Voeg toe aan de woordenlijst" adds one and focuses its explanation', async () => {
    const store = testStore(withJargon);
    const el = await mount(store);
    const terms = [...el.querySelectorAll('.studio-glossary-term')].map((term) => term.textContent);
    expect(terms).to.deep.equal(['GIT', 'wijkteam']);
    expect(el.querySelector('.studio-glossary-where')!.textContent!.replace(/\s+/g, ' ')).to.contain('Plek: De Kruimel');
    await expect(el).to.be.accessible();

    button(el, 'Voeg toe aan de woordenlijst: GIT').focus();
    await sendKeys({ press: 'Enter' });
    await settled(el, store);
    expect(getAt(store.doc, 'glossary[1]')).to.deep.equal({ term: 'GIT', aliases: [], explanation: '' });
    expect(document.activeElement).to.equal(field(el, 'glossary[1].explanation'));
    await sendKeys({ type: 'Een team dat gezinnen thuis helpt.' });
    await settled(el, store);
    expect(getAt(store.doc, 'glossary[1].explanation')).to.equal('Een team dat gezinnen thuis helpt.');
    await expect(el).to.be.accessible();
    button(el, 'Terug naar de woordenlijst').click();
    await settled(el, store);
    expect(document.activeElement).to.equal($(el, '[data-word="1"]'));
    expect([...el.querySelectorAll('.studio-glossary-row-term')].map((term) => term.textContent)).to.deep.equal(['CJG', 'GIT']);
    expect([...el.querySelectorAll('.studio-glossary-term')].map((term) => term.textContent)).to.deep.equal(['wijkteam']);
    expect(errors(store)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('adds a word by hand with aliases split at commas, and removes it with a way back', async () => {
    const store = testStore(withJargon);
    const el = await mount(store);
    button(el, 'Woord toevoegen').click();
    await settled(el, store);
    expect(document.activeElement).to.equal(field(el, 'glossary[1].term'));
    await sendKeys({ type: 'Veilig Thuis' });
    await typeInto(field(el, 'glossary[1].aliases'), 'AMK, Advies- en Meldpunt ,');
    await sendKeys({ press: 'Tab' });
    await typeInto(field(el, 'glossary[1].explanation'), 'Hier bel je als je je zorgen maakt over geweld thuis.');
    await settled(el, store);
    expect(getAt(store.doc, 'glossary[1]')).to.deep.equal({
      term: 'Veilig Thuis',
      aliases: ['AMK', 'Advies- en Meldpunt'],
      explanation: 'Hier bel je als je je zorgen maakt over geweld thuis.',
    });
    expect(field(el, 'glossary[1].aliases').value).to.equal('AMK, Advies- en Meldpunt');
    // The next word can be added from this one.
    button(el, 'Woord toevoegen').click();
    await settled(el, store);
    expect(document.activeElement).to.equal(field(el, 'glossary[2].term'));
    store.undo();
    await settled(el, store);
    await el.reveal('glossary[1]');
    button(el, 'Haal weg: Veilig Thuis').click();
    await settled(el, store);
    expect((store.doc.glossary as unknown[]).length).to.equal(1);
    expect(document.activeElement).to.equal($(el, '.studio-restore'));
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await settled(el, store);
    expect(getAt(store.doc, 'glossary[1].term')).to.equal('Veilig Thuis');
    expect(document.activeElement).to.equal(field(el, 'glossary[1].term'));
  });

  it('with 10,000 places: the suggestions come from one quick scan, and typing a new word stays fast', async () => {
    const places = Array.from({ length: 10_000 }, (_, i) => ({
      id: `p${i}`,
      name: `Plek ${i}`,
      kind: 'informal-initiative',
      description: i % 100 === 0 ? 'Samen met het GIT en de POH-GGZ.' : 'Koffie drinken en een praatje maken met de buren.',
    }));
    const store = testStore({ ...base, places }, 250);
    const el = await mount(store);
    const started = performance.now();
    expect([...el.querySelectorAll('.studio-glossary-term')].map((term) => term.textContent)).to.deep.equal(['GIT', 'POH', 'GGZ']);
    button(el, 'Woord toevoegen').click();
    await el.updateComplete;
    const input = field(el, 'glossary[0].term');
    const keys: number[] = [];
    for (const letter of 'buurtcoach') {
      const at = performance.now();
      input.value += letter;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: letter, inputType: 'insertText' }));
      await el.updateComplete;
      keys.push(performance.now() - at);
    }
    keys.sort((a, b) => a - b);
    const scan = performance.now();
    findJargon(store.doc);
    const scanMs = performance.now() - scan;
    console.log(`glossary with 10,000 places: one scan for jargon ${scanMs.toFixed(0)} ms; keystroke median ${keys[5]!.toFixed(1)} ms, slowest ${keys[keys.length - 1]!.toFixed(1)} ms (${Math.round(performance.now() - started)} ms in all)`);
    expect(keys[5]).to.be.below(50);
  });

  it('names where a text is in words an editor knows, and reads aliases as typed', () => {
    expect(whereLabel(withJargon, 'places[0].description')).to.equal('Plek: De Kruimel');
    expect(whereLabel({ opportunities: [{ title: { nl: 'Koken' } }] }, 'opportunities[0].description.nl')).to.equal('Taak: Koken');
    expect(whereLabel({}, 'signup.privacyText')).to.equal('Aanmelden');
    expect(parseAliases(' AMK ;; Advies- en Meldpunt\n')).to.deep.equal(['AMK', 'Advies- en Meldpunt']);
    expect(parseAliases(' , ')).to.equal(undefined);
  });
});
