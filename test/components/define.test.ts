// The side-effect-free entry points: `buurtkit/<name>/component` and `buurtkit/define`
// register nothing when imported, so an app can choose the tag names and the registry.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type * as DefineModule from '../../src/define.js';

const defined: string[] = [];
const realDefine = CustomElementRegistry.prototype.define;
let kit: typeof DefineModule;

/** An element created detached, so no `buurt-load` can pass before we listen. */
async function loadedElement(tag: string) {
  const element = document.createElement(tag) as HTMLElement & { src?: string; updateComplete: Promise<boolean> };
  const loaded = oneEvent(element, 'buurt-load');
  element.setAttribute('src', '/demo/feeds/den-bosch.json');
  document.body.append(element);
  await loaded;
  await element.updateComplete;
  return element;
}

describe('side-effect-free entry points', () => {
  before(async () => {
    CustomElementRegistry.prototype.define = function (this: CustomElementRegistry, name: string, ...rest) {
      defined.push(name);
      return realDefine.call(this, name, ...rest);
    } as CustomElementRegistry['define'];
    // Imported here, after the spy is in place; static imports would run before it.
    await import('../../src/components/map/map.component.js');
    await import('../../src/components/guide/guide.component.js');
    await import('../../src/components/signup/signup.component.js');
    kit = await import('../../src/define.js');
  });

  after(() => {
    CustomElementRegistry.prototype.define = realDefine;
  });

  it('importing the component modules and the define module registers no element', () => {
    expect(defined).to.deep.equal([]);
    for (const tag of ['buurt-map', 'buurt-guide', 'buurt-signup']) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('defineBuurtElements registers the three elements under another prefix, and they render', async () => {
    const tags = kit.defineBuurtElements({ prefix: 'wijk' });
    expect(tags).to.deep.equal({ map: 'wijk-map', guide: 'wijk-guide', signup: 'wijk-signup' });
    expect(defined).to.deep.equal(['wijk-map', 'wijk-guide', 'wijk-signup']);
    expect(customElements.get('buurt-guide')).to.equal(undefined);

    const guide = await loadedElement('wijk-guide');
    expect(guide).to.be.instanceOf(kit.BuurtGuide);
    expect(guide.shadowRoot?.querySelector('[part="step"] [part="choice"]'), 'the first question and its choices').to.exist;
    await expect(guide).to.be.accessible();

    const signup = await loadedElement('wijk-signup');
    expect(signup.shadowRoot?.querySelector('form'), 'the sign-up form').to.exist;
    await expect(signup).to.be.accessible();
    guide.remove();
    signup.remove();
  });

  it('the same class can be registered under a second tag of its own', async () => {
    kit.BuurtGuide.define('other-guide');
    expect(customElements.get('other-guide')).to.not.equal(customElements.get('wijk-guide'));
    const el = await fixture<HTMLElement>(html`<other-guide></other-guide>`);
    expect(el).to.be.instanceOf(kit.BuurtGuide);
  });

  it('defining again, by the function or by the class, never throws and changes nothing', () => {
    const guide = customElements.get('wijk-guide');
    const warnings: unknown[] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => kit.defineBuurtElements({ prefix: 'wijk' })).to.not.throw();
      expect(() => kit.BuurtGuide.define('wijk-guide')).to.not.throw();
      expect(() => kit.BuurtMap.define('wijk-map', customElements)).to.not.throw();
    } finally {
      console.warn = realWarn;
    }
    expect(customElements.get('wijk-guide')).to.equal(guide);
    // The same version defined it: nothing to warn about.
    expect(warnings).to.deep.equal([]);
  });

  it('registers in a scoped registry, leaving the page registry alone', async function () {
    let registry: CustomElementRegistry;
    try {
      registry = new (CustomElementRegistry as unknown as new () => CustomElementRegistry)();
    } catch {
      // Scoped custom element registries (Chromium 146+) are missing in this engine.
      this.skip();
      return;
    }
    kit.defineBuurtElements({ prefix: 'scoped', registry });
    expect(registry.get('scoped-signup')).to.exist;
    expect(customElements.get('scoped-signup')).to.equal(undefined);

    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
    // Parsed inside the shadow root, so its registry (not the page's) creates the element.
    root.innerHTML = '<scoped-signup src="/demo/feeds/den-bosch.json"></scoped-signup>';
    const signup = root.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    expect(signup).to.be.instanceOf(kit.BuurtSignup);
    // The feed arrives after a fetch (or a resolved promise, from the page's memory), never at once.
    await oneEvent(signup, 'buurt-load');
    await signup.updateComplete;
    expect(signup.shadowRoot?.querySelector('form')).to.exist;
    await expect(signup).to.be.accessible();
    host.remove();
  });
});
