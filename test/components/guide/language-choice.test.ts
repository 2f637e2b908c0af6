import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../harness/wait-until.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/guide/guide.js';
import type { BuurtGuide } from '../../../src/components/guide/guide.component.js';
import { KIT_LANGUAGE_NAMES, LANGUAGE_CHOICE_KEY } from '../../../src/components/guide/language-choice.js';
import { storageKey } from '../../../src/feed/storage.js';
import { itExcept } from '../../harness/engine.js';

const feed = {
  version: '1.0',
  publisher: { name: 'Test' },
  guides: [
    {
      id: 'zorgen',
      title: { nl: 'Ik maak me zorgen om een kind', ar: 'أنا قلق على طفل', tr: 'Bir çocuk için endişeleniyorum' },
      start: 'vraag',
      steps: [
        {
          type: 'question',
          id: 'vraag',
          text: { nl: 'Is het kind nu in gevaar?', tr: 'Çocuk şu anda tehlikede mi?' },
          choices: [{ label: { nl: 'Nee', ar: 'لا', tr: 'Hayır' }, next: 'advies' }],
        },
        { type: 'advice', id: 'advies', title: 'Bel Veilig Thuis', text: 'Bel 0800-2000.', actions: [] },
      ],
    },
  ],
};

async function guide(attributes: Record<string, string>): Promise<BuurtGuide> {
  const element = document.createElement('buurt-guide');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.feed = feed;
  const main = await fixture(html`<main></main>`);
  main.append(element);
  await element.updateComplete;
  await waitUntil(() => element.shadowRoot!.querySelector('[data-step-heading]') !== null, 'the first question');
  return element;
}

const buttons = (element: BuurtGuide) => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.languages__button')];
const text = (element: BuurtGuide, selector: string) => element.shadowRoot!.querySelector(selector)!.textContent!.trim();

async function settle(element: BuurtGuide, lang: string): Promise<void> {
  await waitUntil(() => element.shadowRoot!.querySelector('.help')?.getAttribute('aria-label') !== null && element.getAttribute('lang') === lang, 'lang set');
  // The table loads on demand; the element renders again once it is in.
  await waitUntil(() => buttons(element).find((b) => b.lang === lang)?.getAttribute('aria-pressed') === 'true', 'pressed');
  await element.updateComplete;
}

beforeEach(() => sessionStorage.removeItem(storageKey(LANGUAGE_CHOICE_KEY)));

describe('<buurt-guide languages>', () => {
  it('names each language in itself, marks it with its own lang and dir, and presses the current one', async () => {
    const element = await guide({ languages: 'nl ar tr', lang: 'nl' });
    const choice = element.shadowRoot!.querySelector('nav.languages')!;
    expect(choice.getAttribute('aria-label')).to.equal('Kies je taal');
    expect(buttons(element).map((b) => [b.textContent!.trim(), b.lang, b.dir, b.getAttribute('aria-pressed')])).to.deep.equal([
      ['Nederlands', 'nl', 'ltr', 'true'],
      ['العربية', 'ar', 'rtl', 'false'],
      ['Türkçe', 'tr', 'ltr', 'false'],
    ]);
    await expect(element).to.be.accessible();
  });

  itExcept(['firefox', 'webkit'], 'forced colors are emulated through the DevTools protocol', 'shows the current language by more than bold text in forced-colors mode', async () => {
    const element = await guide({ languages: 'nl ar tr', lang: 'nl' });
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const [dutch, arabic] = buttons(element).map((b) => getComputedStyle(b)) as [CSSStyleDeclaration, CSSStyleDeclaration];
      expect(dutch.backgroundColor, 'the pressed button has its own background').to.not.equal(arabic.backgroundColor);
      expect(dutch.color).to.not.equal(dutch.backgroundColor);
      await expect(element).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it("names the kit's own languages as Intl names them in themselves", () => {
    for (const [code, name] of Object.entries(KIT_LANGUAGE_NAMES)) {
      const intl = new Intl.DisplayNames([code], { type: 'language' }).of(code)!;
      expect(name, code).to.equal(intl.charAt(0).toLocaleUpperCase(code) + intl.slice(1));
    }
  });

  it('shows no choice without at least two valid languages', async () => {
    const element = await guide({ languages: 'nl !!' });
    expect(element.shadowRoot!.querySelector('nav.languages')).to.equal(null);
  });

  it('switches to Arabic: the kit’s words, the feed’s own texts, dir="rtl", Dutch fallback marked lang="nl"', async () => {
    const element = await guide({ languages: 'nl ar tr', lang: 'nl' });
    buttons(element)[1]!.click();
    await settle(element, 'ar');
    expect(element.dir).to.equal('rtl');
    expect(element.shadowRoot!.querySelector('.help')!.getAttribute('aria-label')).to.equal('مساعدة في حالة الطوارئ');
    expect(text(element, '.guide-title')).to.equal('أنا قلق على طفل');
    // The question has no Arabic: it shows in Dutch, marked so a screen reader reads it as Dutch.
    const heading = element.shadowRoot!.querySelector('[data-step-heading]')!;
    expect(heading.textContent).to.contain('Is het kind nu in gevaar?');
    expect(heading.querySelector('[lang="nl"]')?.textContent).to.contain('Is het kind nu in gevaar?');
    expect(sessionStorage.getItem(storageKey(LANGUAGE_CHOICE_KEY))).to.equal('ar');
    await expect(element).to.be.accessible();
  });

  it('keeps the choice for the visit: a guide on the next page starts in it, one without it ignores it', async () => {
    sessionStorage.setItem(storageKey(LANGUAGE_CHOICE_KEY), 'tr');
    const next = await guide({ languages: 'nl ar tr' });
    await settle(next, 'tr');
    expect(text(next, '.guide-title')).to.equal('Bir çocuk için endişeleniyorum');
    expect(next.dir).to.equal('ltr');
    await expect(next).to.be.accessible();
    const other = await guide({ languages: 'nl en', lang: 'nl' });
    expect(other.getAttribute('lang')).to.equal('nl');
  });

  it('works from the keyboard: the choice comes before the help line, Enter and Space choose', async () => {
    const element = await guide({ languages: 'nl ar tr', lang: 'nl' });
    const [nl, ar, tr] = buttons(element);
    const focusables = [...element.shadowRoot!.querySelectorAll<HTMLElement>('button, a[href]')];
    expect(focusables.indexOf(nl!)).to.be.lessThan(focusables.indexOf(element.shadowRoot!.querySelector('.help a, .help button')!));
    tr!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element, 'tr');
    ar!.focus();
    await sendKeys({ press: ' ' }); // ' ' is Space: the one name for it that every engine's driver knows
    await settle(element, 'ar');
    expect(element.dir).to.equal('rtl');
    // Focus stays on the button the visitor pressed, so they hear its new pressed state.
    expect(element.shadowRoot!.activeElement).to.equal(ar);
  });
});
