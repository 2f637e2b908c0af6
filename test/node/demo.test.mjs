// End to end: the demo as a newcomer sees it (`npm start`), in headless Chromium, under the
// demo's strict Content-Security-Policy. Needs `npm run build` first (npm test does that).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemo } from './demo-harness.mjs';

const demo = useDemo('demo');

/** Opens a page and records what a test must never see: foreign requests, CSP violations, errors. */
async function open(path) {
  const page = await demo.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const problems = [];
  const requests = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window.__cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(new URL(path, demo.baseUrl).href, { waitUntil: 'networkidle0' });
  return { page, problems, requests };
}

const shadowText = (page, tag) => page.$eval(tag, (el) => el.shadowRoot?.textContent ?? '');

test('the demo page shows map, guide and sign-up form under a strict CSP, with no request beyond 127.0.0.1', async () => {
  const { page, problems, requests } = await open('/');
  await page.waitForFunction(() => document.querySelector('buurt-map')?.shadowRoot?.textContent.includes('plekken gevonden'));
  await page.waitForFunction(() => document.querySelector('buurt-guide')?.shadowRoot?.querySelector('h3, h2'));
  await page.waitForFunction(() => document.querySelector('buurt-signup')?.shadowRoot?.querySelector('form'));
  assert.match(await shadowText(page, 'buurt-map'), /De Wijkplaats/);
  assert.match(await shadowText(page, 'buurt-guide'), /112/);
  assert.match(await shadowText(page, 'buurt-signup'), /Voorlezen/i);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations ?? []), []);
  assert.deepEqual(problems, []);
  const foreign = requests.filter((url) => !url.startsWith(demo.baseUrl) && !url.startsWith('data:'));
  assert.deepEqual(foreign, [], 'every request stays on 127.0.0.1');
  // The feed is fetched once, however many elements read it.
  assert.equal(requests.filter((url) => url.endsWith('/demo/feeds/den-bosch.json')).length, 1);
  await page.close();
});

test('a page with only the guide and the form downloads no map or Leaflet code', async () => {
  const { page, problems, requests } = await open('/demo/cjg.html');
  await page.waitForFunction(() => document.querySelector('buurt-signup')?.shadowRoot?.querySelector('form'));
  await page.waitForFunction(() => document.querySelector('buurt-guide')?.shadowRoot?.querySelector('button'));
  const scripts = requests.filter((url) => url.includes('/dist/cdn/'));
  assert.ok(scripts.some((url) => url.endsWith('/buurtkit.js')));
  assert.deepEqual(scripts.filter((url) => /\/(map|leaflet|leaflet-view)-[\w-]+\.js$/.test(url)), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a sign-up through the demo form reaches the reference receiver once', async () => {
  const { page, problems } = await open('/demo/cjg.html');
  await page.waitForFunction(() => document.querySelector('buurt-signup')?.shadowRoot?.querySelector('#signup-name'));
  const field = (selector) => page.evaluateHandle((s) => document.querySelector('buurt-signup').shadowRoot.querySelector(s), selector);
  await (await field('#signup-name')).type("İlknur Çelik-'t Hooft");
  await (await field('#signup-email')).type('ilknur@example.org');
  await page.evaluate(() => {
    const root = document.querySelector('buurt-signup').shadowRoot;
    for (const id of ['#signup-ageConfirmed', '#signup-consent']) {
      const box = root.querySelector(id);
      if (box && !box.checked) box.click();
    }
  });
  // The receiver drops sign-ups sent faster than a person fills in a form.
  await new Promise((resolve) => setTimeout(resolve, 3200));
  await page.evaluate(() => {
    const root = document.querySelector('buurt-signup').shadowRoot;
    root.querySelector('button[type="submit"]').click();
    root.querySelector('button[type="submit"]')?.click();
  });
  await page.waitForFunction(() => /Bedankt|aangemeld/i.test(document.querySelector('buurt-signup').shadowRoot.textContent), { timeout: 20000 });
  const list = await (await fetch(new URL('/api/aanmeldingen', demo.baseUrl))).json();
  assert.equal(list.signups.length, 1);
  assert.equal(list.signups[0].name, "İlknur Çelik-'t Hooft");
  assert.deepEqual(list.signups[0].opportunities, ['voorlezen-kruimel']);
  assert.deepEqual(problems, []);
  await page.close();
});
