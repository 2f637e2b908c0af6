// The reference receiver (demo/receiver.mjs) over real HTTP on 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver, normalizePhone, normalizePostcode } from '../../demo/receiver.mjs';

async function start(options) {
  const receiver = createReceiver(options);
  const server = createServer(async (req, res) => {
    if (!(await receiver.handle(req, res))) {
      res.writeHead(404);
      res.end('not ours');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    receiver,
    base,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await receiver.close();
    },
  };
}

async function tempFile(t) {
  const dir = await mkdtemp(join(tmpdir(), 'buurtkit-receiver-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return join(dir, 'data', 'signups.jsonl');
}

function signup(overrides = {}) {
  return {
    id: crypto.randomUUID(),
    submittedAt: '2026-03-04T10:00:00.000Z',
    opportunities: ['voorlezen-kruimel'],
    name: 'İlknur Çelik',
    phone: '06-12345678',
    talents: ['voorlezen'],
    availability: ['mo-morning', 'we-afternoon'],
    languages: ['nl', 'tr'],
    ageConfirmed: true,
    consent: true,
    lang: 'nl',
    page: 'http://127.0.0.1/demo/',
    feed: 'http://127.0.0.1/demo/feeds/den-bosch.json',
    elapsedMs: 12000,
    website: '',
    ...overrides,
  };
}

const postJson = (base, body, headers = {}) =>
  fetch(`${base}/api/aanmelden`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

function formBody(payload) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(payload)) {
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else params.append(key, String(value));
  }
  return params.toString();
}

test('stores a JSON sign-up (201), normalises it, and drops a duplicate id (200, not stored again)', async (t) => {
  const { base, receiver, stop } = await start({ file: await tempFile(t) });
  t.after(stop);
  const body = signup({ postcode: '5211ab' });
  const first = await postJson(base, body, { 'idempotency-key': body.id });
  assert.equal(first.status, 201);
  assert.deepEqual(await first.json(), { status: 'stored', id: body.id });
  const again = await postJson(base, body);
  assert.equal(again.status, 200);
  assert.equal((await again.json()).status, 'duplicate');
  const records = await receiver.records();
  assert.equal(records.length, 1);
  assert.equal(records[0].name, 'İlknur Çelik');
  assert.equal(records[0].phone, '+31612345678');
  assert.equal(records[0].postcode, '5211 AB');
  assert.equal(records[0].encoding, 'json');
  assert.equal('website' in records[0], false, 'the honeypot is not stored');
});

test('same id sent many times at once is stored once', async (t) => {
  const { base, receiver, stop } = await start({ file: await tempFile(t) });
  t.after(stop);
  const body = signup();
  const statuses = (await Promise.all(Array.from({ length: 10 }, () => postJson(base, body)))).map((r) => r.status).sort();
  assert.deepEqual(statuses, [200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
  assert.equal((await receiver.records()).length, 1);
});

test('accepts form encoding with lists as repeated keys', async (t) => {
  const { base, receiver, stop } = await start({ file: await tempFile(t) });
  t.after(stop);
  const body = signup({ name: "'t Hooft" });
  const response = await fetch(`${base}/api/aanmelden`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
    body: formBody(body),
  });
  assert.equal(response.status, 201);
  const [record] = await receiver.records();
  assert.equal(record.name, "'t Hooft");
  assert.deepEqual(record.availability, ['mo-morning', 'we-afternoon']);
  assert.deepEqual(record.languages, ['nl', 'tr']);
  assert.equal(record.encoding, 'form');
});

test('422 with field codes, 400 for malformed bodies and bad ids, 413 for huge ones, 415 for other types', async (t) => {
  const { base, receiver, stop } = await start({ file: await tempFile(t) });
  t.after(stop);
  const invalid = await postJson(base, signup({ name: ' ', phone: '', email: 'x@', consent: false, availability: ['someday'] }));
  assert.equal(invalid.status, 422);
  assert.deepEqual((await invalid.json()).errors, { name: 'required', email: 'invalid', consent: 'required', availability: 'invalid' });
  const noContact = await postJson(base, signup({ phone: undefined }));
  assert.deepEqual((await noContact.json()).errors, { email: 'contactRequired' });
  const broken = await fetch(`${base}/api/aanmelden`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id": "abc' });
  assert.equal(broken.status, 400);
  assert.equal((await postJson(base, signup({ id: 'x' }))).status, 400);
  const body = signup();
  assert.equal((await postJson(base, body, { 'idempotency-key': crypto.randomUUID() })).status, 400);
  assert.equal((await postJson(base, signup({ message: 'x'.repeat(70_000) }))).status, 413);
  const text = await fetch(`${base}/api/aanmelden`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' });
  assert.equal(text.status, 415);
  assert.equal((await fetch(`${base}/api/aanmelden`)).status, 405);
  assert.equal((await fetch(`${base}/elders`)).status, 404, 'other paths are left to the host server');
  assert.equal((await receiver.records()).length, 0);
});

test('a filled honeypot is accepted (202) but not stored; a too-fast sign-up is stored (201), marked suspect', async (t) => {
  const { base, receiver, stop } = await start({ file: await tempFile(t), minFillMs: 3000 });
  t.after(stop);
  const bot = await postJson(base, signup({ website: 'http://spam.example' }));
  assert.equal(bot.status, 202);
  // Autofill makes a person this fast; the form tells them it arrived, so it must have.
  const fast = await postJson(base, signup({ elapsedMs: 800 }));
  assert.equal(fast.status, 201);
  assert.deepEqual((await receiver.records()).map((r) => r.suspect), ['fast']);
  const list = await (await fetch(`${base}/api/aanmeldingen`)).json();
  assert.equal(list.dropped, 1);
});

test('durable: ids survive a restart, and a torn last line (crash mid-write) is ignored and cut off', async (t) => {
  const file = await tempFile(t);
  const first = await start({ file });
  const kept = signup({ name: 'Eerste' });
  assert.equal((await postJson(first.base, kept)).status, 201);
  await first.stop();
  // A crash halfway through the next record's write.
  await appendFile(file, '{"id":"torn-0000","name":"Half geschre');
  const second = await start({ file });
  t.after(second.stop);
  assert.deepEqual((await second.receiver.records()).map((r) => r.id), [kept.id]);
  assert.equal((await postJson(second.base, kept)).status, 200, 'a duplicate after the restart is recognised');
  const next = signup({ name: 'Tweede' });
  assert.equal((await postJson(second.base, next)).status, 201);
  const lines = (await readFile(file, 'utf8')).split('\n').filter(Boolean);
  assert.equal(lines.length, 2);
  assert.deepEqual(lines.map((line) => JSON.parse(line).name), ['Eerste', 'Tweede']);
});

test('a damaged line in the middle is skipped, the rest still loads', async (t) => {
  const file = await tempFile(t);
  const first = await start({ file });
  await first.stop();
  const a = { id: 'aaaaaaaa-1', name: 'A', receivedAt: new Date().toISOString() };
  const c = { id: 'cccccccc-3', name: 'C', receivedAt: new Date().toISOString() };
  await writeFile(file, `${JSON.stringify(a)}\n{not json\n${JSON.stringify(c)}\n`);
  const second = await start({ file });
  t.after(second.stop);
  assert.deepEqual((await second.receiver.records()).map((r) => r.id), ['aaaaaaaa-1', 'cccccccc-3']);
});

test('the list page escapes everything: hostile input shows as text', async (t) => {
  const { base, stop } = await start({ file: await tempFile(t) });
  t.after(stop);
  const hostile = '<img src=x onerror=alert(1)>"\'&';
  await postJson(base, signup({ name: hostile, message: '</td><script>alert(2)</script>', talentsOther: '<b>vet</b>', email: "o'brien@example.nl" }));
  const response = await fetch(`${base}/aanmeldingen`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-security-policy'), /default-src 'none'/);
  const page = await response.text();
  assert.ok(!page.includes('<img'), 'no img element');
  assert.ok(!page.includes('<script'), 'no script element');
  assert.ok(!page.includes('<b>vet'), 'no markup from input');
  assert.ok(page.includes('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;'));
  assert.ok(page.includes('&lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;'));
  // The address is in an attribute too (the mailto: link): its quote must not end it.
  assert.ok(page.includes('href="mailto:o&#39;brien@example.nl">o&#39;brien@example.nl</a>'));
  const json = await (await fetch(`${base}/api/aanmeldingen`)).json();
  assert.equal(json.signups[0].name, hostile, 'stored as typed');
});

test('the lists of sign-ups answer only under a loopback host name (no DNS rebinding from a web page)', async (t) => {
  const { base, stop } = await start({ file: await tempFile(t) });
  t.after(stop);
  await postJson(base, signup());
  const { port } = new URL(base);
  const get = (path, host) =>
    new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      });
      req.on('error', reject);
      req.end();
    });
  for (const path of ['/aanmeldingen', '/api/aanmeldingen']) {
    assert.equal(await get(path, `127.0.0.1:${port}`), 200, path);
    assert.equal(await get(path, `localhost:${port}`), 200, path);
    assert.equal(await get(path, `[::1]:${port}`), 200, path);
    // A site whose name now points at 127.0.0.1: its scripts must not read the personal data.
    assert.equal(await get(path, `rebind.attacker.example:${port}`), 403, path);
    assert.equal(await get(path, `127.0.0.1.attacker.example`), 403, path);
  }
});

test('phone and postcode rules match the form', () => {
  assert.equal(normalizePhone('06-12345678'), '+31612345678');
  assert.equal(normalizePhone('+31 6 12345678'), '+31612345678');
  assert.equal(normalizePhone('0031 6 1234 5678'), '+31612345678');
  assert.equal(normalizePhone('+31 (0)6 12345678'), '+31612345678');
  assert.equal(normalizePhone('(073) 123 45 67'), '+31731234567');
  assert.equal(normalizePhone('+32 470 12 34 56'), '+32470123456');
  assert.equal(normalizePhone('0612'), null);
  assert.equal(normalizePhone('bel me'), null);
  assert.equal(normalizePostcode('1234ab'), '1234 AB');
  assert.equal(normalizePostcode('0123 AB'), null);
  assert.equal(normalizePostcode('1234 SS'), null);
});
