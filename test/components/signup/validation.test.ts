import { expect } from '@open-wc/testing';
import {
  checkEmail,
  checkName,
  emptyValues,
  normalizePhone,
  normalizePostcode,
  validateSignup,
} from '../../../src/components/signup/validation.js';
import { buildPayload, createSignupId, encodeForm } from '../../../src/components/signup/payload.js';
import { parseRetryAfter } from '../../../src/components/signup/send.js';

describe('sign-up validation (pure)', () => {
  it('accepts names in any script and refuses only names without a letter', () => {
    for (const name of ["'t Hooft", 'İlknur Çelik', 'محمد الحسن', 'Nguyễn Văn An', 'Jan-Willem van der Berg']) {
      expect(checkName(name), name).to.equal(null);
    }
    expect(checkName('   ')).to.equal('required');
    expect(checkName('1234')).to.equal('invalid');
    expect(checkName('a'.repeat(201))).to.equal('tooLong');
  });

  it('normalises Dutch phone numbers to E.164', () => {
    expect(normalizePhone('06-12345678')).to.equal('+31612345678');
    expect(normalizePhone('+31 6 12345678')).to.equal('+31612345678');
    expect(normalizePhone('0031612345678')).to.equal('+31612345678');
    expect(normalizePhone('+31 (0)6 1234 5678')).to.equal('+31612345678');
    expect(normalizePhone('(073) 123 45 67')).to.equal('+31731234567');
    expect(normalizePhone('+90 532 123 45 67')).to.equal('+905321234567');
    expect(normalizePhone('06-1234')).to.equal(null);
    expect(normalizePhone('bel me maar')).to.equal(null);
  });

  it('normalises postcodes to "1234 AB" and refuses impossible ones', () => {
    expect(normalizePostcode('1234ab')).to.equal('1234 AB');
    expect(normalizePostcode(' 5211-ab ')).to.equal('5211 AB');
    expect(normalizePostcode('0123AB')).to.equal(null);
    expect(normalizePostcode('1234SS')).to.equal(null);
    expect(normalizePostcode('12345')).to.equal(null);
  });

  it('checks e-mail loosely', () => {
    expect(checkEmail('fatima@example.nl')).to.equal(null);
    expect(checkEmail('fatima@')).to.equal('invalid');
    expect(checkEmail('')).to.equal(null);
  });

  it('asks for e-mail or phone, age, consent and a task, in form order', () => {
    const errors = validateSignup(emptyValues(), { opportunities: true, area: true, talents: true, message: true });
    expect(Object.entries(errors)).to.deep.equal([
      ['opportunities', 'required'],
      ['name', 'required'],
      ['email', 'contactRequired'],
      ['ageConfirmed', 'required'],
      ['consent', 'required'],
    ]);
    const ok = { ...emptyValues(), name: 'An', phone: '0612345678', ageConfirmed: true, consent: true };
    expect(validateSignup(ok, { opportunities: false, area: false, talents: false, message: false })).to.deep.equal({});
  });

  it('builds the payload and its form encoding with lists as repeated keys', () => {
    const values = { ...emptyValues(), name: '  An  de Vries ', phone: '06 1234 5678', postcode: '5211ab', talents: ['a', 'b'], consent: true, ageConfirmed: true };
    const payload = buildPayload(values, { id: createSignupId(), submittedAt: new Date(0), lang: 'nl', page: 'p', feed: '', elapsedMs: 4000.4 });
    expect(payload.name).to.equal('An de Vries');
    expect(payload.phone).to.equal('+31612345678');
    expect(payload.postcode).to.equal('5211 AB');
    expect(payload.email).to.equal(undefined);
    expect(payload.elapsedMs).to.equal(4000);
    expect(payload.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const form = encodeForm(payload);
    expect(form.getAll('talents')).to.deep.equal(['a', 'b']);
    expect(form.get('consent')).to.equal('true');
    expect(form.has('email')).to.equal(false);
  });

  it('reads Retry-After as seconds or a date', () => {
    expect(parseRetryAfter('3')).to.equal(3000);
    expect(parseRetryAfter(new Date(Date.now() + 10_000).toUTCString())).to.be.within(8000, 10_000);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter(null)).to.equal(undefined);
  });
});
