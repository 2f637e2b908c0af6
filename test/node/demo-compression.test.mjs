// The demo server compresses what it serves (issue 10), as a CDN would: brotli or gzip by the
// browser's Accept-Encoding, plain for a client that asks for neither, never for images.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { useDemo } from './demo-harness.mjs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const demo = useDemo('gzip', { browser: false });

function get(path, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
    request(new URL(path, demo.baseUrl), { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const feed = readFileSync('demo/feeds/den-bosch.json');

test('the feed comes brotli-compressed to a browser that takes br, and decodes to the file', async () => {
  const { headers, body } = await get('/demo/feeds/den-bosch.json', 'gzip, deflate, br');
  assert.equal(headers['content-encoding'], 'br');
  assert.match(headers.vary, /accept-encoding/i);
  assert.ok(body.length < feed.length / 3, `${body.length} bytes compressed of ${feed.length}`);
  assert.deepEqual(brotliDecompressSync(body), feed);
});

test('gzip when the browser takes only gzip; plain when it takes neither', async () => {
  const gzipped = await get('/demo/feeds/den-bosch.json', 'gzip');
  assert.equal(gzipped.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(gzipped.body), feed);
  const plain = await get('/demo/feeds/den-bosch.json');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.deepEqual(plain.body, feed);
});
