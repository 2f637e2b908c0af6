// What the size checks of both browser bundles (scripts/size.mjs for dist/cdn,
// scripts/studio-size.mjs for dist/studio) read from a build: the chunk graph Rollup wrote
// (chunks.json: which chunk imports which), each file's gzip size, and what a file pulls in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;
export const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

export function chunkGraph(dir) {
  const chunks = JSON.parse(readFileSync(join(dir, 'chunks.json'), 'utf8'));
  return {
    chunks,
    /** Bytes and gzip bytes (level 9) of a file of the build. */
    size(file) {
      const bytes = readFileSync(join(dir, file));
      return { bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    },
    /** The chunk that holds a source module (a path relative to the project), or undefined. */
    chunkOf(module) {
      return Object.keys(chunks).find((file) => chunks[file].modules?.includes(module));
    },
    /** Every chunk a file pulls in with static imports: what the browser fetches before it runs. */
    staticClosure(file, seen = new Set()) {
      if (seen.has(file)) return seen;
      seen.add(file);
      for (const imported of chunks[file]?.imports ?? []) this.staticClosure(imported, seen);
      return seen;
    },
  };
}
