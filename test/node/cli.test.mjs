// `buurtkit check` end to end: the real command in a child process, on fixture files and
// on a small HTTP server on 127.0.0.1 that this test starts. Needs `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, runWith } from './cli-harness.mjs';

const fixture = (name) => `test/fixtures/feeds/${name}`;

let server;
let base;
const sockets = new Set();

before(async () => {
  const good = await readFile(new URL('../fixtures/feeds/good-minimal.json', import.meta.url));
  const broken = await readFile(new URL('../fixtures/feeds/decimal-comma.json', import.meta.url));
  server = createServer((request, response) => {
    switch (request.url) {
      case '/good.json':
        response.writeHead(200, { 'content-type': 'application/json' }).end(good);
        break;
      case '/broken.json':
        response.writeHead(200, { 'content-type': 'application/json' }).end(broken);
        break;
      case '/login':
        response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Inloggen</title><form></form>');
        break;
      case '/truncated.json':
        response.writeHead(200, { 'content-type': 'application/json' }).end(good.subarray(0, 200));
        break;
      case '/hang':
        break; // Never answers: the command's own timeout must end it.
      case '/endless': {
        // A feed that never ends, as fast as the socket takes it.
        response.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        response.write('{"places": [');
        const pump = () => {
          while (!response.destroyed && response.write(chunk));
          if (!response.destroyed) response.once('drain', pump);
        };
        pump();
        break;
      }
      case '/announced-too-big':
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(25 * 1024 * 1024) });
        response.write('{');
        break; // Says 25 MB is coming; the command must not wait for it.
      case '/trickle': {
        // Answers at once, then one byte every 200 ms: never "no internet", never done.
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"version": "1.0", ');
        const timer = setInterval(() => response.write(' '), 200);
        response.on('close', () => clearInterval(timer));
        break;
      }
      default:
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Niet gevonden');
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(() => {
  for (const socket of sockets) socket.destroy();
  server.close();
});

test('a good feed: exit 0 and a plain verdict', async () => {
  const { code, stdout } = await run('check', fixture('good-minimal.json'));
  assert.equal(code, 0);
  assert.match(stdout, /Geen problemen: de feed is in orde\./);
});

test('a feed with errors: exit 1, problems grouped by severity with paths, one-line summary', async () => {
  const { code, stdout } = await run('check', fixture('swapped-coordinates.json'));
  assert.equal(code, 1);
  const errorsAt = stdout.indexOf('Fouten');
  const warningsAt = stdout.indexOf('Waarschuwingen');
  assert.ok(errorsAt >= 0 && warningsAt > errorsAt, stdout);
  assert.match(stdout, /places\[0\]\.location {2}\[place\.location\.swapped\]\n {4}"lat" en "lng" lijken omgedraaid/);
  assert.ok(stdout.indexOf('[place.location.far-away]') > warningsAt);
  assert.match(stdout.trim().split('\n').at(-1), /^2 fouten, 1 waarschuwing: de feed wordt gedeeltelijk getoond$/);
});

test('only warnings: exit 0', async () => {
  const { code, stdout } = await run('check', fixture('version-newer.json'));
  assert.equal(code, 0);
  assert.match(stdout, /0 fouten, 1 waarschuwing: de feed wordt getoond, maar kijk de waarschuwingen na/);
});

test('a root that is not an object: nothing can be shown', async () => {
  const { code, stdout } = await run('check', fixture('root-array.json'));
  assert.equal(code, 1);
  assert.match(stdout, /\(hele feed\) {2}\[feed\.not-an-object\]/);
  assert.match(stdout, /1 fout, 0 waarschuwingen: de feed kan niet worden getoond/);
});

test('--json prints problems and counts', async () => {
  const { code, stdout } = await run('check', fixture('guide-dead-end.json'), '--json');
  assert.equal(code, 1);
  const result = JSON.parse(stdout);
  assert.deepEqual(result.counts, { errors: 3, warnings: 3 });
  assert.deepEqual(Object.keys(result.problems[0]), ['severity', 'code', 'path', 'message']);
  assert.equal(result.problems[0].code, 'guide.question.no-choices');
  assert.equal(result.problems[0].path, 'guides[0].steps[3]');
});

test('--lang en prints English messages and summary', async () => {
  const { code, stdout } = await run('check', fixture('decimal-comma.json'), '--lang', 'en');
  assert.equal(code, 1);
  assert.match(stdout, /The coordinate "52,1" is not a number/);
  assert.match(stdout, /2 errors, 0 warnings: the feed is shown in part/);
});

test('hostile text is printed as text, never interpreted', async () => {
  const { code, stdout } = await run('check', fixture('javascript-links.json'), '--json');
  assert.equal(code, 1);
  const { problems } = JSON.parse(stdout);
  assert.ok(problems.some((p) => p.code === 'link.unsafe-scheme' && p.path === 'places[0].contact.website'));
  // The command ran nothing from the feed: it only ever reports.
  assert.ok(problems.every((p) => typeof p.message === 'string'));
});

test('a missing file: exit 2 and a plain message', async () => {
  const { code, stderr, stdout } = await run('check', 'bestaat-niet.json');
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /Het bestand "bestaat-niet\.json" bestaat niet/);
});

test('a file that is not JSON: exit 2, with the line and character when known', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'buurtkit-cli-'));
  const file = join(dir, 'komma.json');
  await writeFile(file, '{\n  "version": "1.0",\n  "places": [],\n}\n');
  const comma = await run('check', file);
  assert.equal(comma.code, 2);
  assert.match(comma.stderr, /De feed is geen geldige JSON: er klopt iets niet op regel 4, teken 1\./);
  const script = await run('check', 'test/node/cli.test.mjs');
  assert.equal(script.code, 2);
  assert.match(script.stderr, /De feed is geen geldige JSON\./);
  await rm(dir, { recursive: true });
});

test('over HTTP: a good feed, a broken feed', async () => {
  const good = await run('check', `${base}/good.json`);
  assert.equal(good.code, 0, good.stderr);
  const broken = await run('check', `${base}/broken.json`, '--json');
  assert.equal(broken.code, 1);
  assert.deepEqual(JSON.parse(broken.stdout).counts, { errors: 2, warnings: 0 });
});

test('over HTTP: 404, an HTML login page and truncated JSON are read failures (exit 2)', async () => {
  const missing = await run('check', `${base}/nergens.json`);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /status 404/);
  const html = await run('check', `${base}/login`);
  assert.equal(html.code, 2);
  assert.match(html.stderr, /webpagina \(HTML\)/);
  const truncated = await run('check', `${base}/truncated.json`, '--json');
  assert.equal(truncated.code, 2);
  assert.match(JSON.parse(truncated.stdout).error, /geen geldige JSON/);
});

test('over HTTP: a server that never answers times out', { timeout: 20_000 }, async () => {
  const started = Date.now();
  const { code, stderr } = await run('check', `${base}/hang`);
  assert.equal(code, 2);
  assert.match(stderr, /binnen 10 seconden geen antwoord/);
  assert.ok(Date.now() - started < 18_000);
});

test('--help, no arguments and unknown commands', async () => {
  const help = await run('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /buurtkit check <bestand-of-url> \[--json\] \[--lang en\]/);
  const nothing = await run();
  assert.equal(nothing.code, 2);
  const unknown = await run('controleer', 'x.json');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /Onbekende optie: controleer/);
  const noSource = await run('check');
  assert.equal(noSource.code, 2);
  assert.match(noSource.stderr, /Geef een bestand of een adres op/);
});

test('over HTTP: an endless feed stops at 20 MB with its own message', { timeout: 30_000 }, async () => {
  const started = Date.now();
  const { code, stderr } = await run('check', `${base}/endless`);
  assert.equal(code, 2);
  assert.match(stderr, /groter dan 20 MB/);
  assert.ok(Date.now() - started < 20_000);
  const announced = await run('check', `${base}/announced-too-big`, '--lang', 'en');
  assert.equal(announced.code, 2);
  assert.match(announced.stderr, /larger than 20 MB/);
});

test('over HTTP: a slow trickle ends at the total time limit with the timeout message, not "no internet"', { timeout: 30_000 }, async () => {
  const started = Date.now();
  // The limit is 30 seconds; the test sets 2 to keep the suite short.
  const { code, stderr } = await runWith({ BUURTKIT_CHECK_SECONDS: '2' }, 'check', `${base}/trickle`);
  const took = Date.now() - started;
  assert.equal(code, 2);
  assert.match(stderr, /niet binnen 2 seconden/);
  assert.doesNotMatch(stderr, /internet/);
  assert.ok(took >= 1_900 && took < 15_000, `took ${took} ms`);
});

test('a file larger than 20 MB: exit 2 with the size message', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'buurtkit-cli-'));
  const file = join(dir, 'groot.json');
  await writeFile(file, `{"places": [${' '.repeat(21 * 1024 * 1024)}]}`);
  const { code, stderr } = await run('check', file);
  assert.equal(code, 2);
  assert.match(stderr, /groter dan 20 MB/);
  await rm(dir, { recursive: true });
});

test('only regular files: a FIFO, /dev/zero and a folder get a clear message instead of hanging', { timeout: 90_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'buurtkit-cli-'));
  const fifo = join(dir, 'pijp.json');
  execFileSync('mkfifo', [fifo]);
  const started = Date.now();
  const pipe = await run('check', fifo);
  assert.equal(pipe.code, 2);
  assert.match(pipe.stderr, /geen gewoon bestand/);
  const zero = await run('check', '/dev/zero');
  assert.equal(zero.code, 2);
  assert.match(zero.stderr, /geen gewoon bestand/);
  const folder = await run('check', dir);
  assert.equal(folder.code, 2);
  assert.match(folder.stderr, /is een map/);
  assert.ok(Date.now() - started < 15_000);
  await rm(dir, { recursive: true });
});

test('arguments: --lang=en, options before the command, -h, and unknown options', async () => {
  const english = await run('--json', '--lang=en', 'check', fixture('decimal-comma.json'));
  assert.equal(english.code, 1);
  assert.match(JSON.parse(english.stdout).problems[0].message, /is not a number/);
  const short = await run('-h');
  assert.equal(short.code, 0);
  assert.match(short.stdout, /^Gebruik:/);
  const unknown = await run('check', fixture('good-minimal.json'), '--snel');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /Onbekende optie: --snel/);
  // A second word is a second source now (issue 11): one that does not exist cannot be read.
  const extra = await run('check', fixture('good-minimal.json'), 'nog-een.json');
  assert.equal(extra.code, 2);
  assert.match(extra.stdout, /Het bestand "nog-een\.json" bestaat niet/);
  const noValue = await run('check', fixture('good-minimal.json'), '--lang');
  assert.equal(noValue.code, 2);
  assert.match(noValue.stderr, /--lang/);
});
