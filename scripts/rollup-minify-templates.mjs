// Lit's html`` and css`` templates reach the bundle as written, indentation and comments
// included; Terser leaves template text alone. This squeezes their static parts before
// Terser runs. It finds the templates with Rollup's own parser, so `${…}` expressions
// (which may hold nested templates) are never touched, only the text between them.
// Conservative on purpose: only whitespace and comments that neither HTML nor CSS needs.

import MagicString from 'magic-string';

/** CSS text: no comments, and no whitespace around `{ } ; ,`. */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    // Inside calc() a `*` needs no spaces (in a selector it would; "var(" is never a selector).
    .replace(/ \* var\(/g, '*var(')
    .replace(/\bcalc\(0\./g, 'calc(.');
}

/**
 * HTML text: a run of whitespace that holds a line break (source indentation) becomes one
 * space, which renders the same; whitespace on one line is left as it is. The kit's
 * templates have no literal text inside <pre> or <textarea>.
 */
export function minifyHtmlText(text) {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

const MINIFIERS = { css: minifyCssText, html: minifyHtmlText };

function* taggedTemplates(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name in MINIFIERS) {
    yield { tag: node.tag.name, quasis: node.quasi.quasis };
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* taggedTemplates(child);
    else if (value && typeof value === 'object' && typeof value.type === 'string') yield* taggedTemplates(value);
  }
}

/**
 * The edits that turn `raw` into `minified`, as small as the two allow: the minifiers only
 * drop characters and turn whitespace into a space, so `minified` is `raw` with characters
 * left out. Walking both keeps every character that survives in its place, and so the source
 * map still points at the right line and column inside a template. Returns undefined when
 * `minified` is not such a subsequence (a minifier that does more), and the caller then
 * replaces the text as a whole.
 */
export function subsequenceEdits(raw, minified) {
  const edits = [];
  let j = 0;
  let dropFrom = -1;
  const flushDrop = (end) => {
    if (dropFrom >= 0) edits.push({ start: dropFrom, end, text: '' });
    dropFrom = -1;
  };
  for (let i = 0; i < raw.length; i++) {
    const want = minified[j];
    if (want !== undefined && raw[i] === want) {
      flushDrop(i);
      j++;
    } else if (want === ' ' && /\s/.test(raw[i])) {
      // A line break or tab that stands for the space the minifier wrote.
      flushDrop(i);
      edits.push({ start: i, end: i + 1, text: ' ' });
      j++;
    } else if (dropFrom < 0) {
      dropFrom = i;
    }
  }
  flushDrop(raw.length);
  return j === minified.length ? edits : undefined;
}

/** @returns {import('rollup').Plugin} */
export function minifyTemplates() {
  return {
    name: 'buurtkit-minify-templates',
    // Runs on each module after esbuild and before Terser renames the `html` and `css` tags.
    transform(code, id) {
      if (!id.endsWith('.ts') || !/\b(html|css)`/.test(code)) return null;
      const output = new MagicString(code);
      let changed = false;
      for (const { tag, quasis } of taggedTemplates(this.parse(code))) {
        for (const quasi of quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const minified = MINIFIERS[tag](raw);
          if (minified === raw) continue;
          changed = true;
          const edits = subsequenceEdits(raw, minified) ?? [{ start: 0, end: raw.length, text: minified }];
          for (const { start, end, text } of edits) {
            if (text === '') output.remove(quasi.start + start, quasi.start + end);
            else output.overwrite(quasi.start + start, quasi.start + end, text);
          }
        }
      }
      if (!changed) return null;
      // Only the changed ranges are rewritten, so Rollup can chain this map with esbuild's and
      // the script-tag build's source maps still lead to the right line of the TypeScript.
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
