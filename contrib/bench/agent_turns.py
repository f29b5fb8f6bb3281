#!/usr/bin/env python3
"""agent_turns.py: turns 1..N of one coding agent's conversation, one request body per line.

    agent_turns.py TURNS OUT.jsonl [--api openai|anthropic] [--new-every K]

What an agent sends (issue 19 (g)): every turn the whole conversation again, grown by a user
message, a tool result (source, logs, a diff) and the assistant's answer. A PII value every
~2 KiB (e-mails, phones, addresses, people named in logs and tickets); one turn in five (one in
K) brings a new person into the conversation, the others name people already in it or nobody. Deterministic
(seeded), so cold and warm runs of bench_turns see the same bytes. For bench_turns.c (the scan
cache, anonymize/scan_cache.c) and exactness checks: the rewritten turns must be byte for byte
the same with the cache on."""
import json
import random
import sys

turns, out = int(sys.argv[1]), sys.argv[2]
api = sys.argv[sys.argv.index("--api") + 1] if "--api" in sys.argv else "openai"
every = int(sys.argv[sys.argv.index("--new-every") + 1]) if "--new-every" in sys.argv else 5
rnd = random.Random(20261207)

PEOPLE = [("Maria", "Keller"), ("Arjun", "Mwangi"), ("Paweł", "Wójcik"), ("Chen", "Wei"),
          ("Fatima", "Haddad"), ("Lukas", "Brandt"), ("Sofia", "Moreau"), ("Kenji", "Sato"),
          ("Amara", "Okafor"), ("Jonas", "Lindqvist"), ("Elena", "Rossi"), ("Diego", "Paredes"),
          # more for --new-every 1..4 (the default takes the first 9 in 40 turns)
          ("Ingrid", "Halvorsen"), ("Tomasz", "Zielinski"), ("Aisha", "Bello"), ("Mateo", "Ruiz"),
          ("Hana", "Novakova"), ("Oskar", "Nyberg"), ("Leila", "Farahani"), ("Pieter", "de Vries"),
          ("Yuki", "Tanaka"), ("Rahul", "Menon"), ("Clara", "Fontaine"), ("Emeka", "Nwosu"),
          ("Greta", "Albrecht"), ("Nikos", "Papadakis"), ("Lucia", "Ferrante"), ("Mihai", "Popescu"),
          ("Sanna", "Virtanen"), ("Bruno", "Carvalho"), ("Zeynep", "Aydin"), ("Kwame", "Mensah"),
          ("Olga", "Petrova"), ("Hugo", "Lemaire"), ("Nadia", "Rahman"), ("Felix", "Hartmann"),
          ("Ines", "Duarte"), ("Viktor", "Kovac"), ("Mei", "Lin"), ("Tariq", "Aziz"),
          ("Rosa", "Delgado"), ("Anders", "Holm"), ("Priya", "Iyer")]
STREETS = ["Lindenweg 14", "42 Harrow Road", "Rue des Lilas 7", "1188 Bayview Ave",
           "Via Roma 23", "Kastanienallee 90"]


def contact(p, i):
    g, s = p
    k = i % 4
    ascii_g = g.encode("ascii", "ignore").decode().lower() or "x"
    ascii_s = s.encode("ascii", "ignore").decode().lower() or "y"
    if k == 0:
        return f"{ascii_g}.{ascii_s}@example.com"
    if k == 1:
        return f"+44 20 7946 {(i * 37) % 10000:04d}"
    if k == 2:
        return STREETS[i % len(STREETS)]
    return f"({200 + i % 700}) 555-{(i * 91) % 10000:04d}"


def source(n):
    """Code, logs and diffs without PII, about n bytes."""
    parts, ln = [], 0
    while ln < n:
        r = rnd.random()
        if r < 0.4:
            fn = rnd.choice(["parse_header", "flush_queue", "retry_send", "load_config"])
            t = (f"static int {fn}(struct conn *c, size_t n)\n{{\n    if (n > c->cap)\n"
                 f"        return -EINVAL; /* v{rnd.randrange(1, 9)}.{rnd.randrange(20)} */\n"
                 f"    c->len += n;\n    return {rnd.randrange(64)};\n}}\n")
        elif r < 0.75:
            t = (f"2026-12-0{rnd.randrange(1, 8)}T0{rnd.randrange(10)}:{rnd.randrange(60):02d}:"
                 f"{rnd.randrange(60):02d}Z ERROR svc-{rnd.randrange(12)} order={rnd.randrange(10**7)} "
                 f"upstream timeout after {rnd.randrange(100, 9000)}ms (attempt {rnd.randrange(5)})\n")
        else:
            t = (f"@@ -{rnd.randrange(400)},7 +{rnd.randrange(400)},9 @@\n-    timeout = {rnd.randrange(30)}\n"
                 f"+    timeout = cfg.get('timeout', {rnd.randrange(60)})\n+    retries = 3\n")
        parts.append(t)
        ln += len(t)
    return "".join(parts)


def with_pii(n, people, i):
    """n bytes of tool output with a PII value every ~2 KiB (a person's contact, or their name)."""
    chunks = []
    for k in range(max(1, n // 2048)):
        p = people[(i + k) % len(people)]
        v = f"{p[0]} {p[1]}" if (i + k) % 3 == 0 else contact(p, i + k)
        chunks.append(source(1000) + f"# reported by {v}\n" + source(1000))
    return "".join(chunks)


people = [PEOPLE[0]]
system = "You are a coding agent working in the user's repository. Use the tools; keep answers short."
msgs = []
bodies = []
for t in range(turns):
    if t % every == every - 1 and len(people) < len(PEOPLE):
        people.append(PEOPLE[len(people)])
        p = people[-1]
        ask = (f"New ticket from {p[0]} {p[1]} ({contact(p, t)}): the nightly job fails again. "
               f"Can you check the logs and fix it?")
    else:
        ask = rnd.choice(["Thanks. Now run the tests again and tell me what still fails.",
                          "Can you look at the retry logic in the client? It looks off to me.",
                          "Please also update the changelog and bump the version to 2.14.1.",
                          f"Ping {people[t % len(people)][0]} when it is green."])
    tid = f"call_{t:04d}"
    result = with_pii(rnd.choice([4096, 6144, 8192]), people, t)
    answer = (f"I looked at the failure in svc-{t % 12}: the timeout was read before the config "
              f"loaded. I changed the order and added a retry; tests pass now (build {1000 + t}).")
    if api == "anthropic":
        msgs += [{"role": "user", "content": ask},
                 {"role": "assistant", "content": [{"type": "tool_use", "id": tid, "name": "bash",
                                                    "input": {"cmd": f"tail -n 400 logs/svc-{t % 12}.log"}}]},
                 {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tid, "content": result}]},
                 {"role": "assistant", "content": answer}]
        body = {"model": "claude-sonnet-4-5", "max_tokens": 2048, "system": system, "messages": msgs}
    else:
        msgs += [{"role": "user", "content": ask},
                 {"role": "assistant", "content": None,
                  "tool_calls": [{"id": tid, "type": "function",
                                  "function": {"name": "bash", "arguments": json.dumps(
                                      {"cmd": f"tail -n 400 logs/svc-{t % 12}.log"})}}]},
                 {"role": "tool", "tool_call_id": tid, "content": result},
                 {"role": "assistant", "content": answer}]
        body = {"model": "gpt-4o", "messages": [{"role": "system", "content": system}] + msgs}
    bodies.append(json.dumps(body, separators=(",", ":"), ensure_ascii=False))
with open(out, "w", encoding="utf-8") as f:
    for b in bodies:
        f.write(b + "\n")
