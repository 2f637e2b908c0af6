// Says why a web-test-runner run stopped before it had finished its files. WebKit's runner
// sometimes ended after 96 or 97 of 110 files with exit code 1 and not a word: web-test-runner
// stops that way when its `stop()` is called without an Error (by its own SIGINT handler, for
// one) and exits with 1. This prints who called `stop()`, and any signal the process receives,
// so the next such end can be read in the log. Imported for its effect by web-test-runner.config.mjs.
//
// It writes to stderr directly: web-test-runner holds console output back until its next
// progress update, and a process that exits first never prints it.
import { TestRunner } from '@web/test-runner-core';
import { writeSync } from 'node:fs';

const say = (text) => writeSync(2, `web-test-runner: ${text}\n`);

const stop = TestRunner.prototype.stop;
TestRunner.prototype.stop = function (error) {
  const unfinished = Array.from(this.sessions.all()).filter((session) => session.status !== 'FINISHED');
  if (!this.stopped && unfinished.length > 0) {
    say(`stopped with ${unfinished.length} test files unfinished${error === undefined ? '' : `, because of ${String(error)}`}, called from:`);
    say(new Error('stop()').stack);
  }
  return stop.call(this, error);
};

// web-test-runner has its own listener, which prints through the held-back console and stops.
process.on('uncaughtException', (error) => say(`uncaught exception: ${error?.stack ?? String(error)}`));

// SIGINT only gets a word: web-test-runner (and puppeteer) have handlers of their own. For the
// others a listener would take away the default (ending the process), so it signals itself again.
process.on('SIGINT', () => say('received SIGINT'));
for (const signal of ['SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    say(`received ${signal}`);
    process.kill(process.pid, signal);
  });
}
