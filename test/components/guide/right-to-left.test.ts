import { expect } from '@open-wc/testing';
import { waitUntil } from '../../harness/wait-until.js';
import { guideWithFeed, root, sampleLikeFeed } from './helpers.js';
import { leftOf } from '../../harness/text-position.js';

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
