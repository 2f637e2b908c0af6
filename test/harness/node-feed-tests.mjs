// The feed module is meant to run in Node (the CLI, a CMS build step), so its unit tests run
// under `node --test` too, besides in the browsers: each test/feed/*.test.ts is bundled with
// esbuild into a temporary folder and run by Node's own test runner.
//
// - `expect` comes from chai (@esm-bundle/chai, what @open-wc/testing re-exports);
//   `describe`/`it`/hooks from node:test;
// - root-relative URLs (`fetch('/docs/feed.md')`) read the file from the repository, as the
//   browser tests' dev server serves it;
// - each file gets its storage namespace from its path, as in the browser.
// A file that needs a browser starts with a line `// Browser only: <why>` and is left out here.
//
// Usage: node test/harness/node-feed-tests.mjs [test/feed/x.test.ts …]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storageNamespaceFor } from './storage-namespace.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const given = process.argv.slice(2);
const files = (given.length > 0 ? given : readdirSync(join(root, 'test/feed'), { recursive: true }).filter((f) => f.endsWith('.test.ts')).sort().map((f) => `test/feed/${f}`))
  .map((file) => relative(root, resolve(file)));

const run = [];
for (const file of files) {
  const why = /^\/\/ Browser only: (.*)$/m.exec(readFileSync(join(root, file), 'utf8').split('\n').slice(0, 5).join('\n'));
  if (why) console.log(`# skipped under Node: ${file} (${why[1]})`);
  else run.push(file);
}

const out = mkdtempSync(join(tmpdir(), 'buurtkit-node-feed-'));
try {
  await Promise.all(
    run.map((file) =>
      build({
        entryPoints: [join(root, file)],
        outfile: join(out, file.replace(/[/\\]/g, '__').replace(/\.ts$/, '.mjs')),
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        sourcemap: 'inline',
        logLevel: 'warning',
        // src/ is not under package.json "sideEffects" (that lists dist/), yet feed/index.ts imports
        // its message tables for their effect: keep them.
        ignoreAnnotations: true,
        alias: { '@open-wc/testing': join(root, 'test/harness/node-testing.mjs') },
        banner: {
          js: [
            "import { describe, it, before, after, beforeEach, afterEach } from 'node:test';",
            "import { readFile as __readFile } from 'node:fs/promises';",
            `globalThis.buurtkitStorage = ${JSON.stringify(storageNamespaceFor(file))};`,
            `const __root = ${JSON.stringify(root)};`,
            'const __fetch = globalThis.fetch;',
            'globalThis.fetch = async (input, init) => {',
            "  if (typeof input !== 'string' || !input.startsWith('/')) return __fetch(input, init);",
            "  try { return new Response(await __readFile(__root + input.split('?')[0])); }",
            "  catch { return new Response('Not found', { status: 404 }); }",
            '};',
          ].join('\n'),
        },
      }),
    ),
  );
  const result = spawnSync(process.execPath, ['--test', '--enable-source-maps', ...readdirSync(out).map((f) => join(out, f))], {
    stdio: 'inherit',
    cwd: root,
  });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
