import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Sizes the page this test file runs in, in every engine the tests run in (Chromium, Firefox
 * and WebKit; see test/harness/viewport-plugin.mjs). Use it instead of
 * @web/test-runner-commands' setViewport, which has no WebDriver support.
 */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('buurtkit-set-viewport', size);
}

/**
 * Why a test of a phone-wide page does not run in WebKit: MiniBrowser's window, which the
 * WebDriver launcher gives each test file, cannot be made narrower than its toolbar (447 px).
 */
export const NARROW_IN_WEBKIT = "MiniBrowser's window cannot be narrower than 447 px";
