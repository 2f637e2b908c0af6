// Zoom (WCAG 1.4.4 Resize text, 1.4.10 Reflow) on the demo page (sample feed
// demo/feeds/den-bosch.json), in headless Chromium against the demo server (`npm run build`
// first). Browser zoom in a 1280 px window is what Chromium does here: at 200 % a layout
// viewport of 640 CSS px drawn at device pixel ratio 2, so text and controls are twice as
// large and the page reflows; at 400 % the 320 CSS px that 1.4.10 names. Each element is
// checked for sideways scrolling (itself, every scroll container inside it and the page), for
// button text cut off by its button, and for a key control that still works from the keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemo } from './demo-harness.mjs';

/**
 * A 1280 × 900 window at 200 % and at 400 % browser zoom, and with only the text at 200 % (the
 * browser's font-size setting at 32 px instead of 16 px; the page is not zoomed).
 */
const ZOOMS = {
  '200 %': { width: 640, height: 450, deviceScaleFactor: 2 },
  '400 %': { width: 320, height: 225, deviceScaleFactor: 4 },
  'text-only 200 %': { width: 1280, height: 900, deviceScaleFactor: 1, fontSize: 32 },
};

const demo = useDemo('zoom');

async function openZoomed(zoom) {
  const context = await demo.browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(zoom);
  if (zoom.fontSize) {
    const cdp = await page.createCDPSession();
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: zoom.fontSize, fixed: Math.round(zoom.fontSize * 0.8125) } });
  }
  await page.goto(new URL('/', demo.baseUrl).href, { waitUntil: 'networkidle0' });
  await page.waitForFunction(
    () =>
      document.querySelector('buurt-map')?.shadowRoot?.querySelector('.item__open') &&
      document.querySelector('buurt-guide')?.shadowRoot?.querySelector('.choice') &&
      document.querySelector('buurt-signup')?.shadowRoot?.querySelector('form input[type="checkbox"]'),
    { timeout: 20_000 },
  );
  await page.evaluate(() => document.fonts.ready);
  return { page, context };
}

/** What of `tag` scrolls sideways, and which buttons cut their text off. */
function layoutFacts(page, tag) {
  return page.$eval(tag, (el) => {
    const nodes = [...el.shadowRoot.querySelectorAll('*')];
    // Leaflet's panes and the hidden honeypot are meant to reach outside their boxes.
    const meant = (node) => node.closest?.('.leaflet-container, .honeypot, .visually-hidden');
    const overflowing = [el, ...nodes.filter((node) => getComputedStyle(node).overflowX !== 'visible')]
      .filter((node) => !meant(node))
      .filter((node) => node.scrollWidth > node.clientWidth + 1)
      .map((node) => `${node.tagName.toLowerCase()}.${node.className} ${node.scrollWidth} > ${node.clientWidth}`);
    // A button's text, laid out, must lie inside the button's box (a fixed width or height,
    // or overflow: hidden, would cut it off at double size).
    const clipped = nodes
      .filter((node) => node.matches('button, [role="button"], .button') && node.getClientRects().length > 0 && !meant(node))
      .filter((node) => {
        const box = node.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(node);
        const text = range.getBoundingClientRect();
        if (text.width === 0) return false;
        return text.left < box.left - 1 || text.right > box.right + 1 || text.top < box.top - 1 || text.bottom > box.bottom + 1;
      })
      .map((node) => `"${node.textContent.trim().replace(/\s+/g, ' ').slice(0, 40)}"`);
    return { overflowing, clipped, width: el.getBoundingClientRect().width };
  });
}

/** Tabs until the focus is on `selector` inside `tag` (at most `limit` presses), then returns true. */
async function tabTo(page, tag, selector, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const there = await page.evaluate(
      (tag, selector) =>
        document.activeElement?.localName === tag && Boolean(document.activeElement.shadowRoot.activeElement?.matches(selector)),
      tag,
      selector,
    );
    if (there) return true;
  }
  return false;
}

for (const [name, zoom] of Object.entries(ZOOMS)) {
  test(`at ${name} zoom the page itself does not scroll sideways`, async () => {
    const { page, context } = await openZoomed(zoom);
    const facts = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      ratio: devicePixelRatio,
      text: parseFloat(getComputedStyle(document.querySelector('buurt-guide')).fontSize),
    }));
    assert.equal(facts.ratio, zoom.deviceScaleFactor, 'the page is drawn larger by the zoom factor');
    if (zoom.fontSize) assert.ok(facts.text >= zoom.fontSize, `the text is twice its usual size (${facts.text} px)`);
    assert.equal(facts.client, zoom.width, 'the layout viewport is the window divided by the zoom factor');
    assert.ok(facts.scroll <= facts.client, `the page scrolls sideways: ${facts.scroll} > ${facts.client}`);
    await context.close();
  });

  for (const tag of ['buurt-map', 'buurt-guide', 'buurt-signup']) {
    test(`at ${name} zoom ${tag} has no sideways scrolling and no cut-off button text`, async () => {
      const { page, context } = await openZoomed(zoom);
      const facts = await layoutFacts(page, tag);
      assert.ok(facts.width > 0 && facts.width <= zoom.width, `${tag} fits the zoomed window (${facts.width} px)`);
      assert.deepEqual(facts.overflowing, [], `${tag} scrolls sideways`);
      assert.deepEqual(facts.clipped, [], `${tag} cuts off the text of these buttons`);
      await context.close();
    });
  }

  test(`at ${name} zoom the map list opens a place from the keyboard`, async () => {
    const { page, context } = await openZoomed(zoom);
    assert.ok(await tabTo(page, 'buurt-map', '.item__open'), 'a place in the list can be reached with Tab');
    const place = await page.$eval('buurt-map', (el) => el.shadowRoot.activeElement.textContent.trim());
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (place) => document.querySelector('buurt-map').shadowRoot.querySelector('.details #details-title')?.textContent.includes(place),
      { timeout: 10_000 },
      place,
    );
    const facts = await layoutFacts(page, 'buurt-map');
    assert.deepEqual(facts.overflowing, [], 'the opened place scrolls sideways');
    assert.deepEqual(facts.clipped, [], 'the opened place cuts off button text');
    await context.close();
  });

  test(`at ${name} zoom the guide answers a question from the keyboard`, async () => {
    const { page, context } = await openZoomed(zoom);
    assert.ok(await tabTo(page, 'buurt-guide', '.choice'), 'an answer can be reached with Tab');
    const before = await page.$eval('buurt-guide', (el) => el.shadowRoot.querySelector('[data-step-heading]').textContent.trim());
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (before) => {
        const heading = document.querySelector('buurt-guide').shadowRoot.querySelector('[data-step-heading]');
        return heading && heading.textContent.trim() !== before;
      },
      { timeout: 10_000 },
      before,
    );
    const facts = await layoutFacts(page, 'buurt-guide');
    assert.deepEqual(facts.overflowing, [], 'the next step scrolls sideways');
    assert.deepEqual(facts.clipped, [], 'the next step cuts off button text');
    await context.close();
  });

  test(`at ${name} zoom a sign-up task can be chosen from the keyboard`, async () => {
    const { page, context } = await openZoomed(zoom);
    assert.ok(await tabTo(page, 'buurt-signup', 'input[type="checkbox"][name="opportunities"]'), 'a task can be reached with Tab');
    await page.keyboard.press('Space');
    const checked = await page.$eval('buurt-signup', (el) => el.shadowRoot.activeElement.checked);
    assert.equal(checked, true, 'Space ticks the task');
    await context.close();
  });
}
