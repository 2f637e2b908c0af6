// The spreadsheet templates in docs/sjablonen/ load with 0 errors: each CSV beside the sample
// feed, the three together on their own, and the three sheets of the workbook. Needs `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { SHEETS } from '../../scripts/sjablonen.mjs';

const feed = await import(new URL('../../dist/esm/feed/index.js', import.meta.url).href);
const { readSpreadsheet } = await feed.loadCsv();
const dir = new URL('../../docs/sjablonen/', import.meta.url);
const sample = feed.validateFeed(JSON.parse(await readFile(new URL('../../demo/feeds/den-bosch.json', import.meta.url), 'utf8')));
const errors = (problems) => problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`);

async function csv(name) {
  return { name: `${name}.csv`, bytes: new Uint8Array(await readFile(new URL(`${name}.csv`, dir))) };
}

function merged(inputs) {
  const sheet = readSpreadsheet(inputs, 'sjabloon', { year: 2026 });
  const withSample = feed.mergeSources([
    { id: 'voorbeeld', label: 'voorbeeld', feed: sample.feed, problems: [] },
    { id: 'sjabloon', label: 'sjabloon', ...sheet },
  ]);
  return { sheet, withSample };
}

test('every template CSV is what scripts/sjablonen.mjs writes', async () => {
  for (const sheet of SHEETS) {
    const text = await readFile(new URL(`${sheet.name}.csv`, dir), 'utf8');
    assert.equal(text.split('\r\n')[0], '\uFEFF' + sheet.rows[0].join(','));
  }
});

for (const { name } of SHEETS) {
  test(`${name}.csv beside the sample feed: 0 errors, 0 warnings, its example row shows`, async () => {
    const { sheet, withSample } = merged([await csv(name)]);
    assert.deepEqual(errors(withSample.problems), []);
    assert.deepEqual(withSample.problems.map((p) => p.code), []);
    const shown = sheet.feed.places.length + sheet.feed.opportunities.length + sheet.feed.glossary.length;
    assert.equal(shown, 1);
  });
}

test('the three CSVs together, on their own: 0 errors, the task linked to the place', async () => {
  const { sheet, withSample } = merged(await Promise.all(SHEETS.map((s) => csv(s.name))));
  assert.deepEqual(errors(sheet.problems), []);
  assert.deepEqual(sheet.problems, []);
  assert.equal(sheet.feed.opportunities[0].place, sheet.feed.places[0].id);
  assert.deepEqual(sheet.feed.places[0].hours.weekly.map((p) => p.day), ['tu', 'th']);
  assert.deepEqual(withSample.feed.places.at(-1).areas, ['boschveld']);
});

test('the workbook has the three sheets, and each reads like its CSV with 0 errors', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(new URL('buurtkit-sjabloon.xlsx', dir).pathname);
  assert.deepEqual(workbook.worksheets.map((ws) => ws.name), SHEETS.map((s) => s.name));
  const inputs = workbook.worksheets.map((ws) => {
    const rows = [];
    ws.eachRow((row) => rows.push(row.values.slice(1).map((v) => `"${String(v ?? '').replaceAll('"', '""')}"`).join(',')));
    return { name: `${ws.name}.csv`, text: rows.join('\n') };
  });
  const { sheet } = merged(inputs);
  assert.deepEqual(sheet.problems, []);
  assert.equal(sheet.feed.places.length + sheet.feed.opportunities.length + sheet.feed.glossary.length, 3);
});
