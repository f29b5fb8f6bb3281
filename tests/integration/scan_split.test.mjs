// A large JSON body's detection is split over the scan pool's idle threads (anon_rewrite_par),
// and what leaves is byte for byte what one thread makes: two hushes, one with a single scan
// thread (nothing to split over) and one with four (the split logs event=scan_split), are sent
// the same agent-sized bodies; the mock upstreams must have received identical bytes, masked,
// and both clients get their values back. The bodies name people the way the split has to get
// right: a surname alone before and after the one message that makes it a person, emails, phones
// and tool-call arguments holding JSON. Loopback only.
import '../helpers/require-node.mjs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, waitFor } from '../helpers/hush.mjs';

const HOST = 'api.openai.com';
let one, four;

before(async () => {
  // the scan cache off: a body scanned through it is not split (scan_cache.test.mjs)
  const env = { HUSH_WORKERS: '1', HUSH_SCAN_OFFLOAD_BYTES: '65536', HUSH_LOG_LEVEL: 'debug', HUSH_SCAN_CACHE_BYTES: '0' };
  one = await startStack({ ...env, HUSH_SCAN_THREADS: '1' });
  four = await startStack({ ...env, HUSH_SCAN_THREADS: '4' });
});

after(async () => {
  await one?.stop();
  await four?.stop();
});

// ~size bytes of an agent's conversation; seed varies the people and the values.
function agentBody(size, seed) {
  const sur = ['Quettel', 'Brannick', 'Osterlund'][seed % 3];
  const messages = [{ role: 'system', content: 'You are a coding agent. Keep answers short.' }];
  const log = 'build step ok: compiled module, 0 warnings, cache hit ratio 0.93, took 412 ms. '.repeat(20);
  let i = 0;
  while (JSON.stringify(messages).length < size) {
    const k = seed * 1000 + i;
    messages.push({ role: 'user', content: `Step ${i}: the ${sur} build failed, mail dev${k}@example.com or call +1 415 555 ${String(1000 + (k % 9000)).padStart(4, '0')}.\n${log}` });
    if (i === 40) messages.push({ role: 'user', content: `I met Maria ${sur} yesterday.` });
    messages.push({ role: 'assistant', content: null, tool_calls: [{ id: `call_${i}`, type: 'function', function: { name: 'read_file', arguments: JSON.stringify({ path: `src/m${i}.c`, owner: `ops${k}@corp.example.org` }) } }] });
    messages.push({ role: 'tool', tool_call_id: `call_${i}`, content: `${log}\nreviewed by Anna Vogt (anna.vogt${k}@example.net)` });
    i++;
  }
  messages.push({ role: 'user', content: `Last: reach me at last${seed}@example.com or Dr. Maria ${sur}.` });
  return JSON.stringify({ model: 'gpt-4o', messages });
}

async function send(stack, body) {
  const r = await stack.fetch(`https://${HOST}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test' },
    body,
    dispatcher: stack.dispatcher(),
  });
  return { status: r.status, text: await r.text() };
}

const splits = (s) => (s.log().match(/event=scan_split threads=4/g) || []).length;

test('split and unsplit scans forward identical bytes, masked, and restore the same answer', async () => {
  for (const [size, seed] of [[300 * 1024, 1], [700 * 1024, 2], [1536 * 1024, 3]]) {
    await one.clearUpstream();
    await four.clearUpstream();
    const before = splits(four);
    const body = agentBody(size, seed);
    const [a, b] = [await send(one, body), await send(four, body)];
    assert.equal(a.status, 200);
    assert.equal(b.status, 200);
    await waitFor(() => splits(four) > before, 'the four-thread hush to split the scan', 10000);
    assert.equal(splits(one), 0, 'one scan thread never splits');
    const [ua] = (await one.upstreamRequests()).map((r) => r.body);
    const [ub] = (await four.upstreamRequests()).map((r) => r.body);
    assert.ok(ua && ub, 'both bodies reached their upstream');
    assert.ok(!ub.includes(`last${seed}@example.com`) && !/Maria (Quettel|Brannick|Osterlund)/.test(ub),
      'masked: the upstream never saw the values');
    assert.match(ub, /\[PERSON_\d+\] build failed/, 'the surname alone became a person');
    assert.equal(ub.length, ua.length, `${size}: the same length`);
    assert.ok(ub === ua, `${size}: byte for byte what one thread forwards`);
    const norm = (t) => t.replace(/"created":\d+/, '"created":0'); // the mock's clock
    assert.ok(norm(b.text) === norm(a.text), 'the same restored answer');
    assert.ok(b.text.includes(`last${seed}@example.com`), 'the client gets its value back');
  }
});
