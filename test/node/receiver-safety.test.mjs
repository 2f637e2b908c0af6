// The reference receiver (demo/receiver.mjs) under attack and under trouble: who may read the
// list, which pages may post, what text is kept, how long a slow client is held, and what a
// 201 is worth when the disk refuses a write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { createServer, request } from 'node:http';
import { connect } from 'node:net';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver, createReceiverServer, EMAIL_PATTERN, listAccess, parseArgs } from '../../demo/receiver.mjs';

/**
 * A fresh directory for a test's sign-up file. Whoever uses it removes it (`removeDir`) in
 * the same after-hook that closes the receiver: node:test runs after-hooks in the order they
 * were added, and a directory removed first pulled the file from under a receiver that was
 * still opening it (ENOENT, failing whichever test ran next).
 */
const tempDir = () => mkdtemp(join(tmpdir(), 'buurtkit-receiver-safety-'));
const removeDir = (dir) => rm(dir, { recursive: true, force: true });

/** The receiver mounted in a bare Node server, as an embedder would do. */
async function mounted(t, options) {
  const dir = await tempDir();
  const receiver = createReceiver({ file: join(dir, 'signups.jsonl'), ...options });
  const server = createServer(async (req, res) => {
    if (!(await receiver.handle(req, res))) {
      res.writeHead(404);
      res.end();
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await receiver.close();
    await removeDir(dir);
  });
  const { port } = server.address();
  return { receiver, port, base: `http://127.0.0.1:${port}` };
}

function signup(overrides = {}) {
  return {
    id: crypto.randomUUID(),
    submittedAt: '2026-03-04T10:00:00.000Z',
    opportunities: ['voorlezen-kruimel'],
    name: 'Fatima El Amrani',
    email: 'fatima@example.nl',
    talents: ['voorlezen'],
    availability: ['mo-morning'],
    languages: ['nl', 'ar'],
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

/** A raw request: headers exactly as given (fetch would set Origin, Host and others itself). */
function send(port, { method = 'GET', path = '/', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const postSignup = (port, body, headers = {}) =>
  send(port, {
    method: 'POST',
    path: '/api/aanmelden',
    headers: { 'content-type': 'application/json', 'idempotency-key': body.id, ...headers },
    body: JSON.stringify(body),
  });

// --- The disk refuses a write -------------------------------------------------------------

/**
 * Runs the receiver alone (its CLI) in a child process, optionally under `prlimit`. It listens
 * on port 0 and the test reads the port it printed: a port picked free beforehand and closed
 * again was taken by another test file in between (EADDRINUSE, a failed CI run).
 */
async function startChild(file, { fsizeBytes } = {}) {
  const node = [process.execPath, 'demo/receiver.mjs', '--port', '0', '--file', file, '--min-fill-ms', '0'];
  const argv = fsizeBytes ? ['prlimit', `--fsize=${fsizeBytes}:unlimited`, ...node] : node;
  const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const port = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const listening = /sign-up receiver: POST http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (listening) resolve(Number(listening[1]));
    });
    child.once('exit', (code) => reject(new Error(`receiver exited with ${code}: ${stderr}`)));
  });
  return {
    child,
    port,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** Posts and reports what the client heard: a status, or 'no answer' (empty reply, reset). */
async function attempt(port, body) {
  try {
    return (await postSignup(port, body)).status;
  } catch {
    return 'no answer';
  }
}

test('a sign-up file that cannot be opened answers 500 and says why, and the host keeps running', async (t) => {
  const logged = [];
  const log = console.error;
  console.error = (...args) => logged.push(args.map(String).join(' '));
  t.after(() => (console.error = log));
  // A file where the receiver needs a directory: creating the sign-up file's folder fails.
  // Nothing is ever opened in it, so it may go before the receiver closes.
  const dir = await tempDir();
  t.after(() => removeDir(dir));
  await writeFile(join(dir, 'bestand'), '');
  const port = await receiverServer(t, { file: join(dir, 'bestand', 'signups.jsonl') });
  // A rejection nobody handled would end this test run (node:test reports it as a failure).
  const { status } = await postSignup(port, signup());
  assert.equal(status, 500);
  assert.ok(logged.some((line) => line.startsWith('sign-up receiver: cannot open') && line.includes('signups.jsonl')), logged.join('\n'));
});

test('under a real file-size limit a failed write answers 500 and logs, and every 201 is readable after a restart', async (t) => {
  const dir = await tempDir();
  const file = join(dir, 'signups.jsonl');
  // About 4 sign-ups of ~1 kB fit under 5000 bytes; the fifth is cut halfway by the kernel (EFBIG).
  const limited = await startChild(file, { fsizeBytes: 5000 });
  t.after(async () => {
    await limited.stop();
    await removeDir(dir);
  });
  const message = 'Ik lees graag voor. '.repeat(45);
  const acknowledged = [];
  const heard = [];
  for (let i = 0; i < 8; i += 1) {
    const body = signup({ name: `Vrijwilliger ${i}`, message });
    const status = await attempt(limited.port, body);
    heard.push(status);
    if (status === 201) acknowledged.push(body.id);
  }
  assert.ok(acknowledged.length >= 2 && acknowledged.length < 8, `some fit, some not: ${heard.join(' ')}`);
  const failures = heard.slice(acknowledged.length);
  assert.deepEqual(failures, failures.map(() => 500), `each refused write is answered 500: ${heard.join(' ')}`);
  assert.match(limited.stderr(), /could not store/i, 'the failure is logged');
  // The disk gets room again (the limit is lifted from outside, like a cleaned-up full disk):
  // the next sign-ups must not be glued onto the half-written line.
  execFileSync('prlimit', ['--pid', String(limited.child.pid), '--fsize=unlimited:unlimited']);
  for (let i = 0; i < 3; i += 1) {
    const body = signup({ name: `Na de opruiming ${i}` });
    const status = await attempt(limited.port, body);
    heard.push(status);
    if (status === 201) acknowledged.push(body.id);
  }
  assert.deepEqual(heard.slice(-3), [201, 201, 201], 'with room again, sign-ups are stored');
  await limited.stop();

  const restarted = createReceiver({ file });
  const readable = (await restarted.records()).map((record) => record.id);
  await restarted.close();
  t.diagnostic(`acknowledged with 201: ${acknowledged.length}, readable after restart: ${readable.length}`);
  assert.deepEqual(readable, acknowledged, 'every 201 is readable after the restart, and nothing else');
  const text = await readFile(file, 'utf8');
  assert.ok(text.endsWith('\n'), 'the file ends on a complete line');
  for (const line of text.split('\n').filter(Boolean)) JSON.parse(line);
});

test('an unexpected value gets an answer (400), not an empty reply', async (t) => {
  const { port, receiver } = await mounted(t);
  for (const submittedAt of [{ toString: 1 }, { valueOf: null, toString: null }, ['2026-03-04'], 12]) {
    const response = await postSignup(port, signup({ submittedAt }));
    assert.equal(response.status, 400, JSON.stringify(submittedAt));
    assert.equal(JSON.parse(response.text).error, 'malformed');
  }
  assert.equal((await receiver.records()).length, 0);
});

// --- Who may read the list -----------------------------------------------------------------

test('the list decision: loopback connection without proxy headers, or the configured token', () => {
  const req = (remoteAddress, headers = {}) => ({ socket: { remoteAddress }, headers: { host: '127.0.0.1:8788', ...headers } });
  const token = 's3cret-token-for-the-initiative';
  assert.equal(listAccess(req('127.0.0.1'), {}), 'allowed');
  assert.equal(listAccess(req('::1'), {}), 'allowed');
  assert.equal(listAccess(req('::ffff:127.0.0.1'), {}), 'allowed');
  assert.equal(listAccess(req('127.0.0.2'), {}), 'allowed');
  // Mounted on 0.0.0.0: someone on the network sends "Host: 127.0.0.1".
  assert.equal(listAccess(req('192.168.1.20'), {}), 'refused');
  assert.equal(listAccess(req('::ffff:10.0.0.7'), {}), 'refused');
  assert.equal(listAccess(req('127.0.0.1.example'), {}), 'refused');
  assert.equal(listAccess(req(undefined), {}), 'refused');
  // A reverse proxy on the same machine connects from 127.0.0.1 on behalf of anyone.
  for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip', 'x-forwarded-host', 'x-forwarded-proto', 'via']) {
    assert.equal(listAccess(req('127.0.0.1', { [header]: '203.0.113.9' }), {}), 'refused', header);
  }
  // DNS rebinding: the connection is local but the page belongs to another site.
  assert.equal(listAccess(req('127.0.0.1', { host: 'rebind.attacker.example:8788' }), {}), 'refused');
  // The token opens it from anywhere; a wrong or missing one does not.
  assert.equal(listAccess(req('192.168.1.20', { authorization: `Bearer ${token}` }), { listToken: token }), 'allowed');
  assert.equal(listAccess(req('127.0.0.1', { 'x-forwarded-for': '203.0.113.9', authorization: `Bearer ${token}` }), { listToken: token }), 'allowed');
  assert.equal(listAccess(req('192.168.1.20', { authorization: 'Bearer wrong' }), { listToken: token }), 'unauthorized');
  assert.equal(listAccess(req('192.168.1.20', { authorization: `Basic ${token}` }), { listToken: token }), 'unauthorized');
  assert.equal(listAccess(req('192.168.1.20'), { listToken: token }), 'unauthorized');
  assert.equal(listAccess(req('192.168.1.20', { authorization: 'Bearer ' }), { listToken: '' }), 'refused', 'an empty token opens nothing');
  // Once a token is set it is the only key: a proxy that adds no forwarding header connects
  // from 127.0.0.1 like a local user, so loopback alone no longer opens the list.
  assert.equal(listAccess(req('127.0.0.1'), { listToken: token }), 'unauthorized');
  assert.equal(listAccess(req('::1', { authorization: 'Bearer wrong' }), { listToken: token }), 'unauthorized');
  assert.equal(listAccess(req('127.0.0.1', { authorization: `Bearer ${token}` }), { listToken: token }), 'allowed');
});

test('with a token set, the lists open only with the token (also from this machine) and cannot be framed', async (t) => {
  const token = 'tok-' + crypto.randomUUID();
  const { port } = await mounted(t, { listToken: token });
  assert.equal((await postSignup(port, signup())).status, 201);
  const proxied = { host: `127.0.0.1:${port}`, 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' };
  for (const path of ['/aanmeldingen', '/api/aanmeldingen']) {
    const refused = await send(port, { path, headers: proxied });
    assert.equal(refused.status, 401, path);
    assert.match(refused.headers['www-authenticate'] ?? '', /^Bearer/, path);
    assert.doesNotMatch(refused.text, /Fatima|fatima@/, path);
    const wrong = await send(port, { path, headers: { ...proxied, authorization: 'Bearer nope' } });
    assert.equal(wrong.status, 401, path);
    const allowed = await send(port, { path, headers: { ...proxied, authorization: `Bearer ${token}` } });
    assert.equal(allowed.status, 200, path);
    assert.match(allowed.text, /Fatima/, path);
    assert.equal(allowed.headers['x-frame-options'], 'DENY', path);
    assert.match(allowed.headers['content-security-policy'] ?? '', /frame-ancestors 'none'/, path);
    // A proxy that adds no forwarding header looks like this: with a token set, it is refused too.
    const local = await send(port, { path, headers: { host: `127.0.0.1:${port}` } });
    assert.equal(local.status, 401, `${path} from this machine without the token`);
    assert.doesNotMatch(local.text, /Fatima/, path);
  }
});

test('without a token a proxied request is refused (403) even with Host 127.0.0.1', async (t) => {
  const { port } = await mounted(t);
  await postSignup(port, signup());
  for (const path of ['/aanmeldingen', '/api/aanmeldingen']) {
    const response = await send(port, { path, headers: { host: `127.0.0.1:${port}`, 'x-forwarded-for': '198.51.100.4' } });
    assert.equal(response.status, 403, path);
    assert.doesNotMatch(response.text, /Fatima/, path);
  }
});

// --- Which pages may post -------------------------------------------------------------------

test('origins: own origin and allowed origins post; a foreign origin gets a readable 403; a foreign post needs the key', async (t) => {
  const allowed = 'https://wijkkrant.example';
  const { port, receiver } = await mounted(t, { allowOrigins: [allowed] });
  const own = `http://127.0.0.1:${port}`;

  const preflight = await send(port, {
    method: 'OPTIONS',
    path: '/api/aanmelden',
    headers: { origin: allowed, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers['access-control-allow-origin'], allowed);
  assert.match(preflight.headers['access-control-allow-headers'], /Idempotency-Key/i);

  const fromAllowed = signup();
  const stored = await postSignup(port, fromAllowed, { origin: allowed });
  assert.equal(stored.status, 201);
  assert.equal(stored.headers['access-control-allow-origin'], allowed);

  const fromOwn = signup();
  assert.equal((await postSignup(port, fromOwn, { origin: own, host: `127.0.0.1:${port}` })).status, 201);

  const evil = 'https://evil.example';
  const forged = await postSignup(port, signup({ name: 'Nep' }), { origin: evil });
  assert.equal(forged.status, 403);
  assert.equal(JSON.parse(forged.text).error, 'origin-not-allowed');
  // The form on that page must be able to READ the refusal, or it retries for ever.
  assert.equal(forged.headers['access-control-allow-origin'], evil);
  const evilPreflight = await send(port, {
    method: 'OPTIONS',
    path: '/api/aanmelden',
    headers: { origin: evil, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
  });
  assert.equal(evilPreflight.status, 204);
  assert.equal(evilPreflight.headers['access-control-allow-origin'], evil);

  // A plain cross-site form post (no preflight, no key), from a foreign or even an allowed origin.
  for (const origin of [evil, allowed, 'null']) {
    const body = signup({ name: 'Zonder sleutel' });
    const response = await send(port, {
      method: 'POST',
      path: '/api/aanmelden',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify(body),
    });
    assert.equal(response.status, 403, origin);
  }
  // Without an Origin header (curl, a server-side form handler) nothing changes.
  const body = signup();
  assert.equal((await send(port, { method: 'POST', path: '/api/aanmelden', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).status, 201);

  assert.deepEqual((await receiver.records()).map((r) => r.id), [fromAllowed.id, fromOwn.id, body.id]);
});

test('--allow-origin is repeatable, --token sets the list token, timeouts are flags too', () => {
  const options = parseArgs(['--allow-origin', 'https://a.example', '--allow-origin', 'https://b.example/', '--token', 'abc', '--port', '9000', '--body-timeout-ms', '1500']);
  assert.deepEqual(options.allowOrigins, ['https://a.example', 'https://b.example']);
  assert.equal(options.listToken, 'abc');
  assert.equal(options.port, 9000);
  assert.equal(options.bodyTimeoutMs, 1500);
});

// --- What text is kept ------------------------------------------------------------------------

test('control and bidi characters are removed from every text field; the message keeps line breaks and tabs', async (t) => {
  const { port, receiver } = await mounted(t);
  const body = signup({
    name: 'Ali\u202Ecod.exe\u202C\u0000 \u001b[31mRood\u007f\u0085',
    email: 'ali\u200F@example.nl',
    area: 'Boschveld\u2066\u2069\u200E',
    talentsOther: 'koken\u0007 en \u009bbakken',
    message: 'Regel een\nRegel\ttwee\u0000\u001b\u2067x\u2069\r\n',
    talents: ['voorlezen\u202E'],
    opportunities: ['voorlezen-kruimel\u0000'],
    languages: ['nl\u200E'],
    lang: 'nl\u0000',
    page: 'http://127.0.0.1/demo/\u202E',
  });
  assert.equal((await postSignup(port, body)).status, 201);
  const [record] = await receiver.records();
  assert.equal(record.name, 'Alicod.exe [31mRood');
  assert.equal(record.email, 'ali@example.nl');
  assert.equal(record.area, 'Boschveld');
  assert.equal(record.talentsOther, 'koken en bakken');
  assert.equal(record.message, 'Regel een\nRegel\ttweex');
  assert.deepEqual(record.talents, ['voorlezen']);
  assert.deepEqual(record.opportunities, ['voorlezen-kruimel']);
  assert.deepEqual(record.languages, ['nl']);
  assert.equal(record.lang, 'nl');
  assert.equal(record.page, 'http://127.0.0.1/demo/');
  const forbidden = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
  for (const [key, value] of Object.entries(record)) assert.doesNotMatch(JSON.stringify(value).replace(/\\n|\\t/g, ''), forbidden, key);
  // A name that is nothing but such characters is no name.
  const empty = await postSignup(port, signup({ name: '\u202E\u0000\u2066' }));
  assert.equal(empty.status, 422);
  assert.equal(JSON.parse(empty.text).errors.name, 'required');
});

test('only the id the element makes (a lower-case UUID v4) is accepted', async (t) => {
  const { port, receiver } = await mounted(t);
  for (const id of ['abcdefgh-1234', 'AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE', '3b241101-e2bb-1255-8caf-4136c566a962', '3b241101-e2bb-4255-8caf-4136c566a962\u200b', '3b241101-e2bb-4255-cdef-4136c566a962', `${crypto.randomUUID()}x`]) {
    // The header carries what a header can; the body's id is what is judged.
    const response = await postSignup(port, signup({ id }), { 'idempotency-key': id.replace(/[^\x21-\x7e]/g, '') });
    assert.equal(response.status, 400, JSON.stringify(id));
    assert.equal(JSON.parse(response.text).error, 'bad-id');
  }
  assert.equal((await postSignup(port, signup({ id: '3b241101-e2bb-4255-8caf-4136c566a962' }))).status, 201);
  assert.equal((await receiver.records()).length, 1);
});

// --- Slow clients ---------------------------------------------------------------------------

async function receiverServer(t, options) {
  const dir = await tempDir();
  const server = createReceiverServer({ file: join(dir, 'signups.jsonl'), ...options });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await server.receiver.close();
    await removeDir(dir);
  });
  return server.address().port;
}

/** Writes `head` at once, then one byte of `trickle` every `everyMs`; resolves when the server hangs up. */
function slowClient(port, { head, trickle, everyMs }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let heard = '';
    let i = 0;
    let timer;
    socket.on('connect', () => {
      socket.write(head);
      timer = setInterval(() => socket.write(trickle[i++ % trickle.length]), everyMs);
    });
    socket.on('data', (chunk) => (heard += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ seconds: (Date.now() - started) / 1000, heard });
    });
  });
}

const limits = { bodyTimeoutMs: 1000, headersTimeoutMs: 1000, requestTimeoutMs: 2000, checkIntervalMs: 100 };

test('a slow body (headers, then a byte at a time) is cut off after the body timeout with a 408', async (t) => {
  const port = await receiverServer(t, limits);
  const head = `POST /api/aanmelden HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{`;
  const { seconds, heard } = await slowClient(port, { head, trickle: ' ', everyMs: 200 });
  t.diagnostic(`slow body held ${seconds.toFixed(2)} s`);
  assert.ok(seconds < 3.5, `held ${seconds} s`);
  assert.match(heard, /^HTTP\/1\.1 408/);
});

test('slow headers are cut off after the headers timeout', async (t) => {
  const port = await receiverServer(t, limits);
  const head = 'POST /api/aanmelden HTTP/1.1\r\n';
  const { seconds } = await slowClient(port, { head, trickle: 'X-Slow: 1\r\n', everyMs: 200 });
  t.diagnostic(`slow headers held ${seconds.toFixed(2)} s`);
  assert.ok(seconds < 3.5, `held ${seconds} s`);
});

test('a connection that sends nothing at all is closed after the headers timeout', { timeout: 10_000 }, async (t) => {
  const port = await receiverServer(t, limits);
  const started = Date.now();
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  await once(socket, 'close');
  const seconds = (Date.now() - started) / 1000;
  t.diagnostic(`idle connection held ${seconds.toFixed(2)} s`);
  assert.ok(seconds < 3.5, `held ${seconds} s`);
});

test('connections beyond the cap are closed at once', async (t) => {
  // Timeouts far above the bound below, so a third connection that were held (not refused)
  // could not pass for refused on a busy machine, nor a refused one be mistaken for held.
  const port = await receiverServer(t, { ...limits, headersTimeoutMs: 8000, requestTimeoutMs: 10000, maxConnections: 2 });
  const open = [];
  for (let i = 0; i < 2; i += 1) {
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write('POST /api/aanmelden HTTP/1.1\r\n');
    open.push(socket);
  }
  t.after(() => open.forEach((socket) => socket.destroy()));
  const { seconds } = await slowClient(port, { head: 'GET /api/aanmeldingen HTTP/1.1\r\n', trickle: '\r\n', everyMs: 5000 });
  assert.ok(seconds < 4, `the third connection was held ${seconds} s`);
});

// --- A fast hand is not a bot -----------------------------------------------------------------

test('a sign-up filled in under the minimum time is stored (201) and marked; only the filled honeypot is dropped', async (t) => {
  const { port, receiver } = await mounted(t, { minFillMs: 3000 });
  const fast = signup({ elapsedMs: 800, name: 'Snelle Invuller' });
  const answer = await postSignup(port, fast);
  assert.equal(answer.status, 201);
  const noTime = signup({ elapsedMs: undefined, name: 'Zonder Tijd' });
  assert.equal((await postSignup(port, noTime)).status, 201);
  const bot = await postSignup(port, signup({ website: 'http://spam.example' }));
  assert.equal(bot.status, 202);
  const records = await receiver.records();
  assert.deepEqual(records.map((r) => [r.id, r.suspect]), [[fast.id, 'fast'], [noTime.id, 'fast']]);
  const list = JSON.parse((await send(port, { path: '/api/aanmeldingen', headers: { host: `127.0.0.1:${port}` } })).text);
  assert.equal(list.dropped, 1);
  const page = (await send(port, { path: '/aanmeldingen', headers: { host: `127.0.0.1:${port}` } })).text;
  assert.match(page, /Snel ingevuld/);
  const slow = signup({ name: 'Rustige Invuller' });
  await postSignup(port, slow);
  assert.equal((await receiver.records()).find((r) => r.id === slow.id).suspect, undefined);
});

test("e-mail: the form's one pattern (src/feed/links.ts), so a hidden ?bcc= or percent-encoded header is refused here too", async (t) => {
  // The receiver has no build step and cannot import the TypeScript module: it keeps a copy,
  // and this keeps the copy equal.
  const links = await readFile(new URL('../../src/feed/links.ts', import.meta.url), 'utf8');
  const literal = /export const EMAIL_PATTERN = \/(.+)\/([a-z]*);\n/.exec(links);
  assert.ok(literal, 'EMAIL_PATTERN found in src/feed/links.ts');
  assert.equal(EMAIL_PATTERN.source, new RegExp(literal[1], literal[2]).source);
  assert.equal(EMAIL_PATTERN.flags, literal[2]);

  const { port, receiver } = await mounted(t);
  for (const email of ['a%3Fbcc%3Devil%40evil.example@b.nl', 'a?bcc=evil@b.nl', 'a&cc=evil@b.nl', 'a@b.nl%3Fbcc%3Devil@evil.example', 'a[1]@b.nl']) {
    const answer = await postSignup(port, signup({ email }));
    assert.equal(answer.status, 422, email);
    assert.equal(JSON.parse(answer.text).errors.email, 'invalid', email);
  }
  assert.equal((await postSignup(port, signup({ email: "o'brien@voorbeeld.nl" }))).status, 201);
  assert.deepEqual((await receiver.records()).map((r) => r.email), ["o'brien@voorbeeld.nl"]);
});
