// The embed snippet: exactly the attributes the elements read, every value escaped, the same
// code for WordPress and a plain page, and warnings in plain Dutch.
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import {
  cssUrlFor,
  DEFAULT_SCRIPT_URL,
  embedSnippet,
  escapeAttribute,
  PASTE_DIFFERENCE,
  PASTE_STEPS,
  type EmbedOptions,
} from '../../../src/studio/model/embed-snippet.js';

const FEED = 'https://www.wijkkrant-boschveld.nl/buurt.json';
const SCRIPT = 'https://www.wijkkrant-boschveld.nl/buurtkit/dist/cdn/buurtkit.js';

const everything = (overrides: Partial<EmbedOptions> = {}): EmbedOptions => ({
  feedUrl: FEED,
  scriptUrl: SCRIPT,
  lang: 'nl',
  map: {
    area: 'boschveld',
    category: 'gezin',
    tiles: { kind: 'custom', url: 'https://tiles.example/{z}/{x}/{y}.png', attribution: '© Voorbeeld', consent: 'embedder' },
  },
  guide: { guide: 'zorgen-om-een-kind', exitUrl: 'https://www.weeronline.nl/' },
  signup: { action: 'https://wijkkrant.example/aanmelden' },
  ...overrides,
});

/** The snippet parsed as a browser would parse it, without running or loading anything. */
function parse(code: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = code;
  return template.content;
}

const HOSTILE = [
  '"><script>window.__pwned = 1</script>',
  "' onmouseover='window.__pwned = 1",
  '<img src=x onerror="window.__pwned = 1">',
  'a&amp;b &lt; "quoted"',
  'regel\neen\ttab\u0000nul',
  '</buurt-map><script>window.__pwned=1</script>',
];

describe('embed snippet', () => {
  it('writes the stylesheet that reserves space, the script and the three elements in the order of the docs', () => {
    const { code, head, body } = embedSnippet(everything());
    expect(head).to.equal(
      '<link rel="stylesheet" href="https://www.wijkkrant-boschveld.nl/buurtkit/dist/cdn/buurtkit.css">\n' +
        '<script type="module" src="https://www.wijkkrant-boschveld.nl/buurtkit/dist/cdn/buurtkit.js"></script>',
    );
    expect(code.startsWith(head)).to.be.true;
    expect(code).to.contain(body);
    const tags = [...parse(body).children].map((element) => element.localName);
    expect(tags).to.deep.equal(['buurt-map', 'buurt-guide', 'buurt-signup']);
  });

  it('writes only attributes that the registered elements read', () => {
    const fragment = parse(embedSnippet(everything()).code);
    const elements = [...fragment.querySelectorAll('buurt-map, buurt-guide, buurt-signup')];
    expect(elements).to.have.length(3);
    for (const element of elements) {
      const definition = customElements.get(element.localName) as unknown as { observedAttributes: string[] };
      // `lang` is a global attribute; the base element follows it with a MutationObserver.
      const read = new Set([...definition.observedAttributes, 'lang']);
      for (const { name } of element.attributes) {
        expect(read.has(name), `${element.localName} does not read "${name}"`).to.be.true;
      }
    }
    const map = fragment.querySelector('buurt-map')!;
    expect(map.getAttribute('area')).to.equal('boschveld');
    expect(map.getAttribute('category')).to.equal('gezin');
    expect(map.getAttribute('tiles')).to.equal('https://tiles.example/{z}/{x}/{y}.png');
    expect(map.getAttribute('attribution')).to.equal('© Voorbeeld');
    expect(map.getAttribute('consent')).to.equal('embedder');
    expect(fragment.querySelector('buurt-guide')!.getAttribute('exit-url')).to.equal('https://www.weeronline.nl/');
    expect(fragment.querySelector('buurt-guide')!.getAttribute('guide')).to.equal('zorgen-om-een-kind');
    expect(fragment.querySelector('buurt-signup')!.getAttribute('action')).to.equal('https://wijkkrant.example/aanmelden');
  });

  it('sets the same values on the element properties as it writes (the attribute is the property)', async () => {
    const fragment = parse(embedSnippet(everything()).code);
    const guide = fragment.querySelector('buurt-guide')! as HTMLElement & { exitUrl?: string; guide?: string };
    // Adopt into the page so the element upgrades, without a feed fetch: the src is removed first.
    guide.removeAttribute('src');
    document.body.append(guide);
    await (guide as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(guide.exitUrl).to.equal('https://www.weeronline.nl/');
    expect(guide.guide).to.equal('zorgen-om-een-kind');
    guide.remove();
  });

  it('tiles: none writes tiles="none" and no consent; the PDOK default asks the visitor unless the embedder decided', () => {
    const none = parse(embedSnippet(everything({ map: { tiles: { kind: 'none' } } })).code).querySelector('buurt-map')!;
    expect(none.getAttribute('tiles')).to.equal('none');
    expect(none.hasAttribute('consent')).to.be.false;
    const ask = parse(embedSnippet(everything({ map: { tiles: { kind: 'pdok', consent: 'visitor' } } })).code).querySelector('buurt-map')!;
    expect(ask.hasAttribute('tiles')).to.be.false;
    expect(ask.hasAttribute('consent')).to.be.false;
    const decided = parse(embedSnippet(everything({ map: { tiles: { kind: 'pdok', consent: 'embedder' } } })).code).querySelector('buurt-map')!;
    expect(decided.getAttribute('consent')).to.equal('embedder');
  });

  it('leaves out empty options and the language when the page decides it', () => {
    const { body } = embedSnippet({ feedUrl: FEED, scriptUrl: SCRIPT, guide: { guide: ' ', exitUrl: '' } });
    expect(body).to.equal(`<buurt-guide src="${FEED}"></buurt-guide>`);
  });

  for (const hostile of HOSTILE) {
    it(`keeps a hostile value inside its attribute: ${JSON.stringify(hostile)}`, () => {
      const options = everything({
        feedUrl: hostile,
        scriptUrl: hostile,
        lang: hostile,
        map: { area: hostile, category: hostile, tiles: { kind: 'custom', url: hostile, attribution: hostile, consent: 'visitor' } },
        guide: { guide: hostile, exitUrl: hostile },
        signup: { action: hostile },
      });
      const { code } = embedSnippet(options);
      const fragment = parse(code);
      // Nothing but the link, the script and the three elements; no extra element, no handler.
      expect([...fragment.children].map((element) => element.localName)).to.deep.equal([
        'link',
        'script',
        'buurt-map',
        'buurt-guide',
        'buurt-signup',
      ]);
      expect(fragment.querySelectorAll('*')).to.have.length(5);
      expect((fragment.querySelector('script') as HTMLScriptElement).textContent).to.equal('');
      for (const element of fragment.querySelectorAll('*')) {
        for (const { name } of element.attributes) expect(name.startsWith('on'), name).to.be.false;
      }
      // Each value comes back exactly as typed (trimmed; a NUL cannot be written in HTML).
      const typed = hostile.replace(/\u0000/g, '').trim();
      const map = fragment.querySelector('buurt-map')!;
      expect(map.getAttribute('area')).to.equal(typed);
      expect(map.getAttribute('attribution')).to.equal(typed);
      expect(fragment.querySelector('buurt-guide')!.getAttribute('exit-url')).to.equal(typed);
      expect(fragment.querySelector('script')!.getAttribute('src')).to.equal(typed);
      // No line break inside an attribute: each attribute stays on its own line.
      expect(code).not.to.match(/="[^"]*\n/);
    });
  }

  it('escapes & first, and quotes of both kinds', () => {
    expect(escapeAttribute(`&lt;"'<>`)).to.equal('&amp;lt;&quot;&#39;&lt;&gt;');
  });

  it('puts the stylesheet beside the script, also with a query', () => {
    expect(cssUrlFor('https://cdn.example/buurtkit@0.1.0/dist/cdn/buurtkit.js?v=2')).to.equal(
      'https://cdn.example/buurtkit@0.1.0/dist/cdn/buurtkit.css?v=2',
    );
    const { head } = embedSnippet({ ...everything(), cssUrl: 'https://eigen.example/buurtkit.css' });
    expect(head).to.contain('href="https://eigen.example/buurtkit.css"');
  });

  it('warns in plain Dutch about a missing feed address, no element, unsafe addresses', () => {
    const none = embedSnippet({ feedUrl: '', scriptUrl: SCRIPT });
    expect(none.warnings.map((warning) => warning.field)).to.deep.equal(['elements', 'feedUrl']);
    expect(none.warnings[1]!.message).to.contain('adres van je feed');
    const unsafe = embedSnippet(
      everything({
        feedUrl: 'javascript:alert(1)',
        guide: { exitUrl: 'javascript:alert(1)' },
        signup: { action: 'http://wijkkrant.example/aanmelden' },
        map: { tiles: { kind: 'custom', url: 'https://tiles.example/kaart.png', consent: 'visitor' } },
      }),
    );
    expect(unsafe.warnings.map((warning) => warning.field)).to.deep.equal(['feedUrl', 'tiles', 'exitUrl', 'action']);
    expect(unsafe.warnings.find((warning) => warning.field === 'action')!.message).to.contain('https://');
    expect(embedSnippet(everything({ guide: { exitUrl: 'about:blank' } })).warnings).to.deep.equal([]);
  });

  it('warns that the documentation\'s example addresses are not real ones', () => {
    const example = embedSnippet(everything({ scriptUrl: DEFAULT_SCRIPT_URL, feedUrl: 'https://wijkkrant.example/buurt.json' }));
    expect(example.warnings.map((warning) => warning.field)).to.deep.equal(['scriptUrl', 'feedUrl']);
    expect(example.warnings[0]!.message).to.contain('nog een voorbeeld');
    expect(embedSnippet(everything()).warnings).to.deep.equal([]);
  });

  it('warns about a spreadsheet link to edit (a login page for visitors), and that a published sheet is not what the studio changed', () => {
    for (const feedUrl of ['https://docs.google.com/spreadsheets/d/1AbC/edit#gid=0', 'https://docs.google.com/spreadsheets/d/1AbC/edit?usp=sharing', 'https://wijkkrant-my.sharepoint.com/:x:/g/personal/r/EaB?e=1']) {
      const { warnings } = embedSnippet(everything({ feedUrl }));
      expect(warnings.map((warning) => warning.field), feedUrl).to.deep.equal(['feedUrl']);
      expect(warnings[0]!.message, feedUrl).to.contain('Publiceren op internet');
    }
    for (const feedUrl of ['https://docs.google.com/spreadsheets/d/e/2PACX-1v/pub?gid=0&single=true&output=csv', 'https://www.wijkkrant.nl/wp-content/uploads/plekken.csv']) {
      const { warnings } = embedSnippet(everything({ feedUrl }));
      expect(warnings.map((warning) => warning.field), feedUrl).to.deep.equal(['feedUrl']);
      expect(warnings[0]!.message, feedUrl).to.contain('niet wat je in de studio hebt veranderd');
    }
    expect(embedSnippet(everything({ feedUrl: 'https://www.wijkkrant.nl/buurt.json' })).warnings).to.deep.equal([]);
  });

  it('explains WordPress and a plain page with the same code', () => {
    expect(PASTE_STEPS.wordpress.join(' ')).to.contain('Aangepaste HTML');
    expect(PASTE_STEPS.html.join(' ')).to.contain('<head>');
    expect(PASTE_DIFFERENCE).to.contain('precies hetzelfde');
  });
});
