/** Where on screen `part` of the text of `element` starts (its left edge): for checking the order text is drawn in. */
export function leftOf(element: Element, part: string): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(part);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + part.length);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`"${part}" not found`);
}
