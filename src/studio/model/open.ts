/**
 * Opening a feed in the studio: a file (buurtkit JSON, Open Referral HSDS, or one or more CSV
 * tables), or a URL, only when the editor asks. Reading goes through src/feed/sources, the
 * same code `buurtkit convert` and the elements use, so the studio opens exactly what the kit
 * reads. Failures are plain Dutch sentences; nothing here throws for bad content.
 */
import type { FeedProblem } from '../../feed/types.js';
import { decodeText } from '../../feed/sources/decode.js';
import { isCsv, isWorkbook, looksLikeHtml } from '../../feed/sources/detect.js';
import { hsdsToFeed } from '../../feed/sources/hsds.js';
import { formatOf, DEFAULT_FORMAT, type TextFormat } from './serialize.js';
import type { JsonObject } from './json-path.js';

export type OpenedKind = 'feed' | 'hsds' | 'csv';

export interface Opened {
  ok: true;
  kind: OpenedKind;
  doc: JsonObject;
  /** The opened text's format, kept for saving (a converted source gets the default). */
  format: TextFormat;
  /** What reading the source found (HSDS and CSV); the feed's own problems come from the check. */
  problems: FeedProblem[];
  label: string;
}

export interface OpenFailure {
  ok: false;
  message: string;
}

export type OpenResult = Opened | OpenFailure;

/** A file or download: its name (or URL), bytes and content type. */
export interface OpenInput {
  name: string;
  bytes: Uint8Array;
  contentType?: string;
}

const fail = (message: string): OpenFailure => ({ ok: false, message });

/** Where JSON.parse stopped, as a line number, when the browser says at which character. */
function lineOf(text: string, error: unknown): string {
  const at = /position (\d+)/.exec(String((error as Error)?.message ?? ''))?.[1];
  if (at === undefined) return '';
  return ` (regel ${text.slice(0, Number(at)).split('\n').length})`;
}

/** The JSON copy of a checked feed, as `buurtkit convert` writes it. */
function plain(value: unknown): JsonObject {
  return JSON.parse(JSON.stringify(value)) as JsonObject;
}

/** A workbook instead of CSV: what to do, in the words of the spreadsheet apps. */
export function workbookMessage(name: string): string {
  return `${name} is een werkmap van Excel of LibreOffice, geen CSV. De studio leest elk blad als apart CSV-bestand. Kies in Excel Bestand → Opslaan als → "CSV UTF-8", in LibreOffice Opslaan als → "Tekst CSV". Doe dat voor elk blad (plekken, vrijwilligerstaken, woordenlijst) en kies die bestanden hier samen.`;
}

/** Reads files: one JSON file (feed or HSDS), or one or more CSV tables together. */
export async function openInputs(inputs: readonly OpenInput[]): Promise<OpenResult> {
  if (inputs.length === 0) return fail('Kies een bestand.');
  const workbook = inputs.find((input) => isWorkbook(input.name, input.bytes));
  if (workbook) return fail(workbookMessage(workbook.name));
  const decoded = inputs.map((input) => ({ ...input, text: decodeText(input.bytes).text }));
  for (const input of decoded) {
    if (looksLikeHtml(input.text, input.contentType)) return fail(`${input.name} is een webpagina, geen feed of tabel. Kies het bestand zelf, of de link die naar het bestand wijst.`);
  }
  const sheets = decoded.filter((input) => isCsv(input.name, input.contentType ?? '', input.text));
  if (sheets.length > 0) {
    if (sheets.length < decoded.length) return fail('Kies óf tabellen (CSV), óf één feed (JSON), niet allebei tegelijk.');
    const { readSpreadsheet } = await import('../../feed/sources/csv.js');
    const result = readSpreadsheet(
      sheets.map(({ name, bytes, contentType }) => ({ name, bytes, ...(contentType ? { contentType } : {}) })),
      sheets[0]!.name,
    );
    if (result.feed.places.length === 0 && result.feed.opportunities.length === 0 && result.feed.glossary.length === 0) {
      // The reader's own words say why (a login page, no known column names), per file.
      const why = result.problems.filter((problem) => problem.severity === 'error' && problem.code !== 'feed.nothing-to-show');
      const said = why.map((problem) => (sheets.length > 1 && problem.sheet ? `${problem.sheet}: ${problem.message}` : problem.message)).join(' ');
      return fail(`In deze tabel staat niets wat de studio kan lezen. ${said || 'Staan er kolomnamen boven je gegevens, zoals naam, titel of woord?'}`);
    }
    // Rows without a `bron` cell are attributed to the file: as a source beside others that says
    // where they came from, but in the editor's own feed residents read "Bron: plekken.csv".
    const fileName = result.feed.publisher.name;
    for (const item of [...result.feed.places, ...result.feed.opportunities, ...result.feed.glossary]) if (item.source === fileName) delete item.source;
    return { ok: true, kind: 'csv', doc: plain(result.feed), format: DEFAULT_FORMAT, problems: result.problems, label: sheets.map((s) => s.name).join(', ') };
  }
  if (decoded.length > 1) return fail('Kies één feed (JSON) tegelijk. Alleen tabellen (CSV) kun je samen openen.');
  const { name, text } = decoded[0]!;
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(`${name} is geen leesbare JSON${lineOf(text, error)}. Is het bestand helemaal gedownload?`);
  }
  const hsds = hsdsToFeed(json);
  if (hsds) return { ok: true, kind: 'hsds', doc: hsds.json, format: DEFAULT_FORMAT, problems: hsds.problems, label: name };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail(`${name} is geen buurtkit-feed: er staat geen object { … } in, maar ${Array.isArray(json) ? 'een lijst [ … ]' : 'één losse waarde'}.`);
  }
  return { ok: true, kind: 'feed', doc: json as JsonObject, format: formatOf(text), problems: [], label: name };
}

/** Reads files the editor chose. */
export async function openFiles(files: readonly File[]): Promise<OpenResult> {
  const inputs = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), contentType: file.type })));
  return openInputs(inputs);
}

/** How long opening a URL may take. */
export const URL_TIMEOUT_MS = 15_000;

/** Opens a feed or table from the web. Only called when the editor presses the button. */
export async function openUrl(address: string, fetcher: typeof fetch = fetch): Promise<OpenResult> {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return fail('Dit is geen volledig webadres. Het begint met https://');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('Dit is geen webadres. Het begint met https://');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), URL_TIMEOUT_MS);
  try {
    const response = await fetcher(url.href, { signal: controller.signal, headers: { accept: 'application/json, text/csv;q=0.9' }, credentials: 'omit' });
    if (response.status === 404 || response.status === 410) return fail(`Op dit adres staat niets (fout ${response.status}). Klopt het adres?`);
    if (response.status === 401 || response.status === 403) return fail(`Dit adres is afgeschermd (fout ${response.status}). Is het bestand openbaar gedeeld?`);
    if (!response.ok) return fail(`De website gaf een fout (${response.status}). Probeer het later nog eens.`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return openInputs([{ name: url.href, bytes, contentType: response.headers.get('content-type') ?? '' }]);
  } catch {
    if (controller.signal.aborted) return fail(`Het adres gaf na ${URL_TIMEOUT_MS / 1000} seconden nog geen antwoord. Probeer het later nog eens.`);
    return fail(
      'De studio kon dit adres niet ophalen. Klopt het adres, en ben je online? Sommige websites staan niet toe dat een andere website hun bestanden ophaalt; download het bestand dan en open het als bestand.',
    );
  } finally {
    clearTimeout(timer);
  }
}
