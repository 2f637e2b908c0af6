import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../harness/wait-until.js';
import '../../../src/components/signup/signup.js';
import type { BuurtSignup } from '../../../src/components/signup/signup.component.js';
import { dutchMarks, languageOf, withEnglish } from '../lang-of.js';
import { actionOf, fillValid, makeFeed, newStore, q, submit, waitForPhase } from './helpers.js';

/** A sign-up form for `store`'s receiver, with the kit's words in `lang`. */
async function signupIn(lang: string, store: string, feed: unknown = makeFeed()): Promise<BuurtSignup> {
  const el = await fixture<BuurtSignup>(html`<buurt-signup lang=${lang} .feed=${feed} .storage=${null} action=${actionOf(store)}></buurt-signup>`);
  const legend = { en: 'What would you like to help with?', ar: 'بماذا تريد أن تساعد؟' }[lang]!;
  await waitUntil(() => el.shadowRoot!.querySelector('legend')?.textContent!.includes(legend), `the form in ${lang}`);
  return el;
}

describe('<buurt-signup> language of parts (WCAG 3.1.2)', function () {
  this.timeout(30000);

  it('reads Dutch feed text in Dutch on an English page: the task\'s place and time, the neighbourhoods, and after sending', async () => {
    const store = await newStore();
    const el = await signupIn('en', store);
    const info = q(el, '#signup-task-0-info');
    expect(info.textContent!.replace(/\s+/g, ' '), 'what a sighted visitor reads').to.include('Where: De Kruimel').and.include('When: Woensdagochtend');
    expect(languageOf(info, 'Where:'), '"Where:"').to.equal('en');
    expect(languageOf(info, 'De Kruimel'), 'the place').to.equal('nl');
    expect(languageOf(info, 'When:'), '"When:"').to.equal('en');
    expect(languageOf(info, 'Woensdagochtend'), 'the time').to.equal('nl');
    expect(languageOf(info, 'Fatima'), 'a person\'s name stays in the sentence').to.equal('en');
    const area = q(el, '#signup-area');
    expect(languageOf(area, 'Boschveld'), 'neighbourhood').to.equal('nl');
    expect(languageOf(area, 'Choose your neighbourhood'), 'the empty choice').to.equal('en');
    await expect(el).to.be.accessible();

    await fillValid(el);
    submit(el);
    await waitForPhase(el, 'Thank you for signing up!');
    const status = q(el, '[part="status"]');
    expect(languageOf(status, 'De Kruimel neemt binnen een week contact met je op.'), 'follow-up').to.equal('nl');
    expect(languageOf(status, 'Thank you for signing up!'), 'title').to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('marks nothing as Dutch when the feed has the English text', async () => {
    const el = await signupIn('en', await newStore(), withEnglish(makeFeed()));
    const shadow = el.shadowRoot!;
    expect(q(el, '#signup-task-0-info').textContent).to.include('Where: EN De Kruimel').and.include('When: EN Woensdagochtend');
    expect(q(el, '#signup-area').textContent).to.include('EN Boschveld');
    expect(dutchMarks(shadow)).to.deep.equal([]);
    expect([...shadow.querySelectorAll('[lang]')].map((element) => element.outerHTML)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('reads Dutch feed text in Dutch on an Arabic page, and the kit\'s words in Arabic', async () => {
    const el = await signupIn('ar', await newStore());
    const info = q(el, '#signup-task-0-info');
    expect(languageOf(info, 'أين:')).to.equal('ar');
    expect(languageOf(info, 'De Kruimel')).to.equal('nl');
    expect(languageOf(q(el, '#signup-area'), 'Boschveld')).to.equal('nl');
    expect(languageOf(q(el, '.task__title'), 'Voorlezen bij De Kruimel')).to.equal('nl');
    await expect(el).to.be.accessible();
  });
});
