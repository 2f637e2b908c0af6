import type { GlossaryEntry, Opportunity, SignupFields, SignupSettings, Talent } from '../types.js';
import { IdRegistry, own, readList, type Context } from './context.js';
import { readContactFields } from './places.js';
import { readSchedule } from './schedule.js';
import {
  LIMITS,
  missing,
  readBoolean,
  readEmail,
  readId,
  readIdList,
  readInteger,
  readItem,
  readLanguages,
  readLocalized,
  readName,
  readObject,
  readRequiredId,
  readText,
  readWebUrl,
} from './values.js';

/** Glossary terms; the same term twice (same spelling) keeps the first explanation. */
export function readGlossary(ctx: Context, value: unknown, path: string): GlossaryEntry[] {
  const terms = new IdRegistry();
  return readList(ctx, value, path, 'glossary', (entry, entryPath) => {
    const raw = readItem(ctx, entry, entryPath);
    if (!raw) return undefined;
    const term = readText(ctx, own(raw, 'term'), `${entryPath}.term`, { name: true, max: LIMITS.id });
    if (term === undefined) return missing(ctx, entryPath, 'term', 'glossary');
    if (terms.has(term)) {
      ctx.report('glossary.term.duplicate', `${entryPath}.term`, { id: term, item: 'glossary' });
      return undefined;
    }
    const explanation = readLocalized(ctx, own(raw, 'explanation'), `${entryPath}.explanation`);
    if (explanation === undefined) return missing(ctx, entryPath, 'explanation', 'glossary');
    const aliases = readList(ctx, own(raw, 'aliases'), `${entryPath}.aliases`, 'value', (alias, aliasPath) =>
      readText(ctx, alias, aliasPath, { name: true, max: LIMITS.id }),
    ).filter((alias, index, all) => alias !== term && all.indexOf(alias) === index);
    terms.add(term);
    return { term, aliases, explanation };
  });
}

export function readOpportunities(ctx: Context, value: unknown, path: string, places: ReadonlySet<string>): Opportunity[] {
  const ids = new IdRegistry();
  return readList(ctx, value, path, 'opportunity', (entry, entryPath) => {
    const raw = readItem(ctx, entry, entryPath);
    if (!raw) return undefined;
    const id = readRequiredId(ctx, raw, entryPath, 'opportunity');
    if (id === undefined) return undefined;
    if (ids.taken(ctx, id, `${entryPath}.id`, 'opportunity')) return undefined;
    const title = readLocalized(ctx, own(raw, 'title'), `${entryPath}.title`, { name: true, max: LIMITS.short });
    if (title === undefined) return missing(ctx, entryPath, 'title', 'opportunity');
    const opportunity: Opportunity = {
      id,
      title,
      skills: readIdList(ctx, own(raw, 'skills'), `${entryPath}.skills`),
      languages: readLanguages(ctx, own(raw, 'languages'), `${entryPath}.languages`),
    };
    // A task at a place that does not exist still deserves volunteers: keep it, drop the link.
    const place = readId(ctx, own(raw, 'place'), `${entryPath}.place`, 'value');
    if (place !== undefined) {
      if (places.has(place)) opportunity.place = place;
      else ctx.report('reference.unknown-place', `${entryPath}.place`, { id: place, item: 'value' });
    }
    const description = readLocalized(ctx, own(raw, 'description'), `${entryPath}.description`);
    if (description !== undefined) opportunity.description = description;
    const when = readLocalized(ctx, own(raw, 'when'), `${entryPath}.when`, { max: LIMITS.short });
    if (when !== undefined) opportunity.when = when;
    const schedule = readSchedule(ctx, own(raw, 'schedule'), `${entryPath}.schedule`);
    if (schedule !== undefined) opportunity.schedule = schedule;
    const minAge = readInteger(ctx, own(raw, 'minAge'), `${entryPath}.minAge`, 0, 120);
    if (minAge !== undefined) opportunity.minAge = minAge;
    const rawContact = readObject(ctx, own(raw, 'contact'), `${entryPath}.contact`);
    if (rawContact) {
      const contact: Opportunity['contact'] = readContactFields(ctx, rawContact, `${entryPath}.contact`);
      const name = readName(ctx, own(rawContact, 'name'), `${entryPath}.contact.name`);
      if (name !== undefined) contact.name = name;
      if (Object.keys(contact).length > 0) opportunity.contact = contact;
    }
    const followUp = readLocalized(ctx, own(raw, 'followUp'), `${entryPath}.followUp`);
    if (followUp !== undefined) opportunity.followUp = followUp;
    ids.add(id);
    return opportunity;
  });
}

const FIELD_NAMES = ['area', 'talents', 'availability', 'languages', 'message'] as const;

export function readSignup(ctx: Context, value: unknown, path: string): SignupSettings {
  const raw = readObject(ctx, value, path) ?? {};
  const rawFields = readObject(ctx, own(raw, 'fields'), `${path}.fields`) ?? {};
  const fields = {} as SignupFields;
  for (const name of FIELD_NAMES) fields[name] = readBoolean(ctx, own(rawFields, name), `${path}.fields.${name}`);

  const rawEncoding = own(raw, 'encoding');
  let encoding: SignupSettings['encoding'] = 'json';
  if (rawEncoding === 'form' || rawEncoding === 'json') encoding = rawEncoding;
  else if (rawEncoding !== undefined && rawEncoding !== null) {
    ctx.report('signup.encoding.invalid', `${path}.encoding`, { value: ctx.preview(rawEncoding) });
  }

  const talentIds = new IdRegistry();
  const talents = readList(ctx, own(raw, 'talents'), `${path}.talents`, 'talent', (entry, entryPath): Talent | undefined => {
    const rawTalent = readItem(ctx, entry, entryPath);
    if (!rawTalent) return undefined;
    const id = readRequiredId(ctx, rawTalent, entryPath, 'talent');
    if (id === undefined) return undefined;
    if (talentIds.taken(ctx, id, `${entryPath}.id`, 'talent')) return undefined;
    const label = readLocalized(ctx, own(rawTalent, 'label'), `${entryPath}.label`, { name: true, max: LIMITS.short });
    if (label === undefined) return missing(ctx, entryPath, 'label', 'talent');
    talentIds.add(id);
    return { id, label };
  });

  const signup: SignupSettings = { encoding, fields, talents };
  const action = readWebUrl(ctx, own(raw, 'action'), `${path}.action`);
  if (action !== undefined) signup.action = action;
  const email = readEmail(ctx, own(raw, 'email'), `${path}.email`);
  if (email !== undefined) signup.email = email;
  const privacyUrl = readWebUrl(ctx, own(raw, 'privacyUrl'), `${path}.privacyUrl`);
  if (privacyUrl !== undefined) signup.privacyUrl = privacyUrl;
  const privacyText = readLocalized(ctx, own(raw, 'privacyText'), `${path}.privacyText`);
  if (privacyText !== undefined) signup.privacyText = privacyText;
  return signup;
}
