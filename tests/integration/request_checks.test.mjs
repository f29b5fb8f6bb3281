// The requests hush refuses itself on an intercepted host get the same status and the same body
// over HTTP/1.1 and HTTP/2 (one check, gw_req_check, and one text per reason): CONNECT inside the
// connection, another host, a declared body over maxBodyBytes, a body that grows past it (h1
// refuses a declared length before the body, h2 once the body passes the limit: see mitm_h2.c).
// Raw HTTP/1.1 over TLS and Node's http2 client, both through hush's CONNECT. Loopback only.
import '../helpers/require-node.mjs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import http2 from 'node:http2';
import tls from 'node:tls';
import { startStack } from '../helpers/hush.mjs';

const HOST = 'api.openai.com';
const MAX_BODY = 4096;
let stack;

before(async () => {
  stack = await startStack({ HUSH_MAX_BODY_BYTES: String(MAX_BODY) });
});

after(async () => {
  await stack?.stop();
});

function tunnel() {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: stack.port, method: 'CONNECT', path: `${HOST}:443` });
    req.on('connect', (res, socket) => {
      if (res.statusCode !== 200) reject(new Error(`CONNECT answered ${res.statusCode}`));
      else resolve(socket);
    });
    req.on('error', reject);
    req.setTimeout(20000, () => req.destroy(new Error('CONNECT timed out')));
    req.end();
  });
}

// One raw HTTP/1.1 request (head, then body pieces); hush answers and closes.
async function h1(head, body = []) {
  const socket = await tunnel();
  const s = tls.connect({ socket, servername: HOST, ca: stack.ca, ALPNProtocols: ['http/1.1'] });
  return new Promise((resolve, reject) => {
    const chunks = [];
    s.on('secureConnect', () => {
      s.write(head);
      for (const b of body) s.write(b);
    });
    s.on('data', (d) => chunks.push(d));
    s.on('error', (e) => (chunks.length ? null : reject(e)));
    s.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const m = /^HTTP\/1\.1 (\d{3}) [^\r]*\r\n([\s\S]*?)\r\n\r\n([\s\S]*)$/.exec(text);
      if (!m) return reject(new Error(`no HTTP/1.1 answer: ${JSON.stringify(text.slice(0, 200))}`));
      const len = /content-length: *(\d+)/i.exec(m[2]);
      resolve({ status: Number(m[1]), body: len ? m[3].slice(0, Number(len[1])) : m[3] });
    });
    s.setTimeout(20000, () => s.destroy(new Error('h1 answer timed out')));
  });
}

// One HTTP/2 request on a fresh connection.
async function h2(headers, body = []) {
  const socket = await tunnel();
  const session = http2.connect(`https://${HOST}`, {
    createConnection: () => tls.connect({ socket, servername: HOST, ca: stack.ca, ALPNProtocols: ['h2'] }),
  });
  try {
    return await new Promise((resolve, reject) => {
      session.on('error', reject);
      const req = session.request(headers, { endStream: false });
      let status = 0;
      const chunks = [];
      req.on('response', (h) => { status = h[':status']; });
      req.on('data', (d) => chunks.push(d));
      req.on('end', () => resolve({ status, body: Buffer.concat(chunks).toString('latin1') }));
      req.on('error', (e) => (status ? resolve({ status, body: Buffer.concat(chunks).toString('latin1') }) : reject(e)));
      req.setTimeout(20000, () => req.close(http2.constants.NGHTTP2_CANCEL));
      for (const b of body) req.write(b);
      if (!body.length && headers[':method'] !== 'CONNECT') req.end();
    });
  } finally {
    session.destroy();
  }
}

function same(name, a, b, status) {
  assert.equal(a.status, status, `${name}: h1 status (body ${JSON.stringify(a.body)})`);
  assert.equal(b.status, status, `${name}: h2 status (body ${JSON.stringify(b.body)})`);
  assert.match(a.body, /^hush: .+\n$/, `${name}: hush's own answer`);
  assert.equal(b.body, a.body, `${name}: the same text on both`);
}

test('CONNECT inside an intercepted connection: 405, same text on h1 and h2', async () => {
  const a = await h1(`CONNECT ${HOST}:443 HTTP/1.1\r\nHost: ${HOST}:443\r\n\r\n`);
  const b = await h2({ ':method': 'CONNECT', ':authority': `${HOST}:443` });
  same('CONNECT', a, b, 405);
});

test('another host than the CONNECT host: 421, same text on h1 and h2', async () => {
  const a = await h1('GET /v1/models HTTP/1.1\r\nHost: other.example\r\n\r\n');
  const b = await h2({ ':method': 'GET', ':path': '/v1/models', ':authority': 'other.example', ':scheme': 'https' });
  same('misdirected', a, b, 421);
});

test('a declared body over maxBodyBytes: 413, same text on h1 and h2', async () => {
  const big = MAX_BODY * 4;
  const a = await h1(`POST /v1/chat/completions HTTP/1.1\r\nHost: ${HOST}\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${big}\r\n\r\n`);
  const b = await h2({
    ':method': 'POST', ':path': '/v1/chat/completions', ':authority': HOST, ':scheme': 'https',
    'content-type': 'application/json', 'content-length': String(big),
  }, [Buffer.alloc(MAX_BODY, 'a'), Buffer.alloc(MAX_BODY, 'a')]);
  same('declared too large', a, b, 413);
});

test('a body that grows past maxBodyBytes: 413, same text on h1 and h2', async () => {
  const piece = Buffer.alloc(MAX_BODY, 'a');
  const chunk = `${piece.length.toString(16)}\r\n${piece.toString()}\r\n`;
  const a = await h1(`POST /v1/chat/completions HTTP/1.1\r\nHost: ${HOST}\r\nContent-Type: application/json\r\n` +
    'Transfer-Encoding: chunked\r\n\r\n', [chunk, chunk]);
  const b = await h2({
    ':method': 'POST', ':path': '/v1/chat/completions', ':authority': HOST, ':scheme': 'https',
    'content-type': 'application/json',
  }, [piece, piece]);
  same('body too large', a, b, 413);
});
