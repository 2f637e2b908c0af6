#!/usr/bin/env node
// The demo: serves the repository's demo/ and dist/ on 127.0.0.1 with the sample feed of
// 's-Hertogenbosch, and the reference sign-up receiver on the same origin.
// It sends a strict Content-Security-Policy on purpose: the kit must work under one.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { createReceiver, limitServer, serverOptions } from './receiver.mjs';

// BUURTKIT_DEMO_ROOT lets a test serve a folder of its own instead of the repository.
const root = resolve(process.env.BUURTKIT_DEMO_ROOT ?? fileURLToPath(new URL('..', import.meta.url)));
const host = '127.0.0.1';
const preferredPort = Number(process.env.PORT ?? 8787);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

const contentSecurityPolicy = [
  "default-src 'self'",
  // PDOK serves the Dutch government's background map; the demo only asks for it after consent.
  "img-src 'self' data: https://service.pdok.nl",
  "connect-src 'self'",
  "style-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

// BUURTKIT_SIGNUPS lets a test keep its sign-ups out of the demo's own file.
const receiver = createReceiver({ file: resolve(process.env.BUURTKIT_SIGNUPS ?? resolve(root, 'demo/data/signups.jsonl')) });

const realRoot = realpath(root);

/** Only demo/, dist/ and docs/ are public, and not demo/data/; nothing else of the repository. */
function isPublic(file, base) {
  const inside = ['demo', 'dist', 'docs'].some((dir) => file.startsWith(join(base, dir) + sep));
  // The folder itself too: asked for without its slash, it would be answered with a redirect.
  return inside && !relative(base, file).split(sep).includes('data');
}

async function serveFile(request, response) {
  const { pathname } = new URL(request.url, `http://${host}`);
  let requested;
  try {
    requested = pathname === '/' ? 'demo/index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return notFound(response); // "%E0%A4%A": not a path we serve
  }
  const file = normalize(join(root, requested));
  if (!isPublic(file, root)) return notFound(response);
  let target = file;
  try {
    if ((await stat(target)).isDirectory()) {
      // A folder's page links its files relatively ('./studio.css'): it must be read from 'folder/', as static hosts do.
      if (!pathname.endsWith('/')) return redirect(response, `${pathname}/`);
      target = join(file, 'index.html');
    }
    // A symlink may point anywhere: what is served is the real file, and it must be public too.
    target = await realpath(target);
    if (!isPublic(target, await realRoot)) return notFound(response);
    // A folder without index.html (or anything but a file) is not found; streaming it would drop the connection after a 200.
    if (!(await stat(target)).isFile()) return notFound(response);
  } catch {
    return notFound(response);
  }
  const type = types[extname(target)] ?? 'application/octet-stream';
  const encoder = encoderFor(request, type);
  response.writeHead(200, {
    'content-type': type,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
    ...(encoder ? { 'content-encoding': encoder.name } : {}),
  });
  const streams = encoder ? [createReadStream(target), encoder.stream, response] : [createReadStream(target), response];
  pipeline(...streams, (error) => {
    if (error) response.destroy();
  });
}

/**
 * Brotli or gzip for text, when the browser takes it, as any CDN serves the kit: the demo
 * then loads as a visitor's page would (Lighthouse measures it so). Quality 5: fast enough
 * to compress on the fly.
 */
function encoderFor(request, type) {
  if (!/^(text\/|application\/json|image\/svg)/.test(type)) return undefined;
  const accepted = String(request.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return { name: 'br', stream: createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) };
  if (/\bgzip\b/.test(accepted)) return { name: 'gzip', stream: createGzip() };
  return undefined;
}

function redirect(response, location) {
  response.writeHead(301, { location, 'content-type': 'text/plain; charset=utf-8' });
  response.end(`${location}\n`);
}

function notFound(response) {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Niet gevonden\n');
}

// The receiver's time limits and connection cap, so a slow client cannot hold the demo either.
const server = createServer(serverOptions(), async (request, response) => {
  try {
    if (await receiver.handle(request, response)) return;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' });
      return response.end();
    }
    await serveFile(request, response);
  } catch (error) {
    console.error(error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  }
});

limitServer(server);

function listen(port, attemptsLeft) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && attemptsLeft > 0 && port !== 0) return listen(port + 1, attemptsLeft - 1);
    console.error(`Could not start the demo: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, host, () => {
    const url = `http://${host}:${server.address().port}/`;
    console.log(`\nbuurtkit demo: ${url}`);
    console.log(`sign-ups received by the demo: ${url}aanmeldingen`);
    console.log('Stop with Ctrl+C.\n');
  });
}

listen(preferredPort, 10);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    server.close();
    await receiver.close();
    process.exit(0);
  });
}
