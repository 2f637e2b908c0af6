import { expect } from '@open-wc/testing';
import { SOURCE_PROBLEM_SEVERITY, sourceProblem, type SourceProblemCode } from '../../../src/feed/sources/problems.js';
import { PROBLEM_CODES, PROBLEM_SEVERITY } from '../../../src/feed/problem-codes.js';

const SOURCE_CODES = Object.keys(SOURCE_PROBLEM_SEVERITY) as SourceProblemCode[];

const params = {
  sheet: 'plekken.csv',
  row: 7,
  column: 'openingstijden',
  value: 'maandagochtend',
  example: 'ma 9:00-12:00',
  columns: '"naam", "kleur"',
  count: 20000,
  encoding: 'UTF-16',
  source: 'partner.csv',
  id: 'de-kruimel',
  newId: 'partner-de-kruimel',
};

/** The rows of the tables under "## Alle meldingen" in docs/feed.md, by code. */
async function documentedCodes(): Promise<Map<string, string[]>> {
  const response = await fetch('/docs/feed.md');
  expect(response.ok).to.equal(true);
  const doc = await response.text();
  const start = doc.indexOf('\n## Alle meldingen');
  expect(start, 'docs/feed.md has a section "Alle meldingen"').to.be.greaterThan(-1);
  const end = doc.indexOf('\n## ', start + 1);
  const section = doc.slice(start, end === -1 ? undefined : end);
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const match = /^\| `([a-z0-9.-]+)` \|/.exec(line);
    if (match) rows.set(match[1]!, line.split('|').slice(1, -1).map((cell) => cell.trim()));
  }
  return rows;
}

describe('source problem messages', () => {
  it('have a Dutch and an English message for every code, with every value filled in', () => {
    expect(SOURCE_CODES.length).to.be.at.least(25);
    for (const code of SOURCE_CODES) {
      const nl = sourceProblem(code, 'plekken.csv', params, 'nl');
      const en = sourceProblem(code, 'plekken.csv', params, 'en');
      for (const problem of [nl, en]) {
        expect(problem.message, code).to.be.a('string').and.have.length.greaterThan(20);
        expect(problem.message, code).not.to.match(/undefined|\[object|NaN/);
        expect(problem.severity, code).to.equal(SOURCE_PROBLEM_SEVERITY[code]);
      }
      expect(nl.message, code).not.to.equal(en.message);
    }
  });

  it('use codes of their own, not codes of feed validation', () => {
    for (const code of SOURCE_CODES) expect(PROBLEM_CODES as readonly string[], code).not.to.include(code);
  });
});

describe('docs/feed.md "Alle meldingen"', () => {
  it('lists every code the sources, the merge and HSDS reading can report, with its severity, what is wrong and what to do', async () => {
    const rows = await documentedCodes();
    const missing = SOURCE_CODES.filter((code) => !rows.has(code));
    expect(missing, 'codes missing from docs/feed.md').to.deep.equal([]);
    for (const code of SOURCE_CODES) {
      const [, severity, what, fix] = rows.get(code)!;
      expect(severity, code).to.equal(SOURCE_PROBLEM_SEVERITY[code] === 'error' ? 'fout' : 'waarschuwing');
      expect(what, `${code}: what is wrong`).to.have.length.greaterThan(10);
      expect(fix, `${code}: what to do`).to.have.length.greaterThan(10);
    }
  });

  it('lists every code feed validation and the plain-language check can report, with what is wrong and what to do', async () => {
    const rows = await documentedCodes();
    const missing = PROBLEM_CODES.filter((code) => !rows.has(code));
    expect(missing, 'codes missing from docs/feed.md').to.deep.equal([]);
    for (const code of PROBLEM_CODES) {
      const [, severity, what, fix] = rows.get(code)!;
      expect(severity, code).to.equal(PROBLEM_SEVERITY[code] === 'error' ? 'fout' : 'waarschuwing');
      expect(what, `${code}: what is wrong`).to.have.length.greaterThan(10);
      expect(fix, `${code}: what to do`).to.have.length.greaterThan(10);
    }
  });

  it('lists no code that no module reports any more', async () => {
    const known = new Set<string>([...PROBLEM_CODES, ...SOURCE_CODES]);
    const stale = [...(await documentedCodes()).keys()].filter((code) => !known.has(code));
    expect(stale).to.deep.equal([]);
  });
});
