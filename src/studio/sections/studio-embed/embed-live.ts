/**
 * The live preview of exactly the snippet the editor copies: the snippet's own text is parsed
 * in a <template> (an inert document: its <script> does not run, nothing loads), and each
 * buurt-* element in it is made again in the studio with the same attributes.
 *
 * Why the `feed` property and not a blob: URL for `src`: the feed at the snippet's `src` is
 * not online yet (the editor is still writing it), so the draft stands in for it. A blob: URL
 * would need `connect-src blob:` under the studio's `default-src 'self'`, and the elements
 * keep a copy of every fetched feed in localStorage under its URL, so each preview would
 * leave a stale copy behind. The `feed` property is the elements' own documented way to
 * pass a feed; only `src` is left out, every other attribute is copied as written.
 *
 * Two things differ on purpose and are said so beside the preview: the map asks before
 * loading tiles even when the snippet says `consent="embedder"` (the studio sends nothing
 * unless the editor presses a button), and sending and "Snel weg" are caught.
 */
const KIT_TAGS = new Set(['buurt-map', 'buurt-guide', 'buurt-signup']);

export interface LiveElement {
  tag: string;
  /** The snippet's attributes, in order, without `src`. */
  attributes: Array<[name: string, value: string]>;
}

/** The kit's elements of a snippet, as the browser parses its text. */
export function liveElements(code: string, doc: Document = document): LiveElement[] {
  const template = doc.createElement('template');
  // Parsed, never inserted: a template's content is inert (no script runs, no image loads).
  template.innerHTML = code;
  return [...template.content.children]
    .filter((element) => KIT_TAGS.has(element.localName))
    .map((element) => ({
      tag: element.localName,
      attributes: [...element.attributes]
        // The generator writes only the elements' own attributes; an event handler never passes.
        .filter(({ name }) => name !== 'src' && /^[a-z][a-z-]*$/.test(name) && !name.startsWith('on'))
        .map(({ name, value }) => [name, value]),
    }));
}

/** The attributes the preview gives an element: the snippet's, but tiles only after asking. */
function previewAttributes(live: LiveElement): Array<[string, string]> {
  return live.attributes.filter(([name, value]) => !(live.tag === 'buurt-map' && name === 'consent' && value === 'embedder'));
}

/**
 * The attributes the snippet put on each element, so a later snippet removes only those: the
 * element's own (`dir`, a reflected `selected` after the editor opened a place) stay.
 */
const applied = new WeakMap<Element, Set<string>>();

/** Makes the element for the preview: same tag and attributes; tiles only after asking. */
export function makeLiveElement(live: LiveElement, doc: Document = document): HTMLElement {
  const element = doc.createElement(live.tag);
  const attributes = previewAttributes(live);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  applied.set(element, new Set(attributes.map(([name]) => name)));
  return element;
}

/**
 * Brings `host`'s elements in line with the snippet's. The same tags in the same order keep
 * their elements and only get their attributes changed, so typing an address does not make
 * a new map (and check the feed again) on every key; other changes make the elements anew.
 */
export function syncLiveElements(host: Element, lives: readonly LiveElement[]): void {
  const current = [...host.children];
  const sameTags = current.length === lives.length && current.every((element, index) => element.localName === lives[index]!.tag);
  if (!sameTags) {
    host.replaceChildren(...lives.map((live) => makeLiveElement(live, host.ownerDocument)));
    return;
  }
  lives.forEach((live, index) => {
    const element = current[index]!;
    const wanted = new Map(previewAttributes(live));
    for (const name of applied.get(element) ?? []) if (!wanted.has(name)) element.removeAttribute(name);
    for (const [name, value] of wanted) if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    applied.set(element, new Set(wanted.keys()));
  });
}
