#!/usr/bin/env node
// h2-streams: many concurrent HTTP/2 streams on ONE connection through hush, each checked.
//
//   node tests/helpers/h2-streams.mjs --proxy 127.0.0.1:PORT --ca DATA/ca-cert.pem \
//        [--host api.openai.com] [--streams 100] [--mode mixed|json|sse|raw] [--timeout-ms 30000]
//   node tests/helpers/h2-streams.mjs --direct 127.0.0.1:PORT ...   (TLS straight to PORT, no CONNECT)
//
// The one thing to know: every stream carries its own marker text, and a stream passes only when
// its own response echoes its own marker back (mock-upstream.mjs echoes the user messages), so
// crossed, truncated or merged streams fail. Modes: json (non-streaming chat completion), sse
// (stream: true, deltas reassembled), mixed (alternating), raw (text/plain bodies to /echo: the
// echoed body must equal the request body byte for byte).
// Prints one JSON summary line; exit status 0 only when all streams passed on a single connection.
import http from 'node:http';
import http2 from 'node:http2';
import tls from 'node:tls';
import fs from 'node:fs';
import crypto from 'node:crypto';

function parseArgs(argv) {
    const a = { host: 'api.openai.com', streams: 100, mode: 'mixed', timeoutMs: 30000, path: null };
    for (let i = 2; i < argv.length; i++) {
        const k = argv[i];
        const v = argv[i + 1];
        if (k === '--proxy') a.proxy = v;
        else if (k === '--direct') a.direct = v;
        else if (k === '--ca') a.ca = v;
        else if (k === '--host') a.host = v;
        else if (k === '--streams') a.streams = Number(v);
        else if (k === '--mode') a.mode = v;
        else if (k === '--path') a.path = v;
        else if (k === '--timeout-ms') a.timeoutMs = Number(v);
        else throw new Error(`unknown option ${k}`);
        i++;
    }
    if (!a.proxy === !a.direct) throw new Error('give exactly one of --proxy HOST:PORT or --direct HOST:PORT');
    return a;
}

function splitHostPort(s) {
    const i = s.lastIndexOf(':');
    return { host: s.slice(0, i), port: Number(s.slice(i + 1)) };
}

// A TCP socket to args.host:443 through the proxy's CONNECT, or straight to --direct.
function rawSocket(args) {
    if (args.direct) {
        return Promise.resolve(null);
    }
    const p = splitHostPort(args.proxy);
    return new Promise((resolve, reject) => {
        const req = http.request({ host: p.host, port: p.port, method: 'CONNECT', path: `${args.host}:443` });
        req.on('connect', (res, socket) => {
            if (res.statusCode !== 200) reject(new Error(`CONNECT answered ${res.statusCode}`));
            else resolve(socket);
        });
        req.on('error', reject);
        req.end();
    });
}

async function connect(args) {
    const socket = await rawSocket(args);
    const opts = { servername: args.host, ALPNProtocols: ['h2'] };
    if (args.ca) opts.ca = fs.readFileSync(args.ca);
    if (socket) opts.socket = socket;
    else Object.assign(opts, splitHostPort(args.direct));
    const t = tls.connect(opts);
    await new Promise((resolve, reject) => {
        t.once('secureConnect', resolve);
        t.once('error', reject);
    });
    if (t.alpnProtocol !== 'h2') throw new Error(`ALPN chose ${t.alpnProtocol}, not h2`);
    return http2.connect(`https://${args.host}`, { createConnection: () => t });
}

function sseContent(text) {
    let out = '';
    for (const line of text.split('\n')) {
        if (!line.startsWith('data: ') || line === 'data: [DONE]') continue;
        const ev = JSON.parse(line.slice(6));
        out += ev.choices?.[0]?.delta?.content ?? '';
    }
    return out;
}

// mock-upstream's POST /echo wraps what it received as JSON {body}; an echo shim sends it as is.
function rawEcho(got) {
    try {
        return Buffer.from(JSON.parse(got.toString()).body ?? '');
    } catch {
        return Buffer.alloc(0);
    }
}

function oneStream(session, args, i) {
    const marker = `stream ${i} says ${crypto.randomBytes(6).toString('hex')}`;
    const sse = args.mode === 'sse' || (args.mode === 'mixed' && i % 2 === 1);
    const body =
        args.mode === 'raw'
            ? Buffer.from(`${marker}\n`.repeat(1 + (i % 50)))
            : Buffer.from(
                  JSON.stringify({
                      model: 'gpt-4o-mini',
                      stream: sse,
                      messages: [{ role: 'user', content: marker }],
                  }),
              );
    const path = args.path ?? (args.mode === 'raw' ? '/echo' : '/v1/chat/completions');
    return new Promise((resolve) => {
        const req = session.request({
            ':method': 'POST',
            ':path': path,
            'content-type': args.mode === 'raw' ? 'text/plain' : 'application/json',
            authorization: 'Bearer sk-test',
        });
        const chunks = [];
        let status = 0;
        req.on('response', (h) => (status = h[':status']));
        req.on('data', (c) => chunks.push(c));
        req.on('error', (e) => resolve({ i, ok: false, why: e.message }));
        req.on('end', () => {
            const got = Buffer.concat(chunks);
            let ok = status === 200;
            let why = ok ? '' : `status ${status}`;
            try {
                if (ok && args.mode === 'raw') ok = got.equals(body) || rawEcho(got).equals(body);
                else if (ok && sse) ok = sseContent(got.toString()).endsWith(marker);
                else if (ok) ok = JSON.parse(got.toString()).choices[0].message.content.endsWith(marker);
                if (!ok && !why) why = 'wrong body';
            } catch (e) {
                ok = false;
                why = `unparsable body: ${e.message}`;
            }
            resolve({ i, ok, why });
        });
        req.end(body);
    });
}

async function main() {
    const args = parseArgs(process.argv);
    const t0 = Date.now();
    const session = await connect(args);
    const timer = setTimeout(() => {
        console.log(JSON.stringify({ streams: args.streams, ok: false, why: 'timeout' }));
        process.exit(1);
    }, args.timeoutMs);
    const results = await Promise.all(Array.from({ length: args.streams }, (_, i) => oneStream(session, args, i)));
    clearTimeout(timer);
    const failed = results.filter((r) => !r.ok);
    session.close();
    const summary = {
        streams: args.streams,
        passed: results.length - failed.length,
        failed: failed.length,
        mode: args.mode,
        ms: Date.now() - t0,
        firstFailures: failed.slice(0, 5),
    };
    console.log(JSON.stringify(summary));
    process.exit(failed.length === 0 ? 0 : 1);
}

main().catch((e) => {
    console.log(JSON.stringify({ ok: false, why: e.message }));
    process.exit(1);
});
