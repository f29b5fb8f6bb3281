#!/usr/bin/env node
// selftest.mjs: checks the test helpers themselves, by hand: `node tests/helpers/selftest.mjs`.
// Not part of ctest. It starts the mock upstream and the origin on 127.0.0.1, puts a minimal
// CONNECT proxy (an opaque tunnel standing in for hush) in front, and drives the real SDKs
// through it exactly as the integration tests will drive them through hush.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import http from 'node:http';
import http2 from 'node:http2';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { ProxyAgent, fetch as undiciFetch } from 'undici';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { patternSha256 } from './pattern.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// Child mode: the openai SDK straight at the mock, trusting the test CA only through
// NODE_EXTRA_CA_CERTS and Node's built-in fetch (no custom agent at all).
if (process.argv[2] === '--direct-child') {
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: process.argv[3] });
    const r = await client.chat.completions.create({
        model: 'gpt-4o',
        messages: [{ role: 'user', content: 'direct [TOKEN_1]' }],
    });
    let streamed = '';
    const s = await client.chat.completions.create({
        model: 'gpt-4o',
        stream: true,
        messages: [{ role: 'user', content: 'direct stream [TOKEN_2]' }],
    });
    for await (const c of s) streamed += c.choices[0]?.delta?.content ?? '';
    console.log(JSON.stringify({ plain: r.choices[0].message.content, streamed }));
    process.exit(0);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hush-selftest-'));
const procs = [];
let mockPort, origin, proxy, proxyPort, ca;

function start(script, args) {
    const p = spawn(process.execPath, [path.join(here, script), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    procs.push(p);
    return new Promise((resolve, reject) => {
        let out = '';
        p.stdout.on('data', (d) => {
            out += d;
            const nl = out.indexOf('\n');
            if (nl >= 0) resolve(out.slice(0, nl));
        });
        p.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    });
}

before(async () => {
    const t0 = process.hrtime.bigint();
    execFileSync('bash', [path.join(here, 'gen-test-pki.sh'), dir]);
    console.log(`# gen-test-pki.sh: ${Number(process.hrtime.bigint() - t0) / 1e6} ms`);
    ca = fs.readFileSync(path.join(dir, 'ca.pem'));
    const tls = ['--cert', path.join(dir, 'server.pem'), '--key', path.join(dir, 'server.key')];
    mockPort = Number(await start('mock-upstream.mjs', [...tls, '--port-file', path.join(dir, 'mock.port')]));
    origin = JSON.parse(await start('origin.mjs', [...tls, '--echo-port', '0']));
    // A bare CONNECT proxy: every tunnel goes to the mock (like hush's upstreamOverrides).
    proxy = http.createServer((req, res) => res.writeHead(405).end());
    proxy.on('connect', (req, sock, head) => {
        const up = net.connect(mockPort, '127.0.0.1', () => {
            sock.write('HTTP/1.1 200 Connection Established\r\n\r\n');
            if (head.length) up.write(head);
            up.pipe(sock);
            sock.pipe(up);
        });
        up.on('error', () => sock.destroy());
        sock.on('error', () => up.destroy());
    });
    await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
    proxyPort = proxy.address().port;
});

after(() => {
    for (const p of procs) p.kill('SIGTERM');
    proxy?.close();
    proxy?.closeAllConnections?.();
    fs.rmSync(dir, { recursive: true, force: true });
});

// The recipe from README.md: undici's own fetch + ProxyAgent (CONNECT), the test CA for the
// TLS session inside the tunnel.
// allowH2: offer h2 by ALPN inside the tunnel (undici speaks http/1.1 only by default). It must be
// given twice: in requestTls (the ALPN list of the TLS session inside the tunnel) and at the top
// (so the client speaks h2 on it).
function viaProxy({ allowH2 = false } = {}) {
    const dispatcher = new ProxyAgent({
        uri: `http://127.0.0.1:${proxyPort}`,
        requestTls: { ca, allowH2 },
        allowH2,
    });
    return { fetch: undiciFetch, fetchOptions: { dispatcher } };
}

async function recorded() {
    const r = await undiciFetch(`https://127.0.0.1:${mockPort}/__requests`, {
        dispatcher: new (await import('undici')).Agent({ connect: { ca } }),
    });
    return r.json();
}

test('openai SDK direct with NODE_EXTRA_CA_CERTS, plain and streaming', () => {
    const out = execFileSync(
        process.execPath,
        [fileURLToPath(import.meta.url), '--direct-child', `https://127.0.0.1:${mockPort}/v1`],
        { env: { ...process.env, NODE_EXTRA_CA_CERTS: path.join(dir, 'ca.pem') } },
    );
    const r = JSON.parse(out);
    assert.equal(r.plain, 'direct [TOKEN_1]');
    assert.equal(r.streamed, 'direct stream [TOKEN_2]');
});

test('openai chat through a CONNECT proxy: JSON echo', async () => {
    const client = new OpenAI({ apiKey: 'sk-test', ...viaProxy() });
    const r = await client.chat.completions.create({
        model: 'gpt-4o',
        messages: [
            { role: 'system', content: 'You are terse.' },
            { role: 'user', content: 'My name is [TOKEN_1].' },
        ],
    });
    assert.equal(r.choices[0].message.content, 'You are terse.\nMy name is [TOKEN_1].');
});

test('a client that does not trust the CA fails with APIConnectionError (certificate)', async () => {
    const dispatcher = new ProxyAgent({ uri: `http://127.0.0.1:${proxyPort}` });
    const client = new OpenAI({ apiKey: 'sk-test', maxRetries: 0, fetch: undiciFetch, fetchOptions: { dispatcher } });
    await assert.rejects(
        client.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] }),
        // APIConnectionError -> TypeError "fetch failed" -> the TLS error
        (e) => e instanceof OpenAI.APIConnectionError && /certificate/i.test(e.cause?.cause?.message),
    );
});

test('openai chat stream splits placeholders across 1-3 character deltas', async () => {
    const client = new OpenAI({ apiKey: 'sk-test', ...viaProxy() });
    const text = 'Call [TOKEN_1] or [TOKEN_22] about ünïcødé 😀 now.';
    const stream = await client.chat.completions.create({
        model: 'gpt-4o',
        stream: true,
        stream_options: { include_usage: true },
        messages: [{ role: 'user', content: text }],
    });
    const deltas = [];
    let finish = null;
    let usage = null;
    for await (const c of stream) {
        if (c.usage) usage = c.usage;
        const ch = c.choices[0];
        if (ch?.delta?.content) deltas.push(ch.delta.content);
        if (ch?.finish_reason) finish = ch.finish_reason;
    }
    assert.equal(deltas.join(''), text);
    assert.ok(deltas.every((d) => Array.from(d).length <= 3));
    assert.ok(!deltas.some((d) => d.includes('[TOKEN_')), 'a placeholder arrived whole');
    assert.equal(finish, 'stop');
    assert.ok(usage?.total_tokens > 0);
});

test('openai tool call arguments, plain and streamed, echo the last user message', async () => {
    const client = new OpenAI({ apiKey: 'sk-test', ...viaProxy() });
    const tools = [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }];
    const messages = [{ role: 'user', content: 'Find "[TOKEN_7]"' }];
    const r = await client.chat.completions.create({ model: 'gpt-4o', tools, messages });
    assert.deepEqual(JSON.parse(r.choices[0].message.tool_calls[0].function.arguments), { echo: 'Find "[TOKEN_7]"' });
    const s = await client.chat.completions.create({ model: 'gpt-4o', tools, messages, stream: true });
    let args = '';
    let pieces = 0;
    for await (const c of s) {
        const a = c.choices[0]?.delta?.tool_calls?.[0]?.function?.arguments;
        if (a) {
            args += a;
            pieces++;
        }
    }
    assert.deepEqual(JSON.parse(args), { echo: 'Find "[TOKEN_7]"' });
    assert.ok(pieces > 5);
});

test('openai responses API, plain and streamed', async () => {
    const client = new OpenAI({ apiKey: 'sk-test', ...viaProxy() });
    const r = await client.responses.create({ model: 'gpt-4.1', instructions: 'Sys', input: 'Hello [TOKEN_3]' });
    assert.equal(r.output_text, 'Sys\nHello [TOKEN_3]');
    const s = await client.responses.create({
        model: 'gpt-4.1',
        stream: true,
        input: [{ role: 'user', content: [{ type: 'input_text', text: 'Streamed [TOKEN_4]' }] }],
    });
    let text = '';
    let completed = false;
    for await (const ev of s) {
        if (ev.type === 'response.output_text.delta') text += ev.delta;
        if (ev.type === 'response.completed') completed = ev.response.status === 'completed';
    }
    assert.equal(text, 'Streamed [TOKEN_4]');
    assert.ok(completed);
    const helper = client.responses.stream({ model: 'gpt-4.1', input: 'Helper [TOKEN_5]' });
    const final = await helper.finalResponse();
    assert.equal(final.output_text, 'Helper [TOKEN_5]');
});

test('anthropic SDK through a CONNECT proxy, plain, streamed and tool_use', async () => {
    const client = new Anthropic({ apiKey: 'sk-ant-test', ...viaProxy() });
    const r = await client.messages.create({
        model: 'claude-sonnet-4-5',
        max_tokens: 100,
        system: 'Be kind.',
        messages: [{ role: 'user', content: 'I live at [TOKEN_1].' }],
    });
    assert.equal(r.content[0].text, 'Be kind.\nI live at [TOKEN_1].');
    const stream = client.messages.stream({
        model: 'claude-sonnet-4-5',
        max_tokens: 100,
        messages: [{ role: 'user', content: 'Stream [TOKEN_2] please' }],
    });
    let deltas = 0;
    stream.on('text', () => deltas++);
    assert.equal(await stream.finalText(), 'Stream [TOKEN_2] please');
    assert.ok(deltas > 5);
    const tool = await client.messages
        .stream({
            model: 'claude-sonnet-4-5',
            max_tokens: 100,
            tools: [{ name: 'lookup', input_schema: { type: 'object' } }],
            messages: [{ role: 'user', content: 'Look up [TOKEN_9]' }],
        })
        .finalMessage();
    assert.deepEqual(tool.content[0].input, { echo: 'Look up [TOKEN_9]' });
});

test('openai and anthropic SDKs over h2 inside the tunnel (undici allowH2)', async () => {
    const before = (await recorded()).length;
    const oa = new OpenAI({ apiKey: 'sk-test', ...viaProxy({ allowH2: true }) });
    const s = await oa.chat.completions.create({
        model: 'gpt-4o',
        stream: true,
        messages: [{ role: 'user', content: 'h2 [TOKEN_1]' }],
    });
    let text = '';
    for await (const c of s) text += c.choices[0]?.delta?.content ?? '';
    assert.equal(text, 'h2 [TOKEN_1]');
    const an = new Anthropic({ apiKey: 'sk-ant-test', ...viaProxy({ allowH2: true }) });
    const m = await an.messages.create({ model: 'c', max_tokens: 9, messages: [{ role: 'user', content: 'h2 too' }] });
    assert.equal(m.content[0].text, 'h2 too');
    const mine = (await recorded()).slice(before).filter((r) => r.path.startsWith('/v1/'));
    assert.equal(mine.length, 2);
    assert.ok(mine.every((r) => r.httpVersion === '2.0' && r.alpn === 'h2'));
});

test('mock serves 100 concurrent h2 streams on one connection', async () => {
    const session = http2.connect(`https://127.0.0.1:${mockPort}`, { ca, servername: 'api.openai.com' });
    const one = (i) =>
        new Promise((resolve, reject) => {
            const req = session.request({ ':method': 'POST', ':path': '/v1/chat/completions', 'content-type': 'application/json' });
            let data = '';
            req.setEncoding('utf8');
            req.on('data', (d) => (data += d));
            req.on('end', () => resolve(data));
            req.on('error', reject);
            req.end(JSON.stringify({ stream: true, messages: [{ role: 'user', content: `stream ${i} [TOKEN_${i}]` }] }));
        });
    const outs = await Promise.all(Array.from({ length: 100 }, (_, i) => one(i)));
    session.close();
    outs.forEach((sse, i) => {
        const text = sse
            .split('\n\n')
            .filter((e) => e.startsWith('data: {'))
            .map((e) => JSON.parse(e.slice(6)).choices[0]?.delta?.content ?? '')
            .join('');
        assert.equal(text, `stream ${i} [TOKEN_${i}]`);
        assert.ok(sse.endsWith('data: [DONE]\n\n'));
    });
});

test('node https through https-proxy-agent with a ca option: large download checksums', async () => {
    const agent = new HttpsProxyAgent(`http://127.0.0.1:${proxyPort}`);
    const n = 5 * 1024 * 1024 + 17;
    const digest = await new Promise((resolve, reject) => {
        https
            .get(`https://api.openai.com/download?bytes=${n}&seed=9`, { agent, ca }, (res) => {
                const h = createHash('sha256');
                res.on('data', (d) => h.update(d));
                res.on('end', () => resolve(h.digest('hex')));
            })
            .on('error', reject);
    });
    assert.equal(digest, patternSha256(9, n));
});

test('the mock recorded what it received, with protocol and authority', async () => {
    const all = await recorded();
    const chat = all.filter((r) => r.path === '/v1/chat/completions' && r.authority?.startsWith('api.openai.com'));
    assert.ok(chat.length >= 4, JSON.stringify(all.map((r) => [r.path, r.authority, r.httpVersion])));
    assert.ok(chat.some((r) => JSON.parse(r.body).messages.some((m) => m.content === 'My name is [TOKEN_1].')));
    assert.ok(all.every((r) => ['1.1', '2.0'].includes(r.httpVersion)));
    const msgs = all.filter((r) => r.path.startsWith('/v1/messages'));
    assert.ok(msgs.length >= 3);
    // @anthropic-ai/sdk 1.x sends the key as "authorization: Bearer"; 0.x sent x-api-key.
    const key = (h) => h['x-api-key'] ?? h.authorization?.replace(/^Bearer /, '');
    assert.ok(msgs.every((r) => key(r.headers) === 'sk-ant-test'), JSON.stringify(msgs[0].headers));
});

test('origin: bytes checksum, sha256 of a posted body, raw echo', async () => {
    const n = 1_000_001;
    const r = await undiciFetch(`http://127.0.0.1:${origin.http}/bytes?n=${n}&seed=3`);
    const got = createHash('sha256').update(Buffer.from(await r.arrayBuffer())).digest('hex');
    assert.equal(got, patternSha256(3, n));
    const body = Buffer.alloc(300000, 'x');
    const s = await undiciFetch(`http://127.0.0.1:${origin.http}/sha256`, { method: 'POST', body });
    assert.equal((await s.text()).trim(), createHash('sha256').update(body).digest('hex'));
    const echoed = await new Promise((resolve, reject) => {
        const sock = net.connect(origin.echo, '127.0.0.1');
        const chunks = [];
        sock.on('data', (d) => chunks.push(d));
        sock.on('end', () => resolve(Buffer.concat(chunks)));
        sock.on('error', reject);
        sock.end(Buffer.alloc(2_000_000, 7));
    });
    assert.equal(echoed.length, 2_000_000);
});
