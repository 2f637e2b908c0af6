/**
 * Which engine runs this test file, and `it` variants for a test that cannot run in one of
 * them. The reason goes into the skipped test's title, so every run lists each gap and why.
 * Mocha (in the browsers) and node:test (the feed tests, test/harness/node-feed-tests.mjs)
 * both know `it` and `it.skip`.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit' | 'node';

export const engine: Engine = (() => {
  if (typeof window === 'undefined') return 'node';
  const ua = navigator.userAgent;
  if (ua.includes('Firefox/')) return 'firefox';
  if (ua.includes('Chrome/')) return 'chromium';
  return 'webkit';
})();

const ENGINE_NAMES: Record<Engine, string> = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit', node: 'Node' };

type Body = Parameters<typeof it>[1];

/** `it`, except in the given engines, where the test is skipped with the reason in its title. */
export function itExcept(engines: Engine[], reason: string, title: string, body: Body): void {
  if (engines.includes(engine)) it.skip(`${title} (not in ${ENGINE_NAMES[engine]}: ${reason})`, body);
  else it(title, body);
}

/** A test that needs a browser page (storage, the test server's routes): skipped under Node. */
export function itInBrowser(reason: string, title: string, body: Body): void {
  itExcept(['node'], reason, title, body);
}
