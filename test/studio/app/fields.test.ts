import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { fieldId, focusField } from '../../../src/studio/base/field-id.js';
import { checkboxGroup, dateField, localizedTextField, numberField, readNumber, selectField, textAreaField, textField } from '../../../src/studio/base/fields.js';
import type { StudioStore } from '../../../src/studio/model/store.js';
import { studioFixture, testStore } from '../harness.js';

function form(store: StudioStore) {
  return html`<form>
    ${textField(store, 'publisher.name', 'Naam', { required: true, hint: 'Zoals bewoners jullie kennen' })}
    ${textAreaField(store, 'places[0].description', 'Beschrijving')}
    ${localizedTextField(store, 'places[0].name', 'Naam van de plek')}
    ${numberField(store, 'places[0].location.lat', 'Breedtegraad', { decimal: true })}
    ${selectField(store, 'places[0].kind', 'Soort', [
      { value: 'informal-initiative', label: 'Bewonersinitiatief' },
      { value: 'professional-service', label: 'Hulpverlening' },
    ])}
    ${checkboxGroup(store, 'places[0].languages', 'Talen', [
      { value: 'nl', label: 'Nederlands' },
      { value: 'ar', label: 'Arabisch' },
    ])}
    ${dateField(store, 'places[0].lastChecked', 'Laatst gecontroleerd')}
  </form>`;
}

async function mount(store: StudioStore): Promise<HTMLElement> {
  const element = await studioFixture<HTMLElement>(html`<div></div>`);
  const draw = () => render(form(store), element);
  store.addEventListener('change', draw);
  store.addEventListener('problems', draw);
  draw();
  return element;
}

describe('studio fields', () => {
  it('makes ids from paths as the contract says', () => {
    expect(fieldId('places[3].location.lat')).to.equal('f-places-3-location-lat');
    expect(fieldId('glossary[0]["odd key"]')).to.equal('f-glossary-0-odd-key-');
  });

  it('reads numbers with a decimal comma, keeps other text for the check to name', () => {
    expect(readNumber('51,7')).to.equal(51.7);
    expect(readNumber(' 5.25 ')).to.equal(5.25);
    expect(readNumber('')).to.equal(undefined);
    expect(readNumber('noord')).to.equal('noord');
    expect(readNumber('1e3')).to.equal('1e3');
  });

  it('labels every input, shows problems beside the field with aria-invalid and aria-describedby, and passes axe', async () => {
    const store = testStore({
      version: '1.0',
      publisher: { name: '' },
      places: [{ id: 'a', name: { nl: 'Buurthuis', en: 'Community centre' }, kind: 'informal-initiative', location: { lat: 'noord', lng: 5.3 }, languages: ['nl', 'xx'] }],
    });
    const element = await mount(store);
    await store.settled();
    const lat = element.querySelector<HTMLInputElement>('#f-places-0-location-lat')!;
    expect(lat.getAttribute('aria-invalid')).to.equal('true');
    const described = lat.getAttribute('aria-describedby')!;
    expect(element.querySelector(`#${described}`)!.textContent).to.contain('Fout:');
    const name = element.querySelector<HTMLInputElement>('#f-publisher-name')!;
    expect(name.getAttribute('aria-describedby')).to.equal('f-publisher-name-hint f-publisher-name-problems');
    expect(element.querySelector('label[for=f-publisher-name]')!.textContent).to.contain('(verplicht)');
    expect(element.querySelector('#f-places-0-name-nl')).to.exist;
    expect(element.querySelector<HTMLInputElement>('#f-places-0-name-en')!.value).to.equal('Community centre');
    expect(element.querySelector('label[for=f-places-0-name-en]')!.textContent).to.contain('Engels');
    await expect(element).to.be.accessible();
  });

  it('writes through the store: typing is one undo step, an emptied field removes its key, lists keep unknown values', async () => {
    const store = testStore({ version: '1.0', publisher: { name: 'Oost' }, places: [{ id: 'a', name: 'A', kind: 'informal-initiative', languages: ['xx'] }] });
    const element = await mount(store);
    const name = element.querySelector<HTMLInputElement>('#f-publisher-name')!;
    for (const text of ['Oost!', 'Oost!!']) {
      name.value = text;
      name.dispatchEvent(new Event('input', { bubbles: true }));
    }
    expect((store.doc.publisher as { name: string }).name).to.equal('Oost!!');
    store.undo();
    expect((store.doc.publisher as { name: string }).name).to.equal('Oost');
    const description = element.querySelector<HTMLTextAreaElement>('#f-places-0-description')!;
    description.value = 'x';
    description.dispatchEvent(new Event('input'));
    description.value = '';
    description.dispatchEvent(new Event('input'));
    expect(Object.keys((store.doc.places as object[])[0]!)).not.to.include('description');
    const lat = element.querySelector<HTMLInputElement>('#f-places-0-location-lat')!;
    lat.value = '51,69';
    lat.dispatchEvent(new Event('input'));
    expect((store.doc.places as Array<{ location: unknown }>)[0]!.location).to.deep.equal({ lat: 51.69 });
    const arabic = element.querySelector<HTMLInputElement>('#f-places-0-languages-1')!;
    arabic.click();
    expect((store.doc.places as Array<{ languages: string[] }>)[0]!.languages).to.deep.equal(['xx', 'ar']);
    const kind = element.querySelector<HTMLSelectElement>('#f-places-0-kind')!;
    kind.value = 'professional-service';
    kind.dispatchEvent(new Event('change'));
    expect((store.doc.places as Array<{ kind: string }>)[0]!.kind).to.equal('professional-service');
  });

  it('keeps a typed decimal point and trailing zero when the form redraws between keys', async () => {
    const store = testStore({ version: '1.0', publisher: { name: 'Oost' }, places: [{ id: 'a', name: 'A', kind: 'informal-initiative' }] });
    const element = await mount(store);
    const lng = () => element.querySelector<HTMLInputElement>('#f-places-0-location-lat')!;
    for (const key of '5,3037') {
      lng().value += key;
      lng().dispatchEvent(new Event('input'));
      // What the check's result does between two keys on a busy machine: draw the form again.
      store.dispatchEvent(new Event('problems'));
    }
    expect(lng().value).to.equal('5,3037');
    expect((store.doc.places as Array<{ location: unknown }>)[0]!.location).to.deep.equal({ lat: 5.3037 });
    // A value from elsewhere (undo) is written into the input.
    store.undo();
    store.dispatchEvent(new Event('problems'));
    expect(lng().value).to.equal('');
  });

  it('focuses the field of a path, or of its nearest ancestor that has one', async () => {
    const store = testStore({ version: '1.0', publisher: { name: 'Oost' }, places: [{ id: 'a', name: { nl: 'A' }, kind: 'informal-initiative' }] });
    const element = await mount(store);
    expect(focusField(element, 'places[0].location.lat')?.id).to.equal('f-places-0-location-lat');
    expect(focusField(element, 'places[0].name')?.id).to.equal('f-places-0-name-nl');
    expect(focusField(element, 'places[0].languages[3]')?.id).to.equal('f-places-0-languages-0');
    expect(document.activeElement?.id).to.equal('f-places-0-languages-0');
    expect(focusField(element, 'guides[0].steps')).to.equal(undefined);
  });
});
