import { expect } from '@open-wc/testing';
import { EMAIL_PATTERN, hiddenMailHeaders, isEmail, mailtoHref, telHref, webHref } from '../../src/feed/links.js';

describe('link helpers', () => {
  it('telHref drops the (0) after a country code: +31 (0)73 123 45 67 is tel:+31731234567', () => {
    expect(telHref('+31 (0)73 123 45 67')).to.equal('tel:+31731234567');
    expect(telHref('+31(0)6-12345678')).to.equal('tel:+31612345678');
    expect(telHref('073 - 123 45 67')).to.equal('tel:0731234567');
    expect(telHref('(073) 123 45 67')).to.equal('tel:0731234567');
    expect(telHref('0800-2000')).to.equal('tel:08002000');
    expect(telHref('112')).to.equal('tel:112');
  });

  it('telHref gives nothing when fewer than three digits can be dialled', () => {
    expect(telHref('javascript:alert()')).to.equal(undefined);
    expect(telHref('')).to.equal(undefined);
    expect(telHref('11')).to.equal(undefined);
    expect(telHref(undefined)).to.equal(undefined);
  });

  it('one e-mail pattern: plain addresses pass, anything that changes a mailto link does not', () => {
    for (const ok of ['fatima@example.nl', "o'brien@b.ie", 'info@wijkplaats.example', 'a.b+c@sub.domein.nl', 'jan@bücher.de']) {
      expect(isEmail(ok), ok).to.equal(true);
    }
    for (const bad of [
      'fatima@',
      'info@b',
      'Info <info@b.nl>',
      'a?bcc=x@b.nl',
      'a%3Fbcc%3Devil%40evil.example@b.nl',
      'a@b.nl,c@d.nl',
      'a&b@c.nl',
      'a b@c.nl',
      `${'a'.repeat(250)}@b.nl`,
    ]) {
      expect(isEmail(bad), bad).to.equal(false);
    }
    expect(EMAIL_PATTERN.flags).to.contain('u');
  });

  it('mailtoHref and webHref build only safe links', () => {
    expect(mailtoHref(' info@b.nl ')).to.equal('mailto:info@b.nl');
    expect(mailtoHref('info@b.nl?bcc=x@y.nl')).to.equal(undefined);
    expect(webHref('https://b.nl/a b')).to.equal('https://b.nl/a%20b');
    expect(webHref('javascript:alert(1)')).to.equal(undefined);
    expect(webHref('/relatief')).to.equal(undefined);
  });

  it('hiddenMailHeaders finds bcc, cc and to, plain or encoded, and lets subject and body be', () => {
    expect(hiddenMailHeaders('mailto:a%3Fbcc%3Devil%40evil.example@b.nl')).to.equal('encoded');
    expect(hiddenMailHeaders('mailto:info@b.nl?bcc=x@y.nl')).to.equal('header');
    expect(hiddenMailHeaders('info@b.nl?subject=Hoi&body=Dag')).to.equal(undefined);
    expect(hiddenMailHeaders('info@b.nl')).to.equal(undefined);
  });
});

describe('the one e-mail pattern', () => {
  it('is also the pattern of the JSON Schema, so editors and the validator agree', async () => {
    const response = await fetch('/src/feed/feed.schema.json');
    const schema = (await response.json()) as { definitions: { email: { pattern: string } } };
    expect(schema.definitions.email.pattern).to.equal(EMAIL_PATTERN.source);
  });
});
