// The built studio (dist/studio, `npm run build` first) under `Content-Security-Policy:
// default-src 'self'`: the preview and embed sections, and a place's location map, with the
// sample feed as the draft. No CSP violation, no error, no request outside the studio's
// folder (no tiles, no PDOK, the feed from the draft), and the kit's elements draw the draft.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openWatched, useStudioHost } from './studio-host.mjs';

const FOLDER = '/ergens/studio/';
const host = useStudioHost(FOLDER);
const requests = host.requests;

async function openWithSample() {
  const { page, problems } = await openWatched(host.browser, host.baseUrl + FOLDER);
  await page.waitForSelector('buurt-studio .studio-nav-item');
  const sample = JSON.parse(await readFile('demo/feeds/den-bosch.json', 'utf8'));
  await page.evaluate((doc) => document.querySelector('buurt-studio').store.replace(doc, { resetHistory: true }), sample);
  return { page, problems };
}

async function show(page, label) {
  await page.evaluate((text) => {
    [...document.querySelectorAll('buurt-studio .studio-nav-item')].find((item) => item.textContent.trim() === text).click();
  }, label);
}

describe("studio preview and embed under Content-Security-Policy: default-src 'self'", () => {
  it('previews the draft in the kit elements and builds a snippet, with nothing blocked or fetched', async () => {
    requests.length = 0;
    const { page, problems } = await openWithSample();
    await show(page, 'Voorbeeld');
    await page.waitForFunction(() => [...document.querySelectorAll('studio-preview buurt-map')].every((map) => map.shadowRoot?.textContent.includes('De Wijkplaats')));
    await show(page, 'Op je website');
    await page.waitForSelector('studio-embed #studio-embed-code');
    const code = await page.$eval('studio-embed #studio-embed-code', (box) => box.value);
    assert.match(code, /<buurt-map src=""><\/buurt-map>/);
    await page.waitForFunction(() => document.querySelector('studio-embed .studio-embed-live-page buurt-map')?.shadowRoot?.textContent.includes('De Wijkplaats'));
    assert.deepEqual(await page.evaluate(() => window.__cspViolations ?? []), []);
    assert.deepEqual(problems, []);
    assert.deepEqual(requests.filter((path) => !path.startsWith(FOLDER)), []);
    await page.close();
  });

  it('draws a location map with Leaflet\'s CSS in light DOM, without tiles or PDOK', async () => {
    requests.length = 0;
    const { page, problems } = await openWithSample();
    // The place and area editors import it, so the bundle defines it.
    assert.ok(await page.evaluate(() => Boolean(customElements.get('studio-location'))), '<studio-location> is defined');
    await page.evaluate(() => {
      const element = document.createElement('studio-location');
      element.store = document.querySelector('buurt-studio').store;
      element.setAttribute('path', 'places[0].location');
      document.body.append(element);
    });
    await page.waitForSelector('studio-location .leaflet-marker-icon');
    const position = await page.$eval('studio-location .leaflet-pane', (pane) => getComputedStyle(pane).position);
    assert.equal(position, 'absolute', "Leaflet's CSS applies in light DOM");
    assert.deepEqual(await page.evaluate(() => window.__cspViolations ?? []), []);
    assert.deepEqual(problems, []);
    assert.deepEqual(requests.filter((path) => !path.startsWith(FOLDER)), []);
    await page.close();
  });
});
