// Arabic, right to left, on the demo page (?lang=ar, the sample feed's Arabic texts): every
// element at 320 px and at desktop width is photographed (PNG in a temporary folder, kept
// when BUURTKIT_RTL_SHOTS names a folder) and checked for horizontal overflow, and numbers a
// resident must read left to right (phone numbers, postcodes, times) keep their order inside
// Arabic text. Needs `npm run build` first.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { useDemo } from './demo-harness.mjs';

const demo = useDemo('rtl', { keepDataDir: Boolean(process.env.BUURTKIT_RTL_SHOTS) });
const shotDir = process.env.BUURTKIT_RTL_SHOTS ?? join(demo.dataDir, 'shots');
mkdirSync(shotDir, { recursive: true });
let shots = 0;

after(() => console.log(`# RTL screenshots checked: ${shots} (in ${shotDir})`));

const ELEMENTS = ['buurt-map', 'buurt-guide', 'buurt-signup'];

async function openArabic(width) {
  const page = await demo.browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.goto(new URL('/?lang=ar', demo.baseUrl).href, { waitUntil: 'networkidle0' });
  // Each element has rendered its content in Arabic (not only its loading state).
  await page.waitForFunction(
    () =>
      document.querySelector('buurt-map')?.shadowRoot?.querySelector('.item__open') &&
      document.querySelector('buurt-guide')?.shadowRoot?.querySelector('[data-step-heading]') &&
      document.querySelector('buurt-signup')?.shadowRoot?.querySelector('form'),
    { timeout: 20_000 },
  );
  return page;
}

for (const width of [320, 1280]) {
  test(`Arabic at ${width} px: each element is mirrored, photographed and has no horizontal overflow`, async () => {
    const page = await openArabic(width);
    const page_ = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    assert.ok(page_.scroll <= page_.client, `the page scrolls sideways: ${page_.scroll} > ${page_.client}`);
    for (const tag of ELEMENTS) {
      const facts = await page.$eval(tag, (el) => {
        // Every scroll container inside the element (lists, panels, tables) as well as the
        // element itself: scrollWidth ≤ clientWidth. Leaflet's panes and the hidden honeypot
        // are meant to reach outside their boxes.
        const overflowing = [el, ...el.shadowRoot.querySelectorAll('*')]
          .filter((node) => node === el || getComputedStyle(node).overflowX !== 'visible')
          .filter((node) => !node.closest?.('.leaflet-container, .honeypot, .visually-hidden'))
          .filter((node) => node.scrollWidth > node.clientWidth + 1)
          .map((node) => `${node.tagName.toLowerCase()}.${node.className} ${node.scrollWidth} > ${node.clientWidth}`);
        return { dir: el.getAttribute('dir'), overflowing };
      });
      assert.equal(facts.dir, 'rtl', `${tag} is right to left`);
      assert.deepEqual(facts.overflowing, [], `${tag} overflows sideways at ${width} px`);
      const file = join(shotDir, `${tag}-ar-${width}.png`);
      await (await page.$(tag)).screenshot({ path: file });
      assert.ok(statSync(file).size > 1000, `${file} is a real picture`);
      shots += 1;
    }
    await page.close();
  });
}

test('inside Arabic text, phone numbers and times keep their left-to-right order', async () => {
  const page = await openArabic(1280);
  // A line with an Arabic word and a number: the rendered order of the number's digits must be
  // the logical order. Range rectangles of each character show where it is drawn.
  const wrong = await page.evaluate(() => {
    const found = [];
    const NUMBER = /\d[\d\s:-]*\d/g;
    const walk = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent;
        for (const match of text.matchAll(NUMBER)) {
          if (!/[\s-]/.test(match[0])) continue;
          const xs = [];
          for (let i = match.index; i < match.index + match[0].length; i++) {
            if (!/\d/.test(text[i])) continue;
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getBoundingClientRect();
            if (rect.width === 0) continue;
            xs.push([Math.round(rect.top), rect.left]);
          }
          // On one line, each digit must be to the right of the one before it.
          const bad = xs.some(([top, x], i) => i > 0 && top === xs[i - 1][0] && x < xs[i - 1][1]);
          if (bad) found.push(`${match[0]} in "${text.trim().slice(0, 60)}"`);
        }
      }
      root.querySelectorAll('*').forEach((el) => el.shadowRoot && walk(el.shadowRoot));
    };
    for (const el of document.querySelectorAll('buurt-map, buurt-guide, buurt-signup')) walk(el.shadowRoot);
    return found;
  });
  assert.deepEqual(wrong, []);
  await page.close();
});
