// The browser tests in each engine: Chromium first (two files at a time), then Firefox and
// WebKit side by side. Those two run one file at a time and spend most of it waiting on their
// WebDriver round trips, so together they take little more than the slower one alone
// (scripts/engines.mjs says why one at a time). Arguments go to web-test-runner
// (`node scripts/test-browsers.mjs --files 'test/feed/**/*.test.ts'`); BUURTKIT_ENGINES picks
// engines (`BUURTKIT_ENGINES=firefox,webkit`). Every engine runs even when one fails; each line
// of an engine run side by side starts with its name; the exit code says whether all passed.
// The run ends with what a reader needs when only its tail is kept (as in a CI log): the
// failures of each engine that failed, printed again, and a line with each engine's result.
// A run that ends without finishing (killed or crashed, with no error of its own: seen twice
// in WebKit on a loaded machine) runs the files it did not get to once more, and so does a
// file whose browser disconnected while it ran; each says so. A test that failed is never
// run again.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { ENGINES, freePorts } from './engines.mjs';

// web-test-runner itself, not through npx, which runs it in a shell: a signal that ends it then
// arrives as the shell's exit code (137 for SIGKILL), not as the signal.
const WTR = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));

const engines = (process.env.BUURTKIT_ENGINES ?? ENGINES.join(',')).split(',').filter(Boolean);
const unknown = engines.filter((engine) => !ENGINES.includes(engine));
if (unknown.length > 0) throw new Error(`BUURTKIT_ENGINES: unknown ${unknown.join(', ')}; use ${ENGINES.join(', ')}`);

/**
 * Runs web-test-runner in one engine, its test server on `port`, its output kept for the
 * failure report; `prefix`: its output lines carry the engine's name.
 */
function run(engine, prefix, port, args = process.argv.slice(2)) {
  const started = Date.now();
  const lines = [];
  // test/harness/finished-files-reporter.mjs writes the run's files here, and those it finished.
  const filesList = join(tmpdir(), `buurtkit-${engine}-${process.pid}-${port}.files`);
  const child = spawn(process.execPath, [WTR, '--static-logging', '--port', String(port), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BUURTKIT_ENGINE: engine, BUURTKIT_FINISHED_FILES: filesList },
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      console.log(prefix ? `[${engine}] ${line}` : line);
    });
  }
  return new Promise((resolve) => {
    child.on('close', (status, signal) => {
      // A run that ends without web-test-runner's own last words (killed, or crashed) must
      // still say how it ended.
      if (status !== 0) lines.push(`web-test-runner ended with ${signal ? `signal ${signal}` : `exit code ${status}`}`);
      const finished = lines.some((line) => line.includes('Finished running tests'));
      const unfinished = status !== 0 && !finished ? unfinishedFiles(filesList) : [];
      rmSync(filesList, { force: true });
      rmSync(`${filesList}.done`, { force: true });
      resolve({
        engine,
        ok: status === 0,
        testsFailed: lines.some((line) => line.includes('❌') && !line.includes(DISCONNECTED)),
        disconnected: disconnectedFiles(lines),
        unfinished,
        seconds: Math.round((Date.now() - started) / 1000),
        lines,
      });
    });
  });
}

// web-test-runner's words for a file whose browser went away (seen in WebKit on a loaded
// machine): no test of it failed, it did not get to run.
const DISCONNECTED = 'browser disconnected';

/** The files whose browser disconnected while they ran. */
function disconnectedFiles(lines) {
  const files = new Set();
  let file;
  for (const line of lines.map((text) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, ''))) {
    if (/^\S.*\.test\.ts:$/.test(line)) file = line.slice(0, -1);
    else if (file && line.includes(DISCONNECTED)) files.add(file);
  }
  return [...files];
}

/** The files of a run that ended without finishing which it did not finish. */
function unfinishedFiles(filesList) {
  if (!existsSync(filesList)) return [];
  const done = new Set(readFileSync(`${filesList}.done`, 'utf8').split('\n'));
  return readFileSync(filesList, 'utf8')
    .split('\n')
    .filter((file) => file && !done.has(file));
}

/**
 * `run`, and once more for the files left when the run ended without finishing, or whose
 * browser disconnected while no test failed.
 */
async function runResuming(engine, prefix, port) {
  let first = await run(engine, prefix, port);
  // Its port, found free, was taken before web-test-runner listened on it: no test ran yet.
  if (!first.ok && first.lines.some((line) => line.includes('EADDRINUSE'))) {
    const [another] = await freePorts(1);
    first = await run(engine, prefix, another);
  }
  const say = (text) => console.log(prefix ? `[${engine}] ${text}` : text);
  let rerun = first.unfinished;
  if (rerun.length > 0) {
    say(`${first.lines.at(-1)}, without finishing: the ${rerun.length} files it did not finish run once more.`);
  } else if (!first.ok && !first.testsFailed && first.disconnected.length > 0) {
    rerun = first.disconnected;
    say(`The browser disconnected while ${rerun.join(', ')} ran, and no test failed: ${rerun.length === 1 ? 'it runs' : 'they run'} once more.`);
  } else return first;
  const [again] = await freePorts(1);
  const second = await run(engine, prefix, again, ['--files', ...rerun]);
  return {
    ...second,
    ok: !first.testsFailed && second.ok,
    seconds: first.seconds + second.seconds,
    lines: [...first.lines, ...second.lines],
  };
}

// Each run its own test server port: two runs started together both found web-test-runner's
// default, 8000, free, and the second then failed to listen on it (EADDRINUSE).
const ports = await freePorts(engines.length);
const results = [];
if (engines.includes('chromium')) results.push(await runResuming('chromium', false, ports.pop()));
const sideBySide = engines.filter((engine) => engine !== 'chromium');
results.push(
  ...(await Promise.all(sideBySide.map((engine) => runResuming(engine, sideBySide.length > 1, ports.pop())))),
);
for (const { engine, ok, lines } of results) {
  if (ok) continue;
  console.log(`\n[${engine}] failed; its failures again:`);
  for (const line of failureReport(lines)) console.log(`[${engine}] ${line}`);
}
console.log(
  `\nbrowser tests: ${results.map((r) => `${r.engine} ${r.ok ? 'passed' : 'FAILED'} in ${r.seconds} s`).join(', ')}`,
);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;

/**
 * The parts of web-test-runner's static log that tell why a run failed: each test file's block
 * (from its "test/….test.ts:" line to the next) that holds a failed test (❌) or an error
 * outside any test, and the log's last lines, where the runner says how the run ended.
 */
function failureReport(lines) {
  const plain = lines.map((line) => line.replace(/\x1b\[[0-9;]*[A-Za-z]/g, ''));
  const blocks = [[]];
  for (const line of plain) {
    if (/^\S.*\.test\.ts:$/.test(line)) blocks.push([]);
    blocks.at(-1).push(line);
  }
  const failed = blocks.filter((block) => block.some((line) => line.includes('❌') || /^\s*\w*Error:/.test(line)));
  // The last block runs to the end of the log; when it did not fail, its end is still wanted.
  if (failed.at(-1) !== blocks.at(-1))
    failed.push([
      '…',
      ...blocks
        .at(-1)
        .filter((line) => line.trim() !== '')
        .slice(-6),
    ]);
  return failed.flat().filter((line) => line.trim() !== '');
}
