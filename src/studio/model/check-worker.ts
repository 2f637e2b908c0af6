/**
 * The studio's check, in a module Worker (dist/studio/check-worker.js): a big feed is checked
 * here so that typing never waits for it. Receives { id, doc }, answers { id, result }.
 */
import { checkDoc } from './validation.js';
import type { JsonObject } from './json-path.js';

interface Request {
  id: number;
  doc: JsonObject;
}

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<Request>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => {
  const { id, doc } = event.data;
  try {
    scope.postMessage({ id, result: checkDoc(doc) });
  } catch (error) {
    scope.postMessage({ id, error: String(error) });
  }
};
