import { expect, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import '../../../src/studio/app/buurt-studio.js';
import type { BuurtStudio } from '../../../src/studio/app/buurt-studio.js';
import { sectionForPath, SECTIONS } from '../../../src/studio/app/sections.js';
import { navigate } from '../../../src/studio/base/studio-element.js';
import { studioFixture, testStore } from '../harness.js';

async function shell(doc = {}): Promise<BuurtStudio> {
  const store = testStore(doc);
  const element = await studioFixture<BuurtStudio>(html`<buurt-studio .store=${store}></buurt-studio>`);
  await store.settled();
  await element.updateComplete;
  return element;
}

describe('<buurt-studio> shell', () => {
  it('starts at "Beginnen", lists every section, and passes axe', async () => {
    const element = await shell();
    const items = [...element.querySelectorAll('.studio-nav-item')];
    expect(items.map((item) => item.textContent!.trim())).to.deep.equal(SECTIONS.map((section) => section.label));
    expect(element.querySelector('[aria-current=page]')!.textContent!.trim()).to.equal('Beginnen');
    expect(element.querySelector('studio-start')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('shows each section from the navigation, and every state passes axe', async () => {
    const element = await shell({ version: '1.0', publisher: { name: '' } });
    for (const { name } of SECTIONS) {
      const button = [...element.querySelectorAll<HTMLButtonElement>('.studio-nav-item')].find((item) => item.textContent!.trim() === SECTIONS.find((s) => s.name === name)!.label)!;
      button.click();
      await element.updateComplete;
      expect(element.querySelector(`studio-${name}`), name).to.exist;
      expect(button.getAttribute('aria-current')).to.equal('page');
      await expect(element).to.be.accessible();
    }
  });

  it('goes to the section a studio-navigate event names and focuses its heading', async () => {
    const element = await shell();
    const start = element.querySelector('studio-start')!;
    const section = oneEvent(element, 'studio-section');
    navigate(start, 'glossary');
    expect((await section).detail.section).to.equal('glossary');
    await element.updateComplete;
    await new Promise(requestAnimationFrame);
    expect(document.activeElement?.closest('studio-glossary')).to.exist;
  });

  it('sums up the errors GOV.UK-style; a link goes to the section of the problem', async () => {
    const element = await shell({ version: '1.0', publisher: { name: '' }, places: [{ id: 'a', kind: 'informal-initiative' }] });
    element.querySelectorAll<HTMLButtonElement>('.studio-nav-item')[1]!.click();
    await element.updateComplete;
    const summary = element.querySelector('.studio-error-summary')!;
    const count = element.store!.problems.filter((problem) => problem.severity === 'error').length;
    expect(summary.querySelector('h2')!.textContent).to.equal(`Er zijn ${count} problemen`);
    expect(summary.querySelectorAll('a')).to.have.length(count);
    expect(await element.focusSummary()).to.equal(true);
    expect(document.activeElement).to.equal(summary);
    await expect(element).to.be.accessible();
    const toPlace = [...summary.querySelectorAll('a')].find((link) => link.getAttribute('href') === '#places[0].name')!;
    toPlace.click();
    await oneEvent(element, 'studio-section');
    expect(element.section).to.equal('places');
  });

  it('focuses the field of a problem chosen in the summary, in the section that edits it', async () => {
    const element = await shell({ version: '1.0', publisher: { name: 'P' }, places: [{ id: 'a', name: 'A', kind: 'informal-initiative', location: { lat: 'noord', lng: 5.3 } }] });
    element.querySelectorAll<HTMLButtonElement>('.studio-nav-item')[1]!.click();
    await element.updateComplete;
    const link = [...element.querySelectorAll<HTMLAnchorElement>('.studio-error-summary a')].find((a) => a.getAttribute('href')!.startsWith('#places[0].location'))!;
    expect(link, element.querySelector('.studio-error-summary')!.textContent!).to.exist;
    link.click();
    await oneEvent(element, 'studio-section');
    for (let i = 0; i < 200 && !document.activeElement?.id.startsWith('f-places-0-location'); i++) await new Promise(requestAnimationFrame);
    expect(document.activeElement!.id).to.match(/^f-places-0-location/);
    expect(document.activeElement!.closest('studio-places')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('maps problem paths to the section that edits them', () => {
    expect(sectionForPath('places[3].location.lat')).to.equal('places');
    expect(sectionForPath('areas[0].center')).to.equal('publisher');
    expect(sectionForPath('opportunities[1].title')).to.equal('tasks');
    expect(sectionForPath('signup.action')).to.equal('tasks');
    expect(sectionForPath('guides[0].steps[2]')).to.equal('guides');
    expect(sectionForPath('glossary[0].term')).to.equal('glossary');
    expect(sectionForPath('')).to.equal('publisher');
    expect(sectionForPath('version')).to.equal('publisher');
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z and Ctrl+Y outside text fields, and with the buttons', async () => {
    const element = await shell({ version: '1.0', publisher: { name: 'A' } });
    const store = element.store!;
    store.set('publisher.name', 'B');
    await element.updateComplete;
    const [undo, redo] = [...element.querySelectorAll<HTMLButtonElement>('.studio-header button')];
    expect(undo!.disabled).to.equal(false);
    const key = (init: KeyboardEventInit) => element.querySelector('.studio-nav-item')!.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
    key({ key: 'z', ctrlKey: true });
    expect((store.doc.publisher as { name: string }).name).to.equal('A');
    key({ key: 'Z', ctrlKey: true, shiftKey: true });
    expect((store.doc.publisher as { name: string }).name).to.equal('B');
    key({ key: 'z', metaKey: true });
    key({ key: 'y', ctrlKey: true });
    expect((store.doc.publisher as { name: string }).name).to.equal('B');
    undo!.click();
    expect((store.doc.publisher as { name: string }).name).to.equal('A');
    await element.updateComplete;
    redo!.click();
    expect((store.doc.publisher as { name: string }).name).to.equal('B');
    // In a text field the browser's own undo applies: the shell leaves the key alone.
    const input = document.createElement('input');
    element.querySelector('main')!.append(input);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
    expect((store.doc.publisher as { name: string }).name).to.equal('B');
  });
});
