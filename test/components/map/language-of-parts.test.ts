import { expect, html } from '@open-wc/testing';
import { dutchMarks, languageOf } from '../lang-of.js';
import { $, $$, mount, MONDAY_10, place, smallFeed, unmountAll, until, type TestMap } from './helpers.js';

/** Two texts for everything, or only the Dutch one (as most feeds have it). */
const text = (nl: string, en: string, english: boolean): string | Record<string, string> => (english ? { nl, en } : nl);

function feed(english = false): Record<string, unknown> {
  const walkIn = { day: 'mo', opens: '09:00', closes: '12:00' };
  return smallFeed(
    [
      place('a', {
        name: text('Koffie-inloop De Kruimel', 'Coffee morning De Kruimel', english),
        categories: ['ontmoeten', 'gezin'],
        areas: ['boschveld'],
        activities: [{ name: text('Peuterochtend', 'Toddler morning', english), schedule: { weekly: [walkIn], exceptions: [] } }],
      }),
    ],
    {
      areas: [{ id: 'boschveld', name: text('Boschveld-Noord', 'Boschveld North', english), center: { lat: 51.7, lng: 5.2925 }, zoom: 15 }],
      categories: [
        { id: 'ontmoeten', label: text('Ontmoeten', 'Meeting people', english) },
        { id: 'gezin', label: text('Opvoeden en gezin', 'Parenting and family', english) },
      ],
    },
  );
}

async function mapIn(lang: string, english = false): Promise<TestMap> {
  const wrapper = await mount<HTMLDivElement>(html`<div style="width: 1000px">
    <buurt-map lang=${lang} tiles="none" .now=${MONDAY_10} .feed=${feed(english)}></buurt-map>
  </div>`);
  const map = wrapper.querySelector('buurt-map')!;
  const all = { en: 'All', ar: 'الكل' }[lang];
  await until(() => !!$(map, '.item__open') && $(map, '#filter-area option')?.textContent === all, 5000, `the list, in ${lang}`);
  return map;
}

/** Opens the place's details from the list, and waits for its label on the map. */
async function openPlace(map: TestMap): Promise<void> {
  $$(map, '.item__open')[0]!.click();
  await map.updateComplete;
  await until(() => !!$(map, '.leaflet-tooltip strong'), 8000, 'label of the selected marker');
}

describe('<buurt-map> language of parts (WCAG 3.1.2)', () => {
  afterEach(() => unmountAll());

  it('reads Dutch feed text in Dutch on an English page: list, open line, filters, details and marker label', async () => {
    const map = await mapIn('en');
    expect(languageOf($(map, '.item__open')!, 'Koffie-inloop De Kruimel'), 'name in the list').to.equal('nl');
    expect(languageOf($(map, '.item__open-status')!, 'Peuterochtend'), 'activity in the open line').to.equal('nl');
    expect(languageOf($(map, '.item__open-status')!, '12:00'), 'open status').to.equal('en');
    expect(languageOf($(map, '#filter-category')!, 'Ontmoeten'), 'category option').to.equal('nl');
    expect(languageOf($(map, '#filter-area')!, 'Boschveld-Noord'), 'area option').to.equal('nl');
    expect(languageOf($(map, '#filter-area')!, 'All'), '"All" option').to.equal('en');
    await expect(map).to.be.accessible();

    await openPlace(map);
    expect(languageOf($(map, '#details-title')!, 'Koffie-inloop De Kruimel'), 'details title').to.equal('nl');
    const kind = $(map, '.details .kind')!;
    expect(languageOf(kind, 'Ontmoeten'), 'first category').to.equal('nl');
    expect(languageOf(kind, 'Opvoeden en gezin'), 'second category').to.equal('nl');
    expect(languageOf(kind, ' and '), 'the list\'s "and"').to.equal('en');
    expect(languageOf(kind, 'initiative'), 'kind').to.equal('en');
    expect(languageOf($(map, '.activity h4')!, 'Peuterochtend'), 'activity heading').to.equal('nl');
    expect(languageOf($(map, '.activity caption')!, 'Peuterochtend'), 'caption of its week').to.equal('nl');
    expect(kind.textContent!.replace(/\s+/g, ' '), 'what a sighted visitor reads').to.include('· Ontmoeten and Opvoeden en gezin');
    const label = $(map, '.leaflet-tooltip')!;
    expect(languageOf(label, 'Koffie-inloop De Kruimel'), 'marker label').to.equal('nl');
    expect(languageOf(label, 'initiative'), 'kind in the marker label').to.equal('en');
    await expect(map).to.be.accessible();
  });

  it('reads an English glossary explanation in English inside a Dutch description in the details', async () => {
    const withGlossary = smallFeed([place('a', { name: 'Koffie-inloop De Kruimel', description: 'Vragen? Het CJG helpt je verder.' })], {
      glossary: [{ term: 'CJG', explanation: { nl: 'Centrum voor Jeugd en Gezin.', en: 'Centre for Youth and Family.' } }],
    });
    const wrapper = await mount<HTMLDivElement>(html`<div style="width: 1000px">
      <buurt-map lang="en" tiles="none" .now=${MONDAY_10} .feed=${withGlossary}></buurt-map>
    </div>`);
    const map = wrapper.querySelector('buurt-map')!;
    await until(() => !!$(map, '.item__open'), 5000, 'the list');
    await openPlace(map);
    const term = $$(map, '.details .term__button').find((button) => button.textContent === 'CJG')!;
    term.focus();
    expect(term.getAttribute('aria-expanded'), 'the explanation is open').to.equal('true');
    const tip = map.shadowRoot!.getElementById(term.getAttribute('aria-describedby')!)!;
    expect(languageOf(term, 'CJG'), 'the term, part of the Dutch description').to.equal('nl');
    expect(languageOf(tip, 'Centre for Youth and Family.'), 'its explanation').to.equal('en');
    await expect(map).to.be.accessible();
  });

  it('marks nothing as Dutch when the feed has the English text', async () => {
    const map = await mapIn('en', true);
    expect($(map, '.item__open')!.textContent).to.include('Coffee morning De Kruimel');
    await openPlace(map);
    expect($(map, '.details .kind')!.textContent).to.include('Meeting people');
    expect(languageOf($(map, '.leaflet-tooltip')!, 'Coffee morning'), 'marker label').to.equal('en');
    // Feed text in the page's language needs no mark of its own either.
    expect(dutchMarks(map.shadowRoot!)).to.deep.equal([]);
    expect([...map.shadowRoot!.querySelectorAll('[lang]')].map((element) => element.outerHTML)).to.deep.equal([]);
    await expect(map).to.be.accessible();
  });

  it('reads Dutch feed text in Dutch on an Arabic page, and the kit\'s words in Arabic', async () => {
    const map = await mapIn('ar');
    expect(languageOf($(map, '.item__open')!, 'Koffie-inloop De Kruimel')).to.equal('nl');
    await openPlace(map);
    expect(languageOf($(map, '.details .kind')!, 'Ontmoeten')).to.equal('nl');
    expect(languageOf($(map, '.details__bar')!, 'الرجوع إلى القائمة'), '"Back to the list"').to.equal('ar');
    expect(languageOf($(map, '.details .kind')!, 'مبادرة من السكان'), 'kind').to.equal('ar');
    expect(languageOf($(map, '.leaflet-tooltip')!, 'Koffie-inloop De Kruimel')).to.equal('nl');
    await expect(map).to.be.accessible();
  });
});
