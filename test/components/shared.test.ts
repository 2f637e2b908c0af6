// Behaviour every buurtkit element owes its host page, checked on all three
// (like Shoelace's runFormControlBaseTests): broken feeds, hostile text, languages,
// repeated registration, host pages with their own shadow roots.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../harness/wait-until.js';
import '../../src/components/map/map.js';
import '../../src/components/guide/guide.js';
import '../../src/components/signup/signup.js';
import { BuurtMap } from '../../src/components/map/map.component.js';
import { BuurtGuide } from '../../src/components/guide/guide.component.js';
import { BuurtSignup } from '../../src/components/signup/signup.component.js';
import { clearFeedMemory } from '../../src/feed/load.js';
import { clearCachedFeeds } from '../../src/feed/cache.js';
import type { BuurtElement } from '../../src/base/buurt-element.js';
import { MemoryStorage } from '../feed/memory-storage.js';

const TAGS = ['buurt-map', 'buurt-guide', 'buurt-signup'] as const;
const HOSTILE = '<img src=x onerror="window.__buurtPwned=1">';

/** A feed with hostile text in every kind of text field each element shows. */
function hostileFeed() {
  return {
    version: '1.0',
    publisher: { name: HOSTILE, email: 'redactie@wijkkrant.example' },
    areas: [{ id: 'oost', name: HOSTILE, center: { lat: 51.69, lng: 5.32 }, zoom: 15 }],
    categories: [{ id: 'c', label: HOSTILE, color: 'red;background:url(x)' }],
    places: [
      {
        id: 'p',
        name: HOSTILE,
        kind: 'informal-initiative',
        categories: ['c'],
        areas: ['oost'],
        description: `${HOSTILE} \u202Egnp.exe`,
        location: { lat: 51.69, lng: 5.32 },
        contact: { website: ' JaVaScRiPt:alert(1)', email: 'a@b.example' },
        languages: ['nl'],
      },
    ],
    glossary: [{ term: 'CJG', explanation: HOSTILE }],
    guides: [
      {
        id: 'g',
        title: HOSTILE,
        start: 'q',
        steps: [
          { type: 'question', id: 'q', text: `${HOSTILE} CJG`, choices: [{ label: HOSTILE, next: 'a' }] },
          { type: 'advice', id: 'a', title: HOSTILE, actions: [HOSTILE], contacts: [{ type: 'place', place: 'p' }] },
        ],
      },
    ],
    opportunities: [{ id: 'o', place: 'p', title: HOSTILE, description: HOSTILE, skills: [], languages: [] }],
    signup: { action: 'https://wijkkrant.example/aanmelden', privacyText: HOSTILE, fields: { message: true } },
  };
}

/**
 * A fresh element. The sign-up form gets storage of its own: test files run side by side in
 * one origin, and another file's waiting sign-ups in localStorage would change what it shows.
 */
function create(tag: string, attributes: Record<string, string> = {}): BuurtElement {
  const el = document.createElement(tag) as BuurtElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (el instanceof BuurtSignup) el.storage = new MemoryStorage() as unknown as Storage;
  return el;
}

async function mount(tag: string, attributes: Record<string, string> = {}): Promise<BuurtElement> {
  const wrapper = await fixture('<div style="width: 960px"></div>');
  const el = create(tag, attributes);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** `tag` with the hostile feed shown, in a 960 px wide box with the page's `style`. */
async function withFeedIn(tag: string, style: string): Promise<BuurtElement> {
  const wrapper = await fixture(`<div style="width: 960px; ${style}"></div>`);
  const el = create(tag);
  const loaded = oneEvent(el, 'buurt-load');
  el.feed = hostileFeed();
  wrapper.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

describe('every buurtkit element', () => {
  beforeEach(() => {
    clearFeedMemory();
    clearCachedFeeds();
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      for (const [route, code] of [
        ['status?code=404', 'http'],
        ['status?code=500', 'http'],
        ['login', 'html'],
        ['truncated', 'truncated'],
        ['not-json', 'not-json'],
      ] as const) {
        it(`shows a plain Dutch message and emits buurt-error (${code}) for /${route}`, async () => {
          const el = create(tag);
          el.src = `/test-api/feed/${route}${route.includes('?') ? '&' : '?'}id=shared-${tag}-${code}`;
          const failed = oneEvent(el, 'buurt-error');
          const wrapper = await fixture('<div style="width: 960px"></div>');
          wrapper.append(el);
          const { detail } = await failed;
          expect(detail.code).to.equal(code);
          await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'the message shows');
          expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('De informatie kon niet worden geladen');
          await expect(el).to.be.accessible();
        });
      }

      it('is as large as the text around it on a page whose root font is 10px (html { font-size: 62.5% })', async () => {
        // Many WordPress themes set the root to 62.5% (1rem = 10px) and their text back to 16px.
        const ordinary = await withFeedIn(tag, 'font-size: 16px');
        const ordinarySize = { font: getComputedStyle(ordinary).fontSize, height: ordinary.getBoundingClientRect().height };
        document.documentElement.style.fontSize = '62.5%';
        try {
          const el = await withFeedIn(tag, 'font-size: 16px');
          expect(getComputedStyle(el).fontSize).to.equal('16px');
          expect(ordinarySize.font).to.equal('16px');
          // Its spacing and the map's height follow the same size: the element is as tall as on an ordinary page.
          expect(el.getBoundingClientRect().height).to.be.closeTo(ordinarySize.height, 1);
          await expect(el).to.be.accessible();
        } finally {
          document.documentElement.style.fontSize = '';
        }
      });

      it('keeps its own text style inside aggressive page CSS that inherits into it', async () => {
        // A theme's styles for its articles, or a CMS that wrapped the element in a <p> or <em>.
        const aggressive =
          'text-align: justify; text-indent: 3em; letter-spacing: 3px; word-spacing: 9px; text-transform: uppercase; ' +
          'white-space: nowrap; font-style: italic; font-weight: 700; font-variant: small-caps; text-shadow: 1px 1px red; ' +
          'word-break: break-all; hyphens: auto; cursor: wait; line-height: 0.8';
        const PROPERTIES = ['text-align', 'text-indent', 'letter-spacing', 'word-spacing', 'text-transform', 'white-space', 'font-style', 'font-weight', 'font-variant-caps', 'text-shadow', 'word-break', 'hyphens', 'cursor', 'line-height'];
        const styles = (el: Element) =>
          [...el.shadowRoot!.querySelectorAll('*')].slice(0, 60).map((node) => {
            const style = getComputedStyle(node);
            return `${node.localName}.${node.className}: ${PROPERTIES.map((name) => `${name} ${style.getPropertyValue(name)}`).join('; ')}`;
          });
        const plain = styles(await withFeedIn(tag, ''));
        const el = await withFeedIn(tag, aggressive);
        expect(styles(el)).to.deep.equal(plain);
        await expect(el).to.be.accessible();
      });

      it('renders hostile feed text as text and runs nothing', async () => {
        const el = await mount(tag);
        const loaded = oneEvent(el, 'buurt-load');
        el.feed = hostileFeed();
        await loaded;
        await el.updateComplete;
        const root = el.shadowRoot!;
        expect(root.querySelector('img[src="x"]')).to.equal(null);
        expect(root.textContent).to.contain('<img src=x onerror=');
        for (const link of root.querySelectorAll('a[href]')) {
          expect(link.getAttribute('href')!.trim().toLowerCase()).to.not.match(/^javascript:/);
        }
        expect((window as unknown as { __buurtPwned?: number }).__buurtPwned).to.equal(undefined);
        await expect(el).to.be.accessible();
      });

      it('speaks English when the page does, and sets dir for Arabic', async () => {
        const english = await mount(tag, { lang: 'en' });
        const loaded = oneEvent(english, 'buurt-load');
        english.feed = { ...hostileFeed(), sample: true };
        await loaded;
        await english.updateComplete;
        expect(english.shadowRoot!.textContent).to.contain('Sample data: this information is not real.');
        expect(english.shadowRoot!.textContent).to.not.contain('Voorbeeldgegevens');
        const arabic = await mount(tag, { lang: 'ar' });
        expect(arabic.getAttribute('dir')).to.equal('rtl');
      });

      it('keeps Dutch text in reading order inside a right-to-left element', async () => {
        // Persian has no table: the kit speaks Dutch in a mirrored layout, and the period of
        // "… niet echt." must stay at the end of the sentence, not jump to its start.
        const persian = await mount(tag, { lang: 'fa' });
        const loaded = oneEvent(persian, 'buurt-load');
        persian.feed = { ...hostileFeed(), sample: true };
        await loaded;
        await persian.updateComplete;
        expect(persian.getAttribute('dir')).to.equal('rtl');
        const walker = document.createTreeWalker(persian.shadowRoot!, NodeFilter.SHOW_TEXT);
        let node: Node | null;
        while ((node = walker.nextNode()) && !node.textContent!.includes('Voorbeeldgegevens'));
        expect(node, 'the sample notice').to.not.equal(null);
        const text = node!.textContent!;
        const rectOf = (start: number) => {
          const range = document.createRange();
          range.setStart(node!, start);
          range.setEnd(node!, start + 1);
          return range.getBoundingClientRect();
        };
        const first = rectOf(text.indexOf('V'));
        const period = rectOf(text.lastIndexOf('.'));
        expect(period.left).to.be.greaterThan(first.left);
        await expect(persian).to.be.accessible();
      });

      it('marks its own Dutch words as Dutch on a page in a language the kit cannot speak yet', async () => {
        // Somali has no table (yet): the kit's own words stay Dutch and say so.
        const somali = await mount(tag, { lang: 'so' });
        const loaded = oneEvent(somali, 'buurt-load');
        somali.feed = hostileFeed();
        await loaded;
        await somali.updateComplete;
        expect(somali.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('nl');
        const english = await mount(tag, { lang: 'en' });
        english.feed = hostileFeed();
        await oneEvent(english, 'buurt-load');
        await english.updateComplete;
        expect(english.shadowRoot!.querySelector('[part="base"]')!.hasAttribute('lang')).to.equal(false);
        await expect(somali).to.be.accessible();
      });

      it('gives feed text in Arabic its own lang and direction on a Dutch page', async () => {
        const el = await mount(tag, { lang: 'nl' });
        const loaded = oneEvent(el, 'buurt-load');
        const feed = hostileFeed();
        const arabic = { ar: 'مرحبا بكم في البيت' };
        Object.assign(feed.places[0]!, { name: arabic, description: arabic });
        Object.assign(feed.guides[0]!.steps[0]!, { text: arabic });
        Object.assign(feed.opportunities[0]!, { title: arabic });
        el.feed = feed;
        await loaded;
        await el.updateComplete;
        const span = el.shadowRoot!.querySelector('[lang="ar"]');
        expect(span, 'the Arabic text is marked').to.not.equal(null);
        expect(span!.getAttribute('dir')).to.equal('auto');
        expect(getComputedStyle(span!).direction).to.equal('rtl');
      });

      it('works inside a host page’s own shadow root', async () => {
        const host = await fixture('<div style="width: 960px"></div>');
        const root = host.attachShadow({ mode: 'open' });
        const el = create(tag);
        const loaded = oneEvent(el, 'buurt-load');
        el.src = '/test-api/feed/valid?id=shared-shadow';
        root.append(el);
        const { detail } = await loaded;
        expect(detail.feed.places[0]!.id).to.equal('wijkplaats');
      });
    });
  }

  it('can be registered again, under the same or a second tag, without throwing', () => {
    expect(() => {
      BuurtMap.define('buurt-map');
      BuurtGuide.define('buurt-guide');
      BuurtSignup.define('buurt-signup');
      BuurtGuide.define('wijk-guide');
    }).to.not.throw();
    expect(customElements.get('wijk-guide')).to.not.equal(undefined);
  });
});
