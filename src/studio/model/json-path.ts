/**
 * Paths into the raw feed JSON, written exactly as validateFeed writes them
 * (src/feed/validate/context.ts `childPath`/`itemPath`): `places[3].location.lat`,
 * `publisher.name`, `glossary[0]["odd key"]`. A number segment is an index into the RAW
 * array of the document (the validator counts every entry, also the ones it leaves out), so
 * a problem's path points at the value the editor typed. The empty path is the document.
 *
 * The edit functions are immutable with structural sharing: only the containers on the path
 * are copied, everything beside the path keeps its identity, so a 10,000-place feed costs one
 * array copy per edit, and undo can keep whole-document snapshots.
 */

export type PathSegment = string | number;
export type JsonObject = Record<string, unknown>;

/** The validator's rule for a key that can be written as `.key` (context.ts PLAIN_KEY). */
const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Reads a path; throws a SyntaxError for text that no formatPath call can give. */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  let i = 0;
  const fail = (): never => {
    throw new SyntaxError(`Not a feed path: ${JSON.stringify(path)} (at ${i})`);
  };
  while (i < path.length) {
    const char = path[i];
    if (char === '[') {
      if (path[i + 1] === '"') {
        // A JSON string: find its closing quote, skipping escaped characters.
        let end = i + 2;
        while (end < path.length && path[end] !== '"') end += path[end] === '\\' ? 2 : 1;
        if (path[end + 1] !== ']') fail();
        segments.push(JSON.parse(path.slice(i + 1, end + 1)) as string);
        i = end + 2;
      } else {
        const end = path.indexOf(']', i);
        const digits = end < 0 ? '' : path.slice(i + 1, end);
        if (!/^\d+$/.test(digits)) fail();
        segments.push(Number(digits));
        i = end + 1;
      }
    } else {
      if (char === '.') {
        if (segments.length === 0) fail();
        i++;
      } else if (segments.length > 0) fail();
      const match = /^[A-Za-z_$][\w$-]*/.exec(path.slice(i));
      if (!match) fail();
      segments.push(match![0]);
      i += match![0].length;
    }
  }
  return segments;
}

function segmentsOf(path: string | readonly PathSegment[]): readonly PathSegment[] {
  return typeof path === 'string' ? parsePath(path) : path;
}

function isContainer(value: unknown): value is JsonObject | unknown[] {
  return typeof value === 'object' && value !== null;
}

function child(container: unknown, segment: PathSegment): unknown {
  if (Array.isArray(container)) return typeof segment === 'number' ? container[segment] : undefined;
  if (isContainer(container) && typeof segment === 'string' && Object.prototype.hasOwnProperty.call(container, segment)) {
    return (container as JsonObject)[segment];
  }
  return undefined;
}

/** The value at `path`, or undefined. Own properties only, so `__proto__` reads what the JSON had. */
export function getAt(doc: unknown, path: string | readonly PathSegment[]): unknown {
  let value = doc;
  for (const segment of segmentsOf(path)) {
    value = child(value, segment);
    if (value === undefined) return undefined;
  }
  return value;
}

/**
 * A copy of an object with `key` set (appended when new, in place when it exists) or, for
 * `undefined`, removed. defineProperty, not assignment: a feed's own `__proto__` key must stay
 * a plain key and never become the copy's prototype.
 */
function withKey(object: JsonObject, key: string, value: unknown): JsonObject {
  const copy: JsonObject = {};
  let found = false;
  for (const name of Object.keys(object)) {
    if (name === key) {
      found = true;
      if (value === undefined) continue;
      define(copy, name, value);
    } else define(copy, name, object[name]);
  }
  if (!found && value !== undefined) define(copy, key, value);
  return copy;
}

function define(object: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Rebuilds the containers along `segments`, letting `edit` replace the last container's content. */
function update(node: unknown, segments: readonly PathSegment[], edit: (container: unknown) => unknown): unknown {
  if (segments.length === 0) return edit(node);
  const [head, ...rest] = segments as [PathSegment, ...PathSegment[]];
  let current = child(node, head);
  // Missing containers on the way are made: an array when the next segment is an index.
  if (current === undefined && rest.length > 0) current = typeof rest[0] === 'number' ? [] : {};
  const next = update(current, rest, edit);
  if (Array.isArray(node) && typeof head === 'number') {
    if (next === current) return node;
    const copy = node.slice();
    if (next === undefined) copy.splice(head, 1);
    else copy[head] = next;
    return copy;
  }
  if (typeof head === 'number' && node === undefined) {
    const copy: unknown[] = [];
    if (next !== undefined) copy[head] = next;
    return copy;
  }
  const object = isContainer(node) && !Array.isArray(node) ? node : {};
  if (next === current && object === node) return node;
  return withKey(object, String(head), next);
}

/**
 * `doc` with `value` at `path`. Setting `undefined` deletes the key (in an array: removes the
 * entry). Returns `doc` itself when nothing changes, so callers can skip a no-op edit.
 */
export function setAt<T>(doc: T, path: string | readonly PathSegment[], value: unknown): T {
  const segments = segmentsOf(path);
  if (segments.length === 0) return value as T;
  if (Object.is(getAt(doc, segments), value)) return doc;
  return update(doc, segments, () => value) as T;
}

function arrayAt(doc: unknown, path: readonly PathSegment[]): unknown[] {
  const value = getAt(doc, path);
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError(`Not a list at ${formatPath(path)}`);
  return value;
}

/** `doc` with `value` inserted at `index` of the array at `arrayPath` (made when missing). */
export function insertAt<T>(doc: T, arrayPath: string | readonly PathSegment[], index: number, value: unknown): T {
  const segments = segmentsOf(arrayPath);
  const array = arrayAt(doc, segments);
  const copy = array.slice();
  copy.splice(Math.max(0, Math.min(index, copy.length)), 0, value);
  return (segments.length === 0 ? copy : update(doc, segments, () => copy)) as T;
}

/** `doc` without the value at `path` (an object key, or an array entry: later entries move up). */
export function removeAt<T>(doc: T, path: string | readonly PathSegment[]): T {
  const segments = segmentsOf(path);
  if (segments.length === 0) throw new TypeError('Cannot remove the document itself');
  if (getAt(doc, segments.slice(0, -1)) === undefined) return doc;
  const last = segments[segments.length - 1]!;
  return update(doc, segments.slice(0, -1), (container) => {
    if (Array.isArray(container)) {
      if (typeof last !== 'number' || last >= container.length) return container;
      const copy = container.slice();
      copy.splice(last, 1);
      return copy;
    }
    if (!isContainer(container) || typeof last !== 'string' || !Object.prototype.hasOwnProperty.call(container, last)) return container;
    return withKey(container as JsonObject, last, undefined);
  }) as T;
}

/** `doc` with entry `from` of the array at `arrayPath` moved to index `to`. */
export function moveAt<T>(doc: T, arrayPath: string | readonly PathSegment[], from: number, to: number): T {
  const segments = segmentsOf(arrayPath);
  const array = arrayAt(doc, segments);
  if (from === to || from < 0 || from >= array.length) return doc;
  const copy = array.slice();
  const [entry] = copy.splice(from, 1);
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, entry);
  return (segments.length === 0 ? copy : update(doc, segments, () => copy)) as T;
}

/** True when `path` is `ancestor` or lies inside it (`places[3]` contains `places[3].name.nl`). */
export function isWithin(path: string, ancestor: string): boolean {
  if (ancestor === '') return true;
  if (!path.startsWith(ancestor)) return false;
  const next = path[ancestor.length];
  return next === undefined || next === '.' || next === '[';
}

/** The paths from `path` up to the document: `a[1].b`, `a[1]`, `a`, ''. */
export function ancestorsOf(path: string): string[] {
  const segments = parsePath(path);
  const out: string[] = [];
  for (let length = segments.length; length >= 0; length--) out.push(formatPath(segments.slice(0, length)));
  return out;
}
