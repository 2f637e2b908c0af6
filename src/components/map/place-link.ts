/**
 * Links to one place: `#plek=<id>` in the page address. Written with `history.replaceState`,
 * so opening places never fills the Back button's history.
 */
const HASH_PREFIX = '#plek=';

/** The place id in the page address, if any. */
export function placeIdFromHash(): string | undefined {
  const hash = globalThis.location?.hash ?? '';
  if (!hash.startsWith(HASH_PREFIX)) return undefined;
  try {
    return decodeURIComponent(hash.slice(HASH_PREFIX.length)) || undefined;
  } catch {
    return undefined;
  }
}

/** Puts the place in the page address, so copying the address shares it. */
export function writePlaceLink(id: string): void {
  try {
    history.replaceState(history.state, '', HASH_PREFIX + encodeURIComponent(id));
  } catch {
    // A sandboxed frame may refuse; the details still open.
  }
}

/** Takes a place link out of the page address (and leaves any other hash alone). */
export function clearPlaceLink(): void {
  if (placeIdFromHash() === undefined) return;
  try {
    history.replaceState(history.state, '', location.pathname + location.search);
  } catch {
    // Leave the address as it is.
  }
}

/** The full address of this page showing the place: for "Link naar deze plek". */
export function placeLinkUrl(id: string): string {
  try {
    const url = new URL(location.href);
    url.hash = HASH_PREFIX.slice(1) + encodeURIComponent(id);
    return url.href;
  } catch {
    return HASH_PREFIX + encodeURIComponent(id);
  }
}
