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

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Text from the bytes of a file: UTF-8 (with or without BOM), UTF-16 (with BOM, or
 * recognised by its zero bytes), else Windows-1252, which is what older spreadsheet
 * apps write for "CSV" on Windows.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const sample = bytes.subarray(0, 200);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  // ASCII text in UTF-16 has a zero byte beside every letter.
  if (oddZeros > sample.length / 4) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (evenZeros > sample.length / 4) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// 0x80–0x9F of Windows-1252 (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); the other bytes
// are their own code point. Written out because Node 20's TextDecoder reads this label as Latin-1.
const CP1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252.charCodeAt(b - 0x80) : b)));
  }
  return text;
}

/**
 * True for a spreadsheet: by content type, by the URL (".csv", "output=csv" as the publish
 * links of spreadsheet apps have), or by a body that is not JSON and has a separated first line.
 */
export function isCsv(url: string, contentType: string, text: string): boolean {
  if (/^\s*(text\/csv|text\/tab-separated-values|application\/csv|application\/vnd\.ms-excel)\b/i.test(contentType)) return true;
  if (/\bjson\b/i.test(contentType)) return false;
  if (/\.(csv|tsv)(?:$|[?#])/i.test(url) || /[?&](?:output|format|tqx=out:)=?csv\b/i.test(url) || /tqx=out:csv/i.test(url)) return true;
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '' || /^[[{"<]/.test(start)) return false;
  const firstLine = start.slice(0, Math.max(0, start.indexOf('\n')) || start.length);
  return /[,;\t]/.test(firstLine);
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

