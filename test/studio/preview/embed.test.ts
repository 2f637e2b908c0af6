// <studio-embed>: choices → the code, a copy button with a fallback, the steps for WordPress
// and a plain page, and a live preview of exactly that code fed with the draft.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import '../../../src/studio/sections/studio-embed/studio-embed.js';
import type { StudioEmbed } from '../../../src/studio/sections/studio-embed/studio-embed.component.js';
import { liveElements } from '../../../src/studio/sections/studio-embed/embed-live.js';
import { fetchJson, studioFixture, testStore } from '../harness.js';
import { itExcept } from '../../harness/engine.js';
import { NARROW_IN_WEBKIT, setViewport } from '../../harness/viewport.js';

async function until(check: () => boolean, what: string): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > 15_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

const shadowText = (element: Element | null): string => element?.shadowRoot?.textContent ?? '';

async function mount(): Promise<{ element: StudioEmbed; store: ReturnType<typeof testStore> }> {
  const store = testStore(await fetchJson('/demo/feeds/den-bosch.json'));
  await store.settled();
  const element = await studioFixture<StudioEmbed>(html`<studio-embed .store=${store}></studio-embed>`);
  return { element, store };
}

const codeBox = (element: Element) => element.querySelector<HTMLTextAreaElement>('#studio-embed-code')!;
const buttonNamed = (element: Element, text: string) =>
  [...element.querySelectorAll('button')].find((button) => button.textContent!.includes(text))!;
function checkbox(element: Element, text: string): HTMLInputElement {
  return [...element.querySelectorAll<HTMLInputElement>('input[type=checkbox], input[type=radio]')].find((input) =>
    input.closest('label')!.textContent!.includes(text),
  )!;
}

/** Sets a field's value as one input event (long URLs typed key by key only make the test slow). */
function fill(element: StudioEmbed, id: string, value: string): void {
  const input = element.querySelector<HTMLInputElement>(`#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function type(element: StudioEmbed, id: string, text: string): Promise<void> {
  const input = element.querySelector<HTMLInputElement>(`#${id}`)!;
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await element.updateComplete;
}

describe('<studio-embed>', () => {
  let clipboard: PropertyDescriptor | undefined;
  beforeEach(async () => {
    await setViewport({ width: 1200, height: 900 });
    clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  });
  afterEach(() => {
    if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
  });

  it('warns until the feed address is there', async () => {
    const { element } = await mount();
    expect(codeBox(element).value).to.contain('<buurt-map src=""');
    const input = element.querySelector<HTMLInputElement>('#studio-embed-feedUrl')!;
    expect(input.getAttribute('aria-describedby')).to.contain('studio-embed-feedUrl-problem');
    expect(element.querySelector('#studio-embed-feedUrl-problem')!.textContent).to.contain('adres van je feed');
    await expect(element).to.be.accessible();
    const liveMap = element.querySelector('.studio-embed-live-page buurt-map');
    await type(element, 'studio-embed-feedUrl', 'https://www.wijkkrant-boschveld.nl/buurt.json');
    // The address is not part of the preview (the draft is): the same map, not one per key.
    expect(element.querySelector('.studio-embed-live-page buurt-map') === liveMap, 'the same live map').to.be.true;
    // Booleans, not elements, in these assertions: a failing one must not print a DOM tree.
    expect(element.querySelector('#studio-embed-feedUrl-problem') === null, 'no problem at the feed address').to.be.true;
    expect(codeBox(element).value).to.contain('<buurt-map src="https://www.wijkkrant-boschveld.nl/buurt.json"></buurt-map>');
  });

  it('writes the code from the choices, the same for WordPress and a plain page', async () => {
    const { element } = await mount();
    fill(element, 'studio-embed-feedUrl', 'https://wijkkrant.example/buurt.json');
    const area = element.querySelector<HTMLSelectElement>('#studio-embed-area')!;
    area.value = 'boschveld';
    area.dispatchEvent(new Event('change'));
    checkbox(element, 'Kaart van PDOK meteen').click();
    checkbox(element, 'De wegwijzer').click();
    checkbox(element, 'Het aanmeldformulier').click();
    await element.updateComplete;
    fill(element, 'studio-embed-exitUrl', 'https://www.weeronline.nl/');
    fill(element, 'studio-embed-action', 'https://wijkkrant.example/aanmelden');
    await element.updateComplete;
    expect(codeBox(element).value).to.equal(element.snippet.code);
    expect(codeBox(element).value).to.equal(
      [
        '<link rel="stylesheet" href="https://cdn.example/buurtkit/dist/cdn/buurtkit.css">',
        '<script type="module" src="https://cdn.example/buurtkit/dist/cdn/buurtkit.js"></script>',
        '',
        '<buurt-map src="https://wijkkrant.example/buurt.json"',
        '           area="boschveld"',
        '           consent="embedder"></buurt-map>',
        '',
        '<buurt-guide src="https://wijkkrant.example/buurt.json"',
        '             exit-url="https://www.weeronline.nl/"></buurt-guide>',
        '',
        '<buurt-signup src="https://wijkkrant.example/buurt.json"',
        '              action="https://wijkkrant.example/aanmelden"></buurt-signup>',
        '',
      ].join('\n'),
    );
    // The documentation's example addresses work nowhere: said above the code before copying.
    const warnings = element.querySelector('.studio-embed-warnings')!.textContent!;
    expect(warnings).to.contain('buurtkit.js is nog een voorbeeld');
    expect(warnings).to.contain('feed is nog een voorbeeld');
    expect(element.textContent).to.contain('Aangepaste HTML');
    expect(element.textContent).to.contain('In een gewone HTML-pagina');
    await expect(element).to.be.accessible();
  });

  it('gives only the elements when the head lines are in the site already', async () => {
    const { element } = await mount();
    element.querySelector('details')!.open = true;
    checkbox(element, 'staan al in de kop').click();
    await element.updateComplete;
    expect(codeBox(element).value).to.equal('<buurt-map src=""></buurt-map>\n');
  });

  it('keeps a hostile feed address inside its attribute, in the code and in the preview', async () => {
    const { element } = await mount();
    const feedUrl = element.querySelector<HTMLInputElement>('#studio-embed-feedUrl')!;
    feedUrl.value = '"><img src=x onerror="window.__pwned=1">';
    feedUrl.dispatchEvent(new Event('input'));
    await element.updateComplete;
    const code = codeBox(element).value;
    expect(code).to.contain('src="&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;"');
    expect(element.querySelector('.studio-embed-live img') === null).to.be.true;
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(liveElements(code).map((live) => live.tag)).to.deep.equal(['buurt-map']);
  });

  it('copies with the clipboard and says "Gekopieerd" in a live region', async () => {
    const { element } = await mount();
    let written: string | undefined;
    // The test browser has no clipboard permission: a stand-in for the browser API records the text.
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      configurable: true,
      get: () => ({ writeText: async (text: string) => void (written = text) }),
    });
    buttonNamed(element, 'Kopieer de code').click();
    await until(() => element.querySelector('.studio-embed-copy-status')!.textContent!.includes('Gekopieerd'), 'the announcement');
    expect(written).to.equal(codeBox(element).value);
    expect(element.querySelector('.studio-embed-copy-status')!.getAttribute('role')).to.equal('status');
    await expect(element).to.be.accessible();
  });

  it('without a clipboard, selects the code so Ctrl+C works', async () => {
    const { element } = await mount();
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      configurable: true,
      get: () => ({ writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }),
    });
    buttonNamed(element, 'Kopieer de code').click();
    const status = element.querySelector('.studio-embed-copy-status')!;
    await until(() => status.textContent!.trim() !== '', 'the announcement');
    const box = codeBox(element);
    expect(document.activeElement).to.equal(box);
    expect(box.selectionStart).to.equal(0);
    expect(box.selectionEnd).to.equal(box.value.length);
    // execCommand('copy') may or may not work headless; either way the editor is told.
    expect(status.textContent).to.match(/Gekopieerd|Ctrl\+C/);
    await expect(element).to.be.accessible();
  });

  it('previews exactly that code, fed with the draft, and follows an edit', async () => {
    const { element, store } = await mount();
    checkbox(element, 'De wegwijzer').click();
    await element.updateComplete;
    const area = element.querySelector<HTMLSelectElement>('#studio-embed-area')!;
    area.value = 'oost';
    area.dispatchEvent(new Event('change'));
    checkbox(element, 'Kaart van PDOK meteen').click();
    await element.updateComplete;
    const live = element.querySelector('.studio-embed-live-page')!;
    const [map, guide] = [...live.children] as HTMLElement[];
    expect(map!.localName).to.equal('buurt-map');
    expect(guide!.localName).to.equal('buurt-guide');
    // Every attribute of the code is on the element, except src (the draft stands in) and the
    // embedder's consent (the studio asks before loading tiles).
    const parsed = document.createElement('template');
    parsed.innerHTML = codeBox(element).value;
    for (const source of parsed.content.querySelectorAll('buurt-map, buurt-guide')) {
      const target = source.localName === 'buurt-map' ? map! : guide!;
      for (const { name, value } of source.attributes) {
        if (name === 'src' || (name === 'consent' && value === 'embedder')) expect(target.hasAttribute(name), name).to.be.false;
        else expect(target.getAttribute(name), name).to.equal(value);
      }
    }
    expect(map!.getAttribute('area')).to.equal('oost');
    // Another area: the same element, its attribute changed; back to all areas: the attribute goes.
    area.value = 'centrum';
    area.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(live.children[0] === map, 'the same map element').to.be.true;
    expect(map!.getAttribute('area')).to.equal('centrum');
    area.value = '';
    area.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(map!.hasAttribute('area')).to.be.false;
    area.value = 'oost';
    area.dispatchEvent(new Event('change'));
    await element.updateComplete;
    await until(() => shadowText(map!).includes('Kaart met straten tonen'), 'the map asking before tiles');
    expect(document.querySelectorAll('.leaflet-tile').length).to.equal(0);
    await expect(element).to.be.accessible();

    // The same elements stay; an edit reaches them after the pause.
    const before = map!;
    const index = (store.doc.places as Array<{ areas?: string[] }>).findIndex((place) => place.areas?.includes('oost'));
    store.set(`places[${index}].name`, 'Buurtkamer Oost');
    await until(() => shadowText(map!).includes('Buurtkamer Oost'), 'the edited name');
    expect(live.children[0]).to.equal(before);

    // "Snel weg" stays in the studio.
    await until(() => guide!.shadowRoot?.querySelector('[part~="quick-exit"]') != null, 'the guide');
    const href = location.href;
    (guide!.shadowRoot!.querySelector('[part~="quick-exit"]') as HTMLElement).click();
    await until(() => element.querySelector('.studio-embed-note') !== null, 'the note');
    expect(location.href).to.equal(href);
  });

  itExcept(['webkit'], NARROW_IN_WEBKIT, 'fits 320 px without sideways scrolling of the page', async () => {
    await setViewport({ width: 320, height: 800 });
    const { element } = await mount();
    checkbox(element, 'Het aanmeldformulier').click();
    await element.updateComplete;
    const signup = element.querySelector('.studio-embed-live-page buurt-signup')!;
    await until(() => signup.shadowRoot?.querySelector('[part~="submit"]') != null, 'the form');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(element).to.be.accessible();
  });
});
