// Everywhere a value can be, end to end through hush with the real openai SDK against the mock
// upstream (which records what it received): PII in a JSON key and a JSON number, in a text
// data: URI, in the query and a header (refused by default, masked with urlAndHeaderPii: mask),
// in a multipart file upload and an audio transcription's prompt; and placeholders a model
// retyped (\[EMAIL\_1\], [email_1], full-width, %5B...%5D) restored in a streamed answer.
// The raw values never reach the upstream. Loopback only.
import '../helpers/require-node.mjs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI, { toFile } from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { startStack, waitFor } from '../helpers/hush.mjs';

const EMAIL = 'maria.keller@example.com';
const CARD = '4539899720743225';

let s; // defaults: urlAndHeaderPii block, nothing in forwardUnscannable
let m; // urlAndHeaderPii mask, forwardUnscannable api.openai.com, PHONE audited
before(async () => {
  s = await startStack();
  m = await startStack({ HUSH_URL_AND_HEADER_PII: 'mask', HUSH_FORWARD_UNSCANNABLE: 'api.openai.com',
    HUSH_POLICY: 'PHONE=audit' });
});
after(async () => {
  await s?.stop();
  await m?.stop();
});

// The stack's fetch is the installed undici, whose FormData is not Node's global one that the
// SDK builds uploads with: serialise those with Node's own Response and send the bytes.
function fetchFor(st) {
  const f = async (url, init = {}) => {
    if (init.body instanceof FormData) {
      const r = new Response(init.body);
      const headers = Object.fromEntries(new Headers(init.headers));
      headers['content-type'] = r.headers.get('content-type');
      init = { ...init, headers, body: Buffer.from(await r.arrayBuffer()) };
    }
    return st.fetch(url, init);
  };
  f.Response = Response;
  return f;
}

function openai(st, h2 = false) {
  return new OpenAI({ apiKey: 'sk-test', maxRetries: 0, fetch: fetchFor(st),
    fetchOptions: { dispatcher: st.dispatcher(h2) } });
}

// What the upstream received, all of it: path, headers and body.
function seen(reqs) {
  return reqs.map((r) => `${r.path}\n${JSON.stringify(r.headers)}\n${r.body}`).join('\n');
}

function assertNever(reqs, values, label) {
  assert.ok(reqs.length > 0, `${label}: the upstream received the request`);
  const all = seen(reqs);
  for (const v of values) {
    assert.ok(!all.includes(v), `${label}: the upstream saw ${v}`);
    assert.ok(!all.includes(encodeURIComponent(v)), `${label}: the upstream saw ${v} encoded`);
  }
}

test('PII in a JSON key, also in tool-call arguments, never reaches the upstream', async () => {
  await s.clearUpstream();
  const r = await openai(s).chat.completions.create({
    model: 'gpt-4o',
    metadata: { [EMAIL]: 'vip' },
    messages: [
      { role: 'user', content: 'Who is vip?' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function',
        function: { name: 'lookup', arguments: JSON.stringify({ [EMAIL]: 1 }) } }] },
      { role: 'tool', tool_call_id: 'c1', content: 'ok' },
    ],
  });
  assert.ok(r.choices[0].message.content.length > 0);
  const reqs = await s.upstreamRequests();
  assertNever(reqs, [EMAIL], 'keys');
  const body = JSON.parse(reqs[0].body);
  assert.deepEqual(Object.keys(body.metadata), ['[EMAIL_1]']);
  assert.deepEqual(Object.keys(JSON.parse(body.messages.at(-2).tool_calls[0].function.arguments)),
    ['[EMAIL_1]']);
});

test('a card as a JSON number becomes a string token', async () => {
  await s.clearUpstream();
  await openai(s).chat.completions.create({ model: 'gpt-4o', customer: { card: Number(CARD) },
    messages: [{ role: 'user', content: 'Is the card on file valid?' }] });
  const reqs = await s.upstreamRequests();
  assertNever(reqs, [CARD], 'number');
  assert.equal(JSON.parse(reqs[0].body).customer.card, '[CREDIT_CARD_1]');
});

test('a text data: URI is decoded, scanned and re-encoded; an image one is left alone', async () => {
  await s.clearUpstream();
  const note = `Customer ${EMAIL}, card ${CARD}`;
  const textUri = `data:text/plain;base64,${Buffer.from(note).toString('base64')}`;
  const jsonUri = `data:application/json;base64,${Buffer.from(JSON.stringify({ to: EMAIL })).toString('base64')}`;
  const imageUri = `data:image/png;base64,${Buffer.from(note).toString('base64')}`;
  await openai(s).chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: [
    { type: 'text', text: 'Summarise the notes' },
    { type: 'file', file: { filename: 'notes.txt', file_data: textUri } },
    { type: 'file', file: { filename: 'to.json', file_data: jsonUri } },
    { type: 'image_url', image_url: { url: imageUri } },
  ] }] });
  const reqs = await s.upstreamRequests();
  const parts = JSON.parse(reqs[0].body).messages.at(-1).content;
  const decode = (u) => Buffer.from(u.slice(u.indexOf(',') + 1), 'base64').toString('utf8');
  assert.equal(decode(parts[1].file.file_data), 'Customer [EMAIL_1], card [CREDIT_CARD_1]');
  assert.deepEqual(JSON.parse(decode(parts[2].file.file_data)), { to: '[EMAIL_1]' });
  assert.equal(parts[3].image_url.url, imageUri, 'images are not text: forwarded as they came');
  const rest = reqs[0].body.replace(imageUri, '');
  assert.ok(!rest.includes(textUri.slice(30)) && !rest.includes(EMAIL));
});

test('a base64 text document (Anthropic) is scanned; a base64 image is left alone', async () => {
  await s.clearUpstream();
  const note = `Account notes: ${EMAIL}, card ${CARD}.`;
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(note)]).toString('base64');
  const c = new Anthropic({ apiKey: 'sk-ant-test', maxRetries: 0, fetch: s.fetch,
    fetchOptions: { dispatcher: s.dispatcher(false) } });
  await c.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 100, messages: [{ role: 'user',
    content: [
      { type: 'document', source: { type: 'base64', media_type: 'text/plain',
        data: Buffer.from(note).toString('base64') } },
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: png } },
      { type: 'text', text: 'Summarise.' },
    ] }] });
  const reqs = await s.upstreamRequests();
  const parts = JSON.parse(reqs[0].body).messages[0].content;
  assert.equal(Buffer.from(parts[0].source.data, 'base64').toString('utf8'),
    'Account notes: [EMAIL_1], card [CREDIT_CARD_1].');
  assert.equal(parts[1].source.data, png, 'binary: forwarded as it came');
});

test('PII in the query or a header is refused by default, naming type and place', async () => {
  await s.clearUpstream();
  const c = openai(s);
  await assert.rejects(
    c.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] },
      { query: { user: EMAIL } }),
    (e) => e.status === 403 && /query/.test(e.message) && /EMAIL/.test(e.message) &&
      !e.message.includes(EMAIL) && !e.message.includes('maria'));
  await assert.rejects(
    c.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] },
      { headers: { 'x-customer-email': EMAIL } }),
    (e) => e.status === 403 && /header x-customer-email/.test(e.message) && /EMAIL/.test(e.message));
  await assert.rejects(
    s.fetch(`https://api.openai.com/v1/files/${encodeURIComponent(EMAIL)}`, {
      dispatcher: s.dispatcher(false) }).then(async (r) => {
      throw Object.assign(new Error(await r.text()), { status: r.status });
    }),
    (e) => e.status === 403 && /path/.test(e.message));
  // written without %XX (no decoding needed, reqscan reads the segment as it is): refused too
  await assert.rejects(
    s.fetch(`https://api.openai.com/v1/files/${EMAIL}`, {
      dispatcher: s.dispatcher(false) }).then(async (r) => {
      throw Object.assign(new Error(await r.text()), { status: r.status });
    }),
    (e) => e.status === 403 && /path/.test(e.message) && /EMAIL/.test(e.message));
  assert.equal((await s.upstreamRequests()).length, 0, 'nothing was sent');
  // the same client without the value goes through: the upstream was listening all along
  await c.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] },
    { query: { user: 'u-42' }, headers: { 'x-customer-tier': 'gold',
      // tracing ids and hops are not scanned: a trace id can pass a card's checksum
      'x-datadog-trace-id': CARD, 'x-forwarded-for': '81.2.69.142' } });
  const reqs = await s.upstreamRequests();
  assert.equal(reqs.length, 1);
  assert.match(reqs[0].path, /\?user=u-42$/);
  assert.equal(reqs[0].headers['x-customer-tier'], 'gold');
  assert.equal(reqs[0].headers['x-datadog-trace-id'], CARD);
  assert.equal(reqs[0].headers.authorization, 'Bearer sk-test', 'the API key is not scanned away');
  // nor is a key in the query (Gemini's ?key=)
  const gkey = 'AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW';
  await s.clearUpstream();
  const g = await s.fetch(`https://api.openai.com/v1/models?key=${gkey}&alt=sse`,
    { dispatcher: s.dispatcher(false) });
  await g.arrayBuffer();
  const greqs = await s.upstreamRequests();
  assert.equal(greqs.length, 1);
  assert.equal(greqs[0].path, `/v1/models?key=${gkey}&alt=sse`);
});

test('with urlAndHeaderPii mask the query and header carry the token instead', async () => {
  await m.clearUpstream();
  const phone = '+1 415 555 0132';
  const r = await openai(m).chat.completions.create(
    { model: 'gpt-4o', messages: [{ role: 'user', content: `Write to ${EMAIL}` }] },
    { query: { user: EMAIL }, headers: { 'x-customer-email': EMAIL, 'x-callback-phone': phone } });
  assert.ok(r.choices[0].message.content.includes(EMAIL), 'the answer has the value back');
  const reqs = await m.upstreamRequests();
  assertNever(reqs, [EMAIL], 'mask');
  assert.match(reqs[0].path, /\?user=%5BEMAIL_1%5D$/, 'the same token as in the body');
  assert.equal(reqs[0].headers['x-customer-email'], '[EMAIL_1]');
  assert.equal(reqs[0].headers['x-callback-phone'], phone, 'a type the policy audits is only counted');
});

const JSONL = [
  { custom_id: '1', method: 'POST', url: '/v1/chat/completions',
    body: { model: 'gpt-4o', messages: [{ role: 'user', content: `Email ${EMAIL} about card ${CARD}` }] } },
  { custom_id: '2', method: 'POST', url: '/v1/chat/completions',
    body: { model: 'gpt-4o', messages: [{ role: 'user', content: 'No PII here' }] } },
].map((l) => JSON.stringify(l)).join('\n') + '\n';

for (const h2 of [false, true]) {
  const v = h2 ? 'h2' : 'http/1.1';

  test(`a multipart file upload is scanned part by part (${v})`, async () => {
    await s.clearUpstream();
    const name = `batch (${EMAIL}).jsonl`;
    const f = await openai(s, h2).files.create({ purpose: 'batch',
      file: await toFile(Buffer.from(JSONL), name) });
    assert.equal(f.filename, name, 'the file name comes back restored');
    const reqs = await s.upstreamRequests();
    assertNever(reqs, [EMAIL, CARD], 'upload');
    assert.match(reqs[0].headers['content-type'], /^multipart\/form-data; boundary=/);
    assert.ok(reqs[0].body.includes('[EMAIL_1]') && reqs[0].body.includes('[CREDIT_CARD_1]'));
    const lines = reqs[0].body.split('\r\n').filter((l) => l.startsWith('{'));
    assert.equal(lines.length, 1, 'the JSONL part is intact');
    const parsed = lines[0].split('\n').filter(Boolean).map((l) => JSON.parse(l));
    assert.equal(parsed[0].body.messages[0].content, 'Email [EMAIL_1] about card [CREDIT_CARD_1]');
    assert.equal(f.bytes, Buffer.byteLength(JSONL) - EMAIL.length - CARD.length +
      '[EMAIL_1]'.length + '[CREDIT_CARD_1]'.length, 'the upstream parsed the re-framed body');
  });

  test(`an audio transcription: the prompt is scanned, the audio needs forwardUnscannable (${v})`, async () => {
    const audio = Buffer.alloc(2048, 0);
    for (let i = 0; i < audio.length; i++) audio[i] = (i * 151 + 0x80) & 0xff; // not text
    const prompt = `Speakers: Maria Keller (${EMAIL}) and support`;
    const params = async () => ({ model: 'whisper-1', prompt,
      file: await toFile(audio, 'call.mp3', { type: 'audio/mpeg' }) });
    await s.clearUpstream();
    await assert.rejects(openai(s, h2).audio.transcriptions.create(await params()),
      (e) => e.status === 415 && /"file"/.test(e.message) && /audio\/mpeg/.test(e.message));
    assert.equal((await s.upstreamRequests()).length, 0, 'refused without forwardUnscannable');
    await m.clearUpstream();
    const t = await openai(m, h2).audio.transcriptions.create(await params());
    assert.ok(t.text.endsWith(`Prompt: ${prompt}`), 'the prompt comes back restored');
    const reqs = await m.upstreamRequests();
    assertNever(reqs, [EMAIL], 'transcription');
    assert.ok(Buffer.from(reqs[0].body, 'latin1').length > 0);
    /* the name is a person (NAMES pack), the address an e-mail: neither leaves */
    assert.match(reqs[0].body, /Speakers: \[PERSON_1\] \(\[EMAIL_1\]\) and support/);
  });

  test(`placeholders a model retyped are restored in a streamed answer (${v})`, async () => {
    await s.clearUpstream();
    const emails = ['ana.silva@example.com', 'li.wei@example.org', 'sam.o@example.net',
      'kim.lee@example.com', 'raj.p@example.org', 'eva.n@example.net'];
    const content = emails.join(' / ');
    const stream = await openai(s, h2).chat.completions.create(
      { model: 'gpt-4o', stream: true, messages: [{ role: 'user', content }] },
      { headers: { 'x-mock-edit-tokens': '1', 'x-mock-max-piece': '2' } });
    let text = '';
    for await (const c of stream) text += c.choices[0]?.delta?.content ?? '';
    const reqs = await s.upstreamRequests();
    assertNever(reqs, emails, 'edited');
    // the mock retypes token i as: \[..\], lower case, padded, full-width, %5B..%5D, `[..]`
    const want = emails.map((e, i) => (i === 4 ? encodeURIComponent(e) : i === 5 ? `\`${e}\`` : e));
    assert.ok(text.includes(want.join(' / ')), `restored: ${text.slice(-300)}`);
    assert.ok(!/EMAIL|email_|％|\uFF3B/.test(text.slice(-300)), 'no placeholder is left');
  });
}

test('values in paths, queries and headers never appear in the log', async () => {
  // a percent-encoded address in a path is redacted in the log line too
  const r = await m.fetch(`https://api.openai.com/v1/files/${encodeURIComponent(EMAIL)}`,
    { dispatcher: m.dispatcher(false) });
  await r.arrayBuffer();
  await waitFor(() => /event=request .*path=\/v1\/files\/\[EMAIL\]/.test(m.log()), 'the request line');
  for (const st of [s, m]) {
    const log = st.log();
    for (const v of [EMAIL, CARD, encodeURIComponent(EMAIL)]) assert.ok(!log.includes(v), 'log is clean');
  }
});
