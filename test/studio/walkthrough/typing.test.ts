// Typing as an editor types: key by key, with the check's result re-rendering the form between
// two keys (the walkthrough met this in WebKit, whose key presses are slow enough for a check to
// finish in between: "51.6995" arrived as 516995).
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { numberField } from '../../../src/studio/base/fields.js';
import { getAt } from '../../../src/studio/model/json-path.js';
import { studioFixture, testStore } from '../harness.js';
import { press, tabToField, type } from './keyboard.js';

describe('walkthrough: typing a coordinate key by key', () => {
  it('keeps the decimal separator while the check re-renders between keys', async () => {
    const store = testStore({ version: '1.0', publisher: { name: 'Oost' }, places: [{ id: 'a', name: 'A', kind: 'informal-initiative' }] });
    const element = await studioFixture<HTMLElement>(html`<div></div>`);
    const draw = () => render(html`${numberField(store, 'places[0].location.lat', 'Breedtegraad', { decimal: true })}`, element);
    store.addEventListener('change', draw);
    store.addEventListener('problems', draw);
    draw();
    (document.activeElement as HTMLElement | null)?.blur();
    await tabToField('places[0].location.lat');
    const input = element.querySelector('input')!;
    for (const [typed, separator] of [
      ['51.', '.'],
      ['51,', ','],
    ] as const) {
      while (input.value) await press('Backspace');
      await type(typed);
      // The check runs and its result re-renders the field before the next key.
      await store.settled();
      draw();
      expect(input.value, `after ${typed}`).to.equal(typed);
      await type('6995');
      expect(getAt(store.doc, 'places[0].location.lat'), `typed with ${separator}`).to.equal(51.6995);
      expect(input.value).to.equal(`51${separator}6995`);
    }
    // A value set elsewhere (undo, the map) still shows.
    store.set('places[0].location.lat', 52.1);
    expect(input.value).to.equal('52.1');
  });
});
