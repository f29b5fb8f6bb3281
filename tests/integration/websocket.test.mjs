// WebSockets through hush on an intercepted host, with the real `ws` client over an HTTPS proxy
// agent (HTTP/1.1 Upgrade) and Node's http2 client (RFC 8441 extended CONNECT), against the mock
// realtime endpoint (tests/helpers/mock-realtime.mjs). PII in client text messages never reaches
// the upstream and comes back restored; binary frames, pings and close codes pass unchanged; an
// oversize text message is refused with 1009 and never sent; policy can block or turn it off; one
// audit record per connection. Loopback only.
import '../helpers/require-node.mjs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import WebSocket from 'ws';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { waitFor } from '../helpers/hush.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const helpers = path.join(here, '..', 'helpers');

const PII = {
  email: 'jane.doe@example.com',
  card: '4111 1111 1111 1111',
  phone: '+1 415 555 0132',
};
const IBAN = 'DE89 3704 0044 0532 0130 00'; /* blocked by the main instance's policy */
const MAX_MSG = 65536;

let dir, pki, mock, main, raw, tight;

async function startHush(name, env) {
  const data = path.join(dir, `${name}-data`);
  fs.mkdirSync(data);
  const logPath = path.join(dir, `${name}.log`);
  const auditPath = path.join(dir, `${name}-audit.jsonl`);
  const log = fs.openSync(logPath, 'w');
  const proc = spawn(process.env.HUSH_BIN, [], {
    env: {
      ...process.env,
      HUSH_LISTEN: '127.0.0.1:0',
      HUSH_WORKERS: '2',
      HUSH_DATA_DIR: data,
      HUSH_ALLOW_PRIVATE_NETWORKS: '127.0.0.0/8',
      HUSH_UPSTREAM_CA_FILE: path.join(pki, 'ca.pem'),
      HUSH_UPSTREAM_OVERRIDES: `api.openai.com:443=127.0.0.1:${mock.port}`,
      HUSH_AUDIT_LOG: auditPath,
      ...env,
    },
    stdio: ['ignore', 'ignore', log],
  });
  const port = Number(await waitFor(() => {
    const m = /event=listening addr=[^ ]*:(\d+) /.exec(fs.readFileSync(logPath, 'utf8'));
    return m && m[1];
  }, `${name} to listen`));
  return {
    proc, port, logPath, auditPath,
    ca: fs.readFileSync(path.join(data, 'ca-cert.pem')),
    log: () => fs.readFileSync(logPath, 'utf8'),
    audit: () => (fs.existsSync(auditPath) ? fs.readFileSync(auditPath, 'utf8') : '')
      .split('\n').filter(Boolean).map((l) => JSON.parse(l)),
  };
}

async function stopHush(h) {
  if (!h) return;
  h.proc.kill('SIGTERM');
  await new Promise((r) => (h.proc.exitCode !== null ? r() : h.proc.once('exit', r)));
  const text = h.log();
  const report = /ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:/.exec(text);
  if (report) {
    throw new Error(`sanitizer report in ${h.logPath}:\n${text.slice(report.index, report.index + 3000)}`);
  }
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hush-ws-'));
  pki = path.join(dir, 'pki');
  execFileSync('bash', [path.join(helpers, 'gen-test-pki.sh'), pki], { stdio: 'ignore' });
  const portFile = path.join(dir, 'mock.port');
  const proc = spawn(process.execPath, [path.join(helpers, 'mock-realtime.mjs'), '--cert',
    path.join(pki, 'server.pem'), '--key', path.join(pki, 'server.key'), '--port-file', portFile],
  { stdio: ['ignore', 'ignore', 'inherit'] });
  mock = { proc, port: Number(await waitFor(() => fs.readFileSync(portFile, 'utf8').trim(), 'mock')) };
  main = await startHush('main', { HUSH_MAX_WEBSOCKET_MESSAGE: String(MAX_MSG),
    HUSH_POLICY: 'IBAN=block' });
  raw = await startHush('raw', { HUSH_WEBSOCKET_ANONYMIZE: 'false' });
  tight = await startHush('tight', { HUSH_MAX_BUFFERED_BYTES: '4096' });
});

after(async () => {
  await stopHush(main);
  await stopHush(raw);
  await stopHush(tight);
  mock?.proc.kill('SIGTERM');
  if (process.env.KEEP_TMP !== '1') fs.rmSync(dir, { recursive: true, force: true });
});

/* ---- helpers ------------------------------------------------------------------------------ */

function mockGet(p, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = https.request({ host: '127.0.0.1', port: mock.port, path: p, method,
      ca: fs.readFileSync(path.join(pki, 'ca.pem')) }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(JSON.parse(body)));
    });
    req.on('error', reject);
    req.end();
  });
}
const upstreamSessions = () => mockGet('/__ws');
/* The mock records a close when its socket closes, which may come after the client saw the close
 * handshake finish: wait for it (bounded) before reading it. */
async function upstreamSessionsClosed(ms = 15000) {
  const t0 = Date.now();
  for (;;) {
    const list = await upstreamSessions();
    if (list.every((x) => x.close) || Date.now() - t0 > ms) return list;
    await new Promise((r) => setTimeout(r, 25));
  }
}
const clearUpstream = () => mockGet('/__ws', 'DELETE');

/* A WebSocket through hush h (HTTP/1.1 CONNECT + TLS + Upgrade), with a message queue. */
function connect(h, p = '/v1/realtime?model=gpt-realtime') {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`wss://api.openai.com${p}`, ['realtime'],
      { agent: new HttpsProxyAgent(`http://127.0.0.1:${h.port}`), ca: h.ca });
    const queue = [];
    const waiters = [];
    ws.on('message', (data, isBinary) => {
      const m = { data: isBinary ? Buffer.from(data) : data.toString('utf8'), isBinary };
      if (waiters.length) waiters.shift()(m); else queue.push(m);
    });
    ws.next = () => new Promise((r) => (queue.length ? r(queue.shift()) : waiters.push(r)));
    ws.closed = new Promise((r) => ws.once('close', (code, reason) => r({ code, reason: reason.toString() })));
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (req, res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ refused: true, status: res.statusCode, headers: res.headers, body }));
    });
    ws.once('error', reject);
  });
}

function assertNoPii(text, label) {
  for (const [k, v] of Object.entries(PII)) {
    assert.ok(!text.includes(v), `${label}: saw the raw ${k}`);
    assert.ok(!text.includes(v.replace(/ /g, '')), `${label}: saw the ${k} (no spaces)`);
  }
}

const SECRET = `Email ${PII.email}, card ${PII.card}, call ${PII.phone}.`;

/* ---- HTTP/1.1 Upgrade ------------------------------------------------------------------------ */

test('h1: PII in a JSON text message reaches the upstream as tokens and comes back restored', async () => {
  await clearUpstream();
  const ws = await connect(main);
  assert.equal(ws.protocol, 'realtime', 'the subprotocol is negotiated end to end');
  assert.equal(ws.extensions, '', 'permessage-deflate is never negotiated');
  const event = JSON.stringify({ type: 'conversation.item.create',
    item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: SECRET }] } });
  ws.send(event);
  const echo = JSON.parse((await ws.next()).data);
  assert.equal(echo.received, event, 'the client gets its own message back, originals restored');
  ws.close(1000, 'done');
  assert.deepEqual(await ws.closed, { code: 1000, reason: 'done' });
  const [s] = await upstreamSessionsClosed();
  assert.equal(s.extensions, '', 'the upstream did not negotiate an extension');
  assert.equal(s.headers['sec-websocket-extensions'], undefined, 'hush strips the offer');
  assert.equal(s.headers.host, 'api.openai.com');
  assert.equal(s.path, '/v1/realtime?model=gpt-realtime');
  assert.equal(s.messages.length, 1);
  const sent = s.messages[0].data;
  assertNoPii(sent, 'upstream');
  assert.match(sent, /\[EMAIL_1\]/);
  assert.match(sent, /\[CREDIT_CARD_1\]/);
  assert.match(sent, /\[PHONE_1\]/);
  assert.doesNotThrow(() => JSON.parse(sent), 'the rewritten message is still JSON');
  assert.deepEqual(s.close, { code: 1000, reason: 'done' }, 'the close code reached the upstream');
});

test('h1: tokens stay consistent across messages of one connection', async () => {
  await clearUpstream();
  const ws = await connect(main);
  ws.send(JSON.stringify({ text: `first ${PII.email}` }));
  await ws.next();
  ws.send(JSON.stringify({ text: `again ${PII.email} and ${PII.phone}` }));
  const echo = JSON.parse((await ws.next()).data);
  assert.ok(echo.received.includes(PII.email) && echo.received.includes(PII.phone));
  ws.close();
  await ws.closed;
  const [s] = await upstreamSessions();
  assert.match(s.messages[0].data, /first \[EMAIL_1\]/);
  assert.match(s.messages[1].data, /again \[EMAIL_1\] and \[PHONE_1\]/);
});

test('h1: a fragmented client message is scanned whole; a fragmented reply is restored', async () => {
  await clearUpstream();
  const ws = await connect(main);
  const msg = JSON.stringify({ type: 'fragmented', text: SECRET });
  const cut1 = msg.indexOf('jane') + 2;
  const cut2 = msg.indexOf('1111') + 3;
  ws.send(msg.slice(0, cut1), { fin: false });
  ws.ping('between fragments');
  ws.send(msg.slice(cut1, cut2), { fin: false });
  ws.send(msg.slice(cut2), { fin: true });
  const echo = JSON.parse((await ws.next()).data);
  assert.equal(echo.received, msg, 'the reply, sent in 3-byte fragments, is restored');
  ws.close();
  await ws.closed;
  const [s] = await upstreamSessions();
  assert.equal(s.messages.length, 1, 'one message upstream');
  assertNoPii(s.messages[0].data, 'upstream');
  assert.match(s.messages[0].data, /\[EMAIL_1\]/);
  assert.equal(s.pings, 1, 'the ping between the fragments was forwarded');
});

test('h1: non-JSON text is scanned as text', async () => {
  await clearUpstream();
  const ws = await connect(main);
  ws.send(`plain words: ${SECRET}`);
  const echo = JSON.parse((await ws.next()).data);
  assert.equal(echo.received, `plain words: ${SECRET}`);
  ws.close();
  await ws.closed;
  const [s] = await upstreamSessions();
  assertNoPii(s.messages[0].data, 'upstream');
  assert.match(s.messages[0].data, /^plain words: Email \[EMAIL_1\]/);
});

test('h1: binary frames pass byte for byte, large ones too', async () => {
  await clearUpstream();
  const ws = await connect(main);
  const small = Buffer.from(`not scanned: ${PII.email}`);
  const big = crypto.randomBytes(3 * MAX_MSG + 17); /* binary is never buffered or limited */
  ws.send(small);
  const a = await ws.next();
  ws.send(big);
  const b = await ws.next();
  assert.ok(a.isBinary && a.data.equals(small), 'binary is not anonymized');
  assert.ok(b.isBinary && b.data.equals(big), `${big.length} random bytes came back unchanged`);
  ws.close();
  await ws.closed;
  const [s] = await upstreamSessions();
  assert.equal(Buffer.from(s.messages[0].data, 'base64').toString(), small.toString());
  assert.ok(Buffer.from(s.messages[1].data, 'base64').equals(big));
});

test('h1: pings and pongs pass both ways', async () => {
  await clearUpstream();
  const ws = await connect(main);
  const pong = new Promise((r) => ws.once('pong', (d) => r(d.toString())));
  ws.ping('client ping');
  assert.equal(await pong, 'client ping', 'the upstream answered the client ping');
  const ping = new Promise((r) => ws.once('ping', (d) => r(d.toString())));
  ws.send(JSON.stringify({ type: 'ping-me' }));
  assert.equal(await ping, 'hi', 'the upstream ping reached the client');
  ws.close();
  await ws.closed;
  const [s] = await upstreamSessions();
  assert.equal(s.pings, 1);
});

test('h1: close codes and reasons propagate from the upstream', async () => {
  const ws = await connect(main);
  ws.send(JSON.stringify({ type: 'close', code: 4001, reason: 'server says bye' }));
  assert.deepEqual(await ws.closed, { code: 4001, reason: 'server says bye' });
});

test('h1: a text message past the process-wide buffer budget is refused with 1013, never sent', async () => {
  await clearUpstream();
  const ws = await connect(tight);
  ws.send(JSON.stringify({ text: `small one ${PII.email}` }));
  await ws.next();
  ws.send(JSON.stringify({ text: 'z'.repeat(8000) })); /* under maxWebSocketMessage, over the budget */
  const closed = await ws.closed;
  assert.equal(closed.code, 1013);
  assert.match(closed.reason, /maxBufferedBytes/);
  const [s] = await upstreamSessionsClosed();
  assert.equal(s.messages.length, 1, 'only the small message reached the upstream');
  /* what the first messages took was given back: a new connection still gets through */
  await clearUpstream();
  const again = await connect(tight);
  again.send(JSON.stringify({ text: 'after the refusal' }));
  await again.next();
  again.close();
  await again.closed;
});

test('h1: an oversize text message is refused with 1009 and never sent', async () => {
  await clearUpstream();
  const ws = await connect(main);
  ws.send(JSON.stringify({ text: 'small one' }));
  await ws.next();
  ws.send(JSON.stringify({ text: `${PII.email} ${'y'.repeat(MAX_MSG)}` }));
  const closed = await ws.closed;
  assert.equal(closed.code, 1009);
  assert.match(closed.reason, /maxWebSocketMessage/);
  const [s] = await upstreamSessionsClosed();
  assert.equal(s.messages.length, 1, 'only the small message reached the upstream');
  assert.equal(s.close?.code, 1001, 'the upstream was told the client side went away');
});

test('h1: a server text message over the limit reaches the client unchanged', async () => {
  const ws = await connect(main);
  ws.send(JSON.stringify({ text: `seed a token: ${PII.email}` }));
  await ws.next();
  ws.send(JSON.stringify({ type: 'big', bytes: 2 * MAX_MSG }));
  const m = await ws.next();
  assert.equal(m.data.length, 2 * MAX_MSG);
  assert.ok(/^x+$/.test(m.data));
  ws.close();
  await ws.closed;
});

test('h1: policy block closes with 1008 and names the type, never the value', async () => {
  await clearUpstream();
  const ws = await connect(main);
  ws.send(JSON.stringify({ text: `pay to ${IBAN}` }));
  const closed = await ws.closed;
  assert.equal(closed.code, 1008);
  assert.match(closed.reason, /IBAN/);
  assert.ok(!closed.reason.includes('DE89'));
  const [s] = await upstreamSessionsClosed();
  assert.equal(s.messages.length, 0, 'the blocked message was not sent');
});

test('h1: webSocketAnonymize false relays text unchanged', async () => {
  await clearUpstream();
  const ws = await connect(raw);
  ws.send(JSON.stringify({ text: SECRET }));
  const echo = JSON.parse((await ws.next()).data);
  assert.equal(JSON.parse(echo.received).text, SECRET);
  ws.close();
  await ws.closed;
  const [s] = await upstreamSessions();
  assert.ok(s.messages[0].data.includes(PII.email), 'the upstream saw the raw value');
  const rec = raw.audit().filter((r) => r.websocket);
  assert.equal(rec.at(-1).action, 'unscanned');
});

test('h1: a handshake the upstream refuses is relayed as an ordinary response', async () => {
  const r = await connect(main, '/refuse/v1/realtime');
  assert.equal(r.refused, true);
  assert.equal(r.status, 403);
  assert.equal(r.headers['x-mock'], 'refused');
  assert.equal(JSON.parse(r.body).error.message, 'not allowed');
});

/* ---- HTTP/2 extended CONNECT ------------------------------------------------------------------ */

function tunnel(port) {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1',
      () => s.write('CONNECT api.openai.com:443 HTTP/1.1\r\nHost: api.openai.com:443\r\n\r\n'));
    let buf = '';
    s.on('data', function onData(d) {
      buf += d.toString('latin1');
      if (buf.includes('\r\n\r\n')) {
        s.removeListener('data', onData);
        if (!buf.startsWith('HTTP/1.1 200')) reject(new Error(buf));
        else resolve(s);
      }
    });
    s.on('error', reject);
  });
}

/* A client frame (masked). */
function frame(opcode, payload, fin = true) {
  const body = Buffer.from(payload);
  const mask = crypto.randomBytes(4);
  let hdr;
  if (body.length < 126) {
    hdr = Buffer.from([(fin ? 0x80 : 0) | opcode, 0x80 | body.length]);
  } else {
    hdr = Buffer.alloc(4);
    hdr[0] = (fin ? 0x80 : 0) | opcode;
    hdr[1] = 0x80 | 126;
    hdr.writeUInt16BE(body.length, 2);
  }
  for (let i = 0; i < body.length; i++) body[i] ^= mask[i & 3];
  return Buffer.concat([hdr, mask, body]);
}

/* Server frames out of a byte stream (unmasked, lengths < 2^16 here). */
function frameReader(stream) {
  let buf = Buffer.alloc(0);
  const queue = [];
  const waiters = [];
  stream.on('data', (d) => {
    buf = Buffer.concat([buf, d]);
    for (;;) {
      if (buf.length < 2) break;
      let len = buf[1] & 0x7f;
      let off = 2;
      if (len === 126) { if (buf.length < 4) break; len = buf.readUInt16BE(2); off = 4; }
      assert.equal(buf[1] & 0x80, 0, 'server frames are not masked');
      if (buf.length < off + len) break;
      const f = { fin: !!(buf[0] & 0x80), opcode: buf[0] & 0x0f, payload: buf.subarray(off, off + len) };
      buf = buf.subarray(off + len);
      if (waiters.length) waiters.shift()(f); else queue.push(f);
    }
  });
  return () => new Promise((r) => (queue.length ? r(queue.shift()) : waiters.push(r)));
}

/* An HTTP/2 session to api.openai.com through hush's CONNECT, and hush's SETTINGS. */
async function h2session(h) {
  const sock = await tunnel(h.port);
  const session = http2.connect('https://api.openai.com', {
    createConnection: () => tls.connect({ socket: sock, servername: 'api.openai.com',
      ALPNProtocols: ['h2'], ca: h.ca }),
  });
  const settings = await new Promise((r) => session.once('remoteSettings', r));
  return { session, settings };
}

test('h2: extended CONNECT carries a WebSocket; PII anonymized and restored; other streams unaffected', async () => {
  await clearUpstream();
  const { session, settings } = await h2session(main);
  assert.equal(settings.enableConnectProtocol, true, 'hush offers SETTINGS_ENABLE_CONNECT_PROTOCOL');
  const req = session.request({ ':method': 'CONNECT', ':protocol': 'websocket', ':scheme': 'https',
    ':path': '/v1/realtime', ':authority': 'api.openai.com', 'sec-websocket-version': '13',
    'sec-websocket-protocol': 'realtime', 'sec-websocket-extensions': 'permessage-deflate' });
  const head = await new Promise((r) => req.once('response', r));
  assert.equal(head[':status'], 200);
  assert.equal(head['sec-websocket-protocol'], 'realtime');
  assert.equal(head['sec-websocket-extensions'], undefined);
  const next = frameReader(req);
  const msg = JSON.stringify({ type: 'fragmented', text: SECRET });
  const cut = msg.indexOf('example');
  req.write(frame(1, msg.slice(0, cut), false));
  req.write(frame(9, 'h2 ping'));
  req.write(frame(0, msg.slice(cut), true));
  const pong = await next();
  assert.equal(pong.opcode, 10);
  assert.equal(pong.payload.toString(), 'h2 ping');
  let text = '';
  for (;;) {
    const f = await next();
    text += f.payload.toString();
    if (f.fin) break;
  }
  assert.equal(JSON.parse(text).received, msg, 'the reply is restored');

  // Another stream on the same connection while the WebSocket is open: an ordinary request.
  const other = session.request({ ':method': 'GET', ':path': '/__ws' });
  let body = '';
  other.on('data', (d) => { body += d; });
  const status = await new Promise((r) => other.once('response', (h) => r(h[':status'])));
  await new Promise((r) => other.once('end', r));
  assert.equal(status, 200);
  const seen = JSON.parse(body);
  assertNoPii(JSON.stringify(seen.at(-1).messages), 'upstream');
  assert.match(seen.at(-1).messages[0].data, /\[EMAIL_1\]/);
  assert.equal(seen.at(-1).headers['sec-websocket-extensions'], undefined);

  const bin = crypto.randomBytes(1000);
  req.write(frame(2, bin));
  const echoed = await next();
  assert.equal(echoed.opcode, 2);
  assert.ok(echoed.payload.equals(bin), 'binary byte for byte over h2');

  req.write(frame(8, Buffer.concat([Buffer.from([0x0f, 0xa2]), Buffer.from('h2 bye')])));
  const close = await next();
  assert.equal(close.opcode, 8);
  assert.equal(close.payload.readUInt16BE(0), 4002);
  req.end();
  await new Promise((r) => req.once('close', r));
  assert.equal(req.rstCode, http2.constants.NGHTTP2_NO_ERROR, 'the stream ended cleanly');
  session.close();
});

test('h2: a CONNECT with an unknown :protocol is refused', async () => {
  const { session } = await h2session(main);
  const req = session.request({ ':method': 'CONNECT', ':protocol': 'webtransport', ':scheme': 'https',
    ':path': '/x', ':authority': 'api.openai.com' });
  const head = await new Promise((r) => req.once('response', r));
  assert.equal(head[':status'], 501);
  req.close();
  session.close();
});

test('h2: a WebSocket version other than 13 is refused with 426 naming version 13', async () => {
  const { session } = await h2session(main);
  const req = session.request({ ':method': 'CONNECT', ':protocol': 'websocket', ':scheme': 'https',
    ':path': '/v1/realtime', ':authority': 'api.openai.com', 'sec-websocket-version': '8' });
  const head = await new Promise((r) => req.once('response', r));
  assert.equal(head[':status'], 426);
  assert.equal(head['sec-websocket-version'], '13');
  req.close();
  session.close();
});

test('h1: a WebSocket version other than 13 is refused with 426 naming version 13', async () => {
  const sock = await tunnel(main.port);
  const t = tls.connect({ socket: sock, servername: 'api.openai.com', ALPNProtocols: ['http/1.1'],
    ca: main.ca });
  await new Promise((r, j) => { t.once('secureConnect', r); t.once('error', j); });
  t.write('GET /v1/realtime HTTP/1.1\r\nHost: api.openai.com\r\nConnection: Upgrade\r\n' +
    'Upgrade: websocket\r\nSec-WebSocket-Version: 8\r\n' +
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n');
  let reply = '';
  t.on('data', (d) => { reply += d.toString('latin1'); });
  await new Promise((r) => t.once('close', r));
  const head = reply.split('\r\n\r\n')[0].split('\r\n');
  assert.equal(head[0], 'HTTP/1.1 426 Upgrade Required');
  assert.ok(head.includes('Sec-WebSocket-Version: 13'), reply);
  assert.ok(head.includes('Upgrade: websocket'), reply);
});

/* ---- records ------------------------------------------------------------------------------------ */

test('one audit record per WebSocket, with frame and byte counts and no values', async () => {
  const before = main.audit().filter((r) => r.websocket).length;
  const ws = await connect(main);
  const event = JSON.stringify({ text: `mail ${PII.email}` });
  ws.send(event);
  await ws.next();
  ws.send(Buffer.from([1, 2, 3]));
  await ws.next();
  ws.close(1000);
  await ws.closed;
  await waitFor(() => main.audit().filter((r) => r.websocket).length === before + 1, 'the record');
  const recs = main.audit().filter((r) => r.websocket);
  assert.equal(recs.length, before + 1, 'exactly one record for the connection');
  const r = recs.at(-1);
  assert.equal(r.status, 101);
  assert.equal(r.alpn_client, 'http/1.1');
  assert.equal(r.action, 'masked');
  assert.deepEqual(r.pii, { EMAIL: 1 });
  assert.equal(r.websocket.frames_up, 3, 'text, binary, close');
  assert.equal(r.websocket.frames_down, 3);
  assert.equal(r.websocket.messages_up, 2);
  assert.equal(r.bytes_up, Buffer.byteLength(event) + 3 + 2, 'payload bytes from the client');
  assert.equal(r.websocket.close_code_client, 1000);
  assert.equal(r.outcome, 'closed');
  const all = fs.readFileSync(main.auditPath, 'utf8');
  assertNoPii(all, 'audit log');
  assert.ok(!all.includes(IBAN) && !all.includes(IBAN.replace(/ /g, '')), 'audit log: IBAN');
  const refusals = recs.map((x) => x.refusal).filter(Boolean);
  assert.ok(refusals.includes('hush_too_large') && refusals.includes('hush_blocked_pii'));
  assert.ok(recs.some((x) => x.alpn_client === 'h2'), 'the h2 WebSocket has its record');
  const log = main.log();
  assertNoPii(log, 'hush log');
  assert.ok(!log.includes(IBAN), 'hush log: IBAN');
  assert.match(log, /event=websocket .*outcome=closed/);
});

test('metrics count WebSockets and frames', async () => {
  const body = await new Promise((resolve, reject) => {
    const req = (new URL(`http://127.0.0.1:${main.port}/metrics`));
    import('node:http').then(({ default: http }) => http.get(req, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(b));
    }).on('error', reject));
  });
  const n = Number(/hush_websocket_connections_total (\d+)/.exec(body)[1]);
  assert.ok(n >= 10, `connections counted (${n})`);
  assert.ok(Number(/hush_websocket_frames_total\{direction="up"\} (\d+)/.exec(body)[1]) > 10);
  assert.match(body, /hush_websocket_open 0/);
});

test('on SIGTERM an open WebSocket is closed with 1001 on both sides', async () => {
  await clearUpstream();
  const ws = await connect(raw);
  ws.send('hello');
  await ws.next();
  const t0 = Date.now();
  raw.proc.kill('SIGTERM');
  const closed = await ws.closed;
  assert.equal(closed.code, 1001);
  assert.match(closed.reason, /shutting down/);
  assert.ok(Date.now() - t0 < 5000, 'well before the drain deadline');
  await new Promise((r) => (raw.proc.exitCode !== null ? r() : raw.proc.once('exit', r)));
  const [s] = await upstreamSessions();
  assert.equal(s.close?.code, 1001, 'the upstream was told too');
});
