import { expect } from '@open-wc/testing';
import { DEFAULT_STORAGE_NAMESPACE, STORAGE_NAMESPACE, storageKey, storageNamespaceFrom } from '../../src/feed/storage.js';
import { CACHE_PREFIX, cacheKey, clearCachedFeeds } from '../../src/feed/cache.js';
import { MemoryStorage } from './memory-storage.js';

describe('storage namespace', () => {
  it('keeps the keys from before the namespace when the page sets none, so nothing stored is lost', () => {
    expect(storageNamespaceFrom(undefined)).to.equal('buurtkit');
    expect(storageKey(':feed:v1:https://x.example/a.json', DEFAULT_STORAGE_NAMESPACE)).to.equal(
      'buurtkit:feed:v1:https://x.example/a.json',
    );
    expect(storageKey('.signup.outbox', DEFAULT_STORAGE_NAMESPACE)).to.equal('buurtkit.signup.outbox');
    expect(storageKey(':map-consent:', DEFAULT_STORAGE_NAMESPACE)).to.equal('buurtkit:map-consent:');
  });

  it('takes a namespace the page set, and ignores one that is not a short string', () => {
    expect(storageNamespaceFrom('wijk-oost')).to.equal('wijk-oost');
    expect(storageNamespaceFrom('')).to.equal('buurtkit');
    expect(storageNamespaceFrom(42)).to.equal('buurtkit');
    expect(storageNamespaceFrom('x'.repeat(201))).to.equal('buurtkit');
  });

  it('gives this test file a namespace of its own, named after its path', () => {
    expect(STORAGE_NAMESPACE).to.equal('buurtkit-test(test/feed/storage.test.ts)');
    expect(CACHE_PREFIX).to.equal('buurtkit-test(test/feed/storage.test.ts):feed:');
    expect(cacheKey('https://x.example/a.json')).to.equal('buurtkit-test(test/feed/storage.test.ts):feed:v1:https://x.example/a.json');
  });
});

describe('feed cache in a storage namespace', () => {
  it("clears only this namespace's feeds: another set-up's cache on the same origin stays", () => {
    const storage = new MemoryStorage();
    storage.setItem('buurtkit:feed:v1:https://x.example/a.json', '{}');
    storage.setItem(cacheKey('https://x.example/a.json'), '{}');
    expect(clearCachedFeeds(storage.asStorage())).to.equal(1);
    expect([...storage.items.keys()]).to.deep.equal(['buurtkit:feed:v1:https://x.example/a.json']);
  });
});
