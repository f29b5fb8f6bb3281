// End to end through hush with the real openai and @anthropic-ai/sdk clients, HTTP/1.1 and
// HTTP/2 inside the tunnel: PII in system, user and history messages and in tool calls never
// reaches the (mock) upstream, the client gets the original values back, streamed or not, and
// what hush cannot scan is refused in the provider's error shape. Loopback only.
import '../helpers/require-node.mjs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { startStack } from '../helpers/hush.mjs';

const PII = {
  email: 'jane.doe@example.com',
  card: '4111 1111 1111 1111',
  iban: 'DE89 3704 0044 0532 0130 00',
  phone: '+1 415 555 0132',
  key: 'sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z',
};
const SECRET_TEXT = `Email ${PII.email}, card ${PII.card}, IBAN ${PII.iban}, call ${PII.phone}.`;

let s;
before(async () => { s = await startStack(); });
after(async () => { await s?.stop(); });

function assertNoPii(requests, label) {
  assert.ok(requests.length > 0, `${label}: the upstream received the request`);
  for (const r of requests) {
    for (const [k, v] of Object.entries(PII)) {
      assert.ok(!r.body.includes(v), `${label}: upstream saw the raw ${k}`);
      assert.ok(!r.body.includes(v.replace(/ /g, '')), `${label}: upstream saw the ${k} (no spaces)`);
    }
  }
}

function openai(h2) {
  return new OpenAI({ apiKey: 'sk-test', maxRetries: 0, fetch: s.fetch,
    fetchOptions: { dispatcher: s.dispatcher(h2) } });
}

function anthropic(h2) {
  return new Anthropic({ apiKey: 'sk-ant-test', maxRetries: 0, fetch: s.fetch,
    fetchOptions: { dispatcher: s.dispatcher(h2) } });
}

const chat = [
  { role: 'system', content: `You help ${PII.email}.` },
  { role: 'user', content: 'Earlier question' },
  { role: 'assistant', content: `Noted your phone ${PII.phone}.` },
  { role: 'user', content: SECRET_TEXT },
];

for (const h2 of [false, true]) {
  const v = h2 ? 'h2' : 'http/1.1';

  test(`openai chat, not streamed (${v}): upstream sees tokens, client sees originals`, async () => {
    await s.clearUpstream();
    const r = await openai(h2).chat.completions.create({ model: 'gpt-4o', messages: chat });
    const reqs = await s.upstreamRequests();
    assertNoPii(reqs, 'chat');
    assert.match(reqs[0].body, /\[EMAIL_1\]/);
    assert.equal(reqs[0].httpVersion, '2.0', 'hush speaks h2 upstream whatever the client spoke');
    const text = r.choices[0].message.content;
    for (const val of [PII.email, PII.card, PII.iban, PII.phone]) {
      assert.ok(text.includes(val), `the client got ${val} back`);
    }
    assert.ok(!/\[[A-Z_]+_\d+\]/.test(text), 'no placeholder is left in the answer');
  });

  test(`openai chat, streamed (${v}): deltas split inside tokens are restored`, async () => {
    await s.clearUpstream();
    const stream = await openai(h2).chat.completions.create({ model: 'gpt-4o', messages: chat,
      stream: true });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
    assertNoPii(await s.upstreamRequests(), 'stream');
    assert.ok(text.includes(SECRET_TEXT), 'the streamed answer has the original values');
  });

  test(`openai tool call arguments are restored, streamed and not (${v})`, async () => {
    await s.clearUpstream();
    const tools = [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }];
    const r = await openai(h2).chat.completions.create({ model: 'gpt-4o', tools,
      messages: [{ role: 'user', content: SECRET_TEXT }] });
    const args = JSON.parse(r.choices[0].message.tool_calls[0].function.arguments);
    assert.equal(args.echo, SECRET_TEXT);
    const stream = await openai(h2).chat.completions.create({ model: 'gpt-4o', tools, stream: true,
      messages: [{ role: 'user', content: SECRET_TEXT }] });
    let a = '';
    for await (const c of stream) a += c.choices[0]?.delta?.tool_calls?.[0]?.function?.arguments ?? '';
    assert.equal(JSON.parse(a).echo, SECRET_TEXT);
    assertNoPii(await s.upstreamRequests(), 'tools');
  });

  test(`openai responses API, streamed (${v})`, async () => {
    await s.clearUpstream();
    const stream = await openai(h2).responses.create({ model: 'gpt-4o', input: SECRET_TEXT,
      stream: true });
    let text = '';
    for await (const e of stream) if (e.type === 'response.output_text.delta') text += e.delta;
    assert.ok(text.includes(SECRET_TEXT));
    assertNoPii(await s.upstreamRequests(), 'responses');
  });

  test(`anthropic messages, streamed and not, with tool use (${v})`, async () => {
    await s.clearUpstream();
    const c = anthropic(h2);
    const r = await c.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 100,
      system: `Assist ${PII.email}.`, messages: [{ role: 'user', content: SECRET_TEXT }] });
    assert.ok(r.content[0].text.includes(SECRET_TEXT));
    assert.ok(r.content[0].text.includes(PII.email));
    const text = await c.messages.stream({ model: 'claude-sonnet-4-5', max_tokens: 100,
      messages: [{ role: 'user', content: SECRET_TEXT }] }).finalText();
    assert.ok(text.includes(SECRET_TEXT));
    const t = await c.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 100,
      tools: [{ name: 'lookup', input_schema: { type: 'object' } }],
      messages: [{ role: 'user', content: SECRET_TEXT }] });
    assert.equal(t.content.find((b) => b.type === 'tool_use').input.echo, SECRET_TEXT);
    assertNoPii(await s.upstreamRequests(), 'anthropic');
  });
}

// The NAMES pack: a support ticket with people, a street address and a date of birth.
const TICKET_PII = ['Zorbuck Quillery', 'Vantrel Oskamp', 'Johanna Smit', '12 Baker Street',
  'NW1 6XE', '04.03.1987'];
const TICKET = 'Hi team,\nticket from Mrs. Zorbuck Quillery (date of birth 04.03.1987), ' +
  '12 Baker Street, London NW1 6XE: her husband Mr. Vantrel Oskamp says the parcel never ' +
  "came. Zorbuck's order is 4711.\n\nBest regards,\nJohanna Smit";

for (const h2 of [false, true]) {
  test(`a support ticket's names, address and date of birth stay home, streamed (${h2 ? 'h2' : 'http/1.1'})`, async () => {
    await s.clearUpstream();
    const stream = await openai(h2).chat.completions.create({ model: 'gpt-4o', stream: true,
      messages: [{ role: 'user', content: TICKET }] });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
    const reqs = await s.upstreamRequests();
    assert.ok(reqs.length > 0, 'the upstream received the request');
    for (const v of TICKET_PII) {
      for (const r of reqs) assert.ok(!r.body.includes(v), `upstream saw ${v}`);
    }
    assert.match(reqs[0].body, /\[PERSON_1\]'s order/, 'the possessive keeps its token');
    assert.match(reqs[0].body, /\[STREET_ADDRESS_1\]/);
    assert.match(reqs[0].body, /\[DATE_OF_BIRTH_1\]/);
    // the bare "Zorbuck" shared the full name's token, so it comes back as the full name
    assert.ok(text.includes(TICKET.replace("Zorbuck's", "Zorbuck Quillery's")),
      'the streamed answer has every original value back');
  });
}

test('a body hush cannot scan is refused in the provider shape and never sent', async () => {
  await s.clearUpstream();
  const r = await s.fetch('https://api.openai.com/v1/chat/completions', {
    method: 'POST', dispatcher: s.dispatcher(false),
    headers: { 'content-type': 'application/json' }, body: `{"messages": [${PII.email}`,
  });
  assert.equal(r.status, 400);
  const body = await r.json();
  assert.equal(body.error.code, 'hush_invalid_json');
  assert.ok(!JSON.stringify(body).includes(PII.email), 'the error does not quote the body');
  const a = await s.fetch('https://api.anthropic.com/v1/messages', {
    method: 'POST', dispatcher: s.dispatcher(false),
    headers: { 'content-type': 'application/octet-stream' }, body: SECRET_TEXT,
  });
  assert.equal(a.status, 415);
  assert.equal((await a.json()).type, 'error', 'Anthropic error shape');
  assert.equal((await s.upstreamRequests()).length, 0, 'nothing reached the upstream');
});

test('the openai SDK surfaces a refusal as an API error', async () => {
  await assert.rejects(
    openai(false).chat.completions.create({ model: 'x', messages: chat },
      { headers: { 'content-encoding': 'x-unknown' } }),
    (e) => e.status === 415 && /hush:/.test(e.message));
});

test('a client that does not trust the hush CA fails its handshake', async () => {
  const c = new OpenAI({ apiKey: 'sk-test', maxRetries: 0, fetch: s.fetch,
    fetchOptions: { dispatcher: s.dispatcher(false, null) } });
  await assert.rejects(c.chat.completions.create({ model: 'x', messages: chat }),
    (e) => e.constructor.name === 'APIConnectionError');
});

test('an upstream whose certificate is not trusted gives 502 with the reason', async () => {
  const r = await s.fetch('https://generativelanguage.googleapis.com/v1beta/models', {
    dispatcher: s.dispatcher(false),
  });
  assert.equal(r.status, 502);
  assert.match(await r.text(), /certificate/i);
});

test('sign-in and token paths pass through unmodified', async () => {
  await s.clearUpstream();
  const body = JSON.stringify({ username: PII.email });
  await s.fetch('https://api.openai.com/v1/oauth/token', {
    method: 'POST', dispatcher: s.dispatcher(false),
    headers: { 'content-type': 'application/json' }, body,
  });
  const reqs = await s.upstreamRequests();
  assert.equal(reqs[0].body, body, 'the sign-in body reached the upstream byte for byte');
});

test('a SigV4-signed body with PII is refused, one without PII is forwarded intact', async () => {
  await s.clearUpstream();
  const url = 'https://bedrock-runtime.us-east-1.amazonaws.com/model/m/invoke';
  const headers = { 'content-type': 'application/json',
    authorization: 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/bedrock/aws4_request' };
  const r = await s.fetch(url, { method: 'POST', dispatcher: s.dispatcher(false), headers,
    body: JSON.stringify({ prompt: SECRET_TEXT }) });
  assert.equal(r.status, 403);
  assert.equal((await r.json()).error.code, 'hush_signed_body');
  assert.equal((await s.upstreamRequests()).length, 0, 'the signed body was not sent');
  const clean = JSON.stringify({ prompt: 'What is the capital of France?' });
  await s.fetch(url, { method: 'POST', dispatcher: s.dispatcher(false), headers, body: clean });
  const reqs = await s.upstreamRequests();
  assert.equal(reqs.length, 1);
  assert.equal(reqs[0].body, clean, 'a signed body without PII is forwarded unchanged');
});

test('PII values never appear in the log', async () => {
  const log = s.log();
  for (const v of Object.values(PII)) assert.ok(!log.includes(v), 'log is clean');
  assert.match(log, /event=request .*pii_found=[1-9]/);
});
