#!/usr/bin/env node
// The reference sign-up receiver: what an initiative's own backend has to do to receive
// <buurt-signup> posts. Node 20, no dependencies, meant for 127.0.0.1 (the demo mounts it
// next to the static files; `node demo/receiver.mjs --port 8788 --file signups.jsonl` runs
// it alone). The contract it implements is docs/signup-endpoint.md.
//
// Storage is an append-only JSON Lines file, one sign-up per line, fsync'ed before the
// answer goes out: once the browser hears 201, the sign-up is on disk. A crash mid-write
// leaves at most one torn last line, which the next start ignores and cuts off.
//
// The list pages (/aanmeldingen, /api/aanmeldingen) show personal data and have no login:
// fine on 127.0.0.1, never on a public address.
import { createServer } from 'node:http';
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
const SLOT = /^(mo|tu|we|th|fr|sa|su)-(morning|afternoon|evening)$/;
const ID = /^[A-Za-z0-9-]{8,100}$/;

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
 * @param {{ file: string, minFillMs?: number, maxBodyBytes?: number, allowOrigins?: string[] }} options
 *   `allowOrigins`: origins (e.g. "https://wijkkrant.example") whose pages may POST cross-origin.
 */
export function createReceiver({ file, minFillMs = 3000, maxBodyBytes = MAX_BODY_BYTES, allowOrigins = [] }) {
  const path = resolve(file);
  /** @type {SignupRecord[]} */
  const stored = [];
  const seen = new Set();
  let dropped = 0;
  let handle;
  // Appends run one after another: the duplicate check and the write must not interleave.
  let queue = Promise.resolve();
  const ready = start();

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
      await handle.appendFile(`${JSON.stringify(record)}\n`, 'utf8');
      await handle.sync();
      seen.add(record.id);
      stored.push(record);
      return true;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  async function submit(req, res) {
    const origin = req.headers.origin;
    const cors = origin && allowOrigins.includes(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
    if (req.method === 'OPTIONS') {
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
    try {
      const { fields, encoding } = await readSignup(req, maxBodyBytes);
      const headerKey = req.headers['idempotency-key'];
      if (typeof fields.id !== 'string' || !ID.test(fields.id)) throw new HttpError(400, 'bad-id');
      if (typeof headerKey === 'string' && headerKey !== '' && headerKey !== fields.id) throw new HttpError(400, 'id-mismatch');
      if (isSpam(fields, minFillMs)) {
        // Accepted-but-dropped: a bot learns nothing, a person never gets here.
        dropped += 1;
        return sendJson(res, 202, { status: 'accepted', id: fields.id }, cors);
      }
      const { record, errors } = checkSignup(fields);
      if (errors) return sendJson(res, 422, { errors }, cors);
      if (seen.has(record.id)) return sendJson(res, 200, { status: 'duplicate', id: record.id }, cors);
      const isNew = await append({ ...record, receivedAt: new Date().toISOString(), encoding });
      return sendJson(res, isNew ? 201 : 200, { status: isNew ? 'stored' : 'duplicate', id: record.id }, cors);
    } catch (error) {
      if (error instanceof HttpError) return sendJson(res, error.status, { error: error.code }, cors);
      // The browser gave up mid-request (timeout, closed tab): nobody is left to answer.
      if (req.destroyed || error?.code === 'ECONNRESET') return res.destroy();
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
      if (pathname === SUBMIT_PATH) {
        await submit(req, res);
      } else if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendJson(res, 405, { error: 'method-not-allowed' }, { allow: 'GET, HEAD' });
      } else if (!isLoopbackHost(req.headers.host)) {
        // DNS rebinding: a web page can point its own name at 127.0.0.1 and read same-origin.
        sendJson(res, 403, { error: 'loopback-only' });
      } else if (pathname === LIST_JSON_PATH) {
        sendJson(res, 200, { signups: stored, dropped });
      } else {
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
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

/** The lists show personal data: only for a Host header that names this machine. */
function isLoopbackHost(host) {
  const name = /^(\[[^\]]*\]|[^:]*)(?::\d+)?$/.exec(String(host ?? '').trim().toLowerCase())?.[1];
  return name === '127.0.0.1' || name === 'localhost' || name === '[::1]';
}

async function readSignup(req, maxBodyBytes) {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBodyBytes) {
    req.resume();
    throw new HttpError(413, 'too-large');
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > maxBodyBytes) throw new HttpError(413, 'too-large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
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

function isSpam(fields, minFillMs) {
  if (typeof fields.website === 'string' && fields.website.trim() !== '') return true;
  return typeof fields.elapsedMs !== 'number' || !Number.isFinite(fields.elapsedMs) || fields.elapsedMs < minFillMs;
}

function text(value) {
  return typeof value === 'string' ? value.normalize('NFC').replace(/\s+/g, ' ').trim() : '';
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
    record[key] = [...new Set(value.map((item) => item.trim()).filter(Boolean))];
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
    else if (!/^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/u.test(email)) errors.email = 'invalid';
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
    const value = key === 'message' ? (typeof fields.message === 'string' ? fields.message.trim() : '') : text(fields[key]);
    if (value.length > MAX_LENGTH[key]) errors[key] = 'tooLong';
    else if (value !== '') record[key] = value;
  }
  if (fields.ageConfirmed !== true) errors.ageConfirmed = 'required';
  if (fields.consent !== true) errors.consent = 'required';

  record.lang = text(fields.lang).slice(0, 35);
  record.page = text(fields.page).slice(0, MAX_LENGTH.page);
  record.feed = text(fields.feed).slice(0, MAX_LENGTH.feed);
  const submittedAt = Date.parse(String(fields.submittedAt ?? ''));
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
  <td>${escapeHtml(r.name)}</td>
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

function parseArgs(argv) {
  const options = { port: 8788, file: 'demo/data/signups.jsonl', minFillMs: 3000 };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--port') options.port = Number(value);
    else if (flag === '--file') options.file = value;
    else if (flag === '--min-fill-ms') options.minFillMs = Number(value);
    else continue;
    i += 1;
  }
  return options;
}

const runAlone = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (runAlone) {
  const options = parseArgs(process.argv.slice(2));
  const receiver = createReceiver({ file: options.file, minFillMs: options.minFillMs });
  const server = createServer(async (req, res) => {
    try {
      if (await receiver.handle(req, res)) return;
      sendJson(res, 404, { error: 'not-found' });
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  server.listen(options.port, '127.0.0.1', () => {
    console.log(`sign-up receiver: POST http://127.0.0.1:${options.port}${SUBMIT_PATH}`);
    console.log(`sign-ups: http://127.0.0.1:${options.port}${LIST_PATH} (file ${resolve(options.file)})`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, async () => {
      server.close();
      await receiver.close();
      process.exit(0);
    });
  }
}

// For tools that want the default data file next to the demo.
export const defaultFile = fileURLToPath(new URL('./data/signups.jsonl', import.meta.url));
