// A large request body is scanned on a pool thread (scanThreads), so while its scan runs every
// other request on the same worker goes on: a hush with ONE worker and one scan thread, whose
// scans are held by the test-only hook HUSH_TEST_SCAN_HOLD (each pool job logs event=scan_held and
// waits until the release file exists). While a big body is held, a small request on another
// connection, and a small h2 stream on the same connection, complete; released, the big one
// reaches the mock upstream masked and comes back restored. A client that closes during a held
// scan gets nothing forwarded; h1 pipelining keeps the order; a reload during a held scan and a
// SIGTERM during one (drain deadline) free nothing under it. The mock upstream records what it
// received, so "held" is checked, not assumed. Loopback only.
import '../helpers/require-node.mjs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import path from 'node:path';
import tls from 'node:tls';
import { startStack, waitFor } from '../helpers/hush.mjs';

const HOST = 'api.openai.com';
const EMAIL = 'held.person@example.com';
let stack, release, holdDir;

before(async () => {
  holdDir = fs.mkdtempSync('/tmp/hush-scan-hold-');
  release = path.join(holdDir, 'release');
  stack = await startStack({ HUSH_WORKERS: '1', HUSH_SCAN_THREADS: '1',
    HUSH_SCAN_OFFLOAD_BYTES: '65536', HUSH_TEST_SCAN_HOLD: release });
});

after(async () => {
  if (release) fs.writeFileSync(release, ''); // nothing stays held at stop
  await stack?.stop();
  if (holdDir) fs.rmSync(holdDir, { recursive: true, force: true });
});

const heldCount = () => (stack.log().match(/event=scan_held/g) || []).length;
async function untilHeld(before) {
  await waitFor(() => heldCount() > before, 'a held scan (event=scan_held)', 30000);
}
function hold() { fs.rmSync(release, { force: true }); }
function letGo() { fs.writeFileSync(release, ''); }

// ~256 KiB of agent-like text with the email every ~2 KiB: over scanOffloadBytes.
function bigChat(tag) {
  const line = 'build step output: compiled module ok, 0 warnings, cache hit ratio 0.93; '.repeat(27);
  const parts = [];
  for (let i = 0; i < 128; i++) parts.push(`${tag} ${i} ${line} mail ${EMAIL}`);
  return JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: parts.join('\n') }] });
}
function smallChat(tag) {
  return JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: `${tag} hello` }] });
}

function tunnel() {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: stack.port, method: 'CONNECT', path: `${HOST}:443` });
    req.on('connect', (res, socket) => (res.statusCode === 200 ? resolve(socket)
      : reject(new Error(`CONNECT answered ${res.statusCode}`))));
    req.on('error', reject);
    req.end();
  });
}

async function tlsTo(alpn) {
  const socket = await tunnel();
  const s = tls.connect({ socket, servername: HOST, ca: stack.ca, ALPNProtocols: [alpn] });
  await new Promise((resolve, reject) => { s.once('secureConnect', resolve); s.once('error', reject); });
  return s;
}

function h1Request(body) {
  return `POST /v1/chat/completions HTTP/1.1\r\nHost: ${HOST}\r\ncontent-type: application/json\r\n` +
    `authorization: Bearer sk-test\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

// HTTP/1.1 responses read off one socket in order: each resolves {status, body}.
function h1Reader(s) {
  let buf = Buffer.alloc(0);
  const waiting = [];
  const done = [];
  function parse() {
    for (;;) {
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = buf.subarray(0, end).toString('latin1');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)[1]);
      let p = end + 4;
      let body;
      const len = /\r\ncontent-length: *(\d+)/i.exec(head);
      if (len) {
        if (buf.length < p + Number(len[1])) return;
        body = buf.subarray(p, p + Number(len[1]));
        p += Number(len[1]);
      } else { // chunked
        const pieces = [];
        for (;;) {
          const le = buf.indexOf('\r\n', p);
          if (le < 0) return;
          const n = parseInt(buf.subarray(p, le).toString('latin1'), 16);
          if (buf.length < le + 2 + n + 2) return;
          pieces.push(buf.subarray(le + 2, le + 2 + n));
          p = le + 2 + n + 2;
          if (n === 0) break;
        }
        body = Buffer.concat(pieces);
      }
      buf = buf.subarray(p);
      const r = { status, body: body.toString('utf8') };
      if (waiting.length) waiting.shift()(r); else done.push(r);
    }
  }
  s.on('data', (d) => { buf = Buffer.concat([buf, d]); parse(); });
  return () => (done.length ? Promise.resolve(done.shift())
    : new Promise((resolve) => waiting.push(resolve)));
}

const received = async () => (await stack.upstreamRequests()).map((r) => r.body);

test('a held big body does not stop a small request on another connection; released, it is masked and restored', async () => {
  await stack.clearUpstream();
  hold();
  const n0 = heldCount();
  const a = await tlsTo('http/1.1');
  const readA = h1Reader(a);
  a.write(h1Request(bigChat('big-one')));
  await untilHeld(n0);

  const b = await tlsTo('http/1.1');
  const readB = h1Reader(b);
  b.write(h1Request(smallChat('small-one')));
  const small = await readB();
  assert.equal(small.status, 200);
  assert.match(small.body, /small-one hello/);
  let up = await received();
  assert.equal(up.length, 1, 'only the small request reached the upstream while the big one is held');
  assert.match(up[0], /small-one/);

  letGo();
  const big = await readA();
  assert.equal(big.status, 200);
  assert.ok(big.body.includes(EMAIL), 'the client gets the email back');
  assert.ok(big.body.includes('big-one 127 '), 'the whole body came back');
  up = await received();
  assert.equal(up.length, 2);
  assert.ok(up[1].includes('big-one 0 '), 'the big body reached the upstream');
  assert.ok(!up[1].includes(EMAIL), 'masked: the upstream never saw the email');
  a.destroy();
  b.destroy();
});

test('a client that closes during a held scan: nothing is forwarded, hush serves on', async () => {
  await stack.clearUpstream();
  hold();
  const n0 = heldCount();
  const a = await tlsTo('http/1.1');
  a.write(h1Request(bigChat('gone-one')));
  await untilHeld(n0);
  a.destroy();
  await waitFor(() => /outcome=client_cancelled/.test(stack.log()), 'the exchange cancelled', 20000);
  letGo(); // the cancelled job returns at once anyway; released so nothing else waits
  const b = await tlsTo('http/1.1');
  const readB = h1Reader(b);
  b.write(h1Request(smallChat('after-gone')));
  assert.equal((await readB()).status, 200);
  const up = await received();
  assert.equal(up.length, 1, 'the cancelled body never reached the upstream');
  assert.match(up[0], /after-gone/);
  b.destroy();
});

test('h1 pipelining: a small request behind a held big one on the same connection is answered after it', async () => {
  await stack.clearUpstream();
  hold();
  const n0 = heldCount();
  const a = await tlsTo('http/1.1');
  const read = h1Reader(a);
  a.write(h1Request(bigChat('pipe-big')) + h1Request(smallChat('pipe-small')));
  await untilHeld(n0);
  assert.equal((await received()).length, 0, 'nothing forwarded while the first is held');
  letGo();
  const first = await read();
  const second = await read();
  assert.ok(first.body.includes('pipe-big 0 ') && first.body.includes(EMAIL), 'first answer is the big one');
  assert.match(second.body, /pipe-small hello/, 'second answer is the small one');
  a.destroy();
});

test('h2: a small stream completes while another stream of the same connection is held', async () => {
  await stack.clearUpstream();
  hold();
  const n0 = heldCount();
  const s = await tlsTo('h2');
  const session = http2.connect(`https://${HOST}`, { createConnection: () => s });
  const send = (body) => new Promise((resolve, reject) => {
    const req = session.request({ ':method': 'POST', ':path': '/v1/chat/completions',
      'content-type': 'application/json', authorization: 'Bearer sk-test' });
    let status = 0;
    const chunks = [];
    req.on('response', (h) => { status = h[':status']; });
    req.on('data', (d) => chunks.push(d));
    req.on('end', () => resolve({ status, body: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
    req.end(body);
  });
  const bigP = send(bigChat('h2-big'));
  await untilHeld(n0);
  const small = await send(smallChat('h2-small'));
  assert.equal(small.status, 200);
  assert.match(small.body, /h2-small hello/);
  assert.equal((await received()).length, 1, 'only the small stream reached the upstream');
  letGo();
  const big = await bigP;
  assert.equal(big.status, 200);
  assert.ok(big.body.includes(EMAIL) && big.body.includes('h2-big 127 '));
  const up = await received();
  assert.equal(up.length, 2);
  assert.ok(!up[1].includes(EMAIL), 'masked upstream');
  session.close();
});

test('a reload during a held scan: the scan keeps its generation and completes masked', async () => {
  await stack.clearUpstream();
  hold();
  const n0 = heldCount();
  const reloads = () => (stack.log().match(/event=reload outcome=ok/g) || []).length;
  const r0 = reloads();
  const a = await tlsTo('http/1.1');
  const read = h1Reader(a);
  a.write(h1Request(bigChat('reload-big')));
  await untilHeld(n0);
  stack.hush.kill('SIGHUP');
  await waitFor(() => reloads() > r0, 'the reload (event=reload outcome=ok)', 20000);
  letGo();
  const big = await read();
  assert.equal(big.status, 200);
  assert.ok(big.body.includes(EMAIL) && big.body.includes('reload-big 127 '));
  const up = await received();
  assert.equal(up.length, 1);
  assert.ok(!up[0].includes(EMAIL), 'masked upstream');
  a.destroy();
});

test('SIGTERM while a scan is held: the drain deadline cancels it, hush exits, nothing forwarded', async () => {
  const dir = fs.mkdtempSync('/tmp/hush-scan-stop-');
  const own = await startStack({ HUSH_WORKERS: '1', HUSH_SCAN_THREADS: '1',
    HUSH_TIMEOUT_DRAIN: '1', HUSH_TEST_SCAN_HOLD: path.join(dir, 'never') });
  const saved = stack;
  stack = own;
  try {
    const a = await tlsTo('http/1.1');
    a.on('error', () => {});
    a.write(h1Request(bigChat('stop-big')));
    await untilHeld(0);
    own.hush.kill('SIGTERM');
    await waitFor(() => own.hush.exitCode !== null, 'hush to exit after the drain deadline', 30000);
    assert.match(own.log(), /event=drain_deadline/);
    assert.match(own.log(), /event=stopped/);
    assert.equal((await own.upstreamRequests()).length, 0, 'the held body was never forwarded');
    a.destroy();
  } finally {
    stack = saved;
    await own.stop(); // throws on a sanitizer report
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
