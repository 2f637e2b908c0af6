import { expect } from '@open-wc/testing';
import { validateFeed } from '../../../src/feed/validate.js';
import { checkAnswers, DEFAULT_CENTER, newFeed } from '../../../src/studio/model/new-feed.js';
import { openInputs, openUrl } from '../../../src/studio/model/open.js';
import { checkDoc } from '../../../src/studio/model/validation.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const SOURCES = new URL('/test-api/sources/', location.href).href;

describe('new-feed: the start wizard\'s feed', () => {
  it('makes a feed with 0 errors in validateFeed from the three answers', () => {
    for (const contact of ['redactie@wijkkrant.nl', '073 123 45 67']) {
      const doc = newFeed({ name: 'Wijkkrant Boschveld', area: 'Boschveld', contact });
      const { feed, problems } = validateFeed(doc);
      expect(problems, JSON.stringify(problems)).to.deep.equal([]);
      expect(feed.publisher.name).to.equal('Wijkkrant Boschveld');
      expect(feed.areas[0]!.id).to.equal('boschveld');
      expect(feed.places[0]!.areas).to.deep.equal(['boschveld']);
      expect(feed.places[0]!.contact?.email ?? feed.places[0]!.contact?.phone).to.equal(contact);
    }
  });

  it('asks the editor to put the buurt on the map while its centre is the default', () => {
    const doc = newFeed({ name: 'Koffie-inloop', area: 'Oost', contact: 'a@b.nl' });
    const warning = checkDoc(doc).problems.find((problem) => problem.code === 'studio.area.center-default');
    expect(warning?.path).to.equal('areas[0].center');
    expect(warning?.severity).to.equal('warning');
    (doc.areas as Array<{ center: unknown }>)[0]!.center = { lat: 51.7, lng: 5.29 };
    expect(checkDoc(doc).problems.map((problem) => problem.code)).not.to.include('studio.area.center-default');
    expect(DEFAULT_CENTER.lat).to.be.within(50.7, 53.6);
  });

  it('names what is missing or wrong in the answers, in plain Dutch', () => {
    expect(checkAnswers({ name: ' ', area: '', contact: '' }).map((problem) => problem.field)).to.deep.equal(['name', 'area', 'contact']);
    expect(checkAnswers({ name: 'A', area: 'B', contact: 'bel me' })[0]!.message).to.contain('e-mailadres');
    expect(checkAnswers({ name: 'A', area: 'B', contact: '+31 6 1234 5678' })).to.deep.equal([]);
  });
});

describe('open: files and web addresses through src/feed/sources', () => {
  it('opens a buurtkit feed as it is, unknown fields included', async () => {
    const opened = await openInputs([{ name: 'buurt.json', bytes: bytes('{"version":"1.0","eigen":{"x":1},"publisher":{"name":"P"}}') }]);
    expect(opened.ok && opened.kind).to.equal('feed');
    expect(opened.ok && opened.doc).to.deep.equal({ version: '1.0', eigen: { x: 1 }, publisher: { name: 'P' } });
  });

  it('opens CSV tables together, and HSDS, as a feed', async () => {
    const places = 'naam;soort;lat;lng;openingstijden\nKoffie-inloop;Bewonersinitiatief;51,7;5,29;di 9-12\n';
    const tasks = 'titel,plek,talenten\nVoorlezen,Koffie-inloop,voorlezen\n';
    const opened = await openInputs([
      { name: 'plekken.csv', bytes: bytes(places) },
      { name: 'taken.csv', bytes: bytes(tasks) },
    ]);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.kind).to.equal('csv');
    const { feed } = validateFeed(opened.doc);
    expect(feed.places.map((place) => place.name)).to.deep.equal(['Koffie-inloop']);
    expect(feed.opportunities).to.have.length(1);
    const hsds = await openUrl(`${SOURCES}hsds.json`);
    if (!hsds.ok) throw new Error(hsds.message);
    expect(hsds.kind).to.equal('hsds');
    expect(validateFeed(hsds.doc).feed.places[0]!.name).to.equal('Opvoedspreekuur');
  });

  it('opens a spreadsheet without "Bron: plekken.csv" on every place; a bron cell stays', async () => {
    const places = 'naam;bron\nKoffie-inloop;\nHuiswerkklas;Wijkplaats Boschveld\n';
    const tasks = 'titel\nVoorlezen\n';
    const opened = await openInputs([{ name: 'plekken.csv', bytes: bytes(places) }, { name: 'taken.csv', bytes: bytes(tasks) }]);
    if (!opened.ok) throw new Error(opened.message);
    const doc = opened.doc as { places: { source?: string }[]; opportunities: { source?: string }[] };
    expect(doc.places.map((place) => place.source)).to.deep.equal([undefined, 'Wijkplaats Boschveld']);
    expect(doc.opportunities[0]!.source).to.equal(undefined);
  });

  it('opens a spreadsheet from a web address', async () => {
    const opened = await openUrl(`${SOURCES}partner.csv`);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.kind).to.equal('csv');
    expect(validateFeed(opened.doc).feed.places.length).to.be.greaterThan(1);
  });

  it('says in plain Dutch why something cannot be opened', async () => {
    const cases: Array<[Promise<{ ok: boolean; message?: string }>, RegExp]> = [
      [openUrl(`${SOURCES}garbage.json`), /geen leesbare JSON/],
      [openUrl(`${SOURCES}bestaat-niet.json`), /Op dit adres staat niets \(fout 404\)/],
      [openUrl('http://127.0.0.1:9/buurt.json'), /kon dit adres niet ophalen/],
      [openUrl('buurt.json'), /geen volledig webadres/],
      [openUrl('javascript:alert(1)'), /geen webadres/],
      [openInputs([{ name: 'x.json', bytes: bytes('[1,2]') }]), /geen buurtkit-feed.*lijst/],
      [openInputs([{ name: 'login.json', bytes: bytes('<!doctype html><title>Log in</title>') }]), /webpagina/],
      [openInputs([{ name: 'a.json', bytes: bytes('{}') }, { name: 'b.json', bytes: bytes('{}') }]), /één feed/],
      [openInputs([]), /Kies een bestand/],
      // A workbook (the template buurtkit-sjabloon.xlsx, by its name or by its bytes) says to save each sheet as CSV.
      [openInputs([{ name: 'buurtkit-sjabloon.xlsx', bytes: bytes('PK\u0003\u0004 zip') }]), /werkmap van Excel of LibreOffice, geen CSV.*CSV UTF-8/],
      [openInputs([{ name: 'plekken', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]) }]), /werkmap/],
      [openInputs([{ name: 'plekken.ods', bytes: bytes('x') }]), /werkmap/],
      // A sheet without known column names says which it found, not only that nothing could be read.
      [openInputs([{ name: 'plekken.csv', bytes: bytes('Naam van de plek;Straatnaam\nDe Kruimel;Kerkstraat 1\n') }]), /niet aan de kolomnamen bovenaan \("Naam van de plek", "Straatnaam"\)/],
    ];
    for (const [promise, message] of cases) {
      const result = await promise;
      expect(result.ok).to.equal(false);
      expect(result.message).to.match(message);
    }
  });

  it('opens every hostile fixture feed as data, without running anything in it', async () => {
    const names = ['html-in-text', 'javascript-links', 'proto-keys', 'bidi-override', 'control-characters', 'deeply-nested', 'root-array', 'root-null'];
    for (const name of names) {
      const response = await fetch(`/test/fixtures/feeds/${name}.json`);
      const opened = await openInputs([{ name: `${name}.json`, bytes: new Uint8Array(await response.arrayBuffer()) }]);
      if (opened.ok) expect(checkDoc(opened.doc).problems.length, name).to.be.greaterThan(0);
      else expect(opened.message, name).to.contain(name);
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
