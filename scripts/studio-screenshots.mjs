// The screenshots of docs/studio.md (docs/studio/*.png), made from the BUILT studio
// (`npm run build` first): dist/studio served on 127.0.0.1 from a sub folder, opened in the
// machine's Chromium (puppeteer-core), walked as an editor would, 1000 px wide at device pixel
// ratio 1. A request to any other host is refused, so the pictures show what an editor sees
// before choosing to load map tiles. Each picture is then reduced to a 256-colour palette
// (scripts/png-palette.mjs: about a third of the size, no visible change for a UI).
//
//   node scripts/studio-screenshots.mjs
import { createServer } from 'node:http';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { paletted } from './png-palette.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist/studio');
const OUT = join(ROOT, 'docs/studio');
const FOLDER = '/studio/';
const WIDTH = 1000;
const HEIGHT = 760;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

await stat(join(DIST, 'index.html')).catch(() => {
  throw new Error('dist/studio/index.html is missing: run `npm run build` first');
});
await mkdir(OUT, { recursive: true });

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url, 'http://x');
  const relative = pathname.startsWith(FOLDER) ? pathname.slice(FOLDER.length) || 'index.html' : undefined;
  const file = relative === undefined ? undefined : normalize(join(DIST, relative));
  if (!file || !file.startsWith(DIST + sep)) return response.writeHead(404).end();
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': "default-src 'self'" });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}${FOLDER}`;

const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
const made = [];

try {
  const page = await browser.newPage();
  await page.setViewport({ width: WIDTH, height: HEIGHT, deviceScaleFactor: 1 });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('http://127.0.0.1:') || /^(data|blob):/.test(url)) void request.continue();
    else void request.abort();
  });
  await page.goto(base, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#studio-start-new');
  await shot(page, 'beginnen');

  await press(page, 'Maak een nieuwe kaart');
  await page.waitForSelector('#studio-wizard-input');
  await page.type('#studio-wizard-input', 'Koffie-inloop De Kruimel');
  await shot(page, 'wizard');

  // The rest on the sample feed, which has something in every section.
  await page.goto(base, { waitUntil: 'networkidle0' });
  await press(page, 'Open de voorbeeldkaart');
  await page.waitForSelector('studio-publisher');
  await settled(page);

  await press(page, 'Plekken');
  await press(page, 'De Wijkplaats');
  await page.waitForSelector('studio-place-editor');
  await settled(page);
  await shot(page, 'plek', 'studio-place-editor .studio-place-heading');
  await shot(page, 'openingstijden', 'studio-hours');

  await press(page, 'Vrijwilligerswerk');
  await page.waitForSelector('.studio-tasks-row');
  await page.$eval('.studio-tasks-row', (row) => row.click());
  await settled(page);
  await shot(page, 'taken', '#studio-tasks-title');

  await press(page, 'Woordenlijst');
  await page.waitForSelector('studio-glossary');
  await settled(page);
  await shot(page, 'woorden', 'studio-glossary h2');

  await press(page, 'Wegwijzers');
  await page.waitForSelector('.studio-guides-path');
  await settled(page);
  await shot(page, 'wegwijzer', '.studio-guides-overview');

  await press(page, 'Voorbeeld');
  await page.waitForFunction(() => document.querySelector('studio-preview buurt-map')?.shadowRoot?.querySelector('.item'), { timeout: 30_000 });
  await shot(page, 'voorbeeld', 'studio-preview h2');

  await press(page, 'Op je website');
  await page.waitForSelector('studio-embed');
  await settled(page);
  await shot(page, 'insluiten', 'studio-embed h2');

  await press(page, 'Opslaan');
  await page.waitForSelector('.studio-save-status');
  await settled(page);
  await shot(page, 'opslaan', 'buurt-studio');

  // A place without a name: the error summary at the top, and the error beside the field.
  await press(page, 'Plekken');
  await press(page, 'De Wijkplaats');
  await page.waitForSelector('#f-places-0-name');
  await page.$eval('#f-places-0-name', (input) => input.select());
  await page.keyboard.press('Backspace');
  await settled(page);
  await page.waitForSelector('.studio-error-summary');
  await shot(page, 'fouten', 'buurt-studio');
} finally {
  await browser.close();
  server.close();
}

for (const { name, bytes } of made) console.log(`docs/studio/${name}.png ${Math.round(bytes / 1024)} KB`);

/** Presses the studio's button whose text starts with `text` (the navigation, a row, an action). */
async function press(page, text) {
  const button = await page.waitForFunction(
    (wanted) => [...document.querySelectorAll('buurt-studio button')].find((b) => b.textContent.replace(/\s+/g, ' ').trim().startsWith(wanted)),
    { timeout: 30_000 },
    text,
  );
  await button.click();
  await settled(page);
}

async function settled(page) {
  await page.evaluate(async () => {
    const studio = document.querySelector('buurt-studio');
    await studio.store.settled();
    await studio.updateComplete;
    for (const element of studio.querySelectorAll('*')) if (element.localName.startsWith('studio-')) await element.updateComplete;
  });
}

/** A screenshot of the window, scrolled so that `selector` (when given) is at the top. */
async function shot(page, name, selector) {
  await page.evaluate((selector) => {
    document.activeElement?.blur?.();
    const target = selector ? document.querySelector(selector) : null;
    if (target) target.scrollIntoView({ block: 'start' });
    else window.scrollTo(0, 0);
  }, selector ?? null);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const path = join(OUT, `${name}.png`);
  await writeFile(path, paletted(Buffer.from(await page.screenshot({ type: 'png' }))));
  made.push({ name, bytes: (await stat(path)).size });
}
