/**
 * The studio's check, in a module Worker (dist/studio/check-worker.js): a big feed is checked
 * here so that typing never waits for it. The Worker keeps its own copy of the draft: the
 * first message brings the whole draft ({ id, doc }), later ones only the patches of what
 * changed ({ id, patches }). The answer ({ id, problems, feedJson }) carries the feed as JSON
 * text, which the main thread reads only when a section asks for the feed.
 */
import { applyPatches, type Patch } from './doc-patch.js';
import type { JsonObject } from './json-path.js';
import { checkDoc } from './validation.js';

type Request = { id: number; doc: JsonObject } | { id: number; patches: Patch[] };

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<Request>) => void) | null; postMessage(message: unknown): void };
let current: JsonObject | undefined;

scope.onmessage = (event) => {
  const request = event.data;
  try {
    if ('doc' in request) current = request.doc;
    else if (current) current = applyPatches(current, request.patches) as JsonObject;
    else throw new Error('patches before a document');
    const { feed, problems } = checkDoc(current);
    scope.postMessage({ id: request.id, problems, feedJson: JSON.stringify(feed) });
  } catch (error) {
    current = undefined;
    scope.postMessage({ id: request.id, error: String(error) });
  }
};
