// TypeScript → JavaScript for Rollup with esbuild: type checking is tsc's job (it runs first
// in `npm run build`), so the bundler only strips types, which keeps the build fast on small machines.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { transform } from 'esbuild';

/** @returns {import('rollup').Plugin} */
export function esbuildTypeScript({ target = 'es2021' } = {}) {
  return {
    name: 'buurtkit-esbuild-typescript',
    resolveId(source, importer) {
      // Sources import './x.js' (what TypeScript and browsers expect); the file on disk is './x.ts'.
      if (!importer || !importer.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const candidate = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(candidate) ? candidate : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        target,
        sourcemap: true,
        sourcefile: id,
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      });
      return { code: result.code, map: result.map };
    },
  };
}
