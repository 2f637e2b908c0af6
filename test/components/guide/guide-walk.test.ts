import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  button,
  choiceButtons,
  currentStep,
  guideWithFeed,
  heading,
  headingText,
  loadSampleFeed,
  root,
  sampleLikeFeed,
  type TestGuide,
} from './helpers.js';
import { pathsFromData, walkEveryPath } from './walk.js';

type RawGuide = Parameters<typeof pathsFromData>[0] & { steps: Array<{ type: string; id: string; choices?: Array<{ label: unknown; next: string }> }> };

function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function sampleGuide(): Promise<{ feed: Record<string, unknown>; guide: RawGuide }> {
  const feed = await loadSampleFeed();
  expect(feed, 'demo/feeds/den-bosch.json is served').to.not.equal(undefined);
  const guide = (feed!['guides'] as RawGuide[]).find((g) => g.id === 'zorgen-om-een-kind');
  expect(guide, 'the sample has the guide zorgen-om-een-kind').to.not.equal(undefined);
  return { feed: feed!, guide: guide! };
}

describe('<buurt-guide>: every path', function () {
  this.timeout(180_000);

  it('walks every path of the sample guide "zorgen-om-een-kind" by clicking, with axe at each step', async () => {
    const { feed, guide: data } = await sampleGuide();
    const expected = pathsFromData(data);
    const guide = await guideWithFeed(feed, { guide: 'zorgen-om-een-kind' });
    const started = performance.now();
    const walked = await walkEveryPath(guide);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`sample guide: ${walked.length} paths, ${data.steps.length} steps, walked in ${seconds}s`);
    expect(walked.map((p) => p.join(' > ')).sort()).to.deep.equal(expected.map((p) => p.join(' > ')).sort());
    const seen = new Set(walked.flat());
    expect([...seen].sort()).to.deep.equal(data.steps.map((s) => s.id).sort());
    // Every path of a well-formed guide ends in advice.
    const types = new Map(data.steps.map((s) => [s.id, s.type]));
    for (const path of walked) expect(path.some((id) => types.get(id) === 'advice'), path.join(' > ')).to.equal(true);
  });

  it('walks every path of a small inline guide the same way', async () => {
    const feed = sampleLikeFeed();
    const data = (feed['guides'] as RawGuide[])[0]!;
    const guide = await guideWithFeed(feed);
    const walked = await walkEveryPath(guide);
    expect(walked.map((p) => p.join(' > ')).sort()).to.deep.equal(pathsFromData(data).map((p) => p.join(' > ')).sort());
  });

  it('can be used with the keyboard alone, from the first question to advice and back', async () => {
    const { feed, guide: data } = await sampleGuide();
    // The longest path to advice, so the run passes as many questions as the guide has.
    const types = new Map(data.steps.map((s) => [s.id, s.type]));
    const toAdvice = pathsFromData(data)
      .map((path) => path.slice(0, path.findIndex((id) => types.get(id) === 'advice') + 1))
      .filter((path) => path.length > 0)
      .sort((a, b) => b.length - a.length)[0]!;
    expect(toAdvice.length).to.be.at.least(3);
    const steps = new Map(data.steps.map((s) => [s.id, s]));

    const guide: TestGuide = await guideWithFeed(feed, { guide: 'zorgen-om-een-kind' });
    (document.activeElement as HTMLElement | null)?.blur();
    for (let index = 0; index < toAdvice.length - 1; index++) {
      const step = steps.get(toAdvice[index]!)!;
      const next = toAdvice[index + 1]!;
      const choiceIndex = step.choices!.findIndex((choice) => choice.next === next);
      const wanted = choiceButtons(guide)[choiceIndex]!;
      let presses = 0;
      while (deepActive() !== wanted) {
        await sendKeys({ press: 'Tab' });
        if (++presses > 40) throw new Error(`could not reach the choice for ${next} with Tab`);
      }
      // ' ' is Space: the one name for it that every engine's driver knows.
      await sendKeys({ press: index % 2 === 0 ? 'Enter' : ' ' });
      await guide.updateComplete;
      expect(currentStep(guide)).to.equal(next);
      expect(deepActive(), 'focus moves to the new heading').to.equal(heading(guide));
    }
    expect(root(guide).querySelector('.step--advice')).to.not.equal(null);

    // Back with the keyboard: Tab to it, Enter, and focus is on the question again.
    const back = button(guide, '.back')!;
    let presses = 0;
    while (deepActive() !== back) {
      await sendKeys({ press: 'Tab' });
      if (++presses > 80) throw new Error('could not reach Back with Tab');
    }
    const before = toAdvice[toAdvice.length - 2]!;
    await sendKeys({ press: 'Enter' });
    await guide.updateComplete;
    expect(currentStep(guide)).to.equal(before);
    expect(deepActive()).to.equal(heading(guide));
    expect(headingText(guide)).to.not.equal('');
  });
});
