import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/signup/signup.js';
import type { BuurtSignup } from '../../../src/components/signup/signup.component.js';
import { actionOf, makeFeed, newStore, q } from './helpers.js';

async function signupIn(lang: string): Promise<BuurtSignup> {
  const store = await newStore();
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px">
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
    const info = q(signup, '.task__info').getBoundingClientRect();
    const checkbox = q(signup, '#signup-task-0').getBoundingClientRect();
    expect(checkbox.left, 'the checkbox on the right').to.be.greaterThan(title.left);
    expect(info.right, 'the info starts where the title starts').to.be.closeTo(title.right, 1);
    await expect(signup).to.be.accessible();
  });
});
