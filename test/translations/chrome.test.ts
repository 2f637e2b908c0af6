import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait-until.js';
import { html, render } from 'lit';
import '../../src/components/guide/guide.js';
import '../../src/components/map/map.js';
import '../../src/components/signup/signup.js';
import { languageName } from '../../src/base/language-name.js';
import nl from '../../src/translations/nl.js';
import { registerTranslation, type Translation } from '../../src/translations/registry.js';

// Every word of the kit's own chrome must come from a translation table. A pseudo-language
// ("qps", the code reserved for pseudo-locales) wraps every table string in ⟦…⟧; the test
// renders each element with the sample feed in that language and fails on any visible text
// or accessible name that is neither wrapped, nor the feed's own text, nor a word `Intl`
// makes (weekday names, language names). A Dutch literal in a component fails here.

const OPEN = '⟦';
const CLOSE = '⟧';

function pseudo(): Translation {
  const table: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(nl)) {
    if (key.startsWith('$')) table[key] = value;
    else if (typeof value === 'function') {
      table[key] = (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => string)(...args);
        return result ? `${OPEN}${result}${CLOSE}` : result;
      };
    } else table[key] = `${OPEN}${String(value)}${CLOSE}`;
  }
  return { ...(table as Translation), $code: 'qps', $name: 'Pseudo', $dir: 'ltr', $locale: 'en-GB' };
}
registerTranslation(pseudo());

let feed: Record<string, unknown>;
let allowed: string[] = [];
/** Every feed text, normalized: a text node may be a piece of one (the glossary splits them). */
let corpus = '';
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

function strings(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string') into.add(value.trim());
  else if (Array.isArray(value)) value.forEach((item) => strings(item, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => strings(item, into));
  return into;
}

const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription', 'aria-valuetext'];

/** Visible text and accessible-name attributes in `node`, through every shadow root. */
function chrome(node: Node, out: string[] = []): string[] {
  if (node.nodeType === Node.TEXT_NODE) {
    // A feed text inside a translated sentence ("Waar: " + the place's name) is its own element
    // with a `lang`, splitting the sentence's text: the sentence is read whole.
    const parent = node.parentElement;
    const sentence = parent && [...parent.children].some((child) => child.hasAttribute('lang')) ? parent : node;
    if (sentence.textContent!.trim()) out.push(sentence.textContent!.trim());
    return out;
  }
  if (node instanceof Element) {
    if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return out;
    for (const name of ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value?.trim()) out.push(value.trim());
    }
    if (node instanceof HTMLInputElement && ['submit', 'button'].includes(node.type) && node.value) out.push(node.value);
    if (node.shadowRoot) chrome(node.shadowRoot, out);
  }
  node.childNodes.forEach((child) => chrome(child, out));
  return out;
}

/** What is left of `text` once wrapped table words, feed texts and Intl words are taken out. */
function leftover(text: string): string {
  let rest = text;
  // Wrapped strings may nest (a function result that includes another table string).
  let previous = '';
  while (previous !== rest) {
    previous = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  if (corpus.includes(normalize(rest))) return '';
  for (const piece of allowed) if (piece) rest = rest.split(piece).join(' ');
  // Numbers, times, punctuation and symbols carry no language.
  return /\p{L}/u.test(rest) ? rest.replace(/\s+/g, ' ').trim() : '';
}

function untranslated(root: Node): string[] {
  return [...new Set(chrome(root).map((text) => [text, leftover(text)] as const).filter(([, rest]) => rest).map(([text]) => text))];
}

const mounted: HTMLElement[] = [];
async function mount(template: unknown): Promise<HTMLElement> {
  const container = document.createElement('main');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const element = container.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  await element.updateComplete;
  await element.updateComplete;
  return element;
}

before(async () => {
  feed = await (await fetch('/demo/feeds/den-bosch.json')).json();
  const texts = strings(feed, new Set());
  const languages = new Set<string>();
  for (const place of feed.places as { languages?: string[] }[]) for (const code of place.languages ?? []) languages.add(code);
  for (const opportunity of feed.opportunities as { languages?: string[] }[]) for (const code of opportunity.languages ?? []) languages.add(code);
  for (const code of ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'ber', 'zgh', 'so', 'ti', 'fa']) languages.add(code);
  const intl = [...languages].map((code) => languageName(code, 'qps'));
  for (const weekday of ['long', 'short'] as const) {
    for (const locale of ['en-GB', 'qps']) {
      const format = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
      for (let day = 0; day < 7; day++) intl.push(format.format(Date.UTC(2024, 0, 1 + day, 12)));
    }
  }
  // Longest first, so "Buurthuis De Poort" goes before "De Poort".
  corpus = [...texts].map(normalize).join('\n');
  // Lists are joined by Intl.ListFormat, which says "and" in a language it does not know.
  const joined = new Intl.ListFormat('qps', { style: 'long', type: 'conjunction' }).format(['\u0001', '\u0002', '\u0003']);
  intl.push(...(joined.match(/\p{L}+/gu) ?? []).map((word) => ` ${word} `));
  // Leaflet's own credit in the map's corner is a name, not a word to translate.
  allowed = [...texts, ...intl, 'Leaflet'].filter((text) => text.length > 1).sort((a, b) => b.length - a.length);
});

afterEach(() => {
  for (const container of mounted.splice(0)) container.remove();
});

describe('no kit text outside the translation tables (pseudo-language ⟦…⟧)', () => {
  it('the map: list, filters, a place with hours and exceptions', async () => {
    const map = await mount(
      html`<buurt-map lang="qps" tiles="none" .now=${new Date('2026-03-02T09:00:00Z')} .feed=${feed}></buurt-map>`,
    );
    const root = map.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('.item__open').length > 0, 'the list shows places');
    (root.querySelector('.more summary') as HTMLElement | null)?.click();
    await waitUntil(() => root.querySelectorAll('#filter-language option').length > 1, 'the filters fill in');
    expect(untranslated(map), 'list and filters').to.deep.equal([]);
    for (const button of [...root.querySelectorAll<HTMLElement>('.item__open')].slice(0, 6)) {
      button.click();
      await waitUntil(() => root.querySelector('[data-details], .details') !== null, 'details open');
      expect(untranslated(map), `details of ${button.textContent}`).to.deep.equal([]);
      const back = [...root.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent!.includes(nl.mapBackToList));
      back?.click();
      await (map as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    }
  });

  it('the guide: the help line, every question and an advice', async () => {
    const guide = await mount(html`<buurt-guide lang="qps" .feed=${feed}></buurt-guide>`);
    const root = guide.shadowRoot!;
    await waitUntil(() => root.querySelector('[data-step-heading]') !== null, 'the first question');
    for (let step = 0; step < 8; step++) {
      expect(untranslated(guide), `step ${step}`).to.deep.equal([]);
      const choice = root.querySelector<HTMLElement>('.choices button, [data-choice], ol button, ul.choices a');
      if (!choice) break;
      choice.click();
      await (guide as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    }
    expect(untranslated(guide), 'the advice').to.deep.equal([]);
  });

  it('the sign-up form, empty and after a submit with errors', async () => {
    const signup = await mount(html`<buurt-signup lang="qps" .feed=${feed} action="/test-api/none"></buurt-signup>`);
    const root = signup.shadowRoot!;
    await waitUntil(() => root.querySelector('form') !== null, 'the form');
    expect(untranslated(signup), 'empty form').to.deep.equal([]);
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => root.querySelector('[role="alert"], .error-summary') !== null, 'the error summary');
    expect(untranslated(signup), 'errors').to.deep.equal([]);
  });
});
