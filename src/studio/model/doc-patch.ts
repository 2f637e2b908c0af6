/**
 * The difference between two versions of a draft, as patches, found through structural
 * sharing: an edit copies only the containers on its path, so every other part is the same
 * object in both versions and is skipped by one identity test. Sending a Worker the patches
 * of an edit instead of the whole draft keeps a 10,000-place feed (7 MB) from being copied
 * on the main thread every time the editor pauses.
 */
import type { PathSegment } from './json-path.js';

export type Patch =
  /** Put `value` at `path` (undefined: remove that key). */
  | { path: PathSegment[]; value: unknown }
  /** Replace `deleteCount` entries of the list at `path` from `start` with `items`. */
  | { path: PathSegment[]; start: number; deleteCount: number; items: unknown[] };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function sameKeys(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const left = Object.keys(a);
  const right = Object.keys(b);
  return left.length === right.length && left.every((key, index) => key === right[index]);
}

/** Patches that turn `before` into `after`. */
export function diffDocs(before: unknown, after: unknown, path: PathSegment[] = [], out: Patch[] = []): Patch[] {
  if (before === after) return out;
  if (Array.isArray(before) && Array.isArray(after)) {
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start]) start++;
    let endBefore = before.length;
    let endAfter = after.length;
    while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
      endBefore--;
      endAfter--;
    }
    // One entry changed in place (the usual edit): go into it. Anything else: replace the changed run.
    if (endBefore - start === 1 && endAfter - start === 1) diffDocs(before[start], after[start], [...path, start], out);
    else out.push({ path, start, deleteCount: endBefore - start, items: after.slice(start, endAfter) });
    return out;
  }
  // Same keys in the same order: only the values that differ. Key order counts (serialize keeps it).
  if (isObject(before) && isObject(after) && sameKeys(before, after)) {
    for (const key of Object.keys(after)) diffDocs(before[key], after[key], [...path, key], out);
    return out;
  }
  out.push({ path, value: after });
  return out;
}

/**
 * Applies patches to a document IN PLACE (the Worker's own copy) and returns it; a patch at
 * the root replaces the document. Keys are defined, never assigned, so `__proto__` stays data.
 */
export function applyPatches(doc: unknown, patches: readonly Patch[]): unknown {
  let root = doc;
  for (const patch of patches) {
    if (patch.path.length === 0 && 'value' in patch) {
      root = patch.value;
      continue;
    }
    const parentPath = 'value' in patch ? patch.path.slice(0, -1) : patch.path;
    let node = root as Record<string | number, unknown>;
    for (const segment of parentPath) node = node[segment] as Record<string | number, unknown>;
    if ('value' in patch) {
      const key = patch.path[patch.path.length - 1]!;
      if (patch.value === undefined && !Array.isArray(node)) delete node[key];
      else Object.defineProperty(node, key, { value: patch.value, enumerable: true, writable: true, configurable: true });
    } else {
      spliceInPlace((patch.path.length === 0 ? root : node) as unknown[], patch.start, patch.deleteCount, patch.items);
    }
  }
  return root;
}

/** Array.prototype.splice without spreading `items` as arguments (a 50,000-entry list would overflow the stack). */
function spliceInPlace(list: unknown[], start: number, deleteCount: number, items: readonly unknown[]): void {
  const tail = list.slice(start + deleteCount);
  list.length = start;
  for (const item of items) list.push(item);
  for (const item of tail) list.push(item);
}
