import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { itExcept } from '../../harness/engine.js';
import { $$, mapWithFeed, place, smallFeed, unmountAll } from './helpers.js';

// Windows' contrast themes (forced colours) paint every button in the same two colours.
describe('<buurt-map> in forced-colors mode', () => {
  afterEach(async () => {
    unmountAll();
  });

  itExcept(['firefox', 'webkit'], 'forced colors are emulated through the DevTools protocol', 'shows which of Kaart | Lijst is on by more than bold text', async () => {
    const map = await mapWithFeed(smallFeed([place('a'), place('b')]), { width: 320 });
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const [mapButton, listButton] = $$(map, '.switch button') as [HTMLElement, HTMLElement];
      expect(listButton.getAttribute('aria-pressed')).to.equal('true');
      const on = getComputedStyle(listButton);
      const off = getComputedStyle(mapButton);
      expect(on.backgroundColor, 'the pressed button has its own background').to.not.equal(off.backgroundColor);
      expect(on.color).to.not.equal(on.backgroundColor);
      await expect(map).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });
});
