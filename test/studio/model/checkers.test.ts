import { expect } from '@open-wc/testing';
import { itemCount, workerChecker } from '../../../src/studio/model/checkers.js';
import { insertAt, removeAt, setAt, type JsonObject } from '../../../src/studio/model/json-path.js';
import { StudioStore } from '../../../src/studio/model/store.js';
import { DraftStorage } from '../../../src/studio/model/draft-storage.js';
import { STORAGE_NAMESPACE } from '../../../src/feed/storage.js';
import { checkDoc } from '../../../src/studio/model/validation.js';
import { bigFeed } from '../big-feed.mjs';

/** The Worker's source as the test server serves it (esbuild turns the TypeScript into JavaScript). */
const WORKER_URL = new URL('/src/studio/model/check-worker.ts', location.href);

describe('checkers: the check off the main thread', () => {
  it('counts the items of the main lists', () => {
    expect(itemCount({ places: [1, 2], glossary: [1], guides: 'x' })).to.equal(3);
  });

  it('checks a big feed in the module Worker with the same result as on the main thread', async () => {
    const doc = bigFeed(400);
    (doc.places as JsonObject[])[7]!.location = { lat: 'noord', lng: 5.3 };
    const checker = workerChecker(WORKER_URL, 300);
    const result = await checker(doc);
    expect(checker.worker()).to.be.instanceOf(Worker);
    const here = checkDoc(doc);
    expect(result.problems).to.deep.equal(here.problems);
    expect(result.feed.places).to.have.length(here.feed.places.length);
    expect(result.problems.map((problem) => problem.path)).to.include('places[7].location.lat');
    checker.worker()!.terminate();
  });

  it('checks a small feed on the main thread, without starting a Worker', async () => {
    const checker = workerChecker(WORKER_URL, 300);
    const result = await checker(bigFeed(3));
    expect(result.feed.places).to.have.length(3);
    expect(checker.worker()).to.equal(undefined);
  });

  it('falls back to the main thread when the Worker cannot load', async () => {
    const checker = workerChecker(new URL('/no-such-worker.js', location.href), 1);
    const result = await checker(bigFeed(5));
    expect(result.feed.places).to.have.length(5);
    // Later checks go straight to the main thread.
    expect((await checker(bigFeed(2))).feed.places).to.have.length(2);
    expect(checker.worker()).to.equal(undefined);
  });

  it('sends the Worker only the patches of later edits, with the same result as a full check', async () => {
    let messages = 0;
    const checker = workerChecker(WORKER_URL, 300);
    let doc = bigFeed(400) as JsonObject;
    await checker(doc);
    const worker = checker.worker()!;
    const post = worker.postMessage.bind(worker);
    const sent: unknown[] = [];
    worker.postMessage = (message: unknown) => {
      messages++;
      sent.push(message);
      post(message);
    };
    for (const edit of [
      (d: JsonObject) => setAt(d, 'places[7].name', ''),
      (d: JsonObject) => insertAt(d, 'places', 0, { id: 'plek-1', name: 'Dubbel', kind: 'informal-initiative' }),
      (d: JsonObject) => removeAt(d, 'places[3]'),
    ]) {
      doc = edit(doc);
      const result = await checker(doc);
      expect(result.problems).to.deep.equal(checkDoc(doc).problems);
      expect(result.feed.places.length).to.equal(checkDoc(doc).feed.places.length);
    }
    expect(messages).to.equal(3);
    expect(sent.every((message) => 'patches' in (message as object))).to.equal(true);
    worker.terminate();
  });

  it('keeps a big draft through the Worker (IndexedDB copies it there, not on the main thread), and leaves a small one to the window', async () => {
    const checker = workerChecker(WORKER_URL, 300);
    const storage = new DraftStorage(`${STORAGE_NAMESPACE}-worker-draft`);
    storage.writer = checker.writer(storage.namespace);
    await storage.discard();
    let doc = bigFeed(400) as JsonObject;
    await checker(doc);
    doc = setAt(doc, 'places[399].name', 'Laatste plek');
    const savedAt = await storage.save({ doc, format: { indent: 2, newline: true }, changed: true });
    expect(savedAt).to.be.a('number');
    const draft = await storage.load();
    expect(JSON.stringify(draft!.doc)).to.equal(JSON.stringify(doc));
    expect(draft!.changed).to.equal(true);
    // The check after the save still sees the same draft.
    expect((await checker(doc)).problems).to.deep.equal(checkDoc(doc).problems);
    expect(checker.writer(storage.namespace)({ doc: bigFeed(2) as JsonObject, format: { indent: 2, newline: true }, changed: false, savedAt: 1 })).to.equal(undefined);
    await storage.discard();
    checker.worker()!.terminate();
  });

  it('gives a store of 10,000 places its problems from the Worker', async () => {
    const store = new StudioStore(bigFeed(10_000), { checker: workerChecker(WORKER_URL), debounceMs: 0 });
    await store.settled();
    expect(store.feed.places).to.have.length(10_000);
    store.set('places[9999].name', '');
    await store.settled();
    expect(store.problemsAt('places[9999].name').map((problem) => problem.severity)).to.include('error');
  });
});
