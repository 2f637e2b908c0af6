/**
 * Telling sources apart, cheaply: a spreadsheet CSV, Open Referral HSDS or a buurtkit feed.
 * This is all the loader needs up front; reading CSV or HSDS is imported only when a
 * source turns out to be one.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (record: Json, key: string): unknown => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);

/** Key of the object that carries a CSV body through the JSON-only cache and memory. */
export const CSV_KEY = 'buurtkit:csv';

export interface CsvBody {
  [CSV_KEY]: string;
  /** How the bytes were decoded, when not UTF-8. */
  encoding?: string;
}

/**
 * How many rows at the top may hold a title above the column names: editors often put the
 * sheet's name there, or a merged cell ("Plekken in Boschveld;;;;"), which CSV turns into a
 * row of its own.
 */
export const HEADER_SEARCH_ROWS = 10;

/**
 * The names of the columns that name a row in each table, in Dutch and English: enough to
 * tell a sheet from a broken file. csv.ts knows each of them (a test checks it) and a few
 * more ("organisatie", "taak"): those stay out of this list because it is in the script-tag
 * entry, and each word here costs every page. A sheet with only those is still read when its
 * link says CSV (".csv", "output=csv") or its server does.
 */
export const KEY_COLUMNS: ReadonlySet<string> = new Set(['naam', 'name', 'titel', 'title', 'woord', 'term']);

/**
 * True for a spreadsheet: by content type, by the URL (".csv", "output=csv" as the publish
 * links of spreadsheet apps have), or by a body whose first line is the header row of one of the tables.
 */
export function isCsv(url: string, contentType: string, text: string): boolean {
  if (/^\s*(text\/csv|text\/tab-separated-values|application\/csv|application\/vnd\.ms-excel)\b/i.test(contentType)) return true;
  if (/\bjson\b/i.test(contentType)) return false;
  if (/\.(csv|tsv)(?:$|[?#])/i.test(url) || /[?&](?:output|format|tqx=out:)=?csv\b/i.test(url) || /tqx=out:csv/i.test(url)) return true;
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '' || /^[[{"<]/.test(start)) return false;
  // By content only with a header row of one of the tables, so a broken file is not taken for a sheet.
  // It may stand below a title row or two, as csv.ts reads it.
  return start.split(/\r?\n/, HEADER_SEARCH_ROWS).some((line) => {
    const cells = line.split(/[,;\t]/);
    return cells.length > 1 && cells.some((cell) => KEY_COLUMNS.has(cell.replace(/["']/g, '').trim().toLowerCase()));
  });
}

/**
 * True for a workbook of a spreadsheet app (Excel .xlsx/.xls, LibreOffice .ods, Numbers), by
 * its name or its first bytes (a zip, or the old Office format): the kit reads sheets saved as
 * CSV, and a workbook read as a feed gave "Unexpected token 'P'" where the editor needs to
 * hear "save each sheet as CSV".
 */
export function isWorkbook(name: string, bytes: Uint8Array): boolean {
  if (/\.(?:xlsx|xlsm|xlsb|xls|ods|numbers)(?:$|[?#])/i.test(name)) return true;
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const office = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || office;
}

/** True when `text` (after a BOM and spaces) is HTML: a login or error page, not CSV. */
export function looksLikeHtml(text: string, contentType = ''): boolean {
  if (/^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType)) return true;
  return /^\s*</.test(text.replace(/^\uFEFF/, ''));
}

export function isCsvBody(json: unknown): json is CsvBody {
  return typeof json === 'object' && json !== null && typeof (json as Record<string, unknown>)[CSV_KEY] === 'string';
}

/** "https://x/y/plekken.csv?output=csv" → "plekken.csv". */
export function fileLabel(url: string): string {
  const path = url.split(/[?#]/)[0]!.replace(/\/+$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last) || url;
  } catch {
    return last || url;
  }
}

/** Which HSDS shape a JSON value has, if any. A buurtkit feed is never taken for HSDS. */
export function hsdsShape(json: unknown): 'service' | 'list' | 'tables' | undefined {
  if (Array.isArray(json)) return json.some((item) => isObject(item) && own(item, 'service_at_locations') !== undefined) ? 'list' : undefined;
  if (!isObject(json)) return undefined;
  if (own(json, 'places') !== undefined || own(json, 'version') !== undefined) return undefined;
  if (Array.isArray(own(json, 'contents'))) return 'list';
  if (Array.isArray(own(json, 'services'))) return 'tables';
  if (own(json, 'name') !== undefined && (own(json, 'service_at_locations') !== undefined || own(json, 'organization') !== undefined)) {
    return 'service';
  }
  return undefined;
}

