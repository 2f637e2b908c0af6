// The demo's static file server (demo/server.mjs) against odd and hostile paths: nothing
// outside demo/, dist/ and docs/ (nor demo/data/) is served, and an odd path gets a plain
// 404 instead of a 500 or a dropped connection. Needs no build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let server;
let port;
const dataDir = mkdtempSync(join(tmpdir(), 'buurtkit-demo-server-'));

/** Starts demo/server.mjs on a free port; `env` is added to this process's environment. */
async function startDemoServer(env) {
  const child = spawn(process.execPath, [join(process.cwd(), 'demo/server.mjs')], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const childPort = await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /buurtkit demo: http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`demo server exited with ${code}`)));
  });
  return { child, port: childPort };
}

before(async () => {
  ({ child: server, port } = await startDemoServer({ BUURTKIT_SIGNUPS: join(dataDir, 'signups.jsonl') }));
});

after(() => {
  server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

/** GET with the path exactly as written (fetch would clean it up first). */
function get(path, from = port) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: from, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

test('paths that climb out of the public folders are not served', async () => {
  for (const path of [
    '/demo/../package.json',
    '/demo/..%2f..%2fpackage.json',
    '/demo/%2e%2e/package.json',
    '/demo/.%2e/package.json',
    '/demo/..%5c..%5cpackage.json',
    '/demo/%2e%2e%2fserver.mjs/../../package.json',
    '/demo/data/signups.jsonl',
    '/demo/%64ata/signups.jsonl',
    '/package.json',
    '/src/index.ts',
    '/demo/%00',
  ]) {
    const { status, body } = await get(path);
    assert.equal(status, 404, path);
    assert.doesNotMatch(body, /"name"|buurtkit\/feed/, path);
  }
});

test('a broken escape or a folder without index.html is a plain 404, not a 500 or a dropped connection', async () => {
  for (const path of ['/demo/%E0%A4%A', '/demo/%', '/demo/data', '/demo/feeds/', '/docs/']) {
    const { status } = await get(path);
    assert.equal(status, 404, path);
  }
});

test('the demo page itself is served', async () => {
  const { status, body } = await get('/');
  assert.equal(status, 200);
  assert.match(body, /<buurt-/);
});

test('a symlink inside a public folder that points outside it is not followed', async (t) => {
  // A root of our own, so the repository's folders are never touched.
  const root = mkdtempSync(join(tmpdir(), 'buurtkit-demo-root-'));
  const outside = mkdtempSync(join(tmpdir(), 'buurtkit-outside-'));
  t.after(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  mkdirSync(join(root, 'demo'));
  mkdirSync(join(root, 'docs'));
  writeFileSync(join(root, 'demo', 'index.html'), '<!doctype html><title>demo</title><buurt-map></buurt-map>');
  writeFileSync(join(outside, 'secret.txt'), 'GEHEIM-BUITEN-DE-MAP');
  writeFileSync(join(root, 'package.json'), '{"name":"GEHEIM-IN-DE-REPO"}');
  symlinkSync(join(outside, 'secret.txt'), join(root, 'demo', 'secret.txt'));
  symlinkSync(outside, join(root, 'demo', 'buiten'));
  symlinkSync(join(root, 'package.json'), join(root, 'docs', 'package.json'));
  symlinkSync(join(root, 'demo', 'index.html'), join(root, 'docs', 'index.html'));
  const { child: own, port: ownPort } = await startDemoServer({ BUURTKIT_DEMO_ROOT: root, BUURTKIT_SIGNUPS: join(outside, 'signups.jsonl') });
  t.after(() => own.kill());
  assert.equal((await get('/demo/index.html', ownPort)).status, 200, 'a real file is served');
  for (const path of ['/demo/secret.txt', '/demo/buiten/secret.txt', '/docs/package.json']) {
    const { status, body } = await get(path, ownPort);
    assert.equal(status, 404, path);
    assert.doesNotMatch(body, /GEHEIM/, path);
  }
  // A link that stays inside the public folders is a real file inside them: served.
  assert.equal((await get('/docs/index.html', ownPort)).status, 200);
});

test('the folder of sign-ups is not found, not even as a folder to be redirected to', async (t) => {
  // As after `npm start`: the demo's sign-ups are kept in demo/data/ under the served root.
  const root = mkdtempSync(join(tmpdir(), 'buurtkit-demo-root-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'demo', 'data'), { recursive: true });
  writeFileSync(join(root, 'demo', 'index.html'), '<!doctype html><title>demo</title>');
  writeFileSync(join(root, 'demo', 'data', 'signups.jsonl'), '{"name":"Ayşe"}\n');
  const { child, port: rootPort } = await startDemoServer({ BUURTKIT_DEMO_ROOT: root, BUURTKIT_SIGNUPS: join(root, 'demo', 'data', 'signups.jsonl') });
  t.after(() => child.kill());
  assert.equal((await get('/demo/index.html', rootPort)).status, 200, 'a real file is served');
  for (const path of ['/demo/data', '/demo/data/', '/demo/data/signups.jsonl', '/demo/%64ata']) {
    const { status, body } = await get(path, rootPort);
    assert.equal(status, 404, path);
    assert.doesNotMatch(body, /Ayşe|data\//, path);
  }
});
