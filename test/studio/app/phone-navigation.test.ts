import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../../src/studio/app/buurt-studio.js';
import type { BuurtStudio } from '../../../src/studio/app/buurt-studio.js';
import { SECTIONS } from '../../../src/studio/app/sections.js';
import { engine } from '../../harness/engine.js';
import { NARROW_IN_WEBKIT, setViewport } from '../../harness/viewport.js';
import { waitUntil } from '../../harness/wait-until.js';
import { fetchJson, studioFixture, testStore } from '../harness.js';

// On a phone the navigation stands above the section it opens (nine buttons, about 440 px).
// The window is not narrowed in WebKit (NARROW_IN_WEBKIT): there the suite is skipped.
(engine === 'webkit' ? describe.skip : describe)(`<buurt-studio> navigation on a 390 px phone${engine === 'webkit' ? ` (not in WebKit: ${NARROW_IN_WEBKIT})` : ''}`, () => {
  before(() => setViewport({ width: 390, height: 740 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('shows the chosen section from its heading, not only its heading at the bottom of the screen', async () => {
    const store = testStore(await fetchJson('/demo/feeds/den-bosch.json'));
    const studio = await studioFixture<BuurtStudio>(html`<buurt-studio .store=${store}></buurt-studio>`);
    await store.settled();
    for (const { name, label } of SECTIONS.filter((section) => section.name !== 'start')) {
      window.scrollTo(0, 0);
      const item = [...studio.querySelectorAll<HTMLButtonElement>('.studio-nav-item')].find((button) => button.textContent!.trim() === label)!;
      item.focus();
      await sendKeys({ press: 'Enter' });
      const heading = (): HTMLElement | null => studio.querySelector(`studio-${name} h2`);
      await waitUntil(() => document.activeElement === heading(), `the heading of ${label} focused`);
      const top = heading()!.getBoundingClientRect().top;
      expect(top, `${label}: its heading not above the screen`).to.be.at.least(0);
      expect(top, `${label}: its heading in the upper half of the screen, with the section below it`).to.be.at.most(window.innerHeight / 2);
    }
    await expect(studio).to.be.accessible();
  });
});
