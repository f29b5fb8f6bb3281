"""gen_wrap46.py: the same records plain and wrapped in API request bodies (tune set).

A deterministic sample of 304 records from eight non-blind tune corpora (names_tune2,
names_tune3, forms42, forms45, dob45, addr_tune5, leaks45, informal), each written seven times:
plain (the record as it is), and as the document of a whole request body in six shapes an agent or
a chat client sends:

  chat_tool    OpenAI chat: the document is a tool message's content (after an assistant tool call)
  anth_str     Anthropic messages: a tool_result whose content is one string
  anth_blocks  Anthropic messages: a tool_result whose content is text blocks, the document split
               between them at line breaks (never inside a labelled span)
  tool_args    OpenAI chat: the document inside a tool call's `arguments`, JSON escaped twice
  user_paste   OpenAI chat: a user message that pastes the document after a request
  quoted_chat  a multi-turn chat whose first user turn quotes the document with `> ` line prefixes

Every gold span (PII and NEG_ look-alikes alike) is moved to the bytes that hold its value in the
body, in whatever escaping it stands there (a quoted span that crosses a line holds its `> `).
Half the records escape non-ASCII as \\uXXXX (Python's json.dumps default, as many SDKs send),
half keep it raw. metadata.wrap (and metadata.class) names the shape, metadata.source and
metadata.src_idx the record it came from, so a wrap is graded against the same records plain
(wrap_table.py). Reads the committed data/*.json; writes the corpus to stdout.
"""
import json
import random
import os

from gen_common import check_spans, write_json

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = ["names_tune2", "names_tune3", "forms42", "forms45", "dob45", "addr_tune5", "leaks45",
           "informal"]
PER_SOURCE = 38
WRAPS = ["plain", "chat_tool", "anth_str", "anth_blocks", "tool_args", "user_paste",
         "quoted_chat"]
MARK = "@@DOC%d@@"

rng = random.Random(4646)


def esc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def dumps(obj, ascii_, compact):
    return json.dumps(obj, ensure_ascii=ascii_, separators=(",", ":") if compact else None)


def split_points(text, spans, parts):
    """Up to parts-1 offsets just after a line break that no span crosses, spread over the text."""
    cands = [i + 1 for i, ch in enumerate(text) if ch == "\n" and 0 < i + 1 < len(text)]
    cands = [c for c in cands if not any(s["start_position"] < c < s["end_position"]
                                         for s in spans)]
    if not cands:
        return []
    want = [len(text) * k // parts for k in range(1, parts)]
    picked = sorted({min(cands, key=lambda c: abs(c - w)) for w in want})
    return picked


def place(body, pieces, levels, ascii_, spans):
    """Replace the markers in body by the escaped pieces (escaped `levels` times) and move the
    spans (offsets in the joined pieces) to their bytes in the result."""
    def e(s):
        for _ in range(levels):
            s = esc(s, ascii_)
        return s
    out_spans = []
    base = 0  # offset of the current piece in the joined text
    result = body
    starts = []
    for k, piece in enumerate(pieces):
        m = MARK % k
        at = result.index(m)
        assert result.count(m) == 1
        result = result[:at] + e(piece) + result[at + len(m):]
        starts.append((base, base + len(piece), at))
        base += len(piece)
    for s in spans:
        for (lo, hi, at) in starts:
            if lo <= s["start_position"] and s["end_position"] <= hi:
                piece = pieces[starts.index((lo, hi, at))]
                a = at + len(e(piece[:s["start_position"] - lo]))
                b = a + len(e(piece[s["start_position"] - lo:s["end_position"] - lo]))
                out_spans.append(dict(s, entity_value=result[a:b], start_position=a,
                                      end_position=b))
                break
        else:
            raise AssertionError("span across pieces")
    return result, out_spans


def quote(text, spans):
    """`> ` before every line; spans moved (one that crosses a line keeps the prefix inside)."""
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    q = "\n".join("> " + line for line in text.split("\n"))

    def at(i, end):
        n = sum(1 for p in starts if (p <= i - 1 if end else p <= i))
        return i + 2 * n
    out = []
    for s in spans:
        a, b = at(s["start_position"], False), at(s["end_position"], True)
        out.append(dict(s, entity_value=q[a:b], start_position=a, end_position=b))
    return q, out


def wrap(kind, text, spans, ascii_, compact, i):
    name = ["read_file", "fetch_document", "get_record", "open_attachment"][i % 4]
    fname = ["notes.txt", "form.txt", "export.txt", "message.eml"][i % 4]
    call = "call_%04d" % (1000 + i)
    if kind == "chat_tool":
        body = {"model": "gpt-4o", "messages": [
            {"role": "system", "content": "You are a careful assistant."},
            {"role": "user", "content": "Summarise the file I just opened."},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function",
                 "function": {"name": name, "arguments": json.dumps({"path": fname})}}]},
            {"role": "tool", "tool_call_id": call, "content": MARK % 0}]}
        return place(dumps(body, ascii_, compact), [text], 1, ascii_, spans)
    if kind == "anth_str":
        body = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": "What does this file say? Keep it short."},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_%04d" % i, "name": name,
                 "input": {"path": fname}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_%04d" % i,
                 "content": MARK % 0}]}]}
        return place(dumps(body, ascii_, compact), [text], 1, ascii_, spans)
    if kind == "anth_blocks":
        cuts = split_points(text, spans, 3)
        bounds = [0] + cuts + [len(text)]
        pieces = [text[bounds[k]:bounds[k + 1]] for k in range(len(bounds) - 1)]
        body = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": "Check this document for mistakes."},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_%04d" % i, "name": name,
                 "input": {"path": fname}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_%04d" % i,
                 "content": [{"type": "text", "text": MARK % k} for k in range(len(pieces))]}]}]}
        return place(dumps(body, ascii_, compact), pieces, 1, ascii_, spans)
    if kind == "tool_args":
        tool = ["send_email", "save_note", "create_ticket", "draft_reply"][i % 4]
        inner = {"to": "team", "subject": "As discussed", "body": MARK % 0}
        if i % 2:
            inner = {"title": "Follow-up", "text": MARK % 0, "priority": "normal"}
        body = {"model": "gpt-4o-mini", "messages": [
            {"role": "user", "content": "Pass this on, please."},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function",
                 "function": {"name": tool, "arguments": json.dumps(inner, ensure_ascii=ascii_)}}]},
            {"role": "tool", "tool_call_id": call, "content": "ok"}]}
        return place(dumps(body, ascii_, compact), [text], 2, ascii_, spans)
    if kind == "user_paste":
        ask = ["Can you tidy this up?\n\n", "Translate this into plain English:\n\n",
               "Please check the following.\n\n", "Extract the key facts:\n\n"][i % 4]
        body = {"model": "gpt-4o", "messages": [
            {"role": "user", "content": MARK % 0}]}
        raw = dumps(body, ascii_, compact).replace(MARK % 0, esc(ask, ascii_) + MARK % 0, 1)
        return place(raw, [text], 1, ascii_, spans)
    if kind == "quoted_chat":
        q, qspans = quote(text, spans)
        body = {"model": "gpt-4o", "messages": [
            {"role": "user", "content": MARK % 0},
            {"role": "assistant", "content": "Thanks. What would you like me to do with it?"},
            {"role": "user", "content": "Write a short, friendly reply."}]}
        lead = "This came in this morning:\n\n"
        raw = dumps(body, ascii_, compact).replace(MARK % 0, esc(lead, ascii_) + MARK % 0, 1)
        return place(raw, [q], 1, ascii_, qspans)
    raise ValueError(kind)


def main():
    records = []
    picked = []
    for src in SOURCES:
        data = json.load(open(os.path.join(HERE, "data", src + ".json"), encoding="utf-8"))
        idx = [k for k, r in enumerate(data) if r.get("spans") and len(r["full_text"]) <= 1500]
        for k in sorted(rng.sample(idx, PER_SOURCE)):
            picked.append((src, k, data[k]))
    for n, (src, k, r) in enumerate(picked):
        text = r["full_text"]
        spans = [{"entity_type": s["entity_type"], "entity_value": s["entity_value"],
                  "start_position": s["start_position"], "end_position": s["end_position"]}
                 for s in r["spans"]]
        check_spans(text, spans)
        ascii_ = n % 2 == 0
        compact = n % 3 == 0
        for kind in WRAPS:
            if kind == "plain":
                t, sp = text, spans
            else:
                t, sp = wrap(kind, text, spans, ascii_, compact, n)
                json.loads(t)
            check_spans(t, sp)
            records.append({"full_text": t, "spans": sp, "template_id": len(records) % 100,
                            "metadata": {"wrap": kind, "class": kind, "source": src,
                                         "src_idx": k, "ascii": ascii_}})
    write_json(records)


main()
