// Licences: the package's own (EUPL-1.2, as package.json says) and the third-party notices
// the script-tag build must carry (Leaflet: BSD-2-Clause, Lit: BSD-3-Clause), since its
// minifier strips every comment. Builds only when dist/cdn is missing (npm test builds first).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const cdn = new URL('../../dist/cdn/', import.meta.url);

before(() => {
  if (!existsSync(new URL('buurtkit.js', cdn))) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
});

test('LICENSE holds the full text of the EUPL v1.2, the licence package.json names', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(pkg.license, 'EUPL-1.2');
  const text = readFileSync(new URL('../../LICENSE', import.meta.url), 'utf8');
  assert.match(text, /^#? ?EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
  assert.match(text, /EUPL © the European Union 2007, 2016/);
  // All fifteen articles and the appendix, not a summary.
  const articles = ['Definitions', 'Scope of the rights granted by the Licence', 'Communication of the Source Code', 'Limitations on copyright',
    'Obligations of the Licensee', 'Chain of Authorship', 'Disclaimer of Warranty', 'Disclaimer of Liability', 'Additional agreements',
    'Acceptance of the Licence', 'Information to the public', 'Termination of the Licence', 'Miscellaneous', 'Jurisdiction', 'Applicable Law'];
  articles.forEach((title, i) => assert.match(text, new RegExp(`${i + 1}\\. ${title}`), title));
  assert.match(text, /Appendix[\s\S]*‘Compatible Licences’ according to Article 5 EUPL are:[\s\S]*Québec Free and Open-Source Licence/);
  assert.ok(text.length > 12_000, `${text.length} characters`);
});

test('dist/cdn/LICENSES.txt carries the Leaflet and Lit notices, from their own licence files', () => {
  const notices = readFileSync(new URL('LICENSES.txt', cdn), 'utf8');
  for (const name of ['leaflet', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element']) {
    const own = readFileSync(new URL(`../../node_modules/${name}/LICENSE`, import.meta.url), 'utf8').trim();
    assert.ok(notices.includes(own), `${name}'s licence text`);
    assert.match(notices, new RegExp(`^${name.replace('/', '\\/')} \\d+\\.\\d+\\.\\d+ \\(BSD-[23]-Clause\\)$`, 'm'), name);
  }
  assert.match(notices, /Copyright \(c\) 2010-\d{4}, Volodymyr Agafonkin/);
  assert.match(notices, /Copyright \(c\) 2017 Google LLC/);
});

test("the spreadsheet chunk's papaparse (MIT) has its notice there too, and the files' first line names no partial list", () => {
  const notices = readFileSync(new URL('LICENSES.txt', cdn), 'utf8');
  const own = readFileSync(new URL('../../node_modules/papaparse/LICENSE', import.meta.url), 'utf8').trim();
  assert.ok(notices.includes(own), "papaparse's licence text");
  assert.match(notices, /^papaparse \d+\.\d+\.\d+ \(MIT\)$/m);
});

test('every script-tag file starts with a comment that points at LICENSES.txt', () => {
  const files = readdirSync(cdn).filter((name) => name.endsWith('.js'));
  assert.ok(files.length >= 2, files.join(', '));
  for (const name of files) {
    const [first] = readFileSync(new URL(name, cdn), 'utf8').split('\n', 1);
    // Not a list of names: it went stale when papaparse joined Leaflet and Lit in the build.
    assert.match(first, /^\/\*! buurtkit EUPL-1\.2 \| third-party notices: see LICENSES\.txt \*\/$/, name);
  }
});
