// Lit's css`` templates reach the bundle as written: indentation, comments and all. Terser
// does not touch template text, so this squeezes the CSS inside them before it does.
// Conservative on purpose: it only drops comments and whitespace that CSS never needs.

const CSS_TEMPLATE = /\bcss`((?:[^`\\]|\\[\s\S])*)`/g;

/** Minifies the static text of one css`` template (interpolations `${…}` stay as they are). */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/** @returns {import('rollup').Plugin} */
export function minifyCssTemplates() {
  return {
    name: 'buurtkit-minify-css-templates',
    // Runs on each module after esbuild and before Terser renames the `css` tag.
    transform(code, id) {
      if (!/\.ts$/.test(id) || !code.includes('css`')) return null;
      // Split at interpolations so `${unsafeCSS(x)}` and `${themeStyles}` pass unchanged.
      const result = code.replace(CSS_TEMPLATE, (_match, body) => {
        const parts = body.split(/(\$\{[^}]*\})/);
        return `css\`${parts.map((part) => (part.startsWith('${') ? part : minifyCssText(part))).join('')}\``;
      });
      return { code: result, map: null };
    },
  };
}
