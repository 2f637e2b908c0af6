// The studio at 200 % and 400 % browser zoom (WCAG 1.4.4 Resize text, 1.4.10 Reflow), built
// (`npm run build` first) and served by the demo server, in headless Chromium. As in
// zoom.test.mjs, browser zoom in a 1280 px window is a 640 or 320 CSS px layout viewport drawn
// at device pixel ratio 2 or 4. With the sample feed open, every section of the studio is
// shown in turn and checked for sideways scrolling of the page or of any box in it, and for
// button text cut off by its button.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemo } from './demo-harness.mjs';

const ZOOMS = {
  '200 %': { width: 640, height: 450, deviceScaleFactor: 2 },
  '400 %': { width: 320, height: 225, deviceScaleFactor: 4 },
};
const SECTIONS = ['publisher', 'places', 'tasks', 'glossary', 'guides', 'preview', 'embed', 'save'];

const demo = useDemo('studio-zoom');

/** What scrolls sideways on the page, and which buttons cut their text off. */
function layoutFacts(page) {
  return page.evaluate(() => {
    // Leaflet's panes and visually hidden text are meant to reach outside their boxes; the kit
    // elements in the preview have their own zoom test (zoom.test.mjs).
    const meant = (node) => node.closest('.leaflet-container, .visually-hidden, .studio-visually-hidden, buurt-map, buurt-guide, buurt-signup');
    const nodes = [...document.querySelectorAll('buurt-studio *')].filter((node) => !meant(node));
    const overflowing = nodes
      .filter((node) => getComputedStyle(node).overflowX !== 'visible' && node.scrollWidth > node.clientWidth + 1)
      // A box of code may scroll its own long lines, and the preview's desktop screen is 1024 px
      // wide on purpose (it shows the page as a computer shows it): both scroll inside their box,
      // the page itself does not (WCAG 1.4.10 exempts content that needs its width).
      .filter((node) => !node.matches('textarea, pre, code, input, .studio-preview-screen'))
      .map((node) => `${node.tagName.toLowerCase()}.${node.className} ${node.scrollWidth} > ${node.clientWidth}`);
    const clipped = nodes
      .filter((node) => node.matches('button') && node.getClientRects().length > 0)
      .filter((node) => {
        const box = node.getBoundingClientRect();
        // Only the text a sighted editor sees: words for screen readers sit in a 1 px clipped box.
        const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          if (text.parentElement.closest('.studio-visually-hidden') || !text.textContent.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(text);
          const rect = range.getBoundingClientRect();
          if (rect.width > 0 && (rect.right > box.right + 1 || rect.left < box.left - 1 || rect.bottom > box.bottom + 1)) return true;
        }
        return false;
      })
      .map((node) => node.textContent.trim());
    const root = document.scrollingElement;
    return { scroll: root.scrollWidth, client: root.clientWidth, overflowing, clipped };
  });
}

for (const [name, zoom] of Object.entries(ZOOMS)) {
  test(`at ${name} zoom every section of the studio reflows: no sideways scrolling, no cut-off button text`, async () => {
    const context = await demo.browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setViewport(zoom);
      await page.goto(new URL('/dist/studio/', demo.baseUrl).href, { waitUntil: 'networkidle0' });
      const sample = await page.waitForSelector('::-p-text(Open de voorbeeldkaart)', { timeout: 20_000 });
      await sample.click();
      await page.waitForFunction(() => (document.querySelector('buurt-studio')?.store?.doc?.places?.length ?? 0) > 0, { timeout: 30_000 });
      for (const section of SECTIONS) {
        await page.evaluate((name) => document.querySelector('buurt-studio').show({ section: name }), section);
        await page.evaluate(() => document.fonts.ready);
        const facts = await layoutFacts(page);
        assert.ok(facts.scroll <= facts.client, `${section}: the page scrolls sideways: ${facts.scroll} > ${facts.client}`);
        assert.deepEqual(facts.overflowing, [], `${section}: boxes that scroll sideways`);
        assert.deepEqual(facts.clipped, [], `${section}: buttons whose text is cut off`);
      }
      // The first place opens in its editor too: the widest form, with the hours grid and the map.
      await page.evaluate(() => document.querySelector('buurt-studio').show({ section: 'places', path: 'places[0].name' }));
      await page.waitForFunction(() => document.activeElement?.id === 'f-places-0-name', { timeout: 20_000 });
      const facts = await layoutFacts(page);
      assert.ok(facts.scroll <= facts.client, `place editor: the page scrolls sideways: ${facts.scroll} > ${facts.client}`);
      assert.deepEqual(facts.overflowing, [], 'place editor: boxes that scroll sideways');
      assert.deepEqual(facts.clipped, [], 'place editor: buttons whose text is cut off');
    } finally {
      await context.close();
    }
  });
}
