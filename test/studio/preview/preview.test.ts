// <studio-preview>: the three kit elements fed from the draft at phone and computer width,
// following the draft after a pause, and never leaving the studio or sending anything.
import { expect, html, oneEvent } from '@open-wc/testing';
import '../../../src/index.js';
import '../../../src/studio/sections/studio-preview/studio-preview.js';
import type { StudioPreview } from '../../../src/studio/sections/studio-preview/studio-preview.component.js';
import { PREVIEW_DELAY_MS } from '../../../src/studio/sections/studio-preview/preview-snapshot.js';
import { fetchJson, studioFixture, testStore } from '../harness.js';
import { itExcept } from '../../harness/engine.js';
import { NARROW_IN_WEBKIT, setViewport } from '../../harness/viewport.js';

async function until(check: () => boolean, what: string): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > 15_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

const shadowText = (element: Element | null): string => element?.shadowRoot?.textContent ?? '';

async function mount(): Promise<{ element: StudioPreview; store: ReturnType<typeof testStore> }> {
  const store = testStore(await fetchJson('/demo/feeds/den-bosch.json'));
  const element = await studioFixture<StudioPreview>(html`<studio-preview .store=${store}></studio-preview>`);
  return { element, store };
}

function choose(element: StudioPreview, label: string): Promise<void> {
  const radio = [...element.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((input) =>
    input.closest('label')!.textContent!.includes(label),
  )!;
  radio.click();
  return element.updateComplete.then(() => undefined);
}

describe('<studio-preview>', () => {
  beforeEach(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it('shows the draft in a map at phone and at computer width, side by side, without tiles', async () => {
    const { element } = await mount();
    const maps = [...element.querySelectorAll('buurt-map')];
    expect(maps).to.have.length(2);
    await until(() => maps.every((map) => shadowText(map).includes('De Wijkplaats')), 'both maps with the sample places');
    for (const map of maps) expect(map.getAttribute('tiles')).to.equal('none');
    const [phone, desktop] = [...element.querySelectorAll<HTMLElement>('.studio-preview-frame')];
    expect(phone!.getBoundingClientRect().width).to.be.closeTo(360, 1);
    expect(desktop!.getBoundingClientRect().top).to.equal(phone!.getBoundingClientRect().top);
    // The computer frame lays the page out at 1024 px, so the map shows its wide layout.
    expect(desktop!.querySelector('.studio-preview-page')!.getBoundingClientRect().width).to.equal(1024);
    expect(document.querySelectorAll('.leaflet-tile').length).to.equal(0);
    // One frame is live, the other only to look at (no double landmarks); the editor swaps them.
    expect(desktop!.querySelector('.studio-preview-screen')!.hasAttribute('inert')).to.be.true;
    await expect(element).to.be.accessible();
    const tryDesktop = desktop!.querySelector<HTMLButtonElement>('.studio-preview-inactive button')!;
    expect(tryDesktop.textContent).to.contain('Probeer de computerversie');
    tryDesktop.click();
    await element.updateComplete;
    expect(desktop!.querySelector('.studio-preview-screen')!.hasAttribute('inert')).to.be.false;
    expect(phone!.querySelector('.studio-preview-screen')!.hasAttribute('inert')).to.be.true;
    expect(document.activeElement).to.equal(desktop!.querySelector('.studio-preview-screen'));
    await expect(element).to.be.accessible();
  });

  it('follows an edit once the editor pauses, not on every keystroke', async () => {
    const { element, store } = await mount();
    const phoneMap = element.querySelector('buurt-map')!;
    await until(() => shadowText(phoneMap).includes('De Wijkplaats'), 'the first map');
    let loads = 0;
    phoneMap.addEventListener('buurt-load', () => loads++);
    const typed = 'Het Buurthuis';
    for (let end = 1; end <= typed.length; end++) store.set('places[0].name', typed.slice(0, end), { coalesce: 'places[0].name' });
    await element.updateComplete;
    expect(element.querySelector('[role=status]')!.textContent).to.contain('wordt bijgewerkt');
    // Still the old draft while typing goes on.
    expect(shadowText(phoneMap)).to.contain('De Wijkplaats');
    const loaded = oneEvent(phoneMap, 'buurt-load');
    await loaded;
    await until(() => shadowText(phoneMap).includes('Het Buurthuis'), 'the edited name');
    expect(shadowText(phoneMap)).not.to.contain('De Wijkplaats');
    // Thirteen edits, one new feed for the element.
    expect(loads).to.equal(1);
    expect(element.querySelector('[role=status]')!.textContent).to.contain('Bijgewerkt om');
    expect(PREVIEW_DELAY_MS).to.be.within(200, 1000);
    // Undo is an edit like any other.
    store.undo();
    await until(() => shadowText(phoneMap).includes('De Wijkplaats'), 'the undone name');
  });

  it('the guide: "Snel weg" stays in the studio and says where it would go', async () => {
    const { element } = await mount();
    await choose(element, 'Wegwijzer');
    const guides = [...element.querySelectorAll('buurt-guide')];
    expect(guides).to.have.length(2);
    await until(() => guides.every((guide) => guide.shadowRoot?.querySelector('[part~="quick-exit"]') != null), 'the guides');
    await expect(element).to.be.accessible();
    const before = location.href;
    (guides[0]!.shadowRoot!.querySelector('[part~="quick-exit"]') as HTMLElement).click();
    await until(() => element.querySelector('.studio-preview-note') !== null, 'the note');
    expect(location.href).to.equal(before);
    expect(element.querySelector('.studio-preview-note')!.textContent).to.contain('Snel weg');
    await expect(element).to.be.accessible();
    const again = [...element.querySelectorAll('button')].find((button) => button.textContent!.includes('Wegwijzer opnieuw tonen'))!;
    again.click();
    await element.updateComplete;
    expect(element.querySelector('.studio-preview-note') === null).to.be.true;
    const fresh = element.querySelector('buurt-guide')!;
    expect(fresh).not.to.equal(guides[0]);
    await until(() => fresh.shadowRoot?.querySelector('[part~="quick-exit"]') != null, 'a fresh guide');
  });

  it('the sign-up form: sending is caught before the form handles it', async () => {
    const { element } = await mount();
    await choose(element, 'Aanmeldformulier');
    const signup = element.querySelector('buurt-signup')!;
    await until(() => signup.shadowRoot?.querySelector('[part~="submit"]') != null, 'the form');
    await expect(element).to.be.accessible();
    (signup.shadowRoot!.querySelector('[part~="submit"]') as HTMLButtonElement).click();
    await until(() => element.querySelector('.studio-preview-note') !== null, 'the note');
    expect(element.querySelector('.studio-preview-note')!.textContent).to.contain('verstuurt hier niets');
    await (signup as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    // The form's own handler did not run: it would have listed the empty required fields.
    expect(signup.shadowRoot!.querySelector('.error-summary') === null).to.be.true;
    // Nothing of the preview's form lands in the studio's own storage.
    expect(Object.keys(localStorage).filter((key) => key.includes('signup'))).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  itExcept(['webkit'], NARROW_IN_WEBKIT, 'stacks the frames at 320 px without sideways scrolling of the page', async () => {
    await setViewport({ width: 320, height: 800 });
    const { element } = await mount();
    const maps = [...element.querySelectorAll('buurt-map')];
    await until(() => maps.every((map) => shadowText(map).includes('De Wijkplaats')), 'the maps');
    const [phone, desktop] = [...element.querySelectorAll<HTMLElement>('.studio-preview-frame')];
    expect(desktop!.getBoundingClientRect().top).to.be.above(phone!.getBoundingClientRect().bottom - 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(element).to.be.accessible();
  });
});
