// Lit's html`` and css`` templates reach the bundle as written, indentation and comments
// included; Terser leaves template text alone. This squeezes their static parts before
// Terser runs. It finds the templates with Rollup's own parser, so `${…}` expressions
// (which may hold nested templates) are never touched, only the text between them.
// Conservative on purpose: only whitespace and comments that neither HTML nor CSS needs.

/** CSS text: no comments, and no whitespace around `{ } ; ,`. */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}');
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

/** @returns {import('rollup').Plugin} */
export function minifyTemplates() {
  return {
    name: 'buurtkit-minify-templates',
    // Runs on each module after esbuild and before Terser renames the `html` and `css` tags.
    transform(code, id) {
      if (!id.endsWith('.ts') || !/\b(html|css)`/.test(code)) return null;
      const edits = [];
      for (const { tag, quasis } of taggedTemplates(this.parse(code))) {
        for (const quasi of quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const minified = MINIFIERS[tag](raw);
          if (minified !== raw) edits.push({ start: quasi.start, end: quasi.end, text: minified });
        }
      }
      if (edits.length === 0) return null;
      edits.sort((a, b) => b.start - a.start);
      let result = code;
      for (const { start, end, text } of edits) result = result.slice(0, start) + text + result.slice(end);
      return { code: result, map: null };
    },
  };
}
