/**
 * The studio's check, in a module Worker (dist/studio/check-worker.js): a big feed is checked
 * here so that typing never waits for it. The Worker keeps its own copy of the draft: the
 * first message brings the whole draft ({ id, doc }), later ones only the patches of what
 * changed ({ id, patches }). The answer ({ id, problems, feedParts }) carries each part of the
 * feed as JSON text, which the main thread reads only when a section asks for that part. A message with
 * `save` keeps the Worker's copy as the draft on the device instead of checking it
 * (IndexedDB copies what it stores: 7 MB copied here, not on the main thread).
 */
import { applyPatches, type Patch } from './doc-patch.js';
import { writeDraft, type DraftMeta } from './draft-storage.js';
import type { JsonObject } from './json-path.js';
import { checkDoc } from './validation.js';

type Request = ({ id: number; doc: JsonObject } | { id: number; patches: Patch[] }) & { save?: DraftMeta & { namespace: string } };

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<Request>) => void) | null; postMessage(message: unknown): void };
let current: JsonObject | undefined;

scope.onmessage = async (event) => {
  const request = event.data;
  try {
    if ('doc' in request) current = request.doc;
    else if (current) current = applyPatches(current, request.patches) as JsonObject;
    else throw new Error('patches before a document');
    if (request.save) {
      const { namespace, ...meta } = request.save;
      scope.postMessage({ id: request.id, saved: await writeDraft(namespace, { ...meta, doc: current }) });
      return;
    }
    const { feed, problems } = checkDoc(current);
    // Each part as its own JSON text: a section that reads the areas does not pay for 10,000 places.
    const feedParts = Object.fromEntries(Object.entries(feed).map(([key, value]) => [key, JSON.stringify(value)]));
    scope.postMessage({ id: request.id, problems, feedParts });
  } catch (error) {
    current = undefined;
    scope.postMessage({ id: request.id, error: String(error) });
  }
};
