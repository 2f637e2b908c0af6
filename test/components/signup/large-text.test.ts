import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/signup/signup.js';
import type { BuurtSignup } from '../../../src/components/signup/signup.component.js';
import { actionOf, makeFeed, newStore } from './helpers.js';

// A phone with the browser's text size at 200% (WCAG 1.4.4, 1.4.10): rem grows, the screen does not.
describe('<buurt-signup> with large text on a 320px phone', () => {
  beforeEach(() => {
    document.documentElement.style.fontSize = '200%';
  });

  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  it('keeps the talents and languages to choose from inside the element, so the page does not scroll sideways', async () => {
    const store = await newStore();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 288px">
      <buurt-signup .feed=${makeFeed()} action=${actionOf(store)}></buurt-signup>
    </div>`);
    const signup = wrapper.querySelector('buurt-signup')!;
    await signup.updateComplete;
    const right = signup.getBoundingClientRect().right;
    const choices = [...signup.shadowRoot!.querySelectorAll('.choices .choice')];
    expect(choices.length, 'talents and languages shown').to.be.greaterThan(2);
    for (const choice of choices) {
      expect(choice.getBoundingClientRect().right, `"${choice.textContent!.trim()}" inside`).to.be.at.most(right + 0.5);
    }
    await expect(signup).to.be.accessible();
  });
});
