#!/usr/bin/env node
// hostile-client: misbehaving clients for tests/integration/hostile.sh. Every mode goes through
// hush's CONNECT on 127.0.0.1 and prints one JSON line describing what hush did.
//
//   node hostile-client.mjs MODE --proxy PORT [--ca HUSH-CA.pem] [--host api.openai.com] ...
//
// Modes:
//   trickle   TLS (http/1.1) inside the tunnel, --first sent at once, then --data --step bytes every
//             --interval-ms; reports when hush closed the connection and what it answered.
//   raw       TLS (http/1.1), --data sent at once; reports the answer and whether hush closed.
//   h2flood   TLS (h2), the client preface, then raw frames: --kind reset (HEADERS + RST_STREAM
//             pairs), settings (empty SETTINGS) or ping (PING); --count of them, in batches,
//             while nothing is read (a client that never reads is what makes ACKs pile up).
//             Reports the GOAWAY code hush sent, if any, and whether it closed the connection.
//   halfopen  --count CONNECTs to --host:443 that then send nothing (or, with --partial, the
//             first bytes of a ClientHello); writes --ready-file once all are answered, and
//             reports how each one ended (status, ms until hush closed it).
// --data takes JS-style escapes (\r \n \xNN). Loopback only: the proxy is 127.0.0.1:PORT.
import net from 'node:net';
import tls from 'node:tls';
import fs from 'node:fs';
import { parseArgs } from 'node:util';

const mode = process.argv[2];
const { values: a } = parseArgs({
    args: process.argv.slice(3),
    options: {
        proxy: { type: 'string' },
        ca: { type: 'string' },
        host: { type: 'string', default: 'api.openai.com' },
        data: { type: 'string', default: '' },
        first: { type: 'string', default: '' },
        step: { type: 'string', default: '1' },
        'interval-ms': { type: 'string', default: '1000' },
        'max-ms': { type: 'string', default: '15000' },
        kind: { type: 'string', default: 'reset' },
        count: { type: 'string', default: '1000' },
        partial: { type: 'boolean', default: false },
        'ready-file': { type: 'string' },
        path: { type: 'string', default: '/download?bytes=10' },
    },
});
const proxyPort = Number(a.proxy);
const maxMs = Number(a['max-ms']);
const unescape = (s) =>
    Buffer.from(
        s.replace(/\\r/g, '\r').replace(/\\n/g, '\n').replace(/\\x([0-9a-fA-F]{2})/g, (_, h) =>
            String.fromCharCode(parseInt(h, 16)),
        ),
        'latin1',
    );
const out = (o) => {
    console.log(JSON.stringify(o));
    process.exit(0);
};

// A raw TCP socket through hush's CONNECT; resolves with {socket, status, head}.
function tunnel(host, port = 443) {
    return new Promise((resolve, reject) => {
        const s = net.connect({ port: proxyPort, host: '127.0.0.1' });
        let buf = Buffer.alloc(0);
        s.on('connect', () => s.write(`CONNECT ${host}:${port} HTTP/1.1\r\nHost: ${host}:${port}\r\n\r\n`));
        const onData = (d) => {
            buf = Buffer.concat([buf, d]);
            const end = buf.indexOf('\r\n\r\n');
            if (end < 0) return;
            s.off('data', onData);
            const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(buf.toString('latin1'))?.[1] || 0);
            resolve({ socket: s, status, head: buf.subarray(0, end).toString('latin1') });
        };
        s.on('data', onData);
        s.on('error', reject);
        s.on('close', () => resolve({ socket: s, status: 0, head: buf.toString('latin1') }));
    });
}

async function tlsTunnel(alpn) {
    const t = await tunnel(a.host);
    if (t.status !== 200) out({ error: `CONNECT answered ${t.status}` });
    const opts = { socket: t.socket, servername: a.host, ALPNProtocols: [alpn] };
    if (a.ca) opts.ca = fs.readFileSync(a.ca);
    const s = tls.connect(opts);
    await new Promise((resolve, reject) => {
        s.once('secureConnect', resolve);
        s.once('error', reject);
    });
    return s;
}

// Collect everything hush sends until it closes (or max-ms passes).
function collect(s, t0) {
    const r = { reply: '', closed: false, closedMs: null };
    s.on('data', (d) => (r.reply += d.toString('latin1')));
    s.on('error', () => {});
    s.on('close', () => {
        r.closed = true;
        r.closedMs = Date.now() - t0;
    });
    return r;
}

async function trickle() {
    const s = await tlsTunnel('http/1.1');
    const data = unescape(a.data);
    const step = Number(a.step);
    const t0 = Date.now();
    const r = collect(s, t0);
    s.write(unescape(a.first));
    let sent = 0;
    while (!r.closed && sent < data.length && Date.now() - t0 < maxMs) {
        s.write(data.subarray(sent, sent + step));
        sent += step;
        await new Promise((res) => setTimeout(res, Number(a['interval-ms'])));
    }
    while (!r.closed && Date.now() - t0 < maxMs) await new Promise((res) => setTimeout(res, 50));
    s.destroy();
    out({ sent: Math.min(sent, data.length), total: data.length, closed: r.closed, closedMs: r.closedMs,
        status: r.reply.split('\r\n')[0] });
}

async function raw() {
    const s = await tlsTunnel('http/1.1');
    const t0 = Date.now();
    const r = collect(s, t0);
    s.write(unescape(a.data));
    while (!r.closed && Date.now() - t0 < maxMs) await new Promise((res) => setTimeout(res, 25));
    s.destroy();
    out({ closed: r.closed, closedMs: r.closedMs, status: r.reply.split('\r\n')[0], reply: r.reply.slice(0, 2000) });
}

// ---- HTTP/2 frames ------------------------------------------------------------------------

function frame(type, flags, id, payload = Buffer.alloc(0)) {
    const h = Buffer.alloc(9);
    h.writeUIntBE(payload.length, 0, 3);
    h[3] = type;
    h[4] = flags;
    h.writeUInt32BE(id & 0x7fffffff, 5);
    return Buffer.concat([h, payload]);
}
// HPACK: :method GET (static 2), :scheme https (7), :path and :authority as literals without
// indexing (static name indexes 4 and 1), so every HEADERS block stands alone.
function hpackLiteral(index, value) {
    const v = Buffer.from(value);
    if (v.length > 126) throw new Error('value too long');
    return Buffer.concat([Buffer.from([index, v.length]), v]);
}
function requestBlock(path, authority) {
    return Buffer.concat([Buffer.from([0x82, 0x87]), hpackLiteral(4, path), hpackLiteral(1, authority)]);
}

async function h2flood() {
    const s = await tlsTunnel('h2');
    if (s.alpnProtocol !== 'h2') out({ error: `ALPN chose ${s.alpnProtocol}` });
    const count = Number(a.count);
    const t0 = Date.now();
    const r = { goaway: null, closed: false, closedMs: null, responses: 0, rsts: 0 };
    let inbuf = Buffer.alloc(0);
    let reading = false;
    const parse = () => {
        while (inbuf.length >= 9) {
            const len = inbuf.readUIntBE(0, 3);
            if (inbuf.length < 9 + len) return;
            const type = inbuf[3];
            const p = inbuf.subarray(9, 9 + len);
            if (type === 7 && r.goaway === null) r.goaway = p.readUInt32BE(4);
            if (type === 1) r.responses++;
            if (type === 3) r.rsts++;
            inbuf = inbuf.subarray(9 + len);
        }
    };
    s.on('data', (d) => {
        if (!reading) return;
        inbuf = Buffer.concat([inbuf, d]);
        parse();
    });
    s.pause(); // read nothing while flooding
    s.on('error', () => {});
    s.on('close', () => {
        r.closed = true;
        r.closedMs = Date.now() - t0;
    });
    const preface = Buffer.concat([Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'), frame(4, 0, 0)]);
    s.write(preface);
    let sent = 0;
    let id = 1;
    const block = requestBlock(a.path, a.host);
    const rstCancel = Buffer.from([0, 0, 0, 8]);
    while (sent < count && !r.closed && Date.now() - t0 < maxMs) {
        const batch = [];
        for (let i = 0; i < 100 && sent < count; i++, sent++) {
            if (a.kind === 'reset') {
                batch.push(frame(1, 0x5, id, block), frame(3, 0, id, rstCancel)); // END_STREAM|END_HEADERS
                id += 2;
            } else if (a.kind === 'settings') {
                batch.push(frame(4, 0, 0));
            } else {
                batch.push(frame(6, 0, 0, Buffer.alloc(8, sent & 0xff)));
            }
        }
        if (!s.write(Buffer.concat(batch))) {
            await Promise.race([
                new Promise((res) => s.once('drain', res)),
                new Promise((res) => s.once('close', res)),
                new Promise((res) => setTimeout(res, 2000)),
            ]);
        } else {
            await new Promise((res) => setImmediate(res));
        }
    }
    const sentMs = Date.now() - t0;
    reading = true;
    s.resume();
    // A GOAWAY is followed by the close: wait for both (bounded), so a busy machine that
    // delivers them a moment apart is not reported as "not closed".
    while (!r.closed && Date.now() - t0 < maxMs) {
        await new Promise((res) => setTimeout(res, 25));
    }
    s.destroy();
    out({ kind: a.kind, sent, sentMs, ...r });
}

async function halfopen() {
    const count = Number(a.count);
    const t0 = Date.now();
    // The first 40 bytes of a ClientHello record: a handshake that never completes.
    const partial = Buffer.from('160301020001000200030300000000000000000000000000000000000000000000000000000000', 'hex');
    const conns = await Promise.all(
        Array.from({ length: count }, async () => {
            const c = { status: 0, closedMs: null };
            try {
                const t = await tunnel(a.host);
                c.status = t.status;
                c.socket = t.socket;
                t.socket.on('error', () => {});
                if (t.socket.destroyed || t.socket.readyState !== 'open') c.closedMs = Date.now() - t0;
                else t.socket.on('close', () => (c.closedMs = Date.now() - t0));
                if (t.status === 200 && a.partial) t.socket.write(partial);
            } catch {
                c.closedMs = Date.now() - t0;
            }
            return c;
        }),
    );
    const readyMs = Date.now() - t0;
    if (a['ready-file']) fs.writeFileSync(a['ready-file'], String(readyMs));
    while (conns.some((c) => c.closedMs === null) && Date.now() - t0 < maxMs) {
        await new Promise((res) => setTimeout(res, 25));
    }
    const byStatus = {};
    for (const c of conns) byStatus[c.status] = (byStatus[c.status] || 0) + 1;
    const established = conns.filter((c) => c.status === 200);
    const closeMs = established.map((c) => (c.closedMs === null ? Infinity : c.closedMs - readyMs));
    for (const c of conns) c.socket?.destroy();
    out({
        count,
        readyMs,
        byStatus,
        stillOpen: conns.filter((c) => c.closedMs === null).length,
        maxCloseAfterReadyMs: closeMs.length ? Math.max(...closeMs) : 0,
    });
}

const modes = { trickle, raw, h2flood, halfopen };
if (!modes[mode] || !proxyPort) {
    console.error('usage: hostile-client.mjs trickle|raw|h2flood|halfopen --proxy PORT ...');
    process.exit(2);
}
setTimeout(() => out({ error: 'helper timed out' }), maxMs + 5000).unref();
modes[mode]().catch((e) => out({ error: e.message }));
