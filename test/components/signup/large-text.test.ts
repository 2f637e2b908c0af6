import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/signup/signup.js';
import type { BuurtSignup } from '../../../src/components/signup/signup.component.js';
import { waitUntil } from '../../harness/wait-until.js';
import { actionOf, makeFeed, newStore, q, submit } from './helpers.js';

/** The sign-up form, 288 px wide (a 320 px phone less the page's margins). */
async function narrowSignup(): Promise<BuurtSignup> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 288px">
    <buurt-signup .feed=${makeFeed()} action=${actionOf(await newStore())}></buurt-signup>
  </div>`);
  const signup = wrapper.querySelector('buurt-signup')!;
  await signup.updateComplete;
  return signup;
}

// A phone with the browser's text size at 200% (WCAG 1.4.4, 1.4.10): rem grows, the screen does not.
describe('<buurt-signup> with large text on a 320px phone', () => {
  beforeEach(() => {
    document.documentElement.style.fontSize = '200%';
  });

  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  it('keeps the talents and languages to choose from inside the element, so the page does not scroll sideways', async () => {
    const signup = await narrowSignup();
    const right = signup.getBoundingClientRect().right;
    const choices = [...signup.shadowRoot!.querySelectorAll('.choices .choice')];
    expect(choices.length, 'talents and languages shown').to.be.greaterThan(2);
    for (const choice of choices) {
      expect(choice.getBoundingClientRect().right, `"${choice.textContent!.trim()}" inside`).to.be.at.most(right + 0.5);
    }
    await expect(signup).to.be.accessible();
  });

  it('shows the error summary from its heading when it is taller than the screen', async () => {
    const signup = await narrowSignup();
    // The visitor pressed "Verstuur" at the bottom of the form.
    q(signup, 'button[type="submit"]').scrollIntoView();
    submit(signup);
    await waitUntil(() => signup.shadowRoot!.activeElement?.matches('.error-summary'), 'the error summary focused');
    const summary = q(signup, '.error-summary');
    expect(summary.getBoundingClientRect().height, 'a summary taller than the screen').to.be.greaterThan(window.innerHeight);
    const heading = summary.querySelector('h2')!.getBoundingClientRect();
    expect(heading.top, '"Er is een probleem" not above the screen').to.be.at.least(0);
    expect(heading.bottom, '"Er is een probleem" not below the screen').to.be.at.most(window.innerHeight);
    await expect(signup).to.be.accessible();
  });
});
