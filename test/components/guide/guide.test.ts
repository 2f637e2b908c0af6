import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../harness/wait-until.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { BuurtGuide } from '../../../src/components/guide/guide.component.js';
import { itExcept } from '../../harness/engine.js';
import {
  button,
  choiceButtons,
  click,
  currentStep,
  guideWithFeed,
  heading,
  headingText,
  helpLineVisible,
  instrument,
  root,
  sampleLikeFeed,
  storageSnapshot,
  type TestGuide,
  visibleText,
} from './helpers.js';

function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function choose(guide: TestGuide, label: string): Promise<void> {
  const target = choiceButtons(guide).find((b) => b.textContent!.includes(label));
  await click(guide, target ?? null);
}

describe('<buurt-guide>', () => {
  afterEach(async () => {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  describe('a question at a time', () => {
    it('shows the first question with its choices as buttons, the title and the intro', async () => {
      const guide = await guideWithFeed(sampleLikeFeed());
      const shadow = root(guide);
      expect(shadow.querySelector('.guide-title')!.textContent).to.contain('Je maakt je zorgen om een kind');
      expect(shadow.querySelector('.guide-intro')!.textContent).to.contain('Beantwoord een paar vragen.');
      expect(headingText(guide)).to.equal('Is het kind nu in gevaar?');
      expect(heading(guide).textContent).to.contain('Vraag 1');
      expect(heading(guide).tagName).to.equal('H3');
      expect(heading(guide).getAttribute('tabindex')).to.equal('-1');
      expect(shadow.querySelector('.step-help')!.textContent).to.contain('je hoort nu slaan');
      expect(choiceButtons(guide).map((b) => b.textContent!.trim())).to.deep.equal(['Ja, nu', 'Nee, niet nu']);
      const box = choiceButtons(guide)[0]!.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(button(guide, '.back')).to.equal(null);
      await expect(guide).to.be.accessible();
    });

    it('does not take focus on page load, and moves it to the new heading after a choice', async () => {
      const guide = await guideWithFeed(sampleLikeFeed());
      expect(deepActive()).to.not.equal(heading(guide));
      await choose(guide, 'Nee, niet nu');
      expect(headingText(guide)).to.equal('Wat merk je?');
      expect(heading(guide).textContent).to.contain('Vraag 2');
      expect(deepActive()).to.equal(heading(guide));
    });

    it('shows advice with actions in order, contacts with phone, address and open status, and a summary', async () => {
      const guide = await guideWithFeed(sampleLikeFeed());
      await choose(guide, 'Nee, niet nu');
      await choose(guide, 'Het kind vertelt iets');
      const shadow = root(guide);
      expect(headingText(guide)).to.equal('Het kind vertelt je iets');
      expect(heading(guide).textContent).to.contain('Advies');
      const actions = [...shadow.querySelectorAll('ol.actions li')].map((li) => li.textContent!.trim());
      expect(actions).to.deep.equal(['Zeg tegen het kind dat je het gehoord hebt.', 'Beloof niet dat je het geheim houdt.']);
      const contacts = [...shadow.querySelectorAll('.contact')];
      expect(contacts).to.have.length(2);
      const place = contacts[0]!;
      expect(visibleText(place.querySelector('.contact__name')!)).to.equal('CJG Oost');
      expect(place.querySelector('.contact__kind')!.textContent).to.equal('Professionele hulp');
      // Opening hours load with the first advice that names a place.
      await waitUntil(() => place.querySelector('.contact__open'), 'the open status appears');
      expect(place.querySelector('.contact__open')!.textContent).to.match(/^(Nu open|Weer open)/);
      expect(place.querySelector('.contact__phone a')!.getAttribute('href')).to.equal('tel:0736123456');
      expect(place.querySelector('.contact__address')!.textContent).to.contain("Hambakenweg 1, 5231 AA 's-Hertogenbosch");
      expect(place.querySelector('.contact__note')!.textContent).to.contain('ook zonder naam');
      const inline = contacts[1]!;
      expect(inline.querySelector('.contact__phone a')!.getAttribute('href')).to.equal('tel:08002000');
      const answers = [...shadow.querySelectorAll('.answers .answer')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
      expect(answers).to.deep.equal(['Is het kind nu in gevaar? Nee, niet nu', 'Wat merk je? Het kind vertelt iets']);
      expect(button(guide, '.print')).to.not.equal(null);
      expect(button(guide, '.copy-link')).to.not.equal(null);
      await expect(guide).to.be.accessible();
    });

    it('marks glossary terms in guide texts, explained on focus', async () => {
      const guide = await guideWithFeed(sampleLikeFeed(), { start: 'git' });
      const term = heading(guide).querySelector<HTMLButtonElement>('.term__button');
      expect(term!.textContent).to.equal('GIT');
      term!.focus();
      expect(term!.getAttribute('aria-expanded')).to.equal('true');
      const tip = root(guide).getElementById(term!.getAttribute('aria-describedby')!);
      expect(tip!.textContent).to.contain('Gezinsinterventieteam');
      await expect(guide).to.be.accessible();
    });

    it('speaks English when the page does', async () => {
      const guide = await guideWithFeed(sampleLikeFeed(), { lang: 'en' });
      expect(heading(guide).textContent).to.contain('Question 1');
      expect(button(guide, '.quick-exit__button')!.textContent!.trim()).to.equal('Leave quickly');
      // Feed text in Dutch only keeps its own language for screen readers.
      expect(heading(guide).querySelector('[lang="nl"]')).to.not.equal(null);
      await expect(guide).to.be.accessible();
    });
  });

  describe('back and start again', () => {
    it('Back restores the previous question exactly, with the choice taken marked, and focuses its heading', async () => {
      const guide = await guideWithFeed(sampleLikeFeed());
      await choose(guide, 'Nee, niet nu');
      const before = root(guide).querySelector('.step')!.textContent!.replace(/\s+/g, ' ');
      const labelsBefore = choiceButtons(guide).map((b) => b.textContent!.trim());
      await choose(guide, 'Ik zie dingen');
      expect(headingText(guide)).to.equal('Ken je het gezin?');
      await click(guide, button(guide, '.back'));
      expect(headingText(guide)).to.equal('Wat merk je?');
      expect(deepActive()).to.equal(heading(guide));
      const marked = choiceButtons(guide).filter((b) => b.classList.contains('choice--previous'));
      expect(marked.map((b) => b.textContent)).to.have.length(1);
      expect(marked[0]!.textContent).to.contain('Ik zie dingen die me zorgen geven');
      expect(marked[0]!.textContent).to.contain('dit koos je eerder');
      // Apart from the mark, the question is exactly as it was.
      expect(choiceButtons(guide).map((b) => b.textContent!.replace('(dit koos je eerder)', '').trim())).to.deep.equal(labelsBefore);
      expect(root(guide).querySelector('.step')!.textContent!.replace(/\s+/g, ' ').replace(' (dit koos je eerder)', '')).to.equal(before);
      expect(currentStep(guide)).to.equal('wat-merk-je');
      expect(guide.steps.at(-1)!.path).to.deep.equal(['gevaar', 'wat-merk-je']);
      await expect(guide).to.be.accessible();
      await click(guide, button(guide, '.back'));
      expect(headingText(guide)).to.equal('Is het kind nu in gevaar?');
      expect(button(guide, '.back')).to.equal(null);
    });

    it('choosing again after Back follows the new choice and forgets the old', async () => {
      const guide = await guideWithFeed(sampleLikeFeed());
      await choose(guide, 'Nee, niet nu');
      await choose(guide, 'Ik zie dingen');
      await click(guide, button(guide, '.back'));
      await choose(guide, 'Het kind vertelt iets');
      expect(currentStep(guide)).to.equal('kind-vertelt');
      const answers = [...root(guide).querySelectorAll('.answers dd')].map((dd) => dd.textContent!.trim());
      expect(answers).to.deep.equal(['Nee, niet nu', 'Het kind vertelt iets']);
    });

    it('Start again returns to exactly the first screen, with nothing remembered', async () => {
      const guide = await guideWithFeed(sampleLikeFeed());
      const fresh = root(guide).querySelector('.content')!.textContent!.replace(/\s+/g, ' ');
      await choose(guide, 'Nee, niet nu');
      await choose(guide, 'Ik zie dingen');
      await choose(guide, 'Ja');
      expect(currentStep(guide)).to.equal('betrokken');
      await click(guide, button(guide, '.restart'));
      expect(root(guide).querySelector('.content')!.textContent!.replace(/\s+/g, ' ')).to.equal(fresh);
      expect(root(guide).querySelector('.choice--previous')).to.equal(null);
      expect(deepActive()).to.equal(heading(guide));
      expect(guide.steps.at(-1)).to.deep.equal({ guide: 'zorgen-om-een-kind', step: 'gevaar', path: ['gevaar'] });
    });

    it('a fresh copy of the feed keeps the visitor where they are, unless their step is gone', async () => {
      const guide = await guideWithFeed(sampleLikeFeed());
      await choose(guide, 'Nee, niet nu');
      await choose(guide, 'Ik zie dingen');
      const events = guide.steps.length;
      guide.feed = sampleLikeFeed();
      await guide.updateComplete;
      expect(currentStep(guide)).to.equal('ken-je-gezin');
      expect(headingText(guide)).to.equal('Ken je het gezin?');
      expect(guide.steps.length, 'no new buurt-step for the same step').to.equal(events);

      const changed = sampleLikeFeed();
      const steps = (changed['guides'] as Array<{ steps: Array<{ id: string }> }>)[0]!.steps;
      steps.splice(steps.findIndex((step) => step.id === 'ken-je-gezin'), 1);
      guide.feed = changed;
      await guide.updateComplete;
      expect(currentStep(guide)).to.equal('gevaar');
      expect(headingText(guide)).to.equal('Is het kind nu in gevaar?');
    });

    it('a way on from an advice back to the start does not grow the path forever', async () => {
      const guide = await guideWithFeed(sampleLikeFeed());
      await choose(guide, 'Nee, niet nu');
      await choose(guide, 'Het kind vertelt iets');
      await choose(guide, 'Ik wil nog iets anders weten');
      expect(currentStep(guide)).to.equal('gevaar');
      expect(guide.steps.at(-1)!.path).to.deep.equal(['gevaar']);
      expect(heading(guide).textContent).to.contain('Vraag 1');
    });
  });

  describe('buurt-step and attributes', () => {
    it('fires buurt-step with guide, step and path (ids only)', async () => {
      const guide = await guideWithFeed(sampleLikeFeed());
      expect(guide.steps).to.deep.equal([{ guide: 'zorgen-om-een-kind', step: 'gevaar', path: ['gevaar'] }]);
      const event = oneEvent(guide, 'buurt-step');
      choiceButtons(guide)[1]!.click();
      const { detail, bubbles, composed } = await event;
      expect(detail).to.deep.equal({ guide: 'zorgen-om-een-kind', step: 'wat-merk-je', path: ['gevaar', 'wat-merk-je'] });
      expect(bubbles && composed).to.equal(true);
    });

    it('`guide` picks a guide, an unknown one falls back to the first; `start` starts at a step', async () => {
      const second = await guideWithFeed(sampleLikeFeed(), { guide: 'tweede' });
      expect(root(second).querySelector('.guide-title')!.textContent).to.contain('Een tweede gids');
      expect(headingText(second)).to.equal('Wil je helpen?');

      const unknown = await guideWithFeed(sampleLikeFeed(), { guide: 'bestaat-niet' });
      expect(headingText(unknown)).to.equal('Is het kind nu in gevaar?');

      const started = await guideWithFeed(sampleLikeFeed(), { start: 'ken-je-gezin' });
      expect(headingText(started)).to.equal('Ken je het gezin?');
      expect(started.steps[0]).to.deep.equal({ guide: 'zorgen-om-een-kind', step: 'ken-je-gezin', path: ['ken-je-gezin'] });

      const missing = await guideWithFeed(sampleLikeFeed(), { start: 'bestaat-niet' });
      expect(headingText(missing)).to.equal('Is het kind nu in gevaar?');

      // Changing the attributes later starts the chosen guide afresh.
      second.guide = 'zorgen-om-een-kind';
      await second.updateComplete;
      expect(headingText(second)).to.equal('Is het kind nu in gevaar?');
      started.start = 'git';
      await started.updateComplete;
      expect(headingText(started)).to.equal('Het GIT kan helpen');
      // Starting again from an advice that `start` linked to goes to the questions.
      await click(started, button(started, '.restart'));
      expect(headingText(started)).to.equal('Is het kind nu in gevaar?');
    });
  });

  describe('Snel weg', () => {
    it('the button replaces the page with the exit URL at once and hides the guide', async () => {
      const guide = await guideWithFeed(sampleLikeFeed(), { exitUrl: '/demo/neutraal.html' });
      await choose(guide, 'Nee, niet nu');
      button(guide, '.quick-exit__button')!.click();
      expect(guide.navigations).to.deep.equal([new URL('/demo/neutraal.html', location.href).href]);
      // Hidden before Lit even renders.
      expect(getComputedStyle(root(guide).querySelector('.guide')!).visibility).to.equal('hidden');
      await guide.updateComplete;
      expect(root(guide).querySelector('.guide')!.hasAttribute('hidden')).to.equal(true);
    });

    it('goes to a neutral default, and ignores an exit-url that is not http(s)', async () => {
      const plain = await guideWithFeed(sampleLikeFeed());
      button(plain, '.quick-exit__button')!.click();
      expect(plain.navigations).to.deep.equal(['https://nos.nl/']);
      const hostile = await guideWithFeed(sampleLikeFeed(), { exitUrl: 'javascript:alert(1)' });
      button(hostile, '.quick-exit__button')!.click();
      expect(hostile.navigations).to.deep.equal(['https://nos.nl/']);
    });

    it('Shift three times leaves the page, wherever focus is', async () => {
      const guide = await guideWithFeed(sampleLikeFeed(), { exitUrl: 'https://weer.example/' });
      const input = await fixture<HTMLInputElement>(html`<input aria-label="Zoeken op de pagina" />`);
      input.focus();
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(guide.navigations).to.deep.equal([]);
      await guide.updateComplete;
      expect(root(guide).querySelector('[role="status"]')!.textContent).to.contain('Druk nog 1 keer op Shift');
      await sendKeys({ press: 'Shift' });
      expect(guide.navigations).to.deep.equal(['https://weer.example/']);
    });

    itExcept(['webkit'], "the test runner's sendKeys cannot hold Shift down over WebDriver (only press and type)", 'typing a capital letter or another key in between does not count', async () => {
      const guide = await guideWithFeed(sampleLikeFeed(), { exitUrl: 'https://weer.example/' });
      const input = await fixture<HTMLInputElement>(html`<input aria-label="Naam" />`);
      input.focus();
      await sendKeys({ press: 'Shift' });
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'KeyA' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(guide.navigations).to.deep.equal([]);
      await sendKeys({ press: 'KeyB' });
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(guide.navigations).to.deep.equal([]);
      await sendKeys({ press: 'Shift' });
      expect(guide.navigations).to.deep.equal(['https://weer.example/']);
    });

    it('stores nothing on the device: no storage, cookies, history entries or hash', async () => {
      const before = storageSnapshot();
      const historyLength = history.length;
      const url = location.href;
      const guide = await guideWithFeed(sampleLikeFeed());
      await choose(guide, 'Nee, niet nu');
      await choose(guide, 'Het kind vertelt iets');
      await click(guide, button(guide, '.back'));
      await click(guide, button(guide, '.restart'));
      button(guide, '.quick-exit__button')!.click();
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(storageSnapshot()).to.equal(before);
      expect(history.length).to.equal(historyLength);
      expect(location.href).to.equal(url);
    });

    it('stops listening when the guide leaves the page', async () => {
      const guide = await guideWithFeed(sampleLikeFeed());
      guide.remove();
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(guide.navigations).to.deep.equal([]);
    });
  });

  describe('the help line is always there', () => {
    itExcept(['webkit'], "the test runner's sendKeys cannot hold Shift down over WebDriver (only press and type)", 'never hides a link or button under itself when Shift+Tab scrolls back up (WCAG 2.4.11)', async () => {
      const guide = await guideWithFeed(sampleLikeFeed());
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      guide.after(spacer);
      try {
        while (!root(guide).querySelector('.step--advice')) await click(guide, choiceButtons(guide).at(-1)!);
        const help = root(guide).querySelector<HTMLElement>('.help')!;
        button(guide, '.restart')!.focus();
        let checked = 0;
        for (;;) {
          // As when reading up the page: the focused element sits just below the help line, so
          // the one before it is just off screen and the browser scrolls it in at the top edge.
          const current = deepActive()!.getBoundingClientRect().top;
          window.scrollBy(0, current - help.getBoundingClientRect().bottom - 1);
          await sendKeys({ down: 'Shift' });
          await sendKeys({ press: 'Tab' });
          await sendKeys({ up: 'Shift' });
          const active = deepActive() as HTMLElement;
          if (!active || help.contains(active) || !root(guide).contains(active)) break;
          expect(active.getBoundingClientRect().top, visibleText(active)).to.be.at.least(help.getBoundingClientRect().bottom);
          checked += 1;
        }
        expect(checked).to.be.greaterThan(2);
        await expect(guide).to.be.accessible();
      } finally {
        spacer.remove();
        window.scrollTo(0, 0);
      }
    });

    it('without a feed, while loading, on a load error, without guides and with a guide without steps', async () => {
      const idle = instrument(await fixture<BuurtGuide>(html`<buurt-guide></buurt-guide>`));
      expect(helpLineVisible(idle)).to.equal(true);
      expect(root(idle).querySelector('.empty')!.textContent).to.contain('geen informatie');
      await expect(idle).to.be.accessible();

      const loading = instrument(await fixture<BuurtGuide>(html`<buurt-guide src="/test-api/feed/hang?ms=3000&id=guide-loading"></buurt-guide>`));
      await loading.updateComplete;
      expect(root(loading).querySelector('.loading')).to.not.equal(null);
      expect(helpLineVisible(loading)).to.equal(true);
      await expect(loading).to.be.accessible();
      loading.remove();

      const failing = instrument(await fixture<BuurtGuide>(html`<buurt-guide src="/test-api/feed/status?code=500&id=guide-error"></buurt-guide>`));
      await oneEvent(failing, 'buurt-error');
      await failing.updateComplete;
      expect(root(failing).querySelector('[part="error"]')).to.not.equal(null);
      expect(helpLineVisible(failing)).to.equal(true);
      await expect(failing).to.be.accessible();

      const noGuides = await guideWithFeed({ ...sampleLikeFeed(), guides: [] });
      expect(root(noGuides).querySelector('.empty')!.textContent).to.contain('geen gids');
      expect(helpLineVisible(noGuides)).to.equal(true);
      await expect(noGuides).to.be.accessible();

      const noSteps = await guideWithFeed({
        ...sampleLikeFeed(),
        guides: [{ id: 'leeg', title: 'Lege gids', start: 'x', steps: [] }],
      });
      expect(helpLineVisible(noSteps)).to.equal(true);
      expect(root(noSteps).textContent).to.contain('Deze gids heeft nog geen vragen');
      expect(noSteps.steps).to.deep.equal([]);
      await expect(noSteps).to.be.accessible();
    });

    it('uses the guide’s own lines when given, with normalised tel: links', async () => {
      const feed = sampleLikeFeed();
      const guides = feed['guides'] as Array<Record<string, unknown>>;
      guides[0]!['emergency'] = {
        danger: { label: 'Gevaar? Bel 112', phone: '1-1-2', description: 'Als er nu gevaar is.' },
        helpline: { label: 'Veilig Thuis', phone: '0800 - 2000', description: 'Gratis en anoniem.' },
      };
      const guide = await guideWithFeed(feed);
      const help = root(guide).querySelector('.help')!;
      expect(help.textContent).to.contain('Gevaar? Bel 112');
      expect(help.textContent).to.contain('Gratis en anoniem.');
      expect(helpLineVisible(guide)).to.equal(true);
    });

    it('reads "Veilig Thuis: 0800-2000" with the space, as shown and as read aloud', async () => {
      const feed = sampleLikeFeed();
      const guides = feed['guides'] as Array<Record<string, unknown>>;
      guides[0]!['emergency'] = {
        danger: { label: 'Gevaar? Bel 112', phone: '112' },
        helpline: { label: 'Veilig Thuis', phone: '0800-2000' },
      };
      const guide = await guideWithFeed(feed);
      const call = root(guide).querySelector<HTMLElement>('.help-line--helpline .help-line__call')!;
      expect(call.innerText.replace(/\s+/g, ' ').trim()).to.equal('Veilig Thuis: 0800-2000');
      // The space must also be drawn: a flex container drops the space at the end of its first item.
      const walker = document.createTreeWalker(call, NodeFilter.SHOW_TEXT);
      let colon: Text | undefined;
      while (walker.nextNode()) if ((walker.currentNode as Text).data.includes(':')) colon = walker.currentNode as Text;
      const range = document.createRange();
      range.setStart(colon!, colon!.data.indexOf(':'));
      range.setEnd(colon!, colon!.data.indexOf(':') + 1);
      const gap = call.querySelector('.help-line__number')!.getBoundingClientRect().left - range.getBoundingClientRect().right;
      expect(gap).to.be.at.least(2);
      expect(call.getAttribute('href')).to.equal('tel:08002000');
      await expect(guide).to.be.accessible();
    });

    it('calls a guide’s own international number without the (0)', async () => {
      const feed = sampleLikeFeed();
      const guides = feed['guides'] as Array<Record<string, unknown>>;
      guides[0]!['emergency'] = {
        danger: { label: 'Gevaar? Bel 112', phone: '112' },
        helpline: { label: 'Hulplijn', phone: '+31 (0)73 123 45 67' },
      };
      const guide = await guideWithFeed(feed);
      const call = root(guide).querySelector('.help-line--helpline .help-line__call')!;
      expect(call.getAttribute('href')).to.equal('tel:+31731234567');
    });

    it('stays in view while the visitor scrolls through a long advice (sticky)', async () => {
      const guide = await guideWithFeed(sampleLikeFeed(), { start: 'kind-vertelt' });
      const help = root(guide).querySelector<HTMLElement>('.help')!;
      expect(getComputedStyle(help).position).to.equal('sticky');
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      guide.after(spacer);
      try {
        const box = guide.getBoundingClientRect();
        expect(box.height).to.be.greaterThan(window.innerHeight);
        // Scroll until only the last 300px of the guide are in view.
        window.scrollTo(0, box.top + window.scrollY + box.height - 300);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const helpBox = help.getBoundingClientRect();
        expect(helpBox.top).to.be.within(-1, 1);
        expect(helpBox.bottom).to.be.lessThan(window.innerHeight);
      } finally {
        window.scrollTo(0, 0);
        spacer.remove();
      }
    });
  });

  describe('the help line, stuck to the top', () => {
    /** Long enough for an IntersectionObserver to have reported a scroll. */
    const twoFrames = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

    it('shows only the numbers and "Snel weg" while it is stuck, in every engine, and all of it again at the top', async () => {
      const guide = await guideWithFeed(sampleLikeFeed(), { start: 'kind-vertelt' });
      const help = root(guide).querySelector<HTMLElement>('.help')!;
      const description = help.querySelector<HTMLElement>('.help-line__description')!;
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      guide.after(spacer);
      try {
        expect(getComputedStyle(description).display, 'at the top').to.not.equal('none');
        const box = guide.getBoundingClientRect();
        window.scrollTo(0, box.top + window.scrollY + box.height - 300);
        // Firefox and Safari have no scroll-state queries: the guide tells its styles itself.
        await waitUntil(() => help.hasAttribute('data-stuck'), 'the line marked stuck');
        expect(getComputedStyle(description).display, 'stuck').to.equal('none');
        expect(help.getBoundingClientRect().top).to.be.within(-1, 1);
        await expect(guide).to.be.accessible();
        window.scrollTo(0, 0);
        await waitUntil(() => !help.hasAttribute('data-stuck'), 'the line no longer marked stuck');
        expect(getComputedStyle(description).display, 'back at the top').to.not.equal('none');

        // Moved in the page (as a CMS or framework may do), it keeps watching.
        const parent = guide.parentElement!;
        guide.remove();
        parent.append(guide);
        spacer.remove();
        guide.after(spacer);
        window.scrollTo(0, guide.getBoundingClientRect().top + window.scrollY + guide.getBoundingClientRect().height - 300);
        await waitUntil(() => help.hasAttribute('data-stuck'), 'the line marked stuck after the move');
      } finally {
        window.scrollTo(0, 0);
        spacer.remove();
      }
    });

    it('under a site header whose height is set after the guide drew (--buurt-guide-sticky-top), is marked stuck exactly when it sticks below it', async () => {
      const guide = await guideWithFeed(sampleLikeFeed(), { start: 'kind-vertelt' });
      guide.style.setProperty('--buurt-guide-sticky-top', '60px');
      const help = root(guide).querySelector<HTMLElement>('.help')!;
      // Below the header's height at first, so the line's place in the page can be read.
      const above = document.createElement('div');
      above.style.height = '500px';
      guide.before(above);
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      guide.after(spacer);
      try {
        window.scrollTo(0, 0);
        await twoFrames();
        const lineInPage = help.getBoundingClientRect().top + window.scrollY;
        // 10 px above where it sticks: still in the flow.
        window.scrollTo(0, lineInPage - 70);
        await twoFrames();
        expect(help.getBoundingClientRect().top, 'in the flow').to.be.within(69, 71);
        expect(help.hasAttribute('data-stuck'), '10 px below the header').to.equal(false);
        // 10 px further than where it sticks: held at 60 px, under the header.
        window.scrollTo(0, lineInPage - 50);
        await waitUntil(() => help.hasAttribute('data-stuck'), 'the line marked stuck 10 px after it stuck');
        expect(help.getBoundingClientRect().top).to.be.within(59, 61);
        await expect(guide).to.be.accessible();
      } finally {
        window.scrollTo(0, 0);
        above.remove();
        spacer.remove();
      }
    });

    it('is marked stuck after a jump from above the guide straight into it (a link to it, a fast flick)', async () => {
      const guide = await guideWithFeed(sampleLikeFeed(), { start: 'kind-vertelt' });
      const help = root(guide).querySelector<HTMLElement>('.help')!;
      // The guide starts below the screen, so its help line has not been seen yet.
      const above = document.createElement('div');
      above.style.height = '3000px';
      const below = document.createElement('div');
      below.style.height = '3000px';
      guide.before(above);
      guide.after(below);
      try {
        window.scrollTo(0, 0);
        await twoFrames();
        expect(help.hasAttribute('data-stuck'), 'below the screen').to.equal(false);
        const box = guide.getBoundingClientRect();
        window.scrollTo(0, box.top + window.scrollY + box.height - 300);
        await waitUntil(() => help.hasAttribute('data-stuck'), 'the line marked stuck after the jump');
        expect(help.getBoundingClientRect().top).to.be.within(-1, 1);
        expect(getComputedStyle(help.querySelector('.help-line__description')!).display).to.equal('none');
        await expect(guide).to.be.accessible();
      } finally {
        window.scrollTo(0, 0);
        above.remove();
        below.remove();
      }
    });
  });

  describe('links to the map', () => {
    it('with a <buurt-map> on the page, "Toon op de kaart" selects the place there', async () => {
      const wrapper = await fixture(html`<div>
        <buurt-map id="kaart"></buurt-map>
      </div>`);
      const map = wrapper.querySelector('buurt-map') as HTMLElement & { selected?: string };
      const guide = instrument(document.createElement('buurt-guide'));
      guide.setAttribute('start', 'kind-vertelt');
      guide.feed = sampleLikeFeed();
      wrapper.append(guide);
      await guide.updateComplete;
      const mapButton = button(guide, '.map-button')!;
      expect(mapButton.textContent).to.contain('Toon op de kaart');
      // Styled as the other outlined buttons (a selector list once lost it to the language choice).
      const style = getComputedStyle(mapButton);
      expect([style.borderTopWidth, style.borderTopStyle, style.cursor]).to.deep.equal(['2px', 'solid', 'pointer']);
      expect(root(guide).querySelector('.contact__details')).to.equal(null);
      await click(guide, mapButton);
      expect(map.selected).to.equal('cjg-oost');
      expect(root(guide).querySelector('[role="status"]')!.textContent).to.contain('CJG Oost is gekozen op de kaart');
      await expect(guide).to.be.accessible();
    });

    it('without a map, the place opens its details in the guide', async () => {
      const guide = await guideWithFeed(sampleLikeFeed(), { start: 'kind-vertelt' });
      expect(button(guide, '.map-button')).to.equal(null);
      const details = root(guide).querySelector<HTMLDetailsElement>('.contact__details')!;
      expect(details.querySelector('summary')!.textContent).to.contain('Meer over CJG Oost');
      details.open = true;
      expect(details.textContent).to.contain('Vragen over opvoeden en opgroeien.');
      expect(details.querySelector('table.hours')!.textContent).to.contain('Maandag');
      expect(details.querySelector('a[href="https://cjg.example/"]')).to.not.equal(null);
      await expect(guide).to.be.accessible();
    });
  });

  describe('print and share', () => {
    itExcept(
      ['firefox', 'webkit'],
      'the test runner emulates print media only over the Chrome DevTools Protocol',
      'Print opens the print dialog; the print stylesheet hides buttons and prints link targets',
      async () => {
        const guide = await guideWithFeed(sampleLikeFeed(), { start: 'kind-vertelt' });
        await click(guide, button(guide, '.print'));
        expect(guide.prints).to.equal(1);
        await emulateMedia({ media: 'print' });
        try {
          const shadow = root(guide);
          expect(getComputedStyle(shadow.querySelector('.tools')!).display).to.equal('none');
          expect(getComputedStyle(shadow.querySelector('.quick-exit')!).display).to.equal('none');
          expect(getComputedStyle(shadow.querySelector('.step-nav')!).display).to.equal('none');
          expect(getComputedStyle(shadow.querySelector('.help')!).position).to.equal('static');
          const website = shadow.querySelector('.contact__details a[href^="http"]')!;
          expect(getComputedStyle(website, '::after').content).to.contain('https://cjg.example/');
          expect(getComputedStyle(shadow.querySelector('.help-line__call')!).display).to.not.equal('none');
        } finally {
          await emulateMedia({ media: 'screen' });
        }
      },
    );

    it('copies a link to the advice only, without the answers', async () => {
      const guide = await guideWithFeed(sampleLikeFeed());
      await choose(guide, 'Nee, niet nu');
      await choose(guide, 'Het kind vertelt iets');
      let copied = '';
      const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void (copied = text) },
      });
      try {
        await click(guide, button(guide, '.copy-link'));
        await new Promise((resolve) => setTimeout(resolve));
        await guide.updateComplete;
      } finally {
        if (original) Object.defineProperty(navigator, 'clipboard', original);
        else delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      }
      const link = new URL(copied);
      expect(link.hash).to.equal('#advies=zorgen-om-een-kind/kind-vertelt');
      expect(link.pathname).to.equal(location.pathname);
      expect(copied).to.not.contain('gevaar');
      expect(copied).to.not.contain('wat-merk-je');
      expect(root(guide).querySelector('[role="status"]')!.textContent).to.contain('De link is gekopieerd');
      expect(location.hash).to.equal('');
    });

    it('shows the link to copy by hand when the clipboard is not available', async () => {
      const guide = await guideWithFeed(sampleLikeFeed(), { start: 'git' });
      const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
      });
      try {
        await click(guide, button(guide, '.copy-link'));
        await new Promise((resolve) => setTimeout(resolve, 10));
        await guide.updateComplete;
      } finally {
        if (original) Object.defineProperty(navigator, 'clipboard', original);
        else delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      }
      const field = root(guide).querySelector<HTMLInputElement>('.share-link input')!;
      expect(field.value).to.match(/#advies=zorgen-om-een-kind\/git$/);
      expect(deepActive()).to.equal(field);
      await expect(guide).to.be.accessible();
    });

    it('a shared link opens that advice, without answers, with a way to the first question', async () => {
      history.replaceState(null, '', '#advies=zorgen-om-een-kind/betrokken');
      const guide = await guideWithFeed(sampleLikeFeed());
      expect(headingText(guide)).to.equal('Blijf betrokken');
      expect(root(guide).querySelector('.shared-note')).to.not.equal(null);
      expect(root(guide).querySelector('.summary')).to.equal(null);
      expect(button(guide, '.back')).to.equal(null);
      await expect(guide).to.be.accessible();
      await click(guide, button(guide, '.restart'));
      expect(headingText(guide)).to.equal('Is het kind nu in gevaar?');

      // Only advice can be linked to; a question id or another guide's step is ignored.
      history.replaceState(null, '', '#advies=wat-merk-je');
      expect(headingText(await guideWithFeed(sampleLikeFeed()))).to.equal('Is het kind nu in gevaar?');
      history.replaceState(null, '', '#advies=tweede/git');
      expect(headingText(await guideWithFeed(sampleLikeFeed()))).to.equal('Is het kind nu in gevaar?');
      history.replaceState(null, '', '#advies=git');
      expect(headingText(await guideWithFeed(sampleLikeFeed()))).to.equal('Het GIT kan helpen');
    });

    it('follows a link to an advice on the same page while open', async () => {
      const guide = await guideWithFeed(sampleLikeFeed());
      await choose(guide, 'Nee, niet nu');
      const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      location.hash = '#advies=zorgen-om-een-kind/betrokken';
      await changed;
      await guide.updateComplete;
      expect(headingText(guide)).to.equal('Blijf betrokken');
      expect(root(guide).querySelector('.shared-note')).to.not.equal(null);
    });
  });
});
