// A test command for Chromium: forced-colors mode (Windows' contrast themes) on or off for the
// calling page. @web/test-runner-commands' emulateMedia has no such option and puppeteer's
// emulateMediaFeatures refuses the feature, so the page's DevTools protocol is asked directly.
// The session stays open: the emulation lasts as long as the session that set it.
const sessions = new Map();

export function forcedColorsPlugin() {
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession) throw new Error('forced colors can only be emulated in Chromium');
      let client = sessions.get(session.id);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(session.id, client);
      }
      await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}
