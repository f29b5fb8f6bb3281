#!/usr/bin/env node
// soak-load: moderate mixed traffic through hush for --seconds, every response checked.
//
//   node soak-load.mjs --proxy PORT --ca HUSH-CA.pem --seconds 600 [--lanes 2] [--pause-ms 50]
//
// Four kinds of work run side by side, each in --lanes loops that pause --pause-ms between
// requests: opaque tunnels (CONNECT to an echo server in this process, 64 KiB each way, sha256
// compared), intercepted HTTP/1.1 and HTTP/2 chat completions carrying PII (the echoed answer must
// hold the original values), and SSE streams over both (reassembled deltas must end with the
// marker). The one thing to know: a request counts as failed on any wrong byte, error or timeout,
// and the summary line's "failed" must be 0. Loopback only: api.openai.com is sent to the mock by
// hush's upstreamOverrides.
import net from 'node:net';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const here = path.dirname(new URL(import.meta.url).pathname);
const require = createRequire(path.join(here, '../../tests/package.json'));
const { ProxyAgent, fetch } = await import(require.resolve('undici'));

const { values: a } = parseArgs({
    options: {
        proxy: { type: 'string' },
        ca: { type: 'string' },
        seconds: { type: 'string', default: '600' },
        lanes: { type: 'string', default: '2' },
        'pause-ms': { type: 'string', default: '250' },
        'progress-file': { type: 'string' },
    },
});
const proxyPort = Number(a.proxy);
const ca = fs.readFileSync(a.ca);
const endAt = Date.now() + Number(a.seconds) * 1000;
const pause = Number(a['pause-ms']);
const lanes = Number(a.lanes);
const stats = {};
const firstErrors = [];

const echo = net.createServer({ allowHalfOpen: true }, (s) => {
    s.pipe(s);
    s.on('error', () => {});
});
await new Promise((r) => echo.listen(0, '127.0.0.1', r));
const echoPort = echo.address().port;

function tunnelOnce() {
    return new Promise((resolve, reject) => {
        const payload = crypto.randomBytes(64 * 1024);
        const chunks = [];
        let established = false;
        let head = Buffer.alloc(0);
        const s = net.connect({ port: proxyPort, host: '127.0.0.1', allowHalfOpen: true });
        const timer = setTimeout(() => s.destroy(new Error('tunnel timeout')), 30000);
        s.on('connect', () => s.write(`CONNECT 127.0.0.1:${echoPort} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`));
        s.on('data', (d) => {
            if (established) return chunks.push(d);
            head = Buffer.concat([head, d]);
            const end = head.indexOf('\r\n\r\n');
            if (end < 0) return;
            if (!head.subarray(0, 12).toString().startsWith('HTTP/1.1 200')) {
                return s.destroy(new Error(`CONNECT: ${head.subarray(0, 40)}`));
            }
            established = true;
            if (head.length > end + 4) chunks.push(head.subarray(end + 4));
            s.end(payload);
        });
        s.on('error', (e) => {
            clearTimeout(timer);
            reject(e);
        });
        s.on('end', () => {
            clearTimeout(timer);
            s.destroy();
            const got = Buffer.concat(chunks);
            if (got.equals(payload)) resolve();
            else reject(new Error(`tunnel echoed ${got.length} of ${payload.length} bytes`));
        });
    });
}

const agents = {
    h1: new ProxyAgent({ uri: `http://127.0.0.1:${proxyPort}`, requestTls: { ca } }),
    h2: new ProxyAgent({ uri: `http://127.0.0.1:${proxyPort}`, requestTls: { ca, allowH2: true }, allowH2: true }),
};

function sseContent(text) {
    let out = '';
    for (const line of text.split('\n')) {
        if (!line.startsWith('data: ') || line === 'data: [DONE]') continue;
        out += JSON.parse(line.slice(6)).choices?.[0]?.delta?.content ?? '';
    }
    return out;
}

async function chatOnce(proto, stream) {
    const id = crypto.randomBytes(4).toString('hex');
    const marker = `soak ${id}: mail jane.${id}@example.com or call +1 415 555 0132`;
    const r = await fetch('https://api.openai.com/v1/chat/completions', {
        method: 'POST',
        dispatcher: agents[proto],
        headers: { 'content-type': 'application/json', authorization: 'Bearer sk-soak' },
        body: JSON.stringify({ model: 'gpt-4o-mini', stream, messages: [{ role: 'user', content: marker }] }),
        signal: AbortSignal.timeout(30000),
    });
    const text = await r.text();
    if (r.status !== 200) throw new Error(`status ${r.status}: ${text.slice(0, 200)}`);
    const content = stream ? sseContent(text) : JSON.parse(text).choices[0].message.content;
    if (!content.endsWith(marker)) throw new Error(`wrong answer: ${content.slice(0, 200)}`);
}

const kinds = {
    tunnel: tunnelOnce,
    h1: () => chatOnce('h1', false),
    h2: () => chatOnce('h2', false),
    sse_h1: () => chatOnce('h1', true),
    sse_h2: () => chatOnce('h2', true),
};

async function lane(kind) {
    const s = (stats[kind] ??= { ok: 0, failed: 0 });
    while (Date.now() < endAt) {
        try {
            await kinds[kind]();
            s.ok++;
        } catch (e) {
            s.failed++;
            if (firstErrors.length < 10) firstErrors.push(`${kind}: ${e.message}`);
        }
        await new Promise((r) => setTimeout(r, pause));
    }
}

const progress = a['progress-file']
    ? setInterval(() => fs.writeFileSync(a['progress-file'], JSON.stringify(stats)), 5000)
    : null;
await Promise.all(Object.keys(kinds).flatMap((k) => Array.from({ length: lanes }, () => lane(k))));
if (progress) clearInterval(progress);
await Promise.all(Object.values(agents).map((ag) => ag.close()));
echo.close();
const total = Object.values(stats).reduce((t, s) => ({ ok: t.ok + s.ok, failed: t.failed + s.failed }), { ok: 0, failed: 0 });
console.log(JSON.stringify({ ...total, byKind: stats, firstErrors }));
process.exit(total.failed === 0 ? 0 : 1);
