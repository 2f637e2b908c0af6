// custom-elements.json (made by `npm run build`, see custom-elements-manifest.config.mjs) and
// the JSX, Vue and VS Code files generated from it: complete, typed, and pointing at files
// that ship.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const file = (path) => new URL(path, new URL('../../', import.meta.url));
const readJson = (path) => {
  assert.ok(existsSync(file(path)), `${path} is missing: run \`npm run build\` first`);
  return JSON.parse(readFileSync(file(path), 'utf8'));
};

const TAGS = ['buurt-map', 'buurt-guide', 'buurt-signup'];
const EVENTS = {
  'buurt-map': ['buurt-select', 'buurt-load', 'buurt-error'],
  'buurt-guide': ['buurt-step', 'buurt-load', 'buurt-error'],
  'buurt-signup': ['buurt-signup-sent', 'buurt-signup-queued', 'buurt-signup-failed', 'buurt-load', 'buurt-error'],
};

function elements() {
  const manifest = readJson('custom-elements.json');
  const found = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName) found.set(declaration.tagName, { module, declaration });
  }
  return { manifest, found };
}

/** The `--buurt-*` tokens of the shared theme. */
function themeTokens() {
  const theme = readFileSync(file('src/base/theme.styles.ts'), 'utf8');
  return [...new Set([...theme.matchAll(/var\((--buurt-[\w-]+)/g)].map((match) => match[1]))];
}

test('the manifest lists the three elements, each in its shipped module', () => {
  const { found } = elements();
  assert.deepEqual([...found.keys()].sort(), [...TAGS].sort());
  for (const [tag, { module }] of found) {
    assert.match(module.path, /^dist\/esm\/components\/[\w-]+\/[\w-]+\.component\.js$/, tag);
  }
});

test('every path and module in the manifest is a file that exists after the build', () => {
  const { manifest } = elements();
  const paths = new Set();
  (function collect(value) {
    if (Array.isArray(value)) return value.forEach(collect);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') paths.add(child);
      else collect(child);
    }
  })(manifest.modules);
  assert.ok(paths.size > 5);
  for (const path of paths) {
    assert.doesNotMatch(path, /(^|\/)src\/|(?<!\.d)\.ts$/, `${path} names a source file`);
    assert.ok(existsSync(file(path)), `${path} does not exist`);
  }
});

test('each tag is defined by its registration module', () => {
  const { manifest } = elements();
  for (const tag of TAGS) {
    const definition = manifest.modules.flatMap((module) => (module.exports ?? []).map((entry) => ({ module, entry })))
      .find(({ entry }) => entry.kind === 'custom-element-definition' && entry.name === tag);
    assert.ok(definition, `no custom-element-definition for ${tag}`);
    const name = tag.replace('buurt-', '');
    assert.equal(definition.module.path, `dist/esm/components/${name}/${name}.js`);
  }
});

test('every event of every element is listed with its CustomEvent type from the events module', () => {
  const { found } = elements();
  const events = readFileSync(file('dist/esm/base/events.d.ts'), 'utf8');
  for (const tag of TAGS) {
    const listed = found.get(tag).declaration.events ?? [];
    assert.deepEqual(listed.map((event) => event.name).sort(), [...EVENTS[tag]].sort(), tag);
    for (const event of listed) {
      const detail = event.type?.text.match(/^CustomEvent<(\w+Detail)>$/)?.[1];
      assert.ok(detail, `${tag} ${event.name} has type ${JSON.stringify(event.type)}`);
      assert.match(events, new RegExp(`export interface ${detail} \\{`), `${detail} is not in dist/esm/base/events.d.ts`);
    }
  }
});

test('every element lists lang, its rendered parts (glossary terms included) and the shared tokens', () => {
  const { found } = elements();
  const tokens = themeTokens();
  assert.ok(tokens.length >= 15, 'the theme has its tokens');
  for (const tag of TAGS) {
    const { declaration } = found.get(tag);
    const lang = declaration.attributes.find((attribute) => attribute.name === 'lang');
    assert.ok(lang?.description, `${tag} lang`);
    const parts = declaration.cssParts.map((part) => part.name);
    for (const part of ['base', 'error', 'notice']) assert.ok(parts.includes(part), `${tag} part ${part}`);
    for (const part of declaration.cssParts) assert.ok(part.description, `${tag} part ${part.name} has no description`);
    const properties = new Map(declaration.cssProperties.map((property) => [property.name, property]));
    for (const token of tokens) {
      assert.ok(properties.has(token), `${tag} ${token}`);
      assert.ok(properties.get(token).description, `${tag} ${token} has no description`);
    }
  }
  // Feed text with glossary terms is rendered by the guide and in the map's place details.
  for (const tag of ['buurt-guide', 'buurt-map']) {
    const parts = found.get(tag).declaration.cssParts.map((part) => part.name);
    assert.ok(parts.includes('term') && parts.includes('term-explanation'), `${tag}: ${parts}`);
  }
});

test('VS Code custom data lists the three tags with their attributes', () => {
  const html = readJson('dist/vscode.html-custom-data.json');
  assert.deepEqual(html.tags.map((tag) => tag.name).sort(), [...TAGS].sort());
  for (const tag of html.tags) assert.ok(tag.attributes.some((attribute) => attribute.name === 'lang'), tag.name);
  const css = readJson('dist/vscode.css-custom-data.json');
  assert.ok(css.properties.some((property) => property.name === '--buurt-color-primary'));
});

test('the generated JSX and Vue declarations type-check and type the event details (tsc -p test/types/generated)', () => {
  for (const path of ['dist/types/jsx.d.ts', 'dist/types/vue.d.ts']) assert.ok(existsSync(file(path)), `${path} is missing`);
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'test/types/generated'], { cwd: root, encoding: 'utf8' });
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});

test('package.json points at the manifest and the generated files, and they exist', () => {
  const pkg = readJson('package.json');
  assert.equal(pkg.customElements, 'custom-elements.json');
  for (const target of [
    pkg.exports['./jsx'].types,
    pkg.exports['./vue'].types,
    pkg.exports['./vscode.html-custom-data.json'],
    pkg.exports['./vscode.css-custom-data.json'],
    pkg['web-types'],
  ]) {
    assert.ok(existsSync(file(target)), `${target} is missing`);
  }
  const webTypes = readJson(pkg['web-types']);
  assert.deepEqual(webTypes.contributions.html.elements.map((element) => element.name).sort(), [...TAGS].sort());
});

test('every target in package.json exports exists after the build, types first', () => {
  const pkg = readJson('package.json');
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const targets = typeof target === 'string' ? [target] : Object.values(target);
    if (typeof target === 'object') assert.equal(Object.keys(target)[0], 'types', `${entry}: "types" must come first`);
    for (const path of targets) assert.ok(existsSync(file(path)), `${entry} → ${path} is missing`);
  }
});
