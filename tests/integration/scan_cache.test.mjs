// The scan cache (anonymize/scan_cache.c, scanCacheBytes): an agent's next turn sends the whole
// conversation again, and its strings already scanned are answered from the cache. Two hushes,
// one with the cache off (scanCacheBytes 0) and one with it on (the default), are sent the same
// three turns, each on a new connection as an agent's client does; both mock upstreams must have
// received identical bytes each time, masked, the same tokens for the same people in every turn,
// and the cached hush must have answered the second and third turns' old strings from the cache
// (event=scan_cache in its debug log). Loopback only.
import '../helpers/require-node.mjs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, waitFor } from '../helpers/hush.mjs';

const HOST = 'api.openai.com';
let off, on;

before(async () => {
  const env = { HUSH_WORKERS: '1', HUSH_SCAN_THREADS: '1', HUSH_LOG_LEVEL: 'debug' };
  off = await startStack({ ...env, HUSH_SCAN_CACHE_BYTES: '0' });
  on = await startStack(env);
});

after(async () => {
  await off?.stop();
  await on?.stop();
});

const log = 'retry 3 of job 88121 after upstream timeout (4120 ms); queue depth 17, build 2.14.1. '.repeat(8);

// The conversation after n turns: a person named in the first, a surname alone later, a new
// person in the second turn (the request's names, read from the whole body, change, but the first
// turn's strings asked nothing the new name answers: they are answered from the cache, stop 61's
// scan_deps.c), nobody new in the third (the strings of the first two are answered from it).
function turns(n) {
  const messages = [{ role: 'system', content: 'You are a coding agent. Keep answers short.' }];
  for (let i = 0; i < n; i++) {
    messages.push({ role: 'user', content: i === 0
      ? `The on-call is Maria Quettel (maria.quettel@example.com, +1 415 555 0132). ${log}`
      : i === 1 ? `New ticket from Jonas Brannick, jonas.brannick@example.org: the job fails again. ${log}`
        : `Thanks. Run the tests again and tell me what still fails. ${log}` });
    messages.push({ role: 'tool', tool_call_id: `call_${i}`, content: `${log}\nQuettel restarted worker ${i}.\n${log}` });
    messages.push({ role: 'assistant', content: `Fixed the timeout in step ${i}; Quettel can verify. ${log}` });
  }
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

const hits = (s) => {
  const m = [...s.log().matchAll(/event=scan_cache lookups=(\d+) hits=(\d+)/g)];
  return m.length ? Number(m[m.length - 1][2]) : -1;
};

test('turns through the cache leave as without it, with the same tokens each turn', async () => {
  const seen = [];
  let h2 = 0;
  for (const n of [1, 2, 3]) {
    await off.clearUpstream();
    await on.clearUpstream();
    const body = turns(n);
    const [a, b] = [await send(off, body), await send(on, body)];
    assert.equal(a.status, 200);
    assert.equal(b.status, 200);
    const [ua] = (await off.upstreamRequests()).map((r) => r.body);
    const [ub] = (await on.upstreamRequests()).map((r) => r.body);
    assert.ok(ua && ub, 'both bodies reached their upstream');
    assert.ok(ub === ua, `turn ${n}: byte for byte what the uncached hush forwards`);
    assert.ok(!ub.includes('Quettel') && !ub.includes('maria.quettel@'), 'masked');
    seen.push(ub);
    const norm = (t) => t.replace(/"created":\d+/, '"created":0'); // the mock's clock
    assert.ok(norm(b.text) === norm(a.text), 'the same restored answer');
    if (n === 2) {
      await waitFor(() => hits(on) > 0, 'a new person elsewhere: the first turn\'s strings hit', 10000);
      h2 = hits(on);
    }
  }
  await waitFor(() => hits(on) > h2, 'the third turn to hit the cache', 10000);
  const tok = (s) => s.match(/The on-call is (\[PERSON_\d+\])/)[1];
  const alone = (s) => s.match(/(\[PERSON_\d+\]) restarted worker 0/)[1];
  for (const k of [1, 2]) {
    assert.equal(tok(seen[k]), tok(seen[0]), 'the same person, the same token, every turn');
    assert.equal(alone(seen[k]), alone(seen[0]), 'the surname alone, learnt again on a hit');
  }
  assert.equal(hits(off), -1, 'no cache with scanCacheBytes 0');
});
