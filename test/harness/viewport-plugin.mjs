// The test command behind test/harness/viewport.ts: the size of the page a test file runs in,
// in every engine. @web/test-runner-commands' setViewport knows only puppeteer and playwright
// pages; WebKit runs under WebDriver, where each test file is an iframe of one page
// (scripts/engines.mjs), so there the iframe is given the size: its document sees that width
// and height as its viewport, media queries included.
export function viewportPlugin() {
  return {
    name: 'buurtkit-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'buurtkit-set-viewport') return undefined;
      const { width, height } = payload ?? {};
      if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
        throw new Error('setViewport needs a whole positive width and height in pixels');
      }
      const browser = session.browser;
      if (typeof browser.setFrameSize === 'function') {
        await browser.setFrameSize(session.id, { width, height });
        return true;
      }
      const page = browser.getPage?.(session.id);
      if (!page?.setViewport) throw new Error(`No way to size the page in ${browser.name}`);
      await page.setViewport({ width, height });
      return true;
    },
  };
}
