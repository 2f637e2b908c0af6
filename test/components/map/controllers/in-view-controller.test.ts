import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { InViewController } from '../../../../src/components/map/in-view-controller.js';
import { mountHost, until } from './host.js';

describe('InViewController on a bare host', () => {
  const hosts: HTMLElement[] = [];
  afterEach(() => {
    for (const host of hosts.splice(0)) host.remove();
  });

  async function setup(marginTop: string): Promise<{ host: HTMLElement & { updateComplete: Promise<boolean> }; entered: () => number }> {
    let entered = 0;
    const { host } = await mountHost((el) => {
      el.content = () => html`<div style="margin-top: ${marginTop}; height: 50px" class="target"></div>`;
      new InViewController(el, { target: () => el.renderRoot.querySelector('.target'), onEnter: () => entered++, rootMargin: '0px' });
    }, 'display: block');
    hosts.push(host);
    return { host, entered: () => entered };
  }

  it('calls onEnter for a target in the viewport', async () => {
    const { entered } = await setup('0px');
    await until(() => entered() === 1, 5000, 'onEnter');
  });

  it('does not call onEnter for a target far below the viewport, and does once it is scrolled to', async () => {
    const { host, entered } = await setup('5000px');
    // The observer reports the first state of every target: once that came, nothing more is due.
    const first = new Promise<void>((resolve) => new IntersectionObserver((_, observer) => (observer.disconnect(), resolve())).observe(host));
    await first;
    expect(entered()).to.equal(0);
    host.shadowRoot!.querySelector('.target')!.scrollIntoView();
    await until(() => entered() === 1, 5000, 'onEnter after scrolling');
    window.scrollTo(0, 0);
  });

  it('stops watching when the host leaves the page, and watches again when it comes back', async () => {
    const { host, entered } = await setup('0px');
    await until(() => entered() === 1, 5000, 'first onEnter');
    const parent = host.parentElement!;
    host.remove();
    parent.append(host);
    await until(() => entered() === 2, 5000, 'onEnter after being put back');
  });
});
