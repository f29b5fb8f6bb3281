#!/usr/bin/env node
// origin.mjs: a plain (non-AI) origin for hush's foundation tests: forward proxying, opaque
// CONNECT tunnels and the guard. TEST ONLY.
//
//   node origin.mjs --cert C --key K [--http-port 0] [--https-port 0] [--echo-port 0]
//                   [--host 127.0.0.1] [--port-file F] [--verbose]
//
// Listeners (each only when its port option is given; --http-port and --https-port default to 0):
//   http   plain HTTP/1.1
//   https  TLS with ALPN h2 and http/1.1, same routes; its certificate is what a client sees
//          through an opaque tunnel (hush must not substitute its own)
//   echo   raw TCP: every byte is sent back, half-close honoured (tunnel tests checksum both ways)
// The chosen ports are written to F as JSON, atomically: {"http":P,"https":P,"echo":P|null},
// and printed as the same JSON on one line of stdout.
//
// Routes (http and https):
//   GET  /hello               "hello\n"
//   GET  /bytes?n=N&seed=S    N deterministic bytes (pattern.mjs: the client can checksum them)
//   POST /sha256              sha256 hex of the request body (streamed, never buffered)
//   *    /headers             the request's method, url and headers as JSON; the response
//                             carries hop-by-hop headers a proxy must remove
//   anything else             404
import http from 'node:http';
import http2 from 'node:http2';
import net from 'node:net';
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { streamPattern } from './pattern.mjs';

const { values: opt } = parseArgs({
    options: {
        'http-port': { type: 'string', default: '0' },
        'https-port': { type: 'string', default: '0' },
        'echo-port': { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        cert: { type: 'string' },
        key: { type: 'string' },
        'port-file': { type: 'string' },
        verbose: { type: 'boolean', default: false },
    },
});
if (!opt.cert || !opt.key) {
    console.error(
        'usage: origin.mjs --cert C --key K [--http-port 0] [--https-port 0] [--echo-port 0] [--port-file F]',
    );
    process.exit(2);
}
const log = opt.verbose ? (...a) => console.error('[origin]', ...a) : () => {};

function text(res, status, body) {
    res.writeHead(status, {
        'content-type': 'text/plain; charset=utf-8',
        'content-length': String(Buffer.byteLength(body)),
    });
    res.end(body);
}

function handle(req, res) {
    const url = new URL(req.url, 'http://origin.invalid');
    log(req.httpVersion, req.method, req.url);
    if (req.method === 'GET' && url.pathname === '/hello') return text(res, 200, 'hello\n');
    if (url.pathname === '/headers') {
        // What arrived: lets proxy tests check hop-by-hop removal, Host and Via.
        const body = JSON.stringify({ method: req.method, url: req.url, headers: req.headers });
        res.writeHead(200, {
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(body)),
            connection: 'keep-alive, x-origin-hop',
            'x-origin-hop': 'must not reach the client',
            'keep-alive': 'timeout=5',
        });
        return res.end(body);
    }
    if (req.method === 'GET' && url.pathname === '/bytes') {
        const n = Number(url.searchParams.get('n') ?? 0);
        const seed = Number(url.searchParams.get('seed') ?? 1) >>> 0;
        if (!Number.isSafeInteger(n) || n < 0) return text(res, 400, 'n must be a non-negative integer\n');
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(n) });
        return streamPattern(res, seed, n);
    }
    if (req.method === 'POST' && url.pathname === '/sha256') {
        const h = createHash('sha256');
        let n = 0;
        req.on('data', (c) => {
            h.update(c);
            n += c.length;
        });
        req.on('end', () => {
            res.setHeader('x-body-bytes', String(n));
            text(res, 200, `${h.digest('hex')}\n`);
        });
        return;
    }
    // Drain any body so keep-alive connections stay usable.
    req.resume();
    req.on('end', () => text(res, 404, `no route for ${req.method} ${url.pathname}\n`));
}

function listen(server, port) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(Number(port), opt.host, () => resolve(server.address().port));
    });
}

const httpServer = http.createServer(handle);
httpServer.keepAliveTimeout = 30000;

const httpsServer = http2.createSecureServer(
    { cert: fs.readFileSync(opt.cert), key: fs.readFileSync(opt.key), allowHTTP1: true },
    handle,
);

// allowHalfOpen: when the client shuts down its sending side, we still send back everything it
// sent, then end; pipe() ends our side once the echo is flushed.
const echoServer = net.createServer({ allowHalfOpen: true }, (sock) => {
    sock.on('error', () => sock.destroy());
    sock.pipe(sock);
});

const ports = {
    http: await listen(httpServer, opt['http-port']),
    https: await listen(httpsServer, opt['https-port']),
    echo: opt['echo-port'] !== undefined ? await listen(echoServer, opt['echo-port']) : null,
};
const json = JSON.stringify(ports);
process.stdout.write(`${json}\n`);
if (opt['port-file']) {
    const tmp = `${opt['port-file']}.tmp${process.pid}`;
    fs.writeFileSync(tmp, `${json}\n`);
    fs.renameSync(tmp, opt['port-file']);
}

function shutdown() {
    for (const s of [httpServer, httpsServer, echoServer]) s.close();
    httpServer.closeAllConnections();
    setTimeout(() => process.exit(0), 300).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
