#!/usr/bin/env python3
"""make_chat_bodies.py: chat-completion request bodies built from the accuracy corpora, one JSON
body per line, for bench_chatcheck (which prints what anon_rewrite makes of each).

bench_accuracy calls anon_find on one record at a time, so it never runs the request-level part
of the NAMES pack: the prescan of the whole raw body (names in strong contexts anywhere in the
request are known before any string is masked) and the known names shared between messages. These
bodies do: several records per body as system, user and assistant messages, JSON escapes (\\n,
\\", \\u00e9 in some bodies, raw UTF-8 in others), a tool call whose arguments are escaped JSON
with "fullName"-style members, names repeated in later messages (whole and first word alone), and
developer text between them. Deterministic: the same inputs give the same bodies.

Usage: make_chat_bodies.py OUT.jsonl LABELLED.json ... [--text FILE ...]
"""
import json
import random
import sys


def load(argv):
    records, texts, mode = [], [], "json"
    for a in argv:
        if a == "--text":
            mode = "text"
            continue
        if mode == "json":
            for r in json.load(open(a, encoding="utf-8")):
                names = [s["entity_value"] for s in r.get("spans", [])
                         if s.get("entity_type") == "PERSON"]
                records.append((r["full_text"], names))
        else:
            with open(a, encoding="utf-8", errors="replace") as f:
                buf = f.read()
            # paragraphs of at most ~1.5 KB
            for k in range(0, len(buf), 1500):
                texts.append(buf[k:k + 1500])
    return records, texts


def message(role, content, rnd):
    m = {"role": role, "content": content}
    if role == "user" and rnd.random() < 0.1:
        m["name"] = "dev_user"
    return m


def body_for(rnd, records, texts):
    msgs = []
    if rnd.random() < 0.5:
        msgs.append(message("system", "You are a helpful assistant.\nAnswer briefly.", rnd))
    seen = []
    for k in range(rnd.randint(2, 6)):
        text, names = records[rnd.randrange(len(records))]
        seen.extend(names)
        role = "user" if k % 2 == 0 else "assistant"
        if texts and rnd.random() < 0.3:
            text = texts[rnd.randrange(len(texts))] + "\n\n" + text
        msgs.append(message(role, text, rnd))
        if seen and rnd.random() < 0.5:
            n = seen[rnd.randrange(len(seen))]
            first = n.split(" ")[0]
            form = rnd.choice(["Please follow up with %s tomorrow.", "%s said \"thanks\" again.",
                               "Thanks, I forwarded it to %s.\nBest regards", "Is %s available?"])
            msgs.append(message("assistant" if role == "user" else "user",
                                form % (n if rnd.random() < 0.5 else first), rnd))
    if seen and rnd.random() < 0.3:
        n = seen[rnd.randrange(len(seen))]
        args = json.dumps({"fullName": n, "note": "call back \u00e0 9h", "id": rnd.randrange(1000)},
                          ensure_ascii=rnd.random() < 0.5)
        msgs.append({"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function",
             "function": {"name": "create_ticket", "arguments": args}}]})
    body = {"model": "gpt-4o", "temperature": 0.2, "messages": msgs}
    return json.dumps(body, ensure_ascii=rnd.random() < 0.5)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    records, texts = load(sys.argv[2:])
    rnd = random.Random(15)
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for _ in range(max(1, len(records) // 3)):
            out.write(body_for(rnd, records, texts) + "\n")


if __name__ == "__main__":
    main()
