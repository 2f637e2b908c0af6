// The draft controller on a bare host element: what is typed is kept on the device, written
// after a pause in typing, at once when the page hides or the element leaves, and not at all
// once the host says no more writes.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitUntil } from '../../harness/wait-until.js';
import { LitElement } from 'lit';
import { DraftController } from '../../../src/components/signup/draft-controller.js';
import { DRAFT_PREFIX, type KeyValueStorage } from '../../../src/components/signup/device.js';
import { privateStorage } from './helpers.js';

class DraftHost extends LitElement {
  storage?: KeyValueStorage | null;
  draftKey = 'test';
  writable = true;
  readonly draft = new DraftController(this, {
    storage: () => this.storage,
    key: () => this.draftKey,
    mayWrite: () => this.writable,
  });

  override render(): unknown {
    return html`<p>${this.draft.values.name}</p>`;
  }
}
customElements.define('draft-controller-host', DraftHost);

describe('DraftController', function () {
  this.timeout(20_000);
  const storage = privateStorage(`draft-controller.${Date.now().toString(36)}:`);
  const key = `${DRAFT_PREFIX}test`;
  const stored = (): { values: { name: string; languages: string[] }; submittedId?: string } | null =>
    JSON.parse(storage.getItem(key) ?? 'null') as { values: { name: string; languages: string[] }; submittedId?: string } | null;
  const mount = (): Promise<DraftHost> => fixture<DraftHost>(html`<draft-controller-host .storage=${storage}></draft-controller-host>`);

  afterEach(() => {
    fixtureCleanup();
    storage.clear();
  });

  it('writes a change after a pause in typing, not on every key, and restores it on the next connect', async () => {
    const host = await mount();
    host.draft.set('name', 'Fa');
    host.draft.set('name', 'Fatima');
    expect(stored(), 'nothing written while typing').to.equal(null);
    await waitUntil(() => stored() !== null, 'the draft is written after the pause');
    expect(stored()!.values.name).to.equal('Fatima');
    await host.updateComplete;
    expect(host.shadowRoot!.textContent, 'a change renders the host').to.include('Fatima');

    fixtureCleanup();
    const next = await mount();
    expect(next.draft.values.name).to.equal('Fatima');
    expect(next.shadowRoot!.textContent).to.include('Fatima');
  });

  it('writes at once when the page hides and when the element leaves', async () => {
    const host = await mount();
    host.draft.toggle('languages', 'ar', true);
    window.dispatchEvent(new Event('pagehide'));
    expect(stored()!.values.languages).to.deep.equal(['ar']);
    host.draft.set('name', 'Ahmed');
    host.remove();
    expect(stored()!.values.name, 'written on disconnect').to.equal('Ahmed');
  });

  it('keeps the submitted id until the person removes that sign-up, then removes the stored draft too', async () => {
    const host = await mount();
    host.draft.set('name', 'Fatima');
    host.draft.markSubmitted('id-1', new Date().toISOString());
    expect(stored()!.submittedId, 'written before anything is sent').to.equal('id-1');
    host.draft.forgetSubmission();
    expect(stored(), 'the stored draft went with the sign-up').to.equal(null);
    expect(host.draft.submittedId).to.equal(undefined);
    expect(host.draft.values.name, 'what is on screen stays').to.equal('Fatima');
    host.remove();
    expect(stored(), 'and leaving does not write it back').to.equal(null);
  });

  it('writes only a change: an untouched form stores nothing, and nothing is written when the host forbids it', async () => {
    const host = await mount();
    host.remove();
    expect(stored(), 'an untouched form').to.equal(null);
    document.body.append(host);
    host.draft.set('name', 'Fatima');
    host.writable = false;
    host.draft.saveNow();
    expect(stored(), 'no write after the host said no').to.equal(null);
    host.remove();
  });

  it('works from memory and says so when the device cannot keep anything', async () => {
    const host = await fixture<DraftHost>(html`<draft-controller-host .storage=${null}></draft-controller-host>`);
    expect(host.draft.persistent).to.equal(false);
    host.draft.set('name', 'Fatima');
    host.draft.saveNow();
    expect(host.draft.values.name).to.equal('Fatima');
  });
});
