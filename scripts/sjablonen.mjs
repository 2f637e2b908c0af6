// Writes the spreadsheet templates in docs/sjablonen/: one CSV per table and one workbook
// (.xlsx, which the common spreadsheet apps open) with the three sheets, each with the
// column names on row 1 and a filled example row. Run: node scripts/sjablonen.mjs
// test/node/sjablonen.test.mjs checks that every file loads with 0 errors.
import { mkdir, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';

const out = new URL('../docs/sjablonen/', import.meta.url);

/** Per sheet: the columns (Dutch, as the kit reads them) and one example row. */
export const SHEETS = [
  {
    name: 'plekken',
    rows: [
      ['naam', 'soort', 'adres', 'postcode', 'plaats', 'wijk', 'lat', 'lng', 'telefoon', 'e-mail', 'website', 'openingstijden', 'talen', 'leeftijd', 'omschrijving', 'gecontroleerd', 'id', 'bron'],
      [
        'De Kruimel',
        'Bewonersinitiatief',
        'Voorbeeldstraat 1',
        '5211 AA',
        "'s-Hertogenbosch",
        'Boschveld',
        '51,7003',
        '5,2931',
        '073-000 00 00',
        'info@dekruimel.example',
        'https://dekruimel.example',
        'di en do 9:15-11:45; gesloten op 25-12',
        'Nederlands, Arabisch',
        '0-12',
        'Koffie-inloop: ouders drinken samen koffie terwijl de kinderen spelen. Je hoeft je niet aan te melden.',
        '18-11-2026',
        '',
        '',
      ],
    ],
  },
  {
    name: 'vrijwilligerstaken',
    rows: [
      ['titel', 'plek', 'omschrijving', 'wanneer', 'talenten', 'talen', 'minimumleeftijd', 'contactpersoon', 'e-mail', 'telefoon'],
      ['Voorlezen aan peuters', 'De Kruimel', 'Je leest een half uur voor aan een klein groepje kinderen.', 'Elke woensdagochtend', 'voorlezen, geduld', 'Nederlands', '16', 'Fatima', 'vrijwilligers@dekruimel.example', '073-000 00 01'],
    ],
  },
  {
    name: 'woordenlijst',
    rows: [
      ['woord', 'uitleg', 'ook genoemd'],
      ['CJG', 'Het Centrum voor Jeugd en Gezin helpt ouders met vragen over opvoeden en opgroeien.', 'Centrum voor Jeugd en Gezin'],
    ],
  },
];

const quote = (cell) => (/[",;\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

export async function writeTemplates() {
  await mkdir(out, { recursive: true });
  for (const sheet of SHEETS) {
    // A byte-order mark, so spreadsheet apps on Windows open the file as UTF-8.
    const text = '\uFEFF' + sheet.rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
    await writeFile(new URL(`${sheet.name}.csv`, out), text);
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'buurtkit';
  // A fixed date, so the file only changes when the templates do.
  workbook.created = workbook.modified = new Date('2026-01-01T00:00:00Z');
  for (const sheet of SHEETS) {
    const ws = workbook.addWorksheet(sheet.name);
    // Every cell as text: a spreadsheet app must not turn 0-12 into a date or 51,7003 into a number.
    for (const row of sheet.rows) ws.addRow(row).eachCell((cell) => (cell.numFmt = '@'));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    ws.columns.forEach((column, i) => (column.width = Math.min(40, Math.max(12, ...sheet.rows.map((row) => String(row[i] ?? '').length)))));
  }
  await workbook.xlsx.writeFile(new URL('buurtkit-sjabloon.xlsx', out).pathname);
}

if (import.meta.url === `file://${process.argv[1]}`) await writeTemplates();
