// `npm run analyze` (the last step of `npm run build`): custom-elements.json from the classes'
// JSDoc, completed from the code itself so it cannot drift from what the elements do:
//  - module paths name the shipped files (dist/esm/…js), not the TypeScript sources;
//  - every event carries its type, read from the one events module (src/base/events.ts);
//  - `lang` and the feed events every element has from the base element are listed;
//  - every part an element renders (found as part="…" in the modules it imports, such as the
//    glossary terms of src/base/term.ts) is listed, described by the `@csspart` tag where it is rendered;
//  - the shared `--buurt-*` tokens are listed on every element whose styles read them;
//  - the registration modules (components/<name>/<name>.js) define the tags.
// Then the JSX (React), Vue, VS Code and JetBrains (web-types) files are generated from the finished manifest.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const EVENTS_MODULE = 'src/base/events.ts';
const THEME_MODULE = 'src/base/theme.styles.ts';
/** Where the generated JSX and Vue declarations go; they import the classes relative to it. */
const TYPES_DIR = 'dist/types';

const LANG_ATTRIBUTE = {
  name: 'lang',
  fieldName: 'lang',
  type: { text: 'string' },
  description:
    "Language of the kit's own words and of the feed texts. Else the nearest `[lang]` ancestor (also across shadow roots), else `<html lang>`, else `nl`. Right-to-left languages set `dir`.",
};

const BASE_EVENTS = {
  'buurt-load': 'The feed is ready; fires again when a fresh copy replaces a saved one.',
  'buurt-error': 'The feed could not be loaded or refreshed.',
};

/** `src/x/y.ts` → `dist/esm/x/y.js`: what a package user imports. */
export function shippedPath(path) {
  return path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/esm/$1.js');
}

const read = (file) => readFileSync(file, 'utf8');

/** The modules a module brings in at runtime (static and dynamic imports, not `import type`), itself included. */
function moduleGraph(entry) {
  const seen = new Set();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = read(file);
    const specifiers = [
      ...code.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm),
      ...code.matchAll(/\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g),
    ].map((match) => match[1]);
    for (const specifier of specifiers) pending.push(join(dirname(file), specifier).replace(/\.js$/, '.ts'));
  }
  return [...seen];
}

/** `@tag name - description` lines from the JSDoc comments of a module. */
function jsdocTags(code, tags) {
  const found = new Map();
  for (const comment of code.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const text = comment.replace(/^\s*\/?\*+\/?/gm, '').replace(/\r/g, '');
    const pattern = new RegExp(`@(?:${tags.join('|')})\\s+\\[?([\\w-]+)(?:=([^\\]]*))?\\]?\\s+-\\s+([\\s\\S]*?)(?=\\n\\s*@|$)`, 'g');
    for (const [, name, defaultValue, description] of text.matchAll(pattern)) {
      found.set(name, { description: description.replace(/\s+/g, ' ').trim(), default: defaultValue });
    }
  }
  return found;
}

/** Event name → `CustomEvent<Detail>`, from the `BuurtEventMap` of the events module. */
function eventTypes() {
  const code = read(EVENTS_MODULE);
  const aliases = new Map([...code.matchAll(/export type (\w+) = (CustomEvent<\w+>);/g)].map(([, alias, type]) => [alias, type]));
  const map = code.match(/export interface BuurtEventMap \{([\s\S]*?)\}/)?.[1] ?? '';
  return new Map([...map.matchAll(/'([\w-]+)':\s*(\w+);/g)].map(([, name, alias]) => [name, aliases.get(alias) ?? alias]));
}

/** The theme's tokens: `--buurt-x` → its NL Design System fallback and default. */
function themeTokens() {
  const tokens = new Map();
  const pattern = /var\((--buurt-[\w-]+),\s*var\((--[\w-]+),\s*([^;]+?)\)\);/g;
  for (const [, name, fallback, defaultValue] of read(THEME_MODULE).matchAll(pattern)) tokens.set(name, { fallback, default: defaultValue.trim() });
  return tokens;
}

/** Everything the manifest can learn about an element from the modules it loads. */
function fromSources(sourcePath) {
  const parts = new Map();
  const properties = new Set();
  const partDocs = new Map();
  const propertyDocs = new Map();
  const defaults = new Map();
  for (const file of moduleGraph(sourcePath)) {
    const code = read(file);
    for (const [, names] of code.matchAll(/\bpart="([^"$]+)"/g)) for (const name of names.split(/\s+/)) parts.set(name, file);
    for (const [, name] of code.matchAll(/var\((--buurt-[\w-]+)/g)) properties.add(name);
    // A plain fallback (`var(--buurt-x, 0px)`) is the default; a fallback to another variable is not.
    for (const [, name, fallback] of code.matchAll(/var\((--buurt-[\w-]+),\s*([^()]+?)\)/g)) {
      if (!defaults.has(name)) defaults.set(name, fallback.trim());
    }
    for (const [name, doc] of jsdocTags(code, ['csspart'])) if (!partDocs.has(name)) partDocs.set(name, doc);
    for (const [name, doc] of jsdocTags(code, ['cssprop', 'cssproperty'])) if (!propertyDocs.has(name)) propertyDocs.set(name, doc);
  }
  return { parts, properties, partDocs, propertyDocs, defaults };
}

function completeElement(declaration, sourcePath, events, tokens) {
  const { parts, properties, partDocs, propertyDocs, defaults } = fromSources(sourcePath);

  declaration.attributes ??= [];
  const lang = declaration.attributes.find((attribute) => attribute.name === 'lang');
  // `lang` is HTMLElement's own property; a JSDoc `@attr lang` does not say so.
  if (lang) {
    lang.fieldName ??= 'lang';
    lang.type ??= { text: 'string' };
  }
  else declaration.attributes.push({ ...LANG_ATTRIBUTE });

  declaration.events ??= [];
  for (const [name, description] of Object.entries(BASE_EVENTS)) {
    if (!declaration.events.some((event) => event.name === name)) declaration.events.push({ name, description });
  }
  for (const event of declaration.events) {
    const type = events.get(event.name);
    if (!type) throw new Error(`<${declaration.tagName}> fires ${event.name}, which ${EVENTS_MODULE} does not declare in BuurtEventMap`);
    event.type = { text: type };
  }

  declaration.cssParts ??= [];
  for (const [name, file] of parts) {
    if (declaration.cssParts.some((part) => part.name === name)) continue;
    const doc = partDocs.get(name);
    if (!doc) console.warn(`custom-elements.json: part "${name}" (${file}) of <${declaration.tagName}> has no @csspart description`);
    declaration.cssParts.push({ name, description: doc?.description ?? '' });
  }

  declaration.cssProperties ??= [];
  for (const name of [...properties].sort()) {
    const token = tokens.get(name);
    const known = declaration.cssProperties.find((property) => property.name === name);
    const doc = propertyDocs.get(name);
    const defaultValue = doc?.default ?? token?.default ?? defaults.get(name);
    const fallback = token ? ` Shared by all buurtkit elements; falls back to \`${token.fallback}\` (NL Design System).` : '';
    if (known) {
      if (defaultValue) known.default ??= defaultValue;
      if (fallback && !known.description?.includes(fallback.trim())) known.description = `${known.description ?? ''}${fallback}`.trim();
      continue;
    }
    if (!doc && !token) {
      console.warn(`custom-elements.json: <${declaration.tagName}> reads ${name}, which no @cssprop describes`);
    }
    declaration.cssProperties.push({
      name,
      description: `${doc?.description ?? ''}${fallback}`.trim(),
      ...(defaultValue ? { default: defaultValue } : {}),
    });
  }
}

/** The registration module beside a component (`map.component.ts` → `map.ts`), when it defines a tag. */
function registrationModule(sourcePath, declaration) {
  const file = sourcePath.replace(/\.component\.ts$/, '.ts');
  if (file === sourcePath || !existsSync(file)) return undefined;
  if (!new RegExp(`${declaration.name}\\.define\\(\\s*'${declaration.tagName}'`).test(read(file))) return undefined;
  const reference = { name: declaration.name, module: shippedPath(sourcePath) };
  return {
    kind: 'javascript-module',
    path: shippedPath(file),
    declarations: [],
    exports: [
      { kind: 'js', name: declaration.name, declaration: reference },
      { kind: 'custom-element-definition', name: declaration.tagName, declaration: reference },
    ],
  };
}

/**
 * Every `path` and `module` that names a source file now names the shipped one; a module
 * named relative to the module that re-exports from it (`../../base/events.js`) is resolved first.
 */
function shipPaths(value, from) {
  if (Array.isArray(value)) return value.forEach((item) => shipPaths(item, from));
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if ((key === 'path' || key === 'module') && typeof child === 'string') {
      const shipped = shippedPath(child.startsWith('.') ? join(dirname(from), child) : child);
      // A types-only module (the events) ships as .d.ts alone.
      const declarations = shipped.replace(/\.js$/, '.d.ts');
      value[key] = shipped.endsWith('.js') && !existsSync(shipped) && existsSync(declarations) ? declarations : shipped;
    } else shipPaths(child, from);
  }
}

export function buurtkitManifest() {
  return {
    name: 'buurtkit-manifest',
    packageLinkPhase({ customElementsManifest }) {
      const events = eventTypes();
      const tokens = themeTokens();
      const registrations = [];
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName) continue;
          completeElement(declaration, module.path, events, tokens);
          const registration = registrationModule(module.path, declaration);
          if (registration) registrations.push(registration);
        }
      }
      for (const module of customElementsManifest.modules) shipPaths(module, module.path);
      customElementsManifest.modules.push(...registrations);
    },
  };
}

/** An import specifier for a shipped file, from the folder of the generated declarations. */
function fromTypesDir(path) {
  const specifier = relative(TYPES_DIR, path);
  return specifier.startsWith('.') ? specifier : `./${specifier}`;
}

/**
 * The integrations put an event's `type` inside `CustomEvent<…>` themselves and import the
 * names they find from the element's module; give them the detail type, written as an
 * `import()` type so no name has to be exported from there.
 */
function forIntegrations(manifest) {
  const copy = structuredClone(manifest);
  const events = fromTypesDir(shippedPath(EVENTS_MODULE));
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const event of declaration.events ?? []) {
        const detail = event.type?.text.match(/^CustomEvent<(\w+)>$/)?.[1];
        if (detail) event.type = { text: `import('${events}').${detail}` };
      }
    }
  }
  return copy;
}

function integrations() {
  const elementModule = new Map();
  return {
    name: 'buurtkit-integrations',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) if (declaration.customElement) elementModule.set(declaration.name, module.path);
      }
      const manifest = forIntegrations(customElementsManifest);
      const componentTypePath = (name) => fromTypesDir(elementModule.get(name));
      const common = { outdir: TYPES_DIR, hideLogs: true, exclude: ['BuurtElement'] };
      generateJsxTypes(manifest, { ...common, fileName: 'jsx.d.ts', componentTypePath });
      generateVuejsTypes(manifest, { ...common, fileName: 'vue.d.ts', componentTypePath });
      generateVsCodeCustomElementData(manifest, {
        ...common,
        outdir: 'dist',
        htmlFileName: 'vscode.html-custom-data.json',
        cssFileName: 'vscode.css-custom-data.json',
      });
      // package.json's "web-types" points at it; packageJson: false so the build never edits package.json.
      generateJetBrainsWebTypes(manifest, { ...common, outdir: 'dist', webTypesFileName: 'web-types.json', packageJson: false });
    },
  };
}

export default {
  globs: ['src/**/*.component.ts', 'src/base/buurt-element.ts'],
  // The studio (dist/studio) is a page, not part of the package's elements.
  exclude: ['src/studio/**'],
  outdir: '.',
  litelement: true,
  plugins: [buurtkitManifest(), integrations()],
};
