#!/usr/bin/env node
// `buurtkit check <file-or-url>`: checks a feed before it is published, in plain Dutch,
// for an editor at a terminal or a CI job. Exit code 0: no errors; 1: errors (the feed is
// shown in part); 2: the feed could not be read at all.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const FETCH_TIMEOUT_MS = 10_000;

const TEXT = {
  nl: {
    usage: `Gebruik:
  buurtkit check <bestand-of-url> [--json] [--lang en]

Controleert een buurtkit-feed en zegt in gewone woorden wat er mis is.

  <bestand-of-url>  een JSON-bestand op deze computer, of een adres (https://…)
  --json            geef het resultaat als JSON: { problems, counts }
  --lang en         berichten in het Engels
  --help            deze uitleg

Afsluitcode: 0 = geen fouten, 1 = fouten (de feed wordt gedeeltelijk getoond),
2 = de feed kon niet gelezen worden.
Uitleg van elk bericht: docs/feed.md`,
    unknownArgument: (arg) => `Onbekende optie: ${arg}`,
    missingSource: 'Geef een bestand of een adres op, bijvoorbeeld: buurtkit check buurt.json',
    notBuilt: 'buurtkit is nog niet gebouwd. Voer eerst "npm run build" uit.',
    fileMissing: (file) => `Het bestand "${file}" bestaat niet. Controleer de naam en de map.`,
    fileUnreadable: (file, reason) => `Het bestand "${file}" kan niet gelezen worden (${reason}).`,
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

Exit code: 0 = no errors, 1 = errors (the feed is shown in part),
2 = the feed could not be read.
Every message is explained in docs/feed.md`,
    unknownArgument: (arg) => `Unknown option: ${arg}`,
    missingSource: 'Give a file or an address, for example: buurtkit check buurt.json',
    notBuilt: 'buurtkit has not been built yet. Run "npm run build" first.',
    fileMissing: (file) => `The file "${file}" does not exist. Check the name and the folder.`,
    fileUnreadable: (file, reason) => `The file "${file}" cannot be read (${reason}).`,
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

function parseArguments(argv) {
  const options = { command: undefined, source: undefined, json: false, lang: 'nl', help: false, unknown: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--lang') options.lang = argv[++i] ?? 'nl';
    else if (arg.startsWith('--lang=')) options.lang = arg.slice('--lang='.length);
    else if (arg.startsWith('-') && arg !== '-') options.unknown.push(arg);
    else if (options.command === undefined) options.command = arg;
    else if (options.source === undefined) options.source = arg;
    else options.unknown.push(arg);
  }
  options.lang = options.lang.toLowerCase().startsWith('en') ? 'en' : 'nl';
  return options;
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
  if (/^https?:\/\//i.test(source)) {
    let response;
    try {
      response = await fetch(source, {
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
        headers: { accept: 'application/json' },
      });
    } catch (error) {
      if (error?.name === 'TimeoutError') throw new ReadFailure(t.timeout(FETCH_TIMEOUT_MS / 1000));
      throw new ReadFailure(t.network(error?.cause?.code ?? error?.message ?? String(error)));
    }
    if (!response.ok) throw new ReadFailure(t.httpStatus(response.status));
    let text;
    try {
      text = await response.text();
    } catch (error) {
      throw new ReadFailure(t.network(error?.message ?? String(error)));
    }
    return parseJson(text, t);
  }
  const file = resolve(source);
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error?.code === 'ENOENT') throw new ReadFailure(t.fileMissing(source));
    throw new ReadFailure(t.fileUnreadable(source, error?.code ?? error?.message));
  }
  return parseJson(text, t);
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
  if (options.help || options.command === undefined || options.command === 'help') {
    console.log(t.usage);
    return options.command === undefined && !options.help ? 2 : 0;
  }
  if (options.command !== 'check' || options.unknown.length > 0) {
    const wrong = options.command !== 'check' ? options.command : options.unknown[0];
    console.error(`${t.unknownArgument(wrong)}\n\n${t.usage}`);
    return 2;
  }
  if (options.source === undefined) {
    console.error(t.missingSource);
    return 2;
  }

  let validateFeed;
  try {
    ({ validateFeed } = await import(new URL('../dist/esm/feed/index.js', import.meta.url).href));
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

  const { problems } = validateFeed(json, { lang: options.lang });
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
