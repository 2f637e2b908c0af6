#!/usr/bin/env node
// `buurtkit check <sources…>`: checks feeds, spreadsheets (CSV) and Open Referral HSDS before
// they are published, in plain Dutch, for an editor at a terminal or a CI job. Exit code 0: no
// errors; 1: errors (shown in part); 2: a source could not be read at all.
// `buurtkit convert <sources…> -o buurt.json [--to hsds | --to csv DIR]`: one merged feed.
import { constants } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** How long a server may take to start answering. */
const FETCH_TIMEOUT_MS = 10_000;
/**
 * How long reading a feed from a URL may take in all, so a server that trickles a byte at a
 * time cannot keep a CI job waiting. BUURTKIT_CHECK_SECONDS sets it (the tests use 2).
 */
const TOTAL_SECONDS = positiveNumber(process.env.BUURTKIT_CHECK_SECONDS) ?? 30;
/** The largest feed read: far beyond any real neighbourhood, far below what fills the memory. */
const MAX_MEGABYTES = 20;
const MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

function positiveNumber(text) {
  const value = Number(text);
  return text && Number.isFinite(value) && value > 0 ? value : undefined;
}

const TEXT = {
  nl: {
    usage: `Gebruik:
  buurtkit check <bestand-of-url> [--json] [--lang en]
  buurtkit check <bestand-of-url> <bestand-of-url> …
  buurtkit convert <bestand-of-url…> -o buurt.json [--to hsds]
  buurtkit convert <bestand-of-url…> --to csv <map>

check: controleert een of meer bronnen en zegt per bron, per rij in gewone woorden wat er mis is.
convert: maakt van de bronnen samen één buurtkit-feed (JSON), of Open Referral HSDS 3.0
(--to hsds), of de drie spreadsheetbladen als CSV in een map (--to csv).

  <bestand-of-url>  een buurtkit-feed (JSON), een spreadsheet (CSV) of Open Referral
                    HSDS 3.0 (JSON), op deze computer of op een adres (https://…)
  -o, --out         waar convert het resultaat schrijft (een bestand, of bij --to csv een map)
  --to              hsds of csv (zonder: een buurtkit-feed)
  --json            geef het resultaat als JSON: { problems, counts }
  --lang en         berichten in het Engels
  --help            deze uitleg

Een feed mag hoogstens 20 MB zijn; van een adres moet hij binnen 30 seconden
helemaal binnen zijn. Alleen gewone bestanden worden gelezen (geen map, pijp of apparaat).

Afsluitcode: 0 = geen fouten, 1 = fouten (de feed wordt gedeeltelijk getoond),
2 = de feed kon niet gelezen worden.
Uitleg van elk bericht: docs/feed.md`,
    unknownArgument: (arg) => `Onbekende optie: ${arg}`,
    missingSource: 'Geef een bestand of een adres op, bijvoorbeeld: buurtkit check buurt.json',
    notBuilt: 'buurtkit is nog niet gebouwd. Voer eerst "npm run build" uit.',
    fileMissing: (file) => `Het bestand "${file}" bestaat niet. Controleer de naam en de map.`,
    fileUnreadable: (file, reason) => `Het bestand "${file}" kan niet gelezen worden (${reason}).`,
    isFolder: (file) => `"${file}" is een map, geen bestand. Geef het JSON-bestand zelf op, bijvoorbeeld ${file}/buurt.json.`,
    notAFile: (file) =>
      `"${file}" is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp), dus buurtkit leest het niet. Geef een JSON-bestand op.`,
    tooBig: (megabytes) =>
      `De feed is groter dan ${megabytes} MB. Dat is te groot om te controleren, en te zwaar voor de telefoon van een bewoner. Is dit het goede bestand? Maak de feed anders kleiner.`,
    tooSlow: (seconds) =>
      `De feed was niet binnen ${seconds} seconden helemaal binnen: de server stuurt hem te langzaam. Probeer het later opnieuw.`,
    missingValue: (option) => `Bij ${option} hoort een waarde, bijvoorbeeld: ${option} en`,
    notJson: (where, reason) =>
      `De feed is geen geldige JSON${where ? `: er klopt iets niet op ${where}` : ''}. Controleer komma's, aanhalingstekens en haakjes. (Technisch: ${reason}.)`,
    looksLikeHtml: 'Er kwam een webpagina (HTML) terug in plaats van JSON. Klopt het adres? Staat de feed achter een inlogpagina?',
    empty: 'De feed is leeg.',
    lineColumn: (line, column) => `regel ${line}, teken ${column}`,
    httpStatus: (status) => `De server antwoordde met status ${status}. Klopt het adres?`,
    timeout: (seconds) => `De server gaf binnen ${seconds} seconden geen antwoord.`,
    network: (reason) => `De feed kon niet worden opgehaald (${reason}). Klopt het adres? Is er internet?`,
    errors: 'Fouten — dit wordt niet (helemaal) getoond:',
    warnings: 'Waarschuwingen — dit wordt wel getoond, maar kijk het na:',
    count: (n, one, many) => `${n} ${n === 1 ? one : many}`,
    error: ['fout', 'fouten'],
    warning: ['waarschuwing', 'waarschuwingen'],
    root: '(hele feed)',
    verdictNothing: 'de feed kan niet worden getoond',
    verdictPartly: 'de feed wordt gedeeltelijk getoond',
    verdictWarnings: 'de feed wordt getoond, maar kijk de waarschuwingen na',
    verdictOk: 'Geen problemen: de feed is in orde.',
    sourceHeading: (name, kind) => `== ${name} (${{ feed: 'buurtkit-feed', hsds: 'Open Referral HSDS', csv: 'spreadsheet' }[kind] ?? kind}) ==`,
    unreadable: 'kon niet gelezen worden',
    together: '== Samen ==',
    missingOut: 'Zeg waar het resultaat moet komen, bijvoorbeeld: buurtkit convert buurt.json plekken.csv -o samen.json',
    badTarget: (value) => `Onbekend doel: ${value}. Kies --to hsds of --to csv.`,
    wrote: (what, where) => `${what} geschreven naar ${where}`,
    places: (n) => `${n} ${n === 1 ? 'plek' : 'plekken'}`,
    seeCheck: (command) => `Wat er mis is, lees je per rij en kolom met: ${command}`,
    workbook: (file) =>
      `"${file}" is een werkmap van Excel of LibreOffice, geen CSV. Sla elk blad apart op als CSV (in Excel: Bestand → Opslaan als → "CSV UTF-8"; in LibreOffice: Opslaan als → "Tekst CSV") en geef die bestanden op.`,
  },
  en: {
    usage: `Usage:
  buurtkit check <file-or-url> [--json] [--lang en]
  buurtkit check <file-or-url> <file-or-url> …
  buurtkit convert <file-or-url…> -o buurt.json [--to hsds]
  buurtkit convert <file-or-url…> --to csv <folder>

check: checks one or more sources and says per source, per row in plain words what is wrong.
convert: merges the sources into one buurtkit feed (JSON), or Open Referral HSDS 3.0
(--to hsds), or the three spreadsheet tables as CSV in a folder (--to csv).

  <file-or-url>  a buurtkit feed (JSON), a spreadsheet (CSV) or Open Referral HSDS 3.0
                 (JSON), on this computer or at an address (https://…)
  -o, --out      where convert writes (a file, or with --to csv a folder)
  --to           hsds or csv (without: a buurtkit feed)
  --json         print the result as JSON: { problems, counts }
  --lang en      messages in English (default: Dutch)
  --help         this help

A feed may be at most 20 MB; from an address it must have fully arrived within
30 seconds. Only regular files are read (no folder, pipe or device).

Exit code: 0 = no errors, 1 = errors (the feed is shown in part),
2 = the feed could not be read.
Every message is explained in docs/feed.md`,
    unknownArgument: (arg) => `Unknown option: ${arg}`,
    missingSource: 'Give a file or an address, for example: buurtkit check buurt.json',
    notBuilt: 'buurtkit has not been built yet. Run "npm run build" first.',
    fileMissing: (file) => `The file "${file}" does not exist. Check the name and the folder.`,
    fileUnreadable: (file, reason) => `The file "${file}" cannot be read (${reason}).`,
    isFolder: (file) => `"${file}" is a folder, not a file. Give the JSON file itself, for example ${file}/buurt.json.`,
    notAFile: (file) => `"${file}" is not a regular file (but a device or a pipe, for example), so buurtkit does not read it. Give a JSON file.`,
    tooBig: (megabytes) =>
      `The feed is larger than ${megabytes} MB. That is too large to check, and too heavy for a resident's phone. Is this the right file? Otherwise make the feed smaller.`,
    tooSlow: (seconds) => `The feed had not fully arrived within ${seconds} seconds: the server sends it too slowly. Try again later.`,
    missingValue: (option) => `${option} needs a value, for example: ${option} en`,
    notJson: (where, reason) =>
      `The feed is not valid JSON${where ? `: something is wrong at ${where}` : ''}. Check commas, quotes and brackets. (Technical: ${reason}.)`,
    looksLikeHtml: 'A web page (HTML) came back instead of JSON. Is the address right? Is the feed behind a login page?',
    empty: 'The feed is empty.',
    lineColumn: (line, column) => `line ${line}, character ${column}`,
    httpStatus: (status) => `The server answered with status ${status}. Is the address right?`,
    timeout: (seconds) => `The server did not answer within ${seconds} seconds.`,
    network: (reason) => `The feed could not be fetched (${reason}). Is the address right? Is there internet?`,
    errors: 'Errors — this is not (fully) shown:',
    warnings: 'Warnings — this is shown, but check it:',
    count: (n, one, many) => `${n} ${n === 1 ? one : many}`,
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    root: '(whole feed)',
    verdictNothing: 'the feed cannot be shown',
    verdictPartly: 'the feed is shown in part',
    verdictWarnings: 'the feed is shown, but check the warnings',
    verdictOk: 'No problems: the feed is fine.',
    sourceHeading: (name, kind) => `== ${name} (${{ feed: 'buurtkit feed', hsds: 'Open Referral HSDS', csv: 'spreadsheet' }[kind] ?? kind}) ==`,
    unreadable: 'could not be read',
    together: '== Together ==',
    missingOut: 'Say where the result goes, for example: buurtkit convert buurt.json places.csv -o merged.json',
    badTarget: (value) => `Unknown target: ${value}. Choose --to hsds or --to csv.`,
    wrote: (what, where) => `${what} written to ${where}`,
    places: (n) => `${n} ${n === 1 ? 'place' : 'places'}`,
    seeCheck: (command) => `See what is wrong, per row and column, with: ${command}`,
    workbook: (file) =>
      `"${file}" is an Excel or LibreOffice workbook, not CSV. Save each sheet as CSV (in Excel: File → Save as → "CSV UTF-8"; in LibreOffice: Save as → "Text CSV") and give those files.`,
  },
};

/** A failure to read the feed at all: exit code 2 with a plain message. */
class ReadFailure extends Error {}

/**
 * The command line, read by `node:util`'s parseArgs. A wrong option comes back as
 * `problem` (a sentence for the user), never as an exception.
 */
function parseArguments(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'nl' },
        out: { type: 'string', short: 'o' },
        to: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // parseArgs names the culprit in quotes: "Unknown option '--snel'", "Option '--lang <value>' argument missing".
    const culprit = /'([^']+)'/.exec(String(error?.message))?.[1] ?? String(error?.message);
    const lang = argv.some((arg, i) => arg === '--lang=en' || (arg === '--lang' && argv[i + 1] === 'en')) ? 'en' : 'nl';
    const t = TEXT[lang];
    const problem =
      error?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? t.missingValue(culprit.split(' ')[0])
        : t.unknownArgument(culprit);
    return { lang, problem };
  }
  const { values, positionals } = parsed;
  const [command, ...sources] = positionals;
  const lang = values.lang.toLowerCase().startsWith('en') ? 'en' : 'nl';
  const to = values.to?.toLowerCase();
  let out = values.out;
  // `convert a.json b.csv --to csv map/`: the last word is the folder.
  if (command === 'convert' && to === 'csv' && out === undefined && sources.length > 1) out = sources.pop();
  let problem;
  if (to !== undefined && to !== 'hsds' && to !== 'csv' && to !== 'json') problem = TEXT[lang].badTarget(values.to);
  return { command, sources, source: sources[0], json: values.json, lang, help: values.help, out, to, problem };
}

/** "at position 123" in a JSON.parse error, as line and column of the text. */
function locate(text, error, t) {
  const match = /position (\d+)/.exec(String(error.message));
  if (!match) return '';
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return t.lineColumn(line, column);
}

function parseJson(text, t) {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new ReadFailure(t.empty);
  if (/^\s*</.test(body)) throw new ReadFailure(t.looksLikeHtml);
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new ReadFailure(t.notJson(locate(body, error, t), String(error.message).replace(/\.$/, '')));
  }
}

/**
 * One source as the kit reads it: a spreadsheet (by its type, name or content) as its
 * decoded text, anything else as JSON. A login page or broken JSON cannot be read at all.
 */
async function readInput(source, t, feed) {
  const { bytes, contentType } = /^https?:\/\//i.test(source) ? await readUrl(source, t) : { bytes: await readLocalFile(source, t), contentType: '' };
  if (feed.isWorkbook(source, bytes)) throw new ReadFailure(t.workbook(source));
  const text = new TextDecoder().decode(bytes);
  if (!feed.looksLikeHtml(text, contentType) && feed.isCsv(source, contentType, text)) {
    const decoded = feed.decodeText(bytes);
    if (feed.looksLikeHtml(decoded.text)) throw new ReadFailure(t.looksLikeHtml);
    const json = { [feed.CSV_KEY]: decoded.text };
    if (decoded.encoding !== 'utf-8') json.encoding = decoded.encoding;
    return json;
  }
  return parseJson(text, t);
}

/**
 * A feed from the web, within limits: the server must start answering within 10 seconds,
 * the whole feed must arrive within TOTAL_SECONDS, and it may be at most MAX_MEGABYTES.
 */
async function readUrl(source, t) {
  const controller = new AbortController();
  let reason;
  const stop = (why) => {
    reason ??= why;
    controller.abort();
  };
  const firstAnswer = setTimeout(() => stop('timeout'), FETCH_TIMEOUT_MS);
  const total = setTimeout(() => stop('slow'), TOTAL_SECONDS * 1000);
  const failure = (error) => {
    if (reason === 'timeout') return new ReadFailure(t.timeout(FETCH_TIMEOUT_MS / 1000));
    if (reason === 'slow') return new ReadFailure(t.tooSlow(TOTAL_SECONDS));
    if (reason === 'big') return new ReadFailure(t.tooBig(MAX_MEGABYTES));
    return new ReadFailure(t.network(error?.cause?.code ?? error?.message ?? String(error)));
  };
  try {
    let response;
    try {
      response = await fetch(source, { signal: controller.signal, headers: { accept: 'application/json, text/csv;q=0.9' } });
    } catch (error) {
      throw failure(error);
    }
    clearTimeout(firstAnswer);
    if (!response.ok) {
      stop('done');
      throw new ReadFailure(t.httpStatus(response.status));
    }
    if (Number(response.headers.get('content-length')) > MAX_BYTES) {
      stop('big');
      throw failure();
    }
    const chunks = [];
    let size = 0;
    try {
      for await (const chunk of response.body ?? []) {
        size += chunk.byteLength;
        if (size > MAX_BYTES) {
          stop('big');
          throw failure();
        }
        chunks.push(chunk);
      }
    } catch (error) {
      throw error instanceof ReadFailure ? error : failure(error);
    }
    return { bytes: Buffer.concat(chunks), contentType: response.headers.get('content-type') ?? '' };
  } finally {
    clearTimeout(firstAnswer);
    clearTimeout(total);
  }
}

/**
 * A feed file on this computer: only a regular file, opened without waiting (a FIFO would
 * block the open until someone writes to it) and read up to MAX_MEGABYTES, so /dev/zero or
 * a file that keeps growing cannot fill the memory.
 */
async function readLocalFile(source, t) {
  let handle;
  try {
    handle = await open(resolve(source), constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (error?.code === 'ENOENT') throw new ReadFailure(t.fileMissing(source));
    if (error?.code === 'EISDIR') throw new ReadFailure(t.isFolder(source));
    throw new ReadFailure(t.fileUnreadable(source, error?.code ?? error?.message));
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new ReadFailure(t.isFolder(source));
    if (!stats.isFile()) throw new ReadFailure(t.notAFile(source));
    if (stats.size > MAX_BYTES) throw new ReadFailure(t.tooBig(MAX_MEGABYTES));
    const buffer = Buffer.alloc(Math.min(stats.size, MAX_BYTES) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      // Grown past the limit since stat (a log being written, say): still not read further.
      if (length > MAX_BYTES) throw new ReadFailure(t.tooBig(MAX_MEGABYTES));
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof ReadFailure) throw error;
    throw new ReadFailure(t.fileUnreadable(source, error?.code ?? error?.message));
  } finally {
    await handle.close();
  }
}

function report(problems, t) {
  const lines = [];
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  for (const [heading, group] of [
    [t.errors, errors],
    [t.warnings, warnings],
  ]) {
    if (group.length === 0) continue;
    lines.push(heading, '');
    for (const problem of group) {
      lines.push(`  ${problem.path || t.root}  [${problem.code}]`, `    ${problem.message}`, '');
    }
  }
  if (errors.length === 0 && warnings.length === 0) {
    lines.push(t.verdictOk);
  } else {
    const verdict = problems.some((p) => p.code === 'feed.not-an-object' || p.code === 'feed.nothing-to-show')
      ? t.verdictNothing
      : errors.length > 0
        ? t.verdictPartly
        : t.verdictWarnings;
    lines.push(`${t.count(errors.length, ...t.error)}, ${t.count(warnings.length, ...t.warning)}: ${verdict}`);
  }
  return lines.join('\n');
}

async function main(argv) {
  const options = parseArguments(argv);
  const t = TEXT[options.lang];
  if (options.problem !== undefined) {
    console.error(`${options.problem}\n\n${t.usage}`);
    return 2;
  }
  if (options.help || options.command === undefined || options.command === 'help') {
    console.log(t.usage);
    return options.command === undefined && !options.help ? 2 : 0;
  }
  if (options.command !== 'check' && options.command !== 'convert') {
    console.error(`${t.unknownArgument(options.command)}\n\n${t.usage}`);
    return 2;
  }
  if (options.source === undefined) {
    console.error(t.missingSource);
    return 2;
  }
  if (options.command === 'convert' && options.out === undefined) {
    console.error(t.missingOut);
    return 2;
  }

  let feed;
  try {
    feed = await import(new URL('../dist/esm/feed/index.js', import.meta.url).href);
  } catch {
    console.error(t.notBuilt);
    return 2;
  }

  // Each source on its own: one that cannot be read is reported, the others still are.
  const results = [];
  for (const source of options.sources) {
    try {
      const json = await readInput(source, t, feed);
      const absolute = /^https?:\/\//i.test(source) ? source : resolve(source);
      const result = await feed.readSource(json, absolute, { lang: options.lang });
      // Plain Dutch comes after the validator's problems, and only ever adds warnings.
      const text = result.kind === 'feed' ? json : result.feed;
      result.problems = [...result.problems, ...feed.checkPlainLanguage(text, { lang: options.lang })];
      results.push({ source, ...result });
    } catch (error) {
      if (!(error instanceof ReadFailure)) throw error;
      results.push({ source, failure: error.message });
    }
  }
  const read = results.filter((result) => !result.failure);
  // A spreadsheet alone is merged too: its wijk and plek cells are looked up there.
  const merged =
    read.length > 1 || read.some((r) => r.kind === 'csv')
      ? feed.mergeSources(read.map((r) => ({ id: r.source, label: r.label, feed: r.feed, problems: r.problems.filter((p) => p.code === 'feed.nothing-to-show'), areaNames: r.areaNames, placeNames: r.placeNames })), options.lang)
      : { feed: read[0]?.feed, problems: [] };
  const unreadable = results.length - read.length;

  if (options.command === 'convert') return convert(options, t, feed, merged.feed, results);
  return check(options, t, results, merged.problems, unreadable);
}

function countsOf(problems) {
  return {
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}

/** One source: exactly the report it always was. Several: a report per source, then the merge. */
function check(options, t, results, mergeProblems, unreadable) {
  if (results.length === 1) {
    const [only] = results;
    if (only.failure) {
      if (options.json) console.log(JSON.stringify({ error: only.failure }, null, 2));
      console.error(only.failure);
      return 2;
    }
    // A lone source that shows nothing says so itself: the merge's "nothing to show" would say it twice.
    const alreadySaid = new Set(only.problems.map((p) => p.code));
    const problems = [...only.problems, ...mergeProblems.filter((p) => !(p.code === 'feed.nothing-to-show' && alreadySaid.has(p.code)))];
    const counts = countsOf(problems);
    console.log(options.json ? JSON.stringify({ problems, counts }, null, 2) : report(problems, t));
    return counts.errors > 0 ? 1 : 0;
  }
  // Whether anything shows is a question for all sources together (the merge answers it).
  for (const r of results) if (!r.failure) r.problems = r.problems.filter((p) => p.code !== 'feed.nothing-to-show');
  const all = [...results.flatMap((r) => (r.failure ? [] : r.problems.map((p) => ({ ...p, source: r.source })))), ...mergeProblems];
  const counts = countsOf(all);
  if (options.json) {
    const sources = results.map((r) =>
      r.failure ? { source: r.source, error: r.failure } : { source: r.source, kind: r.kind, label: r.label, problems: r.problems, counts: countsOf(r.problems) },
    );
    console.log(JSON.stringify({ sources, problems: all, counts }, null, 2));
  } else {
    const blocks = results.map((r) =>
      r.failure ? `${t.sourceHeading(r.source, t.unreadable)}\n${r.failure}` : `${t.sourceHeading(r.source, r.kind)}\n${report(r.problems, t)}`,
    );
    if (mergeProblems.length > 0) blocks.push(`${t.together}\n${report(mergeProblems, t)}`);
    console.log(blocks.join('\n\n'));
  }
  if (unreadable > 0) return 2;
  return counts.errors > 0 ? 1 : 0;
}

/** Writes the merged feed, as buurtkit JSON, HSDS 3.0 or the three CSV tables. */
async function convert(options, t, feed, merged, results) {
  for (const r of results) console.error(r.failure ? `${r.source}: ${r.failure}` : `${r.source}: ${t.count(countsOf(r.problems).errors, ...t.error)}, ${t.count(countsOf(r.problems).warnings, ...t.warning)}`);
  if (!merged) return 2;
  const out = resolve(options.out);
  if (options.to === 'csv') {
    const { feedToCsv } = await feed.loadCsv();
    await mkdir(out, { recursive: true });
    for (const [name, text] of Object.entries(feedToCsv(merged))) await writeFile(join(out, name), text);
  } else {
    const document = options.to === 'hsds' ? feed.feedToHsds(merged) : merged;
    await writeFile(out, JSON.stringify(document, null, 2) + '\n');
  }
  console.error(t.wrote(t.places(merged.places.length), options.to === 'csv' ? out : basename(out)));
  // convert only counts the problems; the editor needs the command that names them.
  if (results.some((r) => !r.failure && r.problems.length > 0)) {
    const quote = (word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `"${word.replace(/(["\\$`])/g, '\\$1')}"`);
    const lang = options.lang && options.lang !== 'nl' ? ` --lang ${options.lang}` : '';
    console.error(t.seeCheck(`npx buurtkit check ${results.map((r) => quote(r.source)).join(' ')}${lang}`));
  }
  return results.some((r) => r.failure) ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error?.stack ?? String(error));
    process.exitCode = 2;
  },
);
