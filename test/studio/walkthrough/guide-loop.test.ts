// Issue 12, "done when" (3): a guide with a loop shows the loop before export — in the guides
// overview and in the save section, each with a way to the choice that closes the loop.
// Made with the keyboard only in a new feed (the wizard): a guide whose second question can go
// back to the first.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../harness/wait-until.js';
import '../../../src/studio/app/buurt-studio.js';
import type { BuurtStudio } from '../../../src/studio/app/buurt-studio.component.js';
import { fieldId } from '../../../src/studio/base/field-id.js';
import { getAt } from '../../../src/studio/model/json-path.js';
import { linkStudioCss } from '../harness.js';
import { deepActive, enter, fill, press, space, tabTo, tabToField, tabToId, type } from './keyboard.js';
import { openSection, settled } from './studio-walk.js';

/** Chooses, with the arrow keys, the option of the focused select whose value is `value`. */
async function chooseWithArrows(value: string): Promise<void> {
  const select = deepActive() as HTMLSelectElement;
  expect(select.localName).to.equal('select');
  const wanted = [...select.options].findIndex((option) => option.value === value);
  expect(wanted, `an option ${value}`).to.be.at.least(0);
  for (let i = 0; i < select.options.length && select.selectedIndex !== wanted; i++) {
    await press(select.selectedIndex < wanted ? 'ArrowDown' : 'ArrowUp');
  }
  expect(select.value).to.equal(value);
}

describe('walkthrough: a guide with a loop', function () {
  this.timeout(300_000);

  it('shows the loop in the guides overview and in the save section, and both lead to the choice', async () => {
    await linkStudioCss();
    const studio = await fixture<BuurtStudio>(html`<buurt-studio></buurt-studio>`);
    await settled(studio);
    await tabToId('studio-start-new');
    await space();
    await settled(studio);
    for (const answer of ['Wijkkrant Boschveld', 'Boschveld', 'redactie@example.nl']) {
      await type(answer);
      await enter();
      await settled(studio);
    }
    let store = await settled(studio);
    expect(studio.section).to.equal('publisher');
    const guide = 'guides[0]';

    // A new guide: question 1 → (new) question 2 → the advice, or back to question 1.
    await openSection(studio, 'Wegwijzers');
    await tabToId('studio-guides-new-title');
    await type('Een rondje');
    await enter();
    store = await settled(studio);
    expect(deepActive()!.id).to.equal(fieldId(`${guide}.steps[0].text`));
    await type('Gaat het om jouw kind?');
    await fill(`${guide}.steps[0].choices[0].label`, 'Ja');
    await tabToId(`${fieldId(`${guide}.steps[0].choices[0]`)}-new-question`);
    await space();
    store = await settled(studio);
    expect(deepActive()!.id).to.equal(fieldId(`${guide}.steps[2].text`));
    await type('Wil je het nog eens lezen?');
    await fill(`${guide}.steps[2].choices[0].label`, 'Nee');
    await tabToField(`${guide}.steps[2].choices[0].next`);
    const advice = getAt(store.doc, `${guide}.steps[1].id`) as string;
    await chooseWithArrows(advice);
    await tabToId(fieldId(`${guide}.steps[2].choices`));
    await space();
    store = await settled(studio);
    expect(deepActive()!.id).to.equal(fieldId(`${guide}.steps[2].choices[1].label`));
    await type('Ja, nog een keer');
    await tabToField(`${guide}.steps[2].choices[1].next`);
    await chooseWithArrows(getAt(store.doc, `${guide}.steps[0].id`) as string);
    // The advice gets a title, so nothing but the loop is left to say about this guide.
    await fill(`${guide}.steps[1].title`, 'Praat erover');
    store = await settled(studio);

    // The validator sees the loop, as a warning at the choice that closes it.
    const loopPath = `${guide}.steps[2].choices[1].next`;
    const loops = store.problems.filter((problem) => problem.code === 'guide.cycle');
    expect(loops.map((problem) => problem.path)).to.deep.equal([loopPath]);

    // In the guides overview: "Rondje: …" with a link to the choice.
    const overview = [...studio.querySelectorAll('.studio-guides-problem--loop')];
    expect(overview.map((item) => item.textContent!.replace(/\s+/g, ' ').trim())).to.have.length(1);
    expect(overview[0]!.textContent).to.match(/Rondje: stap 1, dan stap 3, en dan terug naar stap 1\./);
    await expect(studio).to.be.accessible();
    await tabTo((active) => active.localName === 'a' && overview[0]!.contains(active), 'the loop in the overview');
    await enter();
    await settled(studio);
    expect(deepActive()!.id).to.equal(fieldId(loopPath));

    // In the save section, before the download: the loop is named, and leads to the same choice.
    await openSection(studio, 'Opslaan');
    const save = studio.querySelector('studio-save')!;
    const link = [...save.querySelectorAll('a')].find((a) => /rondje/i.test(a.textContent ?? ''));
    expect(link, `a link about the loop in: ${save.textContent!.replace(/\s+/g, ' ')}`).to.not.equal(undefined);
    await expect(studio).to.be.accessible();
    await tabTo((active) => active === link, 'the loop in the save section');
    await enter();
    await waitUntil(() => studio.section === 'guides', 'the guides section opens');
    await settled(studio);
    expect(deepActive()!.id).to.equal(fieldId(loopPath));
  });
});
