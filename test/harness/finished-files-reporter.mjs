// Writes down which test files a web-test-runner run has finished, for scripts/test-browsers.mjs:
// when a run ends without finishing (its process killed or crashed, as WebKit's twice did on a
// loaded machine, with no error of its own), the files it did not get to run once more instead
// of being lost. `path` gets every test file of the run, one per line, then `path`.done each
// finished one as it finishes. Without a path it does nothing.
import { appendFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

export function finishedFilesReporter(path) {
  const name = (file) => relative(process.cwd(), file);
  return {
    start({ testFiles }) {
      if (!path) return;
      writeFileSync(path, testFiles.map(name).join('\n'));
      writeFileSync(`${path}.done`, '');
    },
    reportTestFileResults({ testFile }) {
      if (path) appendFileSync(`${path}.done`, `${name(testFile)}\n`);
    },
  };
}
