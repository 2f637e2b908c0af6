import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { css, html, LitElement } from 'lit';
import { themeStyles } from '../../src/base/theme.styles.js';

// The --buurt-* tokens fall back to NL Design System tokens: the Utrecht component tokens and
// the --basis-* tokens. Proven here with the real theme packages from the npm registry, loaded
// as a municipality's site would: @utrecht/design-tokens (Utrecht, component tokens on :root)
// and @nl-design-system-unstable/voorbeeld-design-tokens (the "voorbeeld" theme, --basis-*
// tokens and component tokens on .voorbeeld-theme).

class ThemeProbe extends LitElement {
  static override styles = [
    themeStyles,
    css`
      .primary {
        background: var(--_color-primary);
        color: var(--_color-on-primary);
        border-radius: var(--_radius);
      }
      .danger {
        color: var(--_color-danger);
      }
    `,
  ];
  override render() {
    return html`<button class="primary">Kies</button> <a href="#x">Link</a> <p class="danger">Fout</p>`;
  }
}
customElements.define('theme-probe', ThemeProbe);

const THEMES = [
  { name: 'utrecht', href: '/node_modules/@utrecht/design-tokens/dist/root.css', className: '' },
  { name: 'voorbeeld', href: '/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css', className: 'voorbeeld-theme' },
];

/** What the theme says a token is, resolved by the browser on a probe inside the themed wrapper. */
function resolved(wrapper: HTMLElement, property: string, token: string): string {
  const probe = document.createElement('span');
  probe.style.setProperty(property, `var(${token})`);
  wrapper.append(probe);
  const value = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  return value;
}

async function load(href: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
  return link;
}

async function probeIn(className: string): Promise<{ wrapper: HTMLElement; probe: ThemeProbe; root: ShadowRoot }> {
  const wrapper = await fixture<HTMLElement>(fixtureHtml`<div class=${className}><theme-probe></theme-probe></div>`);
  const probe = wrapper.querySelector<ThemeProbe>('theme-probe')!;
  await probe.updateComplete;
  return { wrapper, probe, root: probe.shadowRoot! };
}

describe('NL Design System themes', () => {
  let defaults: { primary: string; font: string; link: string; outlineStyle: string };

  before(async () => {
    const { probe, root } = await probeIn('');
    defaults = {
      primary: getComputedStyle(root.querySelector('.primary')!).backgroundColor,
      font: getComputedStyle(probe).fontFamily,
      link: getComputedStyle(root.querySelector('a')!).color,
      outlineStyle: 'solid',
    };
  });

  for (const theme of THEMES) {
    describe(theme.name, () => {
      let link: HTMLLinkElement;
      before(async () => {
        link = await load(theme.href);
      });
      after(() => link.remove());

      it('colours, font and radius come from the theme', async () => {
        const { wrapper, probe, root } = await probeIn(theme.className);
        const button = root.querySelector('.primary')!;
        const primary = resolved(wrapper, 'background-color', '--utrecht-button-primary-action-background-color');
        expect(getComputedStyle(button).backgroundColor).to.equal(primary).and.not.equal(defaults.primary);
        expect(getComputedStyle(button).color).to.equal(resolved(wrapper, 'color', '--utrecht-button-primary-action-color'));
        expect(getComputedStyle(root.querySelector('a')!).color).to.equal(resolved(wrapper, 'color', '--utrecht-link-color'));
        const fontToken = theme.name === 'utrecht' ? '--utrecht-document-font-family' : '--basis-text-font-family-default';
        const font = resolved(wrapper, 'font-family', fontToken);
        expect(getComputedStyle(probe).fontFamily).to.equal(font).and.not.equal(defaults.font);
        const dangerToken = theme.name === 'utrecht' ? '--utrecht-feedback-danger-color' : '--basis-color-negative-color-default';
        expect(getComputedStyle(root.querySelector('.danger')!).color).to.equal(resolved(wrapper, 'color', dangerToken));
      });

      it('the focus style is the theme’s (colour, halo and outline style)', async () => {
        const { wrapper, root } = await probeIn(theme.className);
        const button = root.querySelector<HTMLButtonElement>('.primary')!;
        // A keyboard focus, so :focus-visible applies as it does for a resident using Tab: from
        // the page's start, the probe's button is the first thing Tab reaches.
        (document.activeElement as HTMLElement | null)?.blur();
        await sendKeys({ press: 'Tab' });
        expect(root.activeElement).to.equal(button);
        const style = getComputedStyle(button);
        const outlineToken = theme.name === 'utrecht' ? '--utrecht-focus-outline-color' : '--basis-focus-outline-color';
        expect(style.outlineColor).to.equal(resolved(wrapper, 'color', outlineToken));
        const styleToken = theme.name === 'utrecht' ? '--utrecht-focus-outline-style' : '--basis-focus-outline-style';
        expect(style.outlineStyle).to.equal(resolved(wrapper, 'outline-style', styleToken)).and.not.equal(defaults.outlineStyle);
        const halo = theme.name === 'utrecht' ? '--utrecht-focus-background-color' : '--basis-focus-background-color';
        expect(style.boxShadow).to.contain(resolved(wrapper, 'color', halo));
      });
    });
  }

  it('a --buurt-* token the page sets still wins over the theme', async () => {
    const link = await load(THEMES[0]!.href);
    const { probe, root } = await probeIn('');
    probe.style.setProperty('--buurt-color-primary', 'rgb(1, 2, 3)');
    expect(getComputedStyle(root.querySelector('.primary')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    link.remove();
  });
});
