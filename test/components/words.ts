// Whether visible words stay whole on a line, for the elements' tests at large text on a phone.

/**
 * The texts of `element`'s words that the browser broke over two lines, as 'Maanda|g'; a break
 * right after a dash ('13:30–|15:30') is allowed, and text only for screen readers is left out.
 * With `fitting`, only words at most that many pixels wide: a longer word may have to break.
 * With `linesApart`, letters count as on another line only when their tops are more than that
 * many pixels apart; with `hidden`, text only for screen readers is looked at too.
 */
export function brokenWords(element: Element, fitting = Infinity, { linesApart = 0, hidden = false } = {}): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (!hidden && node.parentElement?.closest('.visually-hidden') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const word of node.textContent!.matchAll(/\S+/g)) {
      let shown = '';
      let width = 0;
      let top: number | undefined;
      for (let index = 0; index < word[0].length; index++) {
        const letter = document.createRange();
        letter.setStart(node, word.index + index);
        letter.setEnd(node, word.index + index + 1);
        const box = [...letter.getClientRects()].find((rect) => rect.width > 0);
        width += box?.width ?? 0;
        const line = box ? Math.round(box.top) : top;
        if (top !== undefined && line !== undefined && Math.abs(line - top) > linesApart && !/[-–]$/.test(shown)) shown += '|';
        shown += word[0][index];
        top = line;
      }
      if (shown.includes('|') && width <= fitting) broken.push(shown);
    }
  }
  return broken;
}
