"""gen_bodies.py: the request-body wraps that the accuracy corpora's tune generators share.

A document is written as a piece (`P`: text and its gold spans at code-point offsets), or as a
JSON document (`J`, whose labelled keys and values become spans). A generator builds an API's
request body around markers (`MARK % k` inside a JSON string, `"RAWMARK % k"` where a document
goes in as native JSON), dumps it, and `place_each()` puts each piece at its marker, converted as
the body holds it (escaped once or more, `\\u`-escaped when the body is ASCII), and moves the
piece's spans onto the bytes that hold them. `Bodies` is gen_keys48.py's set of the four APIs'
shapes around one document or several blocks, bound to the generator's record list.

Moved here from the generators that repeated them (gen_keys48/49, gen_agent49, gen_fid49,
gen_phone48, gen_blocks47, gen_dob48, gen_lines47, gen_lone49, gen_recall49, gen_dob49): every
corpus stays byte-identical (check_corpora.py regenerates each one and compares). Nothing here
draws random numbers; where two generators' copies differed, the difference is a parameter.
Python stdlib only; import it as `from gen_bodies import ...` (a script's folder is on the path).
"""
import json

from gen_common import check_spans

MARK = "@@DOC%d@@"
RAWMARK = "@@RAW%d@@"


def esc(s, ascii_=False):
    """s as a JSON string's content (without its quotes)."""
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def ascii_json(s):
    """s with every non-ASCII character written \\uXXXX (native JSON in an ASCII body)."""
    return "".join(ch if ord(ch) < 128 else json.dumps(ch)[1:-1] for ch in s)


def dumps(obj, ascii_, compact):
    return json.dumps(obj, ensure_ascii=ascii_, separators=(",", ":") if compact else None)


class P:
    """One piece of text (a block, or a whole document) with spans at code-point offsets; a
    value written with no label is plain text."""

    def __init__(self, text=""):
        self.text, self.spans = text, []

    def t(self, s):
        self.text += s
        return self

    def s(self, label, v):
        if not label:
            return self.t(v)
        self.spans.append({"entity_type": label, "entity_value": v,
                           "start_position": len(self.text),
                           "end_position": len(self.text) + len(v)})
        self.text += v
        return self

    def add(self, other):
        """Appends another piece, its spans moved."""
        base = len(self.text)
        self.text += other.text
        for sp in other.spans:
            self.spans.append(dict(sp, start_position=sp["start_position"] + base,
                                   end_position=sp["end_position"] + base))
        return self


def cat(a, b, sep="\n"):
    """a then sep then b (pieces) as one piece (no sep after an empty a)."""
    out = P().t(a.text)
    out.spans = list(a.spans)
    if a.text:
        out.t(sep)
    base = len(out.text)
    out.text += b.text
    for s in b.spans:
        out.spans.append(dict(s, start_position=s["start_position"] + base,
                              end_position=s["end_position"] + base))
    return out


def escaped(p):
    """p's text as a JSON string's content (without quotes), spans moved onto the escaped bytes."""
    out = P(esc(p.text))
    for sp in p.spans:
        pre, val = esc(p.text[:sp["start_position"]]), esc(sp["entity_value"])
        out.spans.append(dict(sp, entity_value=val, start_position=len(pre),
                              end_position=len(pre) + len(val)))
    return out


class J:
    """A JSON document written with labelled strings: a value or key given as (label, text)
    becomes a span on the string's bytes (without its quotes); a P value is written as a JSON
    string holding that piece (escaped once more). A list of scalars stays on one line when
    pretty, up to inline_max members (no limit when None)."""

    def __init__(self, style, inline_max=None):
        self.p = P()
        self.style = style  # "pretty", "line", "compact"
        self.inline_max = inline_max

    def write(self, obj, level=0):
        p = self.p
        if isinstance(obj, tuple):
            lab, v = obj
            p.t('"')
            p.s(lab, esc(v))
            p.t('"')
        elif isinstance(obj, str):
            p.t(json.dumps(obj, ensure_ascii=False))
        elif isinstance(obj, P):
            p.t('"').add(escaped(obj)).t('"')
        elif isinstance(obj, list):
            inline = all(not isinstance(x, (list, dict)) for x in obj) and (
                self.inline_max is None or len(obj) <= self.inline_max)
            self.seq("[", "]", [(None, x) for x in obj], level, inline=inline)
        elif isinstance(obj, dict):
            self.seq("{", "}", list(obj.items()), level)
        else:
            p.t(json.dumps(obj))

    def seq(self, open_, close, items, level, inline=False):
        p = self.p
        p.t(open_)
        pretty = self.style == "pretty" and not inline
        for k, (key, val) in enumerate(items):
            if k:
                p.t("," if self.style == "compact" or pretty else ", ")
            if pretty:
                p.t("\n" + "  " * (level + 1))
            if key is not None:
                self.write(key if isinstance(key, tuple) else (None, key), level + 1)
                p.t(":" if self.style == "compact" else ": ")
            self.write(val, level + 1)
        if pretty and items:
            p.t("\n" + "  " * level)
        p.t(close)


# ---- placing pieces in a body ---------------------------------------------------------------------
def place_each(body, items):
    """items: (marker, conv, piece) triples. Each marker (once in body) is replaced by
    conv(piece.text), in turn; the piece's spans move to the bytes that hold them (conv of the
    text before a span, conv of its value), the pieces placed before shifting by what grew ahead
    of them. Returns (text, spans), the spans in the order of the items (callers sort)."""
    placed = []  # (start, spans as (offset, length, span))
    out = body
    for m, conv, p in items:
        assert out.count(m) == 1, m
        at = out.index(m)
        et = conv(p.text)
        grow = len(et) - len(m)
        placed = [(st + grow if st > at else st, sp) for (st, sp) in placed]
        out = out[:at] + et + out[at + len(m):]
        sp = []
        for s in p.spans:
            pre, val = conv(p.text[:s["start_position"]]), conv(s["entity_value"])
            sp.append((len(pre), len(val), s))
        placed.append((at, sp))
    spans = []
    for (st, sp) in placed:
        for (off, n, s) in sp:
            spans.append(dict(s, entity_value=out[st + off:st + off + n], start_position=st + off,
                              end_position=st + off + n))
    return out, spans


def escaper(levels, ascii_, ascii_native=False):
    """The conversion of a piece escaped `levels` times into JSON strings; at level 0 (native
    JSON) \\u-escaped when ascii_native and the body is ASCII, else as it stands."""
    def conv(s):
        if levels == 0 and ascii_ and ascii_native:
            return ascii_json(s)
        for _ in range(levels):
            s = esc(s, ascii_)
        return s
    return conv


def place(body, pieces, ascii_):
    """Each marker k in body replaced by piece k: MARK inside a JSON string (the piece escaped
    once), "RAWMARK" (with its quotes) by the piece as native JSON (non-ASCII escaped when the
    body is). Spans move to the bytes that hold them, sorted."""
    items = []
    for k, p in enumerate(pieces):
        raw = '"' + RAWMARK % k + '"'
        if raw in body:
            items.append((raw, ascii_json if ascii_ else (lambda s: s), p))
        else:
            items.append((MARK % k, escaper(1, ascii_), p))
    out, spans = place_each(body, items)
    spans.sort(key=lambda s: s["start_position"])
    return out, spans


def place_all(body, pieces, levels, ascii_, ascii_native=False, mark=MARK):
    """Marker k of body (mark % k) replaced by piece k escaped `levels` times (see escaper());
    the pieces' spans moved, sorted."""
    conv = escaper(levels, ascii_, ascii_native)
    out, spans = place_each(body, [(mark % k, conv, p) for k, p in enumerate(pieces)])
    spans.sort(key=lambda s: s["start_position"])
    return out, spans


def place_text(body, mark, text, spans, lead="", levels=1, ascii_=False):
    """body holds mark once: lead + text goes there escaped `levels` times; spans (offsets in
    text) move to its bytes, in their order."""
    p = P(lead + text)
    p.spans = [dict(s, start_position=s["start_position"] + len(lead),
                    end_position=s["end_position"] + len(lead)) for s in spans]
    return place_each(body, [(mark, escaper(levels, ascii_), p)])


# ---- gen_keys48.py's request bodies ---------------------------------------------------------------
TOOLS = ["crm_lookup", "read_sheet", "hr_export", "directory_search", "get_records"]
JSON_WRAPS = ["gemini_fr", "oai_tool", "anth_tool_use", "anth_tool_str", "tool_args",
              "resp_output", "gemini_call", "user_paste"]
BLOCK_APIS = ["oai_parts", "oai_tools", "anth_blocks", "anth_tool_blocks", "anth_results",
              "gemini_parts", "gemini_frs", "resp_parts", "resp_outputs"]


class Bodies:
    """A JSON document or a run of blocks in one of the APIs' request bodies, appended to the
    generator's records: ask[lg] is the user's request beside them."""

    def __init__(self, records, ask):
        self.records, self.ask = records, ask

    def emit(self, text, spans, lg, cls, wrap):
        check_spans(text, spans)
        if wrap != "plain":
            json.loads(text)
        self.records.append({"full_text": text, "spans": spans,
                             "template_id": len(self.records) % 100,
                             "metadata": {"locale": lg, "class": cls, "family": cls,
                                          "wrap": wrap}})

    def json_body(self, wrap, lg, i, doc, call_base=4800):
        """(body text, spans) holding the JSON document doc (a P) in the shape wrap; the tool
        calls' ids count from call_base."""
        ask = self.ask[lg]
        tool = TOOLS[i % len(TOOLS)]
        call = "call_%04d" % (call_base + i)
        native = '"' + RAWMARK % 0 + '"'
        if wrap == "oai_tool":
            body = {"model": "gpt-4o", "messages": [
                {"role": "user", "content": ask},
                {"role": "assistant", "content": None, "tool_calls": [
                    {"id": call, "type": "function",
                     "function": {"name": tool, "arguments": json.dumps({"id": 1000 + i})}}]},
                {"role": "tool", "tool_call_id": call, "content": MARK % 0}]}
        elif wrap == "anth_tool_str":
            body = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
                {"role": "user", "content": ask},
                {"role": "assistant", "content": [
                    {"type": "tool_use", "id": "toolu_%04d" % i, "name": tool, "input": {"id": i}}]},
                {"role": "user", "content": [
                    {"type": "tool_result", "tool_use_id": "toolu_%04d" % i,
                     "content": MARK % 0}]}]}
        elif wrap == "anth_tool_use":  # the assistant writes the records: native JSON input
            body = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
                {"role": "user", "content": ask},
                {"role": "assistant", "content": [
                    {"type": "tool_use", "id": "toolu_%04d" % i, "name": "save_records",
                     "input": RAWMARK % 0}]},
                {"role": "user", "content": [
                    {"type": "tool_result", "tool_use_id": "toolu_%04d" % i,
                     "content": "saved"}]}]}
        elif wrap == "tool_args":
            body = {"model": "gpt-4o-mini", "messages": [
                {"role": "user", "content": ask},
                {"role": "assistant", "content": None, "tool_calls": [
                    {"id": call, "type": "function",
                     "function": {"name": "save_records", "arguments": MARK % 0}}]},
                {"role": "tool", "tool_call_id": call, "content": "ok"}]}
        elif wrap == "resp_output":
            body = {"model": "gpt-4.1", "input": [
                {"role": "user", "content": ask},
                {"type": "function_call", "call_id": call, "name": tool, "arguments": "{}"},
                {"type": "function_call_output", "call_id": call, "output": MARK % 0}]}
        elif wrap == "gemini_fr":
            body = {"contents": [
                {"role": "user", "parts": [{"text": ask}]},
                {"role": "model", "parts": [{"functionCall": {"name": tool, "args": {"id": i}}}]},
                {"role": "user", "parts": [{"functionResponse": {"name": tool,
                                                                 "response": RAWMARK % 0}}]}]}
        elif wrap == "gemini_call":
            body = {"contents": [
                {"role": "user", "parts": [{"text": ask}]},
                {"role": "model", "parts": [{"functionCall": {"name": "save_records",
                                                              "args": RAWMARK % 0}}]},
                {"role": "user", "parts": [{"functionResponse": {"name": "save_records",
                                                                 "response": {"ok": True}}}]}]}
        elif wrap == "user_paste":
            body = {"model": "gpt-4o", "messages": [{"role": "user", "content": MARK % 0}]}
            doc = cat(P().t(ask), doc, "\n\n")
        else:
            raise ValueError(wrap)
        ascii_ = i % 2 == 0
        text = dumps(body, ascii_, i % 3 == 0)
        assert native in text or MARK % 0 in text
        return place(text, [doc], ascii_)

    def emit_json(self, obj, lg, cls, i):
        j = J(["pretty", "line", "compact"][i % 3])
        j.write(obj)
        if i % 8 == 7:
            self.emit(j.p.text, j.p.spans, lg, cls, "plain")
            return
        wrap = JSON_WRAPS[(i // 8 + i) % len(JSON_WRAPS)]
        t, sp = self.json_body(wrap, lg, i, j.p)
        self.emit(t, sp, lg, cls, wrap)

    def blocks_body(self, api, n, lg, i):
        """A body whose pieces 0..n-1 are consecutive blocks, tool results or items."""
        ask = self.ask[lg]
        texts = [MARK % k for k in range(n)]
        ids = ["call_%04d_%d" % (4800 + i, k) for k in range(n)]
        if api == "oai_parts":
            parts = [{"type": "text", "text": ask}]
            if i % 3 == 0:
                parts.append({"type": "image_url",
                              "image_url": {"url": "https://f.example.com/%d.png" % i}})
            return {"model": "gpt-4o", "messages": [
                {"role": "user", "content": parts + [{"type": "text", "text": t} for t in texts]}]}
        if api == "oai_tools":
            return {"model": "gpt-4o", "messages": [
                {"role": "user", "content": ask},
                {"role": "assistant", "content": None, "tool_calls": [
                    {"id": c, "type": "function", "function": {
                        "name": "read_page", "arguments": json.dumps({"page": k + 1})}}
                    for k, c in enumerate(ids)]}]
                + [{"role": "tool", "tool_call_id": c, "content": t} for c, t in zip(ids, texts)]}
        if api == "anth_blocks":
            return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
                {"role": "user", "content": [{"type": "text", "text": ask}]
                 + [{"type": "text", "text": t} for t in texts]}]}
        if api == "anth_tool_blocks":
            return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
                {"role": "user", "content": ask},
                {"role": "assistant", "content": [
                    {"type": "tool_use", "id": "toolu_%04d" % i, "name": "read_pdf",
                     "input": {"path": "scan_%d.pdf" % i}}]},
                {"role": "user", "content": [
                    {"type": "tool_result", "tool_use_id": "toolu_%04d" % i,
                     "content": [{"type": "text", "text": t} for t in texts]}]}]}
        if api == "anth_results":
            return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
                {"role": "user", "content": ask},
                {"role": "assistant", "content": [
                    {"type": "tool_use", "id": "toolu_%04d_%d" % (i, k), "name": "read_page",
                     "input": {"page": k + 1}} for k in range(n)]},
                {"role": "user", "content": [
                    {"type": "tool_result", "tool_use_id": "toolu_%04d_%d" % (i, k), "content": t}
                    for k, t in enumerate(texts)]}]}
        if api == "gemini_parts":
            return {"contents": [{"role": "user", "parts": [{"text": ask}]
                                  + [{"text": t} for t in texts]}],
                    "generationConfig": {"temperature": 0.2}}
        if api == "gemini_frs":
            return {"contents": [
                {"role": "user", "parts": [{"text": ask}]},
                {"role": "model", "parts": [{"functionCall": {"name": "read_page",
                                                              "args": {"page": k + 1}}}
                                            for k in range(n)]},
                {"role": "user", "parts": [{"functionResponse": {"name": "read_page",
                                                                 "response": {"content": t}}}
                                           for t in texts]}]}
        if api == "resp_parts":
            return {"model": "gpt-4.1", "input": [
                {"role": "user", "content": [{"type": "input_text", "text": ask}]
                 + [{"type": "input_text", "text": t} for t in texts]}]}
        if api == "resp_outputs":
            return {"model": "gpt-4.1", "input": [{"role": "user", "content": ask}]
                    + [{"type": "function_call", "call_id": c, "name": "read_page",
                        "arguments": json.dumps({"page": k + 1})} for k, c in enumerate(ids)]
                    + [{"type": "function_call_output", "call_id": c, "output": t}
                       for c, t in zip(ids, texts)]}
        raise ValueError(api)

    def emit_blocks(self, pieces, lg, cls, i):
        if i % 8 == 7:  # the document as one plain text, a line break where a block ended
            j = pieces[0]
            for p in pieces[1:]:
                j = cat(j, p)
            self.emit(j.text, j.spans, lg, cls, "plain")
            return
        api = BLOCK_APIS[len(self.records) % len(BLOCK_APIS)]
        ascii_ = i % 2 == 0
        body = dumps(self.blocks_body(api, len(pieces), lg, i), ascii_, i % 3 == 0)
        t, sp = place(body, pieces, ascii_)
        self.emit(t, sp, lg, cls, api)


# ---- one user message in the four APIs' request bodies ----------------------------------------------
# (gen_spoken51/52, gen_typed52 and gen_markup50/51 each held a copy of these)
def user_body(api, system=None):
    """A request body of the API ("chat", "responses", "anthropic", anything else Gemini) whose one
    user message is MARK % 0; a chat body has the system message first when one is given."""
    if api == "chat":
        msgs = [{"role": "system", "content": system}] if system else []
        return {"model": "gpt-4o", "messages": msgs + [{"role": "user", "content": MARK % 0}]}
    if api == "responses":
        return {"model": "gpt-4.1", "input": [{"role": "user", "content": [
            {"type": "input_text", "text": MARK % 0}]}]}
    if api == "anthropic":
        return {"model": "claude-sonnet-4-5", "max_tokens": 1024,
                "messages": [{"role": "user", "content": [{"type": "text", "text": MARK % 0}]}]}
    return {"contents": [{"role": "user", "parts": [{"text": MARK % 0}]}]}


def ask_body(api, ask, text, spans, ascii_, compact, system=None):
    """(body, spans): user_body dumped, the user message `ask`, a blank line and text."""
    return place_text(dumps(user_body(api, system), ascii_, compact), MARK % 0, text, spans,
                      lead=ask + "\n\n", ascii_=ascii_)


def append_body(records, body, spans, meta):
    """Checks that the body parses and its spans hold their values, and appends the record (its
    template_id its index modulo 100)."""
    json.loads(body)
    check_spans(body, spans)
    records.append({"full_text": body, "spans": spans, "template_id": len(records) % 100,
                    "metadata": meta})
