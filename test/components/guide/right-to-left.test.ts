import { expect, waitUntil } from '@open-wc/testing';
import { guideWithFeed, root, sampleLikeFeed } from './helpers.js';

/** Where on screen `part` of the text of `element` starts (its left edge). */
function leftOf(element: Element, part: string): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(part);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + part.length);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`"${part}" not found`);
}

describe('<buurt-guide> right to left (Arabic)', () => {
  it('shows a place\'s phone number in its own order, "073-612 34 56", not its groups turned round', async () => {
    const guide = await guideWithFeed(sampleLikeFeed(), { start: 'kind-vertelt', lang: 'ar' });
    expect(guide.getAttribute('dir')).to.equal('rtl');
    const call = root(guide).querySelector('.contact__phone a')!;
    await waitUntil(() => call.textContent!.startsWith('اتصل'), 'the Arabic words');
    expect(call.getAttribute('href')).to.equal('tel:0736123456');
    expect(leftOf(call, '073'), '073 before 34').to.be.lessThan(leftOf(call, '34 56'));
    expect(leftOf(call, '34 56'), '34 before 56').to.be.lessThan(leftOf(call, '56'));
    await expect(guide).to.be.accessible();
  });
});
