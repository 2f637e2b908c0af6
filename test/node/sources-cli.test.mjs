// `buurtkit check` and `buurtkit convert` on spreadsheets, HSDS and several sources at once:
// the real command in a child process, on files in a temporary folder and over HTTP on
// 127.0.0.1. Needs `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, run } from './cli-harness.mjs';

const SAMPLE = 'demo/feeds/den-bosch.json';

const PLACES = [
  'naam;soort;wijk;lat;lng;openingstijden;e-mail',
  'Moedergroep;Bewonersinitiatief;Boschveld;51,7003;5,2931;di en do 9:15-11:45;moeders@x.example',
  'Huiswerkklas;vrijwilligers;Noord;51,70;5,29;maandagochtend;geen-mail',
].join('\n');

let dir;
let server;
let base;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'buurtkit-sources-'));
  await writeFile(join(dir, 'plekken.csv'), PLACES + '\n');
  await writeFile(join(dir, 'leeg.csv'), 'naam;soort\n');
  // UTF-16 with a BOM, as some spreadsheet apps save "Unicode text".
  await writeFile(join(dir, 'utf16.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('naam;plaats\nCafé Noël;Oost\n', 'utf16le')]));
  await writeFile(
    join(dir, 'hsds.json'),
    JSON.stringify({
      organizations: [{ id: 'o', name: 'CJG' }],
      services: [{ id: 's', organization_id: 'o', name: 'Spreekuur' }, { id: 't', organization_id: 'o', name: 'Zonder plek' }],
      locations: [{ id: 'l', latitude: 51.7, longitude: 5.3 }],
      service_at_locations: [{ id: 'sl', service_id: 's', location_id: 'l' }],
      schedules: [],
      phones: [],
    }),
  );
  server = createServer((request, response) => {
    if (request.url === '/partner') {
      response.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8' });
      response.end(PLACES);
    } else if (request.url === '/prive') {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<!DOCTYPE html><title>Inloggen</title>');
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  server.close();
  await rm(dir, { recursive: true, force: true });
});

test('check: a spreadsheet is reported per row and column, in plain Dutch', async () => {
  const { code, stdout } = await run('check', join(dir, 'plekken.csv'));
  assert.equal(code, 1);
  assert.match(stdout, /plekken\.csv, rij 3, kolom openingstijden {2}\[cell\.hours\]\n {4}Rij 3, kolom openingstijden: 'maandagochtend' snap ik niet\. Schrijf bijvoorbeeld: ma 9:00-12:00/);
  assert.match(stdout, /plekken\.csv, rij 3, kolom e-mail {2}\[email\.invalid\]/);
  assert.match(stdout.trim().split('\n').at(-1), /^1 fout, \d+ waarschuwing(en)?: de feed wordt gedeeltelijk getoond$/);
});

test('check: an empty sheet and a UTF-16 sheet', async () => {
  const empty = await run('check', join(dir, 'leeg.csv'));
  assert.equal(empty.code, 1);
  assert.match(empty.stdout, /\[sheet\.no-rows\]/);
  assert.match(empty.stdout, /de feed kan niet worden getoond$/m);
  const utf16 = await run('check', join(dir, 'utf16.csv'), '--json');
  const result = JSON.parse(utf16.stdout);
  assert.deepEqual(result.problems.map((p) => p.code), ['sheet.encoding']);
  assert.equal(utf16.code, 0);
});

test('check: a sheet that shows nothing says so once, not twice', async () => {
  const { code, stdout } = await run('check', join(dir, 'leeg.csv'), '--json');
  assert.equal(code, 1);
  assert.deepEqual(JSON.parse(stdout).problems.map((p) => p.code), ['sheet.no-rows', 'feed.nothing-to-show']);
});

test('convert: a sheet saved from Excel (Windows-1252, a title row above the column names, "Telefoon nummer") comes through', async () => {
  const rows = [
    'Plekken in Boschveld;;;;',
    'Naam ;Soort;Telefoon nummer;Website;Openingstijden',
    'Moedergroep Ümmühan;Bewonersinitiatief;06 12 34 56 78;moedergroep.example;ma t/m vr 9-12 uur',
    ';;;;',
  ];
  await writeFile(join(dir, 'excel.csv'), Buffer.from(rows.join('\r\n') + '\r\n', 'latin1'));
  const out = join(dir, 'excel.json');
  const { code, stdout, stderr } = await run('convert', join(dir, 'excel.csv'), '-o', out);
  assert.equal(code, 0, stdout);
  // Windows-1252 and the website without https:// are warnings: convert names the command that says where.
  assert.match(stderr, /excel\.csv: 0 fouten, 2 waarschuwingen\n/);
  assert.equal(stderr.trim().split('\n').at(-1), `Wat er mis is, lees je per rij en kolom met: npx buurtkit check ${join(dir, 'excel.csv')}`);
  const [place] = JSON.parse(await readFile(out, 'utf8')).places;
  assert.equal(place.name, 'Moedergroep Ümmühan');
  assert.equal(place.contact.phone, '06 12 34 56 78');
  assert.equal(place.contact.website, 'https://moedergroep.example/');
  assert.equal(place.hours.weekly.length, 5);
});

test('check: a workbook (the .xlsx template) is not read as JSON but told to be saved as CSV', async () => {
  const { code, stderr } = await run('check', 'docs/sjablonen/buurtkit-sjabloon.xlsx');
  assert.equal(code, 2);
  assert.match(stderr, /^"docs\/sjablonen\/buurtkit-sjabloon\.xlsx" is een werkmap van Excel of LibreOffice, geen CSV\. Sla elk blad apart op als CSV/);
  assert.doesNotMatch(stderr, /JSON/);
});

test('check: several sources at once, reported per source, then what the merge found', async () => {
  const { code, stdout } = await run('check', SAMPLE, join(dir, 'plekken.csv'), join(dir, 'hsds.json'));
  assert.equal(code, 1);
  const sample = stdout.indexOf(`== ${SAMPLE} (buurtkit-feed) ==`);
  const sheet = stdout.indexOf('plekken.csv (spreadsheet) ==');
  const hsds = stdout.indexOf('hsds.json (Open Referral HSDS) ==');
  const together = stdout.indexOf('== Samen ==');
  assert.ok(sample >= 0 && sheet > sample && hsds > sheet && together > hsds, stdout);
  // The sample feed has the area Boschveld: only the other wijk is a warning.
  assert.match(stdout.slice(together), /rij 3, kolom wijk {2}\[cell\.area\]\n {4}Rij 3, kolom wijk: 'Noord' is geen wijk uit de feed/);
  assert.doesNotMatch(stdout.slice(together), /'Boschveld'/);
  assert.match(stdout.slice(hsds, together), /\[hsds\.no-location\]/);
});

test('check --json with several sources: per source, and all problems with their source', async () => {
  const { stdout } = await run('check', SAMPLE, join(dir, 'plekken.csv'), '--json');
  const result = JSON.parse(stdout);
  assert.deepEqual(result.sources.map((s) => s.kind), ['feed', 'csv']);
  assert.ok(result.problems.every((p) => typeof p.source === 'string'));
  assert.ok(result.problems.some((p) => p.code === 'cell.hours' && p.row === 3 && p.column === 'openingstijden'));
});

test('check over HTTP: a published sheet by its content type, a private one is a login page', async () => {
  const good = await run('check', `${base}/partner`);
  assert.match(good.stdout, /\[cell\.hours\]/);
  const both = await run('check', `${base}/partner`, `${base}/prive`);
  assert.equal(both.code, 2);
  assert.match(both.stdout, /prive \(kon niet gelezen worden\) ==\nEr kwam een webpagina \(HTML\) terug/);
  assert.match(both.stdout, /\[cell\.hours\]/);
});

test('convert: sources → one feed that checks with no errors', async () => {
  const out = join(dir, 'samen.json');
  const { code, stderr } = await run('convert', SAMPLE, join(dir, 'plekken.csv'), '-o', out);
  assert.equal(code, 0, stderr);
  assert.match(stderr, /22 plekken geschreven naar samen\.json/);
  const feed = JSON.parse(await readFile(out, 'utf8'));
  assert.equal(feed.places.length, 22);
  assert.equal(feed.places.at(-2).source, 'plekken.csv');
  const check = await run('check', out, '--json');
  assert.equal(JSON.parse(check.stdout).counts.errors, 0);
});

test('convert --to hsds, and HSDS back: the same places', async () => {
  const out = join(dir, 'hsds-export.json');
  assert.equal((await run('convert', SAMPLE, '--to', 'hsds', '-o', out)).code, 0);
  const hsds = JSON.parse(await readFile(out, 'utf8'));
  assert.equal(hsds.contents.length, 20);
  assert.ok(hsds.contents[0].service_at_locations[0].location.latitude);
  const back = join(dir, 'terug.json');
  assert.equal((await run('convert', out, '-o', back)).code, 0);
  const original = JSON.parse(await readFile(join(root, SAMPLE), 'utf8'));
  const feed = JSON.parse(await readFile(back, 'utf8'));
  assert.deepEqual(feed.places.map((p) => [p.id, p.kind]), original.places.map((p) => [p.id, p.kind]));
});

test('convert --to csv DIR: the three tables, and reading them back gives the same places', async () => {
  const folder = join(dir, 'bladen');
  assert.equal((await run('convert', SAMPLE, '--to', 'csv', folder)).code, 0);
  assert.deepEqual((await readdir(folder)).sort(), ['plekken.csv', 'vrijwilligerstaken.csv', 'woordenlijst.csv']);
  const back = join(dir, 'uit-csv.json');
  const { code } = await run('convert', SAMPLE, join(folder, 'plekken.csv'), join(folder, 'vrijwilligerstaken.csv'), join(folder, 'woordenlijst.csv'), '-o', back);
  assert.equal(code, 0);
  const original = JSON.parse(await readFile(join(root, SAMPLE), 'utf8'));
  const feed = JSON.parse(await readFile(back, 'utf8'));
  // The sample's places, then the same places again from the sheets, renamed because their ids collide.
  const fromSheets = feed.places.slice(original.places.length);
  assert.deepEqual(
    fromSheets.map((p) => [p.id.replace(/^plekken-csv-/, ''), p.kind, p.location?.lat, p.areas]),
    original.places.map((p) => [p.id, p.kind, p.location?.lat, p.areas ?? []]),
  );
});

test('convert without -o says where the result should go', async () => {
  const { code, stderr } = await run('convert', SAMPLE);
  assert.equal(code, 2);
  assert.match(stderr, /Zeg waar het resultaat moet komen/);
});
