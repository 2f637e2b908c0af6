import type { GlossaryEntry, Opportunity, SignupFields, SignupSettings, Talent } from '../types.js';
import { IdRegistry, own, readList, withoutRepeats, type Context } from './context.js';
import { readFields, readKeyedList } from './keyed.js';
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
    const aliases = withoutRepeats(
      readList(ctx, own(raw, 'aliases'), `${entryPath}.aliases`, 'value', (alias, aliasPath) =>
        readText(ctx, alias, aliasPath, { name: true, max: LIMITS.id }),
      ),
    ).filter((alias) => alias !== term);
    terms.add(term);
    return { term, aliases, explanation };
  });
}

export function readOpportunities(ctx: Context, value: unknown, path: string, places: ReadonlySet<string>): Opportunity[] {
  return readKeyedList(ctx, value, path, 'opportunity', 'title', ({ raw, id, name: title }, entryPath) => {
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
    Object.assign(
      opportunity,
      readFields<Opportunity>(ctx, raw, entryPath, {
        description: readLocalized,
        when: (c, value, at) => readLocalized(c, value, at, { max: LIMITS.short }),
        schedule: readSchedule,
        minAge: (c, value, at) => readInteger(c, value, at, 0, 120),
      }),
    );
    const rawContact = readObject(ctx, own(raw, 'contact'), `${entryPath}.contact`);
    if (rawContact) {
      const contact: Opportunity['contact'] = readContactFields(ctx, rawContact, `${entryPath}.contact`);
      const name = readName(ctx, own(rawContact, 'name'), `${entryPath}.contact.name`);
      if (name !== undefined) contact.name = name;
      if (Object.keys(contact).length > 0) opportunity.contact = contact;
    }
    const followUp = readLocalized(ctx, own(raw, 'followUp'), `${entryPath}.followUp`);
    if (followUp !== undefined) opportunity.followUp = followUp;
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

  const talents = readKeyedList(ctx, own(raw, 'talents'), `${path}.talents`, 'talent', 'label', ({ id, name: label }): Talent => ({
    id,
    label,
  }));

  const optional = readFields<SignupSettings>(ctx, raw, path, {
    action: readWebUrl,
    email: readEmail,
    privacyUrl: readWebUrl,
    privacyText: readLocalized,
  });
  return { encoding, fields, talents, ...optional };
}
