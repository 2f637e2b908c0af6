// Leaflet's CSS for <buurt-map> is made from the installed leaflet.css (scripts/leaflet-css.mjs):
// nothing that loads a file survives, and everything else of Leaflet's stylesheet is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { leafletCssModule, leafletCssPath, minifyCss, stripFileLoads } from '../../scripts/leaflet-css.mjs';

const original = readFileSync(leafletCssPath(), 'utf8');
const moduleText = leafletCssModule();
const generated = JSON.parse(/unsafeCSS\((".*")\);/.exec(moduleText)[1]);

/** Every selector of a stylesheet, spaces normalised. */
function selectors(cssText) {
  const found = new Set();
  for (const match of minifyCss(cssText).matchAll(/([^{}]+)\{[^{}]*\}/g)) {
    for (const selector of match[1].split(',')) if (!selector.startsWith('@')) found.add(selector.trim());
  }
  return found;
}

test('the generated sheet loads no file: no url( of any kind', () => {
  assert.ok(/url\(/.test(original), 'the check would see one in Leaflet\'s own file');
  assert.doesNotMatch(generated, /url\(/i);
});

test('it keeps every rule of leaflet.css except the one that only names an image (the default icon path)', () => {
  const kept = selectors(generated);
  const missing = [...selectors(original)].filter((selector) => !kept.has(selector));
  assert.deepEqual(missing, ['.leaflet-default-icon-path']);
  // The layers toggle keeps its size, only its image goes.
  assert.match(generated, /\.leaflet-control-layers-toggle\{width:36px;height:36px\}/);
  assert.match(generated, /\.leaflet-tile-loaded\{visibility:inherit\}/);
  assert.match(generated, /@media print\{/);
});

test('a declaration that loads a file goes; its rule goes when nothing else is left', () => {
  const out = stripFileLoads(`
/* icons */
.a { background-image: url(images/a.png); }
.b { width: 1px; background: url("data:image/png;base64,xx") no-repeat; height: 2px; }
@media print { .c { cursor: url(x.cur), auto; } .d { color: red; } }`);
  assert.doesNotMatch(out, /url\(|\.a|\.c|icons/);
  assert.match(minifyCss(out), /\.b\{width:1px;height:2px\}/);
  assert.match(minifyCss(out), /@media print\{\s*\.d\{color:red\}\}/);
});

test('the module says where it came from, and is what the build and the tests load', () => {
  const version = JSON.parse(readFileSync(new URL('../../node_modules/leaflet/package.json', import.meta.url), 'utf8')).version;
  assert.match(moduleText, new RegExp(`^// Generated from leaflet ${version.replace(/\./g, '\\.')} dist/leaflet\\.css`));
  assert.match(readFileSync(new URL('../../rollup.config.mjs', import.meta.url), 'utf8'), /rollupLeafletCss\(\)[\s\S]*rollupLeafletCss\(\)/);
  assert.match(readFileSync(new URL('../../web-test-runner.config.mjs', import.meta.url), 'utf8'), /devServerLeafletCss\(\)/);
});
