// The script-tag build's source maps (dist/cdn/*.js.map, made by `npm run build`) must lead
// from the minified code back to the right line of the TypeScript, also after the template
// minifier (scripts/rollup-minify-templates.mjs) has squeezed the html`` and css`` above it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

const root = new URL('../../', import.meta.url);
const cdn = new URL('dist/cdn/', root);

function bundles() {
  assert.ok(existsSync(cdn), 'dist/cdn is missing: run `npm run build` first');
  return readdirSync(cdn)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({
      file,
      code: readFileSync(new URL(file, cdn), 'utf8'),
      map: new TraceMap(JSON.parse(readFileSync(new URL(`${file}.map`, cdn), 'utf8'))),
    }));
}

/** Line (1-based) and column (0-based) of an offset in a text. */
function position(text, offset) {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') - 1 };
}

function offsetOf(text, { line, column }) {
  const lines = text.split('\n');
  return lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column;
}

/** Where the one occurrence of `needle` in the built files comes from, by its source map. */
function trace(needle) {
  const hits = bundles().flatMap(({ file, code, map }) => {
    const found = [];
    for (let at = code.indexOf(needle); at >= 0; at = code.indexOf(needle, at + 1)) found.push({ file, map, at: position(code, at) });
    return found;
  });
  assert.equal(hits.length, 1, `${JSON.stringify(needle)} should occur once in dist/cdn, found ${hits.length}`);
  const [{ file, map, at }] = hits;
  const original = originalPositionFor(map, at);
  assert.ok(original.source, `no mapping for ${JSON.stringify(needle)} in ${file}`);
  return { ...original, path: fileURLToPath(new URL(original.source, cdn)) };
}

/** The one line of `file` that holds `text`. */
function sourceLine(file, text) {
  const lines = readFileSync(new URL(file, root), 'utf8').split('\n');
  const found = lines.flatMap((line, index) => (line.includes(text) ? [index + 1] : []));
  assert.equal(found.length, 1, `${JSON.stringify(text)} should occur once in ${file}`);
  return found[0];
}

// Code below templates: Terser maps every token, so these land on their own line.
const code = [
  { file: 'src/base/term.ts', built: 'setAttribute("aria-expanded",String(', source: "setAttribute('aria-expanded', String(" },
  { file: 'src/base/buurt-element.ts', built: 'fout(en) en', source: 'fout(en) en' },
];

for (const { file, built, source } of code) {
  test(`code after the minified templates maps to its line: ${file} "${source}"`, () => {
    const original = trace(built);
    assert.equal(original.path, fileURLToPath(new URL(file, root)));
    assert.equal(original.line, sourceLine(file, source));
  });
}

test('text inside a minified template maps into the same stretch of template text', () => {
  // Terser maps a template by its parts (the text between `${…}`), so the mapping of a part
  // of a template is where that part starts: between there and the needle lies only text.
  const file = 'src/base/term.ts';
  const original = trace('part="term-explanation"');
  assert.equal(original.path, fileURLToPath(new URL(file, root)));
  const text = readFileSync(new URL(file, root), 'utf8');
  const from = offsetOf(text, original);
  const to = text.indexOf('part="term-explanation"');
  assert.ok(from <= to, `maps to line ${original.line}, after the text on line ${sourceLine(file, 'part="term-explanation"')}`);
  const between = text.slice(from, to);
  assert.doesNotMatch(between, /\$\{|`/, `maps to line ${original.line}, outside the template part that holds the text`);
});
