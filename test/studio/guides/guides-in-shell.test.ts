import { expect } from '@open-wc/testing';
import { waitUntil } from '../../harness/wait-until.js';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../../src/studio/app/buurt-studio.js';
import type { BuurtStudio } from '../../../src/studio/app/buurt-studio.js';
import { fieldId } from '../../../src/studio/base/field-id.js';
import { studioFixture, testStore } from '../harness.js';

/** Two guides; the second has a choice to a step that does not exist (an error of validateFeed). */
const doc = {
  version: '1.0',
  publisher: { name: 'Wijkkrant' },
  places: [{ id: 'cjg', name: 'CJG', kind: 'professional-service', location: { lat: 51.7, lng: 5.29 } }],
  guides: [
    {
      id: 'eerste',
      title: 'Eerste',
      start: 'q1',
      steps: [
        { type: 'question', id: 'q1', text: 'Vraag?', choices: [{ label: 'Ja', next: 'a1' }] },
        { type: 'advice', id: 'a1', title: 'Advies', contacts: [{ type: 'place', place: 'cjg' }] },
      ],
    },
    {
      id: 'tweede',
      title: 'Tweede',
      start: 'q1',
      steps: [
        { type: 'question', id: 'q1', text: 'Vraag?', choices: [{ label: 'Ja', next: 'a1' }, { label: 'Nee', next: 'weg' }] },
        { type: 'advice', id: 'a1', title: 'Advies', contacts: [{ type: 'place', place: 'cjg' }] },
      ],
    },
  ],
};

describe('the guides section in <buurt-studio>', () => {
  it('opens the right guide and focuses the choice from a link in the error summary', async () => {
    const store = testStore(structuredClone(doc));
    const studio = await studioFixture<BuurtStudio>(html`<buurt-studio .store=${store}></buurt-studio>`);
    await store.settled();
    await studio.show({ section: 'guides' });
    const links = [...studio.querySelectorAll<HTMLAnchorElement>('.studio-error-summary a')];
    const link = links.find((a) => a.textContent!.includes('"weg"'));
    expect(link, links.map((a) => a.textContent).join('\n')).to.exist;
    link!.click();
    // The shell shows the section, lets it open guide 2 (reveal), then focuses the field.
    const target = fieldId('guides[1].steps[0].choices[1].next');
    await waitUntil(() => document.activeElement?.id === target, `focus never reached #${target}`);
    const guides = studio.querySelector('studio-guides')!;
    expect(guides.querySelector('#studio-guides-editor-title')!.textContent).to.contain('Tweede');
    await expect(studio).to.be.accessible();
  });

  it('lists a guide loop and an advice without contact before the download, each a link to its step', async () => {
    const draft = structuredClone(doc);
    // Guide 1: question 1 now also loops onto itself; its advice loses its contact.
    draft.guides[0]!.steps[0]!.choices.push({ label: 'Nog eens', next: 'q1' });
    (draft.guides[0]!.steps[1] as { contacts: unknown[] }).contacts = [];
    draft.guides[1]!.steps[0]!.choices.pop();
    const store = testStore(draft);
    const studio = await studioFixture<BuurtStudio>(html`<buurt-studio .store=${store}></buurt-studio>`);
    await store.settled();
    await studio.show({ section: 'save' });
    const save = studio.querySelector('studio-save')!;
    const links = [...save.querySelectorAll<HTMLAnchorElement>('.studio-save-guides a')];
    expect(links.map((a) => a.textContent!.trim().slice(0, 40))).to.have.length(2);
    expect(save.querySelector('.studio-save-status')!.textContent).to.contain('Kijk nog wel even naar je wegwijzers');
    expect(save.querySelector('.studio-save-status')!.textContent).to.not.contain('tips');
    await expect(studio).to.be.accessible();

    const loop = links.find((a) => /rondje/i.test(a.textContent!))!;
    expect(loop.textContent).to.contain('Wegwijzer “Eerste”');
    loop.focus();
    await sendKeys({ press: 'Enter' });
    const target = fieldId('guides[0].steps[0].choices[1].next');
    await waitUntil(() => document.activeElement?.id === target, `focus never reached #${target}`);

    await studio.show({ section: 'save' });
    const contact = [...studio.querySelectorAll<HTMLAnchorElement>('studio-save .studio-save-guides a')].find((a) => a.textContent!.includes('geen contact'))!;
    contact.click();
    const button = fieldId('guides[0].steps[1].contacts');
    await waitUntil(() => document.activeElement?.id === button, `focus never reached #${button}`);
  });
});
