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

/** Makes the element for the preview: same tag and attributes; tiles only after asking. */
export function makeLiveElement(live: LiveElement, doc: Document = document): HTMLElement {
  const element = doc.createElement(live.tag);
  for (const [name, value] of live.attributes) {
    if (live.tag === 'buurt-map' && name === 'consent' && value === 'embedder') continue;
    element.setAttribute(name, value);
  }
  return element;
}
