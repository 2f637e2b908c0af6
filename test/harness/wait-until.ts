import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

type Predicate = () => unknown | Promise<unknown>;

/**
 * @open-wc/testing's `waitUntil`, with a deadline fit for this suite: its default of one second
 * is shorter than a translation import, a retry or a store read over HTTP can take when the
 * two-core CI machine runs Firefox and WebKit side by side. Failing still names what never
 * happened; mocha's own timeout per test stays the outer bound.
 */
export function waitUntil(predicate: Predicate, message?: string, options: { interval?: number; timeout?: number } = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 10_000, ...options });
}
