#!/usr/bin/env node
// Copies the NL Design System theme packages the demo offers (?thema=utrecht, ?thema=voorbeeld)
// into demo/themes/, outside the npm package (the folder is git-ignored), where the demo server serves them. Each file
// scopes its tokens to a class (.utrecht-theme, .voorbeeld-theme) that demo.js sets on <body>.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const THEMES = {
  utrecht: '@utrecht/design-tokens/dist/theme.css',
  voorbeeld: '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css',
};

mkdirSync('demo/themes', { recursive: true });
for (const [name, file] of Object.entries(THEMES)) {
  const [scope, pkg] = file.split('/');
  const packageDir = dirname(require.resolve(`${scope}/${pkg}/package.json`));
  copyFileSync(join(packageDir, file.split('/').slice(2).join('/')), `demo/themes/${name}.css`);
}
console.log(`themes copied to demo/themes: ${Object.keys(THEMES).join(', ')}`);
