import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/signup/signup.js';
import type { BuurtSignup } from '../../../src/components/signup/signup.component.js';
import { actionOf, makeFeed, newStore, q } from './helpers.js';

async function signupIn(lang: string, width = 360): Promise<BuurtSignup> {
  const store = await newStore();
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <buurt-signup lang=${lang} .feed=${makeFeed()} action=${actionOf(store)}></buurt-signup>
  </div>`);
  const signup = wrapper.querySelector('buurt-signup')!;
  await signup.updateComplete;
  return signup;
}

describe('<buurt-signup> right to left (Arabic)', () => {
  it('lines up a task\'s where and when under its title, past the checkbox, on the right', async () => {
    const signup = await signupIn('ar');
    expect(signup.getAttribute('dir')).to.equal('rtl');
    const title = q(signup, '.task__title').getBoundingClientRect();
    const info = q(signup, '.task__info li').getBoundingClientRect();
    const checkbox = q(signup, '#signup-task-0').getBoundingClientRect();
    expect(checkbox.left, 'the checkbox on the right').to.be.greaterThan(title.left);
    expect(info.right, 'the info starts where the title starts').to.be.closeTo(title.right, 1);
    await expect(signup).to.be.accessible();
  });

  it('fits the availability grid on a 320px phone in Arabic, each day name whole', async () => {
    const signup = await signupIn('ar', 288);
    const scroller = q(signup, '.grid-scroll');
    expect(scroller.scrollWidth, 'no sideways scrolling in the grid').to.be.at.most(scroller.clientWidth);
    for (const abbr of signup.shadowRoot!.querySelectorAll('th[scope="col"] abbr')) {
      const words = document.createRange();
      words.selectNodeContents(abbr);
      expect(new Set([...words.getClientRects()].map((rect) => Math.round(rect.top))).size, `"${abbr.textContent}" on one line`).to.equal(1);
      expect(abbr.getAttribute('title'), 'the whole name on the abbreviation').to.have.length.greaterThan(abbr.textContent!.length);
      // Dots under a letter are part of the letter in Arabic: no dotted underline.
      expect(getComputedStyle(abbr).textDecorationLine).to.equal('none');
    }
    await expect(signup).to.be.accessible();
  });
});
