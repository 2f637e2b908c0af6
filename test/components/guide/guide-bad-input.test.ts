import { expect, fixture, html } from '@open-wc/testing';
import {
  button,
  choiceButtons,
  click,
  currentStep,
  guideWithFeed,
  headingText,
  helpLineVisible,
  instrument,
  root,
  sampleLikeFeed,
  visibleText,
} from './helpers.js';
import { walkEveryPath } from './walk.js';

const HOSTILE = '<img src=x onerror="window.__buurtPwned=1"><script>window.__buurtPwned=1</script>';

/** Every text a resident can see, replaced by markup that would run if it were parsed as HTML. */
function poison(value: unknown, key = ''): unknown {
  const textKeys = new Set(['title', 'intro', 'text', 'help', 'label', 'name', 'description', 'note', 'explanation', 'street', 'city']);
  if (Array.isArray(value)) return value.map((item) => (key === 'actions' && typeof item === 'string' ? `${HOSTILE} ${item}` : poison(item)));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' && textKeys.has(k) ? `${HOSTILE} ${v}` : poison(v, k)]));
  }
  return value;
}

function withGuide(guide: Record<string, unknown>): Record<string, unknown> {
  return { ...sampleLikeFeed(), guides: [guide] };
}

/** At every step: the help line, and something to press that moves on or out. */
function expectWayOut(guide: Parameters<typeof helpLineVisible>[0]): void {
  expect(helpLineVisible(guide)).to.equal(true);
  const ways = choiceButtons(guide).length + (button(guide, '.back') ? 1 : 0) + (button(guide, '.restart') ? 1 : 0);
  expect(ways, `a way on at ${headingText(guide)}`).to.be.greaterThan(0);
  expect(button(guide, '.quick-exit__button')).to.not.equal(null);
}

describe('<buurt-guide> with bad input', function () {
  this.timeout(60_000);

  afterEach(() => {
    delete (window as unknown as Record<string, unknown>)['__buurtPwned'];
  });

  it('renders hostile text in every field as text, on every step', async () => {
    const feed = poison(sampleLikeFeed()) as Record<string, unknown>;
    const guides = feed['guides'] as Array<Record<string, unknown>>;
    guides[0]!['emergency'] = poison({
      danger: { label: 'Gevaar', phone: '112', description: 'Nu gevaar' },
      helpline: { label: 'Veilig Thuis', phone: '0800-2000', description: 'Gratis' },
    });
    const guide = await guideWithFeed(feed);
    let checked = 0;
    await walkEveryPath(guide, {
      axe: false,
      check: (element) => {
        const shadow = root(element);
        expect(shadow.querySelectorAll('img, script, iframe, object, embed')).to.have.length(0);
        expect(visibleText(shadow.querySelector('.step')!)).to.contain('<img src=x onerror=');
        expect(shadow.querySelector('.help')!.textContent).to.contain('<script>');
        // Open every disclosure, so details text is checked too.
        shadow.querySelectorAll('details').forEach((details) => (details.open = true));
        expect(shadow.querySelectorAll('img, script')).to.have.length(0);
        checked++;
      },
    });
    expect(checked).to.be.greaterThan(5);
    expect(root(guide).querySelector('.guide-title')!.textContent).to.contain('<img');
    expect((window as unknown as Record<string, unknown>)['__buurtPwned']).to.equal(undefined);
  });

  it('never lets a link from the feed run script', async () => {
    const feed = sampleLikeFeed();
    const places = feed['places'] as Array<Record<string, unknown>>;
    places[0]!['contact'] = { phone: 'javascript:alert(1)', website: 'javascript:alert(1)', email: 'x@y.nl?body=<b>' };
    const guides = feed['guides'] as Array<{ steps: Array<Record<string, unknown>> }>;
    guides[0]!.steps[3]!['contacts'] = [
      { type: 'place', place: 'cjg-oost' },
      { type: 'inline', name: 'Iemand', website: 'javascript:alert(1)', email: 'javascript:alert(1)', phone: '<b>073</b>' },
    ];
    const guide = await guideWithFeed(feed, { start: 'kind-vertelt' });
    root(guide).querySelectorAll('details').forEach((details) => (details.open = true));
    const links = [...root(guide).querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(2);
    for (const link of links) {
      expect(link.getAttribute('href')).to.match(/^(tel:\+?\d+|mailto:[^<>\s]+|https?:\/\/)/);
    }
  });

  it('a cycle of questions without advice does not trap: a dead-end notice, Back and Start again', async () => {
    const guide = await guideWithFeed(
      withGuide({
        id: 'rondje',
        title: 'Rondje',
        start: 'a',
        steps: [
          { type: 'question', id: 'a', text: 'Vraag A', choices: [{ label: 'Naar B', next: 'b' }] },
          { type: 'question', id: 'b', text: 'Vraag B', choices: [{ label: 'Naar A', next: 'a' }, { label: 'Naar C', next: 'c' }] },
          { type: 'question', id: 'c', text: 'Vraag C', choices: [{ label: 'Naar B', next: 'b' }] },
        ],
      }),
    );
    expect(root(guide).querySelector('.dead-end')!.textContent).to.contain('niet verder helpen');
    expectWayOut(guide);
    await expect(guide).to.be.accessible();
    // Round and round: the path never grows beyond the guide, and each screen has a way out.
    for (let round = 0; round < 5; round++) {
      await click(guide, choiceButtons(guide)[0]!);
      expectWayOut(guide);
    }
    await click(guide, choiceButtons(guide).find((b) => b.textContent!.includes('Naar C'))!);
    expect(currentStep(guide)).to.equal('c');
    await click(guide, choiceButtons(guide)[0]!);
    expect(guide.steps.at(-1)!.path).to.deep.equal(['a', 'b']);
    expect(guide.steps.every((step) => step.path.length <= 3)).to.equal(true);
    await click(guide, button(guide, '.restart'));
    expect(currentStep(guide)).to.equal('a');
    const paths = await walkEveryPath(guide, { axe: false, check: expectWayOut });
    expect(paths.length).to.be.greaterThan(0);
  });

  it('a cycle next to advice still reaches the advice', async () => {
    const guide = await guideWithFeed(
      withGuide({
        id: 'lus',
        title: 'Lus',
        start: 'a',
        steps: [
          { type: 'question', id: 'a', text: 'Vraag A', choices: [{ label: 'Verder', next: 'b' }] },
          { type: 'question', id: 'b', text: 'Vraag B', choices: [{ label: 'Terug naar A', next: 'a' }, { label: 'Advies', next: 'z' }] },
          { type: 'advice', id: 'z', title: 'Advies Z', actions: ['Doe iets.'], contacts: [], choices: [{ label: 'Nog eens', next: 'a' }] },
        ],
      }),
    );
    expect(root(guide).querySelector('.dead-end')).to.equal(null);
    const paths = await walkEveryPath(guide, { check: expectWayOut });
    expect(paths.map((p) => p.join('>')).sort()).to.deep.equal(['a>b>a', 'a>b>z>a']);
  });

  it('a choice into a missing step, a question without choices and a missing place: shows what it can', async () => {
    const guide = await guideWithFeed(
      withGuide({
        id: 'kapot',
        title: 'Kapotte gids',
        start: 'begin',
        steps: [
          {
            type: 'question',
            id: 'begin',
            text: 'Waar gaat het over?',
            choices: [
              { label: 'Iets dat er niet is', next: 'bestaat-niet' },
              { label: 'Een vraag zonder antwoorden', next: 'leeg' },
              { label: 'Advies', next: 'advies' },
            ],
          },
          { type: 'question', id: 'leeg', text: 'Een vraag zonder antwoorden', choices: [] },
          {
            type: 'advice',
            id: 'advies',
            title: 'Het advies',
            actions: ['Praat erover.'],
            contacts: [{ type: 'place', place: 'weg' }, { type: 'place', place: 'kruimel' }],
            choices: [],
          },
        ],
      }),
    );
    // The choice into nothing is not offered: a button that leads nowhere would be a trap.
    expect(choiceButtons(guide).map((b) => b.textContent!.trim())).to.deep.equal(['Een vraag zonder antwoorden', 'Advies']);
    await click(guide, choiceButtons(guide)[0]!);
    expect(currentStep(guide)).to.equal('leeg');
    expect(choiceButtons(guide)).to.have.length(0);
    expect(root(guide).querySelector('.dead-end')).to.not.equal(null);
    expectWayOut(guide);
    await expect(guide).to.be.accessible();
    await click(guide, button(guide, '.back'));
    await click(guide, choiceButtons(guide)[1]!);
    expect(headingText(guide)).to.equal('Het advies');
    const contacts = [...root(guide).querySelectorAll('.contact__name')].map((name) => name.textContent!.trim());
    expect(contacts).to.deep.equal(["Kinderopvang 't Kruimeltje"]);
    await expect(guide).to.be.accessible();
  });

  it('a start that is missing or a guide made of junk still shows the help line', async () => {
    const junk = await guideWithFeed({ ...sampleLikeFeed(), guides: [{ id: 'x', title: 'X', steps: [null, 5, 'tekst', { type: 'raar' }] }] });
    expect(helpLineVisible(junk)).to.equal(true);
    expect(root(junk).textContent).to.contain('Deze gids heeft nog geen vragen');
    await expect(junk).to.be.accessible();

    const notAFeed = instrument(await fixture(html`<buurt-guide .feed=${'<html>'}></buurt-guide>`));
    await notAFeed.updateComplete;
    expect(helpLineVisible(notAFeed)).to.equal(true);
    await expect(notAFeed).to.be.accessible();
  });

  it('works inside another shadow root, and finds a map there', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<buurt-map></buurt-map>';
    const guide = instrument(document.createElement('buurt-guide'));
    guide.setAttribute('start', 'git');
    guide.feed = sampleLikeFeed();
    shadow.append(guide);
    await guide.updateComplete;
    await click(guide, button(guide, '.map-button'));
    expect((shadow.querySelector('buurt-map') as HTMLElement & { selected?: string }).selected).to.equal('cjg-oost');
  });
});
