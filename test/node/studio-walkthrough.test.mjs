// The BUILT studio (dist/studio, `npm run build` first) walked end to end, as a static host
// serves it: from a sub folder, under `Content-Security-Policy: default-src 'self'`. An editor
// makes a feed (the wizard, the buurt on the map, the initiative's place and opening hours),
// downloads buurt.json for real (Chromium saves the file: CDP Browser.setDownloadBehavior), and
// `buurtkit check` on that file finds no problem. No request leaves 127.0.0.1 on the way.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './cli-harness.mjs';
import { useStudioHost } from './studio-host.mjs';

const FOLDER = '/wijkkrant/studio/';
const host = useStudioHost(FOLDER);

let downloadDir;
/** Every request the browser made (page and its workers); host.requests has what the server got. */
const asked = [];

/** Selects the field's text and types over it, as an editor does. */
async function typeOver(page, selector, text) {
  await page.waitForSelector(selector);
  await page.focus(selector);
  await page.$eval(selector, (input) => input.select());
  await page.keyboard.type(text);
}

async function pressButton(page, text) {
  const button = await page.waitForFunction(
    (wanted) => [...document.querySelectorAll('buurt-studio button')].find((b) => b.textContent.replace(/\s+/g, ' ').trim().startsWith(wanted)),
    {},
    text,
  );
  await button.focus();
  await page.keyboard.press('Enter');
}

async function settled(page) {
  await page.evaluate(async () => {
    const studio = document.querySelector('buurt-studio');
    await studio.store.settled();
    await studio.updateComplete;
  });
}

describe('the built studio, walked from a sub folder under CSP', () => {
  // Inside the suite: the host's own hooks (the browser) have run by then.
  before(async () => {
    downloadDir = await mkdtemp(join(tmpdir(), 'buurtkit-studio-download-'));
    // Requests of every page and worker, seen by the browser itself (a request to another host
    // would never reach our server, so the server's log alone could not tell).
    const watch = async (target) => {
      const session = await target.createCDPSession().catch(() => undefined);
      if (!session) return;
      session.on('Network.requestWillBeSent', (event) => asked.push(event.request.url));
      await session.send('Network.enable').catch(() => undefined);
      await session.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
    };
    host.browser.on('targetcreated', (target) => {
      if (['page', 'worker', 'service_worker', 'shared_worker'].includes(target.type())) void watch(target);
    });
  });

  after(async () => {
    if (downloadDir) await rm(downloadDir, { recursive: true, force: true });
  });

  it('makes a feed, downloads buurt.json, and buurtkit check finds 0 problems; nothing leaves 127.0.0.1', async () => {
    const page = await host.browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window.__cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const cdp = await host.browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloadDir, eventsEnabled: true });
    const downloaded = new Promise((resolve, reject) => {
      cdp.on('Browser.downloadWillBegin', (event) => (downloaded.name = event.suggestedFilename));
      cdp.on('Browser.downloadProgress', (event) => {
        if (event.state === 'completed') resolve();
        if (event.state === 'canceled') reject(new Error('the download was cancelled'));
      });
    });

    await page.goto(host.baseUrl + FOLDER, { waitUntil: 'networkidle0' });

    // Beginnen: the wizard.
    await pressButton(page, 'Maak een nieuwe kaart');
    for (const answer of ['Koffie-inloop De Kruimel', 'Boschveld', 'kruimel@example.nl']) {
      await page.waitForSelector('#studio-wizard-input');
      await typeOver(page, '#studio-wizard-input', answer);
      await page.keyboard.press('Enter');
    }
    // Organisatie en buurt: the buurt's centre.
    await typeOver(page, '#f-areas-0-center-lat', '51.6978');
    await typeOver(page, '#f-areas-0-center-lng', '5.2973');
    // Plekken: the initiative's place on the map and its opening hours.
    await pressButton(page, 'Plekken');
    await pressButton(page, 'Koffie-inloop De Kruimel');
    await typeOver(page, '#f-places-0-location-lat', '51.6995');
    await typeOver(page, '#f-places-0-location-lng', '5.2981');
    await pressButton(page, 'Open op woensdag');
    await page.waitForFunction(() => document.activeElement?.id === 'f-places-0-hours-weekly-0-opens');
    await typeOver(page, '#f-places-0-hours-weekly-0-opens', '9.30');
    await page.keyboard.press('Tab');
    await settled(page);

    // Opslaan: no problems, then the download.
    await pressButton(page, 'Opslaan');
    await page.waitForSelector('.studio-save-status');
    await settled(page);
    const status = await page.$eval('.studio-save-status', (element) => element.textContent.replace(/\s+/g, ' ').trim());
    const left = await page.evaluate(() => document.querySelector('buurt-studio').store.problems.map((p) => `${p.path}: ${p.message}`));
    assert.deepEqual(left, []);
    assert.match(status, /^Geen problemen/);
    await pressButton(page, 'Download buurt.json');
    await downloaded;
    assert.equal(downloaded.name, 'buurt.json');

    const file = join(downloadDir, 'buurt.json');
    const feed = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(feed.publisher.name, 'Koffie-inloop De Kruimel');
    assert.deepEqual(feed.places[0].location, { lat: 51.6995, lng: 5.2981 });
    assert.deepEqual(feed.places[0].hours.weekly, [{ day: 'we', opens: '09:30', closes: '12:00' }]);

    const check = await run('check', file, '--json');
    const result = JSON.parse(check.stdout);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.counts, { errors: 0, warnings: 0 });
    assert.equal(check.code, 0);

    assert.deepEqual(await page.evaluate(() => window.__cspViolations ?? []), []);
    assert.deepEqual(problems, []);
    await page.close();

    // Nothing but 127.0.0.1 (and the page's own blob: and data: URLs), and nothing outside the folder.
    assert.ok(asked.length > 0, 'requests were seen');
    assert.deepEqual(asked.filter((url) => !url.startsWith(`${host.baseUrl}/`) && !/^(blob|data):/.test(url)), []);
    assert.deepEqual(host.requests.filter((path) => !path.startsWith(FOLDER)), []);
  });
});
