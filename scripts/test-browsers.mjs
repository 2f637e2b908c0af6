// The browser tests in each engine: Chromium first (two files at a time), then Firefox and
// WebKit side by side. Those two run one file at a time and spend most of it waiting on their
// WebDriver round trips, so together they take little more than the slower one alone
// (scripts/engines.mjs says why one at a time). Arguments go to web-test-runner
// (`node scripts/test-browsers.mjs --files 'test/feed/**/*.test.ts'`); BUURTKIT_ENGINES picks
// engines (`BUURTKIT_ENGINES=firefox,webkit`). Every engine runs even when one fails; each line
// of an engine run side by side starts with its name; the exit code says whether all passed,
// and a last line gives each engine's result and time.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ENGINES } from './engines.mjs';

const engines = (process.env.BUURTKIT_ENGINES ?? ENGINES.join(',')).split(',').filter(Boolean);
const unknown = engines.filter((engine) => !ENGINES.includes(engine));
if (unknown.length > 0) throw new Error(`BUURTKIT_ENGINES: unknown ${unknown.join(', ')}; use ${ENGINES.join(', ')}`);

/** Runs web-test-runner in one engine; `prefix`: its output lines carry the engine's name. */
function run(engine, prefix) {
  const started = Date.now();
  const child = spawn('npx', ['wtr', ...(prefix ? ['--static-logging'] : []), ...process.argv.slice(2)], {
    stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, BUURTKIT_ENGINE: engine },
  });
  if (prefix) {
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => console.log(`[${engine}] ${line}`));
    }
  }
  return new Promise((resolve) => {
    child.on('close', (status) => resolve({ engine, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) }));
  });
}

const results = [];
if (engines.includes('chromium')) results.push(await run('chromium', false));
const sideBySide = engines.filter((engine) => engine !== 'chromium');
results.push(...(await Promise.all(sideBySide.map((engine) => run(engine, sideBySide.length > 1)))));
console.log(`\nbrowser tests: ${results.map((r) => `${r.engine} ${r.ok ? 'passed' : 'FAILED'} in ${r.seconds} s`).join(', ')}`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
