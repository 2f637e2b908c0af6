/**
 * Where the kit keeps things on the device. Every key it writes to `localStorage` (the feed
 * cache, the sign-up draft and outbox, the map's tile consent) starts with one namespace,
 * `buurtkit` unless the page says otherwise: `buurtkit:feed:v1:<url>`,
 * `buurtkit.signup.outbox`, `buurtkit:map-consent:<origin>`. Those are the keys from before
 * there was a namespace, so an update loses no waiting sign-up.
 *
 * A page that needs its own part of the origin's storage (two separate set-ups on one
 * domain; the test runner, which gives every test file its own) sets the global
 * `buurtkitStorage` before the kit's script loads:
 *
 * ```html
 * <script src="/js/buurtkit-instellingen.js"></script>  <!-- globalThis.buurtkitStorage = 'wijk-oost'; -->
 * <script type="module" src=".../buurtkit.js"></script>
 * ```
 *
 * It is read once, when these modules load, so keys never change under a running element.
 * A global rather than an attribute because this module is pure (no DOM): the feed cache
 * uses it in Node too.
 */

/** The namespace when the page sets none; the kit's keys have always started with it. */
export const DEFAULT_STORAGE_NAMESPACE = 'buurtkit';

/** A usable namespace from what the page set: a non-empty string of at most 200 characters. */
export function storageNamespaceFrom(value: unknown): string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : DEFAULT_STORAGE_NAMESPACE;
}

/** The namespace of this page, read once when the kit loads. */
export const STORAGE_NAMESPACE = storageNamespaceFrom((globalThis as { buurtkitStorage?: unknown }).buurtkitStorage);

/**
 * The storage key for `name` (which starts with its separator, `:feed:` or `.signup.outbox`)
 * in this page's namespace.
 */
export function storageKey(name: string, namespace: string = STORAGE_NAMESPACE): string {
  return namespace + name;
}
