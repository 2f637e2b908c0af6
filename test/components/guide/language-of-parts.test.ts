import { expect } from '@open-wc/testing';
import { waitUntil } from '../../harness/wait-until.js';
import { dutchMarks, languageOf, withEnglish } from '../lang-of.js';
import { guideWithFeed, root, sampleLikeFeed, type TestGuide } from './helpers.js';

/** The sample guide with its own help line, as a feed that has only Dutch text. */
function dutchFeed(): Record<string, unknown> {
  const feed = sampleLikeFeed();
  (feed['guides'] as Array<Record<string, unknown>>)[0]!['emergency'] = {
    danger: { label: 'Gevaar? Bel 112', phone: '112' },
    helpline: { label: 'Veilig Thuis', phone: '0800-2000', description: 'Gratis en anoniem.' },
  };
  return feed;
}

/** The guide at the advice "Het kind vertelt je iets", with the kit's words in `lang`. */
async function adviceIn(lang: string, feed: unknown = dutchFeed()): Promise<TestGuide> {
  const guide = await guideWithFeed(feed, { start: 'kind-vertelt', lang });
  const whatToDo = { en: 'What can you do?', ar: 'ماذا يمكنك أن تفعل؟' }[lang]!;
  await waitUntil(() => root(guide).querySelector('.step--advice')?.textContent!.includes(whatToDo), `the advice in ${lang}`);
  return guide;
}

describe('<buurt-guide> language of parts (WCAG 3.1.2)', () => {
  let map: HTMLElement | undefined;
  afterEach(() => map?.remove());

  it('reads Dutch feed text in Dutch on an English page: help bar, advice, actions and the place card', async () => {
    const guide = await adviceIn('en');
    const shadow = root(guide);
    const help = shadow.querySelector('.help')!;
    expect(languageOf(help, 'Veilig Thuis'), 'help line').to.equal('nl');
    expect(languageOf(help, 'Gratis en anoniem.'), 'its description').to.equal('nl');
    expect(languageOf(help, 'Gevaar? Bel 112'), 'danger line').to.equal('nl');
    expect(languageOf(help, 'Leave quickly'), '"Leave quickly"').to.equal('en');
    const advice = shadow.querySelector('.step--advice')!;
    expect(languageOf(advice, 'Het kind vertelt je iets'), 'title').to.equal('nl');
    expect(languageOf(advice, 'Beloof niet dat je het geheim houdt.'), 'action').to.equal('nl');
    expect(languageOf(advice, 'What can you do?'), 'heading of the actions').to.equal('en');
    const card = shadow.querySelector('.contact')!;
    // "CJG" is a glossary term (a button of its own); the rest of the name follows it.
    expect(languageOf(card.querySelector('.contact__name')!, 'Oost'), 'place name').to.equal('nl');
    const summary = card.querySelector('summary')!;
    expect(summary.textContent!.replace(/\s+/g, ' ').trim(), 'what a sighted visitor reads').to.equal('More about CJG Oost');
    expect(languageOf(summary, 'More about'), '"More about"').to.equal('en');
    expect(languageOf(summary, 'CJG Oost'), 'the name after it').to.equal('nl');
    await expect(guide).to.be.accessible();
  });

  it('names the place in Dutch in "Show on the map" and in what a screen reader hears after it', async () => {
    map = document.createElement('buurt-map');
    document.body.append(map);
    const guide = await adviceIn('en');
    const button = root(guide).querySelector<HTMLButtonElement>('.map-button')!;
    expect(languageOf(button, 'Show on the map')).to.equal('en');
    expect(languageOf(button.querySelector('.visually-hidden')!, 'CJG Oost')).to.equal('nl');
    button.click();
    await guide.updateComplete;
    const status = root(guide).querySelector('[role="status"]')!;
    expect(status.textContent!.replace(/\s+/g, ' ').trim()).to.equal('CJG Oost is selected on the map.');
    expect(languageOf(status, 'CJG Oost'), 'the name').to.equal('nl');
    expect(languageOf(status, 'is selected on the map.'), 'the sentence').to.equal('en');
    expect((map as HTMLElement & { selected?: string }).selected).to.equal('cjg-oost');
    await expect(guide).to.be.accessible();
  });

  it('marks nothing as Dutch when the feed has the English text', async () => {
    const guide = await adviceIn('en', withEnglish(dutchFeed()));
    const shadow = root(guide);
    expect(shadow.querySelector('.step--advice')!.textContent).to.include('EN Beloof niet dat je het geheim houdt.');
    expect(shadow.querySelector('.help')!.textContent).to.include('EN Veilig Thuis');
    expect(shadow.querySelector('summary')!.textContent).to.include('More about EN CJG Oost');
    expect(dutchMarks(shadow)).to.deep.equal([]);
    expect([...shadow.querySelectorAll('[lang]')].map((element) => element.outerHTML)).to.deep.equal([]);
    await expect(guide).to.be.accessible();
  });

  /** The explanation of glossary term `name` in the advice's place card, opened as a keyboard user would. */
  function explanationOf(guide: TestGuide, name: string): HTMLElement {
    const term = [...root(guide).querySelectorAll<HTMLButtonElement>('.contact .term__button')].find((button) => button.textContent === name)!;
    term.focus();
    expect(term.getAttribute('aria-expanded'), 'the explanation is open').to.equal('true');
    return root(guide).getElementById(term.getAttribute('aria-describedby')!)!;
  }

  it('reads an English glossary explanation in English inside Dutch feed text', async () => {
    // The place names are Dutch only; the glossary has English explanations.
    const feed = dutchFeed();
    feed['glossary'] = (feed['glossary'] as Array<Record<string, unknown>>).map((entry) => ({
      ...entry,
      explanation: { nl: entry['explanation'], en: `EN ${String(entry['explanation'])}` },
    }));
    const guide = await adviceIn('en', feed);
    const name = root(guide).querySelector('.contact__name')!;
    expect(languageOf(name, 'Oost'), 'the place name').to.equal('nl');
    const tip = explanationOf(guide, 'CJG');
    expect(tip.textContent).to.equal('EN Centrum voor Jeugd en Gezin: hier kun je vragen stellen over opvoeden.');
    expect(languageOf(tip, 'EN Centrum voor Jeugd en Gezin'), 'the explanation').to.equal('en');
    await expect(guide).to.be.accessible();
  });

  it('reads a Dutch-only glossary explanation in Dutch inside English feed text', async () => {
    // Every text in English too, except the glossary: its explanations fall back to Dutch.
    const feed = withEnglish(dutchFeed()) as Record<string, unknown>;
    feed['glossary'] = (dutchFeed()['glossary'] as unknown[]).map((entry) => ({ ...(entry as object) }));
    const guide = await adviceIn('en', feed);
    const name = root(guide).querySelector('.contact__name')!;
    expect(languageOf(name, 'EN'), 'the place name').to.equal('en');
    const tip = explanationOf(guide, 'CJG');
    expect(tip.textContent).to.equal('Centrum voor Jeugd en Gezin: hier kun je vragen stellen over opvoeden.');
    expect(languageOf(tip, 'Centrum voor Jeugd en Gezin'), 'the explanation').to.equal('nl');
    await expect(guide).to.be.accessible();
  });

  it('gives an explanation in the language of its text no lang of its own', async () => {
    const guide = await adviceIn('en');
    const tip = explanationOf(guide, 'CJG');
    expect(languageOf(tip, 'Centrum voor Jeugd en Gezin'), 'the explanation').to.equal('nl');
    expect(tip.hasAttribute('lang'), 'no lang of its own: the place name around it is marked Dutch').to.equal(false);
  });

  it('reads Dutch feed text in Dutch on an Arabic page, and the kit\'s words in Arabic', async () => {
    const guide = await adviceIn('ar');
    const advice = root(guide).querySelector('.step--advice')!;
    expect(languageOf(advice, 'Het kind vertelt je iets')).to.equal('nl');
    expect(languageOf(advice, 'Zeg tegen het kind dat je het gehoord hebt.')).to.equal('nl');
    expect(languageOf(advice, 'ماذا يمكنك أن تفعل؟')).to.equal('ar');
    const summary = advice.querySelector('summary')!;
    expect(languageOf(summary, 'المزيد عن')).to.equal('ar');
    expect(languageOf(summary, 'CJG Oost')).to.equal('nl');
    await expect(guide).to.be.accessible();
  });
});
