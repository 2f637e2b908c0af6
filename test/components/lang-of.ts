/**
 * Language of parts (WCAG 3.1.2): the language a screen reader picks for a piece of text is
 * the `lang` of its closest element that has one, across the shadow boundary to the host's.
 */

/** The text node in `root` (a shadow root or an element in it) whose text contains `text`. */
function textNode(root: Node, text: string): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.includes(text)) return node as Text;
  }
  throw new Error(`"${text}" is not on screen`);
}

/** The language `text` (the first text node holding it, under `root`) is read in. */
export function languageOf(root: Node, text: string): string {
  let element: Element | null = textNode(root, text).parentElement;
  while (element) {
    const marked = element.closest('[lang]');
    if (marked) return marked.getAttribute('lang')!;
    const scope = element.getRootNode();
    element = scope instanceof ShadowRoot ? scope.host : null;
  }
  return '';
}

/** The elements in `root` that carry `lang="nl"`, by their text, for a clear failure message. */
export function dutchMarks(root: ParentNode): string[] {
  return [...root.querySelectorAll('[lang="nl"]')].map((element) => `<${element.localName}> ${element.textContent!.trim()}`);
}

/** The fields of a feed that are text for residents (a string, or a text per language). */
const TEXT_FIELDS = new Set(['name', 'label', 'title', 'text', 'intro', 'help', 'description', 'note', 'explanation', 'accessibility', 'when', 'followUp', 'privacyText', 'actions']);

/**
 * `feed` with every text for residents in Dutch and English ("EN " before the Dutch), as a
 * feed written for both; names of people and publishers (`contact`, `publisher`) stay as they are.
 */
export function withEnglish(feed: unknown, key = ''): unknown {
  const both = (text: unknown): unknown => (typeof text === 'string' ? { nl: text, en: `EN ${text}` } : text);
  if (TEXT_FIELDS.has(key)) return Array.isArray(feed) ? feed.map(both) : both(feed);
  if (Array.isArray(feed)) return feed.map((item) => withEnglish(item));
  if (!feed || typeof feed !== 'object' || key === 'contact' || key === 'publisher') return feed;
  return Object.fromEntries(Object.entries(feed).map(([name, value]) => [name, withEnglish(value, name)]));
}
