import { fixture, html } from '@open-wc/testing';
import '../../../src/components/guide/guide.js';
import type { BuurtGuide } from '../../../src/components/guide/guide.component.js';
import type { BuurtStepDetail } from '../../../src/components/guide/guide.component.js';
import { isOtherTestFilesKey } from '../../harness/storage.js';

/** A guide element with hooks that tests need: the URLs it tried to navigate to, and print calls. */
export type TestGuide = BuurtGuide & { navigations: string[]; prints: number; steps: BuurtStepDetail[] };

/** Replaces navigation and printing on one instance, so a test never leaves the page or opens a dialog. */
export function instrument(element: BuurtGuide): TestGuide {
  const guide = element as TestGuide;
  guide.navigations = [];
  guide.prints = 0;
  guide.steps = [];
  const hooks = guide as unknown as { navigate: (url: string) => void; openPrintDialog: () => void };
  hooks.navigate = (url: string) => guide.navigations.push(url);
  hooks.openPrintDialog = () => {
    guide.prints += 1;
  };
  guide.addEventListener('buurt-step', (event) => guide.steps.push(event.detail));
  return guide;
}

/** A `<buurt-guide>` with `feed` set before it connects, so the first step event is seen too. */
export async function guideWithFeed(
  feed: unknown,
  attributes: { guide?: string; start?: string; exitUrl?: string; lang?: string } = {},
): Promise<TestGuide> {
  const element = document.createElement('buurt-guide');
  const guide = instrument(element);
  guide.feed = feed;
  if (attributes.guide) guide.setAttribute('guide', attributes.guide);
  if (attributes.start) guide.setAttribute('start', attributes.start);
  if (attributes.exitUrl) guide.setAttribute('exit-url', attributes.exitUrl);
  if (attributes.lang) guide.setAttribute('lang', attributes.lang);
  // Inside <main>, as on a real page, so axe checks the landmarks the guide adds there.
  const wrapper = await fixture(html`<main></main>`);
  wrapper.append(guide);
  await guide.updateComplete;
  await guide.updateComplete;
  return guide;
}

export function root(guide: BuurtGuide): ShadowRoot {
  return guide.shadowRoot!;
}

export function heading(guide: BuurtGuide): HTMLElement {
  const element = root(guide).querySelector<HTMLElement>('[data-step-heading]');
  if (!element) throw new Error('no step heading');
  return element;
}

/** The text a sighted visitor reads: glossary explanations (shown on request) left out. */
export function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.term__tip').forEach((tip) => tip.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

export function headingText(guide: BuurtGuide): string {
  return visibleText(heading(guide).querySelector('.step-title')!);
}

export function choiceButtons(guide: BuurtGuide): HTMLButtonElement[] {
  return [...root(guide).querySelectorAll<HTMLButtonElement>('button.choice')];
}

export function button(guide: BuurtGuide, selector: string): HTMLButtonElement | null {
  return root(guide).querySelector<HTMLButtonElement>(selector);
}

/** Clicks and waits for the render (and the focus move that follows it). */
export async function click(guide: BuurtGuide, target: HTMLElement | null): Promise<void> {
  if (!target) throw new Error('nothing to click');
  target.click();
  await guide.updateComplete;
}

/** The id of the step on screen, from the last `buurt-step` event. */
export function currentStep(guide: TestGuide): string | undefined {
  return guide.steps[guide.steps.length - 1]?.step;
}

/** The help line: present, laid out, with both numbers as tel: links. */
export function helpLineVisible(guide: BuurtGuide): boolean {
  const help = root(guide).querySelector<HTMLElement>('.help');
  if (!help) return false;
  const box = help.getBoundingClientRect();
  const hrefs = [...help.querySelectorAll('a')].map((a) => a.getAttribute('href'));
  return box.height > 0 && box.width > 0 && hrefs.includes('tel:112') && hrefs.includes('tel:08002000');
}

/**
 * Every key and value in local and session storage, to compare before and after; but for
 * the keys of the test files that run beside this one in the same origin (their own storage
 * namespaces, see test/harness/storage-namespace.mjs).
 */
export function storageSnapshot(): string {
  const dump = (storage: Storage) =>
    Array.from({ length: storage.length }, (_, index) => storage.key(index)!)
      .filter((key) => !isOtherTestFilesKey(key))
      .map((key) => `${key}=${storage.getItem(key)}`)
      .sort();
  return JSON.stringify({ local: dump(localStorage), session: dump(sessionStorage), cookie: document.cookie });
}

/** A small guide with the shape of the sample: a danger question, branches, advice with places. */
export function sampleLikeFeed(): Record<string, unknown> {
  return {
    version: '1.0',
    sample: true,
    publisher: { name: 'Wijkkrant Boschveld' },
    language: 'nl',
    areas: [{ id: 'oost', name: 'Oost', center: { lat: 51.69, lng: 5.32 }, zoom: 15 }],
    categories: [{ id: 'hulp', label: 'Hulp' }],
    places: [
      {
        id: 'cjg-oost',
        name: 'CJG Oost',
        kind: 'professional-service',
        categories: ['hulp'],
        areas: ['oost'],
        description: 'Vragen over opvoeden en opgroeien.',
        address: { street: 'Hambakenweg 1', postcode: '5231 AA', city: "'s-Hertogenbosch" },
        location: { lat: 51.69, lng: 5.32 },
        contact: { phone: '073-612 34 56', website: 'https://cjg.example/' },
        languages: ['nl', 'tr'],
        hours: {
          weekly: ['mo', 'tu', 'we', 'th', 'fr'].map((day) => ({ day, opens: '09:00', closes: '17:00' })),
          exceptions: [],
        },
        activities: [],
      },
      {
        id: 'kruimel',
        name: "Kinderopvang 't Kruimeltje",
        kind: 'volunteer-organisation',
        categories: ['hulp'],
        areas: ['oost'],
        contact: {},
        languages: [],
        activities: [],
      },
    ],
    glossary: [
      { term: 'GIT', aliases: [], explanation: 'Gezinsinterventieteam: hulpverleners die naar het gezin toe gaan.' },
      { term: 'CJG', aliases: [], explanation: 'Centrum voor Jeugd en Gezin: hier kun je vragen stellen over opvoeden.' },
    ],
    guides: [
      {
        id: 'zorgen-om-een-kind',
        title: 'Je maakt je zorgen om een kind',
        intro: 'Beantwoord een paar vragen.',
        start: 'gevaar',
        steps: [
          {
            type: 'question',
            id: 'gevaar',
            text: 'Is het kind nu in gevaar?',
            help: 'Bijvoorbeeld: je hoort nu slaan of gillen.',
            choices: [
              { label: 'Ja, nu', next: 'bel-112' },
              { label: 'Nee, niet nu', next: 'wat-merk-je' },
            ],
          },
          {
            type: 'advice',
            id: 'bel-112',
            title: 'Bel nu 112',
            actions: ['Bel 112.', 'Blijf in de buurt als dat veilig is.'],
            contacts: [{ type: 'inline', name: 'Politie', phone: '112' }],
            choices: [],
          },
          {
            type: 'question',
            id: 'wat-merk-je',
            text: 'Wat merk je?',
            choices: [
              { label: 'Het kind vertelt iets', next: 'kind-vertelt' },
              { label: 'Ik zie dingen die me zorgen geven', next: 'ken-je-gezin' },
            ],
          },
          {
            type: 'advice',
            id: 'kind-vertelt',
            title: 'Het kind vertelt je iets',
            text: 'Fijn dat het kind jou vertrouwt.',
            actions: ['Zeg tegen het kind dat je het gehoord hebt.', 'Beloof niet dat je het geheim houdt.'],
            contacts: [
              { type: 'place', place: 'cjg-oost', note: 'Bel voor advies, ook zonder naam.' },
              { type: 'inline', name: 'Veilig Thuis', phone: '0800-2000', description: 'Advies over je zorgen.' },
            ],
            choices: [{ label: 'Ik wil nog iets anders weten', next: 'gevaar' }],
          },
          {
            type: 'question',
            id: 'ken-je-gezin',
            text: 'Ken je het gezin?',
            choices: [
              { label: 'Ja', next: 'betrokken' },
              { label: 'Nee', next: 'git' },
            ],
          },
          {
            type: 'advice',
            id: 'betrokken',
            title: 'Blijf betrokken',
            actions: ['Nodig het kind uit om bij jullie te spelen.'],
            contacts: [{ type: 'place', place: 'kruimel' }],
            choices: [{ label: 'Wat doet het GIT?', next: 'git' }],
          },
          {
            type: 'advice',
            id: 'git',
            title: 'Het GIT kan helpen',
            text: 'Het GIT gaat naar het gezin toe.',
            actions: ['Bel het CJG en vraag naar het GIT.'],
            contacts: [{ type: 'place', place: 'cjg-oost' }],
            choices: [],
          },
        ],
      },
      {
        id: 'tweede',
        title: 'Een tweede gids',
        start: 'vraag',
        steps: [
          {
            type: 'question',
            id: 'vraag',
            text: 'Wil je helpen?',
            choices: [{ label: 'Ja', next: 'klaar' }],
          },
          { type: 'advice', id: 'klaar', title: 'Meld je aan', actions: [], contacts: [], choices: [] },
        ],
      },
    ],
    opportunities: [],
  };
}

/** The sample feed of the demo, over real HTTP; undefined until it exists. */
export async function loadSampleFeed(): Promise<Record<string, unknown> | undefined> {
  const response = await fetch('/demo/feeds/den-bosch.json');
  if (!response.ok) return undefined;
  return (await response.json()) as Record<string, unknown>;
}
