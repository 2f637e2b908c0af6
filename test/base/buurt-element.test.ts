import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { BuurtElement, isRightToLeft } from '../../src/base/buurt-element.js';
import { themeStyles } from '../../src/base/theme.styles.js';

/** The smallest real element on the base: shows its state the way the widgets do. */
class TestBuurtElement extends BuurtElement {
  static override styles = themeStyles;
  get status() {
    return this.feedStatus;
  }
  get resolvedLanguage() {
    return this.language;
  }
  override render() {
    return litHtml`${this.renderFeedNotices()}${this.renderLoadError()}<p>${
      this.feedStatus.state === 'ready' ? this.feedStatus.feed.places.length : this.t('loading')
    }</p>`;
  }
}
TestBuurtElement.define('test-buurt-element');

const FEED_URL = '/test/fixtures/minimal-feed.json';

describe('BuurtElement', () => {
  it('can be defined twice, and warns only when another version holds the tag', () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => TestBuurtElement.define('test-buurt-element')).not.to.throw();
      expect(warnings).to.have.length(0);
      class OtherVersion extends HTMLElement {
        static version = '0.0.1';
      }
      customElements.define('test-buurt-other', OtherVersion);
      expect(() => TestBuurtElement.define('test-buurt-other')).not.to.throw();
      expect(warnings).to.have.length(1);
      expect(String((warnings[0] as unknown[])[0])).to.contain('0.0.1');
    } finally {
      console.warn = warn;
    }
  });

  it('loads the feed from src and emits buurt-load', async () => {
    const el = document.createElement('test-buurt-element') as TestBuurtElement;
    el.src = FEED_URL;
    const loaded = oneEvent(el, 'buurt-load');
    document.body.append(el);
    const event = await loaded;
    expect(event.detail.feed.places[0]!.id).to.equal('wijkplaats');
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('1');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('validates a feed given as a property', async () => {
    const el = document.createElement('test-buurt-element') as TestBuurtElement;
    el.feed = { version: '1.0', publisher: { name: 'x' }, places: [{ id: 'a', name: 'A', kind: 'informal-initiative' }, 42] };
    const loaded = oneEvent(el, 'buurt-load');
    document.body.append(el);
    const { detail } = await loaded;
    expect(detail.source).to.equal('property');
    expect(detail.feed.places.map((place) => place.id)).to.deep.equal(['a']);
    expect(detail.problems.length).to.be.greaterThan(0);
    // The message tables load on demand, before the event: problems arrive in words.
    expect(detail.problems[0]!.message).to.match(/ /);
    expect(detail.problems[0]!.message).to.not.equal(detail.problems[0]!.code);
    el.remove();
  });

  it('shows a plain Dutch message and emits buurt-error when the feed cannot be loaded', async () => {
    const el = document.createElement('test-buurt-element') as TestBuurtElement;
    el.src = '/test/fixtures/does-not-exist.json';
    const failed = oneEvent(el, 'buurt-error');
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.code).to.equal('http');
    expect(detail.status).to.equal(404);
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('De informatie kon niet worden geladen');
    await expect(el).to.be.accessible();
    el.remove();
  });

  describe('language', () => {
    it('takes its own lang, then the nearest [lang], then <html lang>, else nl', async () => {
      const own = await fixture<TestBuurtElement>(html`<test-buurt-element lang="en"></test-buurt-element>`);
      expect(own.resolvedLanguage).to.equal('en');
      const wrapper = await fixture(html`<div lang="tr"><section><test-buurt-element></test-buurt-element></section></div>`);
      expect(wrapper.querySelector<TestBuurtElement>('test-buurt-element')!.resolvedLanguage).to.equal('tr');
      const htmlLang = document.documentElement.lang;
      try {
        document.documentElement.lang = 'en-GB';
        const fromPage = await fixture<TestBuurtElement>(html`<test-buurt-element></test-buurt-element>`);
        expect(fromPage.resolvedLanguage).to.equal('en-GB');
        expect(fromPage.shadowRoot!.querySelector('p')!.textContent).to.equal('Loading…');
        document.documentElement.removeAttribute('lang');
        const fallback = await fixture<TestBuurtElement>(html`<test-buurt-element></test-buurt-element>`);
        expect(fallback.resolvedLanguage).to.equal('nl');
      } finally {
        document.documentElement.lang = htmlLang;
      }
    });

    it('finds the language through a host page’s shadow root', async () => {
      const outer = await fixture(html`<div lang="en"></div>`);
      const root = outer.attachShadow({ mode: 'open' });
      const el = document.createElement('test-buurt-element') as TestBuurtElement;
      root.append(el);
      await el.updateComplete;
      expect(el.resolvedLanguage).to.equal('en');
    });

    it('sets dir for right-to-left languages and follows a change of lang', async () => {
      const el = await fixture<TestBuurtElement>(html`<test-buurt-element lang="ar"></test-buurt-element>`);
      expect(el.getAttribute('dir')).to.equal('rtl');
      el.setAttribute('lang', 'nl');
      await new Promise((resolve) => setTimeout(resolve));
      expect(el.getAttribute('dir')).to.equal('ltr');
      const authored = await fixture<TestBuurtElement>(html`<test-buurt-element lang="ar" dir="ltr"></test-buurt-element>`);
      expect(authored.getAttribute('dir')).to.equal('ltr');
      expect(isRightToLeft('fa-IR')).to.equal(true);
      expect(isRightToLeft('tr')).to.equal(false);
    });
  });
});

describe('CMS-mangled markup', () => {
  it('loads a feed whose src a CMS wrapped in curly quotes', async () => {
    const wrapper = document.createElement('div');
    // What WordPress's texturize makes of src="…": the parser keeps the quotes in the value.
    wrapper.innerHTML = `<test-buurt-element src=”${FEED_URL}”></test-buurt-element>`;
    const el = wrapper.firstElementChild as TestBuurtElement;
    expect(el.getAttribute('src')).to.equal(`”${FEED_URL}”`);
    const loaded = oneEvent(el, 'buurt-load');
    document.body.append(wrapper);
    const { detail } = await loaded;
    expect(detail.feed.places[0]!.id).to.equal('wijkplaats');
    wrapper.remove();
  });
});
