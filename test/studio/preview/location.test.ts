// <studio-location>: a point set by clicking the map, dragging, the arrow buttons or typing,
// always through the store (one undo step each); PDOK only when the button is pressed.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/studio/sections/studio-location/studio-location.js';
import type { StudioLocation } from '../../../src/studio/sections/studio-location/studio-location.component.js';
import type { StudioStore } from '../../../src/studio/model/store.js';
import { studioFixture, testStore } from '../harness.js';
import { itExcept } from '../../harness/engine.js';
import { NARROW_IN_WEBKIT, setViewport } from '../../harness/viewport.js';

const feedDoc = () => ({
  version: '1',
  publisher: { name: 'Wijkkrant Test' },
  areas: [{ id: 'centrum', name: 'Centrum', center: { lat: 51.69, lng: 5.3 }, zoom: 15 }],
  places: [
    {
      id: 'kruimel',
      name: 'De Kruimel',
      kind: 'informal-initiative',
      areas: ['centrum'],
      address: { street: 'Hoofdstraat 1', postcode: '5211AA', city: "'s-Hertogenbosch" },
      location: { lat: 51.7, lng: 5.31 },
    },
    { id: 'nieuw', name: 'Nieuwe plek', kind: 'informal-initiative', address: { street: 'Kerkstraat 2', city: 'Den Bosch' } },
  ],
});

let key = '';
const pdok = (scenario: string): string => `${location.origin}/test-api/pdok/${scenario}/${key}`;

async function pdokHits(): Promise<number> {
  const response = await fetch(`/test-api/pdok/hits?key=${key}`);
  return ((await response.json()) as { hits: number }).hits;
}

async function mount(path: string, store: StudioStore, scenario = 'ok'): Promise<StudioLocation> {
  const wrapper = await studioFixture<HTMLDivElement>(html`<div style="width: 700px">
    <studio-location .store=${store} path=${path} pdok-url=${pdok(scenario)} tiles="/test-api/map/tiles/ok/{z}/{x}/{y}.png?map=${key}"></studio-location>
  </div>`);
  const element = wrapper.querySelector('studio-location')!;
  await element.mapReady;
  return element;
}

function button(element: Element, text: string | RegExp): HTMLButtonElement {
  const found = [...element.querySelectorAll('button')].find((candidate) =>
    typeof text === 'string' ? candidate.textContent!.includes(text) || candidate.getAttribute('aria-label')?.includes(text) : text.test(candidate.textContent!),
  );
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

/** Waits for a condition the element reaches through events (a fetch, a render), never a fixed time. */
async function until(check: () => boolean, what: string): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

describe('<studio-location>', () => {
  beforeEach(async () => {
    key = `k${Math.random().toString(36).slice(2)}`;
    await setViewport({ width: 1000, height: 900 });
  });

  it('clicking the map writes the point through the store, and undo takes it back', async () => {
    const store = testStore(feedDoc());
    const element = await mount('places[1].location', store);
    expect(element.textContent).to.contain('Deze plek staat nog niet op de kaart.');
    const map = element.locationMap!.leaflet;
    const container = map.getContainer();
    const box = container.getBoundingClientRect();
    const x = Math.round(box.width / 2) + 40;
    const y = Math.round(box.height / 2) - 30;
    const expected = map.mouseEventToLatLng({ clientX: box.left + x, clientY: box.top + y } as MouseEvent);
    // A real click (mousedown/up/click) on the map pane at that pixel.
    const target = document.elementFromPoint(box.left + x, box.top + y)!;
    for (const type of ['mousedown', 'mouseup', 'click']) {
      target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: box.left + x, clientY: box.top + y, button: 0 }));
    }
    const written = store.doc.places as Array<{ location?: { lat: number; lng: number } }>;
    expect(written[1]!.location!.lat).to.be.closeTo(expected.lat, 1e-5);
    expect(written[1]!.location!.lng).to.be.closeTo(expected.lng, 1e-5);
    await element.mapReady;
    expect(element.querySelector('[role=status]')!.textContent).to.contain('De punt staat nu op');
    expect(element.querySelector('.leaflet-marker-icon')).to.exist;
    await expect(element).to.be.accessible();
    store.undo();
    expect((store.doc.places as Array<{ location?: unknown }>)[1]!.location).to.equal(undefined);
    await element.mapReady;
    expect(element.querySelector('.leaflet-marker-icon') === null).to.be.true;
  });

  it('dragging the marker writes where it was dropped', async () => {
    const store = testStore(feedDoc());
    const element = await mount('places[0].location', store);
    const icon = element.querySelector<HTMLElement>('.leaflet-marker-icon')!;
    const start = icon.getBoundingClientRect();
    const x = start.left + start.width / 2;
    const y = start.bottom - 2;
    const map = element.locationMap!.leaflet;
    const from = map.mouseEventToContainerPoint({ clientX: x, clientY: y } as MouseEvent);
    icon.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, clientX: x, clientY: y, button: 0, which: 1 } as MouseEventInit));
    for (let step = 1; step <= 5; step++) {
      document.body.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: x + step * 12, clientY: y + step * 8, button: 0 }));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: x + 60, clientY: y + 40, button: 0 }));
    const moved = map.containerPointToLatLng(from.add([60, 40]));
    const written = (store.doc.places as Array<{ location: { lat: number; lng: number } }>)[0]!.location;
    expect(written.lat).to.be.closeTo(moved.lat, 1e-4);
    expect(written.lng).to.be.closeTo(moved.lng, 1e-4);
    expect(written.lat).to.be.below(51.7);
    expect(written.lng).to.be.above(5.31);
  });

  it('places and moves the point with the keyboard only, each press one undo step', async () => {
    const store = testStore(feedDoc());
    const element = await mount('places[1].location', store);
    // The first check brings the feed's areas; the map then looks at the first one.
    await store.settled();
    await element.mapReady;
    const middle = button(element, 'Zet de punt in het midden van de kaart');
    middle.focus();
    await sendKeys({ press: 'Enter' });
    const placed = (store.doc.places as Array<{ location: { lat: number; lng: number } }>)[1]!.location;
    // No point yet, the place's area missing: the map started at the feed's first area.
    expect(placed.lat).to.be.closeTo(51.69, 1e-4);
    expect(placed.lng).to.be.closeTo(5.3, 1e-4);
    await element.mapReady;
    const north = button(element, 'schuif de punt naar het noorden');
    north.focus();
    await sendKeys({ press: 'Enter' });
    const moved = (store.doc.places as Array<{ location: { lat: number; lng: number } }>)[1]!.location;
    expect(moved.lat).to.be.above(placed.lat);
    expect(moved.lng).to.equal(placed.lng);
    await element.mapReady;
    button(element, 'schuif de punt naar het oosten').focus();
    await sendKeys({ press: ' ' });
    const east = (store.doc.places as Array<{ location: { lat: number; lng: number } }>)[1]!.location;
    expect(east.lng).to.be.above(moved.lng);
    await expect(element).to.be.accessible();
    store.undo();
    expect((store.doc.places as Array<{ location: unknown }>)[1]!.location).to.deep.equal(moved);
    store.undo();
    store.undo();
    expect((store.doc.places as Array<{ location?: unknown }>)[1]!.location).to.equal(undefined);
  });

  it('typing coordinates writes lat and lng at their paths; a comma is read as a decimal point', async () => {
    const store = testStore(feedDoc());
    const element = await mount('places[1].location', store);
    const lat = element.querySelector<HTMLInputElement>('#f-places-1-location-lat')!;
    const lng = element.querySelector<HTMLInputElement>('#f-places-1-location-lng')!;
    expect(element.querySelector('label[for=f-places-1-location-lat]')!.textContent).to.contain('Breedtegraad');
    lat.focus();
    await sendKeys({ type: '51,6978' });
    lng.focus();
    await sendKeys({ type: '5.3037' });
    const location = (store.doc.places as Array<{ location: unknown }>)[1]!.location;
    expect(location).to.deep.equal({ lat: 51.6978, lng: 5.3037 });
    await element.mapReady;
    expect(element.querySelector('.leaflet-marker-icon')).to.exist;
    expect(element.textContent).to.contain('De punt staat op 51.6978, 5.3037.');
    await expect(element).to.be.accessible();
    // Typing in one field is one undo step.
    store.undo();
    expect((store.doc.places as Array<{ location: unknown }>)[1]!.location).to.deep.equal({ lat: 51.6978 });
  });

  it('shows the check\'s problem beside a coordinate that is no number', async () => {
    const doc = feedDoc();
    (doc.places[0] as Record<string, unknown>).location = { lat: '52,1x', lng: 5.3 };
    const store = testStore(doc);
    await store.settled();
    const element = await mount('places[0].location', store);
    const lat = element.querySelector<HTMLInputElement>('#f-places-0-location-lat')!;
    expect(lat.getAttribute('aria-invalid')).to.equal('true');
    expect(element.querySelector('#f-places-0-location-lat-problems')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('sends nothing to PDOK before the button; then offers the matches and sets the chosen one', async () => {
    const store = testStore(feedDoc());
    const element = await mount('places[0].location', store);
    const query = element.querySelector<HTMLInputElement>('#f-places-0-location-pdok')!;
    expect(query.value).to.equal("Hoofdstraat 1 5211AA 's-Hertogenbosch");
    // Editing the address and the point, focusing the field: still nothing asked.
    query.focus();
    await sendKeys({ type: ' ' });
    button(element, 'schuif de punt naar het noorden').click();
    expect(await pdokHits()).to.equal(0);

    button(element, 'Zoek adres op bij PDOK').click();
    await until(() => element.querySelector('.studio-location-matches') !== null, 'the matches');
    expect(await pdokHits()).to.equal(1);
    const choices = [...element.querySelectorAll<HTMLButtonElement>('.studio-location-matches button')];
    expect(choices.map((choice) => choice.textContent!.trim())).to.deep.equal([
      "Kies: Hoofdstraat 1 5211AA 's-Hertogenbosch, 5211AA 's-Hertogenbosch",
      "Kies: Hoofdstraat 1 5211AA 's-HertogenboschA, 5211AB 's-Hertogenbosch",
    ]);
    expect(element.querySelector('[role=status]')!.textContent).to.contain('PDOK vond 2 adressen');
    await expect(element).to.be.accessible();
    choices[0]!.click();
    await element.mapReady;
    expect((store.doc.places as Array<{ location: unknown }>)[0]!.location).to.deep.equal({ lat: 51.69917, lng: 5.30417 });
    expect(document.activeElement).to.equal(button(element, 'Zoek adres op bij PDOK'));
    store.undo();
    expect((store.doc.places as Array<{ location: { lat: number } }>)[0]!.location.lat).to.be.above(51.7);
  });

  for (const [scenario, text] of [
    ['none', 'PDOK kent dit adres niet'],
    ['error', 'PDOK gaf een fout terug'],
  ] as const) {
    it(`says in plain Dutch what went wrong: ${scenario}`, async () => {
      const store = testStore(feedDoc());
      const element = await mount('places[0].location', store, scenario);
      button(element, 'Zoek adres op bij PDOK').click();
      await until(() => element.querySelector('.studio-location-message') !== null, 'the message');
      expect(element.querySelector('.studio-location-message')!.textContent).to.contain(text);
      expect(element.querySelector('[role=status]')!.textContent).to.contain(text);
      expect((store.doc.places as Array<{ location: unknown }>)[0]!.location).to.deep.equal({ lat: 51.7, lng: 5.31 });
      await expect(element).to.be.accessible();
    });
  }

  it('while PDOK is slow it says it is looking, then that PDOK did not answer in time', async () => {
    const store = testStore(feedDoc());
    const wrapper = await studioFixture<HTMLDivElement>(html`<div style="width: 700px">
      <studio-location .store=${store} path="places[0].location" pdok-url=${pdok('slow')} pdok-timeout="600"></studio-location>
    </div>`);
    const element = wrapper.querySelector('studio-location')!;
    await element.mapReady;
    const search = button(element, 'Zoek adres op bij PDOK');
    search.click();
    await element.mapReady;
    expect(element.querySelector('[role=status]')!.textContent).to.contain('Bezig met opzoeken');
    expect(search.getAttribute('aria-disabled')).to.equal('true');
    await expect(element).to.be.accessible();
    await until(() => element.querySelector('.studio-location-message') !== null, 'the timeout message');
    expect(element.querySelector('.studio-location-message')!.textContent).to.contain('niet op tijd');
    expect(search.getAttribute('aria-disabled')).to.equal('false');
    expect(await pdokHits()).to.equal(1);
    await expect(element).to.be.accessible();
  });

  it('asks before it shows map tiles, and loads none before the yes', async () => {
    localStorage.clear();
    const store = testStore(feedDoc());
    const element = await mount('places[0].location', store);
    const hits = async () => ((await (await fetch(`/test-api/map/tiles/hits?map=${key}`)).json()) as { hits: number }).hits;
    expect(element.querySelector('.leaflet-tile') === null).to.be.true;
    const show = button(element, 'Kaart met straten tonen');
    expect(show.getAttribute('aria-pressed')).to.equal('false');
    expect(await hits()).to.equal(0);
    show.click();
    await element.mapReady;
    await until(() => element.querySelector('.leaflet-tile-loaded') !== null, 'a tile');
    expect(await hits()).to.be.above(0);
    const hide = button(element, 'Kaart met straten uitzetten');
    expect(hide.getAttribute('aria-pressed')).to.equal('true');
    await expect(element).to.be.accessible();
    hide.click();
    await element.mapReady;
    expect(element.querySelector('.leaflet-tile') === null).to.be.true;
    localStorage.clear();
  });

  itExcept(['webkit'], NARROW_IN_WEBKIT, 'works for an area centre and fits 320 px without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 700 });
    const store = testStore(feedDoc());
    const wrapper = await studioFixture<HTMLDivElement>(html`<div>
      <studio-location .store=${store} path="areas[0].center" label="Midden van de wijk" pdok-url=${pdok('ok')}></studio-location>
    </div>`);
    const element = wrapper.querySelector('studio-location')!;
    await element.mapReady;
    expect(element.querySelector('legend')!.textContent).to.contain('Midden van de wijk');
    // An area has no address: the search field starts empty and the editor types one.
    expect(element.querySelector<HTMLInputElement>('#f-areas-0-center-pdok')!.value).to.equal('');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const child of element.querySelectorAll<HTMLElement>('button, input')) {
      expect(child.getBoundingClientRect().right, child.outerHTML.slice(0, 80)).to.be.at.most(320.5);
    }
    button(element, 'schuif de punt naar het oosten').click();
    expect((store.doc.areas as Array<{ center: { lng: number } }>)[0]!.center.lng).to.be.above(5.3);
    await expect(element).to.be.accessible();
  });
});
