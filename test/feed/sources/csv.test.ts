import { expect } from '@open-wc/testing';
import { feedToCsv, readSpreadsheet, type SheetInput } from '../../../src/feed/sources/csv.js';
import { mergeSources } from '../../../src/feed/sources/merge.js';
import { isCsv, KEY_COLUMNS } from '../../../src/feed/sources/detect.js';
import { validateFeed } from '../../../src/feed/validate.js';
import type { FeedProblem } from '../../../src/feed/types.js';

const HEADER = 'naam;soort;adres;postcode;plaats;wijk;lat;lng;telefoon;e-mail;website;openingstijden;talen;leeftijd;omschrijving;gecontroleerd';
const GOOD = "De Kruimel;Bewonersinitiatief;Van Broeckhovenlaan 12;5213 HX;'s-Hertogenbosch;Boschveld;51,7003;5,2931;073-123 45 67;info@dekruimel.example;https://dekruimel.example;di en do 9:15-11:45;Nederlands, Arabisch;0-12;Koffie en kletsen;18-11-2026";

const read = (text: string, name = 'plekken.csv') => readSpreadsheet([{ name, text }], undefined, { year: 2026 });
const codes = (problems: FeedProblem[]): string[] => problems.map((p) => `${p.code}${p.row ? ` @${p.row}${p.column ? ` ${p.column}` : ''}` : ''}`);
const bytes = (...parts: number[][]): Uint8Array => new Uint8Array(parts.flat());
const utf16le = (text: string): number[] => [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
const latin1 = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

describe('spreadsheet: reading the cells people write', () => {
  it('reads a full Dutch row with a ";" delimiter, decimal commas and Dutch dates', () => {
    const { feed, problems } = read(`${HEADER}\n${GOOD}\n`);
    expect(problems).to.deep.equal([]);
    const place = feed.places[0]!;
    expect(place).to.deep.include({
      id: 'de-kruimel',
      name: 'De Kruimel',
      kind: 'informal-initiative',
      location: { lat: 51.7003, lng: 5.2931 },
      languages: ['nl', 'ar'],
      lastChecked: '2026-11-18',
      description: 'Koffie en kletsen',
      source: 'plekken.csv',
    });
    expect(place.address).to.deep.equal({ street: 'Van Broeckhovenlaan 12', postcode: '5213 HX', city: "'s-Hertogenbosch" });
    expect(place.audience).to.deep.equal({ groups: [], minAge: 0, maxAge: 12 });
    expect(place.hours!.weekly.map((p) => p.day)).to.deep.equal(['tu', 'th']);
    expect(place.contact).to.deep.equal({ phone: '073-123 45 67', email: 'info@dekruimel.example', website: 'https://dekruimel.example/' });
  });

  it('reads English headers, a BOM, quoted cells with commas and new lines, and short kinds', () => {
    const text = '\uFEFFName,Kind,Description,Languages,Age\n"Home-Start, Oost",vrijwilligers,"Regel één\nRegel twee",tr;ar,16+\nCJG,P,,,vanaf 4\n';
    const { feed, problems } = read(text);
    expect(problems).to.deep.equal([]);
    expect(feed.places.map((p) => [p.name, p.kind])).to.deep.equal([
      ['Home-Start, Oost', 'volunteer-organisation'],
      ['CJG', 'professional-service'],
    ]);
    expect(feed.places[0]!.description).to.equal('Regel één\nRegel twee');
    expect(feed.places[0]!.audience).to.deep.equal({ groups: [], minAge: 16 });
    expect(feed.places[1]!.audience).to.deep.equal({ groups: [], minAge: 4 });
  });

  it('counts rows as the spreadsheet shows them, with a cell holding new lines and a blank row in between', () => {
    const { problems } = read('naam,openingstijden,omschrijving\nA,ma 9-12,"een\ntwee"\n,,\nB,maandagochtend,\n');
    expect(codes(problems)).to.deep.equal(['cell.hours @4 openingstijden']);
    expect(problems[0]!.message).to.equal("Rij 4, kolom openingstijden: 'maandagochtend' snap ik niet. Schrijf bijvoorbeeld: ma 9:00-12:00");
    expect(problems[0]!.sheet).to.equal('plekken.csv');
  });

  it('reads tasks and the glossary, and links a task to its place by name', () => {
    const result = readSpreadsheet([
      { name: 'plekken.csv', text: 'naam\nDe Kruimel\n' },
      { name: 'taken.csv', text: 'titel,plek,talenten,minimumleeftijd,contactpersoon,e-mail\nVoorlezen,de kruimel,"voorlezen, geduld",16,Fatima,f@x.example\nKoken,Onbekend,,,,\n' },
      { name: 'woorden.csv', text: 'woord;uitleg;ook genoemd\nCJG;Centrum voor Jeugd en Gezin;Centrum Jeugd en Gezin\n' },
    ]);
    expect(result.feed.opportunities.map((o) => [o.id, o.place, o.skills, o.minAge])).to.deep.equal([
      ['voorlezen', 'de-kruimel', ['voorlezen', 'geduld'], 16],
      ['koken', undefined, [], undefined],
    ]);
    expect(result.feed.opportunities[0]!.contact).to.deep.equal({ name: 'Fatima', email: 'f@x.example' });
    expect(result.feed.glossary).to.have.length(1);
    // A place that is not in this spreadsheet may be in another source: the merge looks, and names it if not.
    expect(codes(result.problems)).to.deep.equal([]);
    const merged = mergeSources([{ id: 'sheet', label: 'sheet', feed: result.feed, problems: result.problems, placeNames: result.placeNames }]);
    expect(codes(merged.problems)).to.deep.equal(['cell.place @3 plek']);
  });

  it('attributes a row to its "bron" cell, else to the file', () => {
    const { feed } = read('naam,bron\nA,Wijkplaats Boschveld\nB,\n', 'https://example.org/sheets/partner.csv?output=csv');
    expect(feed.places.map((p) => p.source)).to.deep.equal(['Wijkplaats Boschveld', 'partner.csv']);
  });
});

describe('spreadsheet: the "bron" cell and the file name are shown as names', () => {
  it('a "bron" cell or file name with bidi or control characters, only invisible ones, or thousands of letters is cleaned like a name', () => {
    const rows = [
      'A,"\u202Egnp.exe Wijkplaats\u202C"',
      'B,"Buurt\u0007krant\u0000"',
      'C,"\u200B\u200D"',
      `D,${'Bron '.repeat(100)}`,
    ].join('\n');
    const { feed } = read(`naam,bron\n${rows}\n`, 'https://example.org/%E2%80%AEvsc.exe.csv');
    expect(feed.places.map((p) => p.source)).to.deep.equal(['gnp.exe Wijkplaats', 'Buurtkrant', 'vsc.exe.csv', 'Bron '.repeat(60).trim()]);
    expect(feed.publisher.name).to.equal('vsc.exe.csv');
  });
});

describe('spreadsheet: a sheet as an editor saves it from Excel or LibreOffice', () => {
  it('a title row (a merged cell) and an empty row above the column names are skipped; rows keep their numbers', () => {
    const text = `Plekken in Boschveld;;;\r\n;;;\r\nNaam;Adres;Telefoon;Website\r\nDe Kruimel;Van Broeckhovenlaan 12;073 123 45 67;www.dekruimel.example\r\n;;;\r\nHuiswerkklas;Edisonstraat 40;;\r\n`;
    const { feed, problems } = read(text);
    expect(feed.places.map((p) => p.name)).to.deep.equal(['De Kruimel', 'Huiswerkklas']);
    expect(feed.places[0]!.contact.phone).to.equal('073 123 45 67');
    // Still the rows the editor sees in the spreadsheet.
    expect(codes(problems)).to.deep.equal(['link.no-scheme @4 website']);
  });

  it('a sheet with a title row is known as a sheet by its content too (a link without ".csv")', () => {
    expect(isCsv('https://sheets.example/pub/abc', 'text/plain', 'Plekken in Boschveld;;\r\nNaam;Adres\r\nDe Kruimel;Straat 1\r\n')).to.equal(true);
    expect(isCsv('https://sheets.example/pub/abc', 'text/plain', 'Hallo\nWereld\n')).to.equal(false);
  });

  it('every column name a sheet is known by before the reader loads is one the reader knows, in the table it names', () => {
    const tables: Record<string, 'places' | 'opportunities' | 'glossary'> = { naam: 'places', name: 'places', titel: 'opportunities', title: 'opportunities', woord: 'glossary', term: 'glossary' };
    expect([...KEY_COLUMNS].sort()).to.deep.equal(Object.keys(tables).sort());
    for (const name of KEY_COLUMNS) {
      const sheet = `${name.charAt(0).toUpperCase()}${name.slice(1)};${tables[name] === 'glossary' ? 'Uitleg' : 'Omschrijving'}\nDe Kruimel;Koffie\n`;
      // A link without ".csv" is known as a sheet by its header row alone.
      expect(isCsv('https://sheets.example/pub/abc', 'text/plain', sheet), name).to.equal(true);
      const { feed, problems } = read(sheet);
      // A glossary alone shows nothing to a resident; that is all it may say.
      expect(codes(problems).filter((code) => code !== 'feed.nothing-to-show'), name).to.deep.equal([]);
      expect({ places: feed.places, opportunities: feed.opportunities, glossary: feed.glossary }[tables[name]!], name).to.have.length(1);
    }
  });

  it('a house number in its own column is joined to the street ("Straat" and "Huisnummer"), and not written back as a column', () => {
    const { feed, problems } = read('Naam;Straat;Huisnummer;Plaats\nDe Kruimel;Van Broeckhovenlaan;12a;\'s-Hertogenbosch\nHuiswerkklas;Edisonstraat;;\n');
    expect(problems).to.deep.equal([]);
    expect(feed.places.map((p) => p.address?.street)).to.deep.equal(['Van Broeckhovenlaan 12a', 'Edisonstraat']);
    expect(feedToCsv(feed)['plekken.csv']!.split('\n')[0]).to.not.contain('huisnummer');
  });

  it('hours that are not every week ("elke 2e dinsdag") get their own message: write the dates', () => {
    const { problems } = read('naam;openingstijden\nMoedergroep;elke 2e dinsdag\n');
    expect(codes(problems)).to.deep.equal(['cell.hours.not-weekly @2 openingstijden']);
    expect(problems[0]!.message).to.equal(`Rij 2, kolom openingstijden: 'elke 2e dinsdag' is niet elke week. Dat kan de kaart niet als vaste tijden tonen. Schrijf de datums met "open op", bijvoorbeeld: open op 13-1-2027 9:00-12:00; open op 10-2-2027 9:00-12:00`);
  });

  it('hours with the times first and a note in brackets are read; the note is the place\'s, checked as any note and written back', () => {
    const long = 'lang '.repeat(1100).trim();
    const text = [
      'naam;openingstijden',
      'Koffie-inloop;"9-12 ma, wo; 13-16 vr (niet in de schoolvakanties)"',
      'Moedergroep;wo 14-16 (even weken)',
      'Taalcafé;ma 9-12 (niet in',
      `Lang;di 9-12 (${long})`,
    ].join('\n');
    const { feed, problems } = read(`${text}\n`);
    expect(codes(problems)).to.deep.equal(['cell.hours.not-weekly @3 openingstijden', 'cell.hours @4 openingstijden', 'text.too-long @5 openingstijden']);
    expect(problems[1]!.message).to.equal("Rij 4, kolom openingstijden: 'ma 9-12 (niet in' snap ik niet. Schrijf bijvoorbeeld: ma-vr 9:00-12:00 (niet in de schoolvakanties)");
    const [inloop, moeders, taal, lang] = feed.places;
    expect(inloop!.hours).to.deep.equal({
      weekly: [{ day: 'mo', opens: '09:00', closes: '12:00' }, { day: 'we', opens: '09:00', closes: '12:00' }, { day: 'fr', opens: '13:00', closes: '16:00' }],
      exceptions: [],
      // The note was after friday's hours only.
      note: 'Vr 13:00-16:00: niet in de schoolvakanties',
    });
    // Not every week: no hours at all rather than every Wednesday.
    expect(moeders!.hours).to.equal(undefined);
    expect(taal!.hours).to.equal(undefined);
    expect((lang!.hours!.note as string).length).to.be.at.most(5000);
    const again = read(feedToCsv(feed)['plekken.csv']!);
    expect(again.feed.places[0]!.hours).to.deep.equal(inloop!.hours);
  });

  it('a soort as the studio and the docs name it ("Initiatief van bewoners", "Hulpverlener", "Instelling") is read', () => {
    const { feed, problems } = read('naam;soort\nA;Initiatief van bewoners\nB;Hulpverlener\nC;instelling\nD;Vrijwilligersgroep\nE;Bewonersgroep\n');
    expect(problems).to.deep.equal([]);
    expect(feed.places.map((p) => p.kind)).to.deep.equal(['informal-initiative', 'professional-service', 'professional-service', 'volunteer-organisation', 'informal-initiative']);
  });

  it('coordinates in one cell, as a map app copies them ("51.70030, 5.29310"), put the place on the map', () => {
    const { feed, problems } = read('naam;coördinaten\nA;51.70030, 5.29310\nB;"51,7003; 5,2931"\nC;51,7003, 5,2931\nD;51.7003,5.2931\nE;bij de kerk\n');
    expect(feed.places.slice(0, 4).map((p) => p.location)).to.deep.equal(Array(4).fill({ lat: 51.7003, lng: 5.2931 }));
    expect(feed.places[4]!.location).to.equal(undefined);
    expect(codes(problems)).to.deep.equal(['cell.number @6 coordinaten']);
    expect(feedToCsv(feed)['plekken.csv']!.split('\n')[0]).to.not.contain('coordinaten');
  });

  it('a comma in the title row does not decide the delimiter of a ";" sheet', () => {
    const { feed, problems } = read('Plekken, bijgewerkt 18-11-2026\nnaam;talen\nDe Kruimel;Nederlands, Arabisch\n');
    expect(problems).to.deep.equal([]);
    expect(feed.places[0]!.languages).to.deep.equal(['nl', 'ar']);
  });

  it('column names with other spaces, dots, hyphens and capitals are read ("Telefoon nummer", "E-mail adres", "Tel.")', () => {
    const { feed, problems } = read('Naam ;Telefoon nummer;E-mail adres;Website-adres;Openings tijden\nDe Kruimel;073 123 45 67;info@dekruimel.example;https://dekruimel.example;di 9-12\n');
    expect(problems).to.deep.equal([]);
    expect(feed.places[0]!.contact).to.deep.equal({ phone: '073 123 45 67', email: 'info@dekruimel.example', website: 'https://dekruimel.example/' });
    expect(feed.places[0]!.hours?.weekly).to.have.length(1);
    const tasks = read('Titel;Tel.;E-mailadres\nVoorlezen;073 123 45 67;lees@example.nl\n', 'taken.csv');
    expect(tasks.problems).to.deep.equal([]);
    expect(tasks.feed.opportunities[0]!.contact).to.deep.equal({ phone: '073 123 45 67', email: 'lees@example.nl' });
  });
});

describe('spreadsheet: bad input gets a plain Dutch problem and the rest still shows', () => {
  it('an empty sheet (a header but no rows) is a warning', () => {
    const { feed, problems } = read(`${HEADER}\n\n`);
    expect(codes(problems)).to.deep.equal(['sheet.no-rows', 'feed.nothing-to-show']);
    expect(problems[0]!.severity).to.equal('warning');
    expect(problems[0]!.message).to.match(/geen rijen/);
    expect(feed.places).to.deep.equal([]);
  });

  it('an empty file says what to put on row 1', () => {
    expect(codes(read('').problems)).to.deep.equal(['sheet.empty-file', 'feed.nothing-to-show']);
  });

  it('unknown columns are named and skipped, the known ones read', () => {
    const { feed, problems } = read('naam,kleur,Opmerking intern\nDe Kruimel,rood,x\n');
    expect(codes(problems)).to.deep.equal(['sheet.columns.unknown']);
    expect(problems[0]!.message).to.contain('"kleur", "Opmerking intern"');
    // The names it does know, since in the studio there is no docs folder to look in.
    expect(problems[0]!.message).to.contain('Kijk de schrijfwijze na: dit blad kent id, naam, soort, adres, huisnummer, postcode, plaats,');
    expect(feed.places).to.have.length(1);
  });

  it('a name column with more words ("Naam initiatief") is not guessed but asked about, with the row of column names under a title', () => {
    const { problems } = read('Plekken 2026;;\nNaam initiatief;Adres;Naam contactpersoon\nDe Kruimel;Kerkstraat 1;Fatima\n');
    expect(codes(problems)).to.deep.equal(['sheet.unknown', 'feed.nothing-to-show']);
    expect(problems[0]!.message).to.contain('("Naam initiatief", "Adres", "Naam contactpersoon")');
    expect(problems[0]!.message).to.match(/Is "Naam initiatief" de kolom met de naam\? Noem hem dan "naam"\.$/);
    const tasks = read('Titel van de taak;Wanneer\nVoorlezen;woensdag\n', 'taken.csv');
    expect(tasks.problems[0]!.message).to.match(/Is "Titel van de taak" de kolom met de naam\? Noem hem dan "titel"\.$/);
  });

  it('a header row that is no table is named', () => {
    const { problems } = read('foo,bar\n1,2\n');
    expect(codes(problems)).to.deep.equal(['sheet.unknown', 'feed.nothing-to-show']);
    expect(problems[0]!.message).to.contain('"foo", "bar"');
  });

  it('a sheet saved as UTF-16 (with and without BOM) is read, with a warning', () => {
    for (const input of [bytes([0xff, 0xfe], utf16le('naam;plaats\nCafé Noël;Oost\n')), bytes(utf16le('naam;plaats\nCafé Noël;Oost\n'))]) {
      const { feed, problems } = readSpreadsheet([{ name: 'plekken.csv', bytes: input }]);
      expect(feed.places[0]!.name).to.equal('Café Noël');
      expect(codes(problems)).to.deep.equal(['sheet.encoding']);
      expect(problems[0]!.message).to.contain('UTF-16');
    }
  });

  it('a sheet saved as Windows-1252 is read with the right letters, with a warning', () => {
    const { feed, problems } = readSpreadsheet([{ name: 'plekken.csv', bytes: bytes(latin1('naam;omschrijving\nCafé Noël;Ça va – 5 €\n').map((c) => (c === 0x2013 ? 0x96 : c === 0x20ac ? 0x80 : c))) }]);
    expect(feed.places[0]!.name).to.equal('Café Noël');
    expect(feed.places[0]!.description).to.equal('Ça va – 5 €');
    expect(codes(problems)).to.deep.equal(['sheet.encoding']);
    expect(problems[0]!.message).to.contain('Windows-1252');
  });

  it('a UTF-8 sheet with a BOM from bytes gives no warning', () => {
    const { feed, problems } = readSpreadsheet([{ name: 'p.csv', bytes: bytes([0xef, 0xbb, 0xbf], [...new TextEncoder().encode('naam\nCafé\n')]) }]);
    expect(problems).to.deep.equal([]);
    expect(feed.places[0]!.name).to.equal('Café');
  });

  it('an HTML login page instead of CSV (a spreadsheet that is not public) is an error, and other sheets still show', () => {
    const result = readSpreadsheet([
      { name: 'plekken.csv', text: '<!DOCTYPE html><html><head><title>Inloggen</title></head><body>Log in</body></html>', contentType: 'text/html; charset=utf-8' },
      { name: 'taken.csv', text: 'titel\nVoorlezen\n' },
    ]);
    expect(codes(result.problems)).to.deep.equal(['sheet.html']);
    expect(result.problems[0]!.severity).to.equal('error');
    expect(result.problems[0]!.message).to.match(/niet openbaar/);
    expect(result.feed.opportunities).to.have.length(1);
  });

  it('20,000 rows are all read, with a warning about phones', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `Plek ${i};${(51.6 + i / 1e6).toFixed(6).replace('.', ',')};5,3`);
    const { feed, problems } = read(`naam;lat;lng\n${rows.join('\n')}\n`);
    expect(feed.places).to.have.length(20_000);
    expect(codes(problems)).to.deep.equal(['sheet.rows.many']);
    expect(problems[0]!.message).to.contain('20000 rijen');
  });

  it('formula errors leave their cell empty, named by row and column, and the row shows', () => {
    const { feed, problems } = read('naam;lat;lng;telefoon;e-mail\nA;#N/B;5,3;#REF!;a@b.example\nB;51,7;5,3;#VALUE!;#WAARDE!\n');
    expect(codes(problems)).to.deep.equal(['cell.formula-error @2 lat', 'cell.formula-error @2 telefoon', 'cell.formula-error @3 telefoon', 'cell.formula-error @3 e-mail']);
    expect(problems[0]!.message).to.equal('Rij 2, kolom lat: de cel geeft een formulefout (#N/B). We laten de cel leeg; kijk de formule na.');
    expect(feed.places.map((p) => p.name)).to.deep.equal(['A', 'B']);
    expect(feed.places[1]!.location).to.deep.equal({ lat: 51.7, lng: 5.3 });
  });

  it('coordinates with a decimal comma are read in a ";" sheet and quoted in a "," sheet; other text is named', () => {
    expect(read('naam;lat;lng\nA;51,6978;5,3036\n').feed.places[0]!.location).to.deep.equal({ lat: 51.6978, lng: 5.3036 });
    expect(read('naam,lat,lng\nA,"51,6978","5,3036"\n').feed.places[0]!.location).to.deep.equal({ lat: 51.6978, lng: 5.3036 });
    const bad = read('naam;lat;lng\nA;51 graden;5,3\n');
    expect(codes(bad.problems)).to.deep.equal(['cell.number @2 lat']);
    expect(bad.feed.places[0]!.location).to.equal(undefined);
  });

  it('a row with only a name shows in the list, with a warning', () => {
    const { feed, problems } = read(`${HEADER}\nAlleen een naam;;;;;;;;;;;;;;;\n`);
    expect(codes(problems)).to.deep.equal(['row.only-name @2']);
    expect(problems[0]!.message).to.match(/^Rij 2: deze plek heeft alleen een naam/);
    expect(feed.places[0]).to.deep.include({ name: 'Alleen een naam', kind: 'informal-initiative' });
  });

  it('a row without a name is left out and named', () => {
    const { feed, problems } = read('naam;plaats\n;Oost\nB;Oost\n');
    expect(codes(problems)).to.deep.equal(['row.no-name @2 naam']);
    expect(feed.places).to.have.length(1);
  });

  it('a row with more cells than the header (a ";" or "," in an unquoted cell) is named with its extra cells, and the row shows', () => {
    const text = 'naam;soort;omschrijving\nDe Kruimel;Bewonersinitiatief;Koffie; thee en koek\nBuurthuis;Vrijwilligers;Eten;met;elkaar\nCJG;Professionele hulp;Advies;\n';
    const { feed, problems } = read(text);
    expect(codes(problems)).to.deep.equal(['row.too-many-cells @2', 'row.too-many-cells @3']);
    expect(problems[0]!.message).to.equal(
      "Rij 2 heeft meer cellen dan de kopregel (te veel: 'thee en koek'). Staat er een ; of , in een cel zonder aanhalingstekens? Zet die cel tussen aanhalingstekens (\"…\") of haal het teken weg.",
    );
    expect(problems[1]!.message).to.contain("'met', 'elkaar'");
    expect(problems[0]!.sheet).to.equal('plekken.csv');
    expect(problems[0]!.severity).to.equal('warning');
    // The cells the header names still show; a trailing empty cell (row 4) is no problem.
    expect(feed.places.map((p) => [p.name, p.kind, p.description])).to.deep.equal([
      ['De Kruimel', 'informal-initiative', 'Koffie'],
      ['Buurthuis', 'volunteer-organisation', 'Eten'],
      ['CJG', 'professional-service', 'Advies'],
    ]);
    const english = readSpreadsheet([{ name: 'plekken.csv', text }], undefined, { year: 2026, lang: 'en' }).problems;
    expect(english[0]!.message).to.match(/^Row 2 has more cells than the header row \(extra: 'thee en koek'\)/);
  });

  it('a soort "constructor" is an unknown kind like any other word, not a function from the prototype that left the row out', () => {
    const { feed, problems } = read('naam;soort\nA;constructor\nB;Constructor\n');
    expect(codes(problems)).to.deep.equal(['cell.kind @2 soort', 'cell.kind @3 soort']);
    expect(feed.places.map((p) => [p.name, p.kind])).to.deep.equal([['A', 'informal-initiative'], ['B', 'informal-initiative']]);
  });

  it('reads lists, ages and wijk cells with 200,000 spaces at once: splitting them took time squared in the run of spaces', () => {
    const spaces = ' '.repeat(200_000);
    const places = `naam;talen;leeftijd;wijk\nA;"Nederlands${spaces}, Arabisch${spaces}en Turks";"4${spaces}t/m 12${spaces}jaar";"Noord${spaces}; Oost"\n`;
    const tasks = `titel;talenten;minimumleeftijd\nKoffie;"koken${spaces},${spaces}";"vanaf${spaces}16${spaces}jaar"\n`;
    const start = performance.now();
    const sheet = readSpreadsheet([{ name: 'plekken.csv', text: places }, { name: 'taken.csv', text: tasks }], undefined, { year: 2026 });
    const { feed } = mergeSources([{ id: 'plekken.csv', label: 'plekken.csv', ...sheet }]);
    // Linear, this is a few milliseconds; squared, it was minutes.
    expect(performance.now() - start).to.be.below(2000);
    expect(codes(sheet.problems)).to.deep.equal([]);
    expect(feed.places[0]).to.deep.include({ languages: ['nl', 'ar', 'tr'], audience: { groups: [], minAge: 4, maxAge: 12 }, address: { district: 'Noord, Oost' } });
    expect(feed.opportunities[0]).to.deep.include({ skills: ['koken'], minAge: 16 });
  });

  it('cells that cannot be read are named one by one, and the rest of the row shows', () => {
    const { feed, problems } = read('naam;soort;talen;leeftijd;gecontroleerd;e-mail;website\nA;Kerk;Nederlands, Klingon;baby;31-02-2026;geen-mail;javascript:alert(1)\n');
    expect(codes(problems)).to.deep.equal([
      'cell.kind @2 soort',
      'cell.language @2 talen',
      'cell.age @2 leeftijd',
      'cell.date @2 gecontroleerd',
      'email.invalid @2 e-mail',
      'link.unsafe-scheme @2 website',
    ]);
    for (const problem of problems) expect(problem.message).to.match(/^Rij 2, kolom /);
    expect(problems[4]!.message).to.not.contain('email.invalid');
    expect(feed.places[0]).to.deep.include({ name: 'A', kind: 'informal-initiative', languages: ['nl'] });
    expect(feed.places[0]!.contact).to.deep.equal({});
  });

  it('the same id twice in one sheet: the second is named and left out', () => {
    const { feed, problems } = read('id,naam\nx,A\nx,B\n');
    expect(feed.places.map((p) => p.name)).to.deep.equal(['A']);
    expect(codes(problems)).to.deep.equal(['id.duplicate @3 id']);
  });

  it('names made the same id get a number, so both show', () => {
    expect(read('naam\nDe Kruimel\nde kruimel\n').feed.places.map((p) => p.id)).to.deep.equal(['de-kruimel', 'de-kruimel-2']);
  });
});

describe('a file that holds nothing a resident could see', () => {
  it('is an error in validateFeed, not "0 errors"', () => {
    const { problems } = validateFeed({ version: '1.0', publisher: { name: 'X' }, glossary: [{ term: 'CJG', explanation: 'x' }] });
    expect(codes(problems)).to.deep.equal(['feed.nothing-to-show']);
    expect(problems[0]!.severity).to.equal('error');
    expect(problems[0]!.message).to.match(/niets wat een bewoner kan zien/);
  });

  it('is an error for a spreadsheet with only a glossary', () => {
    expect(codes(read('woord;uitleg\nCJG;Centrum\n', 'woorden.csv').problems)).to.deep.equal(['feed.nothing-to-show']);
  });
});

describe('spreadsheet: round trip', () => {
  it('feed → CSV → feed gives the same places, tasks and glossary', async () => {
    const raw: unknown = await (await fetch('/demo/feeds/den-bosch.json')).json();
    const original = validateFeed(raw).feed;
    const tables = feedToCsv(original);
    const inputs: SheetInput[] = Object.entries(tables).map(([name, text]) => ({ name, text }));
    const back = readSpreadsheet(inputs, 'terug', { year: 2026 });
    // Joined to the areas again, as on a page that also loads the municipality's feed.
    const merged = mergeSources([
      { id: 'areas', label: 'areas', feed: { ...original, places: [], guides: [], opportunities: [], glossary: [] }, problems: [] },
      { id: 'csv', label: 'terug', feed: back.feed, problems: back.problems, areaNames: back.areaNames },
    ]).feed;
    const plain = (t: unknown): unknown => (typeof t === 'object' && t !== null ? (t as Record<string, string>).nl : t);
    const shape = (places: typeof original.places) =>
      places.map((p) => ({
        id: p.id,
        name: plain(p.name),
        kind: p.kind,
        address: p.address,
        location: p.location,
        contact: p.contact,
        languages: p.languages,
        // The same periods in the order a week runs; no hours and an empty week are the same cell.
        weekly: [...(p.hours?.weekly ?? [])].map((w) => `${'motuwethfrsasu'.indexOf(w.day)} ${w.opens}-${w.closes}`).sort(),
        // Closed dates ("gesloten op") and dates with other hours ("open op") have a cell; notes have none.
        closed: (p.hours?.exceptions ?? []).filter((e) => e.closed).map((e) => e.date).sort(),
        open: (p.hours?.exceptions ?? []).filter((e) => !e.closed && e.periods.length > 0).map((e) => `${e.date} ${e.periods.map((t) => `${t.opens}-${t.closes}`).join(' ')}`).sort(),
        ages: [p.audience?.minAge, p.audience?.maxAge],
        description: plain(p.description),
        lastChecked: p.lastChecked,
        area: p.areas[0],
      }));
    expect(back.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(back.problems.filter((p) => p.code === 'cell.hours')).to.deep.equal([]);
    expect(shape(original.places).some((p) => p.open.length > 0), 'the sample has dates with other hours').to.equal(true);
    expect(shape(merged.places)).to.deep.equal(shape(original.places));
    expect(merged.opportunities.map((o) => [o.id, o.place, plain(o.title), o.skills, o.minAge])).to.deep.equal(
      original.opportunities.map((o) => [o.id, o.place, plain(o.title), o.skills, o.minAge]),
    );
    expect(merged.glossary.map((g) => [g.term, g.aliases])).to.deep.equal(original.glossary.map((g) => [g.term, g.aliases]));
  });
});
