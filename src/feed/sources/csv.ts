/**
 * Spreadsheets as a feed source: a published CSV per sheet (plekken, vrijwilligerstaken,
 * woordenlijst), recognised by its header row, read into a feed and checked by
 * `validateFeed` like any feed — with every problem pointing at the sheet, row and column
 * the editor sees.
 *
 * This module holds the CSV parser (papaparse), so it is only ever imported dynamically:
 * a page whose sources are all JSON loads none of it.
 */
import Papa from 'papaparse';
import type { Feed, FeedProblem, LocalizedText, Opportunity, Place, PlaceKind, ValidationResult } from '../types.js';
import { validateFeed } from '../validate.js';
// Problems of a sheet are read by editors: they need the words, not just the codes.
import '../messages.js';
import { formatHoursCell, parseHoursCell } from './hours-cell.js';
import { dutchLanguageName, languageCode } from './languages.js';
import { decodeText } from './decode.js';
import { fileLabel, HEADER_SEARCH_ROWS, looksLikeHtml } from './detect.js';
import { plainLabel } from './label.js';
import { slugify } from './slug.js';
import { cellPrefix, sourceProblem, type SourceProblemCode, type SourceMessageParams } from './problems.js';

export type SheetKind = 'places' | 'opportunities' | 'glossary';

/** One CSV file or download. Give `bytes` when you have them: the encoding is then detected. */
export interface SheetInput {
  /** The file name or URL, for problems and as the source of rows without a `bron`. */
  name: string;
  text?: string;
  bytes?: Uint8Array;
  contentType?: string;
}

export interface SpreadsheetOptions {
  /** Language of the problem messages: "nl" (default) or "en". */
  lang?: string;
  /** The year "gesloten op 25-12" starts from; the current year by default. */
  year?: number;
}

/** A wijk cell as written, for `mergeSources` to join to an area of any source. */
export interface AreaName {
  text: string;
  sheet: string;
  row: number;
}

export interface SpreadsheetResult extends ValidationResult {
  /** Wijk cells per place id. */
  areaNames: Map<string, AreaName>;
  /** `plek` cells of tasks that name no place of this spreadsheet, per task id. */
  placeNames: Map<string, AreaName>;
}

/** Above this many rows a sheet gets a warning; above `MAX_ROWS` the rest is left out. */
export const MANY_ROWS = 10_000;
export const MAX_ROWS = 50_000;

/** Column names per table: the Dutch name first (the one written), then names also accepted. */
const COLUMNS: Record<SheetKind, Record<string, readonly string[]>> = {
  places: {
    id: ['id'],
    naam: ['naam', 'name', 'organisatie'],
    soort: ['soort', 'kind', 'type'],
    adres: ['adres', 'address', 'straat', 'straatnaam', 'street', 'straat en huisnummer'],
    // Read only: many sheets keep the number apart from the street; it is joined to `adres`.
    huisnummer: ['huisnummer', 'huisnr', 'house number'],
    postcode: ['postcode', 'postal code', 'zip', 'zip code'],
    plaats: ['plaats', 'city', 'woonplaats', 'town'],
    wijk: ['wijk', 'buurt', 'area', 'neighbourhood', 'neighborhood', 'district'],
    lat: ['lat', 'latitude', 'breedtegraad'],
    lng: ['lng', 'lon', 'long', 'longitude', 'lengtegraad'],
    // Read only: both in one cell, as a map app copies them ("51.70030, 5.29310").
    coordinaten: ['coordinaten', 'coördinaten', 'coordinates', 'gps', 'lat lng', 'lat, lng', 'latlng'],
    telefoon: ['telefoon', 'telefoonnummer', 'telefoonnr', 'tel', 'telnr', 'phone'],
    'e-mail': ['e-mail', 'email', 'mail', 'e-mailadres'],
    website: ['website', 'websiteadres', 'webadres', 'internetadres', 'url', 'web', 'site'],
    openingstijden: ['openingstijden', 'openingstijd', 'openingsuren', 'open', 'opening hours', 'hours', 'tijden'],
    talen: ['talen', 'languages', 'taal'],
    leeftijd: ['leeftijd', 'age', 'ages', 'leeftijden'],
    omschrijving: ['omschrijving', 'beschrijving', 'description'],
    gecontroleerd: ['gecontroleerd', 'gecontroleerd op', 'last checked', 'checked'],
    bron: ['bron', 'source'],
  },
  opportunities: {
    id: ['id'],
    titel: ['titel', 'title', 'taak', 'task'],
    plek: ['plek', 'place', 'locatie'],
    omschrijving: ['omschrijving', 'beschrijving', 'description'],
    wanneer: ['wanneer', 'when'],
    talenten: ['talenten', 'talents', 'skills', 'vaardigheden'],
    talen: ['talen', 'languages', 'taal'],
    minimumleeftijd: ['minimumleeftijd', 'minimum leeftijd', 'min leeftijd', 'minimum age', 'min age'],
    contactpersoon: ['contactpersoon', 'contact', 'contact person'],
    'e-mail': ['e-mail', 'email', 'mail', 'e-mailadres'],
    telefoon: ['telefoon', 'telefoonnummer', 'telefoonnr', 'tel', 'telnr', 'phone'],
    bron: ['bron', 'source'],
  },
  glossary: {
    woord: ['woord', 'term', 'word'],
    uitleg: ['uitleg', 'explanation', 'betekenis'],
    'ook genoemd': ['ook genoemd', 'aliases', 'also called', 'ook'],
  },
};

/** Columns that are read but never written: the written street holds the number. */
const READ_ONLY_COLUMNS = new Set(['huisnummer', 'coordinaten']);

/**
 * The column that names a row; a sheet is recognised by it. Before this module loads,
 * detect.ts's KEY_COLUMNS (a part of these names, in the script-tag entry) tells a sheet from
 * a broken file.
 */
const KEY_COLUMN: Record<SheetKind, string> = { places: 'naam', opportunities: 'titel', glossary: 'woord' };

/** Default file names of the tables, for writing and for messages. */
export const SHEET_FILES: Record<SheetKind, string> = {
  places: 'plekken.csv',
  opportunities: 'vrijwilligerstaken.csv',
  glossary: 'woordenlijst.csv',
};

const KIND_WORDS: Record<string, PlaceKind> = {
  bewonersinitiatief: 'informal-initiative',
  // As the studio names it.
  'initiatief van bewoners': 'informal-initiative',
  bewonersgroep: 'informal-initiative',
  bewoners: 'informal-initiative',
  initiatief: 'informal-initiative',
  informeel: 'informal-initiative',
  b: 'informal-initiative',
  'informal-initiative': 'informal-initiative',
  'informal initiative': 'informal-initiative',
  vrijwilligersorganisatie: 'volunteer-organisation',
  vrijwilligersgroep: 'volunteer-organisation',
  vrijwilligers: 'volunteer-organisation',
  vrijwilliger: 'volunteer-organisation',
  v: 'volunteer-organisation',
  'volunteer-organisation': 'volunteer-organisation',
  'volunteer organisation': 'volunteer-organisation',
  'volunteer organization': 'volunteer-organisation',
  'professionele hulp': 'professional-service',
  hulpverlener: 'professional-service',
  hulpverlening: 'professional-service',
  instelling: 'professional-service',
  professioneel: 'professional-service',
  professional: 'professional-service',
  prof: 'professional-service',
  hulp: 'professional-service',
  p: 'professional-service',
  'professional-service': 'professional-service',
  'professional service': 'professional-service',
};

const KIND_LABELS: Record<PlaceKind, string> = {
  'informal-initiative': 'Bewonersinitiatief',
  'volunteer-organisation': 'Vrijwilligersorganisatie',
  'professional-service': 'Professionele hulp',
};

// What spreadsheet apps show for a broken formula, in Dutch and English.
const FORMULA_ERROR = /^#(?:N\/B|N\/A|REF!|VERW!|VALUE!|WAARDE!|DIV\/0!|DEEL\/0!|NAME\?|NAAM\?|NUM!|GETAL!|NULL!|LEEG!|ERROR!?|FOUT!?|SPILL!|OVERLOOP!|CALC!|BEREKENEN!)$/i;



/**
 * `,`, `;` (what Dutch spreadsheet apps export) or a tab: the one that splits a line at the
 * top into a header row of one of the tables, else the one the first line uses most.
 * The header decides because column names hold no commas, while cells often do
 * ("Nederlands, Arabisch"), which can mislead a guess over the whole file.
 */
function guessDelimiter(text: string): string {
  const lines = text.split(/\r?\n/, HEADER_SEARCH_ROWS).map((line) => line.replace(/"[^"]*"/g, (quoted) => quoted.replace(/[,;\t]/g, ' ')));
  for (const line of lines) {
    let best: string | undefined;
    let most = 0;
    for (const candidate of [',', ';', '\t']) {
      const score = recogniseHeader(line.split(candidate).map((cell) => cell.replace(/"/g, '')))?.score ?? 0;
      if (score > most) [best, most] = [candidate, score];
    }
    if (best) return best;
  }
  const header = (lines[0] ?? '').replace(/"[^"]*"/g, '');
  let best = ',';
  let most = 0;
  for (const candidate of [',', ';', '\t']) {
    const count = header.split(candidate).length - 1;
    if (count > most) [best, most] = [candidate, count];
  }
  return best;
}

function fold(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .replace(/\s*\*$/, '')
    .trim();
}

interface Header {
  kind: SheetKind;
  /** How many columns it knows: the table with most wins. */
  score: number;
  /** Our column name per column index; undefined for an unknown column. */
  columns: (string | undefined)[];
  unknown: string[];
}

/**
 * A column name without what editors vary in it: capitals, accents, spaces, dots and
 * hyphens ("Telefoon nummer", "E-mail adres", "Tel.").
 */
const columnKey = (text: string): string => fold(text).replace(/[\s.\-:()]/g, '');

/** Which table a header row belongs to, and what each column means. */
function recogniseHeader(cells: readonly string[]): Header | undefined {
  const folded = cells.map(columnKey);
  let best: Header | undefined;
  let bestScore = 0;
  for (const kind of Object.keys(COLUMNS) as SheetKind[]) {
    const lookup = new Map<string, string>();
    for (const [column, names] of Object.entries(COLUMNS[kind])) for (const name of names) lookup.set(columnKey(name), column);
    const columns = folded.map((cell) => lookup.get(cell));
    if (!columns.includes(KEY_COLUMN[kind])) continue;
    const score = columns.filter((c) => c !== undefined).length;
    if (score > bestScore) {
      bestScore = score;
      const unknown = cells.filter((cell, i) => columns[i] === undefined && cell.trim() !== '').map((cell) => cell.trim());
      best = { kind, score, columns, unknown };
    }
  }
  return best;
}

/**
 * A column name that starts with the word a table is recognised by ("Naam initiatief", "Titel
 * van de taak"). Not taken as that column: in a sheet of places "Naam contactpersoon" is no
 * place's name. The editor is asked instead.
 */
function namedColumn(records: readonly string[][]): { cells: string[]; cell: string; key: string } | undefined {
  for (const cells of records) {
    for (const cell of cells) {
      const key = Object.values(KEY_COLUMN).find((word) => columnKey(cell).startsWith(word) && columnKey(cell) !== word);
      if (key) return { cells, cell: cell.trim(), key };
    }
  }
  return undefined;
}

/** One data row: its row number as the spreadsheet shows it and its cells by our column names. */
interface Row {
  row: number;
  cells: Map<string, string>;
}

interface Sheet {
  name: string;
  kind: SheetKind;
  /** Our column name per column of the header; undefined for an unknown column. */
  columns: (string | undefined)[];
  rows: Row[];
}

class Reader {
  readonly problems: FeedProblem[] = [];
  constructor(readonly lang: string) {}

  report(code: SourceProblemCode, sheet: string, params: Omit<SourceMessageParams, 'sheet'> = {}): void {
    const path = params.row === undefined ? sheet : `${sheet}, rij ${params.row}${params.column ? `, kolom ${params.column}` : ''}`;
    this.problems.push(sourceProblem(code, path, { ...params, sheet }, this.lang));
  }

  /** Decodes, checks and parses one file into its rows; undefined when nothing can be used. */
  readSheet(input: SheetInput): Sheet | undefined {
    const name = input.name;
    let text = input.text;
    if (text === undefined) {
      const decoded = decodeText(input.bytes ?? new Uint8Array());
      text = decoded.text;
      if (decoded.encoding !== 'utf-8') {
        const label = decoded.encoding === 'windows-1252' ? 'Windows-1252 (ANSI)' : 'UTF-16';
        this.report('sheet.encoding', name, { encoding: label });
      }
    }
    text = text.replace(/^\uFEFF/, '');
    if (looksLikeHtml(text, input.contentType)) {
      this.report('sheet.html', name);
      return undefined;
    }
    if (text.trim() === '') {
      this.report('sheet.empty-file', name);
      return undefined;
    }
    // Quoted fields may hold new lines and delimiters; the delimiter comes from the header row.
    const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: guessDelimiter(text) });
    const records = parsed.data;
    // Rows above the column names (a title) are skipped; row numbers stay those the editor sees.
    let headerIndex = 0;
    let header: Header | undefined;
    for (let index = 0; index < Math.min(records.length, HEADER_SEARCH_ROWS) && !header; index++) {
      header = recogniseHeader(records[index]!);
      headerIndex = index;
    }
    if (!header) {
      const named = namedColumn(records.slice(0, HEADER_SEARCH_ROWS));
      const columns = (named?.cells ?? records[0] ?? []).map((cell) => `"${cell.trim()}"`).slice(0, 6).join(', ');
      this.report('sheet.unknown', name, { columns: columns || '—', ...(named ? { value: named.cell, example: named.key } : {}) });
      return undefined;
    }
    if (header.unknown.length > 0) {
      // The names it knows, as written in the templates: in the studio no docs folder is at hand.
      const known = Object.keys(COLUMNS[header.kind]).join(', ');
      this.report('sheet.columns.unknown', name, { columns: header.unknown.map((c) => `"${c}"`).join(', '), value: known });
    }
    const width = records[headerIndex]!.length;
    const rows: Row[] = [];
    let count = 0;
    for (let index = headerIndex + 1; index < records.length; index++) {
      const record = records[index]!;
      if (record.every((cell) => cell.trim() === '')) continue;
      count++;
      if (count > MAX_ROWS) {
        this.report('sheet.rows.too-many', name, { count: MAX_ROWS });
        break;
      }
      const cells = new Map<string, string>();
      const row = index + 1;
      // A ; or , typed in an unquoted cell splits it: the cells the header names still show,
      // the rest is named so the editor finds the cell. Empty trailing cells are what some
      // spreadsheet apps export and say nothing.
      const extra = record.slice(width).map((cellText) => cellText.trim()).filter((cellText) => cellText !== '');
      if (extra.length > 0) this.report('row.too-many-cells', name, { row, value: extra.map((cellText) => `'${cellText}'`).join(', ') });
      record.forEach((raw, i) => {
        const column = header.columns[i];
        const value = raw.trim();
        if (!column || value === '') return;
        if (FORMULA_ERROR.test(value)) {
          this.report('cell.formula-error', name, { row, column, value });
          return;
        }
        cells.set(column, value);
      });
      rows.push({ row, cells });
    }
    if (rows.length === 0) this.report('sheet.no-rows', name);
    else if (rows.length > MANY_ROWS) this.report('sheet.rows.many', name, { count: rows.length });
    return { name, kind: header.kind, columns: header.columns, rows };
  }
}

/** Where an item of the built feed came from, to point its problems at a row. */
interface Origin {
  sheet: string;
  row: number;
  kind: SheetKind;
  source: string;
}

/** Which column a validation path (below the item) is about. */
const PATH_COLUMNS: Record<SheetKind, [RegExp, string][]> = {
  places: [
    [/^\.id/, 'id'],
    [/^\.name/, 'naam'],
    [/^\.kind/, 'soort'],
    [/^\.address\.street/, 'adres'],
    [/^\.address\.postcode/, 'postcode'],
    [/^\.address\.city/, 'plaats'],
    [/^\.location\.lng/, 'lng'],
    [/^\.location/, 'lat'],
    [/^\.contact\.phone/, 'telefoon'],
    [/^\.contact\.email/, 'e-mail'],
    [/^\.contact\.website/, 'website'],
    [/^\.hours/, 'openingstijden'],
    [/^\.languages/, 'talen'],
    [/^\.audience/, 'leeftijd'],
    [/^\.description/, 'omschrijving'],
    [/^\.lastChecked/, 'gecontroleerd'],
  ],
  opportunities: [
    [/^\.id/, 'id'],
    [/^\.title/, 'titel'],
    [/^\.place/, 'plek'],
    [/^\.description/, 'omschrijving'],
    [/^\.when/, 'wanneer'],
    [/^\.skills/, 'talenten'],
    [/^\.languages/, 'talen'],
    [/^\.minAge/, 'minimumleeftijd'],
    [/^\.contact\.name/, 'contactpersoon'],
    [/^\.contact\.email/, 'e-mail'],
    [/^\.contact\.phone/, 'telefoon'],
  ],
  glossary: [
    [/^\.term/, 'woord'],
    [/^\.explanation/, 'uitleg'],
    [/^\.aliases/, 'ook genoemd'],
  ],
};

const LIST_OF: Record<SheetKind, string> = { places: 'places', opportunities: 'opportunities', glossary: 'glossary' };

function uniqueId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

/** "51,6978" and "51.6978"; undefined for anything else. */
export function readDecimal(text: string): number | undefined {
  const normal = text.replace(/\s/g, '').replace(',', '.');
  if (!/^[-+]?\d+(?:\.\d+)?$/.test(normal)) return undefined;
  return Number(normal);
}

/**
 * "51.70030, 5.29310" (what a map app copies), "51,7003; 5,2931" or "51.7003 5.2931": latitude
 * first. A comma between decimal commas ("51,7003, 5,2931") is read too; anything else is not.
 */
export function readCoordinates(text: string): { lat: number; lng: number } | undefined {
  const m = /^\s*(-?\d{1,3}(?:[.,]\d+)?)\s*(?:[;\s]|,\s)\s*(-?\d{1,3}(?:[.,]\d+)?)\s*$/.exec(text) ?? /^\s*(-?\d{1,3}\.\d+),(-?\d{1,3}\.\d+)\s*$/.exec(text);
  if (!m) return undefined;
  return { lat: Number(m[1]!.replace(',', '.')), lng: Number(m[2]!.replace(',', '.')) };
}

/** "0-12", "16+", "vanaf 4", "tot 12", "12", "4 t/m 12 jaar". */
export function readAge(text: string): { minAge?: number; maxAge?: number } | undefined {
  // Not /\s*jaar\s*$/: that takes time squared in the length of a run of spaces.
  let t = text.toLowerCase().trim();
  if (t.endsWith('jaar')) t = t.slice(0, -4).trim();
  let m = /^(\d{1,3})\s*(?:-|–|t\/m|tot en met|tot)\s*(\d{1,3})$/.exec(t);
  if (m) return { minAge: Number(m[1]), maxAge: Number(m[2]) };
  m = /^(?:(\d{1,3})\s*\+|(?:vanaf|from|ouder dan|v\.a\.)\s*(\d{1,3}))$/.exec(t);
  if (m) return { minAge: Number(m[1] ?? m[2]) };
  m = /^(?:tot en met|t\/m|tot|up to|until)\s*(\d{1,3})$/.exec(t);
  if (m) return { maxAge: Number(m[1]) };
  if (/^(?:alle leeftijden|iedereen|all ages)$/.test(t)) return {};
  return undefined;
}

/** "2026-11-18", "18-11-2026", "18/11/2026", "18.11.2026" → "2026-11-18". */
export function readDay(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
    if (!m) return undefined;
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A cell with several values. Only languages may also be joined by "en" ("Nederlands en
 * Arabisch"): a talent or alias can hold that word ("Advies- en Meldpunt").
 */
function splitList(text: string, joinedByAnd = false): string[] {
  // The separators alone, each word trimmed after: /\s*[,;]\s*/ takes time squared in the
  // length of a run of spaces without a separator (a cell of 40,000 spaces took seconds).
  return text
    .split(joinedByAnd ? /[,;/\n]|\ben\b|\band\b/i : /[,;\n]/)
    .map((word) => word.trim())
    .filter((word) => word !== '');
}

/**
 * Reads the sheets of one spreadsheet source into a checked feed. `name` is what rows
 * without a `bron` cell are attributed to (the file name when not given).
 */
export function readSpreadsheet(inputs: readonly SheetInput[], name?: string, options: SpreadsheetOptions = {}): SpreadsheetResult {
  const lang = options.lang ?? 'nl';
  const reader = new Reader(lang);
  const sheets = inputs.map((input) => reader.readSheet(input)).filter((sheet): sheet is Sheet => sheet !== undefined);
  // Shown after "Bron:" and as the publisher: a name, cleaned like the feed's names.
  const sourceName = plainLabel(name ?? fileLabel(inputs[0]?.name ?? 'spreadsheet')) ?? 'spreadsheet';

  const places: Record<string, unknown>[] = [];
  const opportunities: Record<string, unknown>[] = [];
  const glossary: Record<string, unknown>[] = [];
  const origins: Record<SheetKind, Origin[]> = { places: [], opportunities: [], glossary: [] };
  const placeIds = new Set<string>();
  const placeByName = new Map<string, string>();
  const areaByIndex: (AreaName | undefined)[] = [];

  const cell = (_sheet: Sheet, row: Row, column: string): string | undefined => row.cells.get(column);
  // A `bron` cell is shown after "Bron:" as it is, so it is cleaned as a name; an empty one counts as none.
  const bron = (sheet: Sheet, row: Row): string => {
    const text = cell(sheet, row, 'bron');
    return (text === undefined ? undefined : plainLabel(text)) ?? sourceName;
  };

  for (const { sheet, row, name: placeName } of namedRows(reader, sheets, 'places')) {
    const at = { row: row.row };
    const raw: Record<string, unknown> = { name: placeName, categories: [], areas: [] };
    // An id the editor wrote stays as written (a duplicate is reported); a made one is made unique.
    const givenId = cell(sheet, row, 'id');
    raw.id = givenId ?? uniqueId(slugify(placeName) || `plek-${row.row}`, placeIds);
    placeIds.add(raw.id as string);
    const kindText = cell(sheet, row, 'soort');
    // An own key only: "constructor" would find a function on the prototype.
    const kindWord = kindText === undefined ? undefined : fold(kindText);
    const kind = kindWord !== undefined && Object.prototype.hasOwnProperty.call(KIND_WORDS, kindWord) ? KIND_WORDS[kindWord] : undefined;
    if (kindText !== undefined && !kind) reader.report('cell.kind', sheet.name, { ...at, column: 'soort', value: kindText });
    raw.kind = kind ?? 'informal-initiative';
    const [streetName, number, postcode, city] = ['adres', 'huisnummer', 'postcode', 'plaats'].map((c) => cell(sheet, row, c));
    const street = [streetName, number].filter((part) => part !== undefined).join(' ') || undefined;
    if (street || postcode || city) raw.address = { street, postcode, city };
    const location: Record<string, number> = {};
    for (const [column, key] of [['lat', 'lat'], ['lng', 'lng']] as const) {
      const text = cell(sheet, row, column);
      if (text === undefined) continue;
      const value = readDecimal(text);
      if (value === undefined) reader.report('cell.number', sheet.name, { ...at, column, value: text });
      else location[key] = value;
    }
    const both = cell(sheet, row, 'coordinaten');
    if (both !== undefined && location.lat === undefined && location.lng === undefined) {
      const pair = readCoordinates(both);
      if (pair) Object.assign(location, pair);
      else reader.report('cell.number', sheet.name, { ...at, column: 'coordinaten', value: both });
    }
    if (location.lat !== undefined && location.lng !== undefined) raw.location = location;
    raw.contact = { phone: cell(sheet, row, 'telefoon'), email: cell(sheet, row, 'e-mail'), website: cell(sheet, row, 'website') };
    const hoursText = cell(sheet, row, 'openingstijden');
    if (hoursText !== undefined) {
      const hours = parseHoursCell(hoursText, { year: options.year });
      for (const problem of hours.problems) {
        const code = problem.notWeekly ? 'cell.hours.not-weekly' : 'cell.hours';
        reader.report(code, sheet.name, { ...at, column: 'openingstijden', value: problem.text, example: problem.example });
      }
      if (hours.schedule) raw.hours = hours.schedule;
    }
    raw.languages = readLanguageCell(reader, sheet, row, 'talen');
    const ageText = cell(sheet, row, 'leeftijd');
    if (ageText !== undefined) {
      const age = readAge(ageText);
      if (!age) reader.report('cell.age', sheet.name, { ...at, column: 'leeftijd', value: ageText });
      else raw.audience = { groups: [], ...age };
    }
    raw.description = cell(sheet, row, 'omschrijving');
    const checked = cell(sheet, row, 'gecontroleerd');
    if (checked !== undefined) {
      const day = readDay(checked);
      if (!day) reader.report('cell.date', sheet.name, { ...at, column: 'gecontroleerd', value: checked });
      else raw.lastChecked = day;
    }
    const nameColumns = new Set(['naam', 'id', 'bron']);
    const only = [...row.cells.keys()].every((column) => nameColumns.has(column));
    if (only && sheet.columns.some((column) => column !== undefined && !nameColumns.has(column))) {
      reader.report('row.only-name', sheet.name, at);
    }
    const wijk = cell(sheet, row, 'wijk');
    areaByIndex[places.length] = wijk === undefined ? undefined : { text: wijk, sheet: sheet.name, row: row.row };
    placeByName.set(placeName.toLowerCase(), raw.id as string);
    places.push(raw);
    origins.places.push({ sheet: sheet.name, row: row.row, kind: 'places', source: bron(sheet, row) });
  }

  const opportunityIds = new Set<string>();
  const placeNameByIndex: (AreaName | undefined)[] = [];
  for (const { sheet, row, name: title } of namedRows(reader, sheets, 'opportunities')) {
    const at = { row: row.row };
    const raw: Record<string, unknown> = { title };
    const givenId = cell(sheet, row, 'id');
    raw.id = givenId ?? uniqueId(slugify(title) || `taak-${row.row}`, opportunityIds);
    opportunityIds.add(raw.id as string);
    const placeText = cell(sheet, row, 'plek');
    if (placeText !== undefined) {
      const id = placeByName.get(placeText.toLowerCase()) ?? (placeIds.has(placeText) ? placeText : undefined);
      if (id) raw.place = id;
      // Not in this source: the merge looks for it in the others (a tasks sheet is often its own link).
      else placeNameByIndex[opportunities.length] = { text: placeText, sheet: sheet.name, row: row.row };
    }
    raw.description = cell(sheet, row, 'omschrijving');
    raw.when = cell(sheet, row, 'wanneer');
    const talents = cell(sheet, row, 'talenten');
    raw.skills = talents === undefined ? [] : splitList(talents);
    raw.languages = readLanguageCell(reader, sheet, row, 'talen');
    const minAge = cell(sheet, row, 'minimumleeftijd');
    if (minAge !== undefined) {
      const age = /^\d{1,3}$/.test(minAge) ? { minAge: Number(minAge) } : readAge(minAge);
      if (age?.minAge === undefined) reader.report('cell.age', sheet.name, { ...at, column: 'minimumleeftijd', value: minAge });
      else raw.minAge = age.minAge;
    }
    const contact = { name: cell(sheet, row, 'contactpersoon'), email: cell(sheet, row, 'e-mail'), phone: cell(sheet, row, 'telefoon') };
    if (contact.name || contact.email || contact.phone) raw.contact = contact;
    opportunities.push(raw);
    origins.opportunities.push({ sheet: sheet.name, row: row.row, kind: 'opportunities', source: bron(sheet, row) });
  }

  for (const { sheet, row, name: term } of namedRows(reader, sheets, 'glossary')) {
    const aliases = cell(sheet, row, 'ook genoemd');
    glossary.push({ term, explanation: cell(sheet, row, 'uitleg'), aliases: aliases === undefined ? [] : splitList(aliases) });
    origins.glossary.push({ sheet: sheet.name, row: row.row, kind: 'glossary', source: sourceName });
  }

  const json = { version: '1.0', publisher: { name: sourceName }, places, opportunities, glossary };
  const result = validateFeed(json, { lang });
  const problems = [...reader.problems, ...result.problems.map((problem) => locate(problem, origins, lang))];

  // Attribution and wijk cells follow the ids that survived validation.
  const sourceOf = new Map<string, string>();
  const areaNames = new Map<string, AreaName>();
  places.forEach((raw, index) => {
    sourceOf.set(raw.id as string, origins.places[index]!.source);
    const area = areaByIndex[index];
    if (area) areaNames.set(raw.id as string, area);
  });
  const opportunitySource = new Map(opportunities.map((raw, index) => [raw.id as string, origins.opportunities[index]!.source]));
  const placeNames = new Map<string, AreaName>();
  placeNameByIndex.forEach((name, index) => name && placeNames.set(opportunities[index]!.id as string, name));
  for (const place of result.feed.places) place.source = sourceOf.get(place.id) ?? sourceName;
  for (const opportunity of result.feed.opportunities) opportunity.source = opportunitySource.get(opportunity.id) ?? sourceName;
  for (const entry of result.feed.glossary) entry.source = sourceName;
  return { feed: result.feed, problems, areaNames, placeNames };
}

/**
 * The rows of every sheet of one kind that name their item (a place's `naam`, a task's
 * `titel`, a word's `woord`); a row without one is reported, since nothing can show it.
 */
function* namedRows(reader: Reader, sheets: readonly Sheet[], kind: SheetKind): Generator<{ sheet: Sheet; row: Row; name: string }> {
  const column = KEY_COLUMN[kind];
  for (const sheet of sheets) {
    if (sheet.kind !== kind) continue;
    for (const row of sheet.rows) {
      const name = row.cells.get(column);
      if (name) yield { sheet, row, name };
      else reader.report('row.no-name', sheet.name, { row: row.row, column });
    }
  }
}

function readLanguageCell(reader: Reader, sheet: Sheet, row: Row, column: string): string[] {
  const text = row.cells.get(column);
  if (text === undefined) return [];
  const codes: string[] = [];
  for (const word of splitList(text, true)) {
    const code = languageCode(word);
    if (code) codes.push(code);
    else reader.report('cell.language', sheet.name, { row: row.row, column, value: word });
  }
  return codes;
}

/** A validation problem of the built feed, pointed at its sheet, row and column. */
function locate(problem: FeedProblem, origins: Record<SheetKind, Origin[]>, lang: string): FeedProblem {
  const match = /^(places|opportunities|glossary)\[(\d+)\](.*)$/.exec(problem.path);
  if (!match) return problem;
  const kind = (Object.keys(LIST_OF) as SheetKind[]).find((k) => LIST_OF[k] === match[1])!;
  const origin = origins[kind][Number(match[2])];
  if (!origin) return problem;
  const column = PATH_COLUMNS[kind].find(([pattern]) => pattern.test(match[3]!))?.[1];
  return {
    ...problem,
    path: `${origin.sheet}, rij ${origin.row}${column ? `, kolom ${column}` : ''}`,
    message: cellPrefix(origin.row, column, lang) + problem.message,
    sheet: origin.sheet,
    row: origin.row,
    ...(column ? { column } : {}),
  };
}

/** A localized text as one cell: the Dutch text, else the first. */
function plain(text: LocalizedText | undefined): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text.nl ?? Object.values(text)[0] ?? '';
}

function ageCell(minAge: number | undefined, maxAge: number | undefined): string {
  if (minAge !== undefined && maxAge !== undefined) return `${minAge}-${maxAge}`;
  if (minAge !== undefined) return `${minAge}+`;
  if (maxAge !== undefined) return `t/m ${maxAge}`;
  return '';
}

/**
 * Writes a feed as the three spreadsheet tables, with Dutch headers. Reading them back with
 * `readSpreadsheet` gives the same places (`wijk` joins the areas by name when merged with
 * a source that has them). Texts in other languages, categories, activities and
 * accessibility have no column and are left out, and so are notes of the hours that would
 * not read back the same (see `formatHoursCell`).
 */
export function feedToCsv(feed: Feed): Record<string, string> {
  const areaName = new Map(feed.areas.map((area) => [area.id, plain(area.name)]));
  const placeName = new Map(feed.places.map((place) => [place.id, plain(place.name)]));
  const placeRows = feed.places.map((place: Place) => ({
    id: place.id,
    naam: plain(place.name),
    soort: KIND_LABELS[place.kind],
    adres: place.address?.street ?? '',
    postcode: place.address?.postcode ?? '',
    plaats: place.address?.city ?? '',
    wijk: place.areas.length ? place.areas.map((id) => areaName.get(id) ?? id).join(', ') : (place.address?.district ?? ''),
    lat: place.location ? String(place.location.lat) : '',
    lng: place.location ? String(place.location.lng) : '',
    telefoon: place.contact.phone ?? '',
    'e-mail': place.contact.email ?? '',
    website: place.contact.website ?? '',
    openingstijden: formatHoursCell(place.hours),
    talen: place.languages.map(dutchLanguageName).join(', '),
    leeftijd: ageCell(place.audience?.minAge, place.audience?.maxAge),
    omschrijving: plain(place.description),
    gecontroleerd: place.lastChecked ?? '',
    bron: place.source ?? '',
  }));
  const taskRows = feed.opportunities.map((task: Opportunity) => ({
    id: task.id,
    titel: plain(task.title),
    plek: task.place ? (placeName.get(task.place) ?? task.place) : '',
    omschrijving: plain(task.description),
    wanneer: plain(task.when),
    talenten: task.skills.join(', '),
    talen: task.languages.map(dutchLanguageName).join(', '),
    minimumleeftijd: task.minAge === undefined ? '' : String(task.minAge),
    contactpersoon: task.contact?.name ?? '',
    'e-mail': task.contact?.email ?? '',
    telefoon: task.contact?.phone ?? '',
    bron: task.source ?? '',
  }));
  const glossaryRows = feed.glossary.map((entry) => ({
    woord: entry.term,
    uitleg: plain(entry.explanation),
    'ook genoemd': entry.aliases.join(', '),
  }));
  const write = (kind: SheetKind, rows: Record<string, string>[]): string => {
    const fields = Object.keys(COLUMNS[kind]).filter((column) => !READ_ONLY_COLUMNS.has(column));
    return Papa.unparse({ fields, data: rows.map((row) => fields.map((c) => row[c] ?? '')) }, { newline: '\n' }) + '\n';
  };
  return {
    [SHEET_FILES.places]: write('places', placeRows),
    [SHEET_FILES.opportunities]: write('opportunities', taskRows),
    [SHEET_FILES.glossary]: write('glossary', glossaryRows),
  };
}
