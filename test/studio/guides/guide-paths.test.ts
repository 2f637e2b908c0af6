import { expect } from '@open-wc/testing';
import { validateFeed } from '../../../src/feed/validate.js';
import {
  analyzeGuide,
  analyzeGuides,
  guideProblems,
  MAX_PATHS,
  NO_CONTACT_CODE,
  type GuideAnalysis,
  type GuideIssue,
} from '../../../src/studio/model/guide-paths.js';

type Choice = [label: string, next?: string];

const places = new Set(['cjg', 'kruimel']);

function q(id: string, ...choices: Choice[]) {
  return { type: 'question', id, text: `Vraag ${id}`, choices: choices.map(([label, next]) => (next === undefined ? { label } : { label, next })) };
}

function a(id: string, contacts: unknown[] = [{ type: 'place', place: 'cjg' }], choices: Choice[] = []) {
  return {
    type: 'advice',
    id,
    title: `Advies ${id}`,
    actions: ['Bel'],
    contacts,
    ...(choices.length ? { choices: choices.map(([label, next]) => ({ label, next })) } : {}),
  };
}

function guide(steps: unknown[], extra: Record<string, unknown> = {}) {
  return { id: 'g', title: 'Zorgen', start: (steps[0] as { id?: string } | undefined)?.id, steps, ...extra };
}

/** A path as ids and choice labels: "q1 >Ja> a1". */
function pathsOf(analysis: GuideAnalysis, raw: { steps: unknown[] }): string[] {
  const steps = raw.steps as Array<{ choices: Array<{ label: string }> }>;
  return analysis.paths.map((path) =>
    path.legs
      .map((leg) => {
        const step = analysis.steps[leg.step]!;
        return leg.choice === undefined ? step.id : `${step.id} >${steps[leg.step]!.choices[leg.choice]!.label}>`;
      })
      .join(' '),
  );
}

function kinds(analysis: GuideAnalysis): string[] {
  return analysis.issues.map((issue) => issue.kind + ('reason' in issue ? `:${issue.reason}` : ''));
}

function only<K extends GuideIssue['kind']>(analysis: GuideAnalysis, kind: K): Array<Extract<GuideIssue, { kind: K }>> {
  return analysis.issues.filter((issue): issue is Extract<GuideIssue, { kind: K }> => issue.kind === kind);
}

describe('analyzeGuide: paths', () => {
  it('lists every way from the start to an advice, in the order of the choices, with no problems in a sound guide', () => {
    const raw = guide([q('q1', ['Ja', 'a1'], ['Nee', 'q2']), q('q2', ['Thuis', 'a2'], ['Op school', 'a3']), a('a1'), a('a2'), a('a3')]);
    const analysis = analyzeGuide(raw, { places });
    expect(analysis.start).to.equal(0);
    expect(pathsOf(analysis, raw)).to.deep.equal(['q1 >Ja> a1', 'q1 >Nee> q2 >Thuis> a2', 'q1 >Nee> q2 >Op school> a3']);
    expect(analysis.paths[1]!.legs).to.deep.equal([{ step: 0, choice: 1 }, { step: 1, choice: 0 }, { step: 3 }]);
    expect(analysis.truncated).to.equal(false);
    expect(analysis.issues).to.deep.equal([]);
    expect(analysis.steps.map((s) => [s.id, s.type, s.label, s.path, s.usable])).to.deep.equal([
      ['q1', 'question', 'Vraag q1', 'guides[0].steps[0]', true],
      ['q2', 'question', 'Vraag q2', 'guides[0].steps[1]', true],
      ['a1', 'advice', 'Advies a1', 'guides[0].steps[2]', true],
      ['a2', 'advice', 'Advies a2', 'guides[0].steps[3]', true],
      ['a3', 'advice', 'Advies a3', 'guides[0].steps[4]', true],
    ]);
  });

  it('lists both ways of a diamond to the same advice, and calls neither a loop', () => {
    const raw = guide([q('q1', ['Links', 'q2'], ['Rechts', 'q3']), q('q2', ['Verder', 'a1']), q('q3', ['Verder', 'a1']), a('a1')]);
    const analysis = analyzeGuide(raw, { places });
    expect(pathsOf(analysis, raw)).to.deep.equal(['q1 >Links> q2 >Verder> a1', 'q1 >Rechts> q3 >Verder> a1']);
    expect(analysis.issues).to.deep.equal([]);
  });

  it('starts at the step named by start, wherever it sits in the list, and gives paths for the guide index asked', () => {
    const raw = guide([a('a1'), q('q1', ['Ja', 'a1'])], { start: 'q1' });
    const analysis = analyzeGuide(raw, { places, index: 3 });
    expect(analysis.start).to.equal(1);
    expect(pathsOf(analysis, raw)).to.deep.equal(['q1 >Ja> a1']);
    expect(analysis.steps[0]!.path).to.equal('guides[3].steps[0]');
  });

  it('has one path when the guide starts with an advice', () => {
    const analysis = analyzeGuide(guide([a('a1')]), { places });
    expect(analysis.paths).to.deep.equal([{ legs: [{ step: 0 }] }]);
  });

  it('stops at maxPaths in a big guide, says so, and still finds a loop at its far end', () => {
    // 12 questions in a row, three choices each to the next one: 3^12 = 531441 paths.
    const steps: unknown[] = [];
    for (let i = 0; i < 12; i++) steps.push(q(`q${i}`, ['a', `q${i + 1}`], ['b', `q${i + 1}`], ['c', `q${i + 1}`]));
    steps.push(q('q12', ['Klaar', 'a1'], ['Opnieuw', 'q11']), a('a1'));
    const analysis = analyzeGuide(guide(steps), { places });
    expect(analysis.paths.length).to.equal(MAX_PATHS);
    expect(analysis.truncated).to.equal(true);
    expect(only(analysis, 'loop').map((loop) => loop.cycle)).to.deep.equal([[11, 12]]);

    const few = analyzeGuide(guide(steps), { places, maxPaths: 5 });
    expect([few.paths.length, few.truncated]).to.deep.equal([5, true]);
  });

  it('walks a chain of 5000 questions without overflowing the stack', () => {
    const steps: unknown[] = [];
    for (let i = 0; i < 5000; i++) steps.push(q(`q${i}`, ['Verder', i === 4999 ? 'a1' : `q${i + 1}`]));
    steps.push(a('a1'));
    const analysis = analyzeGuide(guide(steps), { places });
    expect(analysis.paths).to.have.length(1);
    expect(analysis.paths[0]!.legs).to.have.length(5001);
    expect(analysis.issues).to.deep.equal([]);
  });
});

describe('analyzeGuide: loops', () => {
  it('reports a loop of questions once, as its steps in order and the choice that closes it', () => {
    const raw = guide([q('q1', ['Verder', 'q2']), q('q2', ['Verder', 'q3']), q('q3', ['Terug', 'q1'], ['Klaar', 'a1']), a('a1')]);
    const analysis = analyzeGuide(raw, { places });
    expect(only(analysis, 'loop')).to.deep.equal([
      { kind: 'loop', path: 'guides[0].steps[2].choices[0]', step: 2, choice: 0, cycle: [0, 1, 2] },
    ]);
    // The loop is not a path; the way out of it is.
    expect(pathsOf(analysis, raw)).to.deep.equal(['q1 >Verder> q2 >Verder> q3 >Klaar> a1']);
  });

  it('reports a choice that leads back to its own question', () => {
    const raw = guide([q('q1', ['Nog eens', 'q1'], ['Verder', 'a1']), a('a1')]);
    const analysis = analyzeGuide(raw, { places });
    expect(only(analysis, 'loop')).to.deep.equal([{ kind: 'loop', path: 'guides[0].steps[0].choices[0]', step: 0, choice: 0, cycle: [0] }]);
    expect(pathsOf(analysis, raw)).to.deep.equal(['q1 >Verder> a1']);
  });

  it('reports two questions that point at each other as one loop, however the paths enter it', () => {
    const raw = guide([q('q0', ['Naar 1', 'q1'], ['Naar 2', 'q2']), q('q1', ['Naar 2', 'q2'], ['Klaar', 'a1']), q('q2', ['Naar 1', 'q1']), a('a1')]);
    const analysis = analyzeGuide(raw, { places });
    expect(only(analysis, 'loop').map((loop) => loop.cycle)).to.deep.equal([[1, 2]]);
    expect(pathsOf(analysis, raw)).to.deep.equal(['q0 >Naar 1> q1 >Klaar> a1', 'q0 >Naar 2> q2 >Naar 1> q1 >Klaar> a1']);
  });

  it('does not call a way back from an advice a loop: the visitor has had their advice', () => {
    const raw = guide([q('q1', ['Ja', 'a1']), a('a1', undefined, [['Ik wil nog iets anders weten', 'q1']])]);
    const analysis = analyzeGuide(raw, { places });
    expect(analysis.issues).to.deep.equal([]);
    expect(pathsOf(analysis, raw)).to.deep.equal(['q1 >Ja> a1']);
  });

  it('says which questions can never lead to advice when a loop has no way out', () => {
    const raw = guide([q('q1', ['Verder', 'q2']), q('q2', ['Terug', 'q1']), a('a1')]);
    const analysis = analyzeGuide(raw, { places });
    expect(analysis.paths).to.deep.equal([]);
    expect(kinds(analysis)).to.have.members(['loop', 'unreachable', 'no-advice', 'no-advice']);
    expect(only(analysis, 'no-advice').map((issue) => issue.step)).to.deep.equal([0, 1]);
    expect(only(analysis, 'unreachable').map((issue) => issue.path)).to.deep.equal(['guides[0].steps[2]']);
  });
});

describe('analyzeGuide: dead ends, unreachable steps, start', () => {
  it('reports a choice without next as a dead end at that choice', () => {
    const raw = guide([q('q1', ['Ja', 'a1'], ['Nee']), a('a1')]);
    const analysis = analyzeGuide(raw, { places, index: 2 });
    expect(only(analysis, 'dead-end')).to.deep.equal([
      { kind: 'dead-end', reason: 'no-next', path: 'guides[2].steps[0].choices[1]', step: 0, choice: 1 },
    ]);
    expect(pathsOf(analysis, raw)).to.deep.equal(['q1 >Ja> a1']);
  });

  it('reports an empty next as a missing one', () => {
    const raw = guide([q('q1', ['Ja', 'a1'], ['Nee', '  ']), a('a1')]);
    expect(kinds(analyzeGuide(raw, { places }))).to.deep.equal(['dead-end:no-next']);
  });

  it('reports a choice to a step that does not exist, with the id it names', () => {
    const raw = guide([q('q1', ['Ja', 'a1'], ['Nee', 'q9']), a('a1')]);
    expect(only(analyzeGuide(raw, { places }), 'dead-end')).to.deep.equal([
      { kind: 'dead-end', reason: 'unknown-step', path: 'guides[0].steps[0].choices[1]', step: 0, choice: 1, target: 'q9' },
    ]);
  });

  it('tells a step that is not filled in yet apart from one that does not exist, and what lies behind it is unreachable', () => {
    const empty = { ...q('q2', ['Verder', 'a2']), text: '' };
    const raw = guide([q('q1', ['Ja', 'a1'], ['Nee', 'q2']), empty, a('a1'), a('a2')]);
    const analysis = analyzeGuide(raw, { places });
    expect(analysis.steps[1]!.usable).to.equal(false);
    expect(analysis.steps[1]!.id).to.equal('q2');
    expect(only(analysis, 'dead-end')).to.deep.equal([
      { kind: 'dead-end', reason: 'incomplete-step', path: 'guides[0].steps[0].choices[1]', step: 0, choice: 1, target: 'q2' },
    ]);
    expect(only(analysis, 'unreachable').map((issue) => issue.step)).to.deep.equal([3]);
  });

  it('reports a question without choices as a dead end at the step', () => {
    const raw = guide([q('q1', ['Ja', 'a1'], ['Nee', 'q2']), q('q2'), a('a1')]);
    const analysis = analyzeGuide(raw, { places });
    expect(only(analysis, 'dead-end')).to.deep.equal([{ kind: 'dead-end', reason: 'no-choices', path: 'guides[0].steps[1]', step: 1 }]);
  });

  it('reports a step no choice leads to', () => {
    const raw = guide([q('q1', ['Ja', 'a1']), a('a1'), a('a2')]);
    expect(only(analyzeGuide(raw, { places }), 'unreachable')).to.deep.equal([{ kind: 'unreachable', path: 'guides[0].steps[2]', step: 2 }]);
  });

  it('starts at the first step when start is missing, and says so', () => {
    const raw = guide([q('q1', ['Ja', 'a1']), a('a1')], { start: undefined });
    const analysis = analyzeGuide(raw, { places });
    expect(analysis.start).to.equal(0);
    expect(analysis.issues).to.deep.equal([{ kind: 'start', reason: 'missing', path: 'guides[0].start' }]);
    expect(analysis.paths).to.have.length(1);
  });

  it('starts at the first step when start names no step, and says which id it named', () => {
    const raw = guide([q('q1', ['Ja', 'a1']), a('a1')], { start: 'begin' });
    const analysis = analyzeGuide(raw, { places });
    expect(analysis.start).to.equal(0);
    expect(analysis.issues).to.deep.equal([{ kind: 'start', reason: 'unknown', path: 'guides[0].start', target: 'begin' }]);
  });

  it('reports a guide without usable steps, and never throws on what is not a guide', () => {
    for (const raw of [guide([]), guide([{ type: 'question', id: 'q1' }]), null, 'gids', 7, [], { steps: 'x' }, { steps: [null, 3, { type: 'kies' }] }]) {
      const analysis = analyzeGuide(raw, { places });
      expect(analysis.start, JSON.stringify(raw)).to.equal(undefined);
      expect(analysis.paths).to.deep.equal([]);
      expect(kinds(analysis)).to.include('no-steps');
    }
    expect(analyzeGuide({ steps: [null, { type: 'kies' }] }).steps.map((s) => s.type)).to.deep.equal(['unknown', 'unknown']);
  });

  it('ties the steps to their place in the list when an earlier step has the same id', () => {
    const raw = guide([q('q1', ['Ja', 'a1']), a('a1'), { ...a('a1'), title: 'Tweede' }, a('a2')]);
    const analysis = analyzeGuide(raw, { places });
    expect(analysis.steps.map((s) => s.usable)).to.deep.equal([true, true, false, true]);
    expect(only(analysis, 'unreachable').map((issue) => issue.step)).to.deep.equal([3]);
  });
});

describe('analyzeGuide: advice without a contact', () => {
  it('reports an advice without contacts, or whose contacts name no place of the feed or no one', () => {
    const raw = guide([
      q('q1', ['1', 'a1'], ['2', 'a2'], ['3', 'a3'], ['4', 'a4'], ['5', 'a5']),
      a('a1', []),
      a('a2', [{ type: 'place', place: 'bestaat-niet' }]),
      a('a3', [{ type: 'inline', phone: '073 123 45 67' }]),
      a('a4', [{ type: 'place', place: 'kruimel' }]),
      a('a5', [{ type: 'inline', name: 'Buurtmoeder Fatima', phone: '06 12345678' }]),
    ]);
    const analysis = analyzeGuide(raw, { places });
    expect(only(analysis, 'no-contact')).to.deep.equal([
      { kind: 'no-contact', path: 'guides[0].steps[1].contacts', step: 1 },
      { kind: 'no-contact', path: 'guides[0].steps[2].contacts', step: 2 },
      { kind: 'no-contact', path: 'guides[0].steps[3].contacts', step: 3 },
    ]);
  });

  it('gives the studio problems for them, with the feed\'s own places, and nothing validateFeed already says', () => {
    const doc = {
      places: [{ id: 'cjg' }],
      guides: [
        guide([q('q1', ['Ja', 'a1'], ['Nee', 'q9']), a('a1', [{ type: 'place', place: 'cjg' }])]),
        guide([q('q1', ['Ja', 'a1'], ['Nee', 'a2']), a('a1', []), { ...a('a2', [{ place: 'kruimel' }]), title: '' }], { id: 'h' }),
      ],
    };
    expect(guideProblems(doc)).to.deep.equal([
      {
        severity: 'warning',
        code: NO_CONTACT_CODE,
        path: 'guides[1].steps[1].contacts',
        message: 'Bij het advies "Advies a1" staat geen contact. Zet er een plek of een persoon bij, zodat de bezoeker weet bij wie hij terecht kan.',
      },
    ]);
    expect(analyzeGuides(doc).map((analysis) => kinds(analysis))).to.deep.equal([['dead-end:unknown-step'], ['dead-end:incomplete-step', 'no-contact']]);
    expect(guideProblems({})).to.deep.equal([]);
  });
});

describe('analyzeGuide agrees with validateFeed', () => {
  for (const name of ['guide-cycle', 'guide-dead-end', 'guide-missing-steps', 'good-complete']) {
    it(`on test/fixtures/feeds/${name}.json`, async () => {
      const doc = (await (await fetch(new URL(`../../fixtures/feeds/${name}.json`, import.meta.url))).json()) as { guides?: unknown[] };
      const { problems } = validateFeed(doc);
      const analyses = analyzeGuides(doc);
      expect(analyses.length).to.equal(doc.guides?.length ?? 0);
      const at = (codes: string[]) =>
        problems
          .filter((p) => codes.includes(p.code) && p.path.startsWith('guides['))
          .map((p) => p.path.replace(/\.next$/, ''))
          .sort();
      const issuesAt = (found: Array<GuideIssue['kind']>) =>
        analyses.flatMap((analysis) => analysis.issues.filter((issue) => found.includes(issue.kind)).map((issue) => issue.path)).sort();
      expect(issuesAt(['unreachable'])).to.deep.equal(at(['guide.step.unreachable']));
      expect(
        analyses.flatMap((analysis) => analysis.issues.filter((i) => i.kind === 'dead-end' && i.reason !== 'no-next').map((i) => i.path)).sort(),
      ).to.deep.equal(at(['guide.choice.unknown-step', 'guide.question.no-choices']));
      // Every loop the validator finds lies on a loop of ours, and we find none it does not.
      const loopSteps = analyses.flatMap((analysis, g) =>
        analysis.issues.flatMap((issue) => (issue.kind === 'loop' ? issue.cycle.map((s) => `guides[${g}].steps[${s}]`) : [])),
      );
      const cycles = problems.filter((p) => p.code === 'guide.cycle').map((p) => p.path.replace(/\.choices\[\d+\]\.next$/, ''));
      for (const step of cycles) expect(loopSteps).to.include(step);
      expect(loopSteps.length > 0).to.equal(cycles.length > 0);
    });
  }
});
