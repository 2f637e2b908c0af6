// Runs the real `buurtkit` command in a child process for the Node tests of the CLI.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository, the command's working folder in the tests. */
export const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/buurtkit.mjs', import.meta.url));

/** Runs the command; resolves with its exit code and output. */
export function run(...args) {
  return runWith({}, ...args);
}

/** Runs the command with extra environment variables. */
export function runWith(env, ...args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // A command that hangs must fail its test, not hold up the whole suite.
    const killer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr });
    });
  });
}
