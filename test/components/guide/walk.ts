import { expect } from '@open-wc/testing';
import {
  button,
  choiceButtons,
  click,
  currentStep,
  heading,
  headingText,
  helpLineVisible,
  root,
  type TestGuide,
} from './helpers.js';

interface RawStep {
  type: string;
  id: string;
  choices?: Array<{ next: string }>;
}

interface RawGuide {
  id: string;
  start: string;
  steps: RawStep[];
}

/**
 * Every complete path through a guide, from the data alone (independent of the element):
 * a path ends at a step without choices, or where a choice leads back to a step already on
 * the path (the element then returns there).
 */
export function pathsFromData(guide: RawGuide, start = guide.start): string[][] {
  const steps = new Map(guide.steps.map((step) => [step.id, step]));
  const paths: string[][] = [];
  const visit = (path: string[]): void => {
    const step = steps.get(path[path.length - 1]!)!;
    const choices = (step.choices ?? []).filter((choice) => steps.has(choice.next));
    if (choices.length === 0) paths.push(path);
    for (const choice of choices) {
      if (path.includes(choice.next)) paths.push([...path, choice.next]);
      else visit([...path, choice.next]);
    }
  };
  visit([start]);
  return paths;
}

export interface WalkOptions {
  /** Run axe on every visited step (slow; on by default). */
  axe?: boolean;
  /** Extra checks at every step. */
  check?: (guide: TestGuide) => void | Promise<void>;
}

/**
 * Walks every path of the guide on screen by clicking its real buttons, depth first: each
 * choice is taken, explored, and undone with Back (checking Back restores the question);
 * a choice that returns to an earlier step is undone by Start again and replaying the
 * choices. Returns each complete path as the step ids seen.
 */
export async function walkEveryPath(guide: TestGuide, options: WalkOptions = {}): Promise<string[][]> {
  const paths: string[][] = [];
  const lastPath = () => guide.steps[guide.steps.length - 1]!.path;

  const replay = async (indices: number[]): Promise<void> => {
    // At the first step there is nothing to restart.
    const restart = button(guide, '.restart');
    if (restart) await click(guide, restart);
    for (const index of indices) await click(guide, choiceButtons(guide)[index]!);
  };

  const checkStep = async (): Promise<void> => {
    expect(headingText(guide), `heading of ${currentStep(guide)}`).to.not.equal('');
    expect(helpLineVisible(guide), `help line at ${currentStep(guide)}`).to.equal(true);
    const hasWayOn = choiceButtons(guide).length > 0 || button(guide, '.back') !== null || button(guide, '.restart') !== null;
    expect(hasWayOn, `a way forward or back at ${currentStep(guide)}`).to.equal(true);
    if (options.axe !== false) await expect(guide).to.be.accessible();
    await options.check?.(guide);
  };

  const visit = async (indices: number[]): Promise<void> => {
    await checkStep();
    const here = lastPath();
    const count = choiceButtons(guide).length;
    if (count === 0) paths.push(here);
    for (let index = 0; index < count; index++) {
      const label = choiceButtons(guide)[index]!.textContent!.trim();
      await click(guide, choiceButtons(guide)[index]!);
      expect(root(guide).activeElement ?? null, 'focus on the new heading').to.equal(heading(guide));
      const there = lastPath();
      if (there.length === here.length + 1 && there.slice(0, -1).join() === here.join()) {
        await visit([...indices, index]);
        await click(guide, button(guide, '.back'));
        expect(lastPath(), 'Back returns to the question').to.deep.equal(here);
        const marked = choiceButtons(guide).findIndex((choice) => choice.classList.contains('choice--previous'));
        expect(marked, `Back marks "${label}" as chosen`).to.equal(index);
      } else {
        // Back to an earlier step: the path is cut there, never longer than the guide.
        const target = there[there.length - 1]!;
        expect(here).to.include(target);
        expect(there).to.deep.equal(here.slice(0, here.indexOf(target) + 1));
        await checkStep();
        paths.push([...here, target]);
        await replay(indices);
        expect(lastPath()).to.deep.equal(here);
      }
    }
  };

  await visit([]);
  return paths;
}
