/**
 * Where the check runs. A small feed is checked on the main thread when the browser is idle;
 * a big one in a module Worker, so typing in a 10,000-place feed never waits for the check.
 * When the Worker cannot start (an old browser, a host that blocks it) the main thread takes
 * over: slower for big feeds, never broken.
 */
import type { Feed, FeedProblem } from '../../feed/types.js';
import { diffDocs } from './doc-patch.js';
import type { Draft, DraftWriter } from './draft-storage.js';
import type { JsonObject } from './json-path.js';
import { checkDoc, type Checked, type Checker } from './validation.js';

/** From this many items (places, tasks, words, guide steps) on, the check runs in the Worker. */
export const WORKER_THRESHOLD = 300;

/** The number of list entries in the feed's main lists: a cheap measure of the check's cost. */
export function itemCount(doc: JsonObject): number {
  let count = 0;
  for (const key of ['places', 'opportunities', 'glossary', 'guides', 'areas', 'categories']) {
    const list = doc[key];
    if (Array.isArray(list)) count += list.length;
  }
  return count;
}

/** The check on the main thread, in idle time (or after at most 100 ms). */
export const idleChecker: Checker = (doc) =>
  new Promise<Checked>((resolve, reject) => {
    const run = () => {
      try {
        resolve(checkDoc(doc));
      } catch (error) {
        reject(error);
      }
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 100 });
    else setTimeout(run, 0);
  });

interface Pending {
  doc: JsonObject;
  resolve: (result: Checked) => void;
  reject: (error: unknown) => void;
}

/**
 * A check result whose feed is read from the Worker's JSON texts part by part, only when a
 * section asks for that part: the place editor's map reads `feed.areas`, and must not wait for
 * 10,000 places to be parsed (over a second on a busy machine).
 */
function lazyFeed(problems: FeedProblem[], parts: Record<string, string>): Checked {
  const feed = {} as Feed;
  for (const [key, json] of Object.entries(parts)) {
    let value: unknown;
    let read = false;
    Object.defineProperty(feed, key, {
      enumerable: true,
      configurable: true,
      get() {
        if (!read) {
          value = JSON.parse(json);
          read = true;
        }
        return value;
      },
    });
  }
  return { problems, feed };
}

/**
 * A checker that sends big feeds to the module Worker at `workerUrl`, small ones to idle time.
 * The Worker keeps a copy of the draft: after the first check it gets only the patches of
 * what changed (doc-patch.ts), so a keystroke in a 10,000-place feed costs the main thread a
 * few identity tests instead of a 7 MB copy.
 */
export interface WorkerChecker extends Checker {
  /** The Worker, once started. */
  worker(): Worker | undefined;
  /** Keeps a big draft through the Worker (see DraftStorage.writer); undefined for a small one. */
  writer(namespace: string): DraftWriter;
}

export function workerChecker(workerUrl: string | URL, threshold = WORKER_THRESHOLD): WorkerChecker {
  let worker: Worker | undefined;
  let broken = false;
  let nextId = 0;
  /** The draft the Worker has (after the messages sent so far). */
  let sent: JsonObject | undefined;
  const pending = new Map<number, Pending>();
  const saves = new Map<number, (saved: boolean) => void>();

  const fallBack = () => {
    broken = true;
    worker?.terminate();
    worker = undefined;
    sent = undefined;
    // A draft the Worker did not keep: the next autosave keeps it from the window.
    for (const [id, resolve] of saves) {
      saves.delete(id);
      resolve(false);
    }
    // Whatever was sent is checked here instead.
    for (const [id, { doc, resolve, reject }] of pending) {
      pending.delete(id);
      idleChecker(doc).then(resolve, reject);
    }
  };

  const start = (): Worker | undefined => {
    if (worker || broken) return worker;
    try {
      worker = new Worker(workerUrl, { type: 'module' });
    } catch {
      fallBack();
      return undefined;
    }
    worker.addEventListener('message', (event: MessageEvent<{ id: number; problems?: FeedProblem[]; feedParts?: Record<string, string>; saved?: boolean; error?: string }>) => {
      const saving = saves.get(event.data.id);
      if (saving) {
        saves.delete(event.data.id);
        if (event.data.error !== undefined) sent = undefined;
        saving(event.data.saved === true);
        return;
      }
      const job = pending.get(event.data.id);
      if (!job) return;
      pending.delete(event.data.id);
      if (event.data.problems && event.data.feedParts) job.resolve(lazyFeed(event.data.problems, event.data.feedParts));
      else {
        // The Worker lost its copy: the next check sends the whole draft again.
        sent = undefined;
        job.reject(new Error(event.data.error));
      }
    });
    // A script that does not load, or a module the browser cannot run in a Worker.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      fallBack();
    });
    worker.addEventListener('messageerror', fallBack);
    return worker;
  };

  const checker = ((doc: JsonObject) => {
    if (itemCount(doc) < threshold) return idleChecker(doc);
    const target = start();
    if (!target) return idleChecker(doc);
    return new Promise<Checked>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { doc, resolve, reject });
      target.postMessage(sent === undefined ? { id, doc } : { id, patches: diffDocs(sent, doc) });
      sent = doc;
    });
  }) as WorkerChecker;
  checker.worker = () => worker;
  checker.writer = (namespace) => (draft: Draft) => {
    if (itemCount(draft.doc) < threshold) return undefined;
    const target = start();
    if (!target) return undefined;
    const { doc, ...meta } = draft;
    return new Promise<boolean>((resolve) => {
      const id = nextId++;
      saves.set(id, resolve);
      target.postMessage({ ...(sent === undefined ? { doc } : { patches: diffDocs(sent, doc) }), id, save: { ...meta, namespace } });
      sent = doc;
    });
  };
  return checker;
}
