#!/usr/bin/env python3
"""agent_body.py: an agent-sized chat request body for scenario (g) of run.sh and for profiling.

    agent_body.py SIZE_BYTES OUT.json [--stream]

A coding agent's whole conversation: a system prompt, then user turns, assistant turns with tool
calls and tool outputs holding source code, logs and stack traces, about one PII value (email,
phone, IPv4, IBAN, name in a log line) every ~2 KiB. Deterministic (seeded), so before/after
profiles see the same bytes. The last message is a user turn with a few PII values (the mock
upstream echoes the last "content" string, so the response has tokens to restore)."""
import json
import random
import sys

size, out = int(sys.argv[1]), sys.argv[2]
stream = "--stream" in sys.argv[3:]
rnd = random.Random(20261202)
FIRST = ["john", "maria", "wei", "fatima", "olga", "pedro", "aiko", "samir", "lena", "tom"]
LAST = ["smith", "garcia", "chen", "haddad", "ivanova", "silva", "tanaka", "khan", "novak", "baker"]


def pii(i):
    f, l = FIRST[i % 10], LAST[(i * 7 + 3) % 10]
    k = i % 5
    if k == 0:
        return f"{f}.{l}{i}@example.com"
    if k == 1:
        return f"+1 415 555 {1000 + i % 9000:04d}"
    if k == 2:
        return f"10.{i % 250}.{(i * 3) % 250}.{(i * 7) % 250 + 1}"
    if k == 3:
        return f"{f}_{l}{i}@corp.example.org"
    return f"(212) 555-{1000 + (i * 13) % 9000:04d}"


CODE = [
    "def handle(req):\n    if not req.body:\n        raise ValueError('empty body')\n"
    "    for item in req.items:\n        total += item.price * item.qty\n    return total\n",
    "static int parse(const char *p, size_t n) {\n    for (size_t i = 0; i < n; i++)\n"
    "        if (p[i] == '\\n') return (int)i;\n    return -1;\n}\n",
    "export async function load(id: string) {\n  const r = await fetch(`/api/items/${id}`);\n"
    "  if (!r.ok) throw new Error(`status ${r.status}`);\n  return r.json();\n}\n",
]
LOG = [
    "2026-11-30T12:{m:02d}:{s:02d}Z INFO  worker-{w} request id={rid} path=/v1/orders status=200 dur={d}ms\n",
    "2026-11-30T12:{m:02d}:{s:02d}Z WARN  worker-{w} retry {d} for job {rid}: connection reset by peer\n",
    "2026-11-30T12:{m:02d}:{s:02d}Z DEBUG cache hit ratio=0.{d} keys={rid} evictions=3\n",
]


def filler(n, i):
    parts, ln = [], 0
    while ln < n:
        if rnd.random() < 0.5:
            t = CODE[rnd.randrange(3)]
        else:
            t = LOG[rnd.randrange(3)].format(m=rnd.randrange(60), s=rnd.randrange(60), w=rnd.randrange(8),
                                             rid=rnd.randrange(10**6), d=rnd.randrange(999))
        parts.append(t)
        ln += len(t)
    return "".join(parts)


msgs = [{"role": "system", "content": "You are a coding agent. Use the tools to inspect and fix the repository."}]
i = 0
total = 200
while total < size - 2500:
    turn = i % 3
    if turn == 0:
        c = f"Please look at the failing job; the on-call is {pii(i)}. " + filler(1800, i)
        m = {"role": "user", "content": c}
    elif turn == 1:
        m = {"role": "assistant", "content": None,
             "tool_calls": [{"id": f"call_{i}", "type": "function",
                             "function": {"name": "run_shell", "arguments": json.dumps({"cmd": f"grep -rn error logs/{i}.log"})}}]}
    else:
        c = filler(900, i) + f"user {pii(i)} reported it\n" + filler(900, i)
        m = {"role": "tool", "tool_call_id": f"call_{i - 1}", "content": c}
    msgs.append(m)
    total += len(json.dumps(m, separators=(",", ":"))) + 1
    i += 1
msgs.append({"role": "user", "content": f"Summarise for {pii(i)} and {pii(i + 1)}, cc {pii(i + 2)}."})
body = {"model": "gpt-4o", "messages": msgs}
if stream:
    body["stream"] = True
s = json.dumps(body, separators=(",", ":"))
if len(s) < size:  # pad the system prompt to the exact size
    msgs[0]["content"] += " " * (size - len(s))
    s = json.dumps(body, separators=(",", ":"))
open(out, "w").write(s)
