import { expect } from '@open-wc/testing';
import { $, $$, brokenWords, mapWithFeed, place, smallFeed, unmountAll, until, type TestMap } from './helpers.js';

const LANGS = ['nl', 'en', 'ar', 'pl', 'tr', 'uk'] as const;

/** The place's details open, in `lang`, in an element `width` px wide: two periods a weekday, two categories. */
async function details(lang: string, width: number): Promise<TestMap> {
  const weekly = ['mo', 'tu', 'we', 'th', 'fr'].flatMap((day) => [
    { day, opens: '09:30', closes: '11:30' },
    { day, opens: '13:30', closes: '15:30' },
  ]);
  // An activity's hours as well: its table is indented under the activity's line.
  const activities = [{ name: 'Nederlandse les', schedule: { weekly: [{ day: 'mo', opens: '10:00', closes: '11:30' }], exceptions: [] } }];
  const feed = smallFeed([place('a', { name: 'De Wijkplaats', categories: ['ontmoeten', 'gezin'], hours: { weekly }, activities })]);
  const map = await mapWithFeed(feed, { width });
  map.lang = lang;
  await map.updateComplete;
  $(map, '.item__open')!.click();
  await map.updateComplete;
  await until(() => $$(map, '.week th').length === 8, 5000, 'the opening hours');
  return map;
}

/** Every cell inside the element, not scrolling sideways. */
function expectInside(map: TestMap, cells: HTMLElement[]): void {
  const { left, right } = map.getBoundingClientRect();
  for (const cell of cells) {
    const box = cell.getBoundingClientRect();
    expect(box.left, `"${cell.textContent}" inside on the left`).to.be.at.least(left - 0.5);
    expect(box.right, `"${cell.textContent}" inside on the right`).to.be.at.most(right + 0.5);
  }
}

// A place's details on a phone (the element 288 px on a 320 px screen, 358 on a 390 px one).
describe('<buurt-map> place details: words whole on a phone', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
    unmountAll();
  });

  // The kind and the categories were flex items each, the Dutch categories of a page in another
  // language squeezed into columns: 'Mah|alle|girişi|mi', 'Ontm|oeten', 'Kinde|ren'.
  for (const lang of LANGS) {
    for (const width of [288, 358]) {
      it(`keeps the kind and categories whole, as running text (${lang}, ${width}px)`, async () => {
        const map = await details(lang, width);
        const kind = $(map, '.details .kind')!;
        expect(brokenWords(kind), 'the kind and categories broken inside the word').to.deep.equal([]);
        const line = parseFloat(getComputedStyle(kind).lineHeight);
        // Running text: two or three lines (by the engine's font), where the columns took four to seven.
        expect(kind.getBoundingClientRect().height, 'on at most three lines').to.be.at.most(3 * line + 1);
        await expect(map).to.be.accessible();
      });
    }
  }

  // Beside two periods the table squeezed the day: 'Woensda|g', 'Poniedzia|łek', 'Çarşamb|a' at
  // 100% text; at 200% the times go under the day.
  for (const size of ['100%', '200%']) {
    // 256 px: the demo page's margins are 1rem a side, 32 px each at 200% text.
    for (const [lang, width] of [...LANGS.map((lang) => [lang, 288] as const), ['nl', 358], ['pl', 358], ['pl', 256], ['uk', 256]] as const) {
      it(`shows each day and time of the opening hours whole (${lang}, ${width}px, ${size} text)`, async () => {
        document.documentElement.style.fontSize = size;
        const map = await details(lang, width);
        const cells = $$(map, '.week th, .week td');
        expect(cells.length, 'the week and the activity\'s monday').to.equal(16);
        expect(cells.flatMap(brokenWords), 'days and times broken inside the word').to.deep.equal([]);
        expectInside(map, cells);
        const side = $(map, '.side')!;
        expect(side.scrollWidth, 'the details do not scroll sideways').to.be.at.most(side.clientWidth);
        await expect(map).to.be.accessible();
      });
    }
  }
});
