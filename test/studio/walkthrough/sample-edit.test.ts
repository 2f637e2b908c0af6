// Issue 12, "done when" (2): open the sample feed (demo/feeds/den-bosch.json, fetched over HTTP
// as "Open de voorbeeldkaart" does), change one opening time with the keyboard, download: the
// file differs from the original in exactly that value — and in `updated`, which the issue
// wants changed only when something did (here something did). Compared line by line.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../harness/wait-until.js';
import '../../../src/studio/app/buurt-studio.js';
import type { BuurtStudio } from '../../../src/studio/app/buurt-studio.component.js';
import { fieldId } from '../../../src/studio/base/field-id.js';
import { linkStudioCss } from '../harness.js';
import { catchDownloads, type DownloadCatcher } from './downloads.js';
import { openSection, settled } from './studio-walk.js';
import { deepActive, press, replaceText, space, tabTo, tabToButton, tabToField, typeOver } from './keyboard.js';
import { DraftStorage } from '../../../src/studio/model/draft-storage.js';

const SAMPLE = '/demo/feeds/den-bosch.json';



/** The lines of `after` that differ from the same line of `before` (both must have as many lines). */
function changedLines(before: string, after: string): Array<{ line: number; before: string; after: string }> {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length, 'the same number of lines').to.equal(a.length);
  return a.flatMap((text, line) => (text === b[line] ? [] : [{ line: line + 1, before: text, after: b[line]! }]));
}

describe('walkthrough: the sample feed, one opening time changed', function () {
  this.timeout(300_000);

  let downloads: DownloadCatcher;
  beforeEach(async () => {
    downloads = catchDownloads();
    // Each walk starts without a draft: the studio of the walk before kept its edit when it
    // was taken off the page, and the start page would first ask to replace that draft.
    await new DraftStorage().discard();
  });
  afterEach(() => downloads.stop());

  /** Opens the sample, types `10:00` over Monday's first time of the first place with `typeTime`, downloads, compares. */
  async function changeOneTime(typeTime: () => Promise<void>): Promise<void> {
    const original = await (await fetch(SAMPLE)).text();
    const sample = JSON.parse(original) as { updated: string; places: Array<{ id: string; hours: { weekly: Array<{ day: string; opens: string }> } }> };
    expect(sample.places[0]!.hours.weekly[0]).to.include({ day: 'mo', opens: '09:30' });

    await linkStudioCss();
    const studio = await fixture<BuurtStudio>(html`<buurt-studio sample-url=${SAMPLE}></buurt-studio>`);
    await settled(studio);

    await tabToButton('Open de voorbeeldkaart');
    await space();
    await waitUntil(() => studio.section === 'publisher', 'the sample opens', { timeout: 20_000 });
    await settled(studio);
    await expect(studio).to.be.accessible();

    // Plekken → the first place → Monday's first time: 09:30 becomes 10:00.
    await openSection(studio, 'Plekken');
    await tabTo((active) => active.getAttribute('data-place') === '0', 'the row of the first place');
    await space();
    await settled(studio);
    await tabToField('places[0].hours.weekly[0].opens');
    await typeTime();
    await press('Tab');
    await settled(studio);
    expect((deepActive() as HTMLElement).id).to.equal(fieldId('places[0].hours.weekly[0].closes'));
    await expect(studio).to.be.accessible();

    await openSection(studio, 'Opslaan');
    await tabToButton('Download buurt.json');
    await space();
    const download = await downloads.next();
    expect(download.name).to.equal('buurt.json');

    const changes = changedLines(original, download.text);
    const updated = JSON.parse(download.text).updated as string;
    expect(updated).to.not.equal(sample.updated);
    expect(Date.now() - Date.parse(updated)).to.be.within(0, 10 * 60_000);
    expect(changes.map(({ before, after }) => [before.trim(), after.trim()])).to.deep.equal([
      [`"updated": "${sample.updated}",`, `"updated": "${updated}",`],
      ['"opens": "09:30",', '"opens": "10:00",'],
    ]);
    // And that line is Monday's first time of the first place.
    const edited = JSON.parse(download.text) as typeof sample;
    expect(edited.places[0]!.hours.weekly[0]!.opens).to.equal('10:00');
    await expect(studio).to.be.accessible();
  }

  it('typed over the selected time: the file differs in that time and in `updated` only', async () => {
    await changeOneTime(() => typeOver('10:00'));
  });

  it('emptied with Backspace and typed again: still only that time and `updated` (the key keeps its place)', async () => {
    await changeOneTime(() => replaceText('10:00'));
  });
});
