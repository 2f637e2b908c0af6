import { expect, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import '../../../src/studio/app/buurt-studio.js';
import type { BuurtStudio } from '../../../src/studio/app/buurt-studio.js';
import { openInputs } from '../../../src/studio/model/open.js';
import { validateFeed } from '../../../src/feed/validate.js';
import { DraftStorage } from '../../../src/studio/model/draft-storage.js';
import { studioFixture, testStore } from '../harness.js';
import { itExcept } from '../../harness/engine.js';
import { NARROW_IN_WEBKIT, setViewport } from '../../harness/viewport.js';

interface Download {
  name: string;
  text: string;
}

/** Records what the studio offers for download (the <a download> it clicks), reading each Blob before it is revoked. */
function captureDownloads(): { downloads: Promise<Download>[]; restore(): void } {
  const original = HTMLAnchorElement.prototype.click;
  const downloads: Promise<Download>[] = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) return original.call(this);
    const name = this.download;
    downloads.push(fetch(this.href).then(async (response) => ({ name, text: await response.text() })));
  };
  return { downloads, restore: () => (HTMLAnchorElement.prototype.click = original) };
}

async function saveSection(text: string): Promise<BuurtStudio> {
  const opened = await openInputs([{ name: 'buurt.json', bytes: new TextEncoder().encode(text) }]);
  if (!opened.ok) throw new Error(opened.message);
  const store = testStore();
  store.replace(opened.doc, { resetHistory: true, format: opened.format });
  const element = await studioFixture<BuurtStudio>(html`<buurt-studio .store=${store}></buurt-studio>`);
  await element.show({ section: 'save' });
  await store.settled();
  await element.updateComplete;
  return element;
}

const buttonNamed = (root: Element, text: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent!.includes(text))!;

describe('studio-save', () => {
  let capture: ReturnType<typeof captureDownloads>;
  beforeEach(() => (capture = captureDownloads()));
  afterEach(async () => {
    capture.restore();
    await setViewport({ width: 800, height: 600 });
  });

  it('downloads the sample feed unchanged byte for byte, says there are no problems, and passes axe', async () => {
    const text = await (await fetch('/demo/feeds/den-bosch.json')).text();
    const element = await saveSection(text);
    const status = element.querySelector('.studio-save-status')!.textContent!;
    expect(status).to.match(/Geen problemen/);
    await expect(element).to.be.accessible();
    buttonNamed(element, 'Download buurt.json').click();
    await element.store!.settled();
    await element.updateComplete;
    expect(capture.downloads).to.have.length(1);
    const download = await capture.downloads[0]!;
    expect(download.name).to.equal('buurt.json');
    expect(download.text).to.equal(text);
    expect(element.querySelector('.studio-save-done')!.textContent).to.contain('buurt.json is gedownload');
  });

  it('with errors, moves focus to the error summary instead of downloading; "Toch downloaden" still can', async () => {
    const element = await saveSection('{"version":"1.0","publisher":{"name":"P"},"places":[{"id":"a","kind":"informal-initiative"}]}');
    expect(element.querySelector('.studio-save-status')!.textContent).to.match(/nog 2 problemen/);
    buttonNamed(element, 'Download buurt.json').click();
    await element.store!.settled();
    await element.updateComplete;
    await new Promise(requestAnimationFrame);
    expect(document.activeElement?.classList.contains('studio-error-summary')).to.equal(true);
    expect(capture.downloads).to.have.length(0);
    await expect(element).to.be.accessible();
    buttonNamed(element, 'Toch downloaden').click();
    await element.store!.settled();
    await element.updateComplete;
    expect(capture.downloads).to.have.length(1);
    expect(JSON.parse((await capture.downloads[0]!).text).places[0].id).to.equal('a');
  });

  it('downloads the tables as CSV through the sources\' CSV export', async () => {
    const text = await (await fetch('/demo/feeds/den-bosch.json')).text();
    const element = await saveSection(text);
    buttonNamed(element, 'tabellen (CSV)').click();
    for (let i = 0; i < 200 && capture.downloads.length === 0; i++) await new Promise(requestAnimationFrame);
    const files = await Promise.all(capture.downloads);
    expect(files.map((file) => file.name)).to.include('plekken.csv');
    const places = files.find((file) => file.name === 'plekken.csv')!.text;
    expect(places.split('\n')[0]).to.contain('naam');
    expect(places).to.contain('Wijkplaats');
  });

  itExcept(['webkit'], NARROW_IN_WEBKIT, 'fits 320 px without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await saveSection('{"version":"1.0","publisher":{"name":"P"},"places":[{"id":"a","kind":"informal-initiative"}]}');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(element).to.be.accessible();
  });
});

describe('opening something else over the draft', () => {
  let capture: ReturnType<typeof captureDownloads>;
  beforeEach(() => (capture = captureDownloads()));
  afterEach(() => capture.restore());
  const KEPT = { version: '1.0', publisher: { name: 'Wijkkrant Oost' }, places: [] };

  afterEach(() => new DraftStorage().discard());

  /** A studio opened on its start page, with a draft kept on this device earlier, changed or not. */
  async function startPage(changed: boolean) {
    await new DraftStorage().save({ doc: KEPT, format: { indent: 2, newline: true }, changed });
    const element = await studioFixture<BuurtStudio>(html`<buurt-studio .store=${testStore()}></buurt-studio>`);
    for (let i = 0; i < 200 && !element.draft; i++) await new Promise(requestAnimationFrame);
    await element.updateComplete;
    const start = element.querySelector('studio-start')! as HTMLElement & { updateComplete: Promise<boolean> };
    await start.updateComplete;
    return { element, start };
  }

  async function chooseCsv(start: Element): Promise<void> {
    const input = start.querySelector<HTMLInputElement>('#studio-start-file')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['naam;soort\nKoffie-inloop;Bewonersinitiatief\n'], 'plekken.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
  }

  async function confirmShown(start: HTMLElement & { updateComplete: Promise<boolean> }): Promise<HTMLElement> {
    for (let i = 0; i < 200 && !start.querySelector('.studio-replace-confirm'); i++) await new Promise(requestAnimationFrame);
    await start.updateComplete;
    return start.querySelector<HTMLElement>('.studio-replace-confirm')!;
  }

  it('asks before a file replaces a draft with changes; "Nee, terug" and Escape keep the draft and give focus back to the file field', async () => {
    const { element, start } = await startPage(true);
    let opened = 0;
    element.addEventListener('studio-open', () => opened++);
    await chooseCsv(start);
    const confirm = await confirmShown(start);
    expect(confirm.textContent).to.contain('Je opent het bestand plekken.csv');
    expect(confirm.textContent).to.contain('Wijkkrant Oost');
    expect(document.activeElement).to.equal(confirm.querySelector('h2'));
    await expect(element).to.be.accessible();

    buttonNamed(confirm, 'Nee, terug').click();
    await start.updateComplete;
    expect(start.querySelector('.studio-replace-confirm')).to.equal(null);
    expect(document.activeElement).to.equal(start.querySelector('#studio-start-file'));
    expect(start.querySelector<HTMLInputElement>('#studio-start-file')!.value).to.equal('');

    await chooseCsv(start);
    const again = await confirmShown(start);
    again.querySelector('h2')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await start.updateComplete;
    expect(start.querySelector('.studio-replace-confirm')).to.equal(null);
    expect(opened).to.equal(0);
    expect(element.section).to.equal('start');
    expect(element.store!.doc).to.deep.equal({});
  });

  it('offers the draft as buurt.json before replacing it, and opens the file on "Ja, vervang mijn concept"', async () => {
    const { element, start } = await startPage(true);
    await chooseCsv(start);
    const confirm = await confirmShown(start);
    buttonNamed(confirm, 'Download mijn concept').click();
    await start.updateComplete;
    const [download] = await Promise.all(capture.downloads);
    expect(download!.name).to.equal('buurt.json');
    expect(JSON.parse(download!.text).publisher.name).to.equal('Wijkkrant Oost');
    expect(start.querySelector('.studio-replace-downloaded')!.textContent).to.match(/gedownload als buurt\.json om \d\d:\d\d/);
    await expect(element).to.be.accessible();

    const section = oneEvent(element, 'studio-section');
    buttonNamed(start.querySelector('.studio-replace-confirm')!, 'Ja, vervang mijn concept').click();
    await section;
    expect(validateFeed(element.store!.doc).feed.places[0]!.name).to.equal('Koffie-inloop');
    // Kept now, so no autosave of this studio fires during the next test.
    await element.keepDraft();
  });

  it('opens over a draft without changes at once (it is still in the file it came from)', async () => {
    const { element, start } = await startPage(false);
    const section = oneEvent(element, 'studio-section');
    await chooseCsv(start);
    await section;
    expect(start.querySelector('.studio-replace-confirm')).to.equal(null);
    expect(validateFeed(element.store!.doc).feed.places[0]!.name).to.equal('Koffie-inloop');
    // Kept now, so no autosave of this studio fires during the next test.
    await element.keepDraft();
  });

  it('asks at the end of the wizard too, and "Nee, terug" returns to its last question with the answer kept', async () => {
    const { start } = await startPage(true);
    start.querySelector<HTMLButtonElement>('#studio-start-new')!.click();
    for (const answer of ['Koffie-inloop De Kruimel', 'Boschveld', 'kruimel@example.nl']) {
      await start.updateComplete;
      const input = start.querySelector<HTMLInputElement>('#studio-wizard-input')!;
      input.value = answer;
      input.dispatchEvent(new Event('input'));
      start.querySelector<HTMLFormElement>('.studio-wizard')!.requestSubmit();
    }
    const confirm = await confirmShown(start);
    expect(confirm.textContent).to.contain('Je opent een nieuwe kaart');
    buttonNamed(confirm, 'Nee, terug').click();
    await start.updateComplete;
    const input = start.querySelector<HTMLInputElement>('#studio-wizard-input')!;
    expect(document.activeElement).to.equal(input);
    expect(input.value).to.equal('kruimel@example.nl');
  });
});

describe('an edit waiting for its quiet second', () => {
  afterEach(() => new DraftStorage().discard());

  /** A studio with one edit made, and the number of times it starts keeping its draft. */
  async function edited(): Promise<{ element: BuurtStudio; saves: () => number }> {
    const element = await studioFixture<BuurtStudio>(html`<buurt-studio .store=${testStore()}></buurt-studio>`);
    element.store!.replace({ version: '1.0', publisher: { name: 'Wijkkrant Oost' }, places: [] }, { resetHistory: true });
    await element.keepDraft();
    let calls = 0;
    const save = element.draftStorage.save.bind(element.draftStorage);
    element.draftStorage.save = (...args) => {
      calls++;
      return save(...args);
    };
    element.store!.set('publisher.name', 'Wijkkrant Oost en West');
    return { element, saves: () => calls };
  }

  it('is kept at once when the page is left (pagehide)', async () => {
    const { element, saves } = await edited();
    const saved = oneEvent(element, 'studio-draft-saved');
    window.dispatchEvent(new Event('pagehide'));
    expect(saves()).to.equal(1);
    await saved;
    expect(((await new DraftStorage().load())!.doc.publisher as { name: string }).name).to.equal('Wijkkrant Oost en West');
  });

  it('is kept at once when the tab goes to the background (a phone may end it there without a pagehide)', async () => {
    const { element, saves } = await edited();
    const saved = oneEvent(element, 'studio-draft-saved');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(saves()).to.equal(1);
    await saved;
    expect(((await new DraftStorage().load())!.doc.publisher as { name: string }).name).to.equal('Wijkkrant Oost en West');
  });

  it('is kept at once when the studio is taken off the page', async () => {
    const { element, saves } = await edited();
    const saved = oneEvent(element, 'studio-draft-saved');
    element.remove();
    expect(saves()).to.equal(1);
    await saved;
    expect(((await new DraftStorage().load())!.doc.publisher as { name: string }).name).to.equal('Wijkkrant Oost en West');
  });

  it('is not kept twice when the tab only comes back to the front', async () => {
    const { saves } = await edited();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(document.visibilityState).to.equal('visible');
    expect(saves()).to.equal(0);
  });
});

describe('the draft on this device', () => {
  it('keeps the draft, shows "laatst bewaard om", offers it again on the start page, and throws it away only after a keyboard-usable confirm', async () => {
    const first = await studioFixture<BuurtStudio>(html`<buurt-studio .store=${testStore()}></buurt-studio>`);
    // The status is on the page, empty, before the first save: one added with its text may not be read out.
    const status = first.querySelector('.studio-saved-at')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent!.trim()).to.equal('');
    first.store!.replace({ version: '1.0', publisher: { name: 'Wijkkrant Oost' }, places: [] }, { resetHistory: true });
    first.store!.set('publisher.name', 'Wijkkrant Oost en West');
    const saved = oneEvent(first, 'studio-draft-saved');
    await first.keepDraft();
    await saved;
    await first.updateComplete;
    expect(first.querySelector('.studio-saved-at'), 'the same status, now with its text').to.equal(status);
    expect(status.textContent!.trim()).to.match(/^Laatst bewaard om \d\d:\d\d$/);
    await expect(first).to.be.accessible();
    first.remove();

    // A new visit: the start page offers the draft; continuing restores it, still "changed".
    const second = await studioFixture<BuurtStudio>(html`<buurt-studio .store=${testStore()}></buurt-studio>`);
    for (let i = 0; i < 200 && !second.draft; i++) await new Promise(requestAnimationFrame);
    await second.updateComplete;
    const start = second.querySelector('studio-start')! as HTMLElement & { updateComplete: Promise<boolean> };
    await start.updateComplete;
    expect(start.textContent).to.contain('Wijkkrant Oost en West');
    await expect(second).to.be.accessible();
    const section = oneEvent(second, 'studio-section');
    buttonNamed(start, 'Ga verder met je concept').click();
    await section;
    expect((second.store!.doc.publisher as { name: string }).name).to.equal('Wijkkrant Oost en West');
    expect(second.store!.changed).to.equal(true);

    // "Concept weggooien": a confirm step; Escape keeps the draft and returns focus.
    const discard = second.querySelector<HTMLButtonElement>('.studio-discard-button')!;
    discard.click();
    await second.updateComplete;
    expect(document.activeElement?.id).to.equal('studio-discard-title');
    expect(discard.getAttribute('aria-expanded')).to.equal('true');
    await expect(second).to.be.accessible();
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await second.updateComplete;
    await new Promise(requestAnimationFrame);
    expect(second.querySelector('.studio-discard-confirm')).to.equal(null);
    expect(document.activeElement).to.equal(second.querySelector('.studio-discard-button'));
    second.querySelector<HTMLButtonElement>('.studio-discard-button')!.click();
    await second.updateComplete;
    const gone = oneEvent(second, 'studio-section');
    buttonNamed(second.querySelector('.studio-discard-confirm')!, 'Ja, gooi').click();
    await gone;
    expect(second.section).to.equal('start');
    expect(second.querySelector('.studio-saved-at')!.textContent!.trim()).to.equal('');
    expect(await second.draftStorage.load()).to.equal(undefined);
    expect(second.store!.doc).to.deep.equal({});
  });
});
