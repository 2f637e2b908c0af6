/**
 * The start wizard's answers → a new raw feed that validateFeed accepts without errors: the
 * publisher, the buurt as the first area, and the initiative itself as the first place (a
 * feed with nothing to show is an error, and the initiative is what a first map shows).
 */
import { slugify } from '../../feed/sources/slug.js';
import type { JsonObject } from './json-path.js';

export interface WizardAnswers {
  /** Name of the initiative or the newspaper. */
  name: string;
  /** The buurt or wijk. */
  area: string;
  /** An e-mail address or a phone number. */
  contact: string;
}

/**
 * Where a new area's centre starts: the middle of the Netherlands. The wizard cannot know the
 * buurt's place; the check (validation.ts) asks the editor to put it right while it is here.
 */
export const DEFAULT_CENTER = Object.freeze({ lat: 52.1326, lng: 5.2913 });
export const DEFAULT_ZOOM = 8;

export interface WizardProblem {
  field: keyof WizardAnswers;
  message: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s()-]{6,20}$/;

/** What is wrong with the answers, in the order of the wizard's questions (empty when none). */
export function checkAnswers(answers: WizardAnswers): WizardProblem[] {
  const problems: WizardProblem[] = [];
  if (!answers.name.trim()) problems.push({ field: 'name', message: 'Vul de naam van je initiatief of krant in' });
  if (!answers.area.trim()) problems.push({ field: 'area', message: 'Vul de naam van je buurt of wijk in' });
  const contact = answers.contact.trim();
  if (!contact) problems.push({ field: 'contact', message: 'Vul een e-mailadres of telefoonnummer in' });
  else if (!EMAIL.test(contact) && !PHONE.test(contact)) {
    problems.push({ field: 'contact', message: 'Vul een e-mailadres in zoals naam@voorbeeld.nl, of een telefoonnummer zoals 073 123 45 67' });
  }
  return problems;
}

function idFrom(text: string, fallback: string): string {
  return slugify(text) || fallback;
}

/** A new feed from the answers (check them first with checkAnswers). */
export function newFeed(answers: WizardAnswers, today = new Date()): JsonObject {
  const name = answers.name.trim();
  const area = answers.area.trim();
  const contact = answers.contact.trim();
  const contactFields = EMAIL.test(contact) ? { email: contact } : { phone: contact };
  const areaId = idFrom(area, 'buurt');
  return {
    version: '1.0',
    publisher: { name, ...contactFields },
    updated: today.toISOString().slice(0, 10),
    language: 'nl',
    areas: [{ id: areaId, name: area, center: { ...DEFAULT_CENTER }, zoom: DEFAULT_ZOOM }],
    categories: [],
    places: [{ id: idFrom(name, 'plek'), name, kind: 'informal-initiative', areas: [areaId], contact: { ...contactFields } }],
    glossary: [],
    guides: [],
    opportunities: [],
  };
}
