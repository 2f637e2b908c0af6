import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, LitElement, type TemplateResult } from 'lit';
import { QuickExitController } from '../../../../src/components/guide/quick-exit.js';

/** A plain host that counts what "Snel weg" asks of it and shows whether it is hidden. */
class ExitHost extends LitElement {
  left = 0;
  counts: number[] = [];
  readonly exit = new QuickExitController(this, { leave: () => this.left++, onCount: (count) => this.counts.push(count) });

  override render(): TemplateResult {
    return html`<p ?hidden=${this.exit.exiting}>inhoud</p>`;
  }
}
customElements.define('test-quick-exit-host', ExitHost);

async function mount(): Promise<ExitHost> {
  const host = document.createElement('test-quick-exit-host') as ExitHost;
  document.body.append(host);
  await host.updateComplete;
  return host;
}

const paragraph = (host: ExitHost): HTMLElement => host.shadowRoot!.querySelector('p')!;

describe('QuickExitController on a plain host', () => {
  let host: ExitHost;
  afterEach(() => host?.remove());

  it('hides the host at once, before any render, then leaves', async () => {
    host = await mount();
    host.exit.exit();
    expect(host.hasAttribute('data-exiting')).to.equal(true);
    expect(host.left).to.equal(1);
    await host.updateComplete;
    expect(paragraph(host).hidden).to.equal(true);
  });

  it('leaves after Shift three times, counting the presses', async () => {
    host = await mount();
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(host.counts).to.deep.equal([1, 2]);
    expect(host.left).to.equal(0);
    await sendKeys({ press: 'Shift' });
    expect(host.left).to.equal(1);
    expect(host.hasAttribute('data-exiting')).to.equal(true);
  });

  it('shows the host again when the page comes back from the back-forward cache', async () => {
    host = await mount();
    // A page shown for the first time is no return: nothing changes.
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(host.exit.exiting).to.equal(false);
    host.exit.exit();
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    expect(host.exit.exiting).to.equal(true);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(host.hasAttribute('data-exiting')).to.equal(false);
    await host.updateComplete;
    expect(paragraph(host).hidden).to.equal(false);
  });

  it('stops listening when the host leaves the page', async () => {
    host = await mount();
    host.remove();
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(host.left).to.equal(0);
    host.exit.exit();
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(host.exit.exiting).to.equal(true);
  });
});
