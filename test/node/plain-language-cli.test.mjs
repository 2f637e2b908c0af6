// `buurtkit check` warns about plain Dutch (src/feed/plain-language.ts): the real command in
// a child process on a temporary feed file. Warnings never change the exit code. Needs `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './cli-harness.mjs';


let dir;
let file;
const long =
  'Op woensdagmiddag kunnen alle kinderen uit de hele wijk samen met hun ouders, opa of oma en de vrijwilligers van het buurthuis komen knutselen.';

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'buurtkit-plain-'));
  file = join(dir, 'feed.json');
  await writeFile(
    file,
    JSON.stringify({
      version: '1.0',
      publisher: { name: 'Test' },
      glossary: [{ term: 'Wmo', explanation: 'Een wet voor hulp thuis.' }],
      places: [
        {
          id: 'a',
          name: 'Buurthuis',
          kind: 'informal-initiative',
          location: { lat: 51.7, lng: 5.3 },
          description: { nl: `Vraag het AMK. De Wmo helpt. ${long}` },
        },
      ],
    }),
  );
});

after(() => rm(dir, { recursive: true, force: true }));

test('warns about an unexplained abbreviation and a long sentence, with path and sentence, and exits 0', async () => {
  const { code, stdout } = await run('check', file);
  assert.equal(code, 0);
  assert.match(stdout, /places\[0\]\.description\.nl {2}\[plain\.abbreviation\]\n {4}De afkorting "AMK" staat niet in de woordenlijst.*"Vraag het AMK\."/);
  assert.match(stdout, /\[plain\.sentence-too-long\]\n {4}Deze zin heeft 24 woorden/);
  assert.ok(stdout.includes(`"${long}"`), 'the long sentence is quoted');
  assert.doesNotMatch(stdout, /"Wmo"/, 'Wmo is in the glossary');
});

test('--json lists the warnings with their codes; --lang en speaks English', async () => {
  const { code, stdout } = await run('check', file, '--json', '--lang', 'en');
  assert.equal(code, 0);
  const { problems, counts } = JSON.parse(stdout);
  const plain = problems.filter((p) => p.code.startsWith('plain.'));
  assert.deepEqual(
    plain.map((p) => [p.severity, p.code, p.path]),
    [
      ['warning', 'plain.abbreviation', 'places[0].description.nl'],
      ['warning', 'plain.sentence-too-long', 'places[0].description.nl'],
    ],
  );
  assert.equal(counts.errors, 0);
  assert.match(plain[0].message, /^The abbreviation "AMK" is not in the glossary/);
});

test('the sample feed passes without any warning', async () => {
  const { code, stdout } = await run('check', 'demo/feeds/den-bosch.json');
  assert.equal(code, 0);
  assert.match(stdout, /Geen problemen: de feed is in orde\./);
});
