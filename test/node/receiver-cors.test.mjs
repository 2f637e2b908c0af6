// A form on another site posting to the reference receiver, in a real browser (headless
// Chromium): the CORS preflight and the POST, as the element sends them. An allowed site's
// sign-up is stored; a refused site's page can READ the 403 (so the form stops retrying)
// instead of seeing a network error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { createReceiverServer } from '../../demo/receiver.mjs';

const dir = mkdtempSync(join(tmpdir(), 'buurtkit-receiver-cors-'));
let browser;
let receiverServer;
let receiverUrl;
const pages = [];
const preflights = [];

/** A site with one empty page: the origin a form would be on. */
async function site() {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="nl"><title>Wijkkrant</title><p>Wijkkrant</p></html>');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  pages.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

let allowedSite;
let otherSite;

before(async () => {
  allowedSite = await site();
  otherSite = await site();
  receiverServer = createReceiverServer({ file: join(dir, 'signups.jsonl'), minFillMs: 0, allowOrigins: [allowedSite] });
  receiverServer.prependListener('request', (req) => {
    if (req.method === 'OPTIONS') preflights.push(req.headers.origin);
  });
  receiverServer.listen(0, '127.0.0.1');
  await once(receiverServer, 'listening');
  receiverUrl = `http://127.0.0.1:${receiverServer.address().port}/api/aanmelden`;
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  receiverServer?.closeAllConnections();
  await new Promise((resolve) => receiverServer.close(resolve));
  for (const server of pages) server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Posts from a page on `origin` the way <buurt-signup> does (src/components/signup/send.ts). */
async function postFrom(origin, name) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/`);
    return await page.evaluate(
      async (url, name) => {
        const id = crypto.randomUUID();
        const payload = {
          id, submittedAt: new Date().toISOString(), opportunities: ['voorlezen'], name, email: 'lezer@example.nl',
          talents: [], availability: [], languages: ['nl'], ageConfirmed: true, consent: true, lang: 'nl',
          page: location.href, feed: '', elapsedMs: 9000, website: '',
        };
        try {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': id },
            body: JSON.stringify(payload),
            cache: 'no-store',
          });
          return { id, status: response.status, body: await response.json() };
        } catch (error) {
          return { id, networkError: String(error) };
        }
      },
      receiverUrl,
      name,
    );
  } finally {
    await page.close();
  }
}

test('a form on an allowed site posts across origins: the preflight passes and the sign-up is stored', async () => {
  const result = await postFrom(allowedSite, 'Anouk van Dijk');
  assert.equal(result.networkError, undefined);
  assert.equal(result.status, 201);
  assert.ok(preflights.includes(allowedSite), 'the browser sent a preflight');
  const records = await receiverServer.receiver.records();
  assert.ok(records.some((record) => record.id === result.id && record.name === 'Anouk van Dijk'));
});

test('a form on a site that is not allowed reads a 403 (refused for good), not a network error', async () => {
  const result = await postFrom(otherSite, 'Nep Aanmelding');
  assert.equal(result.networkError, undefined, 'the page can read the answer');
  assert.equal(result.status, 403);
  assert.equal(result.body.error, 'origin-not-allowed');
  const records = await receiverServer.receiver.records();
  assert.ok(!records.some((record) => record.id === result.id));
});
