/**
 * Problems of the sources themselves — a spreadsheet row, a cell, an HSDS document, two
 * sources that meet — in plain Dutch (and English), with the sheet, row and column where
 * the editor finds them. Validation problems of the feed keep their own codes and words
 * (`../messages.ts`); a source only adds where they come from.
 */
import type { FeedProblem, ProblemSeverity } from '../types.js';

export interface SourceMessageParams {
  sheet?: string;
  row?: number;
  column?: string;
  value?: string;
  example?: string;
  columns?: string;
  count?: number;
  encoding?: string;
  source?: string;
  id?: string;
  newId?: string;
}

type Template = (p: SourceMessageParams) => string;

const rowColumn = (p: SourceMessageParams): string =>
  p.column ? `Rij ${p.row}, kolom ${p.column}: ` : p.row !== undefined ? `Rij ${p.row}: ` : '';
const rowColumnEn = (p: SourceMessageParams): string =>
  p.column ? `Row ${p.row}, column ${p.column}: ` : p.row !== undefined ? `Row ${p.row}: ` : '';

/** Every source problem with its severity; an error means something is left out. */
export const SOURCE_PROBLEM_SEVERITY = {
  'sheet.html': 'error',
  'sheet.empty-file': 'error',
  'sheet.unknown': 'error',
  'sheet.no-rows': 'warning',
  'sheet.columns.unknown': 'warning',
  'sheet.encoding': 'warning',
  'sheet.rows.many': 'warning',
  'sheet.rows.too-many': 'error',
  'sheet.unreadable': 'error',
  'cell.formula-error': 'warning',
  'cell.hours': 'warning',
  'cell.hours.not-weekly': 'warning',
  'cell.kind': 'warning',
  'cell.age': 'warning',
  'cell.date': 'warning',
  'cell.number': 'warning',
  'cell.language': 'warning',
  'cell.place': 'warning',
  'cell.area': 'warning',
  'row.only-name': 'warning',
  'row.no-name': 'error',
  'row.too-many-cells': 'warning',
  'hsds.unknown-shape': 'error',
  'hsds.no-location': 'warning',
  'hsds.location.out-of-range': 'error',
  'hsds.no-name': 'error',
  'merge.id-renamed': 'warning',
  'source.failed': 'error',
} as const satisfies Record<string, ProblemSeverity>;

export type SourceProblemCode = keyof typeof SOURCE_PROBLEM_SEVERITY;

const nl: Record<SourceProblemCode, Template> = {
  'sheet.html': () =>
    'Hier kwam een webpagina (HTML) terug, geen CSV. Meestal is de spreadsheet niet openbaar: kies in je spreadsheet "Publiceren op internet" als CSV en gebruik die link.',
  'sheet.empty-file': () => 'Het bestand is leeg. Zet op rij 1 de kolomnamen (bijvoorbeeld: naam, soort, adres) en daaronder je plekken.',
  'sheet.unknown': (p) =>
    `Dit blad herken ik niet aan de kolomnamen bovenaan (${p.columns}). Zet boven je gegevens één rij met de kolomnamen van een sjabloon: "naam" voor plekken, "titel" voor vrijwilligerstaken, of "woord" en "uitleg" voor de woordenlijst.${p.value ? ` Is "${p.value}" de kolom met de naam? Noem hem dan "${p.example}".` : ''}`,
  'sheet.no-rows': () => 'Dit blad heeft kolomnamen maar geen rijen eronder. Er wordt niets uit getoond; vul vanaf rij 2 je gegevens in.',
  'sheet.columns.unknown': (p) =>
    `De kolom(men) ${p.columns} kennen we niet; die slaan we over. Kijk de schrijfwijze na${p.value ? `: dit blad kent ${p.value}` : ' (zie docs/spreadsheet.md)'}. Of laat ze zo als ze alleen voor jezelf zijn.`,
  'sheet.encoding': (p) =>
    `Het bestand is opgeslagen als ${p.encoding}, niet als UTF-8. We lezen het toch, maar letters als ë of ç kunnen verkeerd staan. Sla het op als "CSV UTF-8".`,
  'sheet.rows.many': (p) =>
    `Dit blad heeft ${p.count} rijen. Dat werkt, maar de kaart laadt traag op een telefoon. Splits het blad liever per wijk.`,
  'sheet.rows.too-many': (p) => `Dit blad heeft meer dan ${p.count} rijen; de rijen daarna worden niet getoond. Splits het blad.`,
  'sheet.unreadable': (p) => `Dit blad kunnen we niet lezen als CSV (${p.value}). Sla het op als "CSV UTF-8" en probeer het opnieuw.`,
  'cell.formula-error': (p) =>
    `${rowColumn(p)}de cel geeft een formulefout (${p.value}). We laten de cel leeg; kijk de formule na.`,
  'cell.hours': (p) => `${rowColumn(p)}'${p.value}' snap ik niet. Schrijf bijvoorbeeld: ${p.example}`,
  'cell.hours.not-weekly': (p) =>
    `${rowColumn(p)}'${p.value}' is niet elke week. Dat kan de kaart niet als vaste tijden tonen. Schrijf de datums met "open op", bijvoorbeeld: ${p.example}`,
  'cell.kind': (p) =>
    `${rowColumn(p)}'${p.value}' is geen soort. Schrijf Bewonersinitiatief, Vrijwilligersorganisatie of Professionele hulp. We tonen de plek als Bewonersinitiatief.`,
  'cell.age': (p) => `${rowColumn(p)}'${p.value}' is geen leeftijd die we kunnen lezen. Schrijf bijvoorbeeld 0-12, 16+ of vanaf 4.`,
  'cell.date': (p) => `${rowColumn(p)}'${p.value}' is geen datum. Schrijf bijvoorbeeld 18-11-2026 of 2026-11-18.`,
  'cell.number': (p) => `${rowColumn(p)}'${p.value}' is geen getal. Schrijf bijvoorbeeld 51,6978 of 51.6978.`,
  'cell.language': (p) => `${rowColumn(p)}de taal '${p.value}' kennen we niet; die slaan we over. Schrijf bijvoorbeeld: Nederlands, Arabisch, Turks.`,
  'cell.place': (p) =>
    `${rowColumn(p)}de plek '${p.value}' staat niet in het blad met plekken. We tonen de taak zonder plek. Schrijf de naam precies zoals in de kolom "naam".`,
  'cell.area': (p) =>
    `${rowColumn(p)}'${p.value}' is geen wijk uit de feed. We tonen het als tekst, maar het filter op wijk vindt deze plek niet.`,
  'row.only-name': (p) =>
    `${rowColumn(p)}deze plek heeft alleen een naam. We tonen hem als Bewonersinitiatief zonder adres in de lijst; vul soort, adres en openingstijden aan.`,
  'row.no-name': (p) => `${rowColumn(p)}deze rij heeft geen ${p.column ?? 'naam'}. Zonder naam tonen we de rij niet.`,
  'row.too-many-cells': (p) =>
    `Rij ${p.row} heeft meer cellen dan de kopregel (te veel: ${p.value}). Staat er een ; of , in een cel zonder aanhalingstekens? Zet die cel tussen aanhalingstekens ("…") of haal het teken weg.`,
  'hsds.unknown-shape': () =>
    'Dit is geen buurtkit-feed en geen Open Referral (HSDS 3.0) die we kennen: we verwachten een dienst (service), een lijst met "contents", of een document met "services".',
  'hsds.no-location': (p) =>
    `De dienst '${p.value}' heeft geen locatie. We tonen hem als plek zonder adres in de lijst, niet op de kaart.`,
  'hsds.location.out-of-range': (p) =>
    `De locatie van '${p.value}' heeft coördinaten die niet kunnen bestaan. We tonen de plek zonder punt op de kaart.`,
  'hsds.no-name': (p) => `Een dienst (${p.id ?? 'zonder id'}) heeft geen naam. Zonder naam tonen we hem niet.`,
  'merge.id-renamed': (p) =>
    `De id '${p.id}' komt ook in een andere bron voor. In deze bron heet hij nu '${p.newId}', zodat links naar allebei blijven werken.`,
  'source.failed': (p) => `Deze bron kon niet geladen worden (${p.value}). De andere bronnen worden wel getoond.`,
};

const en: Record<SourceProblemCode, Template> = {
  'sheet.html': () =>
    'A web page (HTML) came back instead of CSV. Usually the spreadsheet is not public: choose "Publish to the web" as CSV and use that link.',
  'sheet.empty-file': () => 'The file is empty. Put the column names on row 1 (for example: naam, soort, adres) and your places below.',
  'sheet.unknown': (p) =>
    `This sheet is not recognised by the column names at the top (${p.columns}). Put one row with a template's column names above your data: "naam" for places, "titel" for volunteer tasks, or "woord" and "uitleg" for the glossary.${p.value ? ` Is "${p.value}" the column with the name? Then call it "${p.example}".` : ''}`,
  'sheet.no-rows': () => 'This sheet has column names but no rows below them. Nothing from it is shown; fill in your data from row 2.',
  'sheet.columns.unknown': (p) =>
    `The column(s) ${p.columns} are unknown and skipped. Check the spelling${p.value ? `: this sheet knows ${p.value}` : ' (see docs/spreadsheet.md)'}.`,
  'sheet.encoding': (p) =>
    `The file is saved as ${p.encoding}, not UTF-8. It is read anyway, but letters like ë or ç may be wrong. Save it as "CSV UTF-8".`,
  'sheet.rows.many': (p) => `This sheet has ${p.count} rows. That works, but the map loads slowly on a phone. Consider one sheet per area.`,
  'sheet.rows.too-many': (p) => `This sheet has more than ${p.count} rows; the rows after that are not shown. Split the sheet.`,
  'sheet.unreadable': (p) => `This sheet cannot be read as CSV (${p.value}). Save it as "CSV UTF-8" and try again.`,
  'cell.formula-error': (p) => `${rowColumnEn(p)}the cell shows a formula error (${p.value}). The cell is left empty; check the formula.`,
  'cell.hours': (p) => `${rowColumnEn(p)}'${p.value}' cannot be read. Write for example: ${p.example}`,
  'cell.hours.not-weekly': (p) =>
    `${rowColumnEn(p)}'${p.value}' is not every week, which the map cannot show as regular hours. Write the dates with "open op", for example: ${p.example}`,
  'cell.kind': (p) =>
    `${rowColumnEn(p)}'${p.value}' is not a kind. Write Bewonersinitiatief, Vrijwilligersorganisatie or Professionele hulp. The place is shown as an informal initiative.`,
  'cell.age': (p) => `${rowColumnEn(p)}'${p.value}' is not an age we can read. Write for example 0-12, 16+ or vanaf 4.`,
  'cell.date': (p) => `${rowColumnEn(p)}'${p.value}' is not a date. Write for example 18-11-2026 or 2026-11-18.`,
  'cell.number': (p) => `${rowColumnEn(p)}'${p.value}' is not a number. Write for example 51.6978 or 51,6978.`,
  'cell.language': (p) => `${rowColumnEn(p)}the language '${p.value}' is unknown and skipped. Write for example: Nederlands, Arabisch, Turks.`,
  'cell.place': (p) => `${rowColumnEn(p)}the place '${p.value}' is not in the places sheet. The task is shown without a place.`,
  'cell.area': (p) => `${rowColumnEn(p)}'${p.value}' is not an area of the feed. It is kept as text, but the area filter will not find this place.`,
  'row.only-name': (p) =>
    `${rowColumnEn(p)}this place has only a name. It is listed as an informal initiative without an address; add kind, address and opening hours.`,
  'row.no-name': (p) => `${rowColumnEn(p)}this row has no ${p.column ?? 'name'}. Without a name the row is not shown.`,
  'row.too-many-cells': (p) =>
    `Row ${p.row} has more cells than the header row (extra: ${p.value}). Is there a ; or , in a cell without quotes? Put that cell in quotes ("…") or remove the character.`,
  'hsds.unknown-shape': () =>
    'This is neither a buurtkit feed nor an Open Referral (HSDS 3.0) shape we know: expected a service, a list with "contents", or a document with "services".',
  'hsds.no-location': (p) => `The service '${p.value}' has no location. It is listed without an address, not on the map.`,
  'hsds.location.out-of-range': (p) => `The location of '${p.value}' has impossible coordinates. The place is shown without a point on the map.`,
  'hsds.no-name': (p) => `A service (${p.id ?? 'without id'}) has no name. It is not shown.`,
  'merge.id-renamed': (p) => `The id '${p.id}' is also used by another source. In this source it is now '${p.newId}', so links to both keep working.`,
  'source.failed': (p) => `This source could not be loaded (${p.value}). The other sources are shown.`,
};

/** A problem of a source, with its words in `lang` ("nl" unless "en"). */
export function sourceProblem(code: SourceProblemCode, path: string, params: SourceMessageParams, lang = 'nl'): FeedProblem {
  const table = lang.toLowerCase().startsWith('en') ? en : nl;
  const problem: FeedProblem = { severity: SOURCE_PROBLEM_SEVERITY[code], code, path, message: table[code](params) };
  if (params.sheet !== undefined) problem.sheet = params.sheet;
  if (params.row !== undefined) problem.row = params.row;
  if (params.column !== undefined) problem.column = params.column;
  return problem;
}

/** "Rij 12, kolom e-mail: " before a validation message about one cell of a sheet. */
export function cellPrefix(row: number, column: string | undefined, lang = 'nl'): string {
  return (lang.toLowerCase().startsWith('en') ? rowColumnEn : rowColumn)({ row, column });
}
