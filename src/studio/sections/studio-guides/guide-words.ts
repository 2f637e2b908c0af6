/**
 * The words of the guide editor's overview: steps, paths and problems in plain Dutch (B1).
 * Pure: takes an analysis and the raw guide, returns text.
 */
import type { GuideAnalysis, GuideIssue, StepSummary } from '../../model/guide-paths.js';
import { getAt } from '../../model/json-path.js';
import { textOf } from '../../model/list-items.js';

/** "vraag" / "advies" / "stap" for a step's type. */
export function typeWord(step: StepSummary | undefined): string {
  return step?.type === 'question' ? 'vraag' : step?.type === 'advice' ? 'advies' : 'stap';
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A short quote of a text for a sentence: at most 60 characters. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}”`;
}

/** "stap 2, vraag “Hoe oud is je kind?”" — how a problem names a step. */
export function stepName(step: StepSummary | undefined, index: number): string {
  const label = step?.label ? ` ${quote(step.label)}` : ' (nog zonder tekst)';
  return `stap ${index + 1}, ${typeWord(step)}${label}`;
}

/** The label of choice `choice` of the step at `stepPath` in `guide`, as the editor typed it. */
export function choiceLabel(guide: unknown, step: number, choice: number): string {
  return textOf(getAt(guide, `steps[${step}].choices[${choice}].label`)).trim();
}

/** One leg of a path for the overview: "Vraag: …", "Keuze: …", "Advies: …". */
export function legWords(analysis: GuideAnalysis, guide: unknown, step: number, choice?: number): string[] {
  const summary = analysis.steps[step];
  const words = [`${capital(typeWord(summary))}: ${summary?.label || '(nog zonder tekst)'}`];
  if (choice !== undefined) words.push(`Keuze: ${choiceLabel(guide, step, choice) || '(nog zonder tekst)'}`);
  return words;
}

/** Where a problem's link takes the focus: a field, a select or an add button. */
export function issueTarget(issue: GuideIssue): string {
  switch (issue.kind) {
    case 'loop':
      return `${issue.path}.next`;
    case 'dead-end':
      return issue.reason === 'no-choices' ? `${issue.path}.choices` : `${issue.path}.next`;
    case 'no-steps':
      // The first step's text when there is a step; else (no such field) the add button of the list.
      return `${issue.path}[0]`;
    default:
      return issue.path;
  }
}

/** The problem in plain Dutch. */
export function issueMessage(issue: GuideIssue, analysis: GuideAnalysis, guide: unknown): string {
  const name = (index: number) => stepName(analysis.steps[index], index);
  const choice = (step: number, index: number) => {
    const label = choiceLabel(guide, step, index);
    return label ? `keuze ${quote(label)}` : `keuze ${index + 1}`;
  };
  switch (issue.kind) {
    case 'loop': {
      const round = issue.cycle.map((index) => `stap ${index + 1}`).join(', dan ');
      return issue.cycle.length === 1
        ? `Rondje: bij ${name(issue.step)} gaat ${choice(issue.step, issue.choice)} terug naar dezelfde vraag. Een bezoeker kan blijven rondgaan zonder advies.`
        : `Rondje: ${round}, en dan terug naar stap ${issue.cycle[0]! + 1}. Bij ${name(issue.step)} gaat ${choice(issue.step, issue.choice)} terug. Een bezoeker kan blijven rondgaan zonder advies.`;
    }
    case 'dead-end':
      switch (issue.reason) {
        case 'no-next':
          return `Doodlopend: bij ${name(issue.step)} staat niet bij ${choice(issue.step, issue.choice!)} naar welke stap hij gaat. Kies een stap.`;
        case 'unknown-step':
          return `Doodlopend: bij ${name(issue.step)} gaat ${choice(issue.step, issue.choice!)} naar een stap die niet (meer) bestaat. Kies een andere stap.`;
        case 'incomplete-step': {
          const target = analysis.steps.find((step) => step.id === issue.target);
          return `Doodlopend: bij ${name(issue.step)} gaat ${choice(issue.step, issue.choice!)} naar stap ${(target?.index ?? 0) + 1}, maar die stap is nog niet af. Vul daar eerst de tekst in.`;
        }
        case 'no-choices':
          return `Doodlopend: ${capital(name(issue.step))} heeft geen keuzes. Een bezoeker kan daar niet verder. Voeg een keuze toe.`;
      }
      break;
    case 'unreachable':
      return `Geen enkele keuze gaat naar ${name(issue.step)}. Bezoekers komen daar nooit. Laat een keuze ernaar gaan, of haal de stap weg.`;
    case 'no-advice':
      return `Vanaf ${name(issue.step)} komt een bezoeker nooit bij een advies. Laat een keuze (via andere stappen) naar een advies gaan.`;
    case 'no-contact':
      return `Bij ${name(issue.step)} staat geen contact. Zet er een plek of een persoon bij, zodat de bezoeker weet bij wie hij terecht kan.`;
    case 'start':
      return issue.reason === 'missing'
        ? 'Er staat niet bij met welke stap de wegwijzer begint. We beginnen nu bij de eerste stap. Kies de eerste stap.'
        : 'De wegwijzer begint bij een stap die niet (meer) bestaat. We beginnen nu bij de eerste stap. Kies de eerste stap.';
    case 'no-steps':
      return 'Deze wegwijzer heeft nog geen stap die af is. Vul de tekst van de eerste vraag in.';
  }
  return '';
}
