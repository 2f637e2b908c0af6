/**
 * `loadSources`: several sources (buurtkit feeds, HSDS, spreadsheets) as one feed. Each
 * source goes through `loadFeed` on its own — fetched once per page, cached, refreshed
 * in the background — and the good ones are merged. A source that fails costs only itself.
 * No DOM: runs in Node as well.
 */
import { FeedLoadError, loadFeed, type FeedSnapshot, type LoadFeedOptions } from './load.js';
import type { SourceKind } from './sources/read.js';
import type { SourceFeed } from './sources/merge.js';
import { fileLabel } from './sources/detect.js';
import type { Feed, FeedProblem } from './types.js';
import { validateFeed } from './validate.js';

/** What happened to one source, for `buurt-load`'s `sources` and for the page's notice. */
export interface SourceOutcome {
  /** The URL as loaded (absolute), or `feed[0]` … for objects given as the `feed` property. */
  url: string;
  /** `failed`: nothing of this source is shown. */
  state: 'network' | 'cache' | 'property' | 'failed';
  kind?: SourceKind;
  /** The publisher or file name that "Bron:" shows. */
  label?: string;
  /** How many problems this source has (they are in `problems`, each with its `source`). */
  problems: number;
  /** Why it failed. */
  error?: { code: string; message: string; status?: number };
}

export interface SourcesSnapshot {
  feed: Feed;
  problems: FeedProblem[];
  /** `cache` when any source came from the cache: fresh copies follow through `onUpdate`. */
  source: 'network' | 'cache' | 'property';
  /** The oldest of the sources' times. */
  fetchedAt: number;
  sources: SourceOutcome[];
  /** With the option `firstLook` (one source only): the fully validated snapshot, see `loadFeed`. */
  complete?: () => SourcesSnapshot;
  /** With `complete`: validates the next slice of the whole feed; false when done (see `loadFeed`). */
  step?: () => boolean;
}

export interface LoadSourcesOptions extends Pick<LoadFeedOptions, 'signal' | 'timeout' | 'storage' | 'cacheWrite' | 'firstLook'> {
  /** A fresh copy of a cached source arrived: the merged feed again. */
  onUpdate?: (fresh: SourcesSnapshot) => void;
  /** A cached source could not be refreshed (its cached copy stays). */
  onError?: (error: FeedLoadError) => void;
  /** Language of the problem messages. */
  lang?: string;
}

type Slot = { url: string; snapshot?: FeedSnapshot; error?: FeedLoadError };

/**
 * Loads every URL and merges what could be loaded. Rejects only when every source failed
 * (with the first source's error). With one URL the feed is that source's, unchanged.
 */
export async function loadSources(urls: readonly string[], options: LoadSourcesOptions = {}): Promise<SourcesSnapshot> {
  const { signal, onUpdate, onError } = options;
  const slots: Slot[] = urls.map((url) => ({ url }));
  let settled = false;
  const results = await Promise.all(
    slots.map((slot) =>
      loadFeed(slot.url, {
        signal,
        timeout: options.timeout,
        storage: options.storage,
        cacheWrite: options.cacheWrite,
        // Several sources are merged, which needs every place in full.
        firstLook: urls.length === 1 ? options.firstLook : undefined,
        onUpdate: (fresh) => {
          slot.snapshot = fresh;
          // Before every source has answered, the first merge will include this copy anyway.
          if (settled && !signal?.aborted) void combine(slots, options.lang).then((merged) => onUpdate?.(merged));
        },
        onError,
      }).then(
        (snapshot) => {
          slot.snapshot ??= snapshot;
          return true;
        },
        (error: unknown) => {
          slot.error = error instanceof FeedLoadError ? error : new FeedLoadError('network', slot.url, String(error));
          return false;
        },
      ),
    ),
  );
  if (signal?.aborted) throw new FeedLoadError('aborted', urls[0] ?? '');
  settled = true;
  if (!results.some(Boolean)) throw slots[0]!.error!;
  return combine(slots, options.lang);
}

/** Several feed objects (the `feed` property as an array) checked and merged like sources. */
export async function mergeFeedObjects(values: readonly unknown[], lang?: string): Promise<SourcesSnapshot> {
  const now = Date.now();
  const slots: Slot[] = values.map((value, index) => {
    const url = `feed[${index}]`;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { url, error: new FeedLoadError('not-a-feed', url) };
    }
    const { feed, problems } = validateFeed(value);
    return { url, snapshot: { feed, problems, source: 'network', fetchedAt: now, label: feed.publisher.name || url } };
  });
  if (!slots.some((slot) => slot.snapshot)) throw slots[0]?.error ?? new FeedLoadError('not-a-feed', 'feed');
  const merged = await combine(slots, lang);
  merged.source = 'property';
  for (const outcome of merged.sources) if (outcome.state !== 'failed') outcome.state = 'property';
  return merged;
}

async function combine(slots: readonly Slot[], lang = 'nl'): Promise<SourcesSnapshot> {
  const loaded = slots.filter((slot): slot is Slot & { snapshot: FeedSnapshot } => slot.snapshot !== undefined);
  const sources: SourceOutcome[] = slots.map((slot) => {
    if (!slot.snapshot) {
      const { code, message, status } = slot.error!;
      return { url: slot.url, state: 'failed', problems: 1, error: status === undefined ? { code, message } : { code, message, status } };
    }
    const { source, kind, label, problems } = slot.snapshot;
    const outcome: SourceOutcome = { url: slot.url, state: source, problems: problems.length, kind: kind ?? 'feed' };
    if (label !== undefined) outcome.label = label;
    return outcome;
  });
  const failed = slots.filter((slot) => !slot.snapshot);
  // The problem texts are a chunk of their own: most pages never have a source that fails.
  const failedProblems = failed.length
    ? await import('./sources/problems.js').then(({ sourceProblem }) =>
        failed.map((slot) => ({ ...sourceProblem('source.failed', '', { value: slot.error!.message }, lang), source: slot.url })),
      )
    : [];
  const source = loaded.some((slot) => slot.snapshot.source === 'cache') ? 'cache' : 'network';
  const fetchedAt = Math.min(...loaded.map((slot) => slot.snapshot.fetchedAt));

  // One source as it is; a spreadsheet alone still has its wijk and plek cells looked up.
  if (slots.length === 1 && !loaded[0]!.snapshot.areaNames && !loaded[0]!.snapshot.placeNames) {
    const { feed, problems, complete, step } = loaded[0]!.snapshot;
    const single: SourcesSnapshot = { feed, problems, source, fetchedAt, sources };
    if (step) single.step = step;
    if (complete) {
      single.complete = () => {
        const full = complete();
        return { feed: full.feed, problems: full.problems, source, fetchedAt, sources: [{ ...sources[0]!, problems: full.problems.length }] };
      };
    }
    return single;
  }
  // Only a page with several sources loads the merge code.
  const { mergeSources } = await import('./sources/merge.js');
  const inputs: SourceFeed[] = loaded.map(({ url, snapshot }) => {
    const input: SourceFeed = { id: url, label: snapshot.label || snapshot.feed.publisher.name || fileLabel(url), feed: snapshot.feed, problems: snapshot.problems };
    if (snapshot.areaNames) input.areaNames = snapshot.areaNames;
    if (snapshot.placeNames) input.placeNames = snapshot.placeNames;
    return input;
  });
  const merged = mergeSources(inputs, lang);
  return { feed: merged.feed, problems: [...failedProblems, ...merged.problems], source, fetchedAt, sources };
}
