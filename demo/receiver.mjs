#!/usr/bin/env node
// The reference sign-up receiver: what an initiative's own backend has to do to receive
// <buurt-signup> posts. Node 20, no dependencies, meant for 127.0.0.1 (the demo mounts it
// next to the static files; `node demo/receiver.mjs --port 8788 --file signups.jsonl` runs
// it alone). The contract it implements is the README's "Sign-up endpoint contract".
//
// Storage is an append-only JSON Lines file, one sign-up per line, fsync'ed before the
// answer goes out: once the browser hears 201, the sign-up is on disk. A crash mid-write
// leaves at most one torn last line, which the next start ignores and cuts off; a write that
// fails while running (full disk, file-size limit) is cut off at once and answered 500.
//
// The list pages (/aanmeldingen, /api/aanmeldingen) show personal data: they answer a
// connection from this machine itself (not through a proxy), or a request with the list token.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { isIPv4, isIPv6 } from 'node:net';
import { mkdir, open, readFile, truncate } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const SUBMIT_PATH = '/api/aanmelden';
export const LIST_PATH = '/aanmeldingen';
export const LIST_JSON_PATH = '/api/aanmeldingen';

/** Largest request body accepted; a sign-up is a few kilobytes at most. */
const MAX_BODY_BYTES = 64 * 1024;
const LIST_FIELDS = ['opportunities', 'talents', 'availability', 'languages'];
const MAX_LIST_ITEMS = 60;
const MAX_ITEM_LENGTH = 100;
const MAX_LENGTH = { name: 200, email: 254, phone: 40, area: 200, postcode: 20, talentsOther: 500, message: 2000, page: 2000, feed: 2000 };
/**
 * The form's e-mail rule (EMAIL_PATTERN in src/feed/links.ts), copied because this file has no
 * build step; test/node/receiver-safety.test.mjs keeps the two equal. It refuses `?`, `&` and
 * `%`, so a crafted POST cannot store an address that hides a `bcc=` the form would refuse.
 */
export const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"?&%]+@[^\s@<>()[\]\\,;:"'?&%/]+\.[\p{L}\p{N}-]{2,}$/u;
const SLOT = /^(mo|tu|we|th|fr|sa|su)-(morning|afternoon|evening)$/;
/** The id the element makes: `crypto.randomUUID()`, a lower-case UUID v4 (src/components/signup/payload.ts). */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/**
 * Never part of what a person meant to type: C0 controls (newline and tab are handled per
 * field), DEL, C1 controls, and the bidi marks, embeddings, overrides and isolates that make
 * a name read backwards in the list ("Ali\u202Eexe.doc").
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** Headers a reverse proxy adds: behind one, every visitor's connection comes from 127.0.0.1. */
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-real-ip', 'via'];

/**
 * Time limits and a connection cap for the HTTP server in front of the receiver; Node's own
 * defaults hold a slow client for up to five minutes.
 */
export const DEFAULT_LIMITS = {
  /** Whole request headers must arrive within this time. */
  headersTimeoutMs: 10_000,
  /** The body, once the headers are in (also enforced by `handle` when mounted elsewhere). */
  bodyTimeoutMs: 20_000,
  /** Headers and body together. */
  requestTimeoutMs: 30_000,
  /** How often Node checks the two limits above; a timeout can overshoot by this much. */
  checkIntervalMs: 1000,
  /** Open connections at once; more are closed at once. */
  maxConnections: 256,
};

class HttpError extends Error {
  constructor(status, code) {
    super(code);
    this.status = status;
    this.code = code;
  }
}

/**
 * @typedef {{
 *   id: string, receivedAt: string, submittedAt: string, encoding: 'json' | 'form',
 *   opportunities: string[], name: string, email?: string, phone?: string, area?: string,
 *   postcode?: string, talents: string[], talentsOther?: string, availability: string[],
 *   languages: string[], message?: string, lang: string, page: string, feed: string
 * }} SignupRecord
 */

/**
 * @param {{ file: string, minFillMs?: number, maxBodyBytes?: number, allowOrigins?: string[], listToken?: string, bodyTimeoutMs?: number }} options
 *   `allowOrigins`: origins (e.g. "https://wijkkrant.example") whose pages may POST cross-origin.
 *   `listToken`: a secret that opens the sign-up lists from anywhere (`Authorization: Bearer <token>`).
 *   `bodyTimeoutMs`: how long the body of a sign-up may take to arrive.
 */
export function createReceiver({
  file,
  minFillMs = 3000,
  maxBodyBytes = MAX_BODY_BYTES,
  allowOrigins = [],
  listToken,
  bodyTimeoutMs = DEFAULT_LIMITS.bodyTimeoutMs,
}) {
  const path = resolve(file);
  const origins = new Set(allowOrigins.map(normalizeOrigin));
  /** @type {SignupRecord[]} */
  const stored = [];
  const seen = new Set();
  let dropped = 0;
  let handle;
  // Bytes of complete lines in the file. A failed write may leave part of a line after them
  // (`damaged`); it is cut off before anything else is appended, so a later line is never
  // glued onto half a record (that line would be acknowledged, then skipped at the next start).
  let size = 0;
  let damaged = false;
  // Appends run one after another: the duplicate check and the write must not interleave.
  let queue = Promise.resolve();
  const ready = start();
  // Said at once, not only when a sign-up arrives; and handled here, so a file that cannot be
  // opened fails each request (500, logged) instead of ending the host's process.
  ready.catch((error) => console.error(`sign-up receiver: cannot open ${path}: ${error.message}`));

  async function start() {
    await mkdir(dirname(path), { recursive: true });
    let data;
    try {
      data = await readFile(path);
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
      data = Buffer.alloc(0);
    }
    // Everything after the last newline is a record whose write was cut short.
    const end = data.lastIndexOf(0x0a) + 1;
    if (end < data.length) await truncate(path, end);
    size = end;
    for (const line of data.subarray(0, end).toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        const record = JSON.parse(line);
        if (record && typeof record.id === 'string' && !seen.has(record.id)) {
          seen.add(record.id);
          stored.push(record);
        }
      } catch {
        // A damaged line in the middle (disk trouble): skip it, keep the rest.
      }
    }
    handle = await open(path, 'a');
  }

  async function append(record) {
    const run = queue.then(async () => {
      if (seen.has(record.id)) return false;
      if (damaged) await cutBack();
      const line = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
      try {
        await handle.appendFile(line);
        await handle.sync();
      } catch (error) {
        // Part of the line may be on disk, or all of it without the fsync: neither may stay,
        // since the person hears 500 and the form sends the sign-up again.
        damaged = true;
        await cutBack().catch(() => undefined);
        throw error;
      }
      size += line.length;
      seen.add(record.id);
      stored.push(record);
      return true;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  async function cutBack() {
    await handle.truncate(size);
    damaged = false;
  }

  async function submit(req, res) {
    const origin = req.headers.origin;
    // Every answer to a page names its origin, a refusal too: a form that cannot read the
    // answer sees a network error and retries for ever; a 403 it can read stops it.
    const cors = typeof origin === 'string' ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
    if (req.method === 'OPTIONS') {
      // Answered for any origin: the POST that follows is where a foreign page is refused.
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'Content-Type, Idempotency-Key, Accept',
        'access-control-max-age': '86400',
      });
      res.end();
      return;
    }
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'method-not-allowed' }, { allow: 'POST, OPTIONS', ...cors });
    const headerKey = req.headers['idempotency-key'];
    if (typeof origin === 'string' && !isOwnOrigin(origin, req.headers.host)) {
      // Refused before the body is read; `connection: close` so the unread body is not waited for.
      const close = { ...cors, connection: 'close' };
      if (!origins.has(origin)) return sendJson(res, 403, { error: 'origin-not-allowed' }, close);
      // The key cannot be set without a CORS preflight: a plain cross-site <form> post has none.
      if (typeof headerKey !== 'string' || headerKey === '') return sendJson(res, 403, { error: 'idempotency-key-required' }, close);
    }
    try {
      const { fields, encoding } = await readSignup(req, maxBodyBytes, bodyTimeoutMs);
      if (typeof fields.id !== 'string' || !ID.test(fields.id)) throw new HttpError(400, 'bad-id');
      if (typeof headerKey === 'string' && headerKey !== '' && headerKey !== fields.id) throw new HttpError(400, 'id-mismatch');
      if (typeof fields.website === 'string' && fields.website.trim() !== '') {
        // The honeypot: accepted-but-dropped, so a bot learns nothing. A person never fills it.
        dropped += 1;
        return sendJson(res, 202, { status: 'accepted', id: fields.id }, cors);
      }
      const { record, errors } = checkSignup(fields);
      if (errors) return sendJson(res, 422, { errors }, cors);
      // Fast is not proof of a bot (autofill fills a form in a second): keep it, mark it, and
      // let the initiative judge. The person was told it arrived, so it must have.
      if (typeof fields.elapsedMs !== 'number' || !Number.isFinite(fields.elapsedMs) || fields.elapsedMs < minFillMs) record.suspect = 'fast';
      if (seen.has(record.id)) return sendJson(res, 200, { status: 'duplicate', id: record.id }, cors);
      const isNew = await append({ ...record, receivedAt: new Date().toISOString(), encoding });
      return sendJson(res, isNew ? 201 : 200, { status: isNew ? 'stored' : 'duplicate', id: record.id }, cors);
    } catch (error) {
      if (error instanceof HttpError) {
        // Part of the body may still be on its way: answer, then close instead of reading on.
        const close = error.status === 408 || error.status === 413 ? { connection: 'close' } : {};
        return sendJson(res, error.status, { error: error.code }, { ...cors, ...close });
      }
      // The client went away mid-request (closed tab, its own timeout): nobody is left to answer.
      if (error?.code === 'ECONNRESET' || req.socket?.destroyed) return res.destroy?.();
      console.error('receiver: could not store a sign-up:', error);
      return sendJson(res, 500, { error: 'storage' }, cors);
    }
  }

  return {
    /** Answers the receiver's routes; resolves `false` for any other request (untouched). */
    async handle(req, res) {
      const pathname = new URL(req.url ?? '/', 'http://receiver.invalid').pathname.replace(/\/+$/, '') || '/';
      if (pathname !== SUBMIT_PATH && pathname !== LIST_PATH && pathname !== LIST_JSON_PATH) return false;
      await ready;
      let access;
      if (pathname === SUBMIT_PATH) {
        await submit(req, res);
      } else if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendJson(res, 405, { error: 'method-not-allowed' }, { allow: 'GET, HEAD' });
      } else if ((access = listAccess(req, { listToken })) !== 'allowed') {
        if (access === 'unauthorized') sendJson(res, 401, { error: 'token-required' }, { 'www-authenticate': 'Bearer realm="aanmeldingen"', ...NO_FRAMES });
        else sendJson(res, 403, { error: 'loopback-only' }, NO_FRAMES);
      } else if (pathname === LIST_JSON_PATH) {
        sendJson(res, 200, { signups: stored, dropped }, { ...NO_FRAMES, 'content-security-policy': "default-src 'none'; frame-ancestors 'none'" });
      } else {
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
          'x-frame-options': 'DENY',
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
          'referrer-policy': 'no-referrer',
        });
        res.end(req.method === 'HEAD' ? undefined : renderList(stored, dropped));
      }
      return true;
    },
    /** Sign-ups stored so far, oldest first. */
    async records() {
      await ready;
      await queue;
      return stored.map((record) => ({ ...record }));
    },
    async close() {
      await ready.catch(() => undefined);
      await queue;
      await handle?.close();
      handle = undefined;
    },
  };
}

const NO_FRAMES = { 'x-frame-options': 'DENY' };

/**
 * May this request read the sign-up lists? With a list token configured, only a request that
 * carries it (`Authorization: Bearer <token>`) may, from anywhere: a reverse proxy that adds no
 * forwarding header looks exactly like a local user, so once an embedder has set a token,
 * nothing else opens the names and contact details. Without a token, only a connection from
 * this machine itself: its socket comes from a loopback address (the Host header proves
 * nothing, anyone can send `Host: 127.0.0.1`), it names this machine in Host (else a web page
 * using DNS rebinding could read it same-origin), and it carries no header a reverse proxy adds
 * (a proxy on this machine connects from 127.0.0.1 on behalf of every visitor). Otherwise
 * `'unauthorized'` when a token is configured (so the answer can ask for it), `'refused'` when not.
 * @param {{ socket?: { remoteAddress?: string }, headers: Record<string, string | string[] | undefined> }} req
 * @param {{ listToken?: string }} options
 * @returns {'allowed' | 'unauthorized' | 'refused'}
 */
export function listAccess(req, { listToken } = {}) {
  const hasToken = typeof listToken === 'string' && listToken !== '';
  if (hasToken) {
    const given = /^Bearer +(\S+) *$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    return given !== undefined && sameSecret(given, listToken) ? 'allowed' : 'unauthorized';
  }
  const local =
    isLoopbackAddress(req.socket?.remoteAddress) && isLoopbackHost(req.headers.host) && !PROXY_HEADERS.some((name) => req.headers[name] !== undefined);
  return local ? 'allowed' : 'refused';
}

/** Compares in constant time, so the answer's timing does not give the token away. */
function sameSecret(given, expected) {
  const digest = (value) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function isLoopbackAddress(address) {
  const value = String(address ?? '').toLowerCase();
  const v4 = value.startsWith('::ffff:') ? value.slice(7) : value;
  if (isIPv4(v4)) return v4.startsWith('127.');
  return isIPv6(value) && value === '::1';
}

/** The origin of a page (`https://wijkkrant.example`), as browsers send it in `Origin`. */
function normalizeOrigin(value) {
  const text = String(value).trim();
  try {
    const { origin } = new URL(text);
    return origin === 'null' ? text.replace(/\/+$/, '') : origin;
  } catch {
    return text;
  }
}

/** A page on the receiver's own host (what the Host header names) posts same-origin. */
function isOwnOrigin(origin, host) {
  try {
    return typeof host === 'string' && new URL(origin).host === host.trim().toLowerCase();
  } catch {
    return false;
  }
}

/** The lists show personal data: only for a Host header that names this machine. */
function isLoopbackHost(host) {
  const name = /^(\[[^\]]*\]|[^:]*)(?::\d+)?$/.exec(String(host ?? '').trim().toLowerCase())?.[1];
  return name === '127.0.0.1' || name === 'localhost' || name === '[::1]';
}

async function readSignup(req, maxBodyBytes, bodyTimeoutMs) {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBodyBytes) throw new HttpError(413, 'too-large');
  const chunks = await readBody(req, maxBodyBytes, bodyTimeoutMs);
  const text = chunks.toString('utf8');
  const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json') {
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'malformed');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpError(400, 'malformed');
    return { fields: value, encoding: 'json' };
  }
  if (type === 'application/x-www-form-urlencoded') {
    const params = new URLSearchParams(text);
    const fields = Object.create(null);
    for (const key of new Set(params.keys())) {
      const values = params.getAll(key);
      fields[key] = LIST_FIELDS.includes(key) ? values : values[values.length - 1];
    }
    for (const key of LIST_FIELDS) fields[key] ??= [];
    if (typeof fields.elapsedMs === 'string') fields.elapsedMs = Number(fields.elapsedMs);
    for (const key of ['consent', 'ageConfirmed']) if (typeof fields[key] === 'string') fields[key] = fields[key] === 'true';
    return { fields, encoding: 'form' };
  }
  throw new HttpError(415, 'unsupported-media-type');
}

/**
 * The body, at most `maxBytes`, within `timeoutMs`: a client that trickles a byte at a time
 * is answered 408 instead of holding the connection (and a slot of the cap) for minutes.
 */
function readBody(req, maxBytes, timeoutMs) {
  return new Promise((resolve, reject) => {
    // A host server may have read the body already: there is nothing left to wait for.
    if (req.readableEnded) return resolve(Buffer.alloc(0));
    const chunks = [];
    let size = 0;
    const finish = (error) => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', finish).off('close', onClose);
      if (error) {
        req.pause();
        reject(error);
      } else resolve(Buffer.concat(chunks));
    };
    const onData = (chunk) => {
      size += chunk.length;
      if (size > maxBytes) finish(new HttpError(413, 'too-large'));
      else chunks.push(chunk);
    };
    const onEnd = () => finish();
    const onClose = () => finish(Object.assign(new Error('the client closed the connection'), { code: 'ECONNRESET' }));
    const timer = setTimeout(() => finish(new HttpError(408, 'too-slow')), timeoutMs);
    req.on('data', onData).on('end', onEnd).on('error', finish).on('close', onClose);
  });
}

/** One line of text: control and bidi characters out, runs of white space one space. */
function text(value) {
  return typeof value === 'string' ? clean(value.normalize('NFC').replace(/\s+/g, ' ')).replace(/ {2,}/g, ' ').trim() : '';
}

function clean(value) {
  return value.replace(UNSAFE, '');
}

/** The same rules as the form (src/components/signup/validation.ts), checked again: never trust a client. */
export function normalizePhone(value) {
  let input = String(value).trim().replace(/\(0\)/g, '');
  if (input === '' || !/^[+(\d][\d\s\-./()]*$/.test(input)) return null;
  let digits = input.replace(/[\s\-./()]/g, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  else if (digits.startsWith('00')) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = `31${digits.slice(1)}`;
  else return null;
  if (!/^\d+$/.test(digits)) return null;
  if (digits.startsWith('31')) {
    let national = digits.slice(2);
    if (national.startsWith('0')) national = national.slice(1);
    return /^[1-9]\d{8}$/.test(national) ? `+31${national}` : null;
  }
  return digits.length >= 8 && digits.length <= 15 && !digits.startsWith('0') ? `+${digits}` : null;
}

export function normalizePostcode(value) {
  const match = /^\s*([1-9]\d{3})[\s-]*([a-zA-Z]{2})\s*$/.exec(String(value));
  if (!match) return null;
  const letters = match[2].toUpperCase();
  return ['SA', 'SD', 'SS'].includes(letters) ? null : `${match[1]} ${letters}`;
}

/** Field checks; error values are the codes the form knows (required, invalid, tooLong, contactRequired). */
function checkSignup(fields) {
  const errors = {};
  const record = { id: fields.id, submittedAt: '', opportunities: [], name: '', talents: [], availability: [], languages: [], lang: '', page: '', feed: '' };
  for (const key of LIST_FIELDS) {
    const value = fields[key] ?? [];
    if (!Array.isArray(value) || value.length > MAX_LIST_ITEMS || value.some((item) => typeof item !== 'string' || item.length > MAX_ITEM_LENGTH)) {
      errors[key] = 'invalid';
      continue;
    }
    record[key] = [...new Set(value.map((item) => text(item)).filter(Boolean))];
  }
  if (!errors.availability && record.availability.some((slot) => !SLOT.test(slot))) errors.availability = 'invalid';

  const name = text(fields.name);
  if (name === '') errors.name = 'required';
  else if (name.length > MAX_LENGTH.name) errors.name = 'tooLong';
  else if (!/\p{L}/u.test(name)) errors.name = 'invalid';
  record.name = name;

  const email = text(fields.email);
  const phoneText = text(fields.phone);
  if (email === '' && phoneText === '') errors.email = 'contactRequired';
  if (email !== '') {
    if (email.length > MAX_LENGTH.email) errors.email = 'tooLong';
    else if (!EMAIL_PATTERN.test(email)) errors.email = 'invalid';
    else record.email = email;
  }
  if (phoneText !== '') {
    const phone = phoneText.length <= MAX_LENGTH.phone ? normalizePhone(phoneText) : null;
    if (phone) record.phone = phone;
    else errors.phone = 'invalid';
  }
  const postcodeText = text(fields.postcode);
  if (postcodeText !== '') {
    const postcode = normalizePostcode(postcodeText);
    if (postcode) record.postcode = postcode;
    else errors.postcode = 'invalid';
  }
  for (const key of ['area', 'talentsOther', 'message']) {
    // The message keeps its line breaks; the others are one line.
    const value = key === 'message' ? (typeof fields.message === 'string' ? clean(fields.message.normalize('NFC')).trim() : '') : text(fields[key]);
    if (value.length > MAX_LENGTH[key]) errors[key] = 'tooLong';
    else if (value !== '') record[key] = value;
  }
  if (fields.ageConfirmed !== true) errors.ageConfirmed = 'required';
  if (fields.consent !== true) errors.consent = 'required';

  record.lang = text(fields.lang).slice(0, 35);
  record.page = text(fields.page).slice(0, MAX_LENGTH.page);
  record.feed = text(fields.feed).slice(0, MAX_LENGTH.feed);
  if (fields.submittedAt !== undefined && typeof fields.submittedAt !== 'string') throw new HttpError(400, 'malformed');
  const submittedAt = Date.parse(fields.submittedAt ?? '');
  record.submittedAt = Number.isNaN(submittedAt) ? new Date().toISOString() : new Date(submittedAt).toISOString();
  return Object.keys(errors).length > 0 ? { errors } : { record };
}

function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Everything a resident typed goes through here: the page shows hostile input as text. */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => escapes[c]);
}

const DAYS = { mo: 'ma', tu: 'di', we: 'wo', th: 'do', fr: 'vr', sa: 'za', su: 'zo' };
const PARTS = { morning: 'ochtend', afternoon: 'middag', evening: 'avond' };
const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

function renderList(records, dropped) {
  const list = (items) => (items?.length ? escapeHtml(items.join(', ')) : '—');
  const rows = [...records]
    .reverse()
    .map((r) => {
      const slots = (r.availability ?? []).map((slot) => {
        const [day, part] = slot.split('-');
        return `${DAYS[day] ?? day} ${PARTS[part] ?? part}`;
      });
      const contact = [
        r.email ? `<a href="mailto:${escapeHtml(encodeURIComponent(r.email).replace(/%40/g, '@'))}">${escapeHtml(r.email)}</a>` : '',
        r.phone ? `<a href="tel:${escapeHtml(r.phone)}">${escapeHtml(r.phone)}</a>` : '',
      ].filter(Boolean);
      return `<tr>
  <td>${escapeHtml(dateFormat.format(new Date(r.receivedAt)))}</td>
  <td>${escapeHtml(r.name)}${r.suspect === 'fast' ? '<br><strong class="suspect">Snel ingevuld: kijk of deze aanmelding echt is</strong>' : ''}</td>
  <td>${contact.join('<br>') || '—'}</td>
  <td>${list(r.opportunities)}</td>
  <td>${escapeHtml([r.area, r.postcode].filter(Boolean).join(', ') || '—')}</td>
  <td>${list(r.talents)}${r.talentsOther ? `<br>${escapeHtml(r.talentsOther)}` : ''}</td>
  <td>${list(slots)}</td>
  <td>${list(r.languages)}</td>
  <td class="message">${escapeHtml(r.message ?? '—')}</td>
</tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Aanmeldingen (${records.length})</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 1rem; line-height: 1.5; color: #1a1a1a; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #767676; padding: 0.4rem; text-align: start; vertical-align: top; }
  th { background: #f3f3f3; }
  .message { white-space: pre-wrap; overflow-wrap: anywhere; }
  .suspect { font-weight: normal; font-style: italic; }
</style>
</head>
<body>
<main>
<h1>Aanmeldingen als vrijwilliger</h1>
<p>${records.length === 1 ? '1 aanmelding' : `${records.length} aanmeldingen`} ontvangen.${dropped ? ` ${dropped} keer automatisch weggegooid als spam.` : ''}
Deze pagina bevat persoonsgegevens: alleen voor het initiatief.</p>
${
  records.length
    ? `<table>
<caption>Aanmeldingen, nieuwste eerst</caption>
<thead><tr><th scope="col">Ontvangen</th><th scope="col">Naam</th><th scope="col">Contact</th><th scope="col">Taken</th><th scope="col">Buurt</th><th scope="col">Talenten</th><th scope="col">Beschikbaar</th><th scope="col">Talen</th><th scope="col">Bericht</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : '<p>Nog geen aanmeldingen.</p>'
}
</main>
</body>
</html>
`;
}

/** The command line of `node demo/receiver.mjs`; see the README ("The reference receiver"). */
export function parseArgs(argv, env = {}) {
  const options = { port: 8788, file: 'demo/data/signups.jsonl', minFillMs: 3000, allowOrigins: [], listToken: env.BUURTKIT_LIST_TOKEN };
  const numbers = {
    '--port': 'port',
    '--min-fill-ms': 'minFillMs',
    '--body-timeout-ms': 'bodyTimeoutMs',
    '--headers-timeout-ms': 'headersTimeoutMs',
    '--request-timeout-ms': 'requestTimeoutMs',
    '--max-connections': 'maxConnections',
  };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag in numbers) options[numbers[flag]] = Number(value);
    else if (flag === '--file') options.file = value;
    else if (flag === '--allow-origin') options.allowOrigins.push(normalizeOrigin(value));
    else if (flag === '--token') options.listToken = value;
    else continue;
    i += 1;
  }
  return options;
}

/**
 * A Node HTTP server with the receiver mounted (404 for other paths), its time limits and its
 * connection cap set. Options: those of `createReceiver`, and of `DEFAULT_LIMITS`.
 */
export function createReceiverServer(options) {
  const limits = { ...DEFAULT_LIMITS, ...definedOnly(options) };
  const receiver = createReceiver({ ...options, bodyTimeoutMs: limits.bodyTimeoutMs });
  const server = createServer(serverOptions(limits), async (req, res) => {
    try {
      if (await receiver.handle(req, res)) return;
      sendJson(res, 404, { error: 'not-found' });
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  limitServer(server, limits);
  server.on('close', () => void receiver.close());
  server.receiver = receiver;
  return server;
}

/**
 * `createServer` options for these limits (`DEFAULT_LIMITS` for any not given); then call
 * `limitServer` on the server. The demo server uses both, so its receiver is as safe.
 */
export function serverOptions(limits = {}) {
  const { headersTimeoutMs, requestTimeoutMs, checkIntervalMs } = { ...DEFAULT_LIMITS, ...definedOnly(limits) };
  return {
    headersTimeout: headersTimeoutMs,
    requestTimeout: Math.max(requestTimeoutMs, headersTimeoutMs),
    connectionsCheckingInterval: checkIntervalMs,
    keepAliveTimeout: 5000,
  };
}

/**
 * The limits Node takes only on a running server: the connection cap, and an idle timeout,
 * since the headers timeout starts at the first byte and a connection that sends nothing at
 * all would otherwise hold its slot for ever.
 */
export function limitServer(server, limits = {}) {
  const { headersTimeoutMs, maxConnections } = { ...DEFAULT_LIMITS, ...definedOnly(limits) };
  server.maxConnections = maxConnections;
  server.timeout = headersTimeoutMs;
  return server;
}

function definedOnly(object) {
  return Object.fromEntries(Object.entries(object ?? {}).filter(([, value]) => value !== undefined && !Number.isNaN(value)));
}

const runAlone = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (runAlone) {
  const options = parseArgs(process.argv.slice(2), process.env);
  const server = createReceiverServer(options);
  server.listen(options.port, '127.0.0.1', () => {
    const { port } = server.address();
    console.log(`sign-up receiver: POST http://127.0.0.1:${port}${SUBMIT_PATH}`);
    console.log(`sign-ups: http://127.0.0.1:${port}${LIST_PATH} (file ${resolve(options.file)})`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, async () => {
      server.close();
      await server.receiver.close();
      process.exit(0);
    });
  }
}

// For tools that want the default data file next to the demo.
export const defaultFile = fileURLToPath(new URL('./data/signups.jsonl', import.meta.url));
