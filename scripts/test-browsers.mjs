// The browser tests in each engine, one engine after another (together they would fight over
// this machine's two cores): Chromium, Firefox, WebKit. Arguments go to web-test-runner
// (`node scripts/test-browsers.mjs --files 'test/feed/**/*.test.ts'`); BUURTKIT_ENGINES picks
// engines (`BUURTKIT_ENGINES=firefox,webkit`). Every engine runs even when one fails; the exit
// code says whether all passed, and a last line gives each engine's result and time.
import { spawnSync } from 'node:child_process';
import { ENGINES } from './engines.mjs';

const engines = (process.env.BUURTKIT_ENGINES ?? ENGINES.join(',')).split(',').filter(Boolean);
const unknown = engines.filter((engine) => !ENGINES.includes(engine));
if (unknown.length > 0) throw new Error(`BUURTKIT_ENGINES: unknown ${unknown.join(', ')}; use ${ENGINES.join(', ')}`);

const results = [];
for (const engine of engines) {
  const started = Date.now();
  const { status } = spawnSync('npx', ['wtr', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, BUURTKIT_ENGINE: engine },
  });
  results.push({ engine, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) });
}
console.log(`\nbrowser tests: ${results.map((r) => `${r.engine} ${r.ok ? 'passed' : 'FAILED'} in ${r.seconds} s`).join(', ')}`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
