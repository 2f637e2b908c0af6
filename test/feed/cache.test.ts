import { expect } from '@open-wc/testing';
import {
  CACHE_MAX_BODY_CHARS,
  CACHE_PREFIX,
  cacheKey,
  clearCachedFeeds,
  defaultStorage,
  readCachedFeed,
  writeCachedFeed,
} from '../../src/feed/cache.js';
import { MemoryStorage, refusingStorage } from './memory-storage.js';
import { itInBrowser } from '../harness/engine.js';

const URL_A = 'https://wijkkrant.example/buurt.json';

describe('feed cache', () => {
  it('keys entries by schema version and URL', () => {
    expect(cacheKey(URL_A)).to.equal(`${CACHE_PREFIX}v1:https://wijkkrant.example/buurt.json`);
  });

  it('stores the body as JSON inside the entry and reads it back with fetchedAt and etag', () => {
    const storage = new MemoryStorage();
    const body = '{"version":"1.0","publisher":{"name":"Wijkplatform Oost \\"Samen\\""},"places":[]}';
    expect(writeCachedFeed(storage.asStorage(), URL_A, { fetchedAt: 1714550400000, etag: 'W/"7"', body })).to.equal(true);
    expect(storage.getItem(cacheKey(URL_A))).to.equal(
      `{"v":1,"fetchedAt":1714550400000,"etag":"W/\\"7\\"","feed":${body}}`,
    );
    expect(readCachedFeed(storage.asStorage(), URL_A)).to.deep.equal({
      fetchedAt: 1714550400000,
      etag: 'W/"7"',
      json: { version: '1.0', publisher: { name: 'Wijkplatform Oost "Samen"' }, places: [] },
    });
  });

  it('removes entries it cannot use and leaves good ones and other keys alone', () => {
    const storage = new MemoryStorage();
    const bad = [
      'undefined',
      '{"v":1,"fetchedAt":-5,"feed":{}}',
      '{"v":1,"fetchedAt":1714550400000,"etag":42,"feed":{}}',
      '{"v":1,"fetchedAt":1714550400000,"feed":"{}"}',
      '{"v":"1","fetchedAt":1714550400000,"feed":{}}',
    ];
    bad.forEach((value, i) => storage.setItem(cacheKey(`${URL_A}?bad=${i}`), value));
    storage.setItem(cacheKey(URL_A), '{"v":1,"fetchedAt":1714550400000,"feed":{"places":[]}}');
    storage.setItem(`${CACHE_PREFIX}v2:https://wijkkrant.example/buurt.json`, '{"v":2}');
    bad.forEach((_, i) => expect(readCachedFeed(storage.asStorage(), `${URL_A}?bad=${i}`)).to.equal(undefined));
    expect(readCachedFeed(storage.asStorage(), URL_A)?.json).to.deep.equal({ places: [] });
    expect([...storage.items.keys()].sort()).to.deep.equal([
      `${CACHE_PREFIX}v1:https://wijkkrant.example/buurt.json`,
      `${CACHE_PREFIX}v2:https://wijkkrant.example/buurt.json`,
    ]);
  });

  it('caches a body of exactly the cap, not one character more', () => {
    const storage = new MemoryStorage();
    const body = (size: number): string => `{"p":"${'x'.repeat(size - 8)}"}`;
    expect(body(CACHE_MAX_BODY_CHARS).length).to.equal(CACHE_MAX_BODY_CHARS);
    expect(writeCachedFeed(storage.asStorage(), URL_A, { fetchedAt: 1, body: body(CACHE_MAX_BODY_CHARS) })).to.equal(true);
    expect(writeCachedFeed(storage.asStorage(), URL_A, { fetchedAt: 2, body: body(CACHE_MAX_BODY_CHARS + 1) })).to.equal(
      false,
    );
    expect(storage.getItem(cacheKey(URL_A))).to.equal(null);
  });

  it('evicts unreadable buurtkit entries first, then the oldest, only as many as needed', () => {
    const storage = new MemoryStorage();
    const pad = ' '.repeat(1000);
    storage.setItem(`${CACHE_PREFIX}v1:https://x.example/2022.json`, `{"v":1,"fetchedAt":1650000000000,"feed":{}}${pad}`);
    storage.setItem(`${CACHE_PREFIX}v1:https://x.example/2024.json`, `{"v":1,"fetchedAt":1710000000000,"feed":{}}${pad}`);
    storage.setItem(`${CACHE_PREFIX}v0:https://x.example/kapot.json`, `<<garbage>>${pad}`);
    storage.setItem(`${CACHE_PREFIX}v1:https://x.example/2023.json`, `{"v":1,"fetchedAt":1680000000000,"feed":{}}${pad}`);
    storage.setItem('wijkkrant:lettergrootte', 'groot');
    // Room for the new entry only after two of the four buurtkit entries have gone.
    storage.capacity = storage.used + 400;
    const body = `{"places":[],"padding":"${'y'.repeat(1700)}"}`;
    expect(writeCachedFeed(storage.asStorage(), URL_A, { fetchedAt: Date.now(), body })).to.equal(true);
    expect(storage.quotaErrors).to.equal(1);
    expect([...storage.items.keys()].sort()).to.deep.equal([
      cacheKey(URL_A),
      `${CACHE_PREFIX}v1:https://x.example/2023.json`,
      `${CACHE_PREFIX}v1:https://x.example/2024.json`,
      'wijkkrant:lettergrootte',
    ]);
  });

  it('never throws with storage that refuses every call, or with none', () => {
    expect(readCachedFeed(refusingStorage(), URL_A)).to.equal(undefined);
    expect(writeCachedFeed(refusingStorage(), URL_A, { fetchedAt: 1, body: '{}' })).to.equal(false);
    expect(readCachedFeed(null, URL_A)).to.equal(undefined);
    expect(writeCachedFeed(null, URL_A, { fetchedAt: 1, body: '{}' })).to.equal(false);
  });

  it('clears every cached feed of any version and nothing else', () => {
    const storage = new MemoryStorage();
    writeCachedFeed(storage.asStorage(), URL_A, { fetchedAt: 1, body: '{}' });
    storage.setItem(`${CACHE_PREFIX}v0:https://x.example/oud.json`, '{}');
    storage.setItem('buurtkit.signup.outbox', '[]');
    expect(clearCachedFeeds(storage.asStorage())).to.equal(2);
    expect([...storage.items.keys()]).to.deep.equal(['buurtkit.signup.outbox']);
    expect(clearCachedFeeds(refusingStorage())).to.equal(0);
  });

  itInBrowser('Node has no localStorage', 'finds localStorage when the page may use it', () => {
    expect(defaultStorage()).to.equal(window.localStorage);
  });
});
