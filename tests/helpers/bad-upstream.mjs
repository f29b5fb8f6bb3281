#!/usr/bin/env node
// bad-upstream.mjs: an HTTP/1.1-over-TLS upstream that answers with hand-written, mostly broken
// responses, for tests of what hush does with a response it cannot restore. TEST ONLY.
//
//   node bad-upstream.mjs --cert C --key K --port-file F
//
// It reads one request (head and Content-Length body) at a time and answers by path; the answer
// bodies echo the placeholder [EMAIL_1], so a request that carried an email gets it restored.
//   /ok                 a valid JSON answer ({"echo":"[EMAIL_1]"})
//   /gzip-invalid       Content-Encoding: gzip, the body is not gzip
//   /gzip-midstream     chunked gzip whose second half is corrupted
//   /gzip-crc           a gzip body with a wrong CRC
//   /br-invalid         Content-Encoding: br, the body is not brotli
//   /sse-big            text/event-stream, one event larger than 32 MiB
//   /status-099         status line "HTTP/1.1 099 Odd"
//   /status-600         status line "HTTP/1.1 600 Odd"
//   /big?bytes=N        a valid JSON answer of N bytes with Content-Length
//   /big-chunked?bytes=N   the same, chunked (no length known up front)
//   /bomb               gzip of gzip of 128 MiB of zeros (Content-Encoding: gzip, gzip)
//   /ratio              gzip of 16 MiB of spaces in one JSON string (one layer)
import tls from 'node:tls';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({
    options: {
        cert: { type: 'string' },
        key: { type: 'string' },
        'port-file': { type: 'string' },
    },
});

const json = (s) => Buffer.from(JSON.stringify({ echo: s }));
const okBody = json('mail [EMAIL_1] now');
const gz = zlib.gzipSync(Buffer.concat([okBody, Buffer.alloc(200000, 0x20)]));
// the big ones are made on first use, so the server is listening at once
let bombBody = null;
let ratioBody = null;
const bomb = () => (bombBody ??= zlib.gzipSync(zlib.gzipSync(Buffer.alloc(128 << 20, 0)), { level: 9 }));
const ratio = () =>
    (ratioBody ??= zlib.gzipSync(
        Buffer.concat([Buffer.from('{"echo":"[EMAIL_1]'), Buffer.alloc(16 << 20, 0x20), Buffer.from('"}')]),
    ));

function head(status, fields) {
    return Buffer.from(`HTTP/1.1 ${status}\r\n${fields.map((f) => f + '\r\n').join('')}\r\n`);
}
function chunk(b) {
    return Buffer.concat([Buffer.from(b.length.toString(16) + '\r\n'), b, Buffer.from('\r\n')]);
}

function answer(sock, path) {
    const url = new URL(path, 'https://x');
    const n = Number(url.searchParams.get('bytes') || 0);
    const ct = 'content-type: application/json';
    switch (url.pathname.replace(/^\/v1/, '')) {
        case '/ok':
            return sock.write(Buffer.concat([head('200 OK', [ct, `content-length: ${okBody.length}`]), okBody]));
        case '/gzip-invalid': {
            const b = Buffer.from('this is not gzip at all, [EMAIL_1]');
            return sock.write(Buffer.concat([head('200 OK', [ct, 'content-encoding: gzip', `content-length: ${b.length}`]), b]));
        }
        case '/gzip-midstream': {
            const bad = Buffer.from(gz);
            for (let i = (bad.length >> 1); i < bad.length - 8; i++) bad[i] ^= 0x5a;
            sock.write(head('200 OK', [ct, 'content-encoding: gzip', 'transfer-encoding: chunked']));
            sock.write(chunk(bad.subarray(0, bad.length >> 1)));
            setTimeout(() => sock.write(Buffer.concat([chunk(bad.subarray(bad.length >> 1)), Buffer.from('0\r\n\r\n')])), 50);
            return;
        }
        case '/gzip-crc': {
            const bad = zlib.gzipSync(okBody);
            bad[bad.length - 8] ^= 0xff;
            return sock.write(Buffer.concat([head('200 OK', [ct, 'content-encoding: gzip', `content-length: ${bad.length}`]), bad]));
        }
        case '/br-invalid': {
            const b = Buffer.alloc(100, 0xff);
            return sock.write(Buffer.concat([head('200 OK', [ct, 'content-encoding: br', `content-length: ${b.length}`]), b]));
        }
        case '/sse-big': {
            sock.write(head('200 OK', ['content-type: text/event-stream', 'transfer-encoding: chunked']));
            sock.write(chunk(Buffer.from('data: {"echo":"[EMAIL_1]"}\n\ndata: {"echo":"')));
            const piece = Buffer.alloc(1 << 20, 0x61);
            let sent = 0;
            const more = () => {
                while (sent < 34) {
                    sent++;
                    if (!sock.write(chunk(piece))) return sock.once('drain', more);
                }
                sock.end(Buffer.concat([chunk(Buffer.from('"}\n\n')), Buffer.from('0\r\n\r\n')]));
            };
            return more();
        }
        case '/status-099':
            return sock.write(Buffer.concat([head('099 Odd', [ct, `content-length: ${okBody.length}`]), okBody]));
        case '/status-600':
            return sock.write(Buffer.concat([head('600 Odd', [ct, `content-length: ${okBody.length}`]), okBody]));
        case '/big':
        case '/big-chunked': {
            const pre = Buffer.from('{"echo":"[EMAIL_1]","pad":"');
            const post = Buffer.from('"}');
            const body = Buffer.concat([pre, Buffer.alloc(Math.max(0, n - pre.length - post.length), 0x61), post]);
            if (url.pathname.endsWith('chunked')) {
                sock.write(head('200 OK', [ct, 'transfer-encoding: chunked']));
                for (let i = 0; i < body.length; i += 1 << 16) sock.write(chunk(body.subarray(i, i + (1 << 16))));
                return sock.write('0\r\n\r\n');
            }
            return sock.write(Buffer.concat([head('200 OK', [ct, `content-length: ${body.length}`]), body]));
        }
        case '/bomb':
            return sock.write(Buffer.concat([head('200 OK', [ct, 'content-encoding: gzip, gzip', `content-length: ${bomb().length}`]), bomb()]));
        case '/ratio':
            return sock.write(Buffer.concat([head('200 OK', [ct, 'content-encoding: gzip', `content-length: ${ratio().length}`]), ratio()]));
        default:
            return sock.write(head('404 Not Found', ['content-length: 0']));
    }
}

const server = tls.createServer({ cert: fs.readFileSync(opt.cert), key: fs.readFileSync(opt.key), ALPNProtocols: ['http/1.1'] }, (sock) => {
    let buf = Buffer.alloc(0);
    sock.on('error', () => {});
    sock.on('data', (d) => {
        buf = Buffer.concat([buf, d]);
        for (;;) {
            const end = buf.indexOf('\r\n\r\n');
            if (end < 0) return;
            const headText = buf.subarray(0, end).toString('latin1');
            const m = /\r\ncontent-length:\s*(\d+)/i.exec(headText);
            const len = m ? Number(m[1]) : 0;
            if (buf.length < end + 4 + len) return;
            buf = buf.subarray(end + 4 + len);
            answer(sock, headText.split(' ')[1] || '/');
        }
    });
});
server.listen(0, '127.0.0.1', () => {
    const port = String(server.address().port);
    if (opt['port-file']) {
        fs.writeFileSync(opt['port-file'] + '.tmp', port);
        fs.renameSync(opt['port-file'] + '.tmp', opt['port-file']);
    }
    console.log(port);
});
