import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../../src/studio/app/buurt-studio.js';
import type { BuurtStudio } from '../../../src/studio/app/buurt-studio.js';
import { SECTIONS } from '../../../src/studio/app/sections.js';
import type { StudioNavigateDetail } from '../../../src/studio/base/studio-element.js';
import { engine } from '../../harness/engine.js';
import { NARROW_IN_WEBKIT, setViewport } from '../../harness/viewport.js';
import { fetchJson, studioFixture, testStore } from '../harness.js';

/** Elements under `root` that stick out to the right of the window, by name, for a clear failure message. */
function overflow(root: Element): string[] {
  const wide: string[] = [];
  const right = document.documentElement.clientWidth + 1;
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    // The preview shows the elements as a real page would, scaled down inside a frame of its own.
    if (element.closest('.studio-preview-page')) continue;
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.right > right) wide.push(`${element.localName}.${element.className} ${Math.round(box.right)}: ${element.textContent!.trim().slice(0, 40)}`);
    // Text that runs out of its box (one long word) does not widen the box itself.
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim() || element.closest('.studio-visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if ([...range.getClientRects()].some((rect) => rect.right > right)) wide.push(`text "${node.textContent!.trim().slice(0, 40)}" in ${element.localName}.${element.className}`);
    }
  }
  return wide;
}

async function settledStudio(studio: BuurtStudio): Promise<void> {
  await studio.updateComplete;
  for (const element of studio.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) {
    if (element.localName.startsWith('studio-') && element.updateComplete) await element.updateComplete;
  }
  await new Promise(requestAnimationFrame);
}

// A phone with the browser's text size at 200% (WCAG 1.4.4, 1.4.10): rem grows, the screen does not.
// The window is not narrowed in WebKit (NARROW_IN_WEBKIT): there the suite is skipped.
(engine === 'webkit' ? describe.skip : describe)(`<buurt-studio> with 200% text on a 390 px phone${engine === 'webkit' ? ` (not in WebKit: ${NARROW_IN_WEBKIT})` : ''}`, () => {
  before(() => setViewport({ width: 390, height: 740 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => {
    document.documentElement.style.fontSize = '200%';
  });
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  it('fits every section and the place, task, word and guide editors without sideways scrolling', async () => {
    const store = testStore(await fetchJson('/demo/feeds/den-bosch.json'));
    const studio = await studioFixture<BuurtStudio>(html`<buurt-studio .store=${store}></buurt-studio>`);
    await store.settled();
    const views: StudioNavigateDetail[] = [
      ...SECTIONS.map(({ name }) => ({ section: name })),
      // Long Dutch words: "Vrijwilligersorganisatie" (a kind of place), "Standaardtekst terugzetten" (a guide's help line).
      { section: 'places', path: 'places[0].name' },
      { section: 'tasks', path: 'opportunities[0].title' },
      { section: 'glossary', path: 'glossary[0].term' },
    ];
    const wide: string[] = [];
    for (const view of views) {
      await studio.show(view);
      await settledStudio(studio);
      wide.push(...overflow(studio).map((what) => `${view.path ?? view.section}: ${what}`));
      if (view.section === 'guides' || view.path) await expect(studio, view.path ?? view.section).to.be.accessible();
    }
    expect(wide.slice(0, 12)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(390);
  });
});
