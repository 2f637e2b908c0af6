import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { DRAFT_PREFIX, OUTBOX_KEY, SETTLED_KEY } from '../../../src/components/signup/device.js';
import '../../../src/components/signup/signup.js';
import type { BuurtSignup } from '../../../src/components/signup/signup.component.js';
import { engine } from '../../harness/engine.js';
import { setViewport } from '../../harness/viewport.js';
import { waitUntil } from '../../harness/wait-until.js';
import { brokenWords } from '../words.js';
import { actionOf, fillValid, makeFeed, newStore, q, setDown, submit } from './helpers.js';

/** The sign-up form, 288 px wide (a 320 px phone less the page's margins), or `width`. */
async function narrowSignup(width = 288, lang = 'nl', store?: string): Promise<BuurtSignup> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <buurt-signup lang=${lang} .feed=${makeFeed()} action=${actionOf(store ?? (await newStore()))}></buurt-signup>
  </div>`);
  const signup = wrapper.querySelector('buurt-signup')!;
  await signup.updateComplete;
  return signup;
}

/**
 * The days and day parts as a resident with large text meets them: nothing scrolls sideways,
 * each box whole inside the element with the day beside it, and named by its day and part.
 */
function expectDaysReflowed(signup: BuurtSignup, partNames: string[], dayNames: string[]): void {
  const scroller = q(signup, '.grid-scroll');
  expect(scroller.scrollWidth, 'the days do not scroll sideways').to.be.at.most(scroller.clientWidth);
  const { left, right } = signup.getBoundingClientRect();
  const boxes = [...signup.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="availability"]')];
  expect(boxes, 'a box for each day and part').to.have.length(21);
  boxes.forEach((box, index) => {
    const label = box.labels![0]!;
    const name = label.querySelector('.visually-hidden')!.textContent!;
    const day = dayNames[index % 7]!;
    const part = partNames[Math.floor(index / 7)]!;
    expect(name.toLowerCase(), 'the box named by its day and part').to.include(day.toLowerCase()).and.include(part.toLowerCase());
    const rect = label.getBoundingClientRect();
    expect(rect.left, `"${name}" inside on the left`).to.be.at.least(left - 0.5);
    expect(rect.right, `"${name}" inside on the right`).to.be.at.most(right + 0.5);
    expect(Math.min(rect.width, rect.height), `"${name}" big enough to tap`).to.be.at.least(24);
    const beside = label.querySelector<HTMLElement>('.slot__day')!;
    expect(beside.getBoundingClientRect().width, `the day shown beside "${name}"`).to.be.greaterThan(0);
    const shown = beside.textContent!.trim().replace(/\.$/, '').toLowerCase();
    expect(name.toLowerCase().startsWith(shown), `"${name}" starts with "${shown}", the day shown beside it (WCAG 2.5.3)`).to.equal(true);
    const words = document.createRange();
    words.selectNodeContents(beside);
    expect(new Set([...words.getClientRects()].map((line) => Math.round(line.top))).size, `"${beside.textContent}" whole on one line`).to.equal(1);
    const square = box.getBoundingClientRect();
    expect(Math.min(square.width, square.height), `the box of "${name}" not squeezed`).to.be.at.least(parseFloat(getComputedStyle(signup).fontSize));
    expect(square.right, `the box of "${name}" inside`).to.be.at.most(right + 0.5);
  });
  const headers = [...signup.shadowRoot!.querySelectorAll<HTMLElement>('th[scope="row"]')];
  expect(headers.map((header) => header.textContent!.trim())).to.deep.equal(partNames);
  for (const header of headers) expect(header.getBoundingClientRect().width, 'each part a heading over its days').to.be.greaterThan(0);
}

const DUTCH_PARTS = ['Ochtend', 'Middag', 'Avond'];
const DUTCH_DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];

// A phone with the browser's text size at 200% (WCAG 1.4.4, 1.4.10): rem grows, the screen does not.
describe('<buurt-signup> with large text on a 320px phone', () => {
  beforeEach(() => {
    document.documentElement.style.fontSize = '200%';
  });

  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  it('keeps the talents and languages to choose from inside the element, so the page does not scroll sideways', async () => {
    const signup = await narrowSignup();
    const right = signup.getBoundingClientRect().right;
    const choices = [...signup.shadowRoot!.querySelectorAll('.choices .choice')];
    expect(choices.length, 'talents and languages shown').to.be.greaterThan(2);
    for (const choice of choices) {
      expect(choice.getBoundingClientRect().right, `"${choice.textContent!.trim()}" inside`).to.be.at.most(right + 0.5);
    }
    await expect(signup).to.be.accessible();
  });

  it('turns the table of days into a group per day part instead of scrolling sideways on a 320px phone', async () => {
    const signup = await narrowSignup();
    expectDaysReflowed(signup, DUTCH_PARTS, DUTCH_DAYS);
    // Two days a line, the second beside the first.
    const [monday, tuesday, wednesday] = [...signup.shadowRoot!.querySelectorAll('.slot')].map((slot) => slot.getBoundingClientRect());
    expect(tuesday!.top, 'dinsdag beside maandag').to.be.closeTo(monday!.top, 0.5);
    expect(wednesday!.top, 'woensdag under maandag').to.be.at.least(monday!.bottom - 0.5);
    // The day beside a box is part of what can be tapped.
    const day = signup.shadowRoot!.querySelector<HTMLElement>('.slot__day')!;
    day.click();
    expect(signup.shadowRoot!.querySelector<HTMLInputElement>('input[name="availability"]')!.checked, 'tapping "ma" ticks maandag ochtend').to.equal(true);
    await expect(signup).to.be.accessible();
  });

  it('turns the table of days into groups on a 390px phone too', async () => {
    const signup = await narrowSignup(358);
    expectDaysReflowed(signup, DUTCH_PARTS, DUTCH_DAYS);
    await expect(signup).to.be.accessible();
  });

  it('keeps each English day whole beside a box of full size', async () => {
    const signup = await narrowSignup(288, 'en');
    await waitUntil(() => q(signup, 'th[scope="row"]').textContent!.trim() === 'Morning', 'English loaded');
    expectDaysReflowed(signup, ['Morning', 'Afternoon', 'Evening'], ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    await expect(signup).to.be.accessible();
  });

  it('writes the days out beside the boxes in Arabic, right to left, one under the other', async () => {
    const signup = await narrowSignup(288, 'ar');
    await waitUntil(() => q(signup, 'th[scope="row"]').textContent!.trim() !== 'Ochtend', 'Arabic loaded');
    expect(signup.getAttribute('dir')).to.equal('rtl');
    const days = [...Array(7).keys()].map((day) => new Intl.DateTimeFormat('ar', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + day, 12))));
    const parts = [...signup.shadowRoot!.querySelectorAll('th[scope="row"]')].map((header) => header.textContent!.trim());
    expectDaysReflowed(signup, parts, days);
    const slot = q(signup, '.slot');
    const box = slot.querySelector('input')!.getBoundingClientRect();
    expect(box.left, 'the box right of its day').to.be.greaterThan(slot.querySelector('.slot__day')!.getBoundingClientRect().right - 0.5);
    expect(slot.querySelector('.slot__day')!.textContent, 'the whole day, not one letter').to.equal(days[0]);
    await expect(signup).to.be.accessible();
  });

  for (const lang of ['tr', 'uk', 'pl']) {
    it(`writes the days out beside the boxes in ${lang}, whose short day names are not the start of the day's name`, async () => {
      const signup = await narrowSignup(288, lang);
      await waitUntil(() => q(signup, 'th[scope="row"]').textContent!.trim() !== 'Ochtend', `${lang} loaded`);
      const days = [...Array(7).keys()].map((day) => new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + day, 12))));
      const parts = [...signup.shadowRoot!.querySelectorAll('th[scope="row"]')].map((header) => header.textContent!.trim());
      expectDaysReflowed(signup, parts, days);
      expect(q(signup, '.slot__day').textContent, 'the whole day').to.equal(days[0]);
      await expect(signup).to.be.accessible();
    });
  }

  it('shows the error summary from its heading when it is taller than the screen', async () => {
    const signup = await narrowSignup();
    // The visitor pressed "Verstuur" at the bottom of the form.
    q(signup, 'button[type="submit"]').scrollIntoView();
    submit(signup);
    await waitUntil(() => signup.shadowRoot!.activeElement?.matches('.error-summary'), 'the error summary focused');
    const summary = q(signup, '.error-summary');
    expect(summary.getBoundingClientRect().height, 'a summary taller than the screen').to.be.greaterThan(window.innerHeight);
    const heading = summary.querySelector('h2')!.getBoundingClientRect();
    expect(heading.top, '"Er is een probleem" not above the screen').to.be.at.least(0);
    expect(heading.bottom, '"Er is een probleem" not below the screen').to.be.at.most(window.innerHeight);
    await expect(signup).to.be.accessible();
  });
});

describe('<buurt-signup> at normal text on a 320px phone', () => {
  it('keeps the table of days: the days as columns above the boxes, no day beside each box', async () => {
    const signup = await narrowSignup();
    const headers = [...signup.shadowRoot!.querySelectorAll('th[scope="col"] abbr')];
    expect(headers.map((abbr) => abbr.textContent)).to.deep.equal(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']);
    for (const abbr of headers) expect(abbr.getBoundingClientRect().width, `"${abbr.textContent}" shown`).to.be.greaterThan(0);
    const boxes = [...signup.shadowRoot!.querySelectorAll('.slot')].map((slot) => slot.getBoundingClientRect());
    expect(boxes[6]!.top, 'the seven days of a part on one line').to.be.closeTo(boxes[0]!.top, 0.5);
    for (const day of signup.shadowRoot!.querySelectorAll<HTMLElement>('.slot__day')) expect(day.getBoundingClientRect().width).to.equal(0);
    await expect(signup).to.be.accessible();
  });

  // 'Mon', 'pon.', '周一': the columns of a 320px phone broke them inside the word ('Mo' over 'n').
  // The first day part in each language: the kit has no French or Chinese, so those are Dutch.
  const morning = { nl: 'Ochtend', en: 'Morning', pl: 'Rano', fr: 'Ochtend', zh: 'Ochtend' };
  for (const [lang, width] of [['nl', 288], ['en', 288], ['pl', 288], ['fr', 288], ['zh', 288], ['en', 358], ['pl', 358], ['fr', 358]] as const) {
    it(`shows each ${lang} day whole on one line, ${width + 32}px wide, without sideways scrolling`, async () => {
      const signup = await narrowSignup(width, lang);
      const monday = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1, 12)));
      await waitUntil(() => q(signup, 'abbr').title.toLowerCase() === monday.toLowerCase(), `the ${lang} days`);
      await waitUntil(() => q(signup, 'th[scope="row"]').textContent!.trim() === morning[lang], `the ${lang} day parts`);
      const scroller = q(signup, '.grid-scroll');
      expect(scroller.scrollWidth, 'the days do not scroll sideways').to.be.at.most(scroller.clientWidth);
      const shown = [...signup.shadowRoot!.querySelectorAll<HTMLElement>('th[scope="col"] abbr, .slot__day')].filter((day) => day.getBoundingClientRect().width > 0);
      expect(shown.length, 'the days shown, above the boxes or beside each').to.be.at.least(7);
      for (const day of shown) {
        const words = document.createRange();
        words.selectNodeContents(day);
        expect(new Set([...words.getClientRects()].map((line) => Math.round(line.top))).size, `"${day.textContent}" whole on one line`).to.equal(1);
      }
      for (const slot of signup.shadowRoot!.querySelectorAll('.slot')) {
        const { width: slotWidth, height } = slot.getBoundingClientRect();
        expect(Math.min(slotWidth, height), 'target size').to.be.at.least(24);
      }
      await expect(signup).to.be.accessible();
    });
  }
});

// With 200% text the page's margins of 1rem take 32px a side: the form is 256px wide on a 320px
// phone, 8 times its text size. Padding of 1.25 times the text size a side broke the buttons'
// words ('Aanmeld|en', 'Записати|ся', 'Verwijd|eren', 'Iemand anders aanm|elden').
describe('<buurt-signup> buttons with large text on a phone', () => {
  beforeEach(() => {
    document.documentElement.style.fontSize = '200%';
  });

  // A sign-up left waiting or a draft would show in the next test's form.
  afterEach(() => {
    document.documentElement.style.fontSize = '';
    fixtureCleanup();
    for (const key of Object.keys(localStorage)) if (key === OUTBOX_KEY || key === SETTLED_KEY || key.startsWith(DRAFT_PREFIX)) localStorage.removeItem(key);
  });

  const buttonWords = (signup: BuurtSignup, selector: string): string[] => {
    const buttons = [...signup.shadowRoot!.querySelectorAll(selector)];
    expect(buttons.length, `buttons ${selector}`).to.be.greaterThan(0);
    return buttons.flatMap(brokenWords);
  };

  for (const [lang, width] of [['nl', 256], ['en', 256], ['ar', 256], ['pl', 256], ['tr', 256], ['uk', 256], ['nl', 326], ['uk', 326]] as const) {
    it(`keeps each word of a button on one line, on the form, a sign-up waiting and sent, ${width + 64}px wide (${lang})`, async () => {
      const store = await newStore();
      const signup = await narrowSignup(width, lang, store);
      const dayPart = () => signup.shadowRoot!.querySelector('th[scope="row"]')?.textContent!.trim();
      await waitUntil(() => dayPart() && (lang === 'nl' || dayPart() !== 'Ochtend'), `${lang} loaded`);
      expect(buttonWords(signup, '.buttons .button'), 'the form').to.deep.equal([]);
      await setDown(store, true);
      await fillValid(signup);
      submit(signup);
      await waitUntil(() => signup.shadowRoot!.querySelector('.outbox .button'), 'the sign-up waiting, with retry and remove');
      expect(buttonWords(signup, '.outbox .button'), 'a sign-up waiting').to.deep.equal([]);
      await expect(signup).to.be.accessible();
      await setDown(store, false);
      await waitUntil(() => signup.shadowRoot!.querySelector('.panel--success .button'), 'the sign-up sent', { timeout: 15000 });
      expect(buttonWords(signup, '.panel--success .button'), 'sent').to.deep.equal([]);
      await expect(signup).to.be.accessible();
    });
  }
});

// The labels beside checkboxes with 200% text on a phone: a box of 1.5 times the text size and
// its gap took 64px of each line, and the tasks' padding 48px more ('Voorleze|n bij',
// 'Nederlands|e', 'vrijwilligers|werk.'). The sample's tasks, in each language.
// WebKit's MiniBrowser window cannot be narrower than 447px.
(engine === 'webkit' ? describe.skip : describe)(`<buurt-signup> labels beside checkboxes with large text on a phone${engine === 'webkit' ? ' (not in WebKit: its window is wider than a phone)' : ''}`, () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  for (const phone of [320, 390]) {
    for (const lang of ['nl', 'en', 'ar', 'pl', 'tr', 'uk']) {
      it(`keeps the words of each label whole on a ${phone}px phone (${lang})`, async function () {
        const response = await fetch('/demo/feeds/den-bosch.json');
        if (!response.ok) this.skip();
        const feed = (await response.json()) as Record<string, unknown>;
        await setViewport({ width: phone, height: 640 });
        document.documentElement.style.fontSize = '200%';
        // The page's margins of 1rem, 32px a side at this text size.
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${phone - 64}px">
          <buurt-signup lang=${lang} .feed=${feed} action=${actionOf(await newStore())}></buurt-signup>
        </div>`);
        const signup = wrapper.querySelector('buurt-signup')!;
        const dayPart = () => signup.shadowRoot!.querySelector('th[scope="row"]')?.textContent!.trim();
        await waitUntil(() => dayPart() && (lang === 'nl' || dayPart() !== 'Ochtend'), `${lang} loaded`);
        const labels = [...signup.shadowRoot!.querySelectorAll('.choice label')];
        expect(labels.length, 'tasks, talents, languages, age and consent').to.be.greaterThan(20);
        // A word may break only when it is wider than a task's line beside a box of the text size
        // and a gap of a quarter of it, inside the task's border and padding of a quarter.
        const em = parseFloat(getComputedStyle(signup).fontSize);
        const line = signup.getBoundingClientRect().width - 2 - 2 * 0.25 * em - 1.25 * em;
        expect(labels.flatMap((label) => brokenWords(label, line)), `words narrower than ${Math.round(line)}px broken beside a checkbox`).to.deep.equal([]);
        // With the errors of an empty form: a field with an error has a red line and padding on its side.
        submit(signup);
        await waitUntil(() => signup.shadowRoot!.querySelector('.field--error .task__title'), 'the tasks marked with an error');
        const withError = [...signup.shadowRoot!.querySelectorAll('.field--error .choice label')];
        expect(withError.length, 'labels in fields with an error').to.be.greaterThan(0);
        expect(withError.flatMap((label) => brokenWords(label, line - 4 - 0.25 * em)), 'words broken beside a checkbox in a field with an error').to.deep.equal([]);
        await expect(signup).to.be.accessible();
        for (const box of signup.shadowRoot!.querySelectorAll<HTMLInputElement>('.choice input')) {
          const { width, height } = box.getBoundingClientRect();
          expect(Math.min(width, height), 'a checkbox of at least 24px').to.be.at.least(24);
        }
        await expect(signup).to.be.accessible();
      });
    }
  }
});
