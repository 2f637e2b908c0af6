import { expect } from '@open-wc/testing';
import { html, LitElement, type TemplateResult } from 'lit';
import type { BuurtStepDetail } from '../../../../src/base/events.js';
import { GuidePathController } from '../../../../src/components/guide/guide-path-controller.js';
import { pathIds } from '../../../../src/components/guide/guide-path.js';
import type { Guide } from '../../../../src/feed/types.js';

const guide: Guide = {
  id: 'g',
  title: 'Gids',
  start: 'a',
  steps: [
    { type: 'question', id: 'a', text: 'A?', choices: [{ label: 'naar b', next: 'b' }, { label: 'advies', next: 'z' }] },
    { type: 'question', id: 'b', text: 'B?', choices: [{ label: 'advies', next: 'z' }] },
    { type: 'advice', id: 'z', title: 'Z', actions: [], contacts: [], choices: [] },
  ],
};

/** A plain host: the guide, `start` and "paused" as the test sets them, the step id as its only content. */
class PathHost extends LitElement {
  static override properties = { guide: { attribute: false }, start: {}, paused: { type: Boolean } };
  guide?: Guide;
  start?: string;
  paused = false;
  steps: BuurtStepDetail[] = [];
  moves = 0;
  readonly walk = new GuidePathController(this, {
    guide: () => this.guide,
    start: () => this.start,
    paused: () => this.paused,
    onStep: (detail) => this.steps.push(detail),
    onMove: () => this.moves++,
  });

  override render(): TemplateResult {
    return html`${pathIds(this.walk.path).at(-1) ?? ''}`;
  }
}
customElements.define('test-guide-path-host', PathHost);

async function mount(props: Partial<Pick<PathHost, 'guide' | 'start' | 'paused'>> = { guide }): Promise<PathHost> {
  const host = document.createElement('test-guide-path-host') as PathHost;
  Object.assign(host, props);
  document.body.append(host);
  await host.updateComplete;
  return host;
}

function clearHash(): void {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}

describe('GuidePathController on a plain host', () => {
  let host: PathHost;
  afterEach(() => {
    host?.remove();
    clearHash();
  });

  it('begins at the guide start once there is a guide, and reports each step once', async () => {
    host = await mount({});
    expect(host.walk.path.entries).to.deep.equal([]);
    expect(host.steps).to.deep.equal([]);
    host.guide = guide;
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('a');
    host.requestUpdate();
    await host.updateComplete;
    expect(host.steps).to.deep.equal([{ guide: 'g', step: 'a', path: ['a'] }]);
    expect(host.moves).to.equal(0);
  });

  it('chooses, goes back with the choice kept, and starts again at the first question', async () => {
    host = await mount({ guide, start: 'z' });
    expect(pathIds(host.walk.path)).to.deep.equal(['z']);
    host.walk.restart();
    await host.updateComplete;
    // A `start` that is an advice is a link to it; starting again means the questions.
    expect(pathIds(host.walk.path)).to.deep.equal(['a']);
    host.walk.choose(0, 'b');
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('b');
    host.walk.back();
    await host.updateComplete;
    expect(host.walk.path.entries).to.deep.equal([{ step: 'a', choice: 0 }]);
    expect(host.steps.map((detail) => detail.step)).to.deep.equal(['z', 'a', 'b', 'a']);
    expect(host.moves).to.equal(3);
  });

  it('keeps the visitor where they are on a fresh copy of the guide, and starts afresh when their step is gone or start changes', async () => {
    host = await mount({ guide });
    host.walk.choose(0, 'b');
    await host.updateComplete;
    host.guide = { ...guide, steps: [...guide.steps] };
    await host.updateComplete;
    expect(pathIds(host.walk.path)).to.deep.equal(['a', 'b']);
    host.guide = { ...guide, steps: guide.steps.filter((step) => step.id !== 'b') };
    await host.updateComplete;
    expect(pathIds(host.walk.path)).to.deep.equal(['a']);
    host.start = 'b';
    host.guide = guide;
    await host.updateComplete;
    expect(pathIds(host.walk.path)).to.deep.equal(['b']);
  });

  it('opens the advice of a #advies= link, at first and when the hash changes', async () => {
    history.replaceState(null, '', '#advies=g/z');
    host = await mount({ guide });
    expect(pathIds(host.walk.path)).to.deep.equal(['z']);
    expect(host.walk.openedFromLink).to.equal(true);
    host.walk.restart();
    await host.updateComplete;
    expect(host.walk.openedFromLink).to.equal(false);

    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = '#advies=z';
    await changed;
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('z');
    expect(host.walk.openedFromLink).to.equal(true);
    expect(host.steps.map((detail) => detail.step)).to.deep.equal(['z', 'a', 'z']);

    // A question id or another guide's step is not a link to follow.
    for (const hash of ['#advies=b', '#advies=andere/z']) {
      const next = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      location.hash = hash;
      await next;
      await host.updateComplete;
      expect(pathIds(host.walk.path), hash).to.deep.equal(['z']);
    }
    expect(host.moves).to.equal(2);
  });

  it('does nothing while paused, and begins afresh after forget', async () => {
    host = await mount({ guide, paused: true });
    expect(host.walk.path.entries).to.deep.equal([]);
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = '#advies=z';
    await changed;
    await host.updateComplete;
    expect(host.walk.path.entries).to.deep.equal([]);
    expect(host.steps).to.deep.equal([]);
    clearHash();
    host.paused = false;
    await host.updateComplete;
    host.walk.choose(0, 'b');
    await host.updateComplete;
    host.walk.forget();
    expect(host.walk.path.entries).to.deep.equal([]);
    await host.updateComplete;
    expect(pathIds(host.walk.path)).to.deep.equal(['a']);
  });

  it('stops following the hash when the host leaves the page', async () => {
    host = await mount({ guide });
    host.remove();
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = '#advies=z';
    await changed;
    expect(pathIds(host.walk.path)).to.deep.equal(['a']);
  });

  describe('copyLink', () => {
    let original: PropertyDescriptor | undefined;
    beforeEach(() => (original = Object.getOwnPropertyDescriptor(navigator, 'clipboard')));
    afterEach(() => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as unknown as Record<string, unknown>)['clipboard'];
    });

    it('copies the link to the step on screen, without the answers', async () => {
      let copied = '';
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
      host = await mount({ guide });
      host.walk.choose(1, 'z');
      expect(await host.walk.copyLink()).to.equal('copied');
      expect(new URL(copied).hash).to.equal('#advies=g/z');
      expect(host.walk.shareLink).to.equal(undefined);
      expect(location.hash).to.equal('');
    });

    it('holds the link to copy by hand when the clipboard refuses, until the visitor moves', async () => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
      });
      host = await mount({ guide, start: 'z' });
      expect(await host.walk.copyLink()).to.equal('manual');
      expect(host.walk.shareLink).to.match(/#advies=g\/z$/);
      host.walk.restart();
      expect(host.walk.shareLink).to.equal(undefined);
    });
  });
});
