#!/usr/bin/env node
// `buurtkit check <file-or-url>`: checks a feed before it is published, in plain Dutch,
// for an editor at a terminal or a CI job. Exit code 0: no errors; 1: errors (the feed is
// shown in part); 2: the feed could not be read at all.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
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

Controleert een buurtkit-feed en zegt in gewone woorden wat er mis is.

  <bestand-of-url>  een JSON-bestand op deze computer, of een adres (https://…)
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
  },
  en: {
    usage: `Usage:
  buurtkit check <file-or-url> [--json] [--lang en]

Checks a buurtkit feed and says in plain words what is wrong.

  <file-or-url>  a JSON file on this computer, or an address (https://…)
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
  const [command, source, ...rest] = positionals;
  const lang = values.lang.toLowerCase().startsWith('en') ? 'en' : 'nl';
  return {
    command,
    source,
    json: values.json,
    lang,
    help: values.help,
    problem: rest.length > 0 ? TEXT[lang].unknownArgument(rest[0]) : undefined,
  };
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

async function readSource(source, t) {
  const text = /^https?:\/\//i.test(source) ? await readUrl(source, t) : await readLocalFile(source, t);
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
      response = await fetch(source, { signal: controller.signal, headers: { accept: 'application/json' } });
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
    return new TextDecoder().decode(Buffer.concat(chunks));
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
    return buffer.subarray(0, length).toString('utf8');
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
    const verdict = problems.some((p) => p.code === 'feed.not-an-object')
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
  if (options.command !== 'check') {
    console.error(`${t.unknownArgument(options.command)}\n\n${t.usage}`);
    return 2;
  }
  if (options.source === undefined) {
    console.error(t.missingSource);
    return 2;
  }

  let validateFeed;
  let checkPlainLanguage;
  try {
    ({ validateFeed, checkPlainLanguage } = await import(new URL('../dist/esm/feed/index.js', import.meta.url).href));
  } catch {
    console.error(t.notBuilt);
    return 2;
  }

  let json;
  try {
    json = await readSource(options.source, t);
  } catch (error) {
    if (!(error instanceof ReadFailure)) throw error;
    if (options.json) console.log(JSON.stringify({ error: error.message }, null, 2));
    console.error(error.message);
    return 2;
  }

  // Plain Dutch comes after the validator's problems, and only ever adds warnings.
  const problems = [...validateFeed(json, { lang: options.lang }).problems, ...checkPlainLanguage(json, { lang: options.lang })];
  const counts = {
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
  console.log(options.json ? JSON.stringify({ problems, counts }, null, 2) : report(problems, t));
  return counts.errors > 0 ? 1 : 0;
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
