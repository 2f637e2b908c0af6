// <buurt-map> in a frame with the strict policy the README promises to work under. Leaflet's
// CSS is generated without its image URLs, and tiles come only after a yes, so nothing in the
// map asks for an image file, a data: URL or a third party's tile on its own.
import { expect } from '@open-wc/testing';
import { until } from './helpers.js';
import { itExcept } from '../../harness/engine.js';

const FIREFOX_GAP = "the srcdoc frame's module script never defines the element (cause not found yet)";

const POLICY = "default-src 'self'";
const OK_TILES = '/test-api/map/tiles/ok/{z}/{x}/{y}.png';

const feed = {
  version: '1.0',
  publisher: { name: 'Testkrant' },
  places: [
    { id: 'a', name: 'Koffie-inloop', kind: 'informal-initiative', location: { lat: 51.7, lng: 5.3 } },
    { id: 'b', name: 'Buurthuis', kind: 'volunteer-organisation', location: { lat: 51.69, lng: 5.31 } },
  ],
};

type Frame = { root: ShadowRoot; violations: string[] };

describe("<buurt-map> under Content-Security-Policy: default-src 'self'", () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  /** A same-origin frame: 'self' is the test server on 127.0.0.1, where the kit's modules come from. */
  async function mapInFrame(attributes: string): Promise<Frame> {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 700px; border: 0';
    frame.srcdoc = `<!doctype html><html lang="nl"><head>
      <meta http-equiv="Content-Security-Policy" content="${POLICY}">
      <script type="module" src="${new URL('./csp-frame.js', import.meta.url).pathname}"></script>
      </head><body><buurt-map ${attributes}></buurt-map></body></html>`;
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { violations?: string[] };
    const doc = frame.contentDocument!;
    await until(() => !!doc.querySelector('buurt-map')?.shadowRoot, 10000, 'the element');
    const map = doc.querySelector('buurt-map') as HTMLElement & { feed: unknown };
    map.feed = feed;
    const root = map.shadowRoot!;
    await until(() => root.querySelectorAll('.leaflet-marker-pane > *').length === 2, 10000, 'markers');
    expect(win.violations, 'the frame recorded violations from its first script on').to.be.an('array');
    return { root, violations: win.violations! };
  }

  itExcept(['firefox'], FIREFOX_GAP, 'loads Leaflet, its CSS, markers and tiles with no CSP violation and no image or data: URL in its styles', async () => {
    const { root, violations } = await mapInFrame(`consent="embedder" tiles="${OK_TILES}"`);
    await until(() => root.querySelectorAll('img.leaflet-tile-loaded').length > 0, 10000, 'tiles');
    const rules = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    expect(rules.some((rule) => rule.includes('.leaflet-pane')), "Leaflet's CSS is there").to.equal(true);
    expect(rules.filter((rule) => /url\(/i.test(rule))).to.deep.equal([]);
    expect(violations).to.deep.equal([]);
  });

  itExcept(['firefox'], FIREFOX_GAP, "with the README's snippet (PDOK by default, no consent), causes no img-src violation: no tile is asked for", async () => {
    const { root, violations } = await mapInFrame('');
    expect(root.querySelector('.tiles-show')).to.not.equal(null);
    expect(root.querySelectorAll('img.leaflet-tile').length).to.equal(0);
    expect(violations).to.deep.equal([]);
  });
});
