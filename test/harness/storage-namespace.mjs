// Each test file its own part of localStorage. web-test-runner runs two files at a time in
// one origin, so a file's waiting sign-ups, cached feeds or map consent would otherwise show
// up in another file's tests. The kit puts every key under the namespace in
// `globalThis.buurtkitStorage` (src/feed/storage.ts); the test page sets it from the test
// file's path before the file loads (web-test-runner.config.mjs), and the Node runner of the
// feed tests does the same (test/harness/node-feed-tests.mjs).
// Used by the config in Node and by the test page in the browser: plain JavaScript.

/**
 * The namespace of a test file, from its path or URL (`/test/feed/load.test.ts?wtr-…`):
 * `buurtkit-test(test/feed/load.test.ts)`. The closing bracket keeps one file's namespace from
 * being the start of another's, so a file that clears "its keys" by prefix clears only its own.
 * @param {string} file
 */
export function storageNamespaceFor(file) {
  const path = file.split('?')[0].replace(/^(https?:\/\/[^/]+)?\/*/, '');
  return `buurtkit-test(${path})`;
}
