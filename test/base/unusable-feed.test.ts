import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/guide/guide.js';
import '../../src/components/map/map.js';
import '../../src/components/signup/signup.js';
import type { BuurtElement } from '../../src/base/buurt-element.js';

const TAGS = ['buurt-map', 'buurt-guide', 'buurt-signup'] as const;

/** Fails the test when the element reports the feed as loaded. */
function noLoad(el: HTMLElement): { loaded: boolean } {
  const seen = { loaded: false };
  el.addEventListener('buurt-load', () => (seen.loaded = true));
  return seen;
}

describe('a feed that is no feed at all', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: JSON null from src fires buurt-error (not-a-feed), not buurt-load`, async () => {
      const el = document.createElement(tag) as BuurtElement;
      const seen = noLoad(el);
      el.src = `/test/fixtures/feeds/null.json?el=${tag}`;
      const failed = oneEvent(el, 'buurt-error');
      const wrapper = await fixture(html`<div style="width: 960px"></div>`);
      wrapper.append(el);
      const { detail } = await failed;
      expect(detail.code).to.equal('not-a-feed');
      await el.updateComplete;
      expect(seen.loaded).to.equal(false);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('De informatie kon niet worden geladen');
      await expect(el).to.be.accessible();
    });

    it(`<${tag}>: the feed property set to null (or a list, a number) fires buurt-error too`, async () => {
      for (const value of [null, [], 42, 'buurt.json']) {
        const el = document.createElement(tag) as BuurtElement;
        const seen = noLoad(el);
        el.feed = value;
        const failed = oneEvent(el, 'buurt-error');
        const wrapper = await fixture(html`<div style="width: 960px"></div>`);
        wrapper.append(el);
        const { detail } = await failed;
        expect(detail.code, String(value)).to.equal('not-a-feed');
        await el.updateComplete;
        expect(seen.loaded).to.equal(false);
        expect(el.shadowRoot!.querySelector('[role="alert"]'), String(value)).to.not.equal(null);
      }
    });
  }
});
