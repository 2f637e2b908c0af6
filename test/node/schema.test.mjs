// The JSON Schema of the feed (src/feed/feed.schema.json, shipped as dist/feed.schema.json)
// must accept the sample feed and good feeds, and refuse the bad ones it can describe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const schema = read('src/feed/feed.schema.json');
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(schema);

function errors() {
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('\n');
}

test('the schema is draft-07 and compiles in strict mode', () => {
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.equal(typeof validate, 'function');
});

test('the sample feed of den Bosch matches the schema', (t) => {
  if (!existsSync(new URL('../../demo/feeds/den-bosch.json', import.meta.url))) {
    t.skip('demo/feeds/den-bosch.json does not exist yet');
    return;
  }
  assert.ok(validate(read('demo/feeds/den-bosch.json')), errors());
});

for (const name of ['good-minimal.json', 'good-complete.json', 'missing-arrays.json', 'version-number.json']) {
  test(`good fixture ${name} matches the schema`, () => {
    assert.ok(validate(read(`test/fixtures/feeds/${name}`)), errors());
  });
}

const bad = {
  'root-array.json': '',
  'root-string.json': '',
  'decimal-comma.json': '/places/0/location/lat',
  'swapped-coordinates.json': '/places/2/location/lat',
  'javascript-links.json': '/publisher/url',
  'data-links.json': '/places/0/contact/website',
  'missing-required.json': '/areas/0',
  'bad-hours.json': '/places/0/hours/weekly/0/opens',
  'bad-colors.json': '/categories/0/color',
  'long-words.json': '/places/1/id',
  'proto-keys.json': '/categories/0/id',
  'guide-no-steps.json': '/guides/0/steps',
  'lists-wrong-type.json': '/areas',
  'version-newer.json': '/version',
  'version-missing.json': '',
  'signup-odd.json': '/signup/encoding',
};

for (const [name, path] of Object.entries(bad)) {
  test(`bad fixture ${name} fails at ${path || 'the root'}`, () => {
    assert.equal(validate(read(`test/fixtures/feeds/${name}`)), false);
    assert.ok(
      validate.errors.some((e) => e.instancePath === path),
      `expected an error at "${path}", got:\n${errors()}`,
    );
  });
}

test('every field of the types is described in plain English', () => {
  const missing = [];
  const walk = (node, where) => {
    if (!node || typeof node !== 'object') return;
    if (node.properties) {
      for (const [key, child] of Object.entries(node.properties)) {
        if (!child.description && !child.$ref) missing.push(`${where}.${key}`);
        walk(child, `${where}.${key}`);
      }
    }
    for (const key of ['items', 'oneOf']) {
      const value = node[key];
      if (Array.isArray(value)) value.forEach((entry, i) => walk(entry, `${where}.${key}[${i}]`));
      else walk(value, `${where}.${key}`);
    }
  };
  walk(schema, '#');
  for (const [name, definition] of Object.entries(schema.definitions)) walk(definition, `#/definitions/${name}`);
  // Enum/const members of a step type need no prose; everything else does.
  assert.deepEqual(missing.filter((path) => !path.endsWith('.type')), []);
});

test('the built copy in dist is the same schema', (t) => {
  const built = new URL('../../dist/feed.schema.json', import.meta.url);
  if (!existsSync(built)) {
    t.skip('dist/feed.schema.json is made by npm run build');
    return;
  }
  assert.deepEqual(JSON.parse(readFileSync(built, 'utf8')), schema);
});
