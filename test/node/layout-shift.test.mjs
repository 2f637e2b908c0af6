// No layout shift while the kit loads (issue 10): the demo page and an article page with the
// three elements between paragraphs, at phone and desktop width, in headless Chromium
// against the demo server (`npm run build` first). Cumulative layout shift: the sum of the
// page's layout-shift entries that no input caused, from navigation until all three
// elements show their feed and the map its markers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemo } from './demo-harness.mjs';

const LIMIT = 0.01;
const VIEWPORTS = {
  phone: { width: 360, height: 740, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { width: 1280, height: 800 },
};
const PAGES = { demo: '/', article: '/demo/artikel.html' };
// Many WordPress themes: the root at 62.5% (1rem = 10px), the text back at 16px.
const SMALL_ROOT = 'html { font-size: 62.5% } body { font-size: 1.6rem }';

const demo = useDemo('cls');

/**
 * Loads `path` at `viewport` in a fresh context, with the host page's own `pageCss` if given;
 * the layout shifts until the kit has settled.
 */
async function layoutShifts(path, viewport, pageCss = '') {
  const context = await demo.browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  await page.evaluateOnNewDocument((css) => {
    // A constructed sheet applies from the first element on, and the demo's CSP allows it.
    if (css) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [sheet];
    }
    window.__shifts = [];
    // The map's height before its code has run (the reserve of buurtkit.css) and after.
    document.addEventListener('DOMContentLoaded', () => {
      const map = document.querySelector('buurt-map');
      if (map && !customElements.get('buurt-map')) window.__mapHeightBefore = map.getBoundingClientRect().height;
    });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.__shifts.push({
          value: entry.value,
          at: Math.round(entry.startTime),
          sources: entry.sources.map((source) => source.node?.nodeName ?? '?'),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }, pageCss);
  await page.goto(new URL(path, demo.baseUrl).href, { waitUntil: 'load' });
  // Settled: every element has its feed, the map has painted its markers, and two more frames.
  await page.waitForFunction(
    () =>
      ['buurt-map', 'buurt-guide', 'buurt-signup'].every((tag) => document.querySelector(tag)?.feedStatus?.state === 'ready') &&
      // On a phone the list shows first and the map waits for the visitor's choice.
      (performance.getEntriesByName('buurt-map:rendered').length > 0 ||
        document.querySelector('buurt-map').shadowRoot.querySelector('.map-panel').getClientRects().length === 0),
    { timeout: 30_000 },
  );
  await page.evaluate(() => document.fonts.ready);
  const shifts = await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(window.__shifts))))),
  );
  const mapHeights = await page.evaluate(() => ({ before: window.__mapHeightBefore, after: document.querySelector('buurt-map').getBoundingClientRect().height }));
  await context.close();
  return { shifts, mapHeights };
}

for (const [pageName, path] of Object.entries(PAGES)) {
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    test(`the ${pageName} page does not move while the kit loads, at ${viewportName} width (CLS ≤ ${LIMIT})`, async () => {
      const { shifts } = await layoutShifts(path, viewport);
      const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
      console.log(`  ${pageName} ${viewportName}: CLS ${cls.toFixed(4)}`);
      assert.ok(cls <= LIMIT, `CLS ${cls.toFixed(4)} > ${LIMIT}: ${JSON.stringify(shifts)}`);
    });
  }
}

for (const [pageName, path] of Object.entries(PAGES)) {
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    test(`the ${pageName} page on a theme whose root font is 10px does not move while the kit loads, at ${viewportName} width (CLS ≤ ${LIMIT})`, async () => {
      const { shifts, mapHeights } = await layoutShifts(path, viewport, SMALL_ROOT);
      const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
      console.log(`  ${pageName}, 10px root, ${viewportName}: CLS ${cls.toFixed(4)}, map ${mapHeights.before} → ${mapHeights.after} px`);
      assert.ok(cls <= LIMIT, `CLS ${cls.toFixed(4)} > ${LIMIT}: ${JSON.stringify(shifts)}`);
      // Most of a wrong reserve happens below the first screen, where CLS does not count it.
      assert.equal(typeof mapHeights.before, 'number', 'the map was measured before its code ran');
      assert.ok(Math.abs(mapHeights.before - mapHeights.after) <= 1, `the map takes ${mapHeights.before} px before its code runs and ${mapHeights.after} px after`);
    });
  }
}

test('the map is as tall before its code runs as after when the page sets the elements\' own font size', async () => {
  const { shifts, mapHeights } = await layoutShifts(PAGES.article, VIEWPORTS.desktop, 'buurt-map, buurt-guide, buurt-signup { font-size: 0.875rem }');
  const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
  console.log(`  article, elements at 14px: CLS ${cls.toFixed(4)}, map ${mapHeights.before} → ${mapHeights.after} px`);
  assert.ok(cls <= LIMIT, `CLS ${cls.toFixed(4)} > ${LIMIT}: ${JSON.stringify(shifts)}`);
  assert.ok(Math.abs(mapHeights.before - mapHeights.after) <= 1, `the map takes ${mapHeights.before} px before its code runs and ${mapHeights.after} px after`);
});

test('the map is as tall before its code runs as after with 200% text on a 320px phone, where it is taller than 40em', async () => {
  const phone = { ...VIEWPORTS.phone, width: 320 };
  const { shifts, mapHeights } = await layoutShifts(PAGES.demo, phone, 'html { font-size: 200% }');
  const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
  console.log(`  demo, 200% text, 320px phone: CLS ${cls.toFixed(4)}, map ${mapHeights.before} → ${mapHeights.after} px`);
  assert.ok(cls <= LIMIT, `CLS ${cls.toFixed(4)} > ${LIMIT}: ${JSON.stringify(shifts)}`);
  assert.ok(mapHeights.after > 40 * 32, `the map ${mapHeights.after} px, more than 40em (1280 px)`);
  assert.ok(Math.abs(mapHeights.before - mapHeights.after) <= 1, `the map takes ${mapHeights.before} px before its code runs and ${mapHeights.after} px after`);
});
