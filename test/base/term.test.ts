import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { renderTextWithTerms, termStyles } from '../../src/base/term.js';
import { themeStyles } from '../../src/base/theme.styles.js';
import type { GlossaryEntry } from '../../src/feed/types.js';
import { itExcept } from '../harness/engine.js';
import { NARROW_IN_WEBKIT, setViewport } from '../harness/viewport.js';

const glossary: GlossaryEntry[] = [{ term: 'GGD', aliases: [], explanation: 'De GGD zorgt voor de gezondheid van iedereen.' }];

class TermHost extends LitElement {
  static override styles = [themeStyles, termStyles];
  text = '';
  override render() {
    return html`<p>${renderTextWithTerms(this.text, { glossary }, 'nl')}</p>`;
  }
}
customElements.define('term-host', TermHost);

describe('renderTextWithTerms', () => {
  async function host(text: string) {
    const el = await fixture<TermHost>(html`<term-host .text=${text}></term-host>`);
    return { el, button: el.shadowRoot!.querySelector('button')!, tip: el.shadowRoot!.querySelector('.term__tip')! };
  }

  it('makes the term a button described by its explanation', async () => {
    const { el, button, tip } = await host('Vraag het de GGD.');
    expect(button.textContent).to.equal('GGD');
    expect(button.getAttribute('aria-describedby')).to.equal(tip.id);
    expect(tip.textContent).to.equal('De GGD zorgt voor de gezondheid van iedereen.');
    expect(getComputedStyle(tip).display).to.equal('none');
    await expect(el).to.be.accessible();
  });

  // WebKit drops the shorthand text-decoration: underline dotted (a style in it makes it invalid there).
  it('marks the term with a dotted underline in every engine, so a reader sees it can be explained', async () => {
    const { el, button } = await host('Vraag het de GGD.');
    const style = getComputedStyle(button);
    expect(style.textDecorationLine).to.equal('underline');
    expect(style.textDecorationStyle).to.equal('dotted');
    await expect(el).to.be.accessible();
  });

  it('shows the explanation on tap and on focus, hides it on Escape', async () => {
    const { el, button, tip } = await host('Vraag het de GGD.');
    button.click();
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(tip).display).to.equal('block');
    await expect(el).to.be.accessible();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(getComputedStyle(tip).display).to.equal('none');
    button.focus();
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    button.blur();
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows the explanation on a real tap, which focuses the button before it clicks', async () => {
    const { el, button, tip } = await host('Vraag het de GGD.');
    const box = button.getBoundingClientRect();
    const at: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    await sendMouse({ type: 'click', position: at });
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(tip).display).to.equal('block');
    await expect(el).to.be.accessible();
    await sendMouse({ type: 'click', position: at });
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  itExcept(['webkit'], NARROW_IN_WEBKIT, 'keeps the explanation on a 320px screen when the term is near its edge', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      expect(document.documentElement.clientWidth).to.equal(320);
      const { button, tip } = await host('Een heel lange zin om de term naar rechts te duwen: GGD');
      button.click();
      const rect = tip.getBoundingClientRect();
      expect(rect.left).to.be.at.least(0);
      expect(rect.right).to.be.at.most(document.documentElement.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('renders hostile text as text', async () => {
    const { el } = await host('<img src=x onerror=alert(1)> GGD');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.contain('<img src=x onerror=alert(1)>');
  });
});
