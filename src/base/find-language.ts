/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's, walking up
 * through shadow roots too (a host page may wrap us in its own components), else
 * `<html lang>`, else Dutch. Apart from the element base, so the script-tag autoloader
 * fetches the same translation the element will ask for.
 */
export function findLanguage(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang.trim();
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return document.documentElement.lang?.trim() || 'nl';
}
