#!/usr/bin/env node
// mock-realtime.mjs: a fake realtime WebSocket API (OpenAI Realtime style) for hush's WebSocket
// tests. TEST ONLY: it trusts and echoes everything it is sent. Loopback only.
//
//   node mock-realtime.mjs --cert C --key K [--port 0] [--host 127.0.0.1] [--port-file F]
//
// One TLS listener, HTTP/1.1 only. Any path upgrades to a WebSocket (the `ws` package, with
// permessage-deflate enabled, so a test can see that hush never lets it be negotiated), except:
//   GET /__ws          JSON array of what each WebSocket received (below)
//   DELETE /__ws       clear it
//   GET /refuse/...    a WebSocket handshake answered 403 with a JSON body
//
// The one thing a test must know: everything is echoed as RECEIVED, so a test that sends PII
// through hush checks both that the upstream saw only tokens (GET /__ws) and that the client got
// the original values back (the echo, after hush restored it).
//
// What a connection does with each message:
//   text {"type":"close","code":N,"reason":R}   closes with that code and reason
//   text {"type":"fragmented", ...}              echo sent in 3-byte fragments (tokens split)
//   text {"type":"ping-me"}                      the server pings the client with "hi"
//   text {"type":"big","bytes":N}                N bytes of text ("x" repeated) in one message
//   any other text                               {"type":"echo","received":<the text>}
//   binary                                       the same bytes back
// Records: {path, headers, extensions, protocol, messages: [{type, data}], pings, close: {code,
// reason}}; binary data as base64.
import https from 'node:https';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { WebSocketServer } from 'ws';

const { values: opt } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    cert: { type: 'string' },
    key: { type: 'string' },
    'port-file': { type: 'string' },
  },
});
if (!opt.cert || !opt.key) {
  console.error('usage: mock-realtime.mjs --cert C --key K [--port 0] [--port-file F]');
  process.exit(2);
}

const records = [];

const server = https.createServer({ cert: fs.readFileSync(opt.cert), key: fs.readFileSync(opt.key),
  ALPNProtocols: ['http/1.1'] }, (req, res) => {
  if (req.url === '/__ws') {
    if (req.method === 'DELETE') records.length = 0;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(records));
    return;
  }
  res.writeHead(426, { 'content-type': 'text/plain' });
  res.end('upgrade required\n');
});

const wss = new WebSocketServer({ noServer: true, perMessageDeflate: true,
  handleProtocols: (protocols) => (protocols.has('realtime') ? 'realtime' : false) });

server.on('upgrade', (req, socket, head) => {
  if (req.url.startsWith('/refuse')) {
    const body = JSON.stringify({ error: { message: 'not allowed', type: 'invalid_request_error' } });
    socket.end(`HTTP/1.1 403 Forbidden\r\ncontent-type: application/json\r\ncontent-length: ${
      Buffer.byteLength(body)}\r\nx-mock: refused\r\n\r\n${body}`);
    return;
  }
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
});

function splitSend(ws, text, piece) {
  const buf = Buffer.from(text);
  for (let i = 0; i < buf.length; i += piece) {
    const end = Math.min(buf.length, i + piece);
    ws.send(buf.subarray(i, end), { binary: false, fin: end === buf.length });
  }
}

wss.on('connection', (ws, req) => {
  const rec = { path: req.url, headers: req.headers, extensions: ws.extensions,
    protocol: ws.protocol, messages: [], pings: 0, close: null };
  records.push(rec);
  ws.on('ping', () => { rec.pings++; });
  ws.on('close', (code, reason) => { rec.close = { code, reason: reason.toString() }; });
  ws.on('message', (data, isBinary) => {
    if (isBinary) {
      rec.messages.push({ type: 'binary', data: Buffer.from(data).toString('base64') });
      ws.send(data, { binary: true });
      return;
    }
    const text = data.toString('utf8');
    rec.messages.push({ type: 'text', data: text });
    let msg = null;
    try { msg = JSON.parse(text); } catch { /* plain text */ }
    if (msg && msg.type === 'close') {
      ws.close(msg.code, msg.reason);
    } else if (msg && msg.type === 'fragmented') {
      splitSend(ws, JSON.stringify({ type: 'echo', received: text }), 3);
    } else if (msg && msg.type === 'ping-me') {
      ws.ping('hi');
    } else if (msg && msg.type === 'big') {
      ws.send('x'.repeat(msg.bytes));
    } else {
      ws.send(JSON.stringify({ type: 'echo', received: text }));
    }
  });
});

server.listen(Number(opt.port), opt.host, () => {
  const { port } = server.address();
  console.log(port);
  if (opt['port-file']) {
    fs.writeFileSync(`${opt['port-file']}.tmp`, String(port));
    fs.renameSync(`${opt['port-file']}.tmp`, opt['port-file']);
  }
});
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => process.exit(0));
