import { expect } from '@open-wc/testing';
import { waitUntil } from '../../harness/wait-until.js';
import { guideWithFeed, root, sampleLikeFeed } from './helpers.js';

/** How many lines the first `length` letters of a text take. */
function linesOf(node: Node, length: number): number {
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, length);
  return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
}

/** The first text node under `element` that has letters. */
function firstText(element: Element): Text {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (/\S/.test(n.textContent!) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
  const text = walker.nextNode();
  if (!text) throw new Error('no text');
  return text as Text;
}

// A phone with the browser's text size at 200% (WCAG 1.4.4): rem grows, the screen does not.
describe('<buurt-guide> with large text on a 320px phone', () => {
  beforeEach(() => {
    document.documentElement.style.fontSize = '200%';
  });

  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  // "Snel weg" in Dutch, "Szybko wyjdź" in Polish: the longer label must fit too.
  for (const [lang, exitLabel] of [
    ['nl', 'Snel weg'],
    ['pl', 'Szybko wyjdź'],
  ] as const) {
    it(`keeps the emergency numbers readable and "${exitLabel}" inside the element (${lang})`, async () => {
      const guide = await guideWithFeed(sampleLikeFeed(), { lang });
      guide.style.width = '288px';
      const shadow = root(guide);
      await waitUntil(() => shadow.querySelector('.quick-exit__button')?.textContent!.trim() === exitLabel, 'the language loaded');
      await guide.updateComplete;
      const right = guide.getBoundingClientRect().right;
      const danger = shadow.querySelector('.help-line__call')!;
      const text = firstText(danger);
      const firstWord = text.textContent!.trimStart().split(/\s/)[0]!;
      const offset = text.textContent!.indexOf(firstWord);
      expect(linesOf(text, offset + firstWord.length), `"${firstWord}" on one line`).to.equal(1);
      const exit = shadow.querySelector('.quick-exit__button')!.getBoundingClientRect();
      expect(exit.right, `"${exitLabel}" inside the element`).to.be.at.most(right + 0.5);
      await expect(guide).to.be.accessible();
    });
  }
});
