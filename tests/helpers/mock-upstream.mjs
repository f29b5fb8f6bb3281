#!/usr/bin/env node
// mock-upstream.mjs: a fake AI API (OpenAI, Anthropic shapes) for hush's integration tests and
// benchmarks. TEST ONLY: it trusts and echoes everything it is sent.
//
//   node mock-upstream.mjs --cert C --key K [--port 0] [--host 127.0.0.1] [--port-file F]
//                          [--seed 1] [--max-piece 3] [--max-recorded 10000] [--verbose]
//
// One TLS listener speaks h2 and http/1.1 (ALPN). The actual port is printed alone on the first
// line of stdout and, with --port-file, written to F (atomically: write + rename).
//
// The one thing a test must know: every answer echoes what the upstream RECEIVED (the user and
// system text of the request), so a test that sends PII through hush can check both that the
// upstream saw only tokens (GET /__requests) and that the client got the original values back
// (the echo, after hush restored it). Streams split the echoed text into 1..max-piece character
// deltas, and each SSE event is written in two writes split at an arbitrary byte, so any
// placeholder hush inserts is cut across deltas, events and chunks.
//
// Endpoints:
//   POST /v1/chat/completions  OpenAI chat (JSON; "stream": true -> SSE chat.completion.chunk;
//                              "tools" -> one tool call whose arguments echo the last user text)
//   POST /v1/responses         OpenAI Responses (JSON; SSE response.output_text.delta ...)
//   POST /v1/messages          Anthropic Messages (JSON; SSE message_start ... message_stop;
//                              "tools" -> one tool_use block whose input echoes the last user text)
//   GET  /download?bytes=N&seed=S   N deterministic bytes (pattern.mjs), with content-length
//   GET  /slow?events=N&interval_ms=M   SSE: N events M ms apart, then [DONE]
//        (&gate=1: after the first event, the rest waits for POST /__release)

//   POST /v1/files             multipart upload -> a file object naming what was received
//   POST /v1/audio/transcriptions   multipart (file + prompt) -> {"text": "... prompt: <prompt>"}
//   POST /echo                 {method, path, httpVersion, headers, body} of this request
//   GET  /__requests           JSON array of recorded requests (not the /__requests calls)
//   DELETE /__requests         clear the record
// Test knobs, as request headers on the AI endpoints:
// --h1-only: ALPN offers only http/1.1 (a server that cannot speak h2).
//   x-mock-status: 503         answer with that status and an error body of the API's shape
//   x-mock-content-encoding: gzip|br|deflate   compress the response (streams flush per event)
//   x-mock-corrupt: 1          with x-mock-content-encoding: corrupt the compressed bytes after
//                              the first 20
//   x-mock-max-piece: N        delta size limit for this request (default --max-piece)
//   x-mock-edit-tokens: 1      chat echoes every placeholder as a model might retype it, cycling
//                              through \[EMAIL\_1\], [email_1], [ EMAIL_1 ], full-width
//                              brackets, %5BEMAIL_1%5D and `[EMAIL_1]`
import http2 from 'node:http2';
import https from 'node:https';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import { mulberry32, responseGone, streamPattern } from './pattern.mjs';

const { values: opt } = parseArgs({
    options: {
        port: { type: 'string', default: '0' },
        host: { type: 'string', default: '127.0.0.1' },
        cert: { type: 'string' },
        key: { type: 'string' },
        'port-file': { type: 'string' },
        seed: { type: 'string', default: '1' },
        'max-piece': { type: 'string', default: '3' },
        'h1-only': { type: 'boolean', default: false },
        'max-recorded': { type: 'string', default: '10000' },
        verbose: { type: 'boolean', default: false },
    },
});
if (!opt.cert || !opt.key) {
    console.error('usage: mock-upstream.mjs --cert C --key K [--port 0] [--port-file F]');
    process.exit(2);
}
const SEED = Number(opt.seed) >>> 0;
const MAX_PIECE = Math.max(1, Number(opt['max-piece']) || 3);
const MAX_RECORDED = Math.max(1, Number(opt['max-recorded']) || 10000);
const log = opt.verbose ? (...a) => console.error('[mock-upstream]', ...a) : () => {};

// ---- the record of received requests -------------------------------------------------------

const recorded = [];
let seq = 0;

function record(req, body) {
    const r = {
        seq: ++seq,
        method: req.method,
        path: req.url,
        httpVersion: req.httpVersion, // "2.0" or "1.1"
        alpn: req.socket?.alpnProtocol || null,
        authority: req.headers[':authority'] || req.headers.host || null,
        headers: { ...req.headers },
        body: body.toString('utf8'),
        receivedAt: Date.now(),
        aborted: false, // set when the client went away before the response ended
    };
    recorded.push(r);
    if (recorded.length > MAX_RECORDED) recorded.shift();
    return r;
}

// ---- response helpers ----------------------------------------------------------------------

// The writable a handler writes its body to: the response itself, or a zlib stream in front of
// it when x-mock-content-encoding asks for compression. flush() pushes out what was written so
// far (so SSE events are not held back inside the compressor).
function openBody(req, res, status, headers) {
    const enc = String(req.headers['x-mock-content-encoding'] || '').toLowerCase();
    const make = { gzip: zlib.createGzip, br: zlib.createBrotliCompress, deflate: zlib.createDeflate }[enc];
    if (!make) {
        res.writeHead(status, headers);
        return { write: (b) => res.write(b), flush() {}, end: (b) => res.end(b) };
    }
    delete headers['content-length'];
    res.writeHead(status, { ...headers, 'content-encoding': enc });
    const z = make();
    if (req.headers['x-mock-corrupt']) {
        // flip the compressed bytes after the first 20: the decoder fails part-way
        let seen = 0;
        z.on('data', (d) => {
            const b = Buffer.from(d);
            for (let i = 0; i < b.length; i++) if (seen + i >= 20) b[i] ^= 0x55;
            seen += b.length;
            res.write(b);
        });
        z.on('end', () => res.end());
    } else {
        z.pipe(res);
    }
    return {
        write: (b) => z.write(b),
        flush: () => (enc === 'br' ? z.flush(zlib.constants.BROTLI_OPERATION_FLUSH) : z.flush()),
        end: (b) => z.end(b),
    };
}

function sendJson(req, res, status, obj) {
    const data = Buffer.from(JSON.stringify(obj));
    const body = openBody(req, res, status, {
        'content-type': 'application/json',
        'content-length': String(data.length),
    });
    body.end(data);
}

const ANTHROPIC_ERRORS = {
    400: 'invalid_request_error',
    401: 'authentication_error',
    403: 'permission_error',
    404: 'not_found_error',
    413: 'request_too_large',
    429: 'rate_limit_error',
    529: 'overloaded_error',
};

function sendError(req, res, status, message, shape = 'openai') {
    const err =
        shape === 'anthropic'
            ? { type: 'error', error: { type: ANTHROPIC_ERRORS[status] || 'api_error', message } }
            : { error: { message, type: 'invalid_request_error', param: null, code: null } };
    sendJson(req, res, status, err);
}

// An SSE writer. Each event is written in two writes split at a seeded byte offset, possibly
// inside a multi-byte UTF-8 character, so a proxy never gets to see events aligned with chunks.
function openSse(req, res, rng) {
    const body = openBody(req, res, 200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
    });
    return {
        event(name, data) {
            const payload = typeof data === 'string' ? data : JSON.stringify(data);
            const text = (name ? `event: ${name}\n` : '') + `data: ${payload}\n\n`;
            const buf = Buffer.from(text);
            const cut = 1 + (rng() % (buf.length - 1));
            body.write(buf.subarray(0, cut));
            body.write(buf.subarray(cut));
            body.flush();
        },
        end: () => body.end(),
        raw: body,
    };
}

// ---- request text helpers ------------------------------------------------------------------

// Text of an OpenAI / Anthropic / Responses content value: a string or an array of parts.
function contentText(content) {
    if (typeof content === 'string') return content;
    if (!Array.isArray(content)) return '';
    return content
        .map((p) => (typeof p === 'string' ? p : typeof p?.text === 'string' ? p.text : ''))
        .filter((s) => s !== '')
        .join('\n');
}

const ECHO_ROLES = new Set(['system', 'developer', 'user']);

function echoOfMessages(messages) {
    return (Array.isArray(messages) ? messages : [])
        .filter((m) => ECHO_ROLES.has(m?.role))
        .map((m) => contentText(m.content))
        .join('\n');
}

function lastUserText(messages) {
    const users = (Array.isArray(messages) ? messages : []).filter((m) => m?.role === 'user');
    return users.length ? contentText(users[users.length - 1].content) : '';
}

// Split text into pieces of 1..max code points (never inside a surrogate pair).
function pieces(text, rng, max) {
    const cps = Array.from(text);
    const out = [];
    for (let i = 0; i < cps.length; ) {
        const n = 1 + (rng() % max);
        out.push(cps.slice(i, i + n).join(''));
        i += n;
    }
    return out;
}

function hash32(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
}

// The same request text always gives the same split, whatever order requests arrive in.
function rngFor(text) {
    return mulberry32(hash32(text) ^ SEED);
}

function maxPiece(req) {
    const n = Number(req.headers['x-mock-max-piece']);
    return Number.isInteger(n) && n > 0 ? n : MAX_PIECE;
}

const approxTokens = (s) => Math.ceil(s.length / 4);
const now = () => Math.floor(Date.now() / 1000);
let idSeq = 0;
const newId = (prefix) => `${prefix}${(++idSeq).toString().padStart(6, '0')}`;

// Placeholders retyped the ways models retype them (x-mock-edit-tokens).
function editTokens(req, text) {
    if (req.headers['x-mock-edit-tokens'] !== '1') return text;
    const forms = [
        (t, n) => `\\[${t.replace(/_/g, '\\_')}\\_${n}\\]`,
        (t, n) => `[${t.toLowerCase()}_${n}]`,
        (t, n) => `[ ${t}_${n} ]`,
        (t, n) => `\uFF3B${t}_${n}\uFF3D`,
        (t, n) => `%5B${t}_${n}%5D`,
        (t, n) => `\`[${t}_${n}]\``,
    ];
    let i = 0;
    return text.replace(/\[([A-Z][A-Z0-9_]*)_(\d+)\]/g, (m, t, n) => forms[i++ % forms.length](t, n));
}

// ---- POST /v1/chat/completions -------------------------------------------------------------

function chatCompletions(req, res, body) {
    const echo = editTokens(req, echoOfMessages(body.messages));
    const model = body.model || 'mock-model';
    const id = newId('chatcmpl-mock');
    const created = now();
    const tool = Array.isArray(body.tools) && body.tools.length ? body.tools[0] : null;
    const toolArgs = tool ? JSON.stringify({ echo: lastUserText(body.messages) }) : null;
    const toolCall = tool && {
        id: newId('call_mock'),
        type: 'function',
        function: { name: tool.function?.name || 'tool', arguments: toolArgs },
    };
    const usage = {
        prompt_tokens: approxTokens(echo),
        completion_tokens: approxTokens(toolArgs ?? echo),
        total_tokens: approxTokens(echo) + approxTokens(toolArgs ?? echo),
    };

    if (!body.stream) {
        const message = tool
            ? { role: 'assistant', content: null, tool_calls: [toolCall], refusal: null }
            : { role: 'assistant', content: echo, refusal: null };
        return sendJson(req, res, 200, {
            id,
            object: 'chat.completion',
            created,
            model,
            choices: [{ index: 0, message, logprobs: null, finish_reason: tool ? 'tool_calls' : 'stop' }],
            usage,
        });
    }

    const rng = rngFor(tool ? toolArgs : echo);
    const sse = openSse(req, res, rng);
    const chunk = (delta, finish = null) =>
        sse.event(null, {
            id,
            object: 'chat.completion.chunk',
            created,
            model,
            choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
        });
    if (tool) {
        chunk({
            role: 'assistant',
            content: null,
            tool_calls: [
                {
                    index: 0,
                    id: toolCall.id,
                    type: 'function',
                    function: { name: toolCall.function.name, arguments: '' },
                },
            ],
        });
        for (const p of pieces(toolArgs, rng, maxPiece(req)))
            chunk({ tool_calls: [{ index: 0, function: { arguments: p } }] });
        chunk({}, 'tool_calls');
    } else {
        chunk({ role: 'assistant', content: '', refusal: null });
        for (const p of pieces(echo, rng, maxPiece(req))) chunk({ content: p });
        chunk({}, 'stop');
    }
    if (body.stream_options?.include_usage)
        sse.event(null, { id, object: 'chat.completion.chunk', created, model, choices: [], usage });
    sse.event(null, '[DONE]');
    sse.end();
}

// ---- POST /v1/responses --------------------------------------------------------------------

function responsesEcho(body) {
    const parts = [];
    if (typeof body.instructions === 'string' && body.instructions) parts.push(body.instructions);
    if (typeof body.input === 'string') parts.push(body.input);
    else if (Array.isArray(body.input))
        for (const item of body.input)
            if (ECHO_ROLES.has(item?.role)) parts.push(contentText(item.content));
    return parts.filter((s) => s !== '').join('\n');
}

function responses(req, res, body) {
    const echo = responsesEcho(body);
    const model = body.model || 'mock-model';
    const id = newId('resp_mock');
    const msgId = newId('msg_mock');
    const created_at = now();
    const usage = {
        input_tokens: approxTokens(echo),
        input_tokens_details: { cached_tokens: 0 },
        output_tokens: approxTokens(echo),
        output_tokens_details: { reasoning_tokens: 0 },
        total_tokens: 2 * approxTokens(echo),
    };
    const part = (text) => ({ type: 'output_text', text, annotations: [], logprobs: [] });
    const item = (status, text) => ({
        id: msgId,
        type: 'message',
        status,
        role: 'assistant',
        content: text === null ? [] : [part(text)],
    });
    const response = (status, output, withUsage) => ({
        id,
        object: 'response',
        created_at,
        status,
        error: null,
        incomplete_details: null,
        instructions: body.instructions ?? null,
        model,
        output,
        parallel_tool_calls: true,
        tool_choice: 'auto',
        tools: [],
        usage: withUsage ? usage : null,
    });

    if (!body.stream) return sendJson(req, res, 200, response('completed', [item('completed', echo)], true));

    const rng = rngFor(echo);
    const sse = openSse(req, res, rng);
    let sequence_number = 0;
    const ev = (type, fields) => sse.event(type, { type, sequence_number: sequence_number++, ...fields });
    const at = { item_id: msgId, output_index: 0, content_index: 0 };
    ev('response.created', { response: response('in_progress', [], false) });
    ev('response.in_progress', { response: response('in_progress', [], false) });
    ev('response.output_item.added', { output_index: 0, item: item('in_progress', null) });
    ev('response.content_part.added', { ...at, part: part('') });
    for (const p of pieces(echo, rng, maxPiece(req)))
        ev('response.output_text.delta', { ...at, delta: p, logprobs: [] });
    ev('response.output_text.done', { ...at, text: echo, logprobs: [] });
    ev('response.content_part.done', { ...at, part: part(echo) });
    ev('response.output_item.done', { output_index: 0, item: item('completed', echo) });
    ev('response.completed', { response: response('completed', [item('completed', echo)], true) });
    sse.end();
}

// ---- POST /v1/messages (Anthropic) ---------------------------------------------------------

function messages(req, res, body) {
    const system = contentText(body.system ?? '');
    const echo = [system, echoOfMessages(body.messages)].filter((s) => s !== '').join('\n');
    const model = body.model || 'mock-model';
    const id = newId('msg_mock');
    const tool = Array.isArray(body.tools) && body.tools.length ? body.tools[0] : null;
    const toolInput = tool ? { echo: lastUserText(body.messages) } : null;
    const toolBlock = tool && {
        type: 'tool_use',
        id: newId('toolu_mock'),
        name: tool.name || 'tool',
        input: toolInput,
    };
    const outText = tool ? JSON.stringify(toolInput) : echo;
    const stop_reason = tool ? 'tool_use' : 'end_turn';
    const message = (content, stop, outTokens) => ({
        id,
        type: 'message',
        role: 'assistant',
        model,
        content,
        stop_reason: stop,
        stop_sequence: null,
        usage: { input_tokens: approxTokens(echo), output_tokens: outTokens },
    });

    if (!body.stream) {
        const content = tool ? [toolBlock] : [{ type: 'text', text: echo }];
        return sendJson(req, res, 200, message(content, stop_reason, approxTokens(outText)));
    }

    const rng = rngFor(outText);
    const sse = openSse(req, res, rng);
    const ev = (type, fields) => sse.event(type, { type, ...fields });
    ev('message_start', { message: message([], null, 1) });
    if (tool) {
        ev('content_block_start', { index: 0, content_block: { ...toolBlock, input: {} } });
        ev('ping', {});
        for (const p of pieces(outText, rng, maxPiece(req)))
            ev('content_block_delta', { index: 0, delta: { type: 'input_json_delta', partial_json: p } });
    } else {
        ev('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
        ev('ping', {});
        for (const p of pieces(echo, rng, maxPiece(req)))
            ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text: p } });
    }
    ev('content_block_stop', { index: 0 });
    ev('message_delta', {
        delta: { stop_reason, stop_sequence: null },
        usage: { output_tokens: approxTokens(outText) },
    });
    ev('message_stop', {});
    sse.end();
}

// ---- the other endpoints -------------------------------------------------------------------

function download(req, res, url) {
    const n = Number(url.searchParams.get('bytes') ?? 1048576);
    const seed = Number(url.searchParams.get('seed') ?? 1) >>> 0;
    if (!Number.isSafeInteger(n) || n < 0)
        return sendError(req, res, 400, 'bytes must be a non-negative integer');
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(n) });
    streamPattern(res, seed, n);
}

// Streams waiting at their gate (/slow?gate=1), released by POST /__release.
const gated = new Set();

function slow(req, res, url) {
    const events = Math.max(0, Number(url.searchParams.get('events') ?? 5) | 0);
    const interval = Math.max(0, Number(url.searchParams.get('interval_ms') ?? 100) | 0);
    const gate = url.searchParams.get('gate') === '1';
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    let i = 0;
    const tick = () => {
        if (responseGone(res)) return;
        if (gate && i === 1) {
            // Hold the rest of the stream until the test says so: whatever the client has seen
            // by then cannot have been held back until the stream ended.
            gated.add(() => { timer = setTimeout(tick, 0); });
            i++;
            return;
        }
        if (i < events + (gate ? 1 : 0)) {
            res.write(`data: ${JSON.stringify({ i: gate && i > 1 ? i - 1 : i, t: Date.now() })}\n\n`);
            i++;
            timer = setTimeout(tick, interval);
        } else {
            res.end('data: [DONE]\n\n');
        }
    };
    let timer = setTimeout(tick, 0);
    res.on('close', () => clearTimeout(timer));
}

function echo(req, res, bodyBuf) {
    // x-mock-big-header: N adds a response header of N bytes (a response head larger than the
    // space hush assembles an HTTP/1.1 head in)
    const big = Math.min(Number(req.headers['x-mock-big-header'] ?? 0) | 0, 60000);
    if (big > 0) res.setHeader('x-big', 'b'.repeat(big));
    sendJson(req, res, 200, {
        method: req.method,
        path: req.url,
        httpVersion: req.httpVersion,
        headers: req.headers,
        body: bodyBuf.toString('utf8'),
    });
}

// ---- routing -------------------------------------------------------------------------------

const AI_ROUTES = {
    '/v1/chat/completions': { handler: chatCompletions, shape: 'openai' },
    '/v1/responses': { handler: responses, shape: 'openai' },
    '/v1/messages': { handler: messages, shape: 'anthropic' },
};

function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}

// ---- multipart endpoints ------------------------------------------------------------------

async function multipart(req, res, path, bodyBuf) {
    let form;
    try {
        form = await new Response(bodyBuf, { headers: { 'content-type': req.headers['content-type'] || '' } }).formData();
    } catch (e) {
        return sendError(req, res, 400, `invalid multipart body: ${e.message}`);
    }
    const file = form.get('file');
    if (!file || typeof file === 'string') return sendError(req, res, 400, 'no file part');
    const bytes = (await file.arrayBuffer()).byteLength;
    if (path === '/v1/files') {
        return sendJson(req, res, 200, { id: newId('file-mock'), object: 'file', bytes,
            created_at: now(), filename: file.name, purpose: String(form.get('purpose') ?? '') });
    }
    return sendJson(req, res, 200, { text: `Transcript of ${bytes} bytes. Prompt: ${form.get('prompt') ?? ''}` });
}

async function handle(req, res) {
    const url = new URL(req.url, 'https://mock.invalid');
    const path = url.pathname;

    if (path === '/__requests') {
        if (req.method === 'GET') return sendJson(req, res, 200, recorded);
        if (req.method === 'DELETE') {
            const cleared = recorded.length;
            recorded.length = 0;
            return sendJson(req, res, 200, { cleared });
        }
        return sendError(req, res, 405, 'GET or DELETE');
    }

    if (path === '/__release' && req.method === 'POST') {
        const n = gated.size;
        for (const go of gated) go();
        gated.clear();
        return sendJson(req, res, 200, { released: n });
    }

    const bodyBuf = await readBody(req);
    const rec = record(req, bodyBuf);
    // h2 compat responses emit 'finish' even when reset, so judge by whether end() was called.
    res.on('close', () => {
        if (!res.writableEnded) rec.aborted = true;
    });
    log(req.httpVersion, req.method, req.url, `${bodyBuf.length} bytes`);

    const ai = AI_ROUTES[path];
    if (ai) {
        if (req.method !== 'POST') return sendError(req, res, 405, `${path} takes POST`, ai.shape);
        const forced = Number(req.headers['x-mock-status']);
        if (Number.isInteger(forced) && forced >= 200 && forced <= 599 && forced !== 200)
            return sendError(req, res, forced, `mock status ${forced}`, ai.shape);
        let body;
        try {
            body = JSON.parse(bodyBuf.toString('utf8'));
        } catch (e) {
            return sendError(req, res, 400, `invalid JSON body: ${e.message}`, ai.shape);
        }
        if (body === null || typeof body !== 'object' || Array.isArray(body))
            return sendError(req, res, 400, 'body must be a JSON object', ai.shape);
        return ai.handler(req, res, body);
    }
    if (path === '/download' && req.method === 'GET') return download(req, res, url);
    if (path === '/slow' && req.method === 'GET') return slow(req, res, url);
    if (path === '/echo' && req.method === 'POST') return echo(req, res, bodyBuf);
    if ((path === '/v1/files' || path === '/v1/audio/transcriptions') && req.method === 'POST')
        return multipart(req, res, path, bodyBuf);
    const message = `no route for ${req.method} ${path}`;
    return sendJson(req, res, 404, { error: { message, type: 'not_found' } });
}

// ---- server --------------------------------------------------------------------------------

// --h1-only needs a plain https server: the http2 server always offers h2 in ALPN.
const server = (opt['h1-only'] ? https.createServer : http2.createSecureServer)({
    cert: fs.readFileSync(opt.cert),
    key: fs.readFileSync(opt.key),
    allowHTTP1: true, // ALPN offers h2 and http/1.1
    settings: { maxConcurrentStreams: 1000 },
    maxSessionMemory: 64, // MB: 100+ concurrent streams with bodies in flight
});
server.on('request', (req, res) => {
    handle(req, res).catch((e) => {
        log('handler error', e);
        if (!res.headersSent) sendError(req, res, 500, String(e?.message || e));
        else res.destroy();
    });
});
server.on('sessionError', (e) => log('session error', e.message));
server.on('tlsClientError', (e) => log('tls client error', e.message));

const sessions = new Set(); // h2 sessions, closed on shutdown
server.on('session', (s) => {
    sessions.add(s);
    s.on('close', () => sessions.delete(s));
});

server.listen(Number(opt.port), opt.host, () => {
    const { port } = server.address();
    process.stdout.write(`${port}\n`);
    if (opt['port-file']) {
        const tmp = `${opt['port-file']}.tmp${process.pid}`;
        fs.writeFileSync(tmp, `${port}\n`);
        fs.renameSync(tmp, opt['port-file']);
    }
    log(`listening on ${opt.host}:${port}`);
});

function shutdown() {
    server.close(() => process.exit(0));
    for (const s of sessions) s.close();
    setTimeout(() => process.exit(0), 1000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
