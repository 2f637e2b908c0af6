/**
 * This test file's part of localStorage: the kit's keys carry the namespace that the test
 * page set from the file's path (test/harness/storage-namespace.mjs). Tests clean up and
 * look through these keys only, never the whole origin's storage.
 */
import { STORAGE_NAMESPACE } from '../../src/feed/storage.js';

/** How every test file's namespace starts (test/harness/storage-namespace.mjs). */
const TEST_NAMESPACE_START = 'buurtkit-test(';

/** Every localStorage key of this test file. */
export function ownStorageKeys(storage: Storage = localStorage): string[] {
  return Object.keys(storage).filter((key) => key.startsWith(STORAGE_NAMESPACE));
}

/** Removes this test file's keys, and only those. */
export function clearOwnStorage(storage: Storage = localStorage): void {
  for (const key of ownStorageKeys(storage)) storage.removeItem(key);
}

/** A key of another test file (its own namespace): files run side by side in this origin. */
export function isOtherTestFilesKey(key: string): boolean {
  return key.startsWith(TEST_NAMESPACE_START) && !key.startsWith(STORAGE_NAMESPACE);
}
